"""Subscribers written straight into a state store, and the tips each received: the set-up of
every broadcast test."""

from __future__ import annotations

from pathlib import Path

from bot.storage import open_store


def subscribe(location: Path | str, chats: list[int], hour: int = 0, minute: int = 0,
              tz: str = "UTC") -> list[int]:
    """Subscribe `chats` at hour:minute in `tz` (00:00 UTC: due as soon as the bot looks)."""
    store = open_store(location)
    try:
        for chat in chats:
            store.subscribe(chat, chat, hour, minute, tz, 0.0)
    finally:
        store.close()
    return chats


def received(fake, chats: list[int]) -> dict[int, int]:
    """Messages each chat actually received (answered 200, or delivered before a drop)."""
    return {chat: len(fake.sent(chat)) for chat in chats}
