"""The user-state schema: each feature's numbered migrations, applied once, in order, the same
on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from bot.features import FEATURES, all_migrations
from bot.storage import open_store
from bot.store import StateStore
from bot.store.migrations import Migration, applied
from bot.store.state import CORE_MIGRATIONS

TABLES = {"users", "conversations", "copies", "quiet", "_send_slots", "questions",
          "subscriptions", "deliveries", "quiz", "quiz_results", "challenge_rounds", "challenges"}


def test_every_feature_gets_its_tables(state_location):
    store = open_store(state_location)
    assert {("core", 1), ("core", 2), ("ask", 1), ("tips", 1), ("tips", 2),
            ("quiz", 1)} <= applied(store.db)
    assert TABLES | {"_migrations"} == set(store.db.table_names())
    assert store.db.primary_key("deliveries") == ["user_id", "day"]
    assert store.db.primary_key("challenges") == ["poll_id"]
    store.close()
    assert all(m.feature == f.name for f in FEATURES for m in f.migrations)


def test_the_same_columns_on_both_backends(state_location):
    store = open_store(state_location)
    try:
        assert store.db.columns("challenges") == ["poll_id", "user_id", "chat_id", "round",
                                                   "index", "correct", "answered"]
        assert store.db.columns("questions")[0] == "id"
        store.log_question(1, 1, "a", "en", "term", None, 1.0)
        store.log_question(1, 1, "b", "en", "term", None, 1.0)  # the database assigns the ids
        assert [r[0] for r in store.db.execute("select id from questions order by id")] == [1, 2]
    finally:
        store.close()


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


def test_a_state_db_made_by_the_previous_version_is_adopted_unchanged(tmp_path):
    """The tables sqlite-utils created, with their _migrations rows: nothing is re-applied,
    the new core migration (conversations) is added, and the data is read as before."""
    path = tmp_path / "state.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE [_migrations] ([feature] TEXT, [number] INTEGER, "
                   "[applied] FLOAT, PRIMARY KEY ([feature], [number]))")
        db.execute("CREATE TABLE [questions] ([id] INTEGER PRIMARY KEY, [ts] FLOAT, "
                   "[user_id] INTEGER, [chat_id] INTEGER, [lang] TEXT, [kind] TEXT, "
                   "[topic] TEXT, [confidence] FLOAT, [question] TEXT)")
        db.execute("insert into questions values (5, 1.0, 2, 2, 'en', 'unknown', null, 0, 'q')")
        db.executemany("insert into _migrations values (?, ?, 1.0)", [("ask", 1)])
    store = open_store(path)
    rows = dict(((r["feature"], r["number"]), r["applied"])
                for r in store.db.query("select * from _migrations"))
    assert rows[("ask", 1)] == 1.0 and ("core", 2) in rows
    store.log_question(2, 2, "next", "en", "term", None, 1.0)
    assert [r[0] for r in store.db.execute("select id from questions order by id")] == [5, 6]


def test_new_migrations_run_once_in_order(state_location):
    open_store(state_location).close()
    ran: list[int] = []

    def add_column(db):
        ran.append(2)
        db.execute("alter table quiz add column note text")

    def backfill(db):
        ran.append(3)
        db.execute("update quiz set note = 'x'")

    later = [*all_migrations(), Migration("quiz", 3, backfill), Migration("quiz", 2, add_column)]
    StateStore(state_location, later).close()
    store = StateStore(state_location, later)
    assert ran == [2, 3]
    assert "note" in store.db.columns("quiz")
    store.close()


def test_sql_migrations_run_on_both(state_location):
    open_store(state_location).close()
    later = [*all_migrations(),
             Migration("quiz", 2, ("alter table quiz add column note text",
                                   "create index if not exists quiz_note on quiz (note)"))]
    store = StateStore(state_location, later)
    store.save_quiz(1, {"round": "r", "answers": []})
    store.db.execute("update quiz set note = ? where user_id = ?", ["n", 1])
    assert store.db.query("select note from quiz") == [{"note": "n"}]
    store.close()


def test_two_migrations_with_one_number_are_refused(state_location):
    twice = [*all_migrations(), Migration("tips", 1, lambda db: None)]
    with pytest.raises(ValueError):
        StateStore(state_location, twice)


def test_a_failing_migration_leaves_nothing_half_done(state_location):
    open_store(state_location).close()

    def broken(db):
        db.execute("alter table quiz add column half text")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        StateStore(state_location, [*all_migrations(), Migration("quiz", 2, broken)])
    store = open_store(state_location)
    assert ("quiz", 2) not in applied(store.db) and "half" not in store.db.columns("quiz")
    store.close()


def _open_and_close(location, queue) -> None:
    try:
        open_store(location).close()
        queue.put("ok")
    except BaseException as exc:  # reported to the test
        queue.put(repr(exc))


def test_copies_starting_together_apply_each_migration_once(postgres):
    """Four processes open a fresh PostgreSQL database at once: the advisory lock lets each
    migration run once, and none of them fails."""
    url = postgres.new_database()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_open_and_close, args=(url, queue)) for _ in range(4)]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    assert results == ["ok"] * 4
    store = open_store(url)
    assert store.db.count("_migrations") == len(all_migrations()) + len(CORE_MIGRATIONS)
    store.close()


def test_a_locked_state_db_with_new_migrations_pending_still_opens(tmp_path):
    """An upgrade finds state.db locked by another process (a cron run): the new version's
    migrations wait, the bot starts on the tables there are, and the next start applies them."""
    path = tmp_path / "state.db"
    StateStore(path, [], busy_timeout=0.1).close()  # an older version: core tables only
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("begin immediate")  # another process writing
    try:
        store = StateStore(path, all_migrations(), busy_timeout=0.1)
        assert store.behind and store.get_user(1) is None  # reads work
        store.close()
    finally:
        holder.execute("rollback")
        holder.close()
    store = open_store(path)
    assert not store.behind and "subscriptions" in store.db.table_names()
    store.close()


def test_a_state_db_without_the_core_tables_that_cannot_be_written_does_not_open(tmp_path):
    path = tmp_path / "state.db"
    sqlite3.connect(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("begin immediate")
    try:
        with pytest.raises(sqlite3.OperationalError):
            StateStore(path, all_migrations(), busy_timeout=0.1)
    finally:
        holder.execute("rollback")
        holder.close()
