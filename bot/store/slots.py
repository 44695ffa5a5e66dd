"""The send-slot timeline shared by the processes of one bot (bot/ratelimit.py)."""

from __future__ import annotations

from .tables import Tables

# Microseconds in a bigint, no float precision to lose.
SEND_SLOTS = ("create table if not exists _send_slots (bot text primary key, "
              "next_us bigint not null)")


class SendSlots(Tables):
    """One row per bot id: `next_us`, the next free send slot (wall-clock microseconds).
    Every process that sends with the token moves it forward; portable SQL, one statement each."""

    def reserve_send_slots(self, bot: str, now_us: int, length_us: int) -> int:
        """Move the bot's next free slot to max(next, now) + `length_us` and return the new
        value: the caller owns [new - length_us, new). One UPDATE, so senders in any thread
        or process get slots that never overlap."""
        with self._lock:
            for _ in range(2):
                rows = self.db.execute(
                    "update _send_slots set next_us = "
                    "case when next_us < ? then ? else next_us end + ? "
                    "where bot = ? returning next_us",
                    [now_us, now_us, length_us, bot],
                ).fetchall()  # read to the end: the statement (and its write) is then done
                if rows:
                    return int(rows[0][0])
                self.db.execute("insert into _send_slots (bot, next_us) values (?, ?) "
                                "on conflict (bot) do nothing", [bot, 0])
        raise RuntimeError("_send_slots: the row could not be created")
