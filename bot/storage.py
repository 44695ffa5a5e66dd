"""Opening the user-state store with every installed feature's tables.

Here rather than in bot/store: the features import the store, so the store cannot import the
features; this module, which both may use, joins them.
"""

from __future__ import annotations

from pathlib import Path

from .features import all_migrations
from .store import StateStore


def open_store(location: str | Path, busy_timeout: float = 30.0) -> StateStore:
    """`location`: a SQLite file (state.db) or a postgresql:// URL (Settings.state_location).
    `busy_timeout`: how long a SQLite write waits for another process's lock (the bot's own
    connection passes bot.statedb.BUSY_TIMEOUT)."""
    return StateStore(location, all_migrations(), busy_timeout=busy_timeout)
