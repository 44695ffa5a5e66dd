"""The whole user state as JSON lines, and back (`careerbot export` / `careerbot import`).

So state can move between hosts (or backends) with nothing but a pipe: one object per row,
`{"table": ..., "row": {...}}`, tables and rows in a fixed order so two exports of the same
state are byte-for-byte equal. The migration records are not exported: the importing store
has its own, from its own code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .state import StateStore

# Not anyone's state: the processes running now (copies), whom their flood guards ignore this
# minute (quiet), and the send-slot timeline (_send_slots).
INTERNAL = ("_migrations", "_send_slots", "copies", "quiet")


class ImportRefused(Exception):
    """The store already holds state; importing over it needs `replace=True`."""


def tables(store: StateStore) -> list[str]:
    """The user-state tables, by name (SQLite's own and the migration records left out)."""
    return sorted(name for name in store.db.table_names()
                  if name not in INTERNAL and not name.startswith("sqlite_"))


def export_lines(store: StateStore) -> Iterator[str]:
    """Every row of every table as a JSON line, in table then primary-key order."""
    with store._lock:
        for table in tables(store):
            keys = store.db.primary_key(table)
            order = ", ".join(f'"{k}"' for k in keys)
            for row in store.db.query(f'select * from "{table}" order by {order}'):
                yield json.dumps({"table": table, "row": row}, ensure_ascii=False,
                                 sort_keys=True)


def row_count(store: StateStore) -> int:
    with store._lock:
        return sum(store.db.count(table) for table in tables(store))


def import_lines(store: StateStore, lines: Iterable[str], replace: bool = False) -> int:
    """Insert the exported rows in one transaction; returns how many. A store that already
    holds rows refuses (ImportRefused) unless `replace`, which empties every table first.
    A line for a table this code does not know is an error, not silently dropped."""
    known = set(tables(store))
    rows: list[tuple[str, dict]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            table, row = item["table"], item["row"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"line {number}: not an exported row ({exc})") from exc
        if table not in known or not isinstance(row, dict):
            raise ValueError(f"line {number}: unknown table {table!r}")
        rows.append((table, row))
    with store._lock:
        if not replace and row_count(store):
            raise ImportRefused("the store is not empty")
        with store.db.transaction() as db:
            if replace:
                for table in known:
                    db.execute(f'delete from "{table}"')
            for table, row in rows:
                columns = ", ".join(f'"{c}"' for c in row)
                marks = ", ".join("?" for _ in row)
                db.execute(f'insert into "{table}" ({columns}) values ({marks})',
                           list(row.values()))
            for table in {table for table, _ in rows}:
                db.after_import(table)
    return len(rows)
