"""Quiz progress, results and challenge rounds (bot/features/quiz makes the tables)."""

from __future__ import annotations

import json
import time

from .tables import Tables


class QuizTables(Tables):
    """Quiz progress is one row per user (the `quiz` table): {"round", "answers", "chat_id",
    "message_id"}. A press only changes it when its round and question index still match
    (`advance_quiz`), so a double tap, an old message or a forwarded one cannot corrupt it."""

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
            if not self._still_at(user_id, round_token, index):
                return False
            self.save_quiz(user_id, state)
            return True

    def _still_at(self, user_id: int, round_token: str, index: int) -> bool:
        """Inside a transaction: whether the stored quiz is still at (`round_token`, `index`)."""
        current = self._quiz_for_update(user_id)
        return bool(current) and current.get("round") == round_token and len(
            current.get("answers", [])) == index

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
            if not self._still_at(user_id, round_token, index):
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
