"""Two copies of the installed bot in webhook mode behind a round-robin proxy, sharing one
user-state store, against the fake Bot API, with a broadcast running (issue 12): every question
answered once, every subscriber one tip, and a quiz whose presses land on either copy."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import open_store
from knowledge.quiz import Quiz
from tests.conftest import TOKEN
from tests.ports import free_port
from tests.proxy import RoundRobinProxy
from tests.subscribers import subscribe
from tests.test_health import EXE, clean_env
from tests.test_quiz_bot import answer_data
from tests.test_quiz_scoring import search_answers_for
from tests.waits import wait_healthy, wait_until

# The fake server counts what it stamps in a second; its pauses are pytest's, not the copies'.
pytestmark = pytest.mark.usefixtures("settled_heap")


@pytest.fixture
def fake(fake_apart):
    """Its own thread: the stamps this module counts are not delayed by the bot's loop."""
    return fake_apart


SECRET = "copies-secret"
SUBSCRIBERS = [9001 + i for i in range(120)]
ASKERS = [6001 + i for i in range(40)]
QUIZZER = 5901
QUESTIONS = ["what does a media buyer do", "什么是种草", "品牌部負責什麼", "what is ASO",
             "difference between brand and PR", "what is a KOC"]


def start_copy(fake, data_dir, port: int, webhook_url: str,
               extra: dict[str, str]) -> subprocess.Popen:
    env = clean_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url,
                    CAREERBOT_DATA_DIR=str(data_dir), CAREERBOT_WEBHOOK_URL=webhook_url,
                    CAREERBOT_WEBHOOK_SECRET=SECRET, PORT=str(port),
                    CAREERBOT_LISTEN="127.0.0.1", **extra)
    return subprocess.Popen([EXE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@contextlib.asynccontextmanager
async def two_copies(fake, data_dir, extra: dict[str, str] | None = None
                     ) -> AsyncIterator[RoundRobinProxy]:
    ports = [free_port(), free_port()]
    proxy = RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports])
    await proxy.start()
    procs = [start_copy(fake, data_dir, port, proxy.url + "/telegram", extra or {})
             for port in ports]
    try:
        # both listening and the webhook set (each copy sets the same URL)
        for port in ports:  # both ready: listening, the webhook set, counted in the store
            await wait_healthy(f"http://127.0.0.1:{port}/healthz")
        yield proxy
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(TimeoutError):  # the fake answers their last calls meanwhile
            await wait_until(lambda: all(proc.poll() is not None for proc in procs), timeout=30)
        errs = []
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            errs.append(proc.communicate()[1].decode()[-2000:])
        await proxy.stop()
    for proc, err in zip(procs, errs, strict=True):
        assert proc.returncode == 0, err


@pytest.fixture
def shared_state(backend, data_dir, request) -> tuple[Path | str, dict[str, str]]:
    """Where both copies keep user state (state.db in their data dir, or one PostgreSQL
    database) and the environment that says so."""
    if backend == "sqlite":
        return data_dir / "state.db", {}
    url = request.getfixturevalue("postgres").new_database()
    return url, {"CAREERBOT_STATE_URL": url}


async def test_two_copies_answer_each_question_once_and_send_each_tip_once(
        fake, data_dir, engine, shared_state):
    location, env = shared_state
    quiz = Quiz.from_entries(engine.kb.entries)
    answers = search_answers_for(quiz, "store_ops")
    subscribe(location, SUBSCRIBERS)
    fake.set_rate_limit(30)  # Telegram's overall limit: the copies share one budget
    async with two_copies(fake, data_dir, env) as proxy:
        mark = fake.mark()
        fake.push_message(QUIZZER, "/quiz")
        [call] = await fake.wait_for_calls("sendMessage", chat_id=QUIZZER, after=mark, timeout=30)
        mid = call.response["result"]["message_id"]
        for i, chat in enumerate(ASKERS):  # 10 a second, while both copies broadcast
            fake.push_message(chat, QUESTIONS[i % len(QUESTIONS)])
            await asyncio.sleep(0.1)
        for choice in answers:  # presses alternate between the copies: progress is shared
            mark = fake.mark()
            fake.push_callback(QUIZZER, mid, answer_data(fake.message(QUIZZER, mid), choice))
            await fake.wait_for_calls("editMessageText", chat_id=QUIZZER, after=mark, timeout=30)
        await wait_until(lambda: all(fake.sent(chat) for chat in ASKERS), timeout=60)
        await wait_until(lambda: all(fake.sent(chat) for chat in SUBSCRIBERS), timeout=60)
        await asyncio.sleep(1.0)  # room for a duplicate to show up, if there were one
        assert min(proxy.served.values()) > 10 and len(proxy.served) == 2  # both copies worked
    assert fake.stats["rate_limited"] == 0, fake.stats  # one budget: no 429 for the two
    assert {len(fake.sent(chat)) for chat in ASKERS} == {1}  # each question answered once
    assert {len(fake.sent(chat)) for chat in SUBSCRIBERS} == {1}  # each subscriber one tip
    store = open_store(location)
    try:
        assert store.get_quiz_result(QUIZZER)["top"][0][0] == "store_ops"
    finally:
        store.close()


async def test_a_rolling_deploy_keeps_the_webhook_until_the_last_copy_stops(
        fake, data_dir, shared_state):
    _, env = shared_state
    ports = [free_port(), free_port()]
    proxy = RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports])
    await proxy.start()
    old, new = (start_copy(fake, data_dir, port, proxy.url + "/telegram", env) for port in ports)
    try:
        for port in ports:  # as a deploy does: the new copy is healthy, then the old one goes
            await wait_healthy(f"http://127.0.0.1:{port}/healthz")
        old.send_signal(signal.SIGTERM)  # the old copy goes; the new one stays
        await wait_until(lambda: old.poll() is not None, timeout=30)  # the fake keeps serving
        _, err = old.communicate()
        assert old.returncode == 0, err.decode()[-2000:]
        assert [m for m, _ in fake.webhook_history] == ["setWebhook", "setWebhook"]
        for i, chat in enumerate(ASKERS[:6]):  # answered by the copy still running
            fake.push_message(chat, QUESTIONS[i])
        try:
            await wait_until(lambda: all(fake.sent(chat) for chat in ASKERS[:6]), timeout=30)
        except TimeoutError:
            print("DBG", proxy.served, fake.webhook_deliveries[-10:], fake.webhook_history)
            raise
        new.send_signal(signal.SIGTERM)  # the last copy: the webhook goes with it
        await wait_until(lambda: new.poll() is not None, timeout=30)
        _, err = new.communicate()
        assert new.returncode == 0, err.decode()[-2000:]
        assert [m for m, _ in fake.webhook_history][-1] == "deleteWebhook", err.decode()[-2000:]
    finally:
        for proc in (old, new):
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        await proxy.stop()


FLOODER = 6901


async def test_a_user_flooding_two_copies_gets_one_note_and_is_stopped_on_both(
        fake, data_dir, shared_state):
    """Each copy sees half of the flood and counts it against half the limit; the store lets
    one of them send the note, and the other drops the user too."""
    _, env = shared_state
    async with two_copies(fake, data_dir, env):
        await asyncio.sleep(3)  # the copies have compared notes: each knows there are two
        for i in range(60):
            fake.push_message(FLOODER, f"what is ASO {i}")
        fake.push_message(ASKERS[0], "what is a KOC")
        await wait_until(lambda: bool(fake.sent(ASKERS[0])), timeout=30)
        await wait_until(lambda: len(fake.webhook_deliveries) >= 61, timeout=60)
        await asyncio.sleep(3)
    texts = fake.sent(FLOODER)
    notes = [text for text in texts if "faster than I can read" in text]
    assert len(notes) == 1
    assert len(texts) - 1 <= 22  # about the limit of 20 a minute, whichever copy answered
    assert "KOC" in fake.sent(ASKERS[0])[0]  # others are answered as usual


def test_flood_guard_counts_its_share_and_takes_up_other_copies_quiet():
    from bot.flood import FloodGuard

    now = [1000.0]
    guard = FloodGuard(limit=20, window=60, quiet=30, clock=lambda: now[0])
    guard.copies = 2
    assert [guard.check(1) for _ in range(11)] == ["ok"] * 10 + ["note"]
    assert guard.check(1) == "drop"
    guard.merge({2: 1020.0})  # another copy quieted user 2
    assert guard.check(2) == "drop"
    now[0] = 1021.0
    assert guard.check(2) == "ok"


def test_only_the_first_copy_to_quiet_a_user_tells_them(state_location):
    store = open_store(state_location)
    try:
        assert store.quiet_user(7, until=160.0, now=100.0)
        assert not store.quiet_user(7, until=161.0, now=101.0)  # the other copy: silent
        assert store.quiet_user(7, until=260.0, now=200.0)  # the quiet ran out: again
        assert store.copy_beat("a", 10.0, now=200.0) == (1, {7: 260.0})
    finally:
        store.close()
