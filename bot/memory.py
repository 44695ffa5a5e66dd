"""A chat's memory of its subject, apart from Telegram: the terminal chat and `careerbot ask
--jsonl` keep one too, without loading python-telegram-bot."""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from knowledge.engine.answer import Answer
from knowledge.engine.understand.conversation import TTL_SECONDS, Conversation

if TYPE_CHECKING:
    from .store import StateStore

log = logging.getLogger("careerbot.memory")


@dataclass
class ChatMemory:
    """What a chat's last answer was about, so that "how do I get into it?" is understood.

    One per chat: Telegram keeps it in chat_data, the terminal chat for its session. The engine
    forgets it after 30 minutes; /start forgets it at once.
    """

    conversation: Conversation | None = None

    def keep(self, answer: Answer) -> None:
        if answer.context is not None:
            self.conversation = answer.context

    def forget(self) -> None:
        self.conversation = None


class StoredChatMemory(ChatMemory):
    """The same memory kept in the store's `conversations` table (one row per chat: the
    conversation as JSON and when it was kept), so that copies of the bot behind a load
    balancer all understand a follow-up. Read once per update, on first use; written when an
    answer changes the subject. Best effort, like the question log: a store that cannot be
    used costs the follow-up its context, never the answer."""

    def __init__(self, store: StateStore, chat_id: int):  # no super().__init__: a property
        self._store = store
        self._chat_id = chat_id
        self._value: Conversation | None = None
        self._loaded = False

    @property  # type: ignore[override]
    def conversation(self) -> Conversation | None:
        if not self._loaded:
            self._loaded = True
            try:
                self._value = decode(self._store.get_conversation(self._chat_id, TTL_SECONDS))
            except sqlite3.Error as exc:
                log.warning("chat %s: conversation not read: %s", self._chat_id, exc)
        return self._value

    @conversation.setter
    def conversation(self, value: Conversation | None) -> None:
        self._value, self._loaded = value, True

    def keep(self, answer: Answer) -> None:
        if answer.context is None:
            return
        self.conversation = answer.context
        try:
            self._store.keep_conversation(self._chat_id, encode(answer.context))
        except sqlite3.Error as exc:
            log.warning("chat %s: conversation not kept: %s", self._chat_id, exc)

    def forget(self) -> None:
        self.conversation = None
        try:
            self._store.forget_conversation(self._chat_id)
        except sqlite3.Error as exc:
            log.warning("chat %s: conversation not forgotten: %s", self._chat_id, exc)


def encode(conversation: Conversation) -> str:
    return json.dumps(dataclasses.asdict(conversation), ensure_ascii=False)


def decode(state: str | None) -> Conversation | None:
    if not state:
        return None
    try:
        data = json.loads(state)
        names = {f.name for f in dataclasses.fields(Conversation)}
        return Conversation(**{k: tuple(v) if isinstance(v, list) else v
                               for k, v in data.items() if k in names})
    except (ValueError, TypeError):  # written by another version: start afresh
        return None
