"""What /forget and the question log's expiry do to the user state.

No tables of its own: forgetting works on every table that has a `user_id` column, found from
the schema at the time, so a feature that adds a table later is covered without a change here;
and on the conversation kept for their private chat (whose chat id is their user id).
"""

from __future__ import annotations

import time

from knowledge.engine.understand.conversation import TTL_SECONDS

from ...store import StateStore

DAY = 86400.0


def user_tables(store: StateStore) -> list[str]:
    """The tables that hold something about a person (those with a user_id column)."""
    return sorted(
        name for name in store.db.table_names()
        if not name.startswith(("_", "sqlite_")) and "user_id" in store.db.columns(name)
    )


def forget_user(store: StateStore, user_id: int) -> int:
    """Delete every row about `user_id`, in every table, in one transaction (all or nothing);
    returns how many rows went. With the subscription gone, no tip is ever sent again."""
    with store.db.transaction() as db:
        names = user_tables(store)
        gone = sum(db.execute(f'delete from "{name}" where user_id = ?', [user_id]).rowcount
                   for name in names)
        if "conversations" in db.table_names():
            gone += db.execute("delete from conversations where chat_id = ?",
                               [user_id]).rowcount
    return gone


def prune_questions(store: StateStore, days: int, now: float | None = None) -> int:
    """Delete logged questions older than `days` days (CAREERBOT_LOG_DAYS): the promise /privacy
    makes. Returns how many went."""
    now = time.time() if now is None else now
    with store._lock:
        store.prune_conversations(TTL_SECONDS, now)  # past following up on, on the same round
        return store.db.execute("delete from questions where ts < ?", [now - days * DAY]).rowcount
