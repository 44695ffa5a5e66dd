"""Daily tips: subscriptions and deliveries (bot/features/tips; its migrations make the tables)."""

from __future__ import annotations

from .tables import Tables


class TipTables(Tables):
    """A deliveries row is the claim on one subscriber's tip for one local date. Its status:
      claimed  a sender has it and is sending (or crashed while sending: see delivery.py)
      sent     delivered
      retry    the send surely did not go through (network down, 5xx); may be claimed again
      failed   gave up for the day (Telegram refused it, or too many attempts)
      unknown  the request may have reached Telegram (read timeout): never sent again
      blocked  403, the user blocked the bot; the subscription is switched off
    Tips "had" for the rotation are those that may have reached the user."""

    TIPS_HAD = ("sent", "claimed", "unknown")

    def ensure_tip_indexes(self) -> None:
        """Due-selection reads subscriptions by zone; idempotent, cheap to call at start-up.
        (Migration tips 2 makes it too; on PostgreSQL only that, under the migration lock:
        two copies' `create index if not exists` at once can collide there.)"""
        if self.dialect == "postgresql":
            return
        with self._lock:
            self.db.execute("create index if not exists subscriptions_active_tz "
                            "on subscriptions(active, tz)")

    def subscribe(self, user_id: int, chat_id: int, hour: int, minute: int, tz: str,
                  now: float) -> None:
        """Start or change a subscription; `created` marks when this schedule was chosen."""
        with self._lock:
            self.db.execute(
                "insert into subscriptions (user_id, chat_id, hour, minute, tz, active, created, "
                "tips_sent) values (?, ?, ?, ?, ?, 1, ?, 0) on conflict(user_id) do update set "
                "chat_id = excluded.chat_id, hour = excluded.hour, minute = excluded.minute, "
                "tz = excluded.tz, active = 1, created = excluded.created",
                [user_id, chat_id, hour, minute, tz, now],
            )

    def unsubscribe(self, user_id: int) -> bool:
        """Stop the daily tip; True if there was an active subscription."""
        with self._lock:
            cursor = self.db.execute(
                "update subscriptions set active = 0 where user_id = ? and active = 1", [user_id])
            return cursor.rowcount > 0

    def get_subscription(self, user_id: int) -> dict | None:
        with self._lock:
            rows = self.db.query("select * from subscriptions where user_id = ?", [user_id])
        return rows[0] if rows else None

    def subscription_zones(self) -> list[str]:
        with self._lock:
            return [row["tz"] for row in self.db.query(
                "select distinct tz from subscriptions where active = 1")]

    def count_active_subscriptions(self) -> int:
        with self._lock:
            row = self.db.execute("select count(*) from subscriptions where active = 1").fetchone()
        return row[0]

    def tip_candidates(self, tz: str, day: str, minute_of_day: int | None,
                       max_attempts: int) -> list[dict]:
        """Active subscribers in zone `tz` whose time of day has come (all of them when
        `minute_of_day` is None) and who have no delivery for local date `day`, except one
        that may be retried. With the user's language settings, for rendering."""
        sql = (
            "select s.user_id, s.chat_id, s.hour, s.minute, s.tz, s.created, "
            "u.lang, u.last_lang, u.language_code from subscriptions s "
            "left join users u on u.user_id = s.user_id "
            "where s.active = 1 and s.tz = ? "
            + ("" if minute_of_day is None else "and s.hour * 60 + s.minute <= ? ")
            + "and not exists (select 1 from deliveries d where d.user_id = s.user_id "
            "and d.day = ? and not (d.status = 'retry' and d.attempts < ?)) "
            "order by s.hour, s.minute, s.user_id"
        )
        with self._lock:
            return self.db.query(sql, [tz, *([] if minute_of_day is None else [minute_of_day]),
                                       day, max_attempts])

    def tips_had(self, user_id: int) -> list[str]:
        """Tip ids that may have reached the user, oldest first (for the rotation)."""
        marks = ", ".join("?" for _ in self.TIPS_HAD)
        with self._lock:
            return [row["tip_id"] for row in self.db.query(
                f"select tip_id from deliveries where user_id = ? and tip_id is not null "
                f"and status in ({marks}) order by day, claimed", [user_id, *self.TIPS_HAD])]

    def delivery(self, user_id: int, day: str) -> dict | None:
        with self._lock:
            rows = self.db.query(
                "select * from deliveries where user_id = ? and day = ?", [user_id, day])
        return rows[0] if rows else None

    def claim_delivery(self, user_id: int, day: str, tip_id: str, now: float,
                       max_attempts: int) -> bool:
        """Take the right to send `user_id` their tip for `day`. One statement, so SQLite
        makes it atomic across threads and processes: the primary key lets exactly one sender
        insert the row; a 'retry' row is taken over by exactly one sender too. Nobody who is
        not subscribed (any more) is claimed."""
        # Only while they are subscribed: a /forget or /unsubscribe between the broadcast's
        # choice of who is due and this claim must win.
        active = "exists (select 1 from subscriptions s where s.user_id = ? and s.active = 1)"
        with self._lock:
            cursor = self.db.execute(
                "insert into deliveries (user_id, day, tip_id, status, claimed, sent, attempts) "
                f"select ?, ?, ?, 'claimed', ?, cast(null as double precision), 1 where {active} "
                "on conflict(user_id, day) do update set "
                "status = 'claimed', tip_id = excluded.tip_id, claimed = excluded.claimed, "
                "attempts = deliveries.attempts + 1 "
                f"where deliveries.status = 'retry' and deliveries.attempts < ? and {active}",
                [user_id, day, tip_id, now, user_id, max_attempts, user_id],
            )
            return cursor.rowcount == 1

    def finish_delivery(self, user_id: int, day: str, status: str, now: float) -> None:
        """Record how a claimed send ended; 'sent' also counts it, 'blocked' unsubscribes."""
        with self.db.transaction() as db:
            db.execute(
                "update deliveries set status = ?, sent = ? where user_id = ? and day = ? "
                "and status = 'claimed'",
                [status, now if status == "sent" else None, user_id, day],
            )
            if status == "sent":
                db.execute("update subscriptions set tips_sent = coalesce(tips_sent, 0) + 1 "
                           "where user_id = ?", [user_id])
            elif status == "blocked":
                db.execute("update subscriptions set active = 0 where user_id = ?", [user_id])

    def release_delivery(self, user_id: int, day: str) -> None:
        """Give a claim back while its send surely did not happen (waiting out a 429 or a
        refused connection): a crash during the wait then leaves a row any sender may take
        again later that day. The attempt is given back too: the re-claim counts it again."""
        with self._lock:
            self.db.execute(
                "update deliveries set status = 'retry', "
                "attempts = case when attempts > 0 then attempts - 1 else 0 end "
                "where user_id = ? and day = ? and status = 'claimed'", [user_id, day])
