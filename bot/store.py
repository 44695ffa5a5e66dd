"""User state: settings, the question log, subscriptions, deliveries, quiz progress.

It lives in its own SQLite file (state.db) beside the knowledge database and is never rebuilt:
losing it would lose people's choices. WAL mode lets `careerbot tips send` run beside the bot.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 1


@dataclass
class User:
    user_id: int
    chat_id: int
    lang: str | None  # pinned reply language, or None for "automatic"
    language_code: str | None
    last_lang: str | None = None  # the language of their last question, for button replies


class StateStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        conn.execute("pragma journal_mode=wal")
        conn.execute("pragma busy_timeout=30000")
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            self.db["users"].create(
                {"user_id": int, "chat_id": int, "lang": str, "language_code": str,
                 "last_lang": str, "first_seen": float, "last_seen": float},
                pk="user_id", if_not_exists=True,
            )
            self.db["questions"].create(
                {"id": int, "ts": float, "user_id": int, "chat_id": int, "lang": str, "kind": str,
                 "topic": str, "confidence": float, "question": str},
                pk="id", if_not_exists=True,
            )
            self.db["subscriptions"].create(
                {"user_id": int, "chat_id": int, "hour": int, "minute": int, "tz": str,
                 "active": int, "created": float, "tips_sent": int},
                pk="user_id", if_not_exists=True,
            )
            # One row per subscriber per local date: the primary key is what makes a second send
            # of the same day impossible, whoever tries it.
            self.db["deliveries"].create(
                {"user_id": int, "day": str, "tip_id": str, "status": str, "claimed": float,
                 "sent": float, "attempts": int},
                pk=("user_id", "day"), if_not_exists=True,
            )
            self.db["quiz"].create(
                {"user_id": int, "state": str, "updated": float},
                pk="user_id", if_not_exists=True,
            )
            self.db["quiz_results"].create(
                {"user_id": int, "result": str, "finished": float},
                pk="user_id", if_not_exists=True,
            )
            self.db["challenges"].create(
                {"poll_id": str, "user_id": int, "chat_id": int, "round": str, "index": int,
                 "correct": int, "answered": int},
                pk="poll_id", if_not_exists=True,
            )

    def close(self) -> None:
        self.db.conn.close()

    # -- users -----------------------------------------------------------------------------

    def touch_user(self, user_id: int, chat_id: int, language_code: str | None) -> User:
        now = time.time()
        with self._lock:
            row = self._user_row(user_id)
            if row is None:
                self.db["users"].insert(
                    {"user_id": user_id, "chat_id": chat_id, "lang": None,
                     "language_code": language_code, "first_seen": now, "last_seen": now},
                    pk="user_id", ignore=True,
                )
                return User(user_id, chat_id, None, language_code)
            self.db["users"].update(
                user_id, {"chat_id": chat_id, "language_code": language_code, "last_seen": now}
            )
            return User(user_id, chat_id, row["lang"], language_code, row["last_lang"])

    def _user_row(self, user_id: int) -> dict | None:
        rows = list(self.db.query("select * from users where user_id = ?", [user_id]))
        return rows[0] if rows else None

    def get_user(self, user_id: int) -> User | None:
        with self._lock:
            row = self._user_row(user_id)
        if row is None:
            return None
        return User(row["user_id"], row["chat_id"], row["lang"], row["language_code"],
                    row["last_lang"])

    def set_lang(self, user_id: int, chat_id: int, lang: str | None) -> None:
        """Pin the reply language (None: follow each message)."""
        with self._lock:
            row = self._user_row(user_id)
            self.touch_user(user_id, chat_id, row["language_code"] if row else None)
            self.db["users"].update(user_id, {"lang": lang})

    def set_last_lang(self, user_id: int, lang: str) -> None:
        with self._lock:
            self.db["users"].update(user_id, {"last_lang": lang})

    # -- the question log ------------------------------------------------------------------

    def log_question(self, user_id: int, chat_id: int, question: str, lang: str, kind: str,
                     topic: str | None, confidence: float) -> None:
        with self._lock:
            self.db["questions"].insert(
                {"ts": time.time(), "user_id": user_id, "chat_id": chat_id, "lang": lang,
                 "kind": kind, "topic": topic, "confidence": confidence,
                 "question": question[:1000]}
            )

    def unanswered(self, limit: int = 50) -> list[dict]:
        """What curators should look at: questions that got no confident answer."""
        with self._lock:
            return list(self.db.query(
                "select ts, lang, question, confidence from questions where kind = 'unknown' "
                "order by ts desc limit ?", [limit]))
