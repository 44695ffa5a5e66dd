"""Views as JSON-ready dicts: for programs that drive the bot's features (and for tests)."""

from __future__ import annotations

import base64
from typing import Any

from .model import Bullets, Gap, Paragraph, Sources, Title, View
from .text import plain


def view_json(view: View) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    for block in view.blocks:
        if isinstance(block, Title):
            blocks.append({"type": "title", "text": plain(block.text)})
        elif isinstance(block, Paragraph):
            blocks.append({"type": "paragraph", "text": plain(block.text), "style": block.style})
        elif isinstance(block, Bullets):
            blocks.append({"type": "bullets", "items": [plain(i) for i in block.items]})
        elif isinstance(block, Sources):
            blocks.append({"type": "sources", "text": plain(block.text)})
        elif isinstance(block, Gap):
            continue
    out: dict[str, Any] = {
        "blocks": blocks,
        "choices": [[{"label": plain(c.label), "action": c.data} for c in row]
                    for row in view.choices],
    }
    if view.picture:
        out["picture_png"] = base64.b64encode(view.picture).decode("ascii")
    return out
