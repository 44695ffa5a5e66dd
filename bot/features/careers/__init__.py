"""Careers: /path (the easiest route between two jobs), /next (the closest jobs from here) and
/jd (read a job ad). A pasted job ad needs no command: the engine recognises one."""

from ..base import Feature
from . import handlers

FEATURE = Feature(
    name="careers",
    install=handlers.install,
    commands=("path", "next", "jd"),  # described by cmd_<name> in locales/*/careers.ftl
    help_keys=("careers_help",),
    chat_commands={"path": handlers.chat_path, "next": handlers.chat_next, "jd": handlers.chat_jd},
)
