"""Daily-tip broadcast figures: a broadcast to N subscribers against a rate-limited fake server.

    .venv/bin/python benchmarks/tips_bench.py [--subscribers N] [--rate R]

Targets (issue #4): achieved rate at least 90% of the allowed rate; no 429 after the first
second; no lost and no duplicated messages. `careerbot tips send` runs for real in its own
process (the cron path, the same delivery code as the bot's scheduler) against the fake server in
this one, which answers 429 above R messages a second overall or 1 a second per chat. At 30/s,
10 000 subscribers take about six minutes; pass a smaller N for a quick run.

The fake server stands in for Telegram, whose clock does not stop for Python's garbage
collector: with 10 000 recorded calls a full collection in this process takes ~170 ms, requests
queue meanwhile, arrive together, and the fake answers 429 for a burst the sender never made.
So automatic collection is off in this process during the broadcast (--harness-gc keeps it).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.storage import open_store  # noqa: E402
from knowledge.open import open_kb  # noqa: E402
from tests.fakebot import FakeBotAPI  # noqa: E402

TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz"
ZONES = ("Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC", "UTC+08:00")
CODES = ("en", "zh-hans", "zh-tw", None)
FIRST_CHAT = 10_000_000


def populate(data_dir: Path, count: int, state_url: str | None = None) -> None:
    """Subscribers at 00:00 local, subscribed days ago: all of them are due whenever this runs."""
    open_kb(data_dir).close()  # build the knowledge base here, not in the timed run
    store = open_store(state_url or data_dir / "state.db")
    created = time.time() - 3 * 86400
    users, subs = [], []
    for i in range(count):
        uid = FIRST_CHAT + i
        users.append({"user_id": uid, "chat_id": uid, "lang": None,
                      "language_code": CODES[i % len(CODES)], "first_seen": created,
                      "last_seen": created})
        subs.append({"user_id": uid, "chat_id": uid, "hour": 0, "minute": 0,
                     "tz": ZONES[i % len(ZONES)], "active": 1, "created": created, "tips_sent": 0})
    with store.db.transaction() as db:
        for table, rows in (("users", users), ("subscriptions", subs)):
            for row in rows:
                columns = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                db.execute(f"insert into {table} ({columns}) values ({marks})", list(row.values()))
    store.close()


async def broadcast(data_dir: Path, count: int, rate: int, harness_gc: bool,
                    state_url: str | None = None, latency: float = 0.0) -> int:
    if not harness_gc:
        gc.collect()
        gc.freeze()
        gc.disable()
    async with FakeBotAPI(token=TOKEN, max_lifetime=count / max(1, rate - 3) + 180) as fake:
        fake.set_rate_limit(rate, 1)
        fake.set_latency(latency)
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
               "CAREERBOT_DATA_DIR": str(data_dir)}
        if state_url:
            env["CAREERBOT_STATE_URL"] = state_url
        limit = count / (rate * 0.85) + 60  # bounded: well past the expected time, then give up
        started = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "tips", "send", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await asyncio.wait_for(proc.communicate(), limit)
        except TimeoutError:
            proc.kill()
            out, err = await proc.communicate()
            print(f"  gave up after {limit:.0f} s: the broadcast did not finish")
        took = time.monotonic() - started
        report(fake, count, rate, took, out.decode().strip(), err.decode())
        return proc.returncode or 0


def peak(times: list[float], window: float = 1.0) -> int:
    """The most arrivals within any `window` seconds, as the server's limiter counts them."""
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def report(fake: FakeBotAPI, count: int, rate: int, took: float, said: str, err: str) -> None:
    sends = fake.calls_for("sendMessage")
    accepted = [c for c in sends if c.ok]
    refused = [c for c in sends if c.status == 429]
    per_chat = Counter(c.chat_id for c in accepted)
    lost = sum(1 for i in range(count) if per_chat[FIRST_CHAT + i] == 0)
    duplicated = sum(1 for n in per_chat.values() if n > 1)
    print(f"  took {took:.1f} s; careerbot said: {said.splitlines()[-1] if said else '(nothing)'}")
    if err.strip():
        print("  stderr: " + err.strip().splitlines()[-1][:200])
    if len(accepted) >= 2:
        first, last = accepted[0].time, accepted[-1].time
        achieved = (len(accepted) - 1) / (last - first) if last > first else float("inf")
        late = [c for c in refused if c.time > sends[0].time + 1.0]
        print(f"  achieved rate   {achieved:.2f} msg/s = {achieved / rate:.1%} of the allowed "
              f"{rate}/s (target >= 90%)")
        print(f"  429 answers     {len(refused)} ({len(late)} after the first second; target 0)")
        print(f"  busiest second  {peak([c.time for c in accepted])} accepted (sliding 1 s window)")
    print(f"  lost            {lost} (subscribers without their tip; target 0)")
    print(f"  duplicated      {duplicated} (subscribers with more than one; target 0)")
    other = Counter(c.status for c in sends if c.status not in (200, 429))
    if other:
        print(f"  other answers   {dict(other)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", "-n", type=int, default=10_000)
    parser.add_argument("--rate", type=int, default=30, help="messages/s the fake server allows")
    parser.add_argument("--state-url", help="an empty PostgreSQL database to use (its tables "
                        "are made; default: a state.db in a temporary directory)")
    parser.add_argument("--latency", type=float, default=0.0,
                        help="seconds the fake server takes to answer each send (a far server)")
    parser.add_argument("--harness-gc", action="store_true",
                        help="keep garbage collection on in the fake server's process")
    args = parser.parse_args()
    print(f"tips broadcast: {args.subscribers} subscribers; the fake server allows {args.rate}/s "
          f"overall and 1/s per chat" + (f"; answers {args.latency * 1000:.0f} ms late"
                                        if args.latency else ""))
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        populate(data_dir, args.subscribers, args.state_url)
        return asyncio.run(broadcast(data_dir, args.subscribers, args.rate, args.harness_gc,
                                     args.state_url, args.latency))


if __name__ == "__main__":
    sys.exit(main())
