"""Webhook mode against the fake Bot API, which posts updates to the bot like Telegram does:
the secret, /healthz, setWebhook at start and deleteWebhook at the end, SIGTERM mid-answer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time

import aiohttp
import pytest

from bot.settings import Settings, SettingsError
from bot.webhook import SECRET_HEADER, serve
from tests.conftest import TOKEN, make_settings
from tests.ports import free_port
from tests.waits import wait_until

SECRET = "s3cret-For_tests"
CHAT = 3001
EXE = os.path.join(os.path.dirname(sys.executable), "careerbot")


def update(chat_id: int, text: str, update_id: int = 900_001) -> dict:
    """A Telegram update as Telegram would post it (a private text message)."""
    user = {"id": chat_id, "is_bot": False, "first_name": "Eve", "language_code": "en"}
    message = {
        "message_id": 1,
        "from": user,
        "chat": {"id": chat_id, "type": "private", "first_name": "Eve"},
        "date": int(time.time()),
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": update_id, "message": message}


@contextlib.asynccontextmanager
async def webhook_bot(fake, data_dir, engine):
    """The bot in webhook mode in this process; yields (settings, base URL of its server)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    settings = make_settings(
        fake, data_dir, webhook_url=url, webhook_secret=SECRET, port=port, listen="127.0.0.1"
    )
    stop = asyncio.Event()
    started = asyncio.Event()
    task = asyncio.create_task(
        serve(settings, stop, engine=engine, say=lambda line: None, started=lambda s: started.set())
    )
    try:
        await asyncio.wait_for(started.wait(), 15)
        yield settings, f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


async def test_webhook_is_set_with_the_secret_and_removed_at_the_end(fake, data_dir, engine):
    async with webhook_bot(fake, data_dir, engine) as (settings, _):
        assert fake.webhook_history == [("setWebhook", settings.webhook_url)]
        assert fake.webhook_secret == SECRET
        set_call = fake.calls_for("setWebhook")[-1]
        assert "message" in set_call.params["allowed_updates"]
    assert fake.webhook_history[-1] == ("deleteWebhook", settings.webhook_url)
    assert fake.webhook_url == ""


async def test_updates_posted_by_telegram_are_answered(fake, data_dir, engine):
    async with webhook_bot(fake, data_dir, engine):
        mark = fake.mark()
        fake.push_message(CHAT, "what does a media buyer do")
        calls = await fake.wait_for_calls("sendMessage", chat_id=CHAT, after=mark, timeout=10)
        assert "Media buyer" in calls[-1].params["text"]
        assert fake.webhook_deliveries and fake.webhook_deliveries[-1][1] == 200
        assert not fake.calls_for("getUpdates")


async def test_a_request_without_the_right_secret_gets_403_and_does_nothing(
    fake, data_dir, engine
):
    async with webhook_bot(fake, data_dir, engine) as (settings, base), aiohttp.ClientSession() as http:
        body = json.dumps(update(CHAT + 1, "/start"))
        for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET + "x"}):
            headers["Content-Type"] = "application/json"
            async with http.post(f"{base}/telegram", data=body, headers=headers) as resp:
                assert resp.status == 403
        # garbage with the right secret: 400, and the bot goes on
        for bad in ("not json", "[1, 2]", '{"update_id": "x", "message": 5}'):
            async with http.post(
                f"{base}/telegram", data=bad, headers={SECRET_HEADER: SECRET}
            ) as resp:
                assert resp.status == 400
        await asyncio.sleep(0.5)
        assert not fake.calls_for("sendMessage", chat_id=CHAT + 1)
        # the same update with the secret is answered
        mark = fake.mark()
        async with http.post(
            f"{base}/telegram",
            data=body,
            headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
        ) as resp:
            assert resp.status == 200
        calls = await fake.wait_for_calls("sendMessage", chat_id=CHAT + 1, after=mark)
        assert "CareerBot" in calls[-1].params["text"]


async def test_healthz_answers_while_running(fake, data_dir, engine):
    async with webhook_bot(fake, data_dir, engine) as (settings, base), aiohttp.ClientSession() as http:
        async with http.get(f"{base}/healthz") as resp:
            assert resp.status == 200 and (await resp.json())["ok"] is True
        from bot.health import check

        healthy, why = await asyncio.to_thread(check, settings)
        assert healthy, why
    healthy, why = check(settings)
    assert not healthy and "did not answer" in why


def test_webhook_settings_are_checked():
    env = {"CAREERBOT_WEBHOOK_URL": "https://bot.example.com/telegram"}
    with pytest.raises(SettingsError, match="CAREERBOT_WEBHOOK_SECRET"):
        Settings.from_env(env)
    with pytest.raises(SettingsError, match="only A-Z"):
        Settings.from_env({**env, "CAREERBOT_WEBHOOK_SECRET": "has space"})
    with pytest.raises(SettingsError, match="PORT"):
        Settings.from_env({**env, "CAREERBOT_WEBHOOK_SECRET": "ok", "PORT": "http"})
    with pytest.raises(SettingsError, match="full URL"):
        Settings.from_env({"CAREERBOT_WEBHOOK_URL": "bot.example.com", "CAREERBOT_WEBHOOK_SECRET": "a"})
    settings = Settings.from_env({**env, "CAREERBOT_WEBHOOK_SECRET": "Zq9-secret", "PORT": "9000"})
    assert settings.webhook_url == env["CAREERBOT_WEBHOOK_URL"] and settings.port == 9000
    assert "Zq9" not in repr(settings)  # the secret is never printed
    assert Settings.from_env({}).webhook_url is None


def test_webhook_url_on_the_command_line_needs_the_secret(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAREERBOT_", "TELEGRAM_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, CAREERBOT_DATA_DIR=str(tmp_path))
    out = subprocess.run(
        [EXE, "--webhook-url", "https://bot.example.com/hook"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "CAREERBOT_WEBHOOK_SECRET" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


async def test_sigterm_finishes_the_answer_in_progress_then_removes_the_webhook(fake, data_dir):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAREERBOT_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        CAREERBOT_DATA_DIR=str(data_dir),
        CAREERBOT_WEBHOOK_SECRET=SECRET,
        CAREERBOT_LISTEN="127.0.0.1",
        PORT=str(port),
    )
    url = f"http://127.0.0.1:{port}/hook"
    proc = subprocess.Popen(
        [EXE, "--webhook-url", url], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        await fake.wait_for_calls("setWebhook", timeout=30)
        health = await asyncio.to_thread(
            subprocess.run,
            [EXE, "health"],
            env={**env, "CAREERBOT_WEBHOOK_URL": url},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert health.returncode == 0, health.stderr
        # the answer is slow to send: SIGTERM arrives while it is in flight
        fake.hang_next("sendMessage", seconds=1.5)
        mark = fake.mark()
        fake.push_message(CHAT + 2, "what is KOC")
        await fake.wait_for_calls("sendMessage", chat_id=CHAT + 2, after=mark, completed=False)
        proc.send_signal(signal.SIGTERM)
        calls = await fake.wait_for_calls("sendMessage", chat_id=CHAT + 2, after=mark, timeout=10)
        assert calls[0].ok and "KOC" in calls[0].params["text"]
        await wait_until(lambda: proc.poll() is not None, timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err.decode()
    assert [method for method, _ in fake.webhook_history] == ["setWebhook", "deleteWebhook"]
    assert TOKEN.split(":")[1] not in err.decode() and "Traceback" not in err.decode()


async def test_webhook_start_up_failures_are_one_line(fake, data_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAREERBOT_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        CAREERBOT_DATA_DIR=str(data_dir),
        CAREERBOT_WEBHOOK_SECRET=SECRET,
        CAREERBOT_LISTEN="127.0.0.1",
    )

    def start(port: int, url: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [EXE, "--webhook-url", url],
            env={**env, "PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=60,
        )

    # Telegram refuses the URL (it wants HTTPS on 443, 80, 88 or 8443)
    fake.fail_next(
        "setWebhook", status=400, description="Bad Request: bad webhook: HTTPS url must be provided for webhook"
    )
    out = await asyncio.to_thread(start, free_port(), "http://bot.example.com/hook")
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("careerbot: Telegram refused the webhook http://bot.example.com/hook")
    assert len(out.stderr.strip().splitlines()) == 1
    # the port is taken
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = await asyncio.to_thread(start, port, f"https://bot.example.com:{port}/hook")
    assert out.returncode == 3 and f"cannot listen on 127.0.0.1:{port}" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


async def test_webhook_mode_resends_what_surely_did_not_arrive(fake, data_dir, engine, monkeypatch):
    """The same sending as polling (bot/sending.py): a 502 page is resent, one answer, no apology."""
    from bot import sending

    monkeypatch.setattr(sending, "RETRY_DELAYS", (0.05, 0.1, 0.2))
    async with webhook_bot(fake, data_dir, engine):
        fake.fail_next("sendMessage", status=502, html=True, times=2, chat_id=CHAT)
        mark = fake.mark()
        fake.push_message(CHAT, "what does a media buyer do")
        await fake.wait_for_calls("sendMessage", 3, chat_id=CHAT, after=mark, timeout=10)
        await asyncio.sleep(0.3)  # a duplicate or an apology would show up here
        sent = fake.sent(CHAT)
        assert len(sent) == 1 and "Media buyer" in sent[0]
