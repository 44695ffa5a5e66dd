"""Users' data: /privacy (what is stored, why, for how long) and /forget (delete it all);
and the question log's expiry after CAREERBOT_LOG_DAYS days."""

from ..base import Feature
from . import handlers

FEATURE = Feature(
    name="privacy",
    install=handlers.install,
    commands=handlers.COMMANDS,
    help_keys=(handlers.HELP_KEY,),
    chat_commands={"privacy": handlers.chat_privacy, "forget": handlers.chat_forget},
    chat_buttons={"forget": handlers.chat_press},
)
