"""The daily tip's tables: subscriptions, and one delivery row per subscriber per local day
(see delivery.py). Their reads and writes are StateStore methods (the "daily tips" section)."""

from __future__ import annotations

from ...store.migrations import Migration

TABLES = (
    "create table if not exists subscriptions (user_id bigint primary key, chat_id bigint, "
    "hour bigint, minute bigint, tz text, active bigint, created double precision, "
    "tips_sent bigint)",
    # One row per subscriber per local date: the primary key is what makes a second send
    # of the same day impossible, whoever tries it.
    "create table if not exists deliveries (user_id bigint, day text, tip_id text, status text, "
    "claimed double precision, sent double precision, attempts bigint, "
    "primary key (user_id, day))",
)

# Who is due is read by zone (Delivery.due).
DUE_INDEX = "create index if not exists subscriptions_active_tz on subscriptions (active, tz)"

MIGRATIONS = [Migration("tips", 1, TABLES), Migration("tips", 2, DUE_INDEX)]
