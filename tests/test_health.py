"""`careerbot health` in polling mode: the heartbeat the polling loop writes, and what a
container does with no token."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace

from bot.app import build_application
from bot.health import Heartbeat, check
from tests.conftest import TOKEN, make_settings
from tests.fakebot import polling
from tests.waits import wait_until

EXE = os.path.join(os.path.dirname(sys.executable), "careerbot")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAREERBOT_", "TELEGRAM_"))}
    return {**env, **extra}


async def test_each_successful_poll_beats_and_health_reads_it(fake, data_dir, engine, tmp_path):
    beat_file = tmp_path / "beat"
    settings = replace(make_settings(fake, data_dir), heartbeat_file=beat_file)
    assert check(settings) == (False, f"no heartbeat at {beat_file}: the bot has not polled yet")
    app = build_application(settings, engine=engine, get_updates_request=Heartbeat(beat_file).request())
    async with polling(app):
        await wait_until(beat_file.exists, timeout=10)
        healthy, why = check(settings)
        assert healthy and "polling" in why
        # polls that fail do not beat (one connection: once the first failure is answered, the
        # poll before it, which did beat, is over)
        mark = fake.mark()
        fake.fail_next("getUpdates", status=502, times=3)
        await fake.wait_for_calls("getUpdates", after=mark)
        old = time.time() - 600
        os.utime(beat_file, (old, old))
        failed = await fake.wait_for_calls("getUpdates", count=3, after=mark, timeout=15)
        assert [c.status for c in failed[:3]] == [502, 502, 502]
        assert Heartbeat(beat_file).age() > 500
        healthy, why = check(settings)
        assert not healthy and "s ago (more than 90s)" in why
        # and the bot is healthy again once a poll succeeds
        await wait_until(lambda: Heartbeat(beat_file).age() < 60, timeout=15)
        assert check(settings)[0]


async def test_installed_bot_is_healthy_while_polling_and_stops_gracefully(fake, data_dir, tmp_path):
    beat_file = tmp_path / "heartbeat"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        CAREERBOT_DATA_DIR=str(data_dir),
        CAREERBOT_HEARTBEAT_FILE=str(beat_file),
    )
    beat_file.touch()  # left by an earlier run: must not vouch for this one
    old = time.time() - 3600
    os.utime(beat_file, (old, old))
    proc = subprocess.Popen([EXE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        await fake.wait_for_calls("getUpdates", timeout=30)
        await wait_until(lambda: Heartbeat(beat_file).age() is not None and Heartbeat(beat_file).age() < 60)
        health = subprocess.run([EXE, "health"], env=env, capture_output=True, text=True, timeout=30)
        assert health.returncode == 0, health.stderr
        # SIGTERM while an answer is being sent: it is finished before the bot exits
        fake.hang_next("sendMessage", seconds=1.5)
        mark = fake.mark()
        fake.push_message(4001, "what is KOC")
        await fake.wait_for_calls("sendMessage", chat_id=4001, after=mark, completed=False)
        proc.send_signal(signal.SIGTERM)
        calls = await fake.wait_for_calls("sendMessage", chat_id=4001, after=mark, timeout=10)
        assert calls[0].ok and "KOC" in calls[0].params["text"]
        await wait_until(lambda: proc.poll() is not None, timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert not beat_file.exists()
    health = subprocess.run([EXE, "health"], env=env, capture_output=True, text=True, timeout=30)
    assert health.returncode == 1 and "no heartbeat" in health.stderr


def test_no_token_where_a_token_is_required_is_one_line_and_non_zero(tmp_path):
    env = clean_env(CAREERBOT_DATA_DIR=str(tmp_path), CAREERBOT_REQUIRE_TOKEN="1")
    out = subprocess.run([EXE], env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [
        "careerbot: TELEGRAM_BOT_TOKEN is not set; get one from @BotFather "
        "(the terminal chat is `careerbot chat`)"
    ]
    # the terminal chat is still there when asked for by name
    out = subprocess.run([EXE, "chat"], env=env, input="what is SEO\n", capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "SEO" in out.stdout
