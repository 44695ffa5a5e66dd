"""Users: who they are, their pinned language and the language of their last question."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .tables import Tables

USERS = (
    "create table if not exists users (user_id bigint primary key, chat_id bigint, lang text, "
    "language_code text, last_lang text, first_seen double precision, "
    "last_seen double precision)"
)


@dataclass
class User:
    user_id: int
    chat_id: int
    lang: str | None  # pinned reply language, or None for "automatic"
    language_code: str | None
    last_lang: str | None = None  # the language of their last question, for button replies


class UserTables(Tables):
    """Every question passes through these: plain SQL, not sqlite-utils' table helpers,
    which read the table's schema on each call."""

    def touch_user(self, user_id: int, chat_id: int, language_code: str | None) -> User:
        now = time.time()
        with self._lock:
            self.db.execute(
                "insert into users (user_id, chat_id, language_code, first_seen, last_seen) "
                "values (?, ?, ?, ?, ?) on conflict(user_id) do update set "
                "chat_id = excluded.chat_id, language_code = excluded.language_code, "
                "last_seen = excluded.last_seen",
                [user_id, chat_id, language_code, now, now],
            )
            return self._user(user_id)  # type: ignore[return-value]

    def _user(self, user_id: int) -> User | None:
        row = self.db.execute(
            "select user_id, chat_id, lang, language_code, last_lang from users where user_id = ?",
            [user_id],
        ).fetchone()
        return User(*row) if row else None

    def get_user(self, user_id: int) -> User | None:
        with self._lock:
            return self._user(user_id)

    def set_lang(self, user_id: int, chat_id: int, lang: str | None) -> None:
        """Pin the reply language (None: follow each message)."""
        with self._lock:
            user = self._user(user_id)
            self.touch_user(user_id, chat_id, user.language_code if user else None)
            self.db.execute("update users set lang = ? where user_id = ?", [lang, user_id])

    def set_last_lang(self, user_id: int, lang: str) -> None:
        with self._lock:
            self.db.execute("update users set last_lang = ? where user_id = ?", [lang, user_id])
