"""/quiz and /challenge end to end: the real Application against the fake Bot API server."""

from __future__ import annotations

import contextlib
import html
import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import callbacks
from bot.app import build_application
from bot.store import StateStore
from knowledge.engine import Engine
from knowledge.quiz import Quiz
from knowledge.text.langs import Lang, is_zh, to_script
from tests.conftest import make_settings
from tests.fakebot import FakeBotAPI, polling
from tests.test_quiz_scoring import search_answers_for

ANN, BOB = 4101, 4202
CODES: dict[Lang, str] = {"en": "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-tw"}

pytestmark = pytest.mark.filterwarnings(
    "ignore:.*`retry_after`:telegram.warnings.PTBDeprecationWarning"
)


@pytest.fixture(scope="module")
def quiz(engine) -> Quiz:
    return Quiz.from_entries(engine.kb.entries)


@pytest.fixture(autouse=True)
def tokens(monkeypatch):
    """Round tokens (and so the challenge questions) the same on every run; `tokens(n)` starts
    the sequence elsewhere."""
    counter = itertools.count(1)

    def start_at(first: int) -> None:
        nonlocal counter
        counter = itertools.count(first)

    monkeypatch.setattr("bot.features.quiz.handlers._token", lambda n: f"{next(counter):0{2 * n}x}")
    return start_at


@contextlib.asynccontextmanager
async def running(fake: FakeBotAPI, data_dir: Path, engine: Engine) -> AsyncIterator:
    """The real Application polling the fake server (one "process": restart = run it again)."""
    app = build_application(make_settings(fake, data_dir), engine=engine)
    try:
        async with polling(app):
            await app.post_init(app)  # run_polling() would call it; polling() by hand does not
            yield app
    finally:
        app.bot_data["services"].store.close()


def store_of(app) -> StateStore:
    return app.bot_data["services"].store


def text_in(value: dict, lang: Lang) -> str:
    return to_script(value["zh"] if is_zh(lang) else value["en"], lang)


def keyboard(message: dict) -> list[list[dict]]:
    return message.get("reply_markup", {}).get("inline_keyboard", [])


def data_of(message: dict) -> list[str]:
    return [b["callback_data"] for row in keyboard(message) for b in row if "callback_data" in b]


async def send(
    fake: FakeBotAPI, chat: int, text: str, method: str = "sendMessage", count: int = 1, **kwargs
) -> list:
    mark = fake.mark()
    fake.push_message(chat, text, **kwargs)
    return await fake.wait_for_calls(method, count, after=mark)


async def press(
    fake: FakeBotAPI,
    chat: int,
    message_id: int,
    data: str,
    method: str = "editMessageText",
    **kwargs,
) -> list:
    mark = fake.mark()
    fake.push_callback(chat, message_id, data, **kwargs)
    return await fake.wait_for_calls(method, after=mark)


def answer_data(message: dict, choice: int) -> str:
    return keyboard(message)[choice][0]["callback_data"]


# -- a full quiz by button presses ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
async def test_full_quiz_in_each_language(fake, data_dir, engine, quiz, lang):
    code, kb = CODES[lang], engine.kb
    answers = search_answers_for(quiz, "pr_dept")
    async with running(fake, data_dir, engine) as app:
        [call] = await send(fake, ANN, "/quiz", language_code=code)
        mid = call.response["result"]["message_id"]
        message = fake.message(ANN, mid)
        assert f"1/{len(quiz)}" in message["text"]
        assert text_in(quiz.questions[0].text, lang) in message["text"]
        labels = [row[0]["text"] for row in keyboard(message)[:-1]]
        assert labels == [text_in(c.text, lang) for c in quiz.questions[0].choices]

        for index, choice in enumerate(answers):
            if index == 3:  # go back once, then answer again
                back = next(d for d in data_of(message) if d.endswith("|back"))
                await press(fake, ANN, mid, back, language_code=code)
                message = fake.message(ANN, mid)
                assert f"3/{len(quiz)}" in message["text"]
                await press(fake, ANN, mid, answer_data(message, answers[2]), language_code=code)
                message = fake.message(ANN, mid)
            await press(fake, ANN, mid, answer_data(message, choice), language_code=code)
            message = fake.message(ANN, mid)
            if index + 1 < len(quiz):
                assert f"{index + 2}/{len(quiz)}" in message["text"]
                assert text_in(quiz.questions[index + 1].text, lang) in message["text"]

        text = message["text"]
        top = quiz.top(answers)
        assert top[0].outcome == "pr_dept"
        for match in top:
            assert f"{kb.name(match.outcome, lang)} · {match.percent}%" in text
        assert kb.items("pr_dept", "measured_by", lang)[0] in text
        strongest = quiz.choice(*top[0].reasons[0])
        assert text_in(strongest.why, lang) in text
        data = data_of(message)
        for match in top:
            assert callbacks.encode("topic", match.outcome) in data
            assert callbacks.encode("into", match.outcome) in data
        assert data[-1].endswith("|retake")
        if lang == "zh-Hant":
            assert "適合" in text and "适合" not in text
        # the fit to every job follows as a picture
        [photo] = await fake.wait_for_calls("sendPhoto", chat_id=ANN)
        assert photo.params["photo"].data.startswith(b"\x89PNG")
        kept = store_of(app).get_quiz_result(ANN)
        assert kept["answers"] == answers and kept["top"][0] == ["pr_dept", top[0].percent]
        assert store_of(app).get_quiz(ANN) is None

        # "read the role" is answered by the ask feature
        [reply] = await press(
            fake, ANN, mid, callbacks.encode("topic", "pr_dept"), "sendMessage", language_code=code
        )
        assert html.escape(kb.name("pr_dept", lang), quote=False) in reply.params["text"]

        # /quiz now offers the last result or a new round
        [offer] = await send(fake, ANN, "/quiz", language_code=code)
        offer_id = offer.response["result"]["message_id"]
        assert f"{kb.name('pr_dept', lang)} · {top[0].percent}%" in offer.params["text"]
        show, new = data_of(fake.message(ANN, offer_id))
        await press(fake, ANN, offer_id, show, language_code=code)
        assert fake.message(ANN, offer_id)["text"] == text
        [fresh] = await press(fake, ANN, offer_id, new, "sendMessage", language_code=code)
        assert f"1/{len(quiz)}" in fresh.params["text"]
        assert store_of(app).get_quiz(ANN)["answers"] == []


async def test_restart_mid_quiz_continues(fake, data_dir, engine, quiz):
    answers = search_answers_for(quiz, "store_ops")
    async with running(fake, data_dir, engine):
        [call] = await send(fake, ANN, "/quiz")
        mid = call.response["result"]["message_id"]
        for choice in answers[:5]:
            await press(fake, ANN, mid, answer_data(fake.message(ANN, mid), choice))
    assert f"6/{len(quiz)}" in fake.message(ANN, mid)["text"]

    async with running(fake, data_dir, engine) as app:  # a new process, the same data dir
        assert store_of(app).get_quiz(ANN)["answers"] == answers[:5]
        await press(fake, ANN, mid, answer_data(fake.message(ANN, mid), answers[5]))
        assert f"7/{len(quiz)}" in fake.message(ANN, mid)["text"]
        # /quiz brings the round back in a new message; the old one loses its buttons
        [resumed] = await send(fake, ANN, "/quiz")
        new_mid = resumed.response["result"]["message_id"]
        assert "question 7 of" in resumed.params["text"]
        assert keyboard(fake.message(ANN, mid)) == []
        for choice in answers[6:]:
            await press(fake, ANN, new_mid, answer_data(fake.message(ANN, new_mid), choice))
        assert store_of(app).get_quiz_result(ANN)["top"][0][0] == "store_ops"


# -- stale and forged buttons -----------------------------------------------------------------


async def test_stale_and_forged_buttons_change_nothing(fake, data_dir, engine, quiz):
    async with running(fake, data_dir, engine) as app:
        store = store_of(app)
        [call] = await send(fake, ANN, "/quiz")
        mid = call.response["result"]["message_id"]
        first = fake.message(ANN, mid)
        await press(fake, ANN, mid, answer_data(first, 1))
        second = fake.message(ANN, mid)

        # an old question's button, after moving on
        [note] = await press(fake, ANN, mid, answer_data(first, 2), "sendMessage")
        assert "earlier question" in note.params["text"]
        assert store.get_quiz(ANN)["answers"] == [1]

        # a double tap: only the first press counts
        mark = fake.mark()
        fake.push_callback(ANN, mid, answer_data(second, 0))
        fake.push_callback(ANN, mid, answer_data(second, 0))
        await fake.wait_for_calls("sendMessage", after=mark)
        assert store.get_quiz(ANN)["answers"] == [1, 0]
        assert len(fake.calls_for("editMessageText", after=mark)) == 1

        # Ann's message forwarded to Bob, who presses it in his own chat
        third = fake.message(ANN, mid)
        [note] = await press(fake, BOB, 77, answer_data(third, 0), "sendMessage", user_id=BOB)
        assert "belongs to someone else" in note.params["text"]
        assert store.get_quiz(ANN)["answers"] == [1, 0] and store.get_quiz(BOB) is None

        # forged data: Bob's own id with a made-up round, a choice out of range, garbage
        tag = f"{BOB}.abc123.0"
        for data in (
            callbacks.encode("quiz", tag, "0"),
            callbacks.encode("quiz", f"{ANN}.{store.get_quiz(ANN)['round']}.2", "9"),
            callbacks.encode("quiz", "not-a-tag", "0"),
            "1|q|x",
            "9|q|a|b",
        ):
            user = BOB if str(BOB) in data else ANN
            await press(fake, user, mid if user == ANN else 77, data, "sendMessage", user_id=user)
        assert store.get_quiz(BOB) is None
        assert store.get_quiz(ANN)["answers"] == [1, 0]

        # in a group: Bob presses Ann's quiz buttons
        group = -1001234
        [call] = await send(fake, group, "/quiz", user_id=BOB, chat_type="supergroup")
        gmid = call.response["result"]["message_id"]
        [note] = await press(
            fake, group, gmid, answer_data(fake.message(group, gmid), 0), "sendMessage", user_id=ANN
        )
        assert "belongs to someone else" in note.params["text"]
        assert store.get_quiz(BOB)["answers"] == []
        await press(fake, group, gmid, answer_data(fake.message(group, gmid), 0), user_id=BOB)
        assert store.get_quiz(BOB)["answers"] == [0]

        # start over: a new round; the old round's buttons are stale from then on
        old_round = store.get_quiz(ANN)["round"]
        restart = next(d for d in data_of(fake.message(ANN, mid)) if d.endswith("|restart"))
        await press(fake, ANN, mid, restart)
        assert store.get_quiz(ANN)["answers"] == [] and store.get_quiz(ANN)["round"] != old_round
        await press(fake, ANN, mid, answer_data(third, 0), "sendMessage")
        assert store.get_quiz(ANN)["answers"] == []
        assert fake.stats.get("500", 0) == 0


async def test_deep_link_menu_and_commands(fake, data_dir, engine, quiz):
    async with running(fake, data_dir, engine):
        assert {"quiz", "challenge"} <= {c["command"] for c in fake.commands()}
        assert {"quiz", "challenge"} <= {c["command"] for c in fake.commands(language_code="zh")}
        [call] = await send(fake, ANN, "/start quiz")
        assert f"1/{len(quiz)}" in call.params["text"]
        [help_call] = await send(fake, BOB, "/help", user_id=BOB)
        assert "/quiz" in help_call.params["text"] and "/challenge" in help_call.params["text"]
        [welcome] = await send(fake, BOB, "/start", user_id=BOB)
        menu_id = welcome.response["result"]["message_id"]
        [call] = await press(
            fake, BOB, menu_id, callbacks.encode("menu", "quiz"), "sendMessage", user_id=BOB
        )
        assert f"1/{len(quiz)}" in call.params["text"]


# -- the challenge ----------------------------------------------------------------------------


async def answer_poll(
    fake: FakeBotAPI, poll_id: str, user: int, option: int, method: str = "sendPoll"
) -> list:
    mark = fake.mark()
    fake.push_poll_answer(poll_id, user, [option])
    return await fake.wait_for_calls(method, after=mark)


@pytest.mark.parametrize("first_round", [1, 1000, 777777])
async def test_challenge_round(fake, data_dir, engine, tokens, first_round):
    tokens(first_round)
    kb = engine.kb
    async with running(fake, data_dir, engine) as app:
        [poll_call] = await send(fake, ANN, "/challenge", "sendPoll")
        assert "Challenge" in fake.sent(ANN)[-1]
        missed = []
        for index in range(5):
            poll = poll_call.response["result"]["poll"]
            params = poll_call.params
            assert params["type"] == "quiz" and params["is_anonymous"] is False
            assert len(params["explanation"]) <= 200
            assert poll["question"].startswith(f"{index + 1}/5")
            right = poll["correct_option_ids"][0]
            if index in (1, 3):  # Bob's answer to Ann's poll does not count
                mark = fake.mark()
                fake.push_poll_answer(poll["id"], BOB, [right])
                fake.push_message(BOB, "/about", user_id=BOB)  # a marker: updates run in order
                await fake.wait_for_calls("sendMessage", chat_id=BOB, after=mark)
                assert not fake.calls_for("sendPoll", after=mark)
            option = right if index % 2 == 0 else (right + 1) % len(poll["options"])
            if option != right:
                row = store_of(app).get_challenge_poll(poll["id"])
                round_ = store_of(app).get_challenge(row["round"])
                missed.append(round_["questions"][index]["topic"])
            if index < 4:
                [poll_call] = await answer_poll(fake, poll["id"], ANN, option)
            else:
                [score] = await answer_poll(fake, poll["id"], ANN, option, "sendMessage")
        assert "3/5" in score.params["text"]
        buttons = data_of(fake.message(ANN, score.response["result"]["message_id"]))
        assert buttons == [callbacks.encode("topic", t) for t in missed]
        # a second answer to a finished round changes nothing
        mark = fake.mark()
        fake.push_poll_answer(poll["id"], ANN, [0])
        await send(fake, ANN, "/about")
        assert not fake.calls_for("sendPoll", after=mark)
        [reply] = await press(
            fake, ANN, score.response["result"]["message_id"], buttons[0], "sendMessage"
        )
        assert html.escape(kb.name(missed[0], "en"), quote=False) in reply.params["text"]


async def test_challenge_again_closes_the_open_round(fake, data_dir, engine):
    async with running(fake, data_dir, engine):
        [first] = await send(fake, ANN, "/challenge", "sendPoll", language_code="zh-tw")
        poll = first.response["result"]["poll"]
        assert "/5" in poll["question"]
        right = poll["correct_option_ids"][0]
        [second] = await answer_poll(fake, poll["id"], ANN, right)
        mark = fake.mark()
        fake.push_message(ANN, "/challenge", language_code="zh-tw")
        await fake.wait_for_calls("sendPoll", after=mark)
        texts = [c.params["text"] for c in fake.calls_for("sendMessage", after=mark)]
        assert any("上一輪挑戰：答對1/5題" in text and "4題沒答" in text for text in texts)
        # the old round's open poll no longer counts
        mark = fake.mark()
        old = second.response["result"]["poll"]
        fake.push_poll_answer(old["id"], ANN, [old["correct_option_ids"][0]])
        await send(fake, ANN, "/about", language_code="zh-tw")
        assert not fake.calls_for("sendPoll", after=mark)
