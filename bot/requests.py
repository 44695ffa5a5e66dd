"""One line of `careerbot ask --jsonl`: a plain question, or {"q", "session", "lang"} as JSON.

Lines with the same session are one conversation, in order, so follow-ups ("how do I get into
it?") are understood as they are in a chat.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from knowledge.engine import Engine
from knowledge.engine.answer import Answer
from knowledge.text.langs import LANGS, Lang

from .memory import ChatMemory


@dataclass(frozen=True)
class Request:
    question: str
    session: str | None = None
    lang: Lang | None = None


def parse_line(line: str) -> Request:
    """A JSON object with "q" is a request; anything else is the question itself."""
    text = line.rstrip("\r\n")
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("q"), str):
            session = data.get("session")
            lang = data.get("lang")
            return Request(
                data["q"],
                str(session) if session is not None else None,
                lang if lang in LANGS else None,
            )
    return Request(text)


class Sessions:
    """The conversation of each session named in the input: a chat's memory each, as on
    Telegram and in the terminal chat."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.memories: dict[str, ChatMemory] = {}

    def answer(self, request: Request, lang: Lang | None = None) -> Answer:
        memory = (
            self.memories.setdefault(request.session, ChatMemory()) if request.session else None
        )
        talk = memory.conversation if memory else None
        answer = self.engine.answer(request.question, lang=request.lang or lang, conversation=talk)
        if memory:
            memory.keep(answer)
        return answer
