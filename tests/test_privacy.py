"""Users' data end to end: /privacy says what is kept and for how long, /forget deletes it
all after a confirmation (every table of state.db, and no tip in the next broadcast), and the
question log expires. The real Application against the fake Bot API server."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.app import build_application
from bot.context import Services
from bot.features.base import LOCAL_USER_ID
from bot.features.privacy import handlers as privacy
from bot.features.privacy.store import prune_questions
from bot.features.tips import cli as tips_cli
from bot.frontends.terminal import TerminalChat
from bot.settings import Settings, SettingsError
from bot.storage import open_store
from bot.store.db import connect
from tests.conftest import make_settings
from tests.fakebot import polling
from tests.waits import wait_until

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ANN, BOB = 3001, 3002


async def say(fake, chat_id: int, text: str, **kw) -> str:
    mark = fake.mark()
    fake.push_message(chat_id, text, **kw)
    calls = await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)
    return calls[-1].params["text"]


async def press(fake, chat_id: int, label: str) -> str:
    mark = fake.mark()
    fake.press_button(chat_id, label)
    calls = await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)
    return calls[-1].params["text"]


def rows_about(location: Path | str, user_id: int) -> dict[str, int]:
    """Rows mentioning the user in any table of the user state (state.db or a PostgreSQL
    database), by table (by user_id or chat_id)."""
    db = connect(location)
    try:
        found = {}
        for table in db.table_names():
            columns = db.columns(table)
            where = " or ".join(f'"{c}" = ?' for c in ("user_id", "chat_id") if c in columns)
            if where:
                n = db.execute(f'select count(*) from "{table}" where {where}',
                               [user_id] * where.count("?")).fetchone()[0]
                if n:
                    found[table] = n
        return found
    finally:
        db.close()


def on(state_location: Path | str) -> dict:
    """Settings overrides for a user state at `state_location` (a URL: PostgreSQL)."""
    return {"state_url": state_location} if isinstance(state_location, str) else {}


async def use_everything(fake, chat_id: int) -> None:
    """Leave something in every feature's tables: a question, a language, a tip, a quiz."""
    await say(fake, chat_id, "what is KOC")
    await say(fake, chat_id, "how do I cook rice")
    await say(fake, chat_id, "/lang zh-Hans")
    await say(fake, chat_id, "/lang en")
    await say(fake, chat_id, "/subscribe 09:00 UTC")
    await say(fake, chat_id, "/quiz")


async def test_privacy_says_what_is_kept_why_and_how_long(fake, data_dir, engine):
    app = build_application(make_settings(fake, data_dir, log_days=30), engine=engine)
    async with polling(app):
        text = await say(fake, ANN, "/privacy")
        assert "What CareerBot stores about you" in text
        for kept in ("user id", "language", "tip settings", "quiz progress", "questions you ask"):
            assert kept in text
        assert "deleted after 30 days" in text and "/forget" in text
        zh = await say(fake, BOB, "/privacy", language_code="zh-TW")
        assert "30 天後刪除" in zh and "資料" in zh
        help_text = await say(fake, ANN, "/help")
        assert "/privacy" in help_text and "/forget" in help_text


async def test_forget_deletes_everything_and_no_tip_follows(fake, data_dir, engine,
                                                           state_location):
    settings = make_settings(fake, data_dir, **on(state_location))
    state = state_location
    app = build_application(settings, engine=engine)
    async with polling(app):
        await use_everything(fake, ANN)
        await use_everything(fake, BOB)
        before = rows_about(state, ANN)
        assert {"users", "questions", "subscriptions", "quiz"} <= set(before), before

        text = await say(fake, ANN, "/forget")
        assert "Delete everything" in text and "cannot be undone" in text
        assert "Nothing was deleted" in await press(fake, ANN, "Keep it")
        assert rows_about(state, ANN) == before

        await say(fake, ANN, "/forget")
        await say(fake, ANN, "what is SEO")  # asked just before the press: forgotten too
        done = await press(fake, ANN, "🗑 Yes, delete everything")
        assert "nothing about you is stored" in done
        assert rows_about(state, ANN) == {}
        assert set(rows_about(state, BOB)) == set(before)  # only the one who asked

        # The next broadcast reaches Bob only.
        mark = fake.mark()
        summary = await asyncio.to_thread(asyncio.run, tips_cli.send(settings, everyone=True))
        assert summary.sent == 1
        assert fake.calls_for("sendMessage", chat_id=BOB, after=mark)
        assert not fake.calls_for("sendMessage", chat_id=ANN, after=mark)
        assert rows_about(state, ANN) == {}

        # Coming back is starting afresh: not subscribed, nothing remembered.
        assert "not subscribed" in await say(fake, ANN, "/unsubscribe")


def test_forget_and_privacy_in_the_terminal_chat(data_dir, engine, state_location):
    store = open_store(state_location)
    try:
        settings = Settings(data_dir=data_dir, **on(state_location))
        chat = TerminalChat(Services(settings, engine, store))
        chat.handle("what is KOC")
        chat.handle("/subscribe 9:00")
        assert "deleted after 90 days" in chat.handle("/privacy")
        reply = chat.handle("/forget")
        assert "1. 🗑 Yes, delete everything" in reply
        assert "nothing about you is stored" in chat.handle("1")
        assert rows_about(state_location, LOCAL_USER_ID) == {}
    finally:
        store.close()


def test_the_question_log_expires(state_location):
    store = open_store(state_location)
    try:
        for days_ago in (100, 91, 89, 1):
            store.log_question(ANN, ANN, f"asked {days_ago} days ago", "en", "unknown", None, 0.0)
            store.db.execute("update questions set ts = ? where question = ?",
                             [time.time() - days_ago * 86400, f"asked {days_ago} days ago"])
        assert prune_questions(store, 90) == 2
        left = [r["question"] for r in store.db.query("select question from questions")]
        assert left == ["asked 89 days ago", "asked 1 days ago"]
        assert prune_questions(store, 90) == 0
    finally:
        store.close()


async def test_the_bot_prunes_at_start_up(fake, data_dir, engine, monkeypatch, state_location):
    monkeypatch.setattr(privacy, "FIRST_PRUNE", 0.05)
    store = open_store(state_location)
    store.log_question(ANN, ANN, "an old question", "en", "unknown", None, 0.0)
    store.db.execute("update questions set ts = ?", [time.time() - 10 * 86400])
    store.close()
    settings = make_settings(fake, data_dir, log_days=7, **on(state_location))
    app = build_application(settings, engine=engine)
    async with polling(app):
        await wait_until(lambda: "questions" not in rows_about(state_location, ANN))


def test_log_days_setting():
    assert Settings.from_env({}).log_days == 90
    assert Settings.from_env({"CAREERBOT_LOG_DAYS": "30"}).log_days == 30
    for bad in ("0", "-5", "ninety"):
        with pytest.raises(SettingsError, match="CAREERBOT_LOG_DAYS"):
            Settings.from_env({"CAREERBOT_LOG_DAYS": bad})
