"""Entries as typed objects, with texts keyed by language and a fallback chain.

The YAML keeps `{en: .., zh: ..}` (zh is Simplified, written by hand); a text may also carry
`zh-Hant` where the automatic conversion reads wrong to a Taiwan reader. Another language is
added by adding its key to the data: `Texts.get` falls back along `FALLBACK`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..text.langs import Lang, to_script

# Where a language's text comes from when the entry has none of its own; the last step of each
# chain is converted to the reader's script.
FALLBACK: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "zh-Hans": ("zh-Hans", "zh", "en"),
    "zh-Hant": ("zh-Hant", "zh-Hans", "zh", "en"),
}


def _pick(value: Mapping[str, Any] | None, lang: Lang) -> Any:
    value = value or {}
    for key in FALLBACK.get(lang, (lang, "en")):
        if key in value:
            return value[key], key
    return None, None


@dataclass(frozen=True)
class Texts:
    """One text in several languages."""

    by_lang: Mapping[str, str]

    def get(self, lang: Lang) -> str:
        text, key = _pick(self.by_lang, lang)
        if text is None:
            return ""
        return text if key == lang else to_script(text, lang)

    def __bool__(self) -> bool:
        return bool(self.by_lang)


@dataclass(frozen=True)
class TextList:
    """A list of short texts (bullets, aliases, skills) in several languages."""

    by_lang: Mapping[str, tuple[str, ...]]

    def get(self, lang: Lang) -> list[str]:
        items, key = _pick(self.by_lang, lang)
        if items is None:
            return []
        return list(items) if key == lang else [to_script(x, lang) for x in items]

    def all(self) -> list[str]:
        return [x for items in self.by_lang.values() for x in items]

    def __bool__(self) -> bool:
        return any(self.by_lang.values())


@dataclass(frozen=True)
class SourceRef:
    file: str
    section: str


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    name: Texts
    summary: Texts
    details: TextList
    aliases: TextList = field(default_factory=lambda: TextList({}))
    measured_by: TextList = field(default_factory=lambda: TextList({}))
    sits_in: Texts = field(default_factory=lambda: Texts({}))
    skills: TextList = field(default_factory=lambda: TextList({}))
    tasks: TextList = field(default_factory=lambda: TextList({}))
    steps: TextList = field(default_factory=lambda: TextList({}))
    tip: Texts = field(default_factory=lambda: Texts({}))
    handled_by: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    compares: tuple[str, ...] = ()
    from_id: str | None = None
    to_id: str | None = None
    sources: tuple[SourceRef, ...] = ()
    answers_aspect: str | None = None  # a concept that is the articles' word on an aspect (pay)
    story: bool = False  # a move someone made, not advice: curated advice is preferred
    stands_for: str | None = None  # a term that is a job's abbreviation ("BD", "PR")
    kind_of: str | None = None  # the wider job this one is a kind of (SEO/SEM of promotion)
    # a term naming people or a workplace outside our teams (导购, an agency): someone's own job
    # there is none of ours, not the team that trains or briefs them
    staff: bool = False
    # Fields of kinds with a schema of their own (quiz questions): kept as read.
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_job(self) -> bool:
        return self.kind in ("department", "role")


_TEXT_FIELDS = ("name", "summary", "sits_in", "tip")
_LIST_FIELDS = ("details", "aliases", "measured_by", "skills", "tasks", "steps")
_ID_LISTS = ("handled_by", "related", "compares")


def entry_from_data(data: Mapping[str, Any]) -> Entry:
    """An entry from the JSON the compiler stored."""
    known = {
        "id",
        "kind",
        "from",
        "to",
        "sources",
        "answers_aspect",
        "story",
        "stands_for",
        "kind_of",
        "staff",
    }
    known |= {*_TEXT_FIELDS, *_LIST_FIELDS, *_ID_LISTS}
    return Entry(
        id=data["id"],
        kind=data["kind"],
        from_id=data.get("from"),
        answers_aspect=data.get("answers_aspect"),
        story=bool(data.get("story")),
        staff=bool(data.get("staff")),
        stands_for=data.get("stands_for"),
        kind_of=data.get("kind_of"),
        to_id=data.get("to"),
        sources=tuple(SourceRef(s["file"], s["section"]) for s in data.get("sources") or []),
        extra={k: v for k, v in data.items() if k not in known},
        **{f: Texts(dict(data.get(f) or {})) for f in _TEXT_FIELDS},
        **{f: _text_list(data.get(f)) for f in _LIST_FIELDS},
        **{f: tuple(data.get(f) or ()) for f in _ID_LISTS},
    )


def _text_list(value: Mapping[str, Any] | None) -> TextList:
    return TextList({k: tuple(v) for k, v in (value or {}).items() if isinstance(v, list)})
