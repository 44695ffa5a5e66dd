"""Shared by the issue-11 benchmarks: the installed bot in its own process against the fake Bot
API server in this one, and the figures they print."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakebot import FakeBotAPI  # noqa: E402

TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz"
EXE = Path(sys.executable).with_name("careerbot")
Running = tuple[FakeBotAPI, asyncio.subprocess.Process, Path]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def rss_kb(pid: int) -> int:
    """Resident memory of a process, from /proc (Linux)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@contextlib.asynccontextmanager
async def running_bot(data_dir: Path | None = None, max_lifetime: float = 900,
                      **env_extra: str) -> AsyncIterator[Running]:
    """The fake server, and the installed `careerbot` polling it, in a temporary data dir."""
    with tempfile.TemporaryDirectory() as tmp:
        data = data_dir or Path(tmp)
        async with FakeBotAPI(token=TOKEN, max_lifetime=max_lifetime) as fake:
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
                   "TELEGRAM_API_BASE_URL": fake.base_url, "CAREERBOT_DATA_DIR": str(data),
                   **env_extra}
            # the bot's log goes to a file: a pipe nobody reads would block it once full
            log = open(Path(tmp) / "bot.log", "wb")  # noqa: SIM115
            proc = await asyncio.create_subprocess_exec(
                str(EXE), env=env, stdout=asyncio.subprocess.DEVNULL, stderr=log)
            proc.log_path = Path(tmp) / "bot.log"  # type: ignore[attr-defined]
            try:
                await fake.wait_for_calls("getUpdates", timeout=60)
                yield fake, proc, data
            finally:
                if proc.returncode is None:
                    proc.terminate()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(proc.wait(), 30)
                log.close()


async def ask(fake: FakeBotAPI, chat: int, text: str, timeout: float = 30) -> float:
    """Push a question; seconds until the first answer call to that chat completed."""
    mark = fake.mark()
    start = time.monotonic()
    fake.push_message(chat, text)
    await fake.wait_for_calls("sendMessage", chat_id=chat, after=mark, timeout=timeout)
    return time.monotonic() - start
