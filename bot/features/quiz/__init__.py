"""The "which job fits you" quiz and the /challenge knowledge check."""

from ..base import Feature, MenuEntry
from . import handlers, store

FEATURE = Feature(
    name="quiz",
    install=handlers.install,
    commands=("quiz", "challenge"),
    help_keys=("quiz_help",),
    menu=(MenuEntry("quiz", "btn_quiz", 2, handlers.quiz_command, handlers.chat_quiz),),
    chat_commands={"quiz": handlers.chat_quiz, "challenge": handlers.chat_challenge},
    chat_buttons={"quiz": handlers.chat_quiz_button,
                  "challenge": handlers.chat_challenge_button},
    migrations=tuple(store.MIGRATIONS),
)
