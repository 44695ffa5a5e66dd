"""SIGTERM to the installed bot in the middle of a broadcast and of someone's quiz, then a
restart on the same data (issue 12): the broadcast stops cleanly and the next start sends the
rest, nobody gets a tip twice, and the quiz goes on from the answer last pressed."""

from __future__ import annotations

import asyncio
import signal
import subprocess

from bot.storage import open_store
from knowledge.quiz import Quiz
from tests.conftest import TOKEN
from tests.subscribers import received, subscribe
from tests.test_health import EXE, clean_env
from tests.test_quiz_bot import answer_data
from tests.test_quiz_scoring import search_answers_for
from tests.waits import wait_until

ANN = 4301
FIRST = 8001
SUBSCRIBERS = 400  # at 28 a second, long enough to stop it midway


def start(fake, data_dir) -> subprocess.Popen:
    env = clean_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url,
                    CAREERBOT_DATA_DIR=str(data_dir))
    return subprocess.Popen([EXE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


async def press(fake, chat: int, message_id: int, choice: int) -> None:
    mark = fake.mark()
    fake.push_callback(chat, message_id, answer_data(fake.message(chat, message_id), choice))
    await fake.wait_for_calls("editMessageText", chat_id=chat, after=mark, timeout=20)


async def test_sigterm_mid_broadcast_and_mid_quiz_then_restart(fake, data_dir, engine):
    quiz = Quiz.from_entries(engine.kb.entries)
    answers = search_answers_for(quiz, "store_ops")
    chats = subscribe(data_dir / "state.db", [FIRST + i for i in range(SUBSCRIBERS)])
    proc = start(fake, data_dir)
    try:
        await fake.wait_for_calls("getUpdates", timeout=60)
        mark = fake.mark()
        fake.push_message(ANN, "/quiz")
        [call] = await fake.wait_for_calls("sendMessage", chat_id=ANN, after=mark, timeout=20)
        mid = call.response["result"]["message_id"]
        for choice in answers[:3]:
            await press(fake, ANN, mid, choice)
        # the broadcast starts a few seconds after start-up; stop the bot a little way in
        await wait_until(lambda: sum(received(fake, chats).values()) >= 20, timeout=60)
        await press(fake, ANN, mid, answers[3])
        proc.send_signal(signal.SIGTERM)
        await wait_until(lambda: proc.poll() is not None, timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err.decode()[-2000:]
    first_run = received(fake, chats)
    assert max(first_run.values()) == 1 and 20 <= sum(first_run.values()) < len(chats)

    store = open_store(data_dir / "state.db")
    try:
        claimed = store.db.execute("select count(*) from deliveries where status = 'claimed'")
        assert claimed.fetchone()[0] == 0  # every send in flight was finished and recorded
        assert store.get_quiz(ANN)["answers"] == answers[:4]  # the last press before SIGTERM
    finally:
        store.close()

    proc = start(fake, data_dir)  # the same data: the next start sends the rest
    try:
        await wait_until(lambda: min(received(fake, chats).values()) >= 1, timeout=90)
        await press(fake, ANN, mid, answers[4])
        assert f"6/{len(quiz)}" in fake.message(ANN, mid)["text"]
        await asyncio.sleep(1.0)  # room for a duplicate to show up, if there were one
        proc.send_signal(signal.SIGTERM)
        await wait_until(lambda: proc.poll() is not None, timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=20)
    assert set(received(fake, chats).values()) == {1}  # everyone once, nobody twice
