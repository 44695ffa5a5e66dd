"""User state: one SQLite file (state.db), never rebuilt; see state.py."""

from .state import StateStore, User

__all__ = ["StateStore", "User"]
