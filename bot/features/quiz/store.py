"""The quiz's and the challenge's tables: progress and result per user, challenge rounds and
their polls. Their reads and writes are StateStore methods (the "quiz and challenge" section)."""

from __future__ import annotations

from ...store.migrations import Migration

TABLES = (
    "create table if not exists quiz (user_id bigint primary key, state text, "
    "updated double precision)",
    "create table if not exists quiz_results (user_id bigint primary key, result text, "
    "finished double precision)",
    "create table if not exists challenge_rounds (round text primary key, user_id bigint, "
    "chat_id bigint, lang text, questions text, created double precision, "
    "finished double precision)",
    "create index if not exists idx_challenge_rounds_user_id on challenge_rounds (user_id)",
    'create table if not exists challenges (poll_id text primary key, user_id bigint, '
    'chat_id bigint, round text, "index" bigint, correct bigint, answered bigint)',
)

MIGRATIONS = [Migration("quiz", 1, TABLES)]
