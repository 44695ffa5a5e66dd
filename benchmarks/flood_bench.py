"""Flood: one user sends 200 messages in two seconds while five others ask (issue 11).

    .venv/bin/python benchmarks/flood_bench.py [--messages 200]

Prints the other users' reply latency while the flood lasts (target p99 < 100 ms), the 429s
provoked (the fake server allows 30 messages a second), and what the flooding user got.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from harness import ask, percentile, running_bot

FLOODER = 70_001
OTHERS = [70_100 + i for i in range(5)]


async def main(messages: int, seconds: float) -> None:
    async with running_bot() as (fake, _proc, _):
        fake.set_rate_limit(30)
        await ask(fake, OTHERS[0], "what is KOC")  # warm-up
        latencies: list[float] = []

        async def flood() -> None:
            for i in range(messages):
                fake.push_message(FLOODER, f"what is KOC {i}")
                await asyncio.sleep(seconds / messages)

        async def other(chat: int, delay: float) -> None:
            await asyncio.sleep(delay)
            end = time.monotonic() + seconds + 1
            while time.monotonic() < end:
                latencies.append(await ask(fake, chat, "what does a media buyer do"))
                await asyncio.sleep(1.0)

        await asyncio.gather(flood(), *(other(c, i / 5) for i, c in enumerate(OTHERS)))
        await asyncio.sleep(12)  # the flooder's chat is paced at 1/s after a burst: the rest
        got = fake.sent(FLOODER)
        notes = sum("faster than I can read" in t for t in got)
        print(f"flood: {messages} messages in {seconds:.0f} s from one user, 5 others asking "
              f"once a second each")
        print(f"  other users     {len(latencies)} replies: p50 "
              f"{percentile(latencies, 50) * 1000:.0f} ms, p99 "
              f"{percentile(latencies, 99) * 1000:.0f} ms")
        print(f"  429 answers     {fake.stats['429']}")
        print(f"  flooding user   {len(got) - notes} answers, {notes} note(s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=2)
    a = parser.parse_args()
    asyncio.run(main(a.messages, a.seconds))
