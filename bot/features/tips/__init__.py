"""The daily tip: /tip, /subscribe, /unsubscribe, /settings and the broadcaster."""

from ..base import Feature, MenuEntry
from . import handlers, store

FEATURE = Feature(
    name="tips",
    install=handlers.install,
    commands=handlers.COMMANDS,
    help_keys=(handlers.HELP_KEY,),
    menu=(MenuEntry("tip", "btn_tip", 1, handlers.show_today, handlers.chat_tip),),
    chat_commands={
        "tip": handlers.chat_tip,
        "subscribe": handlers.chat_subscribe,
        "unsubscribe": handlers.chat_unsubscribe,
        "settings": handlers.chat_settings,
    },
    chat_buttons={"tip": handlers.chat_press},
    chat_opened=handlers.chat_opened,
    migrations=tuple(store.MIGRATIONS),
)
