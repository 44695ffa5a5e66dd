"""Every StateStore method, on SQLite and on PostgreSQL (`state_location`, tests/conftest.py),
and what several copies of the bot sharing one store rely on: a tip claimed once per
subscriber per day whoever races for it (threads, processes), quiz progress and settings seen
by another connection, a chat's subject remembered across copies, /forget leaving nothing."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time

import pytest

from bot.features.privacy.store import forget_user, prune_questions, user_tables
from bot.memory import StoredChatMemory, decode, encode
from bot.storage import open_store
from knowledge.engine.understand.conversation import TTL_SECONDS, Conversation

DAY = "2025-03-10"


@pytest.fixture
def store(state_location):
    s = open_store(state_location)
    yield s
    s.close()


def test_users_and_languages(store):
    assert store.get_user(1) is None
    user = store.touch_user(1, 10, "zh-hant")
    assert (user.user_id, user.chat_id, user.lang, user.language_code) == (1, 10, None, "zh-hant")
    store.set_lang(1, 10, "zh-Hant")
    store.set_last_lang(1, "en")
    store.touch_user(1, 11, "en")  # a new chat and code; the pinned language stays
    user = store.get_user(1)
    assert (user.chat_id, user.lang, user.language_code, user.last_lang) == (
        11, "zh-Hant", "en", "en")
    store.set_lang(2, 20, None)  # someone never seen: noted first
    assert store.get_user(2).chat_id == 20 and store.get_user(2).lang is None


def test_the_question_log(store):
    since = time.time() - 1
    store.log_question(1, 1, "what is KOC", "en", "term", "koc", 0.9, "en")
    store.log_question(1, 1, "how do I cook rice", "en", "unknown", None, 0.1)
    store.log_question(2, 2, "什么是 KOC", "zh-Hans", "term", "koc", 0.8)
    store.log_question(0, 5, "inline", "en", "unknown", None, 0.0)  # no user: not noted
    assert store.get_user(1).last_lang == "en" and store.get_user(2).last_lang == "zh-Hans"
    assert store.get_user(0) is None
    total, unknown, users, langs = store.question_summary(since)
    assert (total, unknown, users) == (4, 2, 3)
    assert dict(langs) == {"en": 3, "zh-Hans": 1} and langs[0] == ("en", 3)
    assert store.question_summary(time.time() + 10) == (0, 0, 0, [])
    rows = store.unanswered(limit=1)
    assert [r["question"] for r in rows] == ["inline"] and set(rows[0]) == {
        "ts", "lang", "question", "confidence"}
    assert [r["question"] for r in store.unanswered()] == ["inline", "how do I cook rice"]
    store.log_question(3, 3, "x" * 2000, "en", "unknown", None, 0.0)
    assert max(len(r["question"]) for r in store.unanswered()) == 1000
    store.log_question(3, 3, "a\x00b", "en", "unknown", None, 0.0)  # PostgreSQL refuses NUL
    assert store.unanswered(limit=1)[0]["question"] == "ab"


def test_queued_questions_go_in_one_transaction_or_one_by_one(store, caplog):
    """bot/writes.py writes queued log entries side by side in one transaction (the store's
    log_questions); when that fails, nothing of it is kept and each entry is written on its
    own, the one that fails logging its own line, the others written."""
    from bot.features.ask.handlers import _Entry
    from bot.writes import _run

    def entry(user: int, question: object) -> _Entry:
        return _Entry(store, (user, user, question, "en", "term", "koc", 0.9, "en"))

    done: list[str] = []
    _run([entry(1, "a"), entry(2, "b"), lambda: done.append("other"), entry(3, "c")])
    assert done == ["other"] and store.question_summary(0)[:3] == (3, 0, 3)
    store.log_questions([(4, 4, "d", "zh-Hans", "term", "koc", 0.9, "zh")])
    assert store.get_user(4).last_lang == "zh-Hans"
    with pytest.raises(AttributeError):  # all or nothing
        store.log_questions([(5, 5, "e", "en", "term", None, 0.9), (6, 6, None, "en", "term",
                                                                     None, 0.9)])
    assert store.get_user(5) is None and store.question_summary(0)[0] == 4
    _run([entry(5, "e"), entry(6, None), entry(7, "g")])  # None: not a question, fails alone
    assert store.question_summary(0)[0] == 6 and store.get_user(6) is None
    assert [r.levelname for r in caplog.records if "queued state write" in r.getMessage()] == [
        "ERROR"]


def test_subscriptions_and_deliveries(store):
    store.ensure_tip_indexes()
    store.touch_user(1, 1, "en")
    store.subscribe(1, 1, 9, 30, "Asia/Taipei", 100.0)
    store.subscribe(2, 2, 23, 0, "Asia/Taipei", 100.0)
    store.subscribe(3, 3, 8, 0, "UTC", 100.0)
    assert store.count_active_subscriptions() == 3
    assert sorted(store.subscription_zones()) == ["Asia/Taipei", "UTC"]
    assert store.get_subscription(1) == {"user_id": 1, "chat_id": 1, "hour": 9, "minute": 30,
                                         "tz": "Asia/Taipei", "active": 1, "created": 100.0,
                                         "tips_sent": 0}
    due = store.tip_candidates("Asia/Taipei", DAY, 10 * 60, 3)
    assert [r["user_id"] for r in due] == [1] and due[0]["lang"] is None
    assert due[0]["language_code"] == "en"
    assert [r["user_id"] for r in store.tip_candidates("Asia/Taipei", DAY, None, 3)] == [1, 2]

    assert store.claim_delivery(1, DAY, "tip-a", 200.0, 3)
    assert not store.claim_delivery(1, DAY, "tip-b", 201.0, 3)  # once a day
    assert store.tip_candidates("Asia/Taipei", DAY, None, 3)[0]["user_id"] == 2
    assert store.delivery(1, DAY)["status"] == "claimed" and store.tips_had(1) == ["tip-a"]
    store.finish_delivery(1, DAY, "sent", 202.0)
    row = store.delivery(1, DAY)
    assert (row["status"], row["sent"], row["attempts"]) == ("sent", 202.0, 1)
    assert store.get_subscription(1)["tips_sent"] == 1

    # a send that surely failed is given back, then taken again with its attempt counted once
    assert store.claim_delivery(2, DAY, "tip-a", 200.0, 3)
    store.release_delivery(2, DAY)
    assert (store.delivery(2, DAY)["status"], store.delivery(2, DAY)["attempts"]) == ("retry", 0)
    assert store.claim_delivery(2, DAY, "tip-b", 210.0, 3)
    assert store.delivery(2, DAY)["attempts"] == 1 and store.tips_had(2) == ["tip-b"]
    store.finish_delivery(2, DAY, "blocked", 211.0)
    assert store.get_subscription(2)["active"] == 0 and store.tips_had(2) == []

    assert store.unsubscribe(3) and not store.unsubscribe(3)
    assert not store.claim_delivery(3, DAY, "tip-a", 200.0, 3)  # not subscribed: never
    assert store.delivery(3, DAY) is None and store.get_subscription(4) is None
    store.subscribe(3, 3, 7, 0, "UTC", 300.0)  # back again
    assert store.get_subscription(3)["active"] == 1 and store.get_subscription(3)["created"] == 300


def test_quiz_and_challenges(store):
    assert store.get_quiz(1) is None and store.get_quiz_result(1) is None
    store.save_quiz(1, {"round": "r1", "answers": []})
    assert store.advance_quiz(1, "r1", 0, {"round": "r1", "answers": [2]})
    assert not store.advance_quiz(1, "r1", 0, {"round": "r1", "answers": [3]})  # a double tap
    assert not store.advance_quiz(1, "old", 1, {"round": "old", "answers": [1, 1]})
    assert store.get_quiz(1) == {"round": "r1", "answers": [2]}
    assert not store.finish_quiz(1, "r1", 0, {"track": "pr"})
    assert store.finish_quiz(1, "r1", 1, {"track": "pr"})
    assert store.get_quiz(1) is None and not store.finish_quiz(1, "r1", 1, {"track": "x"})
    result = store.get_quiz_result(1)
    assert result["track"] == "pr" and result["finished"] > 0
    store.save_quiz(1, {"round": "r2", "answers": [1]})
    store.clear_quiz(1)
    assert store.get_quiz(1) is None

    questions = [{"q": "什么是 KOC", "options": ["a", "b"]}]
    store.start_challenge("c1", 1, 10, "zh-Hans", questions)
    assert store.get_challenge("c1")["questions"] == questions
    assert store.open_challenge(1)["round"] == "c1" and store.open_challenge(2) is None
    store.add_challenge_poll("p1", 1, 10, "c1", 1, 0)
    store.add_challenge_poll("p0", 1, 10, "c1", 0, 1)
    store.add_challenge_poll("p0", 1, 10, "c1", 0, 2)  # sent again: replaced
    assert store.get_challenge_poll("p0")["correct"] == 2
    assert store.answer_challenge_poll("p0", 1) and not store.answer_challenge_poll("p0", 0)
    assert [(p["poll_id"], p["index"], p["answered"]) for p in store.challenge_polls("c1")] == [
        ("p0", 0, 1), ("p1", 1, None)]
    assert store.get_challenge_poll("nope") is None
    assert store.finish_challenge("c1") and not store.finish_challenge("c1")
    assert store.open_challenge(1) is None and store.get_challenge("c1")["finished"] > 0


def test_a_second_store_sees_quiz_progress_and_settings(state_location):
    """Two copies of the bot: what one saves, the other reads, and a press both get is taken
    once."""
    one, two = open_store(state_location), open_store(state_location)
    try:
        one.set_lang(1, 1, "zh-Hant")
        one.save_quiz(1, {"round": "r", "answers": []})
        one.subscribe(1, 1, 9, 0, "UTC", 1.0)
        assert two.get_user(1).lang == "zh-Hant"
        assert two.get_quiz(1) == {"round": "r", "answers": []}
        assert two.get_subscription(1)["hour"] == 9
        assert two.advance_quiz(1, "r", 0, {"round": "r", "answers": [1]})
        assert not one.advance_quiz(1, "r", 0, {"round": "r", "answers": [2]})
        assert one.get_quiz(1)["answers"] == [1]
    finally:
        one.close()
        two.close()


def test_quiz_presses_racing_from_threads_are_taken_once(state_location):
    stores = [open_store(state_location) for _ in range(4)]
    stores[0].save_quiz(1, {"round": "r", "answers": []})
    won: list[bool] = []
    barrier = threading.Barrier(len(stores))

    def press(store, answer):
        barrier.wait()
        won.append(store.advance_quiz(1, "r", 0, {"round": "r", "answers": [answer]}))

    threads = [threading.Thread(target=press, args=(s, i)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won) == [False, False, False, True]
    for s in stores:
        s.close()


def test_tip_claims_from_many_threads_are_once_each(state_location):
    """Eight threads, each with its own connection (as copies of the bot have) and two
    sharing one, all claim the same 30 subscribers' tips: each is claimed exactly once."""
    setup = open_store(state_location)
    for uid in range(1, 31):
        setup.subscribe(uid, uid, 9, 0, "UTC", 1.0)
    stores = [open_store(state_location) for _ in range(6)] + [setup, setup]
    claims: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(stores))

    def claim(store):
        barrier.wait()
        for uid in range(1, 31):
            if store.claim_delivery(uid, DAY, "tip", time.time(), 3):
                with lock:
                    claims.append(uid)

    threads = [threading.Thread(target=claim, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claims) == list(range(1, 31))
    for s in {id(s): s for s in stores}.values():
        s.close()


def _claim_all(location, users, ready, start, queue) -> None:
    store = open_store(location)
    try:
        ready.put(True)
        start.wait(60)
        queue.put([uid for uid in users if store.claim_delivery(uid, DAY, "tip", time.time(), 3)])
    finally:
        store.close()


def _race(ctx, location, users) -> list[list[int]]:
    """Two processes claim every user's tip, in opposite orders (so they meet and race),
    starting together once both are connected; what each claimed."""
    ready, queue, start = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=_claim_all, args=(location, order, ready, start, queue))
             for order in (users, users[::-1])]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    start.set()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    return results


def test_tip_claims_from_two_processes_are_once_each(state_location):
    setup = open_store(state_location)
    users = list(range(1, 201))
    for uid in users:
        setup.subscribe(uid, uid, 9, 0, "UTC", 1.0)
    ctx = multiprocessing.get_context("spawn")
    results = _race(ctx, state_location, users)
    assert sorted(results[0] + results[1]) == users  # each once: none twice, none missed
    rows = setup.db.query("select count(*) as n from deliveries where day = ?", [DAY])
    assert rows[0]["n"] == 200
    # given back (a sure failure), then raced for again by both: taken once more, in total
    for uid in users:
        setup.release_delivery(uid, DAY)
    results = _race(ctx, state_location, users)
    assert sorted(results[0] + results[1]) == users
    assert {r["attempts"] for r in setup.db.query("select attempts from deliveries")} == {1}
    setup.close()


def test_forget_deletes_every_row_about_the_user_in_every_table(store):
    for uid in (1, 2):
        store.touch_user(uid, uid, "en")
        store.log_question(uid, uid, "what is KOC", "en", "term", "koc", 1.0)
        store.subscribe(uid, uid, 9, 0, "UTC", 1.0)
        store.claim_delivery(uid, DAY, "tip", 1.0, 3)
        store.save_quiz(uid, {"round": "r", "answers": []})
        store.finish_quiz(uid, "r", 0, {"track": "pr"})
        store.start_challenge(f"c{uid}", uid, uid, "en", [])
        store.add_challenge_poll(f"p{uid}", uid, uid, f"c{uid}", 0, 1)
        store.keep_conversation(uid, encode(Conversation(subjects=("koc",))))
        store.quiet_user(uid, until=2e9)  # flooding just now
    assert set(user_tables(store)) == {"users", "questions", "subscriptions", "deliveries",
                                       "quiz_results", "challenge_rounds", "challenges", "quiz",
                                       "quiet"}
    assert forget_user(store, 1) == 9
    for table in store.db.table_names():
        columns = store.db.columns(table)
        for column in ("user_id", "chat_id"):
            if column in columns:
                n = store.db.execute(f'select count(*) from "{table}" where "{column}" = ?',
                                     [1]).fetchone()[0]
                assert n == 0, table
    assert store.get_user(2) and store.get_quiz_result(2) and store.get_conversation(2, 60)
    assert not store.claim_delivery(1, "2025-03-11", "tip", 2.0, 3)
    assert store.claim_delivery(2, "2025-03-11", "tip", 2.0, 3)


def test_conversations_are_kept_for_the_ttl(store):
    assert store.get_conversation(7, TTL_SECONDS) is None
    store.keep_conversation(7, '{"subjects": ["koc"]}', now=1000.0)
    assert store.get_conversation(7, TTL_SECONDS, now=1000.0 + TTL_SECONDS - 1)
    assert store.get_conversation(7, TTL_SECONDS, now=1000.0 + TTL_SECONDS + 1) is None
    store.keep_conversation(7, '{"subjects": ["kol"]}', now=2000.0)
    assert store.get_conversation(7, TTL_SECONDS, now=2000.0) == '{"subjects": ["kol"]}'
    store.keep_conversation(8, "{}", now=time.time())
    prune_questions(store, 90, now=2000.0 + TTL_SECONDS + 1)
    assert store.db.count("conversations") == 1  # the stale one went, the fresh one stayed
    store.forget_conversation(8)
    assert store.db.count("conversations") == 0


def test_a_follow_up_is_understood_by_another_copy(state_location, engine):
    """Copy one answers "what is KOC"; copy two, with its own store connection, gets the
    follow-up and knows what "it" is."""
    one, two = open_store(state_location), open_store(state_location)
    try:
        answer = engine.answer("what is KOC", "en")
        assert answer.context is not None
        StoredChatMemory(one, 42).keep(answer)
        memory = StoredChatMemory(two, 42)
        assert memory.conversation == answer.context
        assert StoredChatMemory(two, 43).conversation is None  # another chat
        follow = engine.answer("how do I become one?", "en", None, memory.conversation)
        alone = engine.answer("how do I become one?", "en", None, None)
        assert follow.text != alone.text
        memory.forget()
        assert StoredChatMemory(one, 42).conversation is None
    finally:
        one.close()
        two.close()


def test_conversations_round_trip_and_bad_json_is_forgotten():
    talk = Conversation(subjects=("koc", "kol"), earlier=("pr",), kind="term", aspect="pay",
                        at=5.0)
    assert decode(encode(talk)) == talk
    assert decode("not json") is None and decode(None) is None and decode('{"x": 1}') is not None


def test_a_lost_postgresql_connection_is_one_failed_call_then_reconnected(postgres):
    """A restarted server or a dropped connection: the call that meets it fails as the store
    being unavailable (which the bot handles like a locked state.db), the next one connects
    again."""
    url = postgres.new_database()
    store = open_store(url)
    other = open_store(url)
    try:
        store.touch_user(1, 1, "en")
        pid = store.db.execute("select pg_backend_pid()").fetchone()[0]
        other.db.execute("select pg_terminate_backend(?)", [pid])
        with pytest.raises(sqlite3.OperationalError):  # StoreUnavailable is one
            store.get_user(1)
        assert store.get_user(1).chat_id == 1
    finally:
        store.close()
        other.close()


def test_a_row_lock_held_elsewhere_waits_only_the_busy_timeout(postgres):
    """The bot's own connection (a quarter-second busy timeout) must not stall the event loop
    behind another copy's transaction: it gives up like a locked state.db, then works."""
    url = postgres.new_database()
    holder = open_store(url)
    bot = open_store(url, busy_timeout=0.25)
    try:
        holder.save_quiz(1, {"round": "r", "answers": []})
        with holder.db.transaction() as db:
            db.execute("select * from quiz where user_id = ? for update", [1])
            started = time.monotonic()
            with pytest.raises(sqlite3.OperationalError):
                bot.advance_quiz(1, "r", 0, {"round": "r", "answers": [1]})
            assert time.monotonic() - started < 2
        assert bot.advance_quiz(1, "r", 0, {"round": "r", "answers": [1]})
        # copies starting while another holds the migration lock wait for it, not 0.25 s
        opened: list[str] = []

        def start_a_copy():
            open_store(url, busy_timeout=0.25).close()
            opened.append("ok")

        with holder.db.transaction() as db:
            db.lock_migrations()
            waiter = threading.Thread(target=start_a_copy)
            waiter.start()
            time.sleep(0.6)
            assert waiter.is_alive()
        waiter.join(timeout=30)
        assert opened == ["ok"]
    finally:
        holder.close()
        bot.close()
