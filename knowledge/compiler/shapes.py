"""The shapes of entry fields ({en, zh} texts and lists, ids, sources), checked for `kb check`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..text.langs import has_cjk
from .source import Problem

# The aspects a concept may be the articles' whole word on ("answers_aspect: pay"): the engine
# answers that aspect of any job from it, saying when the job itself is not covered.
ASPECTS = ("pay", "prospects", "better", "company", "market")

# Phone-sized answers: generous caps that still catch an essay pasted into a field.
MAX_EN_WORDS = {"summary": 70, "tip": 70}
MAX_ZH_CHARS = {"summary": 150, "tip": 140}

ARTICLES = Path(__file__).parents[1] / "data" / "articles.yaml"


def known_articles() -> set[str]:
    import yaml

    return set(yaml.safe_load(ARTICLES.read_text(encoding="utf-8")))


def check_shape(fname, line, eid, field, shape, value, ids, articles) -> Iterable[Problem]:
    where = f"{eid}: {field}"
    if shape in ("bi_text", "bi_list"):
        if not isinstance(value, dict) or set(value) != {"en", "zh"}:
            yield Problem(fname, line, f"{where} needs exactly the languages en and zh")
            return
        for lang in ("en", "zh"):
            items = value[lang]
            if shape == "bi_text":
                items = [items]
            elif not isinstance(items, list) or (not items and field not in ("aliases",)):
                yield Problem(fname, line, f"{where}.{lang} must be a non-empty list")
                continue
            for text in items:
                if not isinstance(text, str) or not text.strip():
                    yield Problem(fname, line, f"{where}.{lang} has an empty or non-text item")
                elif lang == "zh" and field not in ("aliases", "shared_aliases"):
                    if not has_cjk(text):
                        yield Problem(fname, line, f"{where}.zh is not Chinese: {text[:40]!r}")
                elif (
                    lang == "en"
                    and field not in ("aliases", "shared_aliases")
                    and has_cjk(text)
                    and not re.search(r"[A-Za-z]{3}", text)
                ):
                    yield Problem(fname, line, f"{where}.en is not English: {text[:40]!r}")
            if shape == "bi_text" and isinstance(value[lang], str):
                yield from _check_length(fname, line, where, field, lang, value[lang])
        if shape == "bi_list" and field in ("details", "steps", "measured_by", "skills"):
            en, zh = value.get("en"), value.get("zh")
            if isinstance(en, list) and isinstance(zh, list) and len(en) != len(zh):
                yield Problem(
                    fname, line, f"{where}: {len(en)} English items but {len(zh)} Chinese ones"
                )
    elif shape in ("ids", "id"):
        refs = value if shape == "ids" else [value]
        if not isinstance(refs, list):
            yield Problem(fname, line, f"{where} must be a list of ids")
            return
        for ref in refs:
            if ref not in ids:
                yield Problem(fname, line, f"{where} refers to unknown entry {ref!r}")
            elif ref == eid:
                yield Problem(fname, line, f"{where} refers to the entry itself")
    elif shape == "aspect":
        if value not in ASPECTS:
            yield Problem(fname, line, f"{where} must be one of {', '.join(ASPECTS)}")
    elif shape == "flag":
        if not isinstance(value, bool):
            yield Problem(fname, line, f"{where} must be true or false")
    elif shape == "sources":
        if not isinstance(value, list) or not value:
            yield Problem(fname, line, f"{where} must list at least one source")
            return
        for src in value:
            if not isinstance(src, dict) or not src.get("file") or not src.get("section"):
                yield Problem(fname, line, f"{where}: each source needs a file and a section")
            elif src["file"] not in articles:
                yield Problem(fname, line, f"{where}: unknown article {src['file']!r}")


def _check_length(fname, line, where, field, lang, text) -> Iterable[Problem]:
    if lang == "en" and field in MAX_EN_WORDS and len(text.split()) > MAX_EN_WORDS[field]:
        yield Problem(
            fname, line, f"{where}.en is too long for a phone ({len(text.split())} words)"
        )
    if lang == "zh" and field in MAX_ZH_CHARS and len(text) > MAX_ZH_CHARS[field]:
        yield Problem(fname, line, f"{where}.zh is too long for a phone ({len(text)} characters)")
