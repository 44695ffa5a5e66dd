"""User state: settings, the question log, subscriptions, deliveries, quiz progress.

It lives in its own SQLite file (state.db) beside the knowledge database, or in PostgreSQL
(`CAREERBOT_STATE_URL=postgresql://...`) when several copies of the bot share it, and is never
rebuilt: losing it would lose people's choices. WAL mode lets `careerbot tips send` run beside
the bot on SQLite. The SQL is written once, for both (bot/store/db.py runs it).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from .conversations import CONVERSATIONS, ConversationTables
from .copies import COPIES, QUIET, CopyTables
from .db import connect, is_url
from .migrations import Migration, migrate
from .questions import QuestionLog
from .quiz import QuizTables
from .slots import SEND_SLOTS, SendSlots
from .tips import TipTables
from .users import USERS, User, UserTables

log = logging.getLogger("careerbot.state")

__all__ = ["CORE_MIGRATIONS", "StateStore", "User"]

CORE_MIGRATIONS = [Migration("core", 1, USERS), Migration("core", 2, CONVERSATIONS),
                   Migration("core", 3, COPIES), Migration("core", 4, QUIET),
                   Migration("core", 5, SEND_SLOTS)]


class StateStore(UserTables, ConversationTables, CopyTables, QuestionLog, SendSlots, TipTables,
                 QuizTables):
    """One connection and the methods of every concern, each group in its own module."""

    def __init__(self, location: str | Path, migrations: list[Migration],
                 busy_timeout: float = 30.0):
        """Open (and bring up to date) the store with the features' `migrations`
        (bot.storage.open_store passes every installed feature's). `location`: a SQLite
        file's path, or a postgresql:// URL. `busy_timeout`: how long a write waits for
        another process's lock on SQLite. The bot passes a short one (its calls run on the
        event loop: a long wait would stop all polling)."""
        self.location = location if is_url(location) else Path(location)
        self.db = connect(self.location, busy_timeout=busy_timeout)
        self._lock = self.db.lock
        self._migrations = list(migrations)
        self.behind = False  # True: a newer version's migrations could not be applied yet
        try:
            self._migrate(migrations)
        except sqlite3.OperationalError as exc:
            if not self._can_run_behind(exc):
                self.db.close()
                raise
        except BaseException:
            self.db.close()
            raise

    def _can_run_behind(self, exc: sqlite3.OperationalError) -> bool:
        """A state.db that is read-only or locked by another process when this version's new
        migrations need writing: run on the tables it has (the features whose tables are
        missing say their store is unavailable, as for any write that fails) rather than not
        start at all. Only a SQLite file that already holds the core tables."""
        if self.path is None or not ("readonly" in str(exc) or "locked" in str(exc)):
            return False
        try:
            done = self.db.execute("select 1 from _migrations where feature = 'core' "
                                   "and number = 1").fetchone()
        except sqlite3.Error:
            return False
        if not done:
            return False
        log.warning("%s could not be brought up to date (%s): running on the tables it has "
                    "until it can be written", self.path, exc)
        self.behind = True
        return True

    @property
    def path(self) -> Path | None:
        """The SQLite file (None on PostgreSQL)."""
        return None if isinstance(self.location, str) else self.location

    @property
    def shares_conversations(self) -> bool:
        """Whether chats' memories are kept here (bot/memory.py StoredChatMemory): on
        PostgreSQL, where several copies of the bot may answer one chat in turn."""
        return self.dialect == "postgresql"

    def reopened(self, busy_timeout: float = 30.0) -> StateStore:
        """Another connection to the same database with the same tables (the tips job's own,
        used from worker threads, which may wait long for a lock)."""
        return StateStore(self.location, self._migrations, busy_timeout=busy_timeout)

    def _migrate(self, migrations: list[Migration]) -> None:
        with self._lock:
            migrate(self.db, [*CORE_MIGRATIONS, *migrations])

    def close(self) -> None:
        self.db.close()
