"""What every group of store methods may use: the connection and its lock."""

from __future__ import annotations

import threading

from .db import Database


class Tables:
    """Base of the store's mixins (one a feature or concern); StateStore sets both."""

    db: Database
    _lock: threading.RLock

    @property
    def dialect(self) -> str:
        return self.db.dialect
