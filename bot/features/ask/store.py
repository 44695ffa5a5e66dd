"""The question log's table: what people ask, for curators (/stats, /unanswered) and for the
language of their next button press. Its reads and writes are StateStore methods."""

from __future__ import annotations

from ...store.migrations import Migration

QUESTIONS = (
    "create table if not exists questions (id {auto_id}, ts double precision, user_id bigint, "
    "chat_id bigint, lang text, kind text, topic text, confidence double precision, "
    "question text)"
)

MIGRATIONS = [Migration("ask", 1, QUESTIONS)]
