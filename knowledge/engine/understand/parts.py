"""Sentences of a message: asides ("面试被问懵了", "lol, my boss asked") are sentences that name
nothing we know, and must not drag down the confidence of the sentence that does."""

from __future__ import annotations

import re

_BREAK = re.compile(
    r"[，,。？！?!；;\n…~～]+|\.(?=\s|$)|\s+-\s+|\s+(?:lol|lmao|haha+|tbh|btw)\b\s*", re.I
)


def sentences(text: str) -> list[str]:
    """The message cut at sentence and clause marks; empty pieces dropped."""
    return [p.strip() for p in _BREAK.split(text) if p and p.strip()]
