"""The quiz's and the challenge's tables: progress and result per user, challenge rounds and
their polls. Their reads and writes are StateStore methods (the "quiz and challenge" section)."""

from __future__ import annotations

import sqlite_utils

from ...store.migrations import Migration


def _tables(db: sqlite_utils.Database) -> None:
    db["quiz"].create(
        {"user_id": int, "state": str, "updated": float},
        pk="user_id",
        if_not_exists=True,
    )
    db["quiz_results"].create(
        {"user_id": int, "result": str, "finished": float},
        pk="user_id",
        if_not_exists=True,
    )
    db["challenge_rounds"].create(
        {"round": str, "user_id": int, "chat_id": int, "lang": str,
         "questions": str, "created": float, "finished": float},
        pk="round", if_not_exists=True,
    )
    db["challenge_rounds"].create_index(["user_id"], if_not_exists=True)
    db["challenges"].create(
        {
            "poll_id": str,
            "user_id": int,
            "chat_id": int,
            "round": str,
            "index": int,
            "correct": int,
            "answered": int,
        },
        pk="poll_id",
        if_not_exists=True,
    )


MIGRATIONS = [Migration("quiz", 1, _tables)]
