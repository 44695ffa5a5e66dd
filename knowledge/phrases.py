"""The engine's own sentence pieces, from the catalog in knowledge/locales (engine.ftl).

`say` keeps its signature so the engine can be rewritten without caring where texts live.
"""

from __future__ import annotations

from pathlib import Path

from .i18n import Catalog
from .langs import Lang

CATALOG = Catalog([Path(__file__).parent / "locales"])


def say(key: str, lang: Lang, **values: str) -> str:
    """The phrase `key` in the reader's language and script; values already in that script."""
    return CATALOG.text(key, lang, **values)
