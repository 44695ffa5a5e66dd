"""The word sets the answering side judges questions by, worked out once at build time (they
cost a third of a second at every start when computed from the entries there).

- `defining`: the words our entries are named, summarised and described by (names, aliases,
  tasks, summary, measures, skills, where they sit) and the tips. A question word outside them
  is a sign of another subject.
- `used`: every word of our entries' searchable text, details and examples too ("coffee" from a
  co-branding example): ours, though defining nothing; counted as half foreign.
- `typos`: words of names and aliases no other text uses ("activty", "brnad"): misspellings we
  list, which the typo search must not take for ordinary words.
- `common`: Chinese character pairs our Chinese texts use at least COMMON_PAIR times (品牌,
  活动): of two names overlapping by a character ("选品牌": 选品, 品牌), the one in common use
  is the one meant.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..text.tokens import search_tokens

_DEFINING_TEXTS = ("name", "summary", "sits_in", "tip")
_DEFINING_LISTS = ("aliases", "tasks", "measured_by", "skills")
_OTHER_LISTS = ("details", "tasks", "measured_by", "skills", "steps")
COMMON_PAIR = 5


def word_sets(entries: list[dict[str, Any]], bodies: list[str]) -> dict[str, set[str]]:
    """The three sets from the plain entries (quiz questions left out) and their search bodies."""
    defining: list[str] = []
    names: list[str] = []
    others: list[str] = []
    for entry in entries:
        if entry.get("kind") == "quiz":
            continue
        defining += [*_texts(entry, _DEFINING_TEXTS), *_lists(entry, _DEFINING_LISTS)]
        names += [*_lists(entry, ("aliases",)), *_texts(entry, ("name",))]
        others += [*_texts(entry, ("summary", "sits_in", "tip")), *_lists(entry, _OTHER_LISTS)]
    vocab = set(search_tokens(" ".join(defining), whole=True))
    said = set(search_tokens(" ".join(others), whole=True))
    pairs = Counter(
        token
        for entry in entries
        if entry.get("kind") != "quiz"
        for text in _chinese(entry, ("summary", "details"))
        for token in search_tokens(text, whole=True)
        if len(token) == 2 and not token.isascii()
    )
    return {
        "defining": vocab,
        "used": vocab | {w for body in bodies for w in body.split()},
        "typos": set(search_tokens(" ".join(names), whole=True)) - said,
        "common": {pair for pair, n in pairs.items() if n >= COMMON_PAIR},
    }


def _chinese(entry: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for f in fields:
        value = entry.get(f)
        text = value.get("zh") if isinstance(value, dict) else None
        out += [text] if isinstance(text, str) else list(text or [])
    return out


def _texts(entry: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    return [t for f in fields if isinstance(entry.get(f), dict) for t in entry[f].values() if t]


def _lists(entry: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    return [
        t
        for f in fields
        if isinstance(entry.get(f), dict)
        for items in entry[f].values()
        if isinstance(items, list)
        for t in items
    ]
