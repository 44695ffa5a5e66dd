"""The state database's health, as people see it: one clear line at start, and a note to users
while it cannot be written, instead of a frozen bot, a traceback or a silently fresh database.

Why these rules: state.db holds people's choices and is never rebuilt, so a database that is not
one stops the program (moving it aside is the operator's call, not ours); a locked or read-only
one still lets the bot answer questions, which need no state, so it starts and says what will
not stick. The bot's own connection waits only `BUSY_TIMEOUT` for another process's lock: its
calls run on the event loop, and a 30 s wait there stopped all polling (issue 11).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from .store.db import connect_failure, is_url

log = logging.getLogger("careerbot.state")

BUSY_TIMEOUT = 0.25  # seconds a write of the bot waits for another process's lock


class StateDBError(Exception):
    """The state database cannot be used at all; the message says what to do."""


def check(location: str | Path) -> str | None:
    """A one-line description of a problem the bot can run with (missing, read-only, locked),
    None when all is well; raises `StateDBError` when the file is not a database, or when
    PostgreSQL (a postgresql:// `location`) cannot be reached or refuses the credentials."""
    if is_url(location):
        check_postgres(str(location))
        return None
    path = Path(location)
    if not path.exists():
        return f"{path} does not exist: starting with a new, empty one"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StateDBError(
            f"{path} is not a usable SQLite database ({exc}); nothing was changed: restore it "
            f"from a backup, or move it aside to start with an empty one") from exc
    if not os.access(path, os.W_OK):
        return f"{path} is read-only: answers work, settings and subscriptions will not be saved"
    try:
        conn = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        try:
            conn.execute("begin immediate")
            conn.execute("rollback")
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc):
            return (f"{path} is read-only: answers work, settings and subscriptions will not "
                    f"be saved")
        return (f"{path} is locked by another process ({exc}): answers work, settings are "
                f"saved once it is released")
    return None


def check_postgres(url: str, timeout: float = 5.0) -> None:
    """Raise `StateDBError` with one line (never the password) when the server at `url`
    cannot be reached or does not let us in: the bot cannot keep anyone's state without it."""
    import psycopg  # only for a PostgreSQL URL

    try:
        psycopg.connect(url, connect_timeout=max(1, int(timeout))).close()
    except psycopg.Error as exc:
        raise StateDBError(connect_failure(url, exc)) from None
