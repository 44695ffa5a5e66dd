"""Finding the entries a question names: exact aliases, then typos, then task phrases."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from ..text.langs import fold, typed_spellings
from ..text.places import CITY
from ..text.quick import quick
from ..text.stopwords import EN_STOP, ZH_STOP_BY_LENGTH
from ..text.tokens import plural_stem
from .kb import KnowledgeBase

_LATIN = re.compile(r"[a-z0-9]")
_NON_WORD = re.compile(r"[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff+]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"[a-z0-9+]+")
# The asking words some names are said with ("营销是什么", "空军陆军是什么意思").
_ASKED_AFTER = re.compile(r"(是什么|是什么意思|做什么)$")
_SYLLABLES = re.compile(r"[a-z]+( [a-z]+)*")
# Characters that are words of a sentence in their own right (go, to, do, turn...): one of
# them where a name has another character is the sentence going on, not a typo.
_WORD_OF_ITS_OWN = frozenset("去到做当當转轉来來在是了想要能会會吗嗎呢过過回上里")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")

# Question words people run together with the next word on a phone keyboard.
_GLUE_WORDS = {
    "what",
    "whats",
    "who",
    "whos",
    "how",
    "which",
    "why",
    "is",
    "are",
    "does",
    "do",
    "the",
    "a",
    "an",
    "of",
    "to",
    "mean",
    "means",
    "handles",
    "handle",
    "vs",
    "and",
    "can",
    "i",
    "from",
    "into",
    "job",
    "role",
    "team",
    "dept",
}


@dataclass
class Mention:
    entry_id: str
    start: int
    end: int
    score: float  # 1.0 exact name or alias; lower for typos and task phrases
    via: str  # "alias", "fuzzy" or "task"
    text: str = ""  # the alias or task phrase matched, as curated

    @property
    def length(self) -> int:
        return self.end - self.start


# Everyday words that hold a name of ours and mean something else: a carrier is no operations.
# A brand-side company (品牌公司, 品牌方, Taiwan's 品牌廠, "品牌自己的商城") is no brand
# department; "業務上常常要跟…協調" is "in my work", no sales; "快消失了" is about to vanish,
# no FMCG; 市场价 is a going price.
_OTHER_WORDS = quick(
    re.compile(
        r"运营商|品牌(公司|方(?!面|向|案|法|式)|商|厂)(?!品牌)|品牌(?:自己|自家)的?"
        r"|业务(上|方面|能力|量|线|范围|逻辑|往来)"
        r"|快消失|市场价"
    )
)


# A shop's promotions, the discounts it runs ("weekly promos", "sign up for 618 promos", "promo
# codes"), are no promotion job (推广); nor is a promotion at work, a step up ("what's the
# promotion path for content ops", "how fast do you get a promotion").
_SHOP_PROMOS = re.compile(
    r"\b(weekly|daily|monthly|seasonal|holiday|festival|flash|in-store|store|shop|price|618"
    r"|double ?11|11\.11|sign(ing)? up for( the)?|up for|platform|tmall|taobao|jd)"
    r" (sales )?promo(tion)?s\b|\bpromo(tion)?s? (codes?|prices?|banners?|calendars?)\b"
    r"|\bpromo(tion)?s?,? and discounts?\b|\bdiscounts?,? and promo(tion)?s?\b"
    r"|\bpromotion (path|paths|track|ladder|prospects|opportunit(y|ies)|chances?|cycle|criteria)\b"
    r"|\b(get|gets|got|getting|earn|earned|win|deserve|going for|next|my|his|her|their|your)"
    r" (a |the )?promotions?\b(?! (job|role|team|specialist|position|person|department|dept|work))"
)


# A company told as a brand of a kind of goods ("at a big hardware brand", "for a snack brand"):
# the brand is the company, no brand department (unless its team is named, "a snack brand
# team"; "a phone brand's store" is left to what the rest says).
_A_BRAND_COMPANY = re.compile(
    r"\b(?:a|an|one|big|small|local|foreign|domestic|chinese)( [a-z-]+)?"
    r" (?:phone|snack|skincare|cosmetics?|beauty|makeup|food|drinks?|beverage|fashion|clothing"
    r"|apparel|car|auto|hardware|electronics|consumer|tea|coffee|sportswear|toy|pet|baby"
    r"|furniture|appliance|luxury|dairy|milk|shoe|sneaker|jewelry|jewellery|liquor|beer|wine)"
    r" (?P<brand>brand)\b"
    r"(?! (?:team|teams|department|dept|manager|managers|side|ops|operations|marketing|building"
    r"|strategy|positioning|awareness|image|identity|voice|tone|guidelines?|health|equity|campaigns?"
    r"|story|work|people|person|role|job|position|planning|planner|stuff|pr|communications?"
    r"|or|and|vs|versus|s)\b)"
)


def other_words(q: str) -> list[tuple[int, int]]:
    """Where everyday words holding a name of ours stand (运营商, 业务上): no name there."""
    return [m.span() for m in _OTHER_WORDS.finditer(q)]


def brand_companies(q: str) -> list[re.Match[str]]:
    """Where a company is told as a brand of goods ("at a snack brand"): its "brand" is no name,
    nor a typo of one, and its words are no task's."""
    return list(_A_BRAND_COMPANY.finditer(q)) if "brand" in q else []


def shop_promos(q: str) -> list[tuple[int, int]]:
    """Where a shop's promotions are said: no job named there, nor a typo of one."""
    return [m.span() for m in _SHOP_PROMOS.finditer(q)] if "promo" in q else []


# Counts and spans of time say how many or how long, not what work: "two years ago" is no
# "plan two launches a year"; nor are particles ("setting up" is no "blowing up online").
_COUNTS = frozenset(
    {
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"),
        *("year", "years", "month", "months", "week", "weeks", "day", "days", "ago", "times"),
        *("up", "out", "off", "down", "over"),
    }
)


def match_form(text: str) -> str:
    """Folded text, punctuation as single spaces: the same for aliases and questions."""
    return _NON_WORD.sub(" ", fold(text)).strip()


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude English stemmer: enough for "negotiates" and "negotiating prices" to meet."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    for suffix in (
        "ations",
        "ation",
        "ings",
        "ing",
        "ions",
        "ion",
        "ments",
        "ment",
        "ance",
        "ence",
        "ers",
        "er",
        "ed",
        "ly",
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@dataclass
class Linked:
    """What linking found in a question, with what is needed to judge any part of it."""

    q: str  # the matching form of the question
    mentions: list[Mention]
    taken: list[bool]  # characters of q that a name explains
    coverage: float
    foreign: float


# Words the question patterns look for (aspects, kinds of question), long enough that one slip
# typed in them is still theirs alone.
QUESTION_WORDS = (
    "skills", "skill", "salary", "salaries", "measured", "measure", "difference", "different",
    "differ", "responsible", "requirements", "qualifications", "prospects",
    "future", "career", "promising", "between", "compare", "versus", "similar", "report",
    "reports", "judged", "evaluated", "become", "switch", "transition", "experience",
    "background", "graduate", "actually", "exactly", "meaning", "stands", "handles", "charge",
    "which", "better", "worth", "daily", "everyday", "typical",
)  # fmt: skip


class Linker:
    """Built once per knowledge base; answers `link(question)` in well under a millisecond."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.exact: dict[str, list[tuple[str, str, str]]] = {}
        self.compact: dict[str, list[tuple[str, str, str]]] = {}
        self.task_words: list[tuple[str, frozenset[str], str]] = []
        self.name_words: set[str] = set()  # the words of every name, misspelt ones included
        # Three-letter names by first letter and letters (a swap typed: KCO for KOC).
        self.acronyms_by_letters: dict[tuple[str, str], list[str]] = {}
        self.task_bigrams: list[tuple[str, frozenset[str], str]] = []
        # Words that define our entries, every word our texts use, and misspellings we list
        # (knowledge/compiler/words.py).
        words = getattr(kb, "words", {})
        self.vocab = words.get("defining", set())
        self.used = words.get("used", set())  # the defining words among them
        self.typos = words.get("typos", set())
        self.common = words.get("common", set())  # Chinese pairs our texts use often
        self.name_stems: set[str] = set()  # the first five letters of every name's words
        # Names made at build ("content ops" from "content operations") are found as said, not
        # as typos: the name they were made from already stands for that (and each one typo
        # matching tries costs time on every long English question).
        made: set[str] = set()
        for row in kb.aliases:
            key = match_form(row.key)
            if not key:
                continue
            if row.via == "alias" and row.key.isascii() and row.key != fold(row.text):
                made.add(key)  # (only English names are made; Chinese ones are not folded)
            self.exact.setdefault(key, []).append((row.entry_id, row.via, row.text))
            if row.via != "task" and (spaced := _SCRIPT_EDGE.sub(" ", key)) != key:
                # "B 公司", "H5 页面": a space typed where Latin letters meet Chinese ones
                self.exact.setdefault(spaced, []).append((row.entry_id, row.via, row.text))
            if row.via != "task" and _Y_END.search(key):
                # "tech companies", "agencies": the plural a trailing "s" does not make
                self.exact.setdefault(key[:-1] + "ies", []).append(
                    (row.entry_id, row.via, row.text)
                )
            if row.via != "task":
                self.name_words.update(key.split())
                self.name_stems.update(w[:5] for w in key.split() if len(w) >= 5)
                if len(key) == 3 and key.isalpha() and key.isascii():
                    at = (key[0], "".join(sorted(key)))
                    if key not in self.acronyms_by_letters.setdefault(at, []):
                        self.acronyms_by_letters[at].append(key)
            if " " in key and _LATIN.search(key) and len(key.replace(" ", "")) >= 7:
                self.compact.setdefault(key.replace(" ", ""), []).append(
                    (row.entry_id, row.via, row.text)
                )
            if row.via == "task":
                if _CJK.search(key):
                    grams = frozenset(_bigrams(key))
                    if len(grams) >= 2:
                        self.task_bigrams.append((row.entry_id, grams, row.text))
                else:
                    words = frozenset(stem(w) for w in _WORD.findall(key) if w not in EN_STOP)
                    if words:
                        self.task_words.append((row.entry_id, words, row.text))
        # Which task phrases share a word or a character pair with a question: only those are
        # scored.
        self.tasks_by_word: dict[str, list[int]] = {}
        for i, (_eid, words, _orig) in enumerate(self.task_words):
            for w in words:
                self.tasks_by_word.setdefault(w, []).append(i)
        self.tasks_by_gram: dict[str, list[int]] = {}
        for i, (_eid, grams, _orig) in enumerate(self.task_bigrams):
            for g in grams:
                self.tasks_by_gram.setdefault(g, []).append(i)
        # Longest first, so "content operations" wins over "operations".
        self.keys = sorted(self.exact, key=len, reverse=True)
        # Names of three characters or more by their first three, as the lengths they come in:
        # finding names in a question is a few dictionary look-ups per position, however many
        # names there are (shorter names are looked up as they are).
        self.lengths_by_prefix: dict[str, list[int]] = {}
        for key in self.keys:
            if len(key) >= 3:
                lengths = self.lengths_by_prefix.setdefault(key[:3], [])
                if len(key) not in lengths:
                    lengths.append(len(key))
        self.compact_lengths: dict[str, list[int]] = {}
        for key in self.compact:
            lengths = self.compact_lengths.setdefault(key[:3], [])
            if len(key) not in lengths:
                lengths.append(len(key))
        self.latin_keys = [
            k for k in self.keys if not _CJK.search(k) and len(k) >= 4 and k not in made
        ]
        # Names by their first letter and all their letters: two neighbouring letters swapped
        # keep both ("brnad" has brand's), so a swap is looked up, not searched for.
        self.by_letters: dict[str, list[str]] = {}
        for key in self.latin_keys:
            if len(key) >= 5:
                self.by_letters.setdefault(_letters(key), []).append(key)
        self.cjk_keys = [k for k in self.keys if _CJK.search(k) and len(k) >= 3]
        # Typo candidates come from indexes, never from a scan of every name: a Latin name by
        # its first or last letter and its length (a real typo keeps one end of the word), a
        # Chinese name by each of its character pairs (one wrong character leaves one intact).
        self.latin_by_end: dict[str, list[str]] = {}
        # ... and by each of its letter pairs under either end: a name close enough to a typo
        # shares several pairs with it, so a few of the rarest pairs find every candidate
        # (`_latin_candidates`), however many names share its first letter and length.
        self.latin_by_pair: dict[tuple[str, str], list[str]] = {}
        for key in self.latin_keys:
            for end in {"^" + key[0], "$" + key[-1]}:
                self.latin_by_end.setdefault(end, []).append(key)
            for pair in {key[i : i + 2] for i in range(len(key) - 1)}:
                for end in {"^" + key[0], "$" + key[-1]}:
                    self.latin_by_pair.setdefault((end, pair), []).append(key)
        # Shortest first, with the lengths beside them: a length range is a slice.
        self.end_lengths: dict[str, list[int]] = {}
        for end, keys in self.latin_by_end.items():
            keys.sort(key=lambda k: (len(k), k))
            self.end_lengths[end] = [len(k) for k in keys]
        self.pair_lengths: dict[tuple[str, str], list[int]] = {}
        for at, keys in self.latin_by_pair.items():
            keys.sort(key=lambda k: (len(k), k))
            self.pair_lengths[at] = [len(k) for k in keys]
        self.pair_counts = {at: len(keys) for at, keys in self.latin_by_pair.items()}
        # Chinese names by what is left when one character is taken out: a stretch of the
        # question one edit away from a name shares one of these with it (a symmetric-deletion
        # index), so a typo is found by a few look-ups.
        self.cjk_deletions: dict[str, set[str]] = {}
        self.cjk_pairs: set[str] = set()
        for key in self.cjk_keys:
            if len(key) >= 4:
                for variant in _deletions(key, 1):
                    self.cjk_deletions.setdefault(variant, set()).add(key)
                self.cjk_pairs.update(key[i : i + 2] for i in range(len(key) - 1))
        self.cjk_sizes = sorted({len(k) for k in self.cjk_keys if len(k) >= 4})
        # Pieces a run-together word may be split into: question words, and every one-word
        # Latin name (multi-word names by their joined form, "contentops" -> "content ops").
        self.glue = {w for w in EN_STOP | _GLUE_WORDS if len(w) >= 2 or w in ("a", "i")}
        self.joined: dict[str, str] = {}
        for k in self.exact:
            if _LATIN.match(k) and not _CJK.search(k):
                joined = k.replace(" ", "")
                if joined == k or joined not in self.joined:
                    self.joined[joined] = k
        self._unglued: dict[str, str] = {}
        # The last texts linked: one answer links the same text more than once (read again as
        # the kind learnt, its clause read alone, the move made sure), each time in full.
        self._linked: dict[str, Linked] = {}
        self.sounds: dict[str, set[str]] = {}
        # Names by the sound of how they may be typed before folding (社群运营 for 社区运营):
        # read on the first homophone search, which loads the pinyin table anyway.
        self._typed_sounds: dict[str, set[tuple[str, str]]] | None = None
        for row in kb.aliases:
            key = match_form(row.key)
            if row.pinyin and len(key) >= 2 and key in self.exact:
                self.sounds.setdefault(row.pinyin, set()).add(key)
        # Chinese names written in pinyin ("liuliang yunying", "xinxiliu youhuashi"): the
        # syllables joined, three at least (two spell people's names and places too: "Daren",
        # "Wang Hong", "Lingshou"), and no English word of ours; two for a job's own name
        # ("meijie", "tuiguang", "yunying"), which names no person or place.
        self.spoken: dict[str, list[str]] = {}
        self.two_syllables: set[str] = set()  # read only as typed in lower case ("Lingshou")
        for sound, keys in self.sounds.items():
            joined = sound.replace(" ", "")
            syllables = sound.count(" ") + 1
            # ("yunying" is among our words because the texts write it: it is no English word;
            # a name of ours spelled so is read by its exact alias first.)
            if joined in EN_STOP or syllables < 2:
                continue
            if syllables == 2:
                keys = {k for k in keys if self._names_a_job(k)}
                if keys:
                    self.two_syllables.add(joined)
            if keys:
                self.spoken.setdefault(joined, []).extend(sorted(keys))
        # Names by their sound with the sounds that many people who type by pinyin do not tell
        # apart merged (留纯 for 留存), and how many syllables the names starting with a (near)
        # syllable have: windows of other sizes are not looked up. Made with the typed sounds.
        self._near_sounds: dict[str, set[str]] | None = None
        self._near_sizes: dict[str, set[int]] = {}

    def _untangled(self, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Two-character Chinese names overlapping by one character, one of them a pair our
        Chinese texts use often and the other not: the common one is meant ("选品牌" is choosing
        a brand, not 选品, picking products, and 牌)."""
        pairs = {at: key for key, at in found if len(key) == 2 and _CJK.match(key)}
        dropped = set()
        for at, key in pairs.items():
            other = pairs.get(at + 1)
            if other and _CJK.match(other[0]) and key[1] == other[0]:
                first, second = key in self.common, other in self.common
                if first != second:
                    dropped.add((other, at + 1) if first else (key, at))
        return [kp for kp in found if kp not in dropped] if dropped else found

    def _occurrences(self, q: str) -> list[tuple[str, int]]:
        """Every (name, position) in q but those starting inside a word, longest names first:
        a look-up of each length that names starting with this position's first three
        characters have."""
        found = []
        exact = self.exact
        inside = False
        for i, ch in enumerate(q):
            # A name starting inside a word ("pr" in "press") is turned down by link_full:
            # positions after a letter or digit, at a letter or digit, are not looked at.
            latin = "a" <= ch <= "z" or "0" <= ch <= "9"
            if latin and inside:
                continue
            inside = latin
            for length in self.lengths_by_prefix.get(q[i : i + 3], ()):
                if q[i : i + length] in exact:
                    found.append((q[i : i + length], i))
            pair = q[i : i + 2]
            if len(pair) == 2 and pair in exact:
                found.append((pair, i))
            if ch in exact:
                found.append((ch, i))
        found.sort(key=lambda kp: (-len(kp[0]), kp[1]))
        return self._untangled(found)

    def _compact_occurrences(self, q: str) -> list[tuple[str, int]]:
        """Multi-word names typed without their spaces ("mediabuyer"), first place each."""
        found: dict[str, int] = {}
        for i in range(len(q) - 6):
            for length in self.compact_lengths.get(q[i : i + 3], ()):
                key = q[i : i + length]
                if key in self.compact and key not in found:
                    found[key] = i
        return sorted(found.items(), key=lambda kp: (-len(kp[0]), kp[1]))

    def _coverage(
        self,
        q: str,
        taken: list[bool],
        keep: list[bool] | None = None,
        support: set[str] | frozenset[str] = frozenset(),
    ) -> tuple[float, float]:
        """Share of the question's content (words, Chinese characters) that names were found for.

        Words the knowledge base uses elsewhere count a little ("advertising" in "what is a KV
        in advertising"); words it never uses count in full ("rice", "dentist"). With `keep`,
        only those characters are judged (the sentences that name something, without the
        aspect's own words). Words of `support` (the answering entry's own text) count as
        words of ours.
        """
        if keep is None:
            rest = "".join(" " if t else ch for ch, t in zip(q, taken, strict=True))
            total = float(sum(taken))
        else:
            rest = "".join(
                " " if t or not k else ch for ch, t, k in zip(q, taken, keep, strict=True)
            )
            total = float(sum(t and k for t, k in zip(taken, keep, strict=True)))
        unexplained = foreign = 0.0
        vocab, used = self.vocab, self.used
        for word in _WORD.findall(rest):
            if word not in EN_STOP and not word.isdigit():
                if stem(word) in vocab or word in vocab or plural_stem(word) in support:
                    unexplained += 0.25 * len(word)
                elif stem(word) in used or word in used:
                    unexplained += 0.5 * len(word)  # in an example of ours ("coffee")
                    foreign += 0.5 * len(word)
                else:
                    unexplained += len(word)
                    foreign += len(word)
        for run in _CJK_RUN.findall(rest):
            run = _mask_stops(run, every=True)
            # A character is known when the pair it starts or the pair it ends is a word of
            # ours. Counted, then added: the figures are quarters, exact in any order.
            pairs = [
                run[i : i + 2] in vocab or run[i : i + 2] in support for i in range(len(run) - 1)
            ]
            pairs.append(False)
            seen = [run[i : i + 2] in used for i in range(len(run) - 1)]
            seen.append(False)
            known = half = unknown = 0
            for i, ch in enumerate(run):
                if ch != "\u3000":
                    if pairs[i] or (i and pairs[i - 1]):
                        known += 1
                    elif seen[i] or (i and seen[i - 1]):
                        half += 1
                    else:
                        unknown += 1
            unexplained += 0.5 * known + 1.0 * half + 2.0 * unknown
            foreign += 1.0 * half + 2.0 * unknown
        if total == 0:
            return 0.0, foreign
        return total / (total + unexplained), foreign

    def judge(
        self, linked: Linked, keep: list[bool], support: set[str] | frozenset[str] = frozenset()
    ) -> tuple[float, float]:
        """Coverage and foreign words of only the kept characters of a linked question."""
        return self._coverage(linked.q, linked.taken, keep, support)

    def _names_a_job(self, key: str) -> bool:
        return any(
            via == "alias" and (entry := self.kb.entries.get(eid)) is not None and entry.is_job
            for eid, via, _ in self.exact.get(key, ())
        )

    def forget_questions(self) -> None:
        """Empty the caches of texts (see Engine.forget_questions)."""
        self._unglued.clear()
        self._linked.clear()

    def unglue(self, q: str) -> str:
        """Split words typed without spaces into known words: "whatisKV" -> "what is kv",
        "contentopsvsuserops" -> "content ops vs user ops". Only when every piece is known."""
        done = self._unglued.get(q)
        if done is None:
            done = _WORD.sub(lambda m: self._mend(m.group()), q)
            if len(self._unglued) > 2048:  # the last questions only: a bounded cache
                self._unglued.clear()
            self._unglued[q] = done
        return done

    def _split(self, word: str) -> str:
        # Short words are left alone ("visit" is a word, not "vis it"); nobody runs more than a
        # few words together, so a very long "word" is not split either (it would only cost).
        if len(word) < 8 or len(word) > 48 or word in self.exact or word in EN_STOP:
            return word
        # best[i]: fewest pieces covering word[:i], and the pieces
        best: list[tuple[int, list[str]] | None] = [None] * (len(word) + 1)
        best[0] = (0, [])
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 30), end):
                prev = best[start]
                piece = word[start:end]
                if prev is None or not (piece in self.glue or piece in self.joined):
                    continue
                if best[end] is None or prev[0] + 1 < best[end][0]:
                    best[end] = (prev[0] + 1, [*prev[1], self.joined.get(piece, piece)])
        done = best[len(word)]
        if done and len(done[1][-1]) <= 3 and done[1][-1] in EN_STOP:
            # Words run together end on a word of their own, not on "or" or "to": "supervisor"
            # is no "super vis or".
            return word
        return " ".join(done[1]) if done and done[0] > 1 else word

    def _mend(self, word: str) -> str:
        if slip := _SHORT_SLIPS.get(word):
            return slip
        if "vs" in word and len(word) > 3 and word not in self.exact:
            # "品牌部vsPR", "SEOvs推广": "vs" typed against a name of letters (a short one
            # that the splitting of long words leaves alone)
            if word.startswith("vs") and word[2:] in self.joined:
                return f"vs {self.joined[word[2:]]}"
            if word.endswith("vs") and word[:-2] in self.joined:
                return f"{self.joined[word[:-2]]} vs"
        split = self._split(word)
        return split if split != word else self._respelt(word)

    def _respelt(self, word: str) -> str:
        """ "skils", "salery", "diffrence": a word the question patterns look for, typed with
        one slip (a letter missing, extra, wrong or two swapped, the first kept), when the word
        typed is no word of ours; names' typos are the linker's own search."""
        if len(word) < 5 or word in self.used or word in EN_STOP or word in self.name_words:
            return word
        near = [
            w
            for w in QUESTION_WORDS
            if w[0] == word[0]
            and abs(len(w) - len(word)) <= 1
            and OSA.distance(w, word) <= 1
            # "graduated", "experienced", "evaluates": another ending of the word, not a slip
            and not (word.startswith(w) or w.startswith(word) or word[:-1] == w[:-1])
        ]
        # "skils": skill or skills, one word either way
        return max(near, key=len) if len({w[:5] for w in near}) == 1 else word

    def link(self, question: str) -> tuple[list[Mention], float, float]:
        """Mentions in the question; the share of its content they explain; how much of the
        rest is in words the knowledge base never uses (a sign of another subject)."""
        found = self.link_full(question)
        return found.mentions, found.coverage, found.foreign

    def link_full(self, question: str) -> Linked:
        """What linking finds in `question`. The same text is linked once (the last texts are
        kept); the Linked returned is shared, so callers build new lists from it."""
        if (found := self._linked.get(question)) is not None:
            return found
        if len(self._linked) > 256:  # the last questions only: a bounded cache
            self._linked.clear()
        found = self._linked[question] = self._link_full(question)
        return found

    def _link_full(self, question: str) -> Linked:
        q = self.unglue(match_form(question))
        if not q:
            return Linked(q, [], [], 0.0, 0.0)
        taken = [False] * len(q)
        mentions: list[Mention] = []
        companies = brand_companies(q)
        # (with the space before "brand": a longer name ending in it, "fmcg brand", still stands)
        promos = shop_promos(q) + [(m.start("brand") - 1, m.end("brand")) for m in companies]
        other = other_words(q) + promos
        occurrences = self._occurrences(q)
        for key, start in occurrences:
            end = start + len(key)
            if any(start < b and a < end and not (start <= a and b <= end) for a, b in other):
                continue  # 运营 inside 运营商 (a telecom carrier) is no operations
            if _ASKED_AFTER.search(key) and any(
                s < start < s + len(k) <= end for k, s in occurrences
            ):
                # "渠道营销是什么意思": a name said with its question ("营销是什么") that starts
                # inside another name (渠道营销) is that name asked about
                continue
            # A Latin end of a name must be a word's end ("pr" is not in "press"); a Chinese
            # end needs nothing ("VR公司B": VR公司, then B).
            if _LATIN.match(key[0]) and start > 0 and _LATIN.match(q[start - 1]):
                continue
            if _LATIN.match(key[-1]):
                end = _plural_end(q, end)
                if end < len(q) and _LATIN.match(q[end]):
                    continue
            if any(taken[start:end]):
                continue
            for eid, via, orig in self.exact[key]:
                score = 1.0 if via == "alias" else 0.9
                mentions.append(Mention(eid, start, end, score, via, orig))
            for i in range(start, end):
                taken[i] = True
        mentions += self._shared_heads(q, taken, mentions)
        mentions = self._said_apart(q, taken, mentions)
        mentions += self._field_wished(q, taken)
        for word in _WORD_ENDS:
            # "编辑岗位": the name 编辑岗 took the 岗 of 岗位; its 位 is part of the same word.
            at = q.find(word)
            while at >= 0:
                if taken[at] and not taken[at + 1]:
                    taken[at + 1] = True
                at = q.find(word, at + 1)
        for key, start in self._compact_occurrences(q):
            if not any(taken[start : start + len(key)]):
                for eid, via, orig in self.compact[key]:
                    mentions.append(Mention(eid, start, start + len(key), 0.95, via, orig))
                for i in range(start, start + len(key)):
                    taken[i] = True
        # A one-word Latin name ("ops", "operations") may be the end of a longer one mistyped
        # ("activty ops"): the typo search may take its characters, and then replaces it.
        # So may a name of several words that names several things ("mareting planning
        # department": "planning department" is the marketing planning, brand and marketing
        # departments' alike).
        soft = [False] * len(q)
        spans = Counter((m.start, m.end) for m in mentions)
        for m in mentions:
            if _LATIN.match(q[m.start]) and (
                " " not in q[m.start : m.end] or spans[m.start, m.end] > 1
            ):
                soft[m.start : m.end] = [True] * m.length
        if _LATIN.search(q) and self.spoken:
            mentions += self._spoken_names(q, taken, question)
        fuzzy = self._fuzzy_latin(q, taken, soft) if _LATIN.search(q) else []
        if promos:  # ("weekly promos" is no typo of "promo" either, "a snack brand" of "brand")
            fuzzy = [f for f in fuzzy if not any(a <= f.start and f.end <= b for a, b in promos)]
        if fuzzy:
            mentions = [
                m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in fuzzy)
            ]
        mentions += fuzzy
        mentions += self._homophones(q, taken, mentions)
        mentions += self._fuzzy_cjk(q, taken, mentions)
        mentions += self._tasks(q, taken, mentions, [m.span() for m in companies])
        mentions.sort(key=lambda m: (m.start, -m.length))
        return Linked(q, mentions, taken, *self._coverage(q, taken))

    def _field_wished(self, q: str, taken: list[bool]) -> list[Mention]:
        """ "想换去做内容", "SEO仔想轉做內容", "做咗幾年content": the bare field of an operations
        job, said after a verb of moving or of doing, is that job (内容 alone is a word of any
        text)."""
        found = []
        for wished in _FIELD_WISHED.finditer(q):
            group = next(g for g in ("field", "field_done", "field_en") if wished.group(g))
            a, b = wished.span(group)
            if any(taken[a:b]):
                continue
            key = wished.group(group) + ("运营" if group == "field" else " ops")
            named = [
                Mention(eid, a, b, 0.9, via, orig)
                for eid, via, orig in self.exact.get(key, ())
                if via == "alias"
            ]
            if named:
                found += named
                taken[a:b] = [True] * (b - a)
        return found

    def _said_apart(self, q: str, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
        """A generic job word said apart from what it is of ("在官网商城做运营", "做社群的运营"):
        the name the two make together (商城运营), spanning both, instead of the bare word."""
        out = []
        for m in mentions:
            # (read in the few characters before the word: a long message costs no more)
            before = max(0, m.start - 14)
            apart = m.length == 2 and _CJK.match(q[m.start]) and _APART.search(q[before : m.start])
            found = None
            if apart:
                what, at = apart.group("what"), before + apart.start("what")
                for cut in range(max(0, len(what) - 4), len(what) - 1):
                    key = what[cut:] + q[m.start : m.end]
                    if key in self.exact and not any(taken[at + cut : m.start]):
                        found = (key, at + cut)
                        break
            if found is None:
                out.append(m)
                continue
            key, start = found
            for i in range(start, m.end):
                taken[i] = True
            for eid, via, orig in self.exact[key]:
                out.append(Mention(eid, start, m.end, 0.95, via, orig))
        return out

    def _spoken_names(self, q: str, taken: list[bool], question: str = "") -> list[Mention]:
        """Chinese names written in pinyin, a word per syllable or per word or all in one
        ("liuliang yunying", "xinxiliu youhuashi", "meijie", "xin mei ti yun ying"): up to six
        words joined, a syllable each for the longest names. A job's
        name in two syllables counts only as typed in lower case: "Lingshou" is a place."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(q)]
        found: list[Mention] = []
        i = 0
        while i < len(words):
            step = 1
            for n in (6, 5, 4, 3, 2, 1):
                if i + n > len(words):
                    continue
                a, b = words[i][0], words[i + n - 1][1]
                said = q[a:b]
                # The look-up first: it almost always fails, and then nothing else is asked.
                keys = self.spoken.get(joined := said.replace(" ", ""))
                if not keys or any(taken[a:b]) or not _SYLLABLES.fullmatch(said):
                    continue
                if joined in self.two_syllables and said not in question:
                    continue
                for key in keys:
                    found += [
                        Mention(eid, a, b, 0.95, via, orig)
                        for eid, via, orig in self.exact.get(key, ())
                        if via == "alias"
                    ]
                taken[a:b] = [True] * (b - a)
                step = n
                break
            i += step
        return found

    def _shared_heads(self, q: str, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
        """A word joined to a name that shares the name's last word: "content and user ops" is
        content ops and user ops, "内容和用户运营" 内容运营 and 用户运营, when that reading is a
        name of ours ("The articles don't cover content" had been said)."""
        found = []
        for m in list(mentions):
            key = q[m.start : m.end]
            latin = " " in key and key.isascii()
            head = key.rsplit(" ", 1)[1] if latin else key[-2:] if _CJK.match(key[-1]) else ""
            start = m.start
            if head and not latin and len(key) == len(head):
                # "內容、用戶、活動三種營運": a list, counted, then the bare word they share
                counted = _COUNTED.search(q, max(0, m.start - 8), m.start)
                if not counted or any(taken[counted.start("word") : m.start]):
                    continue
                word, (a, b) = counted.group("word"), counted.span("word")
                named = [
                    Mention(eid, a, b, 0.95, via, orig)
                    for eid, via, orig in self.exact.get(word + head, ())
                    if via == "alias"
                ]
                if not named:
                    continue
                found += named
                taken[a:b] = [True] * (b - a)
                mentions.remove(m)  # the word they share is no subject of its own
                start = a
            elif not head or len(key) <= len(head):
                continue
            # Only the few characters before the name can hold "word and": a window, not the
            # whole text before it, for every name of a long message. A list shares it too:
            # "內容、用戶、活動營運".
            while True:
                lo = max(0, start - (_JOIN_REACH if latin else _CJK_JOIN_REACH))
                joins = (_LATIN_JOIN, _LATIN_LIST) if latin else (_CJK_JOIN, _CJK_LIST)
                join = joins[start != m.start].search(q, lo, start)
                if not join or any(taken[join.start("word") : join.end("word")]):
                    break
                word, (a, b) = join.group("word"), join.span("word")
                name = f"{word} {head}" if latin else word + head
                named = [
                    Mention(eid, a, b, 0.95, via, orig)
                    for eid, via, orig in self.exact.get(name, ())
                    if via == "alias"
                ]
                if not named:
                    break
                found += named
                taken[a:b] = [True] * (b - a)
                start = a
        return found

    def _fuzzy_latin(
        self, q: str, taken: list[bool], soft: list[bool] | None = None
    ) -> list[Mention]:
        words = [(m.start(), m.end()) for m in _WORD.finditer(q)]
        found_short = self._swapped_acronyms(q, words, taken)
        soft = soft or [False] * len(q)
        # Per word, once: read by a name that a typo may not replace; read by one it may; an
        # ordinary word of ours; a stop word.
        held = [any(taken[j] and not soft[j] for j in range(a, b)) for a, b in words]
        softly = [any(soft[a:b]) for a, b in words]
        plain = [
            not h and not s and (q[a:b] in _MEANT_AS_SAID or self._ordinary(q[a:b]))
            for (a, b), h, s in zip(words, held, softly, strict=True)
        ]
        stop = [q[a:b] in EN_STOP for a, b in words]
        grams: list[tuple[str, int, int]] = []
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                start, end = words[i][0], words[i + n - 1][1]
                if end - start < 4 or any(held[i : i + n]) or stop[i] or stop[i + n - 1]:
                    continue
                fresh = [k for k in range(i, i + n) if not softly[k]]
                # A typo replaces a name only with a word not yet read, and ordinary words of
                # ours, rightly spelt, are no typo of a name.
                if not fresh or all(plain[k] for k in fresh):
                    continue
                grams.append((q[start:end], start, end))
        if not grams or not self.latin_keys:
            return found_short
        found: list[Mention] = []
        for text, start, end in grams:
            if any(taken[j] and not soft[j] for j in range(start, end)):
                continue  # a longer stretch found as a typo took it: no name need be sought
            candidates = self._latin_candidates(text)
            if not candidates:
                continue
            hit = process.extractOne(text, candidates, scorer=fuzz.ratio, score_cutoff=80)
            if not hit or hit[1] < _typo_needed(hit[0]):
                # Two letters typed in the wrong order ("brnad dept") are one slip, not the two
                # edits the ratio counts: 80 for a ten-letter name, below any threshold.
                swapped = _swapped(text, self.by_letters.get(_letters(text), ()))
                hit = (swapped, SWAPPED_SCORE, None) if swapped else hit
            if not hit:
                continue
            key, score, _ = hit
            needed = _typo_needed(key)
            if score < needed or any(taken[j] and not soft[j] for j in range(start, end)):
                continue
            if any(soft[start:end]) and score < 90:
                continue  # replacing a name found exactly takes a close match
            if text[0] != key[0] and text[-1] != key[-1]:
                continue  # a real typo keeps the word's start or end; this is another word
            if (
                " " not in key
                and len(key) - len(text) >= 2
                and (key.endswith(text) or key.startswith(text))
            ):
                continue  # "selling" is not "reselling" mistyped: a word inside another one
            if not _same_words(text, key):
                continue  # "no experience" is not "PR experience": a whole word is another
            if self._another_word(text, key):
                continue  # "media player" is not "media buyer": "player" is a word of its own
            found += self._near_miss(key, start, end, 0.9 * score / 100, taken)
        return found_short + found

    def _swapped_acronyms(self, q: str, words, taken: list[bool]) -> list[Mention]:
        """ "KCO和KOL有啥区别": a three-letter word that is no word of ours and has an acronym's
        letters in another order, first letter kept, is that acronym mistyped."""
        found: list[Mention] = []
        # Only beside another acronym of ours said right ("KCO和KOL"): alone, a three-letter
        # word is as likely a word of another field ("SME" is no SEM).
        if not any(b - a == 3 and all(taken[a:b]) for a, b in words):
            return found
        for start, end in words:
            word = q[start:end]
            if len(word) != 3 or any(taken[start:end]) or word in EN_STOP or word in self.used:
                continue
            keys = self.acronyms_by_letters.get((word[0], "".join(sorted(word))), ())
            if len(keys) == 1:
                found += self._near_miss(keys[0], start, end, 0.8, taken)
        return found

    def _ordinary(self, word: str) -> bool:
        """A word our texts use that no name has in any form ("draw", "placements"): a run of
        them is no name mistyped. Not a misspelling we list ("activty"), nor a word of a name
        or another form of one ("operator", "activation")."""
        plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
        token = word[:-1] if plural else word
        if token in self.typos or not (
            token in self.used or word in self.used or self._inflected(word)
        ):
            return False
        return word not in self.name_words and word[:5] not in self.name_stems

    def _inflected(self, word: str) -> bool:
        """ "seeing", "asked", "wanting": a word our texts use, with an ending ("seeing" is no
        "seeding" mistyped)."""
        for ending in ("ing", "ed", "es"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3:
                doubled = len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lse"
                if (
                    stem in self.used
                    or stem + "e" in self.used
                    or (
                        doubled and stem[:-1] in self.used  # "planned", "shopping"
                    )
                ):
                    return True
        return False

    def _another_word(self, text: str, key: str) -> bool:
        """Whether a word of `text` that is not the name's word (nor of its family: "operator",
        "operations") is a word our articles use themselves: then it was meant, not mistyped."""
        ours, theirs = text.split(), key.split()
        if len(ours) != len(theirs):
            return False
        return any(
            a != b
            and fuzz.ratio(a, b) < 85
            and len(os.path.commonprefix([a, b])) < 4
            and (
                # "store manager" is no "site manager": "store" is a word of our names itself
                (a in self.name_words and a not in self.typos)
                # a typo we list as a name ("brnad") is no word
                or (a in self.used and a not in self.name_words)
            )
            # a word of ours rightly spelt, however close: "seeing content" is no "seeding
            # content" mistyped
            or (a != b and self._ordinary(a))
            for a, b in zip(ours, theirs, strict=True)
        )

    def _latin_candidates(self, text: str) -> list[str]:
        """Names that could be `text` mistyped: same first or last letter, a length that can
        still reach a similarity of 80. Only those that can reach TYPO_RATIO are certain to be
        among them (a weaker best match is turned down anyway), which the pair index finds."""
        n = len(text)
        lengths = _typo_lengths(n)
        need = _pairs_needed(n)
        pairs = [text[i : i + 2] for i in range(n - 1)]
        index, pair_lengths = self.latin_by_pair, self.pair_lengths
        out: set[str] = set()
        for end in ("^" + text[0], "$" + text[-1]):
            sizes = self.end_lengths.get(end, [])
            lo = bisect.bisect_left(sizes, lengths.start)
            hi = bisect.bisect_left(sizes, lengths.stop, lo)
            if need <= 0 or hi - lo <= FEW_NAMES:
                out.update(self.latin_by_end[end][lo:hi] if hi > lo else ())
                continue
            # A name sharing `need` of the text's pairs has one among any len - need + 1 of
            # them: the rarest are looked up (pairs no name has first; they add nothing).
            present = [at for p in pairs if (at := (end, p)) in index]
            take = len(pairs) - need + 1 - (len(pairs) - len(present))
            if take <= 0:
                continue
            present.sort(key=self.pair_counts.__getitem__)
            for at in present[:take]:
                sizes = pair_lengths[at]
                lo = bisect.bisect_left(sizes, lengths.start)
                hi = bisect.bisect_left(sizes, lengths.stop, lo)
                out.update(index[at][lo:hi])
        return sorted(out)

    def _near_miss(self, key: str, start: int, end: int, score: float, taken: list[bool]):
        """Mentions for a name found with a typo at q[start:end], which is then taken."""
        for i in range(start, end):
            taken[i] = True
        return [
            Mention(eid, start, end, score, "task" if via == "task" else "fuzzy", orig)
            for eid, via, orig in self.exact[key]
        ]

    def _read_as_other(self, hits: list[tuple[int, int]], named: list[Mention], eid: str) -> bool:
        """Whether a word of a task phrase was read as another entry's name ("user operations"
        is no "app operations"; "the crisis side of PR" is crisis PR, the word PR being PR's)."""
        return any(
            m.start < b and a < m.end and self._owner(m.entry_id) != eid
            for a, b in hits
            for m in named
        )

    def _owner(self, eid: str) -> str:
        """The job an entry's name stands for (the word PR: the PR department), or itself."""
        entry = self.kb.entries.get(eid)
        return (entry.stands_for if entry and entry.stands_for else None) or eid

    def load_sounds(self) -> None:
        """The sounds of names as typed (and the characters' pinyin under them), made now: the
        first question with a homophone typo would otherwise wait for them."""
        if self.sounds:
            self._near_sounds_made()

    def _typed(self) -> dict[str, set[tuple[str, str]]]:
        if self._typed_sounds is None:
            typed: dict[str, set[tuple[str, str]]] = {}
            for keys in list(self.sounds.values()):
                for key in keys:
                    for spelt in typed_spellings(key):
                        if sound := self.kb.pinyin(spelt):
                            typed.setdefault(" ".join(sound), set()).add((spelt, key))
            self._typed_sounds = typed
        return self._typed_sounds

    def _homophones(self, q: str, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
        """Chinese names typed with one wrong character of the same sound (媒界岗, 张粉, 复够率)."""
        runs = [r for r in _typo_runs(q) if not all(taken[r.start() : r.end()])]
        if not runs or not self.sounds:
            return []
        found: list[Mention] = []
        for run in runs:
            syllables = self.kb.pinyin(run.group())
            if syllables is None:
                continue
            typed = self._typed()
            by_near, near_sizes = self._near_sounds_made()
            heard = [_near(syllable) for syllable in syllables]
            # (the sizes of names by their near sound hold those by their own: one look each)
            sizes = [near_sizes.get(syllable, ()) for syllable in heard]
            for size in range(min(8, len(syllables)), 1, -1):
                for i in range(len(syllables) - size + 1):
                    if size not in sizes[i]:
                        continue
                    s, e = run.start() + i, run.start() + i + size
                    if all(taken[s:e]):
                        continue
                    window = q[s:e]
                    sound = " ".join(syllables[i : i + size])
                    spellings = [(k, k) for k in self.sounds.get(sound, ())]
                    spellings += typed.get(sound, ())
                    if not spellings:
                        # (only where the sound itself names nothing: a name typed by a near
                        # sound, 留纯率, never beats one typed by its own)
                        near = by_near.get(" ".join(heard[i : i + size]), ())
                        spellings = [(k, k) for k in near]
                    for spelt, key in spellings:
                        differ = [
                            (j, b)
                            for j, (a, b) in enumerate(zip(spelt, window, strict=True))
                            if a != b
                        ]
                        if len(differ) != 1:
                            continue  # 0: an exact match would have found it; 2+: another word
                        if differ[0][1] in _FUNCTION_CHARS and s + differ[0][0] > 0:
                            # "优化是什么" is not 优化师: 是 is the sentence's own word (not
                            # when it opens the message: "與情點解" is 輿情 mistyped)
                            continue
                        if size == 2 and self._word_outside(q, s + differ[0][0], differ[0][0]):
                            # "新手發問" is no 首发 (shoufa) typed as 手发: 手 ends 新手, a word
                            # our texts use
                            continue
                        inside = [m for m in mentions + found if m.start >= s and m.end <= e]
                        if any(taken[s:e]) and not inside:
                            continue  # overlaps a name without containing it
                        for m in inside:
                            (mentions if m in mentions else found).remove(m)
                        found += self._near_miss(key, s, e, 0.9, taken)
                        break
        return found

    def _word_outside(self, q: str, at: int, j: int) -> bool:
        """Whether the character at `at`, the one that differs in a two-character window (`j`
        its place in it), makes a word of ours with its neighbour outside the window."""
        pair = q[at - 1 : at + 1] if j == 0 else q[at : at + 2]
        return len(pair) == 2 and _CJK.match(pair[0]) is not None and pair in self.vocab

    def _near_sounds_made(self) -> tuple[dict[str, set[str]], dict[str, set[int]]]:
        """Names by their near sound, and the sizes of names (by their own sound or as typed)
        by their first near syllable, which hold those by the syllable itself."""
        if self._near_sounds is None:
            by_near: dict[str, set[str]] = {}
            sizes: dict[str, set[int]] = {}
            for sound, keys in self.sounds.items():
                near = " ".join(_near(x) for x in sound.split(" "))
                by_near.setdefault(near, set()).update(keys)
                sizes.setdefault(near.split(" ")[0], set()).add(sound.count(" ") + 1)
            for sound in self._typed():  # (names as typed before folding: their sizes too)
                first = _near(sound.split(" ")[0])
                sizes.setdefault(first, set()).add(sound.count(" ") + 1)
            self._near_sounds, self._near_sizes = by_near, sizes
        return self._near_sounds, self._near_sizes

    def _fuzzy_cjk(self, q: str, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
        """Chinese names with one wrong, missing or extra character (新煤体运营, 品牌调行).

        Function words are masked first so that "是什么" can never be half of a match, and a
        longer name found this way replaces the shorter exact names inside it (运营 inside
        新媒体运营).
        """
        found: list[Mention] = []
        for run in _typo_runs(q):
            start, end = run.span()
            if all(taken[start:end]) or end - start < 4:
                continue
            text = _mask_stops(run.group())
            if not any(ch != "\u3000" and not taken[start + i] for i, ch in enumerate(text)):
                continue  # nothing left unexplained that a mistyped name could hide in
            hit = self._closest_cjk_name(text, [not t for t in taken[start:end]])
            if hit is None:
                continue
            key, similarity, at, until = hit
            s, e = start + at, start + until
            if all(taken[s:e]):
                continue
            if CITY.search(q, s, e):
                continue  # "高雄行銷" is a city's marketing, not 高阶营销 mistyped
            if len(key) <= 4 and (e - s != len(key) or Levenshtein.distance(key, q[s:e]) > 1):
                continue  # two characters wrong in a short name is another word: 产品经理, 品牌经理
            if e - s == len(key) and any(
                q[s + i] != key[i] and q[s + i] in _WORD_OF_ITS_OWN for i in range(len(key))
            ):
                continue  # "从销售转去市场部": 去 is a word of the sentence, not 销售转化 mistyped
            if e - s == len(key) + 1 and any(
                q[s + i] in _WORD_OF_ITS_OWN and q[s:e][:i] + q[s:e][i + 1 :] == key
                for i in range(1, e - s - 1)
            ):
                continue  # "去互联网做运营": 做 is a word of the sentence, not 互联网运营 mistyped
            if any(
                m.start < e and m.end > s and not (m.start >= s and m.end <= e) for m in mentions
            ):
                continue  # straddles a name already found: "大运营和小运营" is two names
            inside = [m for m in mentions if m.start >= s and m.end <= e]
            if len(key) == 4 and self._two_words(q[s:e], key, s, inside):
                continue  # "推广方向" is 推广 and 方向, not 推广方式 mistyped
            if any(m.end - m.start >= len(key) - 1 for m in inside):
                continue  # a name found exactly, plus the next word, is not a longer name
            if len({m.entry_id for m in inside}) >= 2:
                continue  # two names found exactly are two things: "品牌和公关" is not 品牌公关部
            for m in inside:
                mentions.remove(m)
            found += self._near_miss(key, s, e, 0.85 * similarity, taken)
        return found

    def _two_words(self, said: str, key: str, at: int, inside: list[Mention]) -> bool:
        """Whether four characters one character off a four-character name (`_fuzzy_cjk`
        lets no other through for such names) are two words: the half they share is a name
        found exactly, and the half that differs is a pair our texts use often ("推广方向" is
        推广 and 方向; "媒体策划" is still 媒介策划 mistyped)."""
        half = 0 if said[:2] != key[:2] else 2  # (the half that differs)
        kept = at + 2 - half
        return (
            any(m.start == kept and m.end == kept + 2 for m in inside)
            and said[half : half + 2] in self.common
        )

    def _closest_cjk_name(self, text: str, free: list[bool]) -> tuple[str, float, int, int] | None:
        """The name most like a stretch of `text`, one edit away, over at least one character
        not already explained: (name, similarity,
        start, end). Candidates come from the deletion index, so the cost follows the text,
        not the number of names."""
        if not self.cjk_sizes:
            return None
        n = len(text)
        # Stretches worth a look hold a character pair some name has, and a character that is
        # not explained yet; prefix counts make both checks constant-time.
        known = [0] * (n + 1)
        open_ = [0] * (n + 1)
        for i in range(n):
            known[i + 1] = known[i] + (text[i : i + 2] in self.cjk_pairs)
            open_[i + 1] = open_[i] + free[i]
        shortest, longest = self.cjk_sizes[0] - 1, self.cjk_sizes[-1] + 1
        best: tuple[float, int, str, int, int] | None = None
        for s in range(n):
            for length in range(shortest, longest + 1):
                e = s + length
                if e > n:
                    break
                window = text[s:e]
                if "\u3000" in window:
                    break
                if open_[e] == open_[s] or known[e - 1] == known[s]:
                    continue
                for variant in _deletions(window, 1):
                    for key in self.cjk_deletions.get(variant, ()):
                        size = len(key)
                        distance = Levenshtein.distance(key, window, score_cutoff=1)
                        if distance != 1:
                            continue
                        similarity = 1 - distance / max(size, length)
                        rank = (similarity, size, key, -s, e)
                        if similarity >= 0.74 and (best is None or rank > best):
                            best = rank
        if best is None:
            return None
        similarity, _, key, s, e = best
        return key, similarity, -s, e

    def _tasks(
        self, q: str, taken: list[bool], named: list[Mention], company: list[tuple[int, int]]
    ) -> list[Mention]:
        """Task phrases said in other words: most of their content words or character pairs.
        `company`: where a company is told as a brand of goods, no work ("at a big snack brand"
        does not say the brand manager's "snack and drinks brand")."""
        found: dict[str, Mention] = {}
        words = {
            stem(w): m.span()
            for m in _WORD.finditer(q)
            if (w := m.group()) not in EN_STOP
            and w not in _COUNTS
            and not any(a <= m.start() and m.end() <= b for a, b in company)
        }
        # Only phrases with two words or more in the question, half of theirs, are looked at.
        candidates = _shared(words, self.tasks_by_word, self.task_words, 0.5)
        for eid, task, orig in (self.task_words[i] for i in candidates):
            hits = [words[w] for w in task if w in words]
            read = sum(any(taken[a:b]) for a, b in hits)
            if read == len(hits) or (
                len(task) <= 2 and read * 2 >= len(hits) and self._read_as_other(hits, named, eid)
            ):
                # every word already part of a name ("product planning vs ..."), or half of a
                # two-word task, by another entry's name ("user operations at an app company" is
                # no "app operations"; "the crisis side of PR" is crisis PR)
                continue
            if len(task) >= 2 and len(hits) >= 2 and len(hits) / len(task) >= 0.5:
                score = 0.6 + 0.25 * len(hits) / len(task)
                start, end = min(h[0] for h in hits), max(h[1] for h in hits)
                if eid not in found or found[eid].score < score:
                    found[eid] = Mention(eid, start, end, score, "task", orig)
        grams = {}
        for run in _CJK_RUN.finditer(q):
            for i in range(run.start(), run.end() - 1):
                # Characters already read as a name are not also part of a task phrase
                # ("产品策划和传播策划" is two names, not the task 产品传播策略).
                if not (taken[i] and taken[i + 1]):
                    grams.setdefault(q[i : i + 2], i)
        candidates = _shared(grams, self.tasks_by_gram, self.task_bigrams, 0.6)
        for eid, task, orig in (self.task_bigrams[i] for i in candidates):
            hits = [grams[g] for g in task if g in grams]
            if len(hits) >= 2 and len(hits) / len(task) >= 0.6:
                score = 0.6 + 0.25 * len(hits) / len(task)
                start, end = min(hits), max(hits) + 2
                if eid not in found or found[eid].score < score:
                    found[eid] = Mention(eid, start, end, score, "task", orig)
        out = []
        for m in sorted(found.values(), key=lambda m: -m.score):  # the surest first
            if not all(taken[m.start : m.end]):
                out.append(m)
                for i in range(m.start, m.end):
                    taken[i] = True
        return out


# A field wished for after a verb of moving, or worked in: "想换个方向去做内容", "转做社群相关的工
# 作", "做咗幾年content", "should I switch from new media ops to community?".
_FIELD_WISHED = re.compile(
    r"(?:(?:转|换|跳)(?:个方向|个赛道|行)?(?:去|到|过去|成)?|想去)(?:做|搞|干)\s?(?P<field>内容|活动|用户|社群)"
    r"(?=相关|方面|方向|那块|这块|的|工作|\s|[，,。？?！!]|$|吗|嘛|可以|能|行|有没有)"
    # "做咗幾年content，想轉去做user ops", "返工做緊 event": the field one works in, in English
    r"|(?:做|干)(?:了|开|过)?(?:[几\d一二三四五六七八九十两]+年)?\s?(?P<field_done>content|event|community)"
    r"(?![a-z])(?!\s?(?:ops|operations?|marketing|manager|creator|策划|运营|营销))"
    r"|\b(?:switch|switching|move|moving|go|going|jump|jumping|pivot|pivoting)\b[^.?!]{0,40}?"
    r"\b(?:to|into) (?P<field_en>content|community|user|activity|event)"
    # (what follows starts another clause: match_form drops the punctuation)
    r"(?=\s*$|\s+(?:instead|how|what|is|would|could|can|should|any|anyone|then|or|and|possible"
    r"|realistic|doable|i|lol|pls|please)\b)"
)
# What a generic job word is of, said before it: "在官网商城做运营", "做社群的运营".
_APART = re.compile(r"(?:在|做|搞|负责)(?P<what>[\u4e00-\u9fff]{2,8}?)(?:做|搞|的|里的|这边的)\s*$")

# Characters that are the sentence's own words, never a mistyped character of a name.
_FUNCTION_CHARS = frozenset("是的了吗呢吧啊在有和与跟或也都就还")

# Sounds told apart in standard Mandarin that many speakers, and so their pinyin typing, merge:
# zh/z, ch/c, sh/s, n/l before a vowel, and -ng/-n after a vowel.
_RETROFLEX = re.compile(r"^([zcs])h")
_NASAL_END = re.compile(r"(?<=[aeio])ng$")


@functools.lru_cache(maxsize=2048)
def _near(syllable: str) -> str:
    """A syllable with the sounds people merge made one ("chun" and "cun", "ying" and "yin")."""
    syllable = _NASAL_END.sub("n", _RETROFLEX.sub(r"\1", syllable))
    return "n" + syllable[1:] if syllable.startswith("l") else syllable


# Typos are looked for in the first characters of a question's Chinese only: a question is
# short, and a pasted page of Chinese would otherwise cost in proportion to its length.
TYPO_SPAN = 64
_CJK_HEAD = re.compile(f"[\u3400-\u4dbf\u4e00-\u9fff]{{1,{TYPO_SPAN}}}")


def _typo_needed(key: str) -> int:
    """The ratio a typo of the name `key` must reach: TYPO_RATIO, more for a short name."""
    return 88 if len(key) <= 6 else TYPO_RATIO


def _letters(text: str) -> str:
    return text[0] + "".join(sorted(text))


def _swapped(text: str, same_letters: Iterable[str]) -> str | None:
    """The name `text` is with two neighbouring letters swapped (one Damerau edit, two plain
    ones), first letter kept, five letters or more: "brnad" for "brand". `same_letters`:
    the names with its first letter and letters (`Linker.by_letters`)."""
    if len(text) < 5:
        return None
    for key in same_letters:
        if OSA.distance(text, key) == 1 and Levenshtein.distance(text, key) == 2:
            return key
    return None


def _typo_runs(q: str) -> list[re.Match[str]]:
    """Runs of Chinese characters where a mistyped name may hide, within the first TYPO_SPAN."""
    return [m for m in _CJK_HEAD.finditer(q[: TYPO_SPAN * 2])]


# So few names of one end letter and a near length are compared all, without the pair index.
FEW_NAMES = 128
# Everyday English words a letter or two from a name of ours that our own texts never use, so
# nothing marks them as words: meant as said ("marking until 10pm" is no "marketing", "personal
# trainer" no "persona", "cooperation" no "operation").
_MEANT_AS_SAID = frozenset(
    {"band", "brandy", "captain", "camping", "cooperation", "marking", "personal", "prom"}
)
# Question words too short for `_respelt` (a slip in four letters is a quarter of the word),
# typed this way often enough to be read as meant: "wich one is better for an introvert".
_SHORT_SLIPS = {"wich": "which", "whcih": "which", "waht": "what", "wat": "what", "hwo": "how"}
# The lowest fuzz.ratio a typo is accepted at (`_fuzzy_latin` wants 84, or 88 for short names).
TYPO_RATIO = 84
# What a name typed with two neighbouring letters swapped scores (`_swapped`): as a close typo.
SWAPPED_SCORE = 90


@functools.lru_cache(maxsize=4096)
def _shared_pairs(n: int, m: int) -> int:
    """Letter pairs (counted with repeats) that strings of lengths n and m scoring at least
    TYPO_RATIO must share. The ratio allows d = n + m - 2 * LCS edits up to
    (1 - TYPO_RATIO / 100) * (n + m); the LCS runs unbroken in both strings over all but at
    most d of its LCS - 1 neighbouring pairs, and each such pair is a shared letter pair."""
    edits = math.floor((100 - TYPO_RATIO) / 100 * (n + m) + 1e-6)
    return max(0, math.ceil((n + m - edits) / 2 - 1 - edits))


@functools.lru_cache(maxsize=256)
def _typo_lengths(n: int) -> range:
    """Lengths of the names a typo of n letters is compared with: those it can reach
    TYPO_RATIO with. The ratio is 100 * (1 - d / (n + m)) with d at least |n - m| edits, so a
    name further in length is turned down whatever its letters (and a weaker best match among
    the rest is turned down the same way)."""
    slack = (100 - TYPO_RATIO) / 100
    fits = [m for m in range(1, 2 * n + 2) if abs(n - m) <= slack * (n + m) + 1e-9]
    return range(max(4, fits[0]), fits[-1] + 1)


@functools.lru_cache(maxsize=256)
def _pairs_needed(n: int) -> int:
    """Letter pairs a text of n letters shares with any name it may be a typo of."""
    return min(_shared_pairs(n, m) for m in _typo_lengths(n))


_WORD_ENDS = frozenset({"岗位", "部门", "职位", "团队", "专员"})
# A word, then "and/vs/or" (和/与/跟/还是…), right before a name: `_shared_heads`.
_LATIN_JOIN = re.compile(r"(?:^|\s)(?P<word>[a-z]{3,20})\s+(?:and|or|vs\.?|versus|&|/)\s+$")
_JOIN_REACH = 34  # a space, 20 letters, " versus "
_CJK_JOIN = re.compile(r"(?P<word>[\u4e00-\u9fff]{2,4}?)(?:和|与|跟|同|及|或|还是|、|/|vs|\s)\s*$")
_CJK_JOIN_REACH = 8  # four characters, 还是, a space
# Further back in a list, commas and 、 were folded into spaces: "content, user and activity
# ops", "內容、用戶、活動營運".
_LATIN_LIST = re.compile(r"(?:^|\s)(?P<word>[a-z]{3,20})\s+(?:(?:and|or|&|/)\s+)?$")
_COUNTED = re.compile(
    r"(?P<word>(?:(?![和与跟同及或还])[\u4e00-\u9fff]){2,4}?)(两|三|四|五|几)(种|个|类|大|块)\s*$"
)
_CJK_LIST = re.compile(r"(?P<word>[\u4e00-\u9fff]{2,4}?)(?:和|与|跟|同|及|或|、|/|\s)\s*$")


def _same_words(text: str, key: str) -> bool:
    """A typo changes letters, not whole words: each word is close to the name's word."""
    ours, theirs = text.split(), key.split()
    if len(ours) != len(theirs):
        # Words run together ("mediabuyr", "feedads optimiser") keep both ends of the name;
        # a word of it left out ("brand assistant" for "brand PR assistant") is another name.
        return (
            len(ours) < len(theirs)
            and text[0] == key[0]
            and text[-1] == key[-1]
            and not set(ours) <= set(theirs)
        )
    return all(fuzz.ratio(a, b) >= 60 for a, b in zip(ours, theirs, strict=True))


def _shared(keys, index: dict[str, list[int]], phrases: list, share: float) -> list[int]:
    """Task phrases (by position) with at least two of their words or pairs among `keys`, and
    at least `share` of them: counted through the index, so only those are looked at."""
    # Counted in C (a big knowledge base has thousands of phrases per common word).
    counts = Counter(itertools.chain.from_iterable(index.get(key, ()) for key in keys))
    return sorted(i for i, c in counts.items() if c >= 2 and c / len(phrases[i][1]) >= share)


def _deletions(text: str, depth: int) -> set[str]:
    """`text` and every string left by taking out up to `depth` of its characters."""
    out = {text}
    layer = {text}
    for _ in range(depth):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
        out |= layer
    return out


def _bigrams(text: str) -> list[str]:
    out = []
    for run in _CJK_RUN.findall(text):
        out += [run[i : i + 2] for i in range(len(run) - 1)]
    return out


_SCRIPT_EDGE = re.compile(r"(?<=[a-z0-9])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[a-z0-9])")
_Y_END = re.compile("[b-df-hj-np-tv-z]y$")


def _plural_end(q: str, end: int) -> int:
    if end >= 2 and q[end - 2] == " ":
        return end  # a name ending in a letter alone ("company a") takes no plural: "company as"
    if q[end : end + 2] == "es" and (end + 2 == len(q) or not _LATIN.match(q[end + 2])):
        return end + 2
    if q[end : end + 1] == "s" and (end + 1 == len(q) or not _LATIN.match(q[end + 1])):
        return end + 1
    return end


_STOPS_SOME = re.compile(
    "|".join(re.escape(w) for w in ZH_STOP_BY_LENGTH if len(w) >= 2 or w in "的吗呢是了吧啊")
)
_STOPS_EVERY = re.compile("|".join(re.escape(w) for w in ZH_STOP_BY_LENGTH))


def _mask_stops(text: str, every: bool = False) -> str:
    """Function words blanked out; `every` includes all one-character ones (for coverage)."""
    pattern = _STOPS_EVERY if every else _STOPS_SOME
    return pattern.sub(lambda m: "\u3000" * len(m.group()), text)
