"""The one way the user-state schema changes: numbered migrations, per feature.

Each feature lists its migrations (bot/features/<name>/store.py); the store applies, in order,
those it has not applied yet and records each in `_migrations`. A migration is never edited
once released: a change to a table is a new migration with the next number. The first
migration of every feature creates its tables with IF NOT EXISTS, so a state.db from before
this mechanism is adopted as it is.

A migration is portable SQL that SQLite and PostgreSQL both run (`bigint`, `text`,
`double precision`; `{auto_id}` for an id the database assigns, the one thing spelled
differently, see bot/store/db.py), or a function given the connection (`db.execute`,
`db.dialect`) for what SQL alone cannot say. The same migrations, numbers and keys on both
backends. On PostgreSQL each migration's transaction first takes an advisory lock, so two
copies starting together apply each migration once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .db import Database

MIGRATIONS_TABLE = ("create table if not exists _migrations (feature text not null, "
                    "number bigint not null, applied double precision, "
                    "primary key (feature, number))")


@dataclass(frozen=True)
class Migration:
    feature: str
    number: int
    # SQL statements (portable DDL), or a function of the connection
    apply: str | Sequence[str] | Callable[[Database], None]

    @property
    def key(self) -> tuple[str, int]:
        return (self.feature, self.number)

    def run(self, db: Database) -> None:
        if callable(self.apply):
            self.apply(db)
            return
        for statement in [self.apply] if isinstance(self.apply, str) else self.apply:
            db.execute(db.ddl(statement))


def applied(db: Database) -> set[tuple[str, int]]:
    with db.transaction():
        db.lock_migrations()
        db.execute(MIGRATIONS_TABLE)
        return {(r[0], r[1]) for r in db.execute("select feature, number from _migrations")}


def migrate(db: Database, migrations: Iterable[Migration]) -> list[Migration]:
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
        with db.transaction():
            db.lock_migrations()
            # another process may have applied it while we waited for the lock
            if not db.execute("select 1 from _migrations where feature = ? and number = ?",
                              list(migration.key)).fetchone():
                migration.run(db)
                db.execute("insert into _migrations (feature, number, applied) "
                           "values (?, ?, ?)", [*migration.key, time.time()])
                now.append(migration)
    return now
