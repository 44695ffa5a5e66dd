"""The operators' commands: `careerbot stats`, `unanswered [--csv]`, `export`, `import` and
`prune`. The same figures as /stats and /unanswered, for whoever has a shell but no Telegram
account on the admin list; and the whole user state through a pipe, to move it between hosts.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from ...context import Services
from ...settings import Settings
from ...storage import open_store
from ...store import StateStore
from ...store.transfer import ImportRefused, export_lines, import_lines
from ...views.text import view_text
from ..privacy.store import prune_questions
from .handlers import stats_view, unanswered_view

UNANSWERED_LIMIT = 50


@contextmanager
def _store(settings: Settings) -> Iterator[StateStore]:
    settings.ensure_data_dir()  # one clear line if the data directory is unusable
    store = open_store(settings.state_location)
    try:
        yield store
    finally:
        store.close()


def stats(settings: Settings, out: TextIO = sys.stdout) -> int:
    with _store(settings) as store:
        # The views read only the store; no knowledge base is needed for figures.
        print(view_text(stats_view(Services(settings, None, store))), file=out)  # type: ignore[arg-type]
    return 0


def unanswered(settings: Settings, as_csv: bool = False, out: TextIO = sys.stdout) -> int:
    with _store(settings) as store:
        if not as_csv:
            svc = Services(settings, None, store)  # type: ignore[arg-type]
            print(view_text(unanswered_view(svc)), file=out)
            return 0
        writer = csv.writer(out)
        writer.writerow(["time_utc", "lang", "confidence", "question"])
        for row in store.unanswered(limit=UNANSWERED_LIMIT):
            when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(row["ts"]))
            writer.writerow([when, row["lang"], f"{row['confidence']:.2f}", row["question"]])
    return 0


def export(settings: Settings, out: TextIO = sys.stdout) -> int:
    with _store(settings) as store:
        for line in export_lines(store):
            out.write(line + "\n")
    return 0


def import_(settings: Settings, replace: bool = False, source: TextIO = sys.stdin) -> int:
    with _store(settings) as store:
        try:
            count = import_lines(store, source, replace=replace)
        except ImportRefused:
            print("careerbot: the user state is not empty; `careerbot import --replace` "
                  "deletes it and imports", file=sys.stderr)
            return 1
        except ValueError as exc:
            print(f"careerbot: nothing imported: {exc}", file=sys.stderr)
            return 1
    print(f"import: {count} rows", file=sys.stderr)
    return 0


def prune(settings: Settings) -> int:
    with _store(settings) as store:
        gone = prune_questions(store, settings.log_days)
    print(f"prune: {gone} question(s) older than {settings.log_days} days deleted")
    return 0
