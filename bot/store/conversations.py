"""What a chat was last about (bot/memory.py), kept in the store so that every copy of the bot
understands a follow-up: the engine's conversation as JSON, and when it was kept."""

from __future__ import annotations

import time

from .tables import Tables

CONVERSATIONS = (
    "create table if not exists conversations (chat_id bigint primary key, state text, "
    "updated double precision)"
)


class ConversationTables(Tables):
    """Used on PostgreSQL only (StateStore.shares_conversations)."""

    def get_conversation(self, chat_id: int, ttl: float, now: float | None = None) -> str | None:
        """The chat's last subject as kept (JSON), if kept less than `ttl` seconds ago."""
        now = time.time() if now is None else now
        row = self.db.execute("select state from conversations where chat_id = ? and "
                              "updated >= ?", [chat_id, now - ttl]).fetchone()
        return row[0] if row else None

    def keep_conversation(self, chat_id: int, state: str, now: float | None = None) -> None:
        self.db.execute(
            "insert into conversations (chat_id, state, updated) values (?, ?, ?) "
            "on conflict (chat_id) do update set state = excluded.state, "
            "updated = excluded.updated", [chat_id, state, time.time() if now is None else now])

    def forget_conversation(self, chat_id: int) -> None:
        self.db.execute("delete from conversations where chat_id = ?", [chat_id])

    def prune_conversations(self, ttl: float, now: float | None = None) -> int:
        """Delete conversations older than `ttl` seconds (nobody can follow up on them)."""
        now = time.time() if now is None else now
        return self.db.execute("delete from conversations where updated < ?",
                               [now - ttl]).rowcount
