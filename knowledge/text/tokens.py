"""Search tokens: the same segmentation for the documents (at build) and the questions."""

from __future__ import annotations

import re

from .langs import fold, fold_whole

_WORD = re.compile(r"[a-z0-9]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def search_tokens(
    text: str, drop: frozenset[str] | set[str] = frozenset(), whole: bool = False
) -> list[str]:
    """Tokens for full-text search: English words, and Chinese as overlapping character pairs.

    SQLite's own tokenizers cannot segment Chinese (trigrams miss two-character words), so we
    segment here, the same way for the documents and the questions. Words in `drop` are left
    out before stemming ("does" must not become "doe"). `whole`: a document, not cut to a
    question's length.
    """
    text = (fold_whole if whole else fold)(text) if text else ""
    tokens = [plural_stem(w) for w in _WORD.findall(text) if w not in drop]
    for run in _CJK_RUN.findall(text):
        grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
        tokens.extend(g for g in grams if g not in drop)
    return tokens


def plural_stem(word: str) -> str:
    """A word as the index holds it: a plural's "s" dropped ("does" is kept out before)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
