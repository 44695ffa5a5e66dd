"""Views as plain text for the terminal: markup dropped, buttons as numbered follow-ups."""

from __future__ import annotations

import html
import re

from .model import Bullets, Choice, Gap, Markup, Paragraph, Sources, Text, Title, View

_TAG = re.compile(r"</?(?:b|i|u|s|code|pre|a)(?:\s[^>]*)?>")


def plain(text: Text) -> str:
    """Markup without its tags and escapes; plain text as it is."""
    if isinstance(text, Markup):
        return html.unescape(_TAG.sub("", text))
    return str(text)


def view_text(view: View, first_number: int = 1) -> str:
    """The text of a view, then its choices numbered from `first_number` ("2. Compare")."""
    lines: list[str] = []
    if view.picture:
        lines.append(f"[picture, {len(view.picture)} bytes]")
    for block in view.blocks:
        if isinstance(block, Bullets):
            lines += [f"• {plain(item)}" for item in block.items]
        elif isinstance(block, Gap):
            lines.append("")
        elif isinstance(block, Title | Paragraph | Sources):
            lines.append(plain(block.text))
    choices = view.all_choices()
    if choices:
        lines.append("")
        lines += [f"  {n}. {plain(c.label)}" for n, c in enumerate(choices, first_number)]
    return "\n".join(lines)


def numbered(views: list[View]) -> tuple[str, list[Choice]]:
    """Several views as one reply, their choices numbered on through all of them."""
    parts: list[str] = []
    choices: list[Choice] = []
    for view in views:
        parts.append(view_text(view, first_number=len(choices) + 1))
        choices += view.all_choices()
    return "\n\n".join(parts), choices
