"""The engine's own sentence pieces, from the catalog in knowledge/locales (engine.ftl).

`say` keeps its signature so the engine can be rewritten without caring where texts live.
"""

from __future__ import annotations

from ..i18n import KNOWLEDGE as CATALOG
from ..text.langs import Lang, to_script

__all__ = ["CATALOG", "say"]


def say(key: str, lang: Lang, **values: str) -> str:
    """The phrase `key` in the reader's language and script.

    The values come from the knowledge base (Simplified source text): they are put in the
    reader's script here, as before; the message itself is written per locale.
    """
    return CATALOG.text(key, lang, **{k: to_script(v, lang) for k, v in values.items()})
