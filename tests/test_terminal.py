"""The terminal chat: every feature as plain text, buttons as numbered follow-ups; and the
program driven through a pseudo-terminal as a person would drive it."""

from __future__ import annotations

import json
import os
import re
import select
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest

from bot.context import Services
from bot.features import FEATURES
from bot.features import start as core
from bot.features.base import LOCAL_USER_ID
from bot.frontends.terminal import TerminalChat
from bot.settings import Settings
from bot.storage import open_store
from bot.views.json import view_json
from bot.views.telegram import view_html, view_markup
from knowledge.quiz import Quiz

EXE = os.path.join(os.path.dirname(sys.executable), "careerbot")
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def chat(data_dir, engine):
    store = open_store(data_dir / "state.db")
    yield TerminalChat(Services(Settings(data_dir=data_dir), engine, store), now=lambda: NOON)
    store.close()


def choice(reply: str, label: str) -> str:
    """The number in front of the first choice whose label contains `label`."""
    for line in reply.splitlines():
        match = re.match(r"^\s+(\d+)\. (.*)$", line)
        if match and label in match[2]:
            return match[1]
    raise LookupError(f"no choice {label!r} in:\n{reply}")


def test_answers_with_numbered_follow_ups(chat):
    reply = chat.handle("what does a media buyer do")
    assert reply.splitlines()[0] == "Media buyer" and "<b>" not in reply
    number = choice(reply, "vs")
    compared = chat.handle(number)
    assert " vs " in compared.splitlines()[0] or "Media buyer" in compared
    sources = chat.handle(choice(compared, "Sources"))
    assert ".txt" in sources and "<code>" not in sources
    assert "no choice 99" in chat.handle("99")


def test_start_menu_help_about_lang(chat):
    menu = chat.handle("/start")
    roles = chat.handle(choice(menu, "Ask about a role"))
    assert "Brand department" in roles
    assert "/compare" in chat.handle("/help") and "/tip" in chat.handle("/help")
    assert "articles" in chat.handle("/about")
    langs = chat.handle("/lang")
    assert "简体中文" in chat.handle(choice(langs, "简体中文"))
    assert "媒介" in chat.handle("what does a media buyer do")
    chat.handle("/lang auto")
    assert "/help" in chat.handle("/frobnicate")
    assert chat.handle("") == "" and chat.handle("/quit") is None


def test_tips_are_stored_like_any_subscriber(chat):
    tip = chat.handle("/tip")
    assert "Tip of the day" in tip
    assert "Another tip" in chat.handle(choice(tip, "Another tip"))
    assert "08:00" in chat.handle("/subscribe 8am Europe/Berlin")
    row = chat.services.store.get_subscription(LOCAL_USER_ID)
    assert row and row["tz"] == "Europe/Berlin" and row["active"] == 1
    assert "Europe/Berlin" in chat.handle("/settings")
    assert "no more" in chat.handle("/unsubscribe").lower()


def test_quiz_by_numbers(chat, engine):
    quiz = Quiz.from_entries(engine.kb.entries)
    reply = chat.handle("/quiz")
    for index in range(len(quiz)):
        assert f"{index + 1}/{len(quiz)}" in reply
        reply = chat.handle("1")
    assert "Your best matches" in reply and "%" in reply
    assert chat.services.store.get_quiz_result(LOCAL_USER_ID)["top"]


def test_challenge_as_numbered_questions(chat):
    reply = chat.handle("/challenge")
    assert "1/5" in reply
    for _ in range(5):
        reply = chat.handle("1")
    assert "Challenge done" in reply and re.search(r"\d/5 right", reply)


@pytest.mark.parametrize("name", sorted({c for f in [*FEATURES, core.FEATURE]
                                         for c in f.chat_commands}))
def test_every_feature_renders_on_every_front_end(chat, name):
    """Whatever a feature shows in the terminal also renders for Telegram and as JSON."""
    command = {f: c for feat in [*FEATURES, core.FEATURE]
               for f, c in feat.chat_commands.items()}[name]
    chat.session.person.lang = "en"
    views = command(chat.session, "brand | PR department" if name in ("compare", "switch")
                    else "media buyer" if name == "role" else "")
    assert views
    for view in views:
        assert view_html(view).strip()
        view_markup(view)
        assert view_json(view)["blocks"]


# -- through a pseudo-terminal --------------------------------------------------------------


class Terminal:
    """`careerbot chat` on a pseudo-terminal: type, read what appears, press Ctrl-D."""

    def __init__(self, env: dict[str, str]):
        self.master, slave = os.openpty()
        self.proc = subprocess.Popen([EXE, "chat"], stdin=slave, stdout=slave, stderr=slave,
                                     env=env, start_new_session=True)
        os.close(slave)
        self.seen = ""

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def expect(self, pattern: str, timeout: float = 30) -> str:
        """Read until `pattern` appears in the output since the last expect; return that."""
        end = time.monotonic() + timeout
        while not re.search(pattern, self.seen):
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{pattern!r} not seen in:\n{self.seen[-2000:]}")
            if select.select([self.master], [], [], left)[0]:
                try:
                    self.seen += os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:  # the program ended and closed the terminal
                    raise AssertionError(f"{pattern!r} not seen:\n{self.seen[-2000:]}") from None
        found, self.seen = self.seen, ""
        return found

    def close(self) -> None:
        os.close(self.master)
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


def test_chat_in_a_terminal_quiz_paste_and_ctrl_d(data_dir, engine):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(CAREERBOT_DATA_DIR=str(data_dir), LANG="en_US.UTF-8")
    term = Terminal(env)
    try:
        term.expect(r"you> ")
        term.type("/quiz\n")
        total = len(Quiz.from_entries(engine.kb.entries))
        term.expect(rf"1/{total}[\s\S]*you> ")
        for index in range(total):
            term.type("2\n")
            term.expect(r"Your best matches[\s\S]*you> " if index == total - 1
                        else rf"{index + 2}/{total}[\s\S]*you> ")
        # A job description pasted in one go: one message, one answer.
        pasted = ("Job: media buyer\nPlan and buy ad space across channels\n"
                  "Track KOC seeding results\n")
        term.type(pasted)
        out = term.expect(r"you> ")
        assert out.count("Sources:") == 1 and "Media buyer" in out
        term.type("\x04")  # Ctrl-D
        assert term.proc.wait(timeout=20) == 0
    finally:
        term.close()
    with sqlite3.connect(data_dir / "state.db") as db:
        logged = [row[0] for row in db.execute("select question from questions")]
    assert logged == [pasted.strip("\n")]


def test_chat_jsonl_gives_every_reply_as_views(data_dir):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(CAREERBOT_DATA_DIR=str(data_dir), LANG="C")
    out = subprocess.run([EXE, "chat", "--jsonl"], input="/tip\n1\nwhat is KOC\n/quiz\n",
                         capture_output=True, text=True, env=env, timeout=60)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["message"] for r in rows] == ["/tip", "1", "what is KOC", "/quiz"]
    tip, another, koc, quiz = (r["views"][0] for r in rows)
    assert "Tip of the day" in tip["blocks"][0]["text"] and tip["choices"]
    assert "Another tip" in another["blocks"][0]["text"]
    assert koc["blocks"][0] == {"type": "title", "text": "KOC (key opinion consumer)"}
    assert any(b["type"] == "sources" for b in koc["blocks"])
    assert quiz["choices"][0][0]["action"].startswith("1|q|")


def test_a_due_daily_tip_is_shown_when_the_chat_opens_once_a_day(data_dir, engine):
    store = open_store(data_dir / "state.db")
    services = Services(Settings(data_dir=data_dir), engine, store)
    morning = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # 07:00 in Berlin
    chat = TerminalChat(services, now=lambda: morning)
    chat.handle("/subscribe 8am Europe/Berlin")
    assert chat.opened() == ""  # not yet eight
    later = TerminalChat(services, now=lambda: NOON)
    greeting = later.opened()
    assert "Your daily tip" in greeting and "Another tip" in greeting
    assert later.handle(choice(greeting, "Another tip"))
    assert TerminalChat(services, now=lambda: NOON).opened() == ""  # once a day
    assert store.delivery(LOCAL_USER_ID, "2026-03-02")["status"] == "sent"
    store.close()


def test_pictures_travel_in_views(chat, monkeypatch):
    """An org's answer and the quiz result carry their picture in the view (a placeholder in
    the terminal, a photo on Telegram); a drawing failure costs only the picture."""
    from bot.features.ask import handlers as ask

    assert "[picture, " in chat.handle("B公司的组织架构")
    assert "[picture, " not in chat.handle("what does a media buyer do")
    assert "[picture, " not in chat.handle("/quiz")  # a question has none
    for _ in range(40):
        reply = chat.handle("1")
        if "Your best matches" in reply:
            break
    assert "Your best matches" in reply and reply.index("[picture, ") < reply.index("Your best")

    def broken(*_args):
        raise RuntimeError("no fonts today")

    monkeypatch.setattr(ask, "draw_org_chart", broken)
    reply = chat.handle("how is marketing organised at a big hardware company")
    assert "[picture, " not in reply and reply.strip()


def test_a_path_comes_with_its_route_diagram(chat):
    reply = chat.handle("/path editor | product operations")
    assert "[picture, " in reply and "%" in reply
    assert "[picture, " not in chat.handle("/path editor | editor")  # no route: no picture
