"""User state: settings, the question log, subscriptions, deliveries, quiz progress.

It lives in its own SQLite file (state.db) beside the knowledge database, or in PostgreSQL
(`CAREERBOT_STATE_URL=postgresql://...`) when several copies of the bot share it, and is never
rebuilt: losing it would lose people's choices. WAL mode lets `careerbot tips send` run beside
the bot on SQLite. The SQL is written once, for both (bot/store/db.py runs it).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .db import connect, is_url
from .migrations import Migration, migrate

log = logging.getLogger("careerbot.state")

USERS = (
    "create table if not exists users (user_id bigint primary key, chat_id bigint, lang text, "
    "language_code text, last_lang text, first_seen double precision, "
    "last_seen double precision)"
)
# What a chat was last about (bot/memory.py), when kept in the store so that every copy of
# the bot understands a follow-up: the engine's conversation as JSON, and when it was kept.
CONVERSATIONS = (
    "create table if not exists conversations (chat_id bigint primary key, state text, "
    "updated double precision)"
)

# The copies of the bot running in webhook mode on this store, each with when it last said it
# was alive: a copy that stops removes the webhook only when it was the last (bot/webhook.py).
COPIES = (
    "create table if not exists copies (copy_id text primary key, started double precision, "
    "seen double precision)"
)

# Users the flood guard of some copy quieted, and until when (bot/flood.py), so that every copy
# drops them.
QUIET = "create table if not exists quiet (user_id bigint primary key, until double precision)"

# The send-slot timeline shared by the processes of one bot (bot/ratelimit.py): microseconds in
# a bigint, no float precision to lose.
SEND_SLOTS = ("create table if not exists _send_slots (bot text primary key, "
              "next_us bigint not null)")

CORE_MIGRATIONS = [Migration("core", 1, USERS), Migration("core", 2, CONVERSATIONS),
                   Migration("core", 3, COPIES), Migration("core", 4, QUIET),
                   Migration("core", 5, SEND_SLOTS)]


@dataclass
class User:
    user_id: int
    chat_id: int
    lang: str | None  # pinned reply language, or None for "automatic"
    language_code: str | None
    last_lang: str | None = None  # the language of their last question, for button replies


class StateStore:
    def __init__(self, location: str | Path, migrations: list[Migration],
                 busy_timeout: float = 30.0):
        """Open (and bring up to date) the store with the features' `migrations`
        (bot.storage.open_store passes every installed feature's). `location`: a SQLite
        file's path, or a postgresql:// URL. `busy_timeout`: how long a write waits for
        another process's lock on SQLite. The bot passes a short one (its calls run on the
        event loop: a long wait would stop all polling)."""
        self.location = location if is_url(location) else Path(location)
        self.db = connect(self.location, busy_timeout=busy_timeout)
        self._lock = self.db.lock
        self._migrations = list(migrations)
        self.behind = False  # True: a newer version's migrations could not be applied yet
        try:
            self._migrate(migrations)
        except sqlite3.OperationalError as exc:
            if not self._can_run_behind(exc):
                self.db.close()
                raise
        except BaseException:
            self.db.close()
            raise

    def _can_run_behind(self, exc: sqlite3.OperationalError) -> bool:
        """A state.db that is read-only or locked by another process when this version's new
        migrations need writing: run on the tables it has (the features whose tables are
        missing say their store is unavailable, as for any write that fails) rather than not
        start at all. Only a SQLite file that already holds the core tables."""
        if self.path is None or not ("readonly" in str(exc) or "locked" in str(exc)):
            return False
        try:
            done = self.db.execute("select 1 from _migrations where feature = 'core' "
                                   "and number = 1").fetchone()
        except sqlite3.Error:
            return False
        if not done:
            return False
        log.warning("%s could not be brought up to date (%s): running on the tables it has "
                    "until it can be written", self.path, exc)
        self.behind = True
        return True

    @property
    def path(self) -> Path | None:
        """The SQLite file (None on PostgreSQL)."""
        return None if isinstance(self.location, str) else self.location

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def shares_conversations(self) -> bool:
        """Whether chats' memories are kept here (bot/memory.py StoredChatMemory): on
        PostgreSQL, where several copies of the bot may answer one chat in turn."""
        return self.dialect == "postgresql"

    def reopened(self, busy_timeout: float = 30.0) -> StateStore:
        """Another connection to the same database with the same tables (the tips job's own,
        used from worker threads, which may wait long for a lock)."""
        return StateStore(self.location, self._migrations, busy_timeout=busy_timeout)

    def _migrate(self, migrations: list[Migration]) -> None:
        with self._lock:
            migrate(self.db, [*CORE_MIGRATIONS, *migrations])

    def close(self) -> None:
        self.db.close()

    # -- users -----------------------------------------------------------------------------

    # Every question passes through these: plain SQL, not sqlite-utils' table helpers, which
    # read the table's schema on each call.

    def touch_user(self, user_id: int, chat_id: int, language_code: str | None) -> User:
        now = time.time()
        with self._lock:
            self.db.execute(
                "insert into users (user_id, chat_id, language_code, first_seen, last_seen) "
                "values (?, ?, ?, ?, ?) on conflict(user_id) do update set "
                "chat_id = excluded.chat_id, language_code = excluded.language_code, "
                "last_seen = excluded.last_seen",
                [user_id, chat_id, language_code, now, now],
            )
            return self._user(user_id)  # type: ignore[return-value]

    def _user(self, user_id: int) -> User | None:
        row = self.db.execute(
            "select user_id, chat_id, lang, language_code, last_lang from users where user_id = ?",
            [user_id],
        ).fetchone()
        return User(*row) if row else None

    def get_user(self, user_id: int) -> User | None:
        with self._lock:
            return self._user(user_id)

    def set_lang(self, user_id: int, chat_id: int, lang: str | None) -> None:
        """Pin the reply language (None: follow each message)."""
        with self._lock:
            user = self._user(user_id)
            self.touch_user(user_id, chat_id, user.language_code if user else None)
            self.db.execute("update users set lang = ? where user_id = ?", [lang, user_id])

    def set_last_lang(self, user_id: int, lang: str) -> None:
        with self._lock:
            self.db.execute("update users set last_lang = ? where user_id = ?", [lang, user_id])

    # -- what a chat was last about (bot/memory.py) ----------------------------------------

    def get_conversation(self, chat_id: int, ttl: float, now: float | None = None) -> str | None:
        """The chat's last subject as kept (JSON), if kept less than `ttl` seconds ago."""
        now = time.time() if now is None else now
        row = self.db.execute("select state from conversations where chat_id = ? and "
                              "updated >= ?", [chat_id, now - ttl]).fetchone()
        return row[0] if row else None

    def keep_conversation(self, chat_id: int, state: str, now: float | None = None) -> None:
        self.db.execute(
            "insert into conversations (chat_id, state, updated) values (?, ?, ?) "
            "on conflict (chat_id) do update set state = excluded.state, "
            "updated = excluded.updated", [chat_id, state, time.time() if now is None else now])

    def forget_conversation(self, chat_id: int) -> None:
        self.db.execute("delete from conversations where chat_id = ?", [chat_id])

    def prune_conversations(self, ttl: float, now: float | None = None) -> int:
        """Delete conversations older than `ttl` seconds (nobody can follow up on them)."""
        now = time.time() if now is None else now
        return self.db.execute("delete from conversations where updated < ?",
                               [now - ttl]).rowcount

    # -- copies of the bot in webhook mode (bot/webhook.py) ---------------------------------

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

    # -- the question log ------------------------------------------------------------------

    def log_question(
        self,
        user_id: int,
        chat_id: int,
        question: str,
        lang: str,
        kind: str,
        topic: str | None,
        confidence: float,
        language_code: str | None = None,
    ) -> None:
        """Log a question, note the user as seen and remember the question's language for
        their next button press: one transaction, one write to the WAL."""
        now = time.time()
        with self.db.transaction():
            self.db.execute(
                "insert into questions (ts, user_id, chat_id, lang, kind, topic, confidence, "
                "question) values (?, ?, ?, ?, ?, ?, ?, ?)",
                # PostgreSQL's text cannot hold NUL; nobody reads one anyway
                [now, user_id, chat_id, lang, kind, topic, confidence,
                 question.replace("\x00", "")[:1000]],
            )
            if user_id:
                self.db.execute(
                    "insert into users (user_id, chat_id, language_code, last_lang, first_seen, "
                    "last_seen) values (?, ?, ?, ?, ?, ?) on conflict(user_id) do update set "
                    "chat_id = excluded.chat_id, language_code = excluded.language_code, "
                    "last_lang = excluded.last_lang, last_seen = excluded.last_seen",
                    [user_id, chat_id, language_code, lang, now, now],
                )

    def question_summary(self, since: float) -> tuple[int, int, int, list[tuple[str, int]]]:
        """Questions since a time: how many, how many unanswered, from how many people, and
        how many in each language."""
        with self._lock:
            total, unknown, users = self.db.execute(
                "select count(*), coalesce(sum(case when kind = 'unknown' then 1 else 0 end), 0), "
                "count(distinct user_id) from questions where ts >= ?",
                [since],
            ).fetchone()
            langs = self.db.execute(
                "select lang, count(*) from questions where ts >= ? group by lang order by 2 desc",
                [since],
            ).fetchall()
        return total, unknown, users, langs

    def unanswered(self, limit: int = 50) -> list[dict]:
        """What curators should look at: questions that got no confident answer."""
        with self._lock:
            return list(
                self.db.query(
                    "select ts, lang, question, confidence from questions where kind = 'unknown' "
                    "order by ts desc limit ?",
                    [limit],
                )
            )

    # == send slots: one bot's rate budget, shared by its processes (bot/ratelimit.py) ====
    # One row per bot id: `next_us`, the next free send slot (wall-clock microseconds). Every
    # process that sends with the token moves it forward; portable SQL, one statement each.

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

    # == end of send slots ===============================================================

    # == daily tips: subscriptions and deliveries (bot/features/tips) ==============
    #
    # A deliveries row is the claim on one subscriber's tip for one local date. Its status:
    #   claimed  a sender has it and is sending (or crashed while sending: see delivery.py)
    #   sent     delivered
    #   retry    the send surely did not go through (network down, 5xx); may be claimed again
    #   failed   gave up for the day (Telegram refused it, or too many attempts)
    #   unknown  the request may have reached Telegram (read timeout): never sent again
    #   blocked  403, the user blocked the bot; the subscription is switched off
    # Tips "had" for the rotation are those that may have reached the user.

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

    # == end of daily tips =====================================================================

    # == quiz and challenge (bot/features/quiz) ==========================================
    # Quiz progress is one row per user (the `quiz` table): {"round", "answers", "chat_id",
    # "message_id"}. A press only changes it when its round and question index still match
    # (`advance_quiz`), so a double tap, an old message or a forwarded one cannot corrupt it.

    def get_quiz(self, user_id: int) -> dict | None:
        with self._lock:
            rows = self.db.query("select state from quiz where user_id = ?", [user_id])
        return json.loads(rows[0]["state"]) if rows else None

    def save_quiz(self, user_id: int, state: dict) -> None:
        with self._lock:
            self.db.execute(
                "insert into quiz (user_id, state, updated) values (?, ?, ?) "
                "on conflict (user_id) do update set state = excluded.state, "
                "updated = excluded.updated", [user_id, json.dumps(state), time.time()])

    def advance_quiz(self, user_id: int, round_token: str, index: int, state: dict) -> bool:
        """Save `state` only if the stored quiz is still at (`round_token`, `index`)."""
        with self.db.transaction():
            current = self._quiz_for_update(user_id)
            if (not current or current.get("round") != round_token
                    or len(current.get("answers", [])) != index):
                return False
            self.save_quiz(user_id, state)
            return True

    def _quiz_for_update(self, user_id: int) -> dict | None:
        """Inside a transaction: the quiz row, locked on PostgreSQL until the transaction ends
        (so another copy's press waits and then sees the new state; SQLite's `begin immediate`
        already excludes every other writer)."""
        lock = " for update" if self.dialect == "postgresql" else ""
        row = self.db.execute(f"select state from quiz where user_id = ?{lock}",
                              [user_id]).fetchone()
        return json.loads(row[0]) if row else None

    def clear_quiz(self, user_id: int) -> None:
        with self._lock:
            self.db.execute("delete from quiz where user_id = ?", [user_id])

    def get_quiz_result(self, user_id: int) -> dict | None:
        with self._lock:
            rows = self.db.query(
                "select result, finished from quiz_results where user_id = ?", [user_id])
        if not rows:
            return None
        result = json.loads(rows[0]["result"])
        result["finished"] = rows[0]["finished"]
        return result

    def finish_quiz(self, user_id: int, round_token: str, index: int, result: dict) -> bool:
        """Keep the result and end the round, once: False if the round moved on meanwhile."""
        with self.db.transaction():
            current = self._quiz_for_update(user_id)
            if (not current or current.get("round") != round_token
                    or len(current.get("answers", [])) != index):
                return False
            self.db.execute(
                "insert into quiz_results (user_id, result, finished) values (?, ?, ?) "
                "on conflict (user_id) do update set result = excluded.result, "
                "finished = excluded.finished", [user_id, json.dumps(result), time.time()])
            self.clear_quiz(user_id)
            return True

    # Challenge rounds: the questions of each round live in `challenge_rounds`; each poll sent
    # is a row of `challenges`, whose `answered` is the option the owner chose (NULL until then).

    def start_challenge(self, round_token: str, user_id: int, chat_id: int, lang: str,
                        questions: list[dict]) -> None:
        with self._lock:
            self.db.execute(
                "insert into challenge_rounds (round, user_id, chat_id, lang, questions, "
                "created, finished) values (?, ?, ?, ?, ?, ?, null)",
                [round_token, user_id, chat_id, lang,
                 json.dumps(questions, ensure_ascii=False), time.time()])

    def get_challenge(self, round_token: str) -> dict | None:
        with self._lock:
            rows = self.db.query("select * from challenge_rounds where round = ?",
                                 [round_token])
        if not rows:
            return None
        row = dict(rows[0])
        row["questions"] = json.loads(row["questions"])
        return row

    def open_challenge(self, user_id: int) -> dict | None:
        """The user's unfinished round, if any (the newest)."""
        with self._lock:
            rows = self.db.query(
                "select round from challenge_rounds where user_id = ? and finished is null "
                "order by created desc limit 1", [user_id])
        return self.get_challenge(rows[0]["round"]) if rows else None

    def add_challenge_poll(self, poll_id: str, user_id: int, chat_id: int, round_token: str,
                           index: int, correct: int) -> None:
        with self._lock:
            self.db.execute(
                'insert into challenges (poll_id, user_id, chat_id, round, "index", correct, '
                "answered) values (?, ?, ?, ?, ?, ?, null) on conflict (poll_id) do update set "
                "user_id = excluded.user_id, chat_id = excluded.chat_id, round = excluded.round, "
                '"index" = excluded."index", correct = excluded.correct, answered = null',
                [poll_id, user_id, chat_id, round_token, index, correct])

    def get_challenge_poll(self, poll_id: str) -> dict | None:
        with self._lock:
            rows = self.db.query("select * from challenges where poll_id = ?", [poll_id])
        return dict(rows[0]) if rows else None

    def answer_challenge_poll(self, poll_id: str, option: int) -> bool:
        """Record the owner's answer once; False if it was already recorded."""
        with self._lock:
            cursor = self.db.execute(
                "update challenges set answered = ? where poll_id = ? and answered is null",
                [option, poll_id])
            return cursor.rowcount == 1

    def challenge_polls(self, round_token: str) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self.db.query(
                'select * from challenges where round = ? order by "index"', [round_token])]

    def finish_challenge(self, round_token: str) -> bool:
        """Close the round once: only the first caller gets True (and sends the score)."""
        with self._lock:
            cursor = self.db.execute(
                "update challenge_rounds set finished = ? where round = ? and finished is null",
                [time.time(), round_token])
            return cursor.rowcount == 1

    # == end of quiz and challenge ===========================================================
