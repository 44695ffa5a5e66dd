"""Tip broadcasts under faults (issue 11): 5xx outages with nginx HTML, SIGTERM and SIGKILL of
`careerbot tips send` mid-broadcast. What subscribers must see: exactly one tip each, or (after
a kill) none only for the sends that were in flight at that moment."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import sending
from bot.features.tips import cli as tips_cli
from bot.storage import open_store
from tests.conftest import TOKEN, make_settings
from tests.subscribers import received, subscribe

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
FIRST = 7001


def subscribe_at_seven(data_dir: Path, n: int) -> list[int]:
    return subscribe(data_dir / "state.db", [FIRST + i for i in range(n)], 7, 0,
                     "Asia/Shanghai")


def clock() -> datetime:
    return datetime(2025, 3, 10, 7, 30, tzinfo=UTC)


async def test_a_502_outage_with_html_loses_no_tip(fake, data_dir, monkeypatch, capsys):
    monkeypatch.setattr(sending, "RETRY_DELAYS", (0.05, 0.1, 0.2, 0.4))
    chats = subscribe_at_seven(data_dir, 30)
    fake.fail_next("sendMessage", status=502, html=True, times=40)
    code = await asyncio.to_thread(tips_cli.send_due, make_settings(fake, data_dir), True, clock)
    out = capsys.readouterr().out
    assert code == 0 and "sent 30, skipped 0, failed 0" in out
    assert set(received(fake, chats).values()) == {1}


def test_html_5xx_counts_as_surely_not_sent():
    from telegram.error import NetworkError, TelegramError

    from bot.features.tips.delivery import surely_not_sent

    try:
        try:
            raise TelegramError("Invalid server response")
        except TelegramError as parse:
            raise NetworkError("Bad Gateway (502)") from parse
    except NetworkError as exc:
        assert surely_not_sent(exc)
        assert sending.outcome(exc) == "not_sent"


async def _cli(fake, data_dir: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
           "CAREERBOT_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "tips", "send", "--all", env=env, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def _when_sent(fake, chats: list[int], n: int) -> None:
    for _ in range(1000):
        if sum(received(fake, chats).values()) >= n:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the broadcast did not start")


async def test_sigterm_stops_cleanly_with_a_true_summary(fake, data_dir):
    chats = subscribe_at_seven(data_dir, 60)
    proc = await _cli(fake, data_dir)
    await _when_sent(fake, chats, 15)
    proc.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(proc.communicate(), 20)
    got = received(fake, chats)
    sent_now = sum(got.values())
    assert f"sent {sent_now}," in out.decode() and sent_now < len(chats)
    assert "stopped by SIGTERM" in err.decode()
    store = open_store(data_dir / "state.db")
    claimed = store.db.execute("select count(*) from deliveries where status = 'claimed'")
    assert claimed.fetchone()[0] == 0  # every send in flight was finished and recorded
    store.close()
    proc = await _cli(fake, data_dir)  # the next run sends the rest
    await asyncio.wait_for(proc.communicate(), 20)
    assert set(received(fake, chats).values()) == {1}


async def test_sigkill_mid_broadcast_no_duplicate_and_at_most_two_missed(fake, data_dir):
    chats = subscribe_at_seven(data_dir, 60)
    proc = await _cli(fake, data_dir)
    await _when_sent(fake, chats, 15)
    proc.kill()
    await asyncio.wait_for(proc.communicate(), 20)
    proc = await _cli(fake, data_dir)
    await asyncio.wait_for(proc.communicate(), 20)
    got = received(fake, chats)
    assert max(got.values()) == 1  # no duplicate
    assert sum(1 for n in got.values() if n == 0) <= 2  # only what was in flight
