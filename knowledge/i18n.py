"""User-facing strings: one Fluent catalog, a set of `.ftl` files per locale.

Why Fluent (not gettext): our strings are looked up by key (`t("welcome", lang)`), and Fluent's
messages are keyed by design, with named variables (`{ $name }`) that `fluent.syntax` can list
for the placeholder check, multi-line messages that read like the text they send, and no
compile step (the `.ftl` files are read at start-up). gettext keys messages by their English
text and needs `.mo` files built from the `.po` files.

Locales fall back: zh-Hant -> zh-Hans -> en, so a key missing in a locale still says something
(the catalog test requires every key in every locale anyway). zh-Hant is written, not converted:
Taiwan wording, reviewed by hand.

The engine's catalog lives in knowledge/locales, the bot's in bot/locales (and, as features move
into packages, bot/features/<name>/locales): bot may import this module, knowledge never imports
bot. Each locale is parsed once, when first needed; see Catalog for what it costs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

LOCALES: tuple[str, ...] = ("en", "zh-Hans", "zh-Hant")
FALLBACK: Mapping[str, tuple[str, ...]] = {
    "en": ("en",),
    "zh-Hans": ("zh-Hans", "en"),
    "zh-Hant": ("zh-Hant", "zh-Hans", "en"),
}


class CatalogError(Exception):
    """A catalog file does not parse, or a message cannot be formatted with the given values."""


def chain(lang: str) -> tuple[str, ...]:
    """The locales to try for `lang`, best first (unknown Chinese tags read Simplified)."""
    if lang in FALLBACK:
        return FALLBACK[lang]
    if lang.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
        return FALLBACK["zh-Hant"]
    return FALLBACK["zh-Hans"] if lang.lower().startswith("zh") else FALLBACK["en"]


class Catalog:
    """The messages of one or more locale directories (each holding `<locale>/*.ftl`).

    Messages made of text and `{ $variables }` (all of ours today) are formatted here, straight
    from fluent.syntax's parse: importing fluent.runtime costs ~0.1 s (it brings Babel), the
    parser ~30 ms. Anything richer (selectors for plurals, terms, functions) is handed to
    fluent.runtime, imported then; a test checks both give the same text for every message.
    """

    def __init__(self, dirs: Iterable[Path]):
        self.dirs = tuple(dirs)
        self._messages: dict[str, dict[str, Any]] = {}
        self._bundles: dict[str, Any] = {}
        self._lock = threading.Lock()

    def files(self, locale: str) -> list[Path]:
        return [f for d in self.dirs for f in sorted((d / locale).glob("*.ftl"))]

    def _get(self, locale: str) -> dict[str, Any]:
        """One locale's messages, parsed on first use: a process answering in English never
        parses the Chinese files."""
        messages = self._messages.get(locale)
        if messages is None:
            with self._lock:
                messages = self._messages.get(locale)
                if messages is None:
                    messages = self._messages[locale] = self._parse(locale)
        return messages

    def _parse(self, locale: str) -> dict[str, Any]:
        from fluent.syntax import FluentParser, ast

        found: dict[str, Any] = {}
        parser = FluentParser(with_spans=False)
        for path in self.files(locale):
            for entry in parser.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(entry, ast.Junk):
                    raise CatalogError(f"{path}: cannot parse {entry.content.strip()[:60]!r}")
                if isinstance(entry, ast.Message | ast.Term):
                    key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                    if key in found:
                        raise CatalogError(f"{path}: {key} is defined twice")
                    found[key] = entry
        return found

    def load(self, locales: Iterable[str]) -> None:
        """These locales' messages parsed now (a process warming up for its first answers)."""
        for locale in locales:
            self._get(locale)

    def _bundle(self, locale: str) -> Any:
        """fluent.runtime's bundle of a locale, for messages the fast path does not handle."""
        with self._lock:
            bundle = self._bundles.get(locale)
            if bundle is None:
                from fluent.runtime import FluentBundle, FluentResource

                # No Unicode isolation marks around values: Telegram shows them as stray marks.
                bundle = FluentBundle([locale], use_isolating=False)
                for path in self.files(locale):
                    bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
                self._bundles[locale] = bundle
        return bundle

    def has(self, key: str, lang: str) -> bool:
        return any(key in self._get(loc) for loc in chain(lang))

    def text(self, key: str, lang: str, **values: Any) -> str:
        """The message `key` in `lang` (or the first locale of its fallback chain that has it).

        Values are inserted as given (str() of numbers: no locale digit grouping), and must
        already be in the reader's script. A missing key is a KeyError, a missing value a
        CatalogError, as `str.format` would fail.
        """
        args = {k: v if isinstance(v, str) else str(v) for k, v in values.items()}
        for locale in chain(lang):
            message = self._get(locale).get(key)
            if message is not None and message.value is not None:
                text = _simple(message.value, args)
                if text is None:  # numbers stay numbers there, for plural selectors
                    text = self._rich(locale, key, values)
                return text
        raise KeyError(key)

    def _rich(self, locale: str, key: str, args: Mapping[str, Any]) -> str:
        bundle = self._bundle(locale)
        text, errors = bundle.format_pattern(bundle.get_message(key).value, args)
        if errors:
            raise CatalogError(f"{key} ({locale}): {errors[0]}")
        return text

    def rich_text(self, key: str, locale: str, **values: Any) -> str:
        """The message formatted by fluent.runtime itself (tests compare it with `text`)."""
        return self._rich(locale, key, values)

    def keys(self, locale: str) -> dict[str, set[str]]:
        """Every message key of one locale with the variables it uses (for the catalog test
        and the docs)."""
        from fluent.syntax.visitor import Visitor

        class Variables(Visitor):
            def __init__(self) -> None:
                self.names: set[str] = set()

            def visit_VariableReference(self, node: Any) -> None:  # noqa: N802
                self.names.add(node.id.name)

        found: dict[str, set[str]] = {}
        for key, entry in self._get(locale).items():
            if not key.startswith("-"):
                variables = Variables()
                variables.visit(entry)
                found[key] = variables.names
        return found


def _simple(pattern: Any, args: dict[str, str]) -> str | None:
    """A pattern of text, string literals and variables, formatted; None for anything else."""
    from fluent.syntax import ast

    out: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            out.append(element.value)
            continue
        expression = element.expression
        if isinstance(expression, ast.VariableReference):
            name = expression.id.name
            if name not in args:
                raise CatalogError(f"no value for ${name}")
            out.append(args[name])
        elif isinstance(expression, ast.StringLiteral):
            out.append(expression.parse()["value"])
        else:
            return None
    return "".join(out)


# The engine's sentence pieces and the /challenge questions (knowledge/locales): one catalog,
# here rather than in knowledge.engine, so knowledge.quiz can use it without importing the engine.
KNOWLEDGE = Catalog([Path(__file__).parent / "locales"])
