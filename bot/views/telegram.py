"""Views as Telegram HTML with inline keyboards; long text split where a reader would split it."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from telegram.error import BadRequest

from knowledge.engine.answer import Answer, Link

from ..sending import SafeBot
from .answer import answer_view, link_choice
from .model import Bullets, Gap, Markup, Paragraph, Sources, Text, Title, View

LIMIT = 4096  # Telegram's limit for one message's text


def _html(text: Text) -> str:
    return str(text) if isinstance(text, Markup) else escape(text, quote=False)


def view_html(view: View) -> str:
    lines: list[str] = []
    for block in view.blocks:
        if isinstance(block, Title):
            lines.append(f"<b>{_html(block.text)}</b>")
        elif isinstance(block, Paragraph):
            text = _html(block.text)
            lines.append({"bold": f"<b>{text}</b>", "italic": f"<i>{text}</i>"}.get(
                block.style, text))
        elif isinstance(block, Bullets):
            lines += [f"• {_html(item)}" for item in block.items]
        elif isinstance(block, Sources):
            lines.append(f"<i>{_html(block.text)}</i>")
        elif isinstance(block, Gap):
            lines.append("")
    return "\n".join(lines)


class Keyboard(InlineKeyboardMarkup):
    """An inline keyboard that serialises itself once. Why: the same few keyboards go under
    answer after answer, and building one and turning it into JSON for each send cost about
    0.3 ms of the loop's time a reply (issue 11's throughput). A TelegramObject is frozen once
    built, so the dict made at construction stays true; callers must not change what
    `to_dict` returns (the library only dumps it to JSON)."""

    __slots__ = ("_as_dict",)

    def __init__(self, inline_keyboard: Any) -> None:
        super().__init__(inline_keyboard)
        object.__setattr__(self, "_as_dict", super().to_dict())  # frozen: set past the guard

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        return self._as_dict if recursive else super().to_dict(recursive)


def view_markup(view: View) -> InlineKeyboardMarkup | None:
    return _keyboard(tuple(tuple((c.label, c.data) for c in row) for row in view.choices if row))


@lru_cache(maxsize=4096)
def _keyboard(rows: tuple[tuple[tuple[str, str], ...], ...]) -> Keyboard | None:
    """One keyboard per set of buttons (label, data), built and serialised once (`Keyboard`)."""
    if not rows:
        return None
    return Keyboard([[InlineKeyboardButton(label[:64], callback_data=data)
                      for label, data in row] for row in rows])


async def send_view(bot: Bot, chat_id: int, view: View) -> Message:
    """Send a view as new messages (a picture first); buttons go under the last part."""
    if view.picture:
        await bot.send_photo(chat_id, view.picture)
    parts = split_html(view_html(view))
    keyboard = view_markup(view)
    message: Message | None = None
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        message = await bot.send_message(chat_id, part, reply_markup=keyboard if last else None)
    assert message is not None
    return message


async def post_view(bot: Bot, chat_id: int, view: View) -> None:
    """`send_view` for views whose sent messages nobody reads back (answers): through
    `SafeBot.send_html`, which does not parse each sent message into a `Message`."""
    if not isinstance(bot, SafeBot):
        await send_view(bot, chat_id, view)
        return
    if view.picture:
        await bot.send_photo(chat_id, view.picture)
    parts = split_html(view_html(view))
    keyboard = view_markup(view)
    for i, part in enumerate(parts):
        await bot.send_html(chat_id, part, reply_markup=keyboard if i == len(parts) - 1 else None)


async def edit_view(query: CallbackQuery, view: View) -> None:
    """Show a view in place of the message whose button was pressed (menus, quiz steps)."""
    try:
        await query.edit_message_text(view_html(view), reply_markup=view_markup(view))
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


def answer_html(answer: Answer) -> str:
    return view_html(answer_view(answer))


def link_button(link: Link) -> InlineKeyboardButton | None:
    choice = link_choice(link)
    return InlineKeyboardButton(choice.label, callback_data=choice.data) if choice else None


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    return view_markup(answer_view(answer))


def split_html(text: str, limit: int = LIMIT) -> list[str]:
    """Cut at line, then word boundaries, never inside a tag or an entity."""
    if len(text) <= limit:
        return [text]
    room = limit - 32  # space for the closing tags a cut may need
    pieces: list[str] = []
    for line in text.split("\n"):
        while len(line) > room:
            cut = _safe_cut(line, room)
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        pieces.append(line)
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}\n{piece}" if current else piece
        if len(candidate) > room and current:
            chunks.append(current)
            current = piece
        else:
            current = candidate
    chunks.append(current)
    return [_balance(c) for c in chunks if c.strip()]


def _safe_cut(line: str, limit: int) -> int:
    cut = line.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    # do not cut inside "<...>" or "&...;"
    lt, gt = line.rfind("<", 0, cut), line.rfind(">", 0, cut)
    if lt > gt:
        cut = lt
    amp, semi = line.rfind("&", 0, cut), line.rfind(";", 0, cut)
    if amp > semi:
        cut = amp
    return max(cut, 1)


def _balance(chunk: str) -> str:
    """Close tags a cut left open and drop closing tags whose opening went to the previous part."""
    out, stack = [], []
    i = 0
    while i < len(chunk):
        if chunk.startswith("<", i):
            end = chunk.find(">", i)
            tag = chunk[i : end + 1]
            name = tag.strip("</>").split()[0] if end > i else ""
            if tag.startswith("</"):
                if stack and stack[-1] == name:
                    stack.pop()
                    out.append(tag)
            else:
                stack.append(name)
                out.append(tag)
            i = end + 1
        else:
            out.append(chunk[i])
            i += 1
    out += [f"</{name}>" for name in reversed(stack)]
    return "".join(out)
