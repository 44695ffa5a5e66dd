"""The daily tip's tables: subscriptions, and one delivery row per subscriber per local day
(see delivery.py). Their reads and writes are StateStore methods (the "daily tips" section)."""

from __future__ import annotations

import sqlite_utils

from ...store.migrations import Migration


def _tables(db: sqlite_utils.Database) -> None:
    db["subscriptions"].create(
        {
            "user_id": int,
            "chat_id": int,
            "hour": int,
            "minute": int,
            "tz": str,
            "active": int,
            "created": float,
            "tips_sent": int,
        },
        pk="user_id",
        if_not_exists=True,
    )
    # One row per subscriber per local date: the primary key is what makes a second send
    # of the same day impossible, whoever tries it.
    db["deliveries"].create(
        {
            "user_id": int,
            "day": str,
            "tip_id": str,
            "status": str,
            "claimed": float,
            "sent": float,
            "attempts": int,
        },
        pk=("user_id", "day"),
        if_not_exists=True,
    )


def _due_index(db: sqlite_utils.Database) -> None:
    """Who is due is read by zone (Delivery.due)."""
    db.execute("create index if not exists subscriptions_active_tz on subscriptions(active, tz)")


MIGRATIONS = [Migration("tips", 1, _tables), Migration("tips", 2, _due_index)]
