"""Button data: compact, versioned and validated.

Telegram gives a button 64 bytes of data and sends back whatever the client says, so every press
is parsed as untrusted input: a wrong version, an unknown action or a malformed id is `None`,
and the handler answers it with a friendly note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "1"
MAX_BYTES = 64
_PART = re.compile(r"^[A-Za-z0-9_.+:-]{1,48}$")

# action code -> (name, number of arguments). The answer buttons every feature may show, and the
# core's menu and language; features add their own with `register`.
ACTIONS = {
    "t": ("topic", 1),  # show an entry
    "i": ("into", 1),  # how to move into a job
    "c": ("compare", 2),  # compare two entries
    "s": ("sources", 1),  # the sources of an entry's answer
    "m": ("menu", 1),  # a /start menu item
    "l": ("lang", 1),  # choose the reply language
}


def register(name: str, code: str, nargs: int) -> None:
    """Add a feature's action; a code taken by another action is a programming error."""
    if ACTIONS.get(code, (name, nargs)) != (name, nargs):
        raise ValueError(f"button code {code!r} is taken by {ACTIONS[code][0]!r}")
    ACTIONS[code] = (name, nargs)


def pattern(*names: str) -> str:
    """A regular expression for CallbackQueryHandler: this version's data of these actions."""
    codes = "|".join(re.escape(c) for c, (n, _) in ACTIONS.items() if n in names)
    return rf"^{re.escape(VERSION)}\|(?:{codes})(?:\||$)"


@dataclass(frozen=True)
class Button:
    action: str
    args: tuple[str, ...]


def encode(action: str, *args: str) -> str:
    code = next(c for c, (name, _) in ACTIONS.items() if name == action)
    data = "|".join((VERSION, code, *args))
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Button | None:
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split("|")
    if len(parts) < 2 or parts[0] != VERSION or parts[1] not in ACTIONS:
        return None
    name, count = ACTIONS[parts[1]]
    args = tuple(parts[2:])
    if len(args) != count or not all(_PART.match(a) for a in args):
        return None
    return Button(name, args)
