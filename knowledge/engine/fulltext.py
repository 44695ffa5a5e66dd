"""Full-text ranking in memory: the scores SQLite FTS5's bm25() gives, without its per-row cost.

FTS5 scores every row that holds any of the question's words through its auxiliary-function
API, so a search costs about 7 µs for each such row: tens of milliseconds once the knowledge
base is large. Here each word's rows and counts are held in a dictionary, so a search adds up
only the rows of the words asked, and the figures are FTS5's own, to the last bit (the same
formula in the same order; fts5_aux.c, fts5Bm25Function).
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections.abc import Iterable

K1, B = 1.2, 0.75  # FTS5's constants
# A word in more rows than this (or one in OWN_SHARE of them) is too common to tie a question
# to one entry.
OWN_ROWS, OWN_SHARE = 20, 12
# A token in at most this many rows is a rare one: its rows are scored first (`_pruned`).
RARE_ROWS = 256
FEW_PARTS = 64  # fewer rows than this are added to the sums one by one (`_summed`)
# Words made of these alone are split by SQLite's unicode61 tokenizer exactly as our own
# search tokens are; a question with any other word is ranked by SQLite itself.
SAFE_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u4db5\u4e00-\u9fa5]+")


class FullText:
    """Each search token's rows (in rowid order) with its count there; each row's length."""

    def __init__(self, rows: Iterable[tuple[int, str, str, str]]):
        """`rows`: (rowid, entry id, kind, body) of every row the FTS table holds."""
        self.rowids: list[int] = []
        self.ids: list[str] = []
        self.kinds: list[str] = []
        self.postings: dict[str, dict[int, int]] = {}
        self.words: dict[str, set[str]] = {}  # each entry's tokens, all its rows together
        self._own: dict[str, frozenset[str]] = {}
        sizes: list[int] = []
        for rowid, eid, kind, body in rows:
            row = len(self.rowids)
            self.rowids.append(rowid)
            self.ids.append(eid)
            self.kinds.append(kind)
            tokens = (body or "").split()
            self.words.setdefault(eid, set()).update(tokens)
            sizes.append(len(tokens))
            for token in tokens:
                hits = self.postings.setdefault(token, {})
                hits[row] = hits.get(row, 0) + 1
        self.count = len(sizes)
        avgdl = float(sum(sizes)) / float(self.count) if self.count else 1.0
        # The length part of BM25's denominator, per row, as FTS5 computes it.
        self.norm = [K1 * (1 - B + B * float(d) / avgdl) for d in sizes]
        # Each token's part of the score per row, worked out on first use; at worst two
        # threads work out the same list.
        self._parts: dict[str, dict[int, float]] = {}
        self._most: dict[str, float] = {}  # each token's largest part

    def _score(self, token: str) -> dict[int, float]:
        """What one token adds to the score of each row holding it: fixed for a knowledge
        base (the idf counts rows, not the question), so worked out on its first search."""
        hits = self.postings.get(token)
        if not hits:
            return {}
        idf = math.log((self.count - len(hits) + 0.5) / (len(hits) + 0.5))
        if idf <= 0.0:
            idf = 1e-6
        norm = self.norm
        return {
            row: idf * ((float(n) * (K1 + 1.0)) / (float(n) + norm[row])) for row, n in hits.items()
        }

    def own_words(self, eid: str) -> frozenset[str]:
        """An entry's words that few others use: "mascot" says brand, "week" says nothing."""
        own = self._own.get(eid)
        if own is None:
            limit = max(OWN_ROWS, self.count // OWN_SHARE)
            own = frozenset(t for t in self.words.get(eid, ()) if len(self.postings[t]) <= limit)
            self._own[eid] = own
        return own

    @staticmethod
    def handles(tokens: list[str]) -> bool:
        """Whether SQLite would read every token as one word, as these postings do."""
        return all(SAFE_TOKEN.fullmatch(t) for t in tokens)

    def rank(self, tokens: list[str], limit: int) -> list[tuple[str, str, float]]:
        """The `limit` best rows for tokens ORed in this order: (entry id, kind, bm25), bm25
        negative and lowest first as FTS5 gives it, equal scores in rowid order.

        A big knowledge base has thousands of rows per common word. The rows of the rarer
        words are scored first (`_pruned`); when no row of the common words alone can reach
        the best of those, the rest is never added up. Otherwise every row is summed by set
        operations that run in C, not row by row in Python. Each row's sum adds its tokens'
        parts in the tokens' order (the same floats), and the rows kept are those scoring at
        least the `limit`-th best score, sorted as before."""
        if limit <= 0:
            return []
        every = [self._token_parts(token) for token in tokens]
        scores = _pruned(every, [self._most[token] for token in tokens], limit)
        if scores is None:
            scores = _summed(every)
        if not scores:
            return []
        rows: Iterable[int] = scores.keys()
        if len(scores) > limit:
            cut = sorted(scores.values(), reverse=True)[limit - 1]
            rows = itertools.compress(scores.keys(), map(cut.__le__, scores.values()))
        rowids = self.rowids
        best = sorted((-1.0 * scores[row], rowids[row], row) for row in rows)[:limit]
        return [(self.ids[row], self.kinds[row], bm25) for bm25, _, row in best]

    def _token_parts(self, token: str) -> dict[int, float]:
        parts = self._parts.get(token)
        if parts is None:
            parts = self._parts[token] = self._score(token)
            self._most[token] = max(parts.values(), default=0.0)
        return parts


def _pruned(
    every: list[dict[int, float]], most: list[float], limit: int
) -> dict[int, float] | None:
    """The full scores of only the rows holding a rare token, when those are certainly
    all the best `limit` rows; else None. A row holding common tokens only scores at most
    the sum of those tokens' largest parts (float addition is monotonic, and the sum is
    made in the same order), so it is left out when that bound is below the `limit`-th
    best score among the rare tokens' rows."""
    common = [len(parts) > RARE_ROWS for parts in every]
    if not any(common) or all(common):
        return None
    rows = set().union(*(parts for parts, c in zip(every, common, strict=True) if not c))
    if len(rows) < limit or len(rows) > RARE_ROWS * 2:
        return None
    bound = 0.0
    for top, c in zip(most, common, strict=True):
        if c:
            bound += top
    scores: dict[int, float] = {}
    for row in rows:
        score = 0.0  # 0.0 + part is part (every part is positive)
        for parts in every:
            part = parts.get(row)
            if part is not None:
                score += part
        scores[row] = score
    cut = sorted(scores.values(), reverse=True)[limit - 1]
    return scores if bound < cut else None


def _summed(every: list[dict[int, float]]) -> dict[int, float]:
    """Every row's score: each token's parts added to the sums so far, in the tokens' order."""
    scores: dict[int, float] = {}
    for parts in every:
        if not scores:
            scores.update(parts)  # 0.0 + part is part (every part is positive)
            continue
        if len(parts) < FEW_PARTS:  # a few rows: a loop costs less than making sets
            for row, part in parts.items():
                scores[row] = scores.get(row, 0.0) + part
            continue
        again = parts.keys() & scores.keys()
        new = parts.keys() - again
        if again:
            sums = map(operator.add, map(scores.__getitem__, again), map(parts.__getitem__, again))
            scores.update(zip(again, sums, strict=True))
        if new:
            scores.update(zip(new, map(parts.__getitem__, new), strict=True))
    return scores
