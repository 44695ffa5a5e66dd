"""What a feature shows, independent of where it is shown: a `View`.

A feature builds views (text blocks, choices, an optional picture); the Telegram chat, the
terminal chat and JSON each render them (bot/views/telegram.py, text.py, json.py). So no feature
writes Telegram HTML, and a new front end is a new renderer, not a change to every feature.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Literal


class Markup(str):
    """Text that already carries the little inline markup every renderer understands: <b>, <i>,
    <code> and HTML escapes. Catalog strings with emphasis (texts.t) arrive as Markup; plain
    `str` is escaped by the HTML renderer and printed as is by the others."""


Text = str  # plain text or Markup
Style = Literal["plain", "bold", "italic"]


@dataclass(frozen=True)
class Title:
    text: Text


@dataclass(frozen=True)
class Paragraph:
    text: Text
    style: Style = "plain"


@dataclass(frozen=True)
class Bullets:
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Sources:
    """Where the text comes from: shown apart (in italics on Telegram)."""

    text: Text


@dataclass(frozen=True)
class Gap:
    """An empty line between blocks."""


Block = Title | Paragraph | Bullets | Sources | Gap


@dataclass(frozen=True)
class Choice:
    """A button: its label and the action it sends back (encoded by bot/callbacks.py)."""

    label: str
    data: str


@dataclass
class View:
    blocks: list[Block] = field(default_factory=list)
    choices: list[list[Choice]] = field(default_factory=list)  # rows of buttons
    picture: bytes | None = None  # a PNG, shown before the text

    def add(self, *blocks: Block) -> View:
        self.blocks.extend(blocks)
        return self

    def map_text(self, convert: Callable[[str], str]) -> View:
        """The same view with every text converted (e.g. to the reader's script); Markup stays
        Markup."""

        def conv(text: Text) -> Text:
            out = convert(text)
            return Markup(out) if isinstance(text, Markup) else out

        blocks: list[Block] = []
        for block in self.blocks:
            if isinstance(block, Bullets):
                blocks.append(Bullets(tuple(conv(i) for i in block.items)))
            elif isinstance(block, Gap):
                blocks.append(block)
            else:
                blocks.append(replace(block, text=conv(block.text)))
        choices = [[Choice(conv(c.label), c.data) for c in row] for row in self.choices]
        return View(blocks, choices, self.picture)

    def all_choices(self) -> list[Choice]:
        return [choice for row in self.choices for choice in row]


def note(text: Text, choices: Iterable[Iterable[Choice]] = ()) -> View:
    """A one-paragraph view: usage lines, confirmations, polite refusals."""
    return View([Paragraph(text)], [list(row) for row in choices])


def rows(choices: Iterable[Choice], per_row: int = 2) -> list[list[Choice]]:
    flat = list(choices)
    return [flat[i : i + per_row] for i in range(0, len(flat), per_row)]
