"""The question log: what was asked, in which language, and how sure the answer was."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from .tables import Tables


class QuestionLog(Tables):
    """Written in batches off the event loop (bot/writes.py); read by /stats and /unanswered."""

    def log_question(
        self,
        user_id: int,
        chat_id: int,
        question: str,
        lang: str,
        kind: str,
        topic: str | None,
        confidence: float,
        language_code: str | None = None,
    ) -> None:
        """Log a question, note the user as seen and remember the question's language for
        their next button press: one transaction, one write to the WAL."""
        now = time.time()
        with self.db.transaction():
            self.db.execute(
                "insert into questions (ts, user_id, chat_id, lang, kind, topic, confidence, "
                "question) values (?, ?, ?, ?, ?, ?, ?, ?)",
                # PostgreSQL's text cannot hold NUL; nobody reads one anyway
                [now, user_id, chat_id, lang, kind, topic, confidence,
                 question.replace("\x00", "")[:1000]],
            )
            if user_id:
                self.db.execute(
                    "insert into users (user_id, chat_id, language_code, last_lang, first_seen, "
                    "last_seen) values (?, ?, ?, ?, ?, ?) on conflict(user_id) do update set "
                    "chat_id = excluded.chat_id, language_code = excluded.language_code, "
                    "last_lang = excluded.last_lang, last_seen = excluded.last_seen",
                    [user_id, chat_id, language_code, lang, now, now],
                )

    def log_questions(self, entries: Iterable[Iterable[Any]]) -> None:
        """Several `log_question` argument lists in one transaction (bot/writes.py's batches:
        one write to the WAL for all); all or nothing."""
        with self.db.transaction():
            for entry in entries:
                self.log_question(*entry)

    def question_summary(self, since: float) -> tuple[int, int, int, list[tuple[str, int]]]:
        """Questions since a time: how many, how many unanswered, from how many people, and
        how many in each language."""
        with self._lock:
            total, unknown, users = self.db.execute(
                "select count(*), coalesce(sum(case when kind = 'unknown' then 1 else 0 end), 0), "
                "count(distinct user_id) from questions where ts >= ?",
                [since],
            ).fetchone()
            langs = self.db.execute(
                "select lang, count(*) from questions where ts >= ? group by lang order by 2 desc",
                [since],
            ).fetchall()
        return total, unknown, users, langs

    def unanswered(self, limit: int = 50) -> list[dict]:
        """What curators should look at: questions that got no confident answer."""
        with self._lock:
            return list(
                self.db.query(
                    "select ts, lang, question, confidence from questions where kind = 'unknown' "
                    "order by ts desc limit ?",
                    [limit],
                )
            )
