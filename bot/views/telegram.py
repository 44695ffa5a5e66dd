"""An `Answer` as Telegram HTML with buttons; long text split where a reader would split it."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge.answer import Answer, Link

from .. import callbacks
from ..texts import t

LIMIT = 4096  # Telegram's limit for one message's text


def answer_html(answer: Answer) -> str:
    parts = []
    if answer.title:
        parts.append(f"<b>{escape(answer.title)}</b>")
    parts.append(escape(answer.lead))
    if answer.bullets:
        parts.append("")
        parts += [f"• {escape(b)}" for b in answer.bullets]
    if answer.sources:
        parts.append("")
        line = answer.sources_line(
            escape(answer.sources_label), [escape(s.label()) for s in answer.sources]
        )
        parts.append(f"<i>{line}</i>")
    return "\n".join(parts)


def link_button(link: Link) -> InlineKeyboardButton | None:
    try:
        data = callbacks.encode(link.action, *link.ids)
    except (ValueError, StopIteration):
        return None  # an id too long for a button: the answer still stands without it
    return InlineKeyboardButton(link.label[:60], callback_data=data)


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    links = answer.alternatives or answer.followups
    buttons = [b for b in (link_button(link) for link in links[:6]) if b]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if answer.sources and answer.topic:
        src = link_button(Link("sources", (answer.topic,), t("btn_sources", answer.lang)))
        if src:
            rows.append([src])
    return InlineKeyboardMarkup(rows) if rows else None


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
