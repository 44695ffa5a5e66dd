"""The operators' side: /stats and /unanswered for curators only (anyone else gets the ordinary
unknown-command answer), and the same from the command line, with the user state exported and
imported as JSON lines."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot import statedb
from bot.app import build_application
from bot.features.tips import cli as tips_cli
from bot.storage import open_store
from tests.conftest import make_settings
from tests.fakebot import polling
from tests.ports import free_port

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

EXE = os.path.join(os.path.dirname(sys.executable), "careerbot")
ADMIN, ANN, BOB = 4242, 5001, 5002


async def say(fake, chat_id: int, text: str, **kw) -> str:
    mark = fake.mark()
    fake.push_message(chat_id, text, **kw)
    calls = await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)
    return calls[-1].params["text"]


async def test_stats_and_unanswered_for_curators_only(fake, data_dir, engine, state_location):
    url = {"state_url": state_location} if isinstance(state_location, str) else {}
    settings = make_settings(fake, data_dir, admin_ids=frozenset({ADMIN}), **url)
    app = build_application(settings, engine=engine)
    async with polling(app):
        await say(fake, ANN, "what is KOC")
        await say(fake, ANN, "how do I cook rice")
        await say(fake, BOB, "How do I cook rice ")
        await say(fake, BOB, "what is a KOC")
        await say(fake, ANN, "/subscribe 09:00 UTC")
        await say(fake, BOB, "/subscribe 09:00 UTC")
        fake.fail_next("sendMessage", status=403, chat_id=BOB)  # Bob blocked the bot
        summary = await asyncio.to_thread(asyncio.run, tips_cli.send(settings, everyone=True))
        assert (summary.sent, summary.unsubscribed) == (1, 1)

        for command in ("/stats", "/unanswered"):
            assert "/help" in await say(fake, ANN, command)  # unknown to anyone else
        stats = await say(fake, ADMIN, "/stats")
        assert "users: 3; active this week: 3" in stats  # the curator too
        assert "daily-tip subscribers: 1" in stats
        assert "questions: 4 from 2 people in 24 h; not answered: 2 (50%)" in stats
        assert "answered: 50%" in stats
        assert "top topics this week: koc 2" in stats
        assert "2× how do i cook rice" in stats
        assert "tips today (UTC): 1 sent, 1 failed" in stats
        unanswered = await say(fake, ADMIN, "/unanswered")
        assert "how do I cook rice" in unanswered and "How do I cook rice" in unanswered
        assert "KOC" not in unanswered


def run(args: list[str], data_dir: Path, stdin: str | None = None,
        url: str | None = None) -> subprocess.CompletedProcess:
    """`careerbot ARGS` on the state.db in `data_dir`, or on PostgreSQL at `url`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TELEGRAM_BOT_TOKEN", "CAREERBOT_STATE_URL")}
    env["CAREERBOT_DATA_DIR"] = str(data_dir)
    if url:
        env["CAREERBOT_STATE_URL"] = url
    return subprocess.run([EXE, *args], input=stdin, capture_output=True, text=True, env=env,
                          timeout=60)


@pytest.fixture
def state(tmp_path) -> Path:
    """A data directory with some user state in every feature's tables."""
    data = tmp_path / "source"
    store = open_store(data / "state.db")
    try:
        store.touch_user(ANN, ANN, "zh-hant")
        store.set_lang(ANN, ANN, "zh-Hant")
        store.log_question(ANN, ANN, "什麼是 KOC", "zh-Hant", "term", "koc", 1.0, "zh-hant")
        store.log_question(BOB, BOB, "how do I cook rice", "en", "unknown", None, 0.0)
        store.log_question(BOB, BOB, 'a "quoted", question', "en", "unknown", None, 0.1)
        store.subscribe(ANN, ANN, 9, 30, "Asia/Taipei", time.time())
        day = time.strftime("%Y-%m-%d")
        store.claim_delivery(ANN, day, "tip-1", time.time(), 3)
        store.finish_delivery(ANN, day, "sent", time.time())
        store.save_quiz(BOB, {"round": "ab", "answers": [1, 2]})
    finally:
        store.close()
    return data


def test_cli_stats_and_unanswered_csv(state):
    out = run(["stats"], state)
    assert out.returncode == 0, out.stderr
    assert "users: 2; active this week: 2" in out.stdout
    assert "tips today (UTC): 1 sent, 0 failed" in out.stdout
    assert "<b>" not in out.stdout
    out = run(["unanswered"], state)
    assert "how do I cook rice" in out.stdout and "KOC" not in out.stdout
    out = run(["unanswered", "--csv"], state)
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["time_utc", "lang", "confidence", "question"]
    assert [r[3] for r in rows[1:]] == ['a "quoted", question', "how do I cook rice"]
    assert rows[1][1] == "en" and rows[1][0].endswith("Z")


def test_export_import_round_trip(state, tmp_path):
    exported = run(["export"], state)
    assert exported.returncode == 0, exported.stderr
    lines = exported.stdout.splitlines()
    tables = {json.loads(line)["table"] for line in lines}
    assert {"users", "questions", "subscriptions", "deliveries", "quiz"} <= tables
    assert "_migrations" not in tables

    fresh = tmp_path / "fresh"
    imported = run(["import"], fresh, stdin=exported.stdout)
    assert imported.returncode == 0, imported.stderr
    assert f"{len(lines)} rows" in imported.stderr
    assert run(["export"], fresh).stdout == exported.stdout

    # Into a store that is not empty: refused, and nothing changes; --replace (--force) replaces.
    refused = run(["import"], fresh, stdin=exported.stdout)
    assert refused.returncode == 1 and "--replace" in refused.stderr
    assert run(["export"], fresh).stdout == exported.stdout
    for flag in ("--replace", "--force"):
        replaced = run(["import", flag], fresh, stdin=exported.stdout)
        assert replaced.returncode == 0, replaced.stderr
        assert run(["export"], fresh).stdout == exported.stdout

    broken = run(["import", "--replace"], fresh, stdin=exported.stdout + "not json\n")
    assert broken.returncode == 1 and "nothing imported" in broken.stderr
    assert run(["export"], fresh).stdout == exported.stdout


def test_cli_prune(state):
    store = open_store(state / "state.db")
    store.db.execute("update questions set ts = ? where user_id = ?",
                     [time.time() - 200 * 86400, BOB])
    store.close()
    out = run(["prune"], state)
    assert out.returncode == 0 and "prune: 2 question(s) older than 90 days" in out.stdout
    assert "how do I cook rice" not in run(["unanswered"], state).stdout


def test_export_sqlite_import_postgresql_and_back_gives_the_same_state(state, tmp_path,
                                                                      postgres):
    exported = run(["export"], state)
    assert exported.returncode == 0, exported.stderr
    url = postgres.new_database()
    imported = run(["import"], tmp_path, stdin=exported.stdout, url=url)
    assert imported.returncode == 0, imported.stderr
    on_postgres = run(["export"], tmp_path, url=url)
    assert on_postgres.returncode == 0, on_postgres.stderr
    assert on_postgres.stdout == exported.stdout
    assert "users: 2" in run(["stats"], tmp_path, url=url).stdout
    refused = run(["import"], tmp_path, stdin=exported.stdout, url=url)
    assert refused.returncode == 1 and "--replace" in refused.stderr

    # The imported question ids are taken: the next question gets a new one.
    store = open_store(url)
    try:
        store.log_question(BOB, BOB, "after the move", "en", "unknown", None, 0.0)
        ids = [r["id"] for r in store.db.query("select id from questions order by id")]
        assert ids == [1, 2, 3, 4]
        assert store.get_user(ANN).lang == "zh-Hant"
        assert store.get_quiz(BOB) == {"round": "ab", "answers": [1, 2]}
    finally:
        store.close()

    back = tmp_path / "back"
    again = run(["import"], back, stdin=on_postgres.stdout)
    assert again.returncode == 0, again.stderr
    assert run(["export"], back).stdout == exported.stdout


def test_a_postgresql_server_that_cannot_be_reached_is_one_line(tmp_path):
    """Exit 4 and one line naming the server, never the password."""
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in ("CAREERBOT_STATE_URL", "TELEGRAM_BOT_TOKEN")}
    env.update(CAREERBOT_DATA_DIR=str(tmp_path),
               CAREERBOT_STATE_URL=f"postgresql://bot:s3cret-pw@127.0.0.1:{port}/careerbot")
    out = subprocess.run([EXE, "stats"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 4, out.stderr
    assert out.stderr.startswith(f"careerbot: PostgreSQL at postgresql://bot:***@127.0.0.1:{port}"
                                 "/careerbot cannot be reached")
    assert len(out.stderr.splitlines()) == 1 and "s3cret-pw" not in out.stdout + out.stderr
    with pytest.raises(statedb.StateDBError, match="cannot be reached") as caught:
        statedb.check(env["CAREERBOT_STATE_URL"])
    assert "s3cret-pw" not in str(caught.value)
