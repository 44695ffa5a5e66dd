"""The user-state schema: each feature's numbered migrations, applied once, in order."""

from __future__ import annotations

import sqlite3

import pytest

from bot.features import FEATURES, all_migrations
from bot.storage import open_store
from bot.store import StateStore
from bot.store.migrations import Migration, applied


def tables(path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}


def test_every_feature_gets_its_tables(tmp_path):
    store = open_store(tmp_path / "state.db")
    assert {("core", 1), ("ask", 1), ("tips", 1), ("tips", 2), ("quiz", 1)} <= applied(store.db)
    store.close()
    assert {"users", "questions", "subscriptions", "deliveries", "quiz", "quiz_results",
            "challenge_rounds", "challenges"} <= tables(tmp_path / "state.db")
    assert all(m.feature == f.name for f in FEATURES for m in f.migrations)


def test_a_database_from_before_migrations_is_adopted_as_it_is(tmp_path):
    path = tmp_path / "state.db"
    with sqlite3.connect(path) as db:  # what the store used to create, with a subscriber in it
        db.execute("create table users (user_id integer primary key, chat_id integer, lang text,"
                   " language_code text, last_lang text, first_seen float, last_seen float)")
        db.execute("create table subscriptions (user_id integer primary key, chat_id integer,"
                   " hour integer, minute integer, tz text, active integer, created float,"
                   " tips_sent integer)")
        db.execute("insert into subscriptions values (7, 7, 9, 0, 'Asia/Shanghai', 1, 0, 3)")
    store = open_store(path)
    assert store.get_subscription(7)["tips_sent"] == 3
    assert store.count_active_subscriptions() == 1


def test_new_migrations_run_once_in_order(tmp_path):
    path = tmp_path / "state.db"
    open_store(path).close()
    ran: list[int] = []

    def add_column(db):
        ran.append(2)
        db["quiz"].add_column("note", str)

    def backfill(db):
        ran.append(3)
        db.execute("update quiz set note = 'x'")

    later = [*all_migrations(), Migration("quiz", 3, backfill), Migration("quiz", 2, add_column)]
    StateStore(path, later).close()
    StateStore(path, later).close()
    assert ran == [2, 3]


def test_two_migrations_with_one_number_are_refused(tmp_path):
    twice = [*all_migrations(), Migration("tips", 1, lambda db: None)]
    with pytest.raises(ValueError):
        StateStore(tmp_path / "state.db", twice)


def test_a_failing_migration_leaves_nothing_half_done(tmp_path):
    path = tmp_path / "state.db"
    open_store(path).close()

    def broken(db):
        db["quiz"].add_column("half", str)
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        StateStore(path, [*all_migrations(), Migration("quiz", 2, broken)])
    store = open_store(path)
    assert ("quiz", 2) not in applied(store.db) and "half" not in store.db["quiz"].columns_dict
