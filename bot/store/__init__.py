"""User state: one SQLite file (state.db) or a PostgreSQL database, never rebuilt; see state.py
and db.py."""

from .state import StateStore, User

__all__ = ["StateStore", "User"]
