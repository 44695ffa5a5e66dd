"""The one way the user-state schema changes: numbered migrations, per feature.

Each feature lists its migrations (bot/features/<name>/store.py); the store applies, in order,
those it has not applied yet and records each in `_migrations`. A migration is never edited
once released: a change to a table is a new migration with the next number. The first
migration of every feature creates its tables with IF NOT EXISTS, so a state.db from before
this mechanism is adopted as it is.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class Migration:
    feature: str
    number: int
    apply: Callable[[sqlite_utils.Database], None]

    @property
    def key(self) -> tuple[str, int]:
        return (self.feature, self.number)


def applied(db: sqlite_utils.Database) -> set[tuple[str, int]]:
    db["_migrations"].create({"feature": str, "number": int, "applied": float},
                             pk=("feature", "number"), if_not_exists=True)
    return {(r["feature"], r["number"]) for r in db.query("select * from _migrations")}


def migrate(db: sqlite_utils.Database, migrations: Iterable[Migration]) -> list[Migration]:
    """Apply the migrations not yet applied (in the order given, each feature's by number),
    each in its own transaction with its record; returns those applied now."""
    listed = list(migrations)
    keys = [m.key for m in listed]
    if len(set(keys)) != len(keys):
        raise ValueError(f"two migrations share a feature and number: {sorted(keys)}")
    done = applied(db)
    order = {m.feature: i for i, m in reversed(list(enumerate(listed)))}
    now: list[Migration] = []
    for migration in sorted(listed, key=lambda m: (order[m.feature], m.number)):
        if migration.key in done:
            continue
        conn = db.conn
        conn.execute("begin immediate")
        try:
            # another process may have applied it while we waited for the lock
            if not db.execute("select 1 from _migrations where feature = ? and number = ?",
                              list(migration.key)).fetchone():
                migration.apply(db)
                conn.execute("insert into _migrations (feature, number, applied) "
                             "values (?, ?, ?)", [*migration.key, time.time()])
                now.append(migration)
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
    return now
