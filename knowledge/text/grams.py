"""The features a question's shape is learnt from: its words and word pairs in Latin script,
runs of one to three characters in Chinese, all in the matching form (Simplified, mainland
wording, lower case), so that a Taiwan or Hong Kong wording teaches what its mainland one does.
Shared by the compiler, which learns from labelled questions, and the engine, which reads."""

from __future__ import annotations

import functools
import re

from .langs import fold

_LATIN_WORD = re.compile(r"[a-z0-9+']+")
_NOT_CHINESE = re.compile(r"[^\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=256)
def shape_features(text: str) -> frozenset[str]:
    """Cached: the kinds and the jobs are both read from one question's features."""
    form = fold(text)
    found: set[str] = set()
    words = _LATIN_WORD.findall(form)
    found.update("w:" + w for w in words)
    found.update(f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    for run in _NOT_CHINESE.split(form):
        for n in (1, 2, 3):
            found.update(f"c{n}:{run[i : i + n]}" for i in range(len(run) - n + 1))
    return frozenset(found)
