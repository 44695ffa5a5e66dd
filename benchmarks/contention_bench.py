"""Contention: the bot's own tip broadcast to N subscribers with questions beside it (issue 11).

    .venv/bin/python benchmarks/contention_bench.py [-n 600] [--qps 5] [--cron]

The installed bot (its tips job, not cron) broadcasts to N subscribers, all due, while QPS
questions a second arrive from other chats; the fake server answers 429 above 30 messages in
any sliding second. Targets: all messages (tips and replies) at >= 90% of the allowed rate with
no 429, reply p99 < 200 ms. The broadcast's own share is printed too: with 5 replies a second
it can reach at most (30 - 5) / 30 = 83%.

--cron also starts `careerbot tips send --all` in its own process as the broadcast begins: the
bot and the cron then broadcast to the same subscribers at once (the deliveries table gives
each tip to one of them) and must share the rate budget through state.db (bot/ratelimit.py):
printed are the combined rate, the busiest second the server saw, the 429s and who sent what.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import tempfile
import time
from pathlib import Path

from harness import EXE, TOKEN, percentile, running_bot
from tips_bench import FIRST_CHAT, peak, populate


async def main(count: int, qps: float, allowed: int, cron: bool) -> None:
    # The fake server stamps each request when this process gets to it. A garbage collection
    # here paused it for up to 150 ms, after which it took 4 requests in 4 ms and counted 31 in
    # a second that the senders had spaced (the trace below showed it; the senders drop a late
    # slot rather than send it in a burst). The instrument must not pause: no collection while
    # it measures (a few MB for a minute).
    gc.disable()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        populate(data, count)
        async with running_bot(data) as (fake, _proc, _):
            fake.set_rate_limit(allowed)
            tips = set(range(FIRST_CHAT, FIRST_CHAT + count))
            latencies: list[float] = []
            asked = 0
            second = None
            if cron:
                env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
                       "TELEGRAM_API_BASE_URL": fake.base_url, "CAREERBOT_DATA_DIR": str(data)}
                second = await asyncio.create_subprocess_exec(
                    str(EXE), "tips", "send", "--all", env=env,
                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)

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
            said = ""
            if second is not None:
                out, _ = await asyncio.wait_for(second.communicate(), 120)
                said = out.decode().strip()
            sends = [c for c in fake.calls_for("sendMessage") if c.ok and c.chat_id in tips]
            refused = [c for c in fake.calls_for("sendMessage") if c.status == 429]
            rate = (len(sends) - 1) / (sends[-1].time - sends[0].time) if len(sends) > 1 else 0
            window = list(latencies)
            every = [c for c in fake.calls_for("sendMessage") if c.ok
                     and sends[0].time <= c.time <= sends[-1].time]
            span = sends[-1].time - sends[0].time if len(sends) > 1 else 1.0
            accepted = [c.time for c in fake.calls_for("sendMessage") if c.ok]
            who = "the bot's tips job" + (" and a cron `tips send`" if cron else "")
            print(f"contention: broadcast to {count} by {who} with {qps:.0f} questions/s beside "
                  f"it; the server allows {allowed}/s")
            print(f"  all messages    {len(every) / span:.1f} msg/s while it ran = "
                  f"{len(every) / span / allowed:.0%} of {allowed}/s (tips and replies)")
            print(f"  broadcast rate  {rate:.1f} msg/s = {rate / allowed:.0%} of {allowed}/s; "
                  f"delivered {len(sends)}/{count}")
            print(f"  busiest second  {peak(accepted)} messages")
            print(f"  429 answers     {len(refused)}")
            arrived = [c for c in fake.calls_for("sendMessage") if c.status in (200, 429)]
            for call in refused:
                # What the server saw before each 429: ms since the first, t tip, r reply, ! 429.
                at = arrived.index(call)
                seen = arrived[max(0, at - 32) : at + 1]
                marks = " ".join(
                    f"{(c.time - seen[0].time) * 1000:.0f}"
                    + ("!" if c.status == 429 else "t" if c.chat_id in tips else "r")
                    for c in seen
                )
                print(f"    before it     {marks}")
            if cron:
                print(f"  the cron said   {said!r}")
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
    parser.add_argument("--cron", action="store_true",
                        help="a cron `careerbot tips send --all` broadcasts beside the bot")
    a = parser.parse_args()
    asyncio.run(main(a.n, a.qps, a.allowed, a.cron))
