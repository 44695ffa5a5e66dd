"""Docs kept true by the code: `python -m bot.docs` rewrites the generated blocks of README.md,
knowledge/data/SCHEMA.md and knowledge/data/IDS.md; `--check` only reports drift (exit 1), and
the test suite runs it.

A generated block sits between `<!-- [[[generated: NAME]]] -->` and `<!-- [[[end]]] -->`;
everything outside the markers is written by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from knowledge import docs as kb_docs

from .settings import ENVIRONMENT
from .texts import t

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(
    r"(<!-- \[\[\[generated: (?P<name>[a-z_-]+)\]\]\] -->\n)"
    r"(?P<body>.*?)"
    r"(<!-- \[\[\[end\]\]\] -->)",
    re.DOTALL,
)


def chat_commands() -> list[tuple[str, str, bool]]:
    """(command, what it does, in the menu) for every command the Application handles, read
    from the handlers the features and the core install: menu commands in menu order, then the
    others."""
    from types import SimpleNamespace

    from telegram.ext import ApplicationBuilder, CommandHandler

    from .app import add_handlers, menu_commands
    from .features import FEATURES
    from .settings import Settings

    app = ApplicationBuilder().token("1:docs").build()  # never started: no network
    # Installing reads only the settings (the curators' ids); no engine, no store.
    app.bot_data["services"] = SimpleNamespace(settings=Settings.from_env({}))
    app.bot_data["features"] = list(FEATURES)
    add_handlers(app)
    handled: list[str] = []
    for group in sorted(app.handlers):
        for handler in app.handlers[group]:
            if isinstance(handler, CommandHandler):
                handled += [c for c in sorted(handler.commands) if c not in handled]
    menu = menu_commands(FEATURES)
    order = [c for c in menu if c in handled] + [c for c in handled if c not in menu]
    return [(c, t(f"cmd_{c}", "en"), c in menu) for c in order]


def commands_table() -> str:
    rows = ["| command | what it does | in the menu |", "|---|---|---|"]
    for command, meaning, listed in chat_commands():
        rows.append(f"| `/{command}` | {_cell(meaning)} | {'yes' if listed else 'no'} |")
    return "\n".join(rows)


def settings_table() -> str:
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `{v.name}` | {_cell(v.default)} | {_cell(v.meaning)} |" for v in ENVIRONMENT]
    return "\n".join(rows)


def _cell(text: str) -> str:
    """A Markdown table cell: a bare | would end it."""
    return text.replace("|", "\\|")


# What the README shows of the terminal chat: a conversation as a person would have it.
TRANSCRIPT = (
    "what does a media buyer do",
    "how is it measured?",
    "what's the salary of a media buyer",
    "/path editor | product operations",
    "我是做编辑的，想转去做公关",
    "3",
)


def transcript() -> str:
    """The terminal chat answering TRANSCRIPT, run for real on a fresh data directory (the
    engine's wording changes show here, so the README never shows an old bot)."""
    import tempfile
    from datetime import UTC, datetime

    from knowledge.open import open_engine

    from .context import Services
    from .frontends.terminal import TerminalChat
    from .settings import Settings
    from .storage import open_store

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        settings = Settings.from_env({"CAREERBOT_DATA_DIR": str(data)})
        store = open_store(data / "state.db")
        try:
            services = Services(settings, open_engine(data), store)
            fixed = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
            chat = TerminalChat(services, now=lambda: fixed, language_code="en", first_name="Ann")
            lines = ["```"]
            for message in TRANSCRIPT:
                lines.append(f"you> {message}")
                lines += (chat.handle(message) or "").splitlines()
                lines.append("")
            lines[-1] = "```"
            return "\n".join(lines)
        finally:
            store.close()


GENERATORS: dict[str, dict[str, Callable[[], str]]] = {
    "README.md": {
        "chat-commands": commands_table,
        "settings": settings_table,
        "transcript": transcript,
    },
    "knowledge/data/SCHEMA.md": {"fields": kb_docs.fields_table},
    "knowledge/data/IDS.md": {"ids": kb_docs.ids_list},
}


def render(text: str, generators: dict[str, Callable[[], str]], where: str = "") -> str:
    """`text` with every generated block rewritten; a block without a generator, or a
    generator without its block, is an error (a renamed marker must not go unnoticed)."""
    seen: set[str] = set()

    def fill(match: re.Match) -> str:
        name = match["name"]
        if name not in generators:
            raise KeyError(f"{where}: no generator for block {name!r}")
        seen.add(name)
        return f"{match[1]}{generators[name]().rstrip()}\n{match[4]}"

    out = BLOCK.sub(fill, text)
    missing = set(generators) - seen
    if missing:
        raise KeyError(f"{where}: no block for {sorted(missing)}")
    return out


def drifted(root: Path = ROOT) -> list[str]:
    """The files whose generated blocks differ from what the code says now."""
    return _renew(root, save=False)


def write(root: Path = ROOT) -> list[str]:
    """Bring the generated blocks up to date; the files that changed."""
    return _renew(root, save=True)


def _renew(root: Path, save: bool) -> list[str]:
    changed = []
    for name, generators in GENERATORS.items():
        path = root / name
        text = path.read_text(encoding="utf-8")
        new = render(text, generators, name)
        if new != text:
            if save:
                path.write_text(new, encoding="utf-8")
            changed.append(name)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.docs", description=__doc__)
    parser.add_argument("--check", action="store_true", help="report drift, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        stale = drifted()
        for name in stale:
            print(f"{name}: generated blocks are out of date; run python -m bot.docs")
        return 1 if stale else 0
    for name in write():
        print(f"rewrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
