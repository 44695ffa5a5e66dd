"""A locked, corrupt, missing or read-only state.db (issue 11): one clear line at start, answers
keep coming, a clear note for what cannot be saved, nothing silently reset. The lock is held by a
real second process, as `careerbot tips send` or an operator's sqlite3 shell would."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest

from bot import statedb
from bot.app import build_application
from bot.storage import open_store
from bot.store.db import connect_failure
from tests.conftest import TOKEN, make_settings
from tests.fakebot import polling
from tests.ports import free_port

CHAT = 6001
NOTE = "can't save settings"

LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("begin exclusive")
print("locked", flush=True)
time.sleep(60)
"""


def hold_lock(path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"locked"
    return proc


async def say(fake, text: str) -> str:
    mark = fake.mark()
    fake.push_message(CHAT, text)
    calls = await fake.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
    return calls[-1].params["text"]


async def test_a_locked_state_db_does_not_freeze_the_bot(fake, data_dir, engine):
    path = data_dir / "state.db"
    open_store(path).close()
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        await say(fake, "/start")
        locker = await asyncio.to_thread(hold_lock, path)
        try:
            assert "locked by another process" in (statedb.check(path) or "")
            start = time.monotonic()
            assert "KOC" in await say(fake, "what is KOC")  # answered; the log is best-effort
            assert time.monotonic() - start < 2.0
            assert NOTE in await say(fake, "/subscribe 8am")  # what did not stick, said plainly
            assert NOTE in await say(fake, "/lang zh-Hans")
        finally:
            locker.kill()
            locker.wait()
        assert "Subscribed" in await say(fake, "/subscribe 8am")  # works again once released


def _careerbot(env_extra: dict, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "CAREERBOT_DATA_DIR": str(data_dir),
           **env_extra}
    exe = os.path.join(os.path.dirname(sys.executable), "careerbot")
    return subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60)


WEBHOOK = {"CAREERBOT_WEBHOOK_URL": "https://bot.example.com/hook",
           "CAREERBOT_WEBHOOK_SECRET": "s3cret-For_tests", "CAREERBOT_LISTEN": "127.0.0.1"}


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_state_db_that_is_not_a_database_is_one_line_and_left_alone(fake, data_dir, mode):
    path = data_dir / "state.db"
    path.write_bytes(b"this is not a database\n" * 100)
    extra = WEBHOOK if mode == "webhook" else {}
    out = await asyncio.to_thread(_careerbot, {"TELEGRAM_API_BASE_URL": fake.base_url, **extra},
                                  data_dir)
    assert out.returncode == 4, out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "not a usable SQLite database" in lines[0]
    assert "Traceback" not in out.stderr
    assert path.read_bytes() == b"this is not a database\n" * 100  # nothing reset


def test_check_names_each_problem(tmp_path, monkeypatch):
    path = tmp_path / "state.db"
    assert "does not exist" in statedb.check(path)
    open_store(path).close()
    assert statedb.check(path) is None
    monkeypatch.setattr(statedb.os, "access", lambda *a: False)
    assert "read-only" in statedb.check(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
async def test_a_read_only_state_db_still_answers(fake, data_dir, engine):
    path = data_dir / "state.db"
    open_store(path).close()
    path.chmod(0o444)
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        assert "KOC" in await say(fake, "what is KOC")
        assert NOTE in await say(fake, "/subscribe 8am")


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_postgresql_that_cannot_be_reached_stops_the_bot_with_one_line(fake, data_dir,
                                                                              mode):
    port = free_port()  # nobody listens on it
    url = f"postgresql://careerbot:pw-Never-Shown@127.0.0.1:{port}/careerbot"
    extra = WEBHOOK if mode == "webhook" else {}
    out = await asyncio.to_thread(_careerbot, {"TELEGRAM_API_BASE_URL": fake.base_url,
                                               "CAREERBOT_STATE_URL": url, **extra}, data_dir)
    assert out.returncode == 4, out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot be reached" in lines[0], out.stderr
    assert f"postgresql://careerbot:***@127.0.0.1:{port}/careerbot" in lines[0]
    assert "pw-Never-Shown" not in out.stderr + out.stdout
    assert not (data_dir / "state.db").exists()  # no SQLite state made instead


def test_a_refused_password_is_named_and_not_shown():
    """What the server says when it refuses the credentials (as psycopg reports it)."""
    url = "postgresql://careerbot:pw-Never-Shown@db:5432/careerbot"
    said = ('connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            'FATAL:  password authentication failed for user "careerbot"')
    line = connect_failure(url, Exception(said))
    assert line.startswith("PostgreSQL at postgresql://careerbot:***@db:5432/careerbot "
                           "refused the credentials in CAREERBOT_STATE_URL")
    assert "pw-Never-Shown" not in line and "\n" not in line
    echoed = connect_failure(url, Exception("bad URL postgresql://careerbot:pw-Never-Shown@db"))
    assert "pw-Never-Shown" not in echoed
