"""What a feature declares, so the core can assemble the bot without naming any feature.

A feature is a package under bot/features/ exposing `FEATURE`. The core installs its Telegram
handlers, builds the /start menu, /help and the command menus from what it declares, and the
terminal chat reaches it through `chat_commands` and `chat_buttons`. Listing it in
bot/features/__init__.py is the only change elsewhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from telegram import Update
from telegram.ext import Application

from knowledge.text.langs import Lang

from ..callbacks import Button
from ..context import CareerContext, Services
from ..memory import ChatMemory
from ..store.migrations import Migration
from ..views.model import View

# The person of the terminal chat: stored like anyone else, under an id no Telegram user has.
LOCAL_USER_ID = -1

TelegramHandler = Callable[[Update, CareerContext], Awaitable[None]]


@dataclass
class Person:
    """Who asks, wherever they ask from: enough for a feature to answer without Telegram."""

    user_id: int
    chat_id: int
    lang: Lang
    private: bool = True
    first_name: str = ""
    language_code: str | None = None  # the client's language setting, if the front end has one
    memory: ChatMemory = field(default_factory=ChatMemory)  # the chat's last subject


@dataclass
class Session:
    """A front end's handle on the services for one person (the terminal chat has one)."""

    services: Services
    person: Person
    now: Callable[[], datetime]
    state: dict = field(default_factory=dict)  # per-feature scratch space, by feature name


ChatCommand = Callable[[Session, str], list[View]]
ChatButton = Callable[[Session, Button], list[View]]


@dataclass(frozen=True)
class MenuEntry:
    """A /start menu button: `item` is sent back as `menu|item`; `row` orders the rows."""

    item: str
    label_key: str  # a texts.t key
    row: int
    open: TelegramHandler  # what a press does on Telegram
    chat: ChatCommand | None = None  # the same in the terminal chat


@dataclass(frozen=True)
class Feature:
    name: str
    install: Callable[[Application], None]  # adds the feature's Telegram handlers
    # Its commands in the menu, in order; each described by `cmd_<name>` in the catalog.
    commands: tuple[str, ...] = ()
    help_keys: tuple[str, ...] = ()  # catalog keys of its /help lines (HTML), in order
    menu: tuple[MenuEntry, ...] = ()
    chat_commands: Mapping[str, ChatCommand] = field(default_factory=dict)
    chat_buttons: Mapping[str, ChatButton] = field(default_factory=dict)  # by button action
    chat_opened: ChatCommand | None = None  # what the terminal chat shows when it opens
    migrations: tuple[Migration, ...] = ()  # its tables in the user-state store
