"""Large alternations of words, searched only when one of their words is in the text.

Python's `re` tries every branch of an alternation at every position of the text: a pattern of
a hundred words ("salary|薪|工资|…") costs about 70 µs on a long message even when none of its
words is there, and the patterns that read a question's shape and aspect are searched some fifty
times per answer. Every match of such a pattern holds one of a set of literal strings, read from
the parsed pattern (for each branch, the longest it must contain); when none of them occurs in
the text, which a substring test finds in a few microseconds, the pattern cannot match and is
not run. When one occurs, the pattern runs as written: the result is always the pattern's own.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Held branch by branch from this many alternatives (a few cost more to pick than to run).
MIN_BRANCHES = 4


class Quick:
    """A compiled pattern searched only where its literals say it can match.

    A pattern with a top-level alternation is also held branch by branch: `search`, `match`
    and `fullmatch` run only the branches whose literals occur in the text and return the
    match the whole pattern would (the leftmost; at one place, the first branch). Such a match
    comes from its branch alone, so its span is the pattern's but its numbered groups are the
    branch's: callers read spans only.
    """

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.flags = pattern.flags
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._ready = False  # read on first use: start-up parses none of it

    def _prepare(self) -> None:
        """Reads the literals; a branch is compiled the first time its literals occur (most
        never do in one question). At worst two threads both do it."""
        pattern = self.pattern
        always: list[int] = []  # branches with no literal to test for
        by_anchor: dict[str, list[int]] = {}
        sources = _top_branches(pattern.pattern)
        if len(sources) >= MIN_BRANCHES:
            every: set[str] | None = set()
            for i, source in enumerate(sources):
                found = self._own(_anchors(sre_parse.parse(source, pattern.flags)))
                if found is None:
                    always.append(i)
                    every = None
                for anchor in found or ():
                    by_anchor.setdefault(anchor, []).append(i)
                if every is not None and found:
                    every.update(found)
            self.anchors = tuple(sorted(every, key=len)) if every else None
        else:
            sources = []
            self.anchors = self._own(_anchors(sre_parse.parse(pattern.pattern, pattern.flags)))
        self._sources = sources
        self._branches: list[re.Pattern[str] | None] = [None] * len(sources)
        self._always = always
        # The literals by their first two characters (a shorter one by itself), so that only
        # those whose start occurs in the text are looked for in it (`_grams`).
        self._heads: dict[str, list[str]] = {}
        for anchor in self.anchors or ():
            self._heads.setdefault(anchor[:2], []).append(anchor)
        self._by_head: dict[str, list[tuple[str, list[int]]]] = {}
        for anchor, branches in by_anchor.items():
            self._by_head.setdefault(anchor[:2], []).append((anchor, branches))
        # As sets: a set meets another by walking the smaller one (a dict's keys walk the set).
        # Heads with a literal of one or two characters are that literal: met, it is there.
        self._short_heads = frozenset(
            head for head, anchors in self._heads.items() if any(len(a) <= 2 for a in anchors)
        )
        self._long_heads = {
            head: tuple(a for a in anchors if len(a) > 2)
            for head, anchors in self._heads.items()
            if head not in self._short_heads
        }
        self._long_head_set = frozenset(self._long_heads)
        self._head_set = frozenset(self._heads)
        self._by_head_set = frozenset(self._by_head)
        self._ready = True

    def _branch(self, i: int) -> re.Pattern[str]:
        branch = self._branches[i]
        if branch is None:
            branch = self._branches[i] = re.compile(self._sources[i], self.flags)
        return branch

    def _own(self, anchors: set[str] | None) -> tuple[str, ...] | None:
        if not anchors:
            return None
        return tuple(sorted({a.lower() if self._fold else a for a in anchors}, key=len))

    def _absent(self, text: str) -> bool:
        if not self._ready:
            self._prepare()
        if self.anchors is None or "" in self._heads:
            return False
        seen, grams = _grams(text, self._fold)
        if not self._short_heads.isdisjoint(grams):
            return False
        if self._long_head_set.isdisjoint(grams):
            return True  # (most texts leave here, having built no set)
        long_heads = self._long_heads
        for head in self._long_head_set & grams:
            for anchor in long_heads[head]:
                if anchor in seen:
                    return False
        return True

    def _candidates(self, text: str) -> list[int]:
        seen, grams = _grams(text, self._fold)
        found = set(self._always)
        for head in self._by_head_set & grams:
            for anchor, branches in self._by_head[head]:
                if len(anchor) <= 2 or anchor in seen:
                    found.update(branches)
        if "" in self._by_head:
            for _anchor, branches in self._by_head[""]:
                found.update(branches)
        return sorted(found)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text):
            return None
        if not self._branches:
            return self.pattern.search(text, pos, endpos)
        best: re.Match[str] | None = None
        for i in self._candidates(text):
            found = self._branch(i).search(text, pos, endpos)
            if found and (best is None or found.start() < best.start()):
                best = found
                if best.start() == pos:
                    break  # no later branch can match further left
        return best

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._at(text, pos, endpos, full=False)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._at(text, pos, endpos, full=True)

    def _at(self, text: str, pos: int, endpos: int, full: bool) -> re.Match[str] | None:
        """A match at `pos` (to `endpos`, with `full`): the first branch that matches there."""
        if self._absent(text):
            return None
        if not self._branches:
            pattern = self.pattern
            return (pattern.fullmatch if full else pattern.match)(text, pos, endpos)
        for i in self._candidates(text):
            branch = self._branch(i)
            if found := (branch.fullmatch if full else branch.match)(text, pos, endpos):
                return found
        return None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.pattern.finditer(text, *args)

    def findall(self, text: str, *args: int) -> list:
        return [] if self._absent(text) else self.pattern.findall(text, *args)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.pattern.sub(repl, text, count)


@functools.lru_cache(maxsize=256)
def _grams(text: str, fold: bool) -> tuple[str, frozenset[str]]:
    """The text as searched (lower-cased for a pattern that ignores case) and every one and
    two characters of it: a literal can occur only where its first two do. Some forty patterns
    are tested on each of a question's few texts, each once against a set instead of a
    substring search per literal (that scan was a quarter of an answer's time)."""
    seen = text.lower() if fold else text
    return seen, frozenset(seen).union(map(str.__add__, seen, seen[1:]))


def forget_texts() -> None:
    """Empty the cache of texts' characters (see Engine.forget_questions)."""
    _grams.cache_clear()


_MADE: list[Quick] = []


def quick(pattern: re.Pattern[str]) -> Quick:
    _MADE.append(made := Quick(pattern))
    return made


def prepare_all(compile_branches: bool = False) -> None:
    """Read every pattern's literals now (about a quarter of a second), so that the first
    question after start-up does not wait for it; with `compile_branches`, compile every
    branch too, so that no question waits for a branch's first use (the bot does this off the
    event loop after start-up)."""
    for made in _MADE:
        if not made._ready:
            made._prepare()
        if compile_branches:
            for i in range(len(made._branches)):
                made._branch(i)


def _top_branches(source: str) -> list[str]:
    """The pattern's top-level alternatives, as written."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a "]" first in a class is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _anchors(items) -> set[str] | None:
    """Literal strings one of which every match of the sequence `items` contains, the most
    telling such set (its shortest string longest), or None when there is none."""
    best: set[str] | None = None
    items = list(items)
    run = ""

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and (best is None or _rank(found) > _rank(best)):
            best = found

    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        consider({run} if run else None)
        run = ""
        if op is sre.IN:
            chars = {chr(a) for o, a in arg if o is sre.LITERAL}
            consider(chars if chars and len(chars) == len(arg) else None)
        elif op is sre.BRANCH:
            consider(_branches(arg[1]))
        elif op is sre.SUBPATTERN:
            consider(_anchors(arg[-1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            consider(_anchors(arg[2]))
    consider({run} if run else None)
    return best


def _rank(found: set[str]) -> tuple[int, int]:
    return min(len(a) for a in found), -len(found)


def _branches(branches) -> set[str] | None:
    out: set[str] = set()
    for branch in branches:
        found = _anchors(branch)
        if found is None:
            return None
        out |= found
    return out
