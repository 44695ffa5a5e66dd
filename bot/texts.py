"""What the bot itself says: the catalog in bot/locales (and bot/features/*/locales).

`t` keeps its signature so features can move into packages without caring where texts live;
each feature may keep its own `.ftl` files in `<package>/locales/<locale>/`.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.i18n import Catalog
from knowledge.text.langs import Lang

_HERE = Path(__file__).parent
CATALOG = Catalog([_HERE / "locales", *sorted(_HERE.glob("features/*/locales"))])

# Each language named in itself, the same in every locale.
LANG_NAMES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}


def t(key: str, lang: Lang | str, **values) -> str:
    """The message `key` for a reader of `lang`; values must already be in that script."""
    return CATALOG.text(key, lang, **values)
