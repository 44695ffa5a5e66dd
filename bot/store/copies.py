"""The copies of the bot in webhook mode (bot/webhook.py) and the users their flood guards quieted
(bot/flood.py), so that every copy drops them."""

from __future__ import annotations

import time

from .tables import Tables

# Each copy, with when it last said it was alive: a copy that stops removes the webhook only
# when it was the last.
COPIES = (
    "create table if not exists copies (copy_id text primary key, started double precision, "
    "seen double precision)"
)

QUIET = "create table if not exists quiet (user_id bigint primary key, until double precision)"


class CopyTables(Tables):
    """One transaction an exchange, so copies see each other consistently."""

    def copy_beat(self, copy_id: str, alive_within: float,
                  now: float | None = None) -> tuple[int, dict[int, float]]:
        """One exchange of a running copy with the others: it is alive; back come how many
        copies are running (itself included) and every user quiet now. One transaction."""
        now = time.time() if now is None else now
        with self._lock, self.db.transaction():
            self.db.execute(
                "insert into copies (copy_id, started, seen) values (?, ?, ?) "
                "on conflict (copy_id) do update set seen = excluded.seen",
                [copy_id, now, now])
            live = self.db.execute("select count(*) from copies where seen >= ?",
                                   [now - alive_within]).fetchone()[0]
            quiet = {int(u): float(t) for u, t in self.db.execute(
                "select user_id, until from quiet where until >= ?", [now]).fetchall()}
        return int(live), quiet

    def quiet_user(self, user_id: int, until: float, now: float | None = None) -> bool:
        """Note that a flood guard quiets `user_id` until `until`; True for the first copy to
        do so (the one that tells the user), False while another copy's quiet still runs."""
        now = time.time() if now is None else now
        with self._lock, self.db.transaction():
            self.db.execute("delete from quiet where until < ?", [now])  # over: not kept
            return self.db.execute(
                "insert into quiet (user_id, until) values (?, ?) on conflict (user_id) "
                "do update set until = excluded.until where quiet.until < ?",
                [user_id, until, now]).rowcount == 1

    def copy_stopped(self, copy_id: str, alive_within: float, now: float | None = None) -> int:
        """Strike this copy off; how many others said they were alive in the last
        `alive_within` seconds (a copy that crashed stops saying so, and stops counting)."""
        now = time.time() if now is None else now
        with self._lock, self.db.transaction():
            self.db.execute("delete from copies where copy_id = ? or seen < ?",
                            [copy_id, now - 10 * alive_within])
            row = self.db.execute("select count(*) from copies where seen >= ?",
                                  [now - alive_within]).fetchone()
        return int(row[0])
