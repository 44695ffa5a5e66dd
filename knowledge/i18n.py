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
bot. Each locale is parsed once, when first needed.
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
    """The messages of one or more locale directories (each holding `<locale>/*.ftl`)."""

    def __init__(self, dirs: Iterable[Path]):
        self.dirs = tuple(dirs)
        self._bundles: dict[str, Any] = {}
        self._lock = threading.Lock()

    def files(self, locale: str) -> list[Path]:
        return [f for d in self.dirs for f in sorted((d / locale).glob("*.ftl"))]

    def _get(self, locale: str) -> Any:
        """One locale's bundle, parsed on first use: a process answering in English never
        parses the Chinese files (about 50 ms a locale for the bot's catalog)."""
        bundle = self._bundles.get(locale)
        if bundle is None:
            with self._lock:
                bundle = self._bundles.get(locale)
                if bundle is None:
                    bundle = self._bundles[locale] = self._bundle(locale)
        return bundle

    def _bundle(self, locale: str) -> Any:
        # Imported here: only a process that says something pays for Fluent (~0.1 s).
        from fluent.runtime import FluentBundle, FluentResource
        from fluent.syntax import ast

        # No Unicode isolation marks around values: Telegram shows them as stray characters.
        bundle = FluentBundle([locale], use_isolating=False)
        for path in self.files(locale):
            resource = FluentResource(path.read_text(encoding="utf-8"))
            junk = [e for e in resource.body if isinstance(e, ast.Junk)]
            if junk:
                raise CatalogError(f"{path}: cannot parse {junk[0].content.strip()[:60]!r}")
            bundle.add_resource(resource)
        return bundle

    def has(self, key: str, lang: str) -> bool:
        return any(self._get(loc).has_message(key) for loc in chain(lang))

    def text(self, key: str, lang: str, **values: Any) -> str:
        """The message `key` in `lang` (or the first locale of its fallback chain that has it).

        Values are inserted as given (str() of numbers: no locale digit grouping), and must
        already be in the reader's script. A missing key is a KeyError, a missing value a
        CatalogError, as `str.format` would fail.
        """
        args = {k: v if isinstance(v, str) else str(v) for k, v in values.items()}
        for locale in chain(lang):
            bundle = self._get(locale)
            if bundle.has_message(key):
                text, errors = bundle.format_pattern(bundle.get_message(key).value, args)
                if errors:
                    raise CatalogError(f"{key} ({locale}): {errors[0]}")
                return text
        raise KeyError(key)

    def keys(self, locale: str) -> dict[str, set[str]]:
        """Every key of one locale with the variables its message uses (for the catalog test
        and the docs). Parsed again with fluent.syntax, duplicates reported as CatalogError."""
        from fluent.syntax import FluentParser, ast
        from fluent.syntax.visitor import Visitor

        class Variables(Visitor):
            def __init__(self) -> None:
                self.names: set[str] = set()

            def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
                self.names.add(node.id.name)

        found: dict[str, set[str]] = {}
        parser = FluentParser(with_spans=False)
        for path in self.files(locale):
            for entry in parser.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(entry, ast.Junk):
                    raise CatalogError(f"{path}: cannot parse {entry.content.strip()[:60]!r}")
                if isinstance(entry, ast.Message):
                    if entry.id.name in found:
                        raise CatalogError(f"{path}: {entry.id.name} is defined twice")
                    variables = Variables()
                    variables.visit(entry)
                    found[entry.id.name] = variables.names
        return found
