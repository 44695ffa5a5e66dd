"""The question log's table: what people ask, for curators (/stats, /unanswered) and for the
language of their next button press. Its reads and writes are StateStore methods."""

from __future__ import annotations

import sqlite_utils

from ...store.migrations import Migration


def _questions(db: sqlite_utils.Database) -> None:
    db["questions"].create(
        {
            "id": int,
            "ts": float,
            "user_id": int,
            "chat_id": int,
            "lang": str,
            "kind": str,
            "topic": str,
            "confidence": float,
            "question": str,
        },
        pk="id",
        if_not_exists=True,
    )


MIGRATIONS = [Migration("ask", 1, _questions)]
