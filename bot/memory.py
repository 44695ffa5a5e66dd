"""A chat's memory of its subject, apart from Telegram: the terminal chat and `careerbot ask
--jsonl` keep one too, without loading python-telegram-bot."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.engine.answer import Answer
from knowledge.engine.understand.conversation import Conversation


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
