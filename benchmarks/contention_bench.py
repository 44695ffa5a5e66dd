"""Contention: the bot's own tip broadcast to N subscribers with questions beside it (issue 11).

    .venv/bin/python benchmarks/contention_bench.py [-n 600] [--qps 5]

The installed bot (its tips job, not cron) broadcasts to N subscribers, all due, while QPS
questions a second arrive from other chats; the fake server answers 429 above 30 messages a
second. Targets: the broadcast at >= 90% of the allowed rate, no 429, reply p99 < 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from harness import percentile, running_bot
from tips_bench import FIRST_CHAT, populate


async def main(count: int, qps: float, allowed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        populate(data, count)
        async with running_bot(data) as (fake, _proc, _):
            fake.set_rate_limit(allowed)
            tips = set(range(FIRST_CHAT, FIRST_CHAT + count))
            latencies: list[float] = []
            asked = 0

            async def one(chat: int) -> None:
                latencies.append(await ask_once(fake, chat))

            tasks = []
            start = time.monotonic()
            while True:
                delivered = sum(1 for c in tips if fake.sent(c))
                if delivered >= count or time.monotonic() - start > count / 10 + 60:
                    break
                asked += 1
                tasks.append(asyncio.create_task(one(90_000 + asked)))
                await asyncio.sleep(1 / qps)
            await asyncio.gather(*tasks)
            sends = [c for c in fake.calls_for("sendMessage") if c.ok and c.chat_id in tips]
            refused = [c for c in fake.calls_for("sendMessage") if c.status == 429]
            rate = (len(sends) - 1) / (sends[-1].time - sends[0].time) if len(sends) > 1 else 0
            window = list(latencies)
            print(f"contention: broadcast to {count} with {qps:.0f} questions/s beside it; "
                  f"the server allows {allowed}/s")
            print(f"  broadcast rate  {rate:.1f} msg/s = {rate / allowed:.0%} of {allowed}/s; "
                  f"delivered {len(sends)}/{count}")
            every = [c for c in fake.calls_for("sendMessage") if c.ok
                     and sends[0].time <= c.time <= sends[-1].time]
            span = sends[-1].time - sends[0].time if len(sends) > 1 else 1.0
            print(f"  all messages    {len(every) / span:.1f} msg/s while it ran = "
                  f"{len(every) / span / allowed:.0%} of {allowed}/s (tips and replies)")
            print(f"  429 answers     {len(refused)}")
            if not window:  # a small broadcast can be over before the first question
                print("  replies         none asked while it ran")
                return
            print(f"  replies         {len(window)}: p50 {percentile(window, 50) * 1000:.0f} ms, "
                  f"p99 {percentile(window, 99) * 1000:.0f} ms, max {max(window) * 1000:.0f} ms")


async def ask_once(fake, chat: int) -> float:
    mark = fake.mark()
    start = time.monotonic()
    fake.push_message(chat, "what does a media buyer do")
    await fake.wait_for_calls("sendMessage", chat_id=chat, after=mark, timeout=30)
    return time.monotonic() - start


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--qps", type=float, default=5)
    parser.add_argument("--allowed", type=int, default=30)
    a = parser.parse_args()
    asyncio.run(main(a.n, a.qps, a.allowed))
