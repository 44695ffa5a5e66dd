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


_W, _B, _C1, _C2, _C3, _L3 = "w:", "b:{}_{}", "c1:", "c2:", "c3:", "l3:"
# Words of this many letters or more are also read as runs of three letters.
_SPELT_FROM = 4


@functools.lru_cache(maxsize=256)
def spelt_features(text: str) -> frozenset[str]:
    """`shape_features` and the runs of three letters of each longer Latin word: "mangaer",
    "brnad", "operators" share most of theirs with the word the labelled questions spell. For
    the jobs of job ads and who-questions only: held out of learning in turn, four groups of
    three sets had the learnt job right 12, 4, 0 and 4 times more (in 65-343 each) and, with
    the engine, 2,176 of 2,344 answers right against 2,172. The kinds, aspects and topics
    gained little, and more features to a word made every English lead longer, past the
    thresholds `understand/kinds.py` chose at the old lengths."""
    found = set(shape_features(text))
    for word in _LATIN_WORD.findall(fold(text)):
        if len(word) >= _SPELT_FROM:
            marked = f"<{word}>"
            pairs = map(str.__add__, marked, marked[1:])
            found.update(map(_L3.__add__, map(str.__add__, pairs, marked[2:])))
    return frozenset(found)
