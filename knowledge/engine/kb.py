"""The compiled knowledge base, held in memory for answering, with SQLite FTS for the fallback."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..text.grams import shape_features, spelt_features
from ..text.langs import Lang, is_zh, to_script
from ..text.stopwords import EN_STOP, ZH_STOP
from ..text.tokens import search_tokens
from .entries import Entry, entry_from_data
from .fulltext import FullText
from .understand.kinds import LearntWeights

# Full-text search ignores the words every question has.
STOP_TOKENS = EN_STOP | {w for w in ZH_STOP if len(w) == 2}


@dataclass(frozen=True)
class AliasRow:
    key: str
    entry_id: str
    text: str  # as the curator wrote it, for showing back
    via: str  # "alias" or "task"
    shared: bool
    pinyin: str = ""  # toneless pinyin of a Chinese name, for typos that sound right


class KnowledgeBase:
    def __init__(self, db_path: Path):
        self.db_path = db_path
        # Read-only, shared by the bot's threads; sqlite3 serialises access with the lock.
        self._conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.entries: dict[str, Entry] = {}
        for eid, data in self._conn.execute("select id, data from entries"):
            self.entries[eid] = entry_from_data(json.loads(data))
        # The words questions are judged by (knowledge/compiler/words.py says which).
        self.words: dict[str, set[str]] = {
            name: set(words.split())
            for name, words in self._conn.execute("select name, words from word_sets")
        }
        self.aliases = [
            AliasRow(key, eid, text, via, bool(shared), pinyin or "")
            for key, eid, text, via, shared, pinyin in self._conn.execute(
                "select key, entry_id, text, via, shared, pinyin from aliases"
            )
        ]
        self.articles = {
            f: {"en": en, "zh": zh}
            for f, en, zh in self._conn.execute("select file, en, zh from articles")
        }
        self._sounds: dict[str, str] | None = None
        self._kinds: LearntWeights | None = None
        self._jobs: LearntWeights | None = None
        self._aspects: LearntWeights | None = None
        self._topics: LearntWeights | None = None
        self._fulltext: FullText | None = None
        self.tips = sorted(eid for eid, e in self.entries.items() if e.kind == "tip")
        self.index = Indexes(self.entries)
        self.transitions = self.index.transitions
        self.comparisons = self.index.comparisons

    def moves_into(self, job: str) -> list[str]:
        """Curated moves (advice, not stories) that end at a job."""
        return self.index.into.get(job, [])

    def moves_out_of(self, job: str) -> list[str]:
        return self.index.out_of.get(job, [])

    def pinyin(self, text: str) -> list[str] | None:
        """Toneless pinyin of each character, or None if one has none (read from the database
        on first use: only questions with unexplained Chinese need it; read once, even when
        several questions arrive together)."""
        if self._sounds is None:
            with self._lock:
                if self._sounds is None:
                    self._sounds = dict(self._conn.execute("select char, sound from pinyin"))
        out = [self._sounds.get(ch, "") for ch in text]
        return out if all(out) else None

    def kind_weights(self) -> LearntWeights:
        """The learnt question kinds (knowledge/compiler/kinds.py)."""
        return self._learnt_once("_kinds", "kind_weights")

    def job_weights(self) -> LearntWeights:
        """The jobs learnt from job ads, who-questions and self-descriptions."""
        return self._learnt_once("_jobs", "job_weights", spelt_features)

    def aspect_weights(self) -> LearntWeights:
        """The aspects learnt from labelled questions about a job or two."""
        return self._learnt_once("_aspects", "aspect_weights")

    def topic_weights(self) -> LearntWeights:
        """The ideas and kinds of company learnt from labelled questions asking about one."""
        return self._learnt_once("_topics", "topic_weights")

    def _learnt_once(
        self, attr: str, table: str, features: Callable[[str], frozenset[str]] = shape_features
    ) -> LearntWeights:
        """Read on first use: once, even when several questions arrive together (kept in
        `attr`, which benchmarks and tests replace with weights of their own)."""
        if getattr(self, attr) is None:
            with self._lock:
                if getattr(self, attr) is None:
                    setattr(self, attr, self._learnt(table, features))
        return getattr(self, attr)

    def _learnt(
        self, table: str, features: Callable[[str], frozenset[str]] = shape_features
    ) -> LearntWeights:
        rows = self._conn.execute(f"select label, weights from {table}").fetchall()
        return LearntWeights({label: json.loads(weights) for label, weights in rows}, features)

    def close(self) -> None:
        self._conn.close()

    # -- reading entries in a language -------------------------------------------------------

    def get(self, eid: str) -> Entry | None:
        return self.entries.get(eid)

    def text(self, eid: str, field: str, lang: Lang) -> str:
        entry = self.entries.get(eid)
        return getattr(entry, field).get(lang) if entry else ""

    def items(self, eid: str, field: str, lang: Lang) -> list[str]:
        entry = self.entries.get(eid)
        return getattr(entry, field).get(lang) if entry else []

    def name(self, eid: str, lang: Lang) -> str:
        entry = self.entries.get(eid)
        if entry is None:
            return ""
        return (entry.summary if entry.kind == "tip" else entry.name).get(lang)

    def article_title(self, file: str, lang: Lang) -> str:
        titles = self.articles.get(file) or {}
        return to_script(titles.get("zh" if is_zh(lang) else "en", file), lang)

    def of_kind(self, *kinds: str) -> list[str]:
        return [eid for eid, e in self.entries.items() if e.kind in kinds]

    # -- full-text search ----------------------------------------------------------------------

    def search(
        self, text: str, limit: int = 5, kinds: tuple[str, ...] = ()
    ) -> list[tuple[str, float]]:
        """Entries whose text shares words with the question, best first (FTS5 bm25)."""
        tokens = sorted(set(search_tokens(text, STOP_TOKENS)))[:40]
        if not tokens:
            return []
        fetch = limit * (20 if kinds else 4)
        if FullText.handles(tokens):
            rows = self.fulltext().rank(tokens, fetch)
        else:
            rows = self._fts(tokens, fetch)
        out = [
            (eid, -score)
            for eid, kind, score in rows
            if kind not in ("tip", "quiz") and (not kinds or kind in kinds)
        ]
        return out[:limit]

    def words_of(self, eid: str) -> frozenset[str]:
        """The words of an entry's own text that few others use: words it explains when it
        answers."""
        return self.fulltext().own_words(eid)

    def fulltext(self) -> FullText:
        """The search tokens' postings, read on the first search (once, even when several
        questions arrive together)."""
        if self._fulltext is None:
            with self._lock:
                if self._fulltext is None:
                    rows = self._conn.execute(
                        "select rowid, id, kind, body from entries order by rowid"
                    ).fetchall()
                    self._fulltext = FullText(rows)
        return self._fulltext

    def _fts(self, tokens: list[str], fetch: int) -> list[tuple[str, str, float]]:
        """SQLite's own ranking, for words its tokenizer may split otherwise than ours."""
        match = " OR ".join('"' + t.replace('"', "") + '"' for t in tokens)
        sql = (
            "select entries.id, entries.kind, bm25(entries_fts) as score from entries_fts "
            "join entries on entries.rowid = entries_fts.rowid "
            "where entries_fts match ? order by score limit ?"
        )
        with self._lock:
            try:
                return self._conn.execute(sql, (match, fetch)).fetchall()
            except sqlite3.OperationalError:
                return []


class Indexes:
    """Views of the entries that answering needs often, computed once per knowledge base."""

    def __init__(self, entries: dict[str, Entry]):
        by_pair: dict[tuple[str | None, str | None], list[Entry]] = {}
        for e in entries.values():
            if e.kind == "transition":
                by_pair.setdefault((e.from_id, e.to_id), []).append(e)
        # Advice before stories: a move someone made mentions both jobs but is no route.
        self.transitions = {
            pair: [e.id for e in sorted(found, key=lambda e: (e.story, e.id))]
            for pair, found in by_pair.items()
        }
        advice = [e for e in entries.values() if e.kind == "transition" and not e.story]
        self.into: dict[str, list[str]] = {}
        self.out_of: dict[str, list[str]] = {}
        for e in advice:
            self.into.setdefault(e.to_id or "", []).append(e.id)
            self.out_of.setdefault(e.from_id or "", []).append(e.id)
        self.comparisons = {frozenset(e.compares): e.id for e in entries.values() if e.compares}
        self.aspect_entries = {e.answers_aspect: e.id for e in entries.values() if e.answers_aspect}
        # the entries that name an aspect asked ("工资" names pay), not a subject
        self.aspect_ids = frozenset(self.aspect_entries.values())
        # Departments that every kind of company has: asked about with a company, the company's
        # own arrangement answers better than the generic entry.
        in_orgs: dict[str, int] = {}
        for e in entries.values():
            if e.kind == "org":
                for r in e.related:
                    in_orgs[r] = in_orgs.get(r, 0) + 1
        self.generic_jobs = {eid for eid, n in in_orgs.items() if n >= 3}
