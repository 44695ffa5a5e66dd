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
    """Cached: the kinds and the jobs are both read from one question's features. (Built
    with `map` over the characters, in C: formatted one by one, they were a twentieth of an
    answer's time.)"""
    form = fold(text)
    words = _LATIN_WORD.findall(form)
    found = set(map(_W.__add__, words))
    found.update(map(_B.format, words, words[1:]))
    for run in _NOT_CHINESE.split(form):
        if not run:
            continue
        pairs = list(map(str.__add__, run, run[1:]))
        found.update(map(_C1.__add__, run))
        found.update(map(_C2.__add__, pairs))
        found.update(map(_C3.__add__, map(str.__add__, pairs, run[2:])))
    return frozenset(found)


_W, _B, _C1, _C2, _C3 = "w:", "b:{}_{}", "c1:", "c2:", "c3:"
