"""The core: /start and its menu, /help, /about, /lang, and the fallbacks. Always installed,
last; not listed in FEATURES."""

from ..base import Feature
from . import handlers

FEATURE = Feature(
    name="start",
    install=handlers.install,
    chat_commands={
        "start": handlers.chat_start,
        "help": handlers.chat_help,
        "about": handlers.chat_about,
        "lang": handlers.chat_lang,
    },
    chat_buttons={"lang": handlers.chat_lang_button, "menu": handlers.chat_menu_button},
)
