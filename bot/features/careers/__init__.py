"""Careers: /path (the easiest route between two jobs), /next (the closest jobs from here) and
/jd (read a job ad). A pasted job ad needs no command: the engine recognises one."""

from ..base import Feature
from . import handlers

FEATURE = Feature(
    name="careers",
    install=handlers.install,
    commands=handlers.menu_commands(),
    help=handlers.help_lines,
    chat_commands={"path": handlers.chat_path, "next": handlers.chat_next, "jd": handlers.chat_jd},
)
