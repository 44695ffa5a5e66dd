"""Asking about jobs: questions, /role, /compare, /switch, answer buttons, inline mode."""

from ..base import Feature, MenuEntry
from . import handlers, inline, store


def _install(app) -> None:
    handlers.install(app)
    inline.install(app)


FEATURE = Feature(
    name="ask",
    install=_install,
    menu=(
        MenuEntry("roles", "btn_role", 0, handlers.menu_opener("roles"),
                  handlers.chat_menu("roles")),
        MenuEntry("compare", "btn_compare", 0, handlers.menu_opener("compare"),
                  handlers.chat_menu("compare")),
        MenuEntry("switch", "btn_switch", 1, handlers.menu_opener("switch"),
                  handlers.chat_menu("switch")),
    ),
    chat_commands={
        "role": handlers.chat_role,
        "compare": handlers.chat_compare,
        "switch": handlers.chat_switch,
    },
    chat_buttons={action: handlers.chat_press for action in handlers.ANSWER_ACTIONS},
    migrations=tuple(store.MIGRATIONS),
)
