"""The indexes that find candidates find what a scan of everything finds, and lazily loaded
tables are loaded once, even when several questions arrive together (issue 8, Speed)."""

from __future__ import annotations

import random
import threading
import time

from rapidfuzz import fuzz

from knowledge.engine import Engine
from knowledge.engine import kb as kb_module
from knowledge.engine.careers import jd as jd_module
from knowledge.engine.careers import selfdesc
from knowledge.engine.careers.skills import SkillBook
from knowledge.engine.fulltext import FullText
from knowledge.engine.kb import STOP_TOKENS, KnowledgeBase
from knowledge.engine.linker import TYPO_RATIO, match_form
from knowledge.text.tokens import search_tokens
from tests.eval.evaluate import BLIND, HOLDOUT, QUESTIONS, load_questions


def _typos(name: str, rng: random.Random) -> list[str]:
    """A letter dropped, changed, added and two swapped, somewhere in the name."""
    out = []
    for op in range(4):
        chars, i = list(name), rng.randrange(len(name))
        if op == 0:
            del chars[i]
        elif op == 1:
            chars[i] = rng.choice("abcdefghijklmnopqrstuvwxyz")
        elif op == 2:
            chars.insert(i, rng.choice("aeiou"))
        elif i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        out.append("".join(chars).strip())
    return [t for t in out if len(t) >= 4]


def test_the_typo_index_finds_every_name_a_scan_would_accept(engine):
    """Every name of the same first or last letter and a near length that a typo could be
    taken for (ratio at least TYPO_RATIO) is a candidate, and nothing outside those."""
    linker = engine.linker
    rng = random.Random(8)
    words = [w for q in load_questions(QUESTIONS) for w in q["q"].lower().split()]
    texts = [t for key in linker.latin_keys for t in _typos(key, rng)]
    texts += [w for w in words if len(w) >= 4 and w.isalpha()]
    assert len(texts) > 1000
    for text in texts:
        n = len(text)
        scan = {
            k
            for k in linker.latin_keys
            if (k[0] == text[0] or k[-1] == text[-1]) and max(4, (2 * n + 2) // 3) <= len(k)
            if len(k) < n * 3 // 2 + 2
        }
        found = set(linker._latin_candidates(text))
        assert found <= scan, text
        assert {k for k in scan if fuzz.ratio(text, k) >= TYPO_RATIO} <= found, text


def test_names_are_found_where_a_scan_of_every_name_finds_them(engine):
    """Every name at every place in a question, but those starting inside a word (which
    link_full turns down), found by the prefix look-ups."""
    linker = engine.linker
    latin = set("abcdefghijklmnopqrstuvwxyz0123456789")
    for question in _questions()[::3]:
        q = linker.unglue(match_form(question))
        want = set()
        for key in linker.exact:
            at = q.find(key)
            while at >= 0:
                if not (at and q[at] in latin and q[at - 1] in latin):
                    want.add((key, at))
                at = q.find(key, at + 1)
        assert set(linker._occurrences(q)) == want, question


def _questions() -> list[str]:
    qs = [q["q"] for path in (QUESTIONS, HOLDOUT, BLIND) for q in load_questions(path)]
    return qs + ["营销 运营 品牌 公关 推广 media buyer brand " * 20, "zzz qqq", "运营"]


def test_full_text_ranks_as_sqlite_fts5_does(kb_dir):
    """The same rows, in the same order, with bm25 figures equal to the last bit."""
    kb = KnowledgeBase(kb_dir / "knowledge.db")
    checked = 0
    for q in _questions():
        tokens = sorted(set(search_tokens(q, STOP_TOKENS)))[:40]
        if not tokens or not FullText.handles(tokens):
            continue
        for fetch in (12, 80, 400):
            assert kb.fulltext().rank(tokens, fetch) == kb._fts(tokens, fetch), q
        checked += 1
    assert checked > 500
    kb.close()


def test_words_sqlite_may_split_otherwise_are_ranked_by_sqlite(kb_dir):
    kb = KnowledgeBase(kb_dir / "knowledge.db")
    assert FullText.handles(["运营", "kol", "2024"])
    assert not FullText.handles(["运\u9fff"])  # past the ideographs SQLite's tables know
    tokens = sorted(set(search_tokens("运\u9fff营 运营", STOP_TOKENS)))
    by_sqlite = [
        (eid, -score) for eid, kind, score in kb._fts(tokens, 20) if kind not in ("tip", "quiz")
    ]
    assert kb.search("运\u9fff营 运营") == by_sqlite[:5]
    kb.close()


SLOW = 0.05  # each lazy load is slowed down, so that questions arriving together overlap it


class _CountingConnection:
    """The knowledge base's connection, counting (and slowing) the reads of lazy tables."""

    def __init__(self, conn, counts: dict[str, int]):
        self.conn, self.counts = conn, counts

    def execute(self, sql: str, *args):
        if "from pinyin" in sql:
            self.counts["pinyin"] = self.counts.get("pinyin", 0) + 1
            time.sleep(SLOW)
        return self.conn.execute(sql, *args)

    def close(self) -> None:
        self.conn.close()


def _counted(counts: dict[str, int], name: str, make):
    def made(*args, **kwargs):
        counts[name] = counts.get(name, 0) + 1
        time.sleep(SLOW)
        return make(*args, **kwargs)

    return made


def _counted_fulltext(counts: dict[str, int]) -> type[FullText]:
    class Counted(FullText):
        def __init__(self, rows):
            counts["fulltext"] = counts.get("fulltext", 0) + 1
            time.sleep(SLOW)
            super().__init__(rows)

    return Counted


LAZY_QUESTIONS = [
    "媒界岗是什么",  # a typo that sounds right: the pinyin table
    "who negociates prices with media suppliers",  # no name: full-text search
    "the posting says 'manage Baidu SEM accounts and on-site SEO' - what job is this",  # ad
    "I like writing and talking to people, what fits me?",  # the quiz and its describer
    "can promotion move into operations",  # the skill book
]


def test_lazy_tables_are_loaded_once_when_questions_arrive_together(kb_dir, monkeypatch):
    fresh = Engine(KnowledgeBase(kb_dir / "knowledge.db"))
    expected = [fresh.answer(q).text for q in LAZY_QUESTIONS]
    counts: dict[str, int] = {}
    monkeypatch.setattr(kb_module, "FullText", _counted_fulltext(counts))
    monkeypatch.setattr(SkillBook, "open", _counted(counts, "book", SkillBook.open))
    monkeypatch.setattr(jd_module, "JDReader", _counted(counts, "jd", jd_module.JDReader))
    describer = selfdesc.SelfDescriber
    monkeypatch.setattr(selfdesc, "SelfDescriber", _counted(counts, "describer", describer))
    kb = KnowledgeBase(kb_dir / "knowledge.db")
    kb._conn = _CountingConnection(kb._conn, counts)
    engine = Engine(kb)

    start = threading.Barrier(4 * len(LAZY_QUESTIONS))
    answers: dict[int, str] = {}
    errors: list[BaseException] = []

    def ask(i: int) -> None:
        start.wait()
        try:
            answers[i] = engine.answer(LAZY_QUESTIONS[i % len(LAZY_QUESTIONS)]).text
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(start.parties)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert counts == {"pinyin": 1, "fulltext": 1, "book": 1, "jd": 1, "describer": 1}
    for i, text in answers.items():
        assert text == expected[i % len(LAZY_QUESTIONS)]


def test_equal_scores_come_in_rowid_order():
    """As FTS5 returns them."""
    rows = [(i + 1, f"e{i}", "term", "kol kol 运营") for i in range(3)]
    ranked = FullText(rows).rank(["kol"], 10)
    assert [eid for eid, _, _ in ranked] == ["e0", "e1", "e2"]
