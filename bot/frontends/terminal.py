"""The terminal chat: every feature, as plain text, for one local person.

It reaches the features through what they declare for it (`chat_commands`, `chat_buttons`,
bot/features/base.py) and renders their views with bot/views/text.py: buttons become numbered
follow-ups ("2. Compare …"), typed as the number. The person is stored like any user (the
fixed id LOCAL_USER_ID), so /lang, /subscribe and the quiz are remembered between runs.
A multi-line paste is one message; /quit or Ctrl-D leaves (an empty line does nothing).
"""

from __future__ import annotations

import json
import os
import select
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from knowledge.text.langs import Lang, detect, from_telegram_code, is_zh

from .. import callbacks
from ..context import Services, stored_lang
from ..features import FEATURES
from ..features import start as core
from ..features.ask.handlers import answer_question
from ..features.base import LOCAL_USER_ID, ChatButton, ChatCommand, Person, Session
from ..features.replies import stale
from ..features.tips.tiptime import utc_now
from ..texts import t
from ..views.json import view_json
from ..views.model import Choice, View, note
from ..views.text import numbered

QUIT = ("/quit", "/exit", "quit", "exit")
PASTE_WINDOW = 0.05  # seconds: lines arriving closer together than this are one paste


def locale_code(env: dict[str, str] | None = None) -> str | None:
    """The terminal's language as a Telegram-style code: zh_TW.UTF-8 -> zh-tw."""
    env = os.environ if env is None else env
    raw = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    code = raw.split(".")[0].replace("_", "-").lower()
    return code if code and code not in ("c", "posix") else None


class TerminalChat:
    """One conversation: a message in, the reply's text out (None: the person left)."""

    def __init__(self, services: Services, now: Callable[[], datetime] = utc_now,
                 language_code: str | None = None, first_name: str = ""):
        self.services = services
        self.language_code = language_code
        installed = [*FEATURES, core.FEATURE]
        self.commands: dict[str, ChatCommand] = {}
        self.buttons: dict[str, ChatButton] = {}
        for feature in installed:
            self.commands.update(feature.chat_commands)
            self.buttons.update(feature.chat_buttons)
        person = Person(LOCAL_USER_ID, LOCAL_USER_ID, "en", first_name=first_name,
                        language_code=language_code)
        self.session = Session(services, person, now,
                               state={"features": list(FEATURES)})
        self.choices: list[Choice] = []
        self.installed = installed
        services.store.touch_user(LOCAL_USER_ID, LOCAL_USER_ID, language_code)

    def opened(self) -> str:
        """What features show as the chat opens (a daily tip that is due), numbered."""
        self.session.person.lang = self._lang(None)
        views = [v for f in self.installed if f.chat_opened
                 for v in f.chat_opened(self.session, "")]
        reply, self.choices = numbered(views)
        return reply

    def _lang(self, question: str | None) -> Lang:
        stored = self.services.store.get_user(LOCAL_USER_ID)
        if question and not (stored and stored.lang):
            return detect(question, from_telegram_code(self.language_code))
        return stored_lang(stored, self.language_code)

    def handle(self, message: str) -> str | None:
        """The reply as text ("" for an empty message, None when the person leaves)."""
        views = self.views(message)
        if views is None:
            return None
        reply, self.choices = numbered(views)
        return reply

    def views(self, message: str) -> list[View] | None:
        """The reply as views, for renderers other than text (None: the person leaves)."""
        text = message.strip()
        if text.lower() in QUIT:
            return None
        if not text:
            return []
        views = self._views(message.strip("\n"), text)
        self.choices = [c for view in views for c in view.all_choices()]
        return views

    def _views(self, message: str, text: str) -> list[View]:
        person = self.session.person
        if text.isdigit():
            person.lang = self._lang(None)
            return self._choose(int(text))
        if text.startswith("/"):
            person.lang = self._lang(None)
            name, _, args = text[1:].partition(" ")
            command = self.commands.get(name.split("@")[0].lower())
            if command is None:
                return [note(t("unknown_command", person.lang))]
            return command(self.session, args.strip())
        person.lang = self._lang(message)
        return answer_question(self.services, person, message)

    def _choose(self, number: int) -> list[View]:
        lang = self.session.person.lang
        if not 1 <= number <= len(self.choices):
            return [note(t("chat_no_choice", lang, n=number))]
        pressed = callbacks.decode(self.choices[number - 1].data)
        button = self.buttons.get(pressed.action) if pressed else None
        if pressed is None or button is None:
            return [stale(lang)]
        return button(self.session, pressed)


class MessageReader:
    """Whole messages from a terminal: the lines of a paste arrive together and are read as
    one message; a line typed on its own is a message. Not a terminal (a pipe, a file): one
    message a line."""

    def __init__(self, stream: TextIO = sys.stdin, window: float = PASTE_WINDOW):
        self.stream = stream
        self.window = window
        self.pending = b""
        try:
            self.fd: int | None = stream.fileno() if stream.isatty() else None
        except (AttributeError, OSError, ValueError):
            self.fd = None

    def read(self) -> str | None:
        """The next message, or None at the end of input (Ctrl-D)."""
        if self.fd is None:
            line = self.stream.readline()
            return line if line else None
        data = self.pending
        while b"\n" not in data:
            chunk = os.read(self.fd, 65536)
            if not chunk:  # Ctrl-D at the start of a line
                self.pending = b""
                return data.decode("utf-8", "replace") if data.strip() else None
            data += chunk
        # More lines within the window belong to the same paste.
        while select.select([self.fd], [], [], self.window)[0]:
            chunk = os.read(self.fd, 65536)
            if not chunk:
                break
            data += chunk
        cut = data.rfind(b"\n") + 1
        message, self.pending = data[:cut], data[cut:]
        return message.decode("utf-8", "replace")


def run_jsonl(services: Services, out: TextIO = sys.stdout, stream: TextIO = sys.stdin) -> int:
    """`careerbot chat --jsonl`: one message a line in, one JSON object a line out
    ({"message", "views"}); a number still picks a choice of the previous reply."""
    chat = TerminalChat(services, language_code=locale_code())
    for line in stream:
        views = chat.views(line.rstrip("\n"))
        if views is None:
            break
        record = {"message": line.rstrip("\n"), "views": [view_json(v) for v in views]}
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    return 0


def run(services: Services, announce: bool, out: TextIO = sys.stdout,
        stream: TextIO = sys.stdin) -> int:
    """The chat loop: prompt, read a message, print the reply; 0 when the person leaves."""
    chat = TerminalChat(services, language_code=locale_code(),
                        first_name=os.environ.get("USER", ""))
    lang = chat._lang(None)
    if announce:
        print(t("chat_no_token", lang), file=out)
    print(f"{t('chat_intro', lang)}{'' if is_zh(lang) else ' '}{t('chat_choose', lang)}", file=out)
    greeting = chat.opened()
    if greeting:
        print(greeting, file=out)
        print(file=out)
    reader = MessageReader(stream)
    while True:
        out.write("you> ")
        out.flush()
        message = reader.read()
        if message is None:
            out.write("\n")
            return 0
        reply = chat.handle(message)
        if reply is None:
            return 0
        if reply:
            print(reply, file=out)
            print(file=out)
            out.flush()
