"""Questions a second and broadcast rate with one and with two copies of the bot in webhook mode
behind a round-robin proxy, on SQLite and on PostgreSQL, side by side (issue 12).

    .venv/bin/python benchmarks/copies_bench.py [--questions 600] [--subscribers 300]
        [--postgres URL]   (default: a throwaway PostgreSQL cluster, as the tests start one)

Questions are posted to the proxy the way Telegram posts to a webhook, `--connections` at a time
(Telegram's default for a webhook is up to 40); the figure is answered questions a second from
the first post to the last answer. The broadcast figure is tips a second at the fake Bot API,
which answers 429 past 30 a second overall: copies that share the budget get none.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.storage import open_store  # noqa: E402
from tests.fakebot import FakeBotAPI  # noqa: E402
from tests.proxy import RoundRobinProxy  # noqa: E402
from tests.test_webhook import free_port, update  # noqa: E402

TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz"
EXE = Path(sys.executable).with_name("careerbot")
SECRET = "bench-secret"
QUESTIONS = ["what does a media buyer do", "什么是种草", "品牌部負責什麼", "what is ASO",
             "difference between brand and PR", "what is a KOC", "用户运营做什么",
             "how is a brand manager measured"]


@contextlib.asynccontextmanager
async def copies(n: int, state_env: dict[str, str], data_dir: Path
                 ) -> AsyncIterator[tuple[FakeBotAPI, RoundRobinProxy]]:
    async with FakeBotAPI(token=TOKEN, max_lifetime=900) as fake:
        ports = [free_port() for _ in range(n)]
        proxy = RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports])
        await proxy.start()
        procs = []
        logs = []
        for i, port in enumerate(ports):
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
                   "TELEGRAM_API_BASE_URL": fake.base_url, "CAREERBOT_DATA_DIR": str(data_dir),
                   "CAREERBOT_WEBHOOK_URL": proxy.url + "/telegram",
                   "CAREERBOT_WEBHOOK_SECRET": SECRET, "PORT": str(port),
                   "CAREERBOT_LISTEN": "127.0.0.1", **state_env}
            log = open(data_dir / f"copy{i}.log", "wb")  # noqa: SIM115
            logs.append(log)
            procs.append(await asyncio.create_subprocess_exec(
                str(EXE), env=env, stdout=asyncio.subprocess.DEVNULL, stderr=log))
        try:
            for _ in range(1200):
                if sum(1 for h in fake.webhook_history if h[0] == "setWebhook") >= n:
                    break
                await asyncio.sleep(0.05)
            else:
                raise RuntimeError("the copies did not start")
            yield fake, proxy
        finally:
            for proc in procs:
                if proc.returncode is None:
                    proc.terminate()
            for proc in procs:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(proc.wait(), 30)
            for log in logs:
                log.close()
            await proxy.stop()


async def questions_a_second(fake: FakeBotAPI, proxy: RoundRobinProxy, count: int,
                             connections: int) -> float:
    chats = [100_000 + i for i in range(count)]
    ids = itertools.count(1)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    todo = iter(enumerate(chats))
    start = time.monotonic()
    async with aiohttp.ClientSession() as http:
        async def poster() -> None:
            for i, chat in todo:
                body = json.dumps(update(chat, QUESTIONS[i % len(QUESTIONS)], next(ids)))
                async with http.post(proxy.url + "/telegram", data=body, headers=headers) as r:
                    await r.read()
        await asyncio.gather(*(poster() for _ in range(connections)))
    while not all(fake.sent(chat) for chat in chats):
        if time.monotonic() - start > 300:
            raise RuntimeError("questions not answered in 300 s")
        await asyncio.sleep(0.01)
    return count / (time.monotonic() - start)


async def broadcast_rate(fake: FakeBotAPI, subscribers: list[int]) -> tuple[float, int, int]:
    """(tips a second from the first to the last, 429s, subscribers with two tips)."""
    for _ in range(6000):
        if all(fake.sent(chat) for chat in subscribers):
            break
        await asyncio.sleep(0.05)
    times = sorted(call.time for chat in subscribers
                   for call in fake.calls_for("sendMessage", chat_id=chat) if call.ok)
    twice = sum(1 for chat in subscribers if len(fake.sent(chat)) > 1)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan")
    return rate, fake.stats.get("rate_limited", 0), twice


async def one_setup(name: str, n: int, state_env: dict[str, str], args) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        subscribers = [500_000 + i for i in range(args.subscribers)]
        async with copies(n, state_env, data) as (fake, proxy):
            qps = await questions_a_second(fake, proxy, args.questions, args.connections)
            fake.set_rate_limit(30)
            store = open_store(state_env.get("CAREERBOT_STATE_URL") or data / "state.db")
            for chat in subscribers:  # due now: the copies' next tick sends them
                store.subscribe(chat, chat, 0, 0, "UTC", 0.0)
            store.close()
            rate, limited, twice = await broadcast_rate(fake, subscribers)
    return {"setup": name, "copies": n, "q/s": qps, "tips/s": rate, "429": limited,
            "twice": twice}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--subscribers", type=int, default=300)
    parser.add_argument("--connections", type=int, default=40)
    parser.add_argument("--postgres", help="a PostgreSQL URL (default: a throwaway cluster)")
    args = parser.parse_args()
    rows = [await one_setup("SQLite", n, {}, args) for n in (1, 2)]
    cluster = None
    if not args.postgres:
        from tests.conftest import PostgresCluster, postgres_bindir

        bindir = postgres_bindir()
        if bindir is None:
            sys.exit("PostgreSQL is not installed: pass --postgres URL")
        cluster = PostgresCluster(bindir)
        cluster.start()
    try:
        for n in (1, 2):  # each setup on an empty store of its own
            url = args.postgres or cluster.new_database()  # type: ignore[union-attr]
            rows.append(await one_setup("PostgreSQL", n, {"CAREERBOT_STATE_URL": url}, args))
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"{'store':<11} {'copies':>6} {'questions/s':>12} {'tips/s':>7} {'429s':>5} "
          f"{'2 tips':>6}")
    for row in rows:
        print(f"{row['setup']:<11} {row['copies']:>6} {row['q/s']:>12.0f} {row['tips/s']:>7.1f} "
              f"{row['429']:>5} {row['twice']:>6}")
    print(f"({args.questions} questions over {args.connections} connections; a broadcast to "
          f"{args.subscribers}; fake Bot API limit 30/s; machine: {os.cpu_count()} cores)")


if __name__ == "__main__":
    asyncio.run(main())
