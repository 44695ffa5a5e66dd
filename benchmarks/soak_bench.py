"""Soak: half an hour of mixed traffic compressed into a few minutes, with faults (issue 11).

    .venv/bin/python benchmarks/soak_bench.py [--seconds 120] [--qps 15]

Questions (each from a new chat, so each must be answered exactly once), commands (/tip,
/settings, /subscribe, /quiz), a tip broadcast to 300 subscribers, and every few seconds a fault:
502 with nginx HTML, 500, 429, a dropped connection after delivery, on sendMessage or
getUpdates. Prints memory at the start and the end, errors logged, questions lost and
duplicated. Targets: memory within 10%, no error, nothing lost.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import tempfile
import time
from pathlib import Path

from harness import rss_kb, running_bot
from tips_bench import FIRST_CHAT, populate

FAULTS = [
    lambda f: f.fail_next("sendMessage", status=502, html=True),
    lambda f: f.fail_next("sendMessage", status=500),
    lambda f: f.fail_next("sendMessage", status=429, retry_after=1),
    lambda f: f.drop_next("sendMessage", after=True),
    lambda f: f.fail_next("getUpdates", status=502, html=True),
    lambda f: f.drop_next("getUpdates", after=True),
    lambda f: f.fail_next("getUpdates", status=429, retry_after=1),
]
COMMANDS = ["/tip", "/settings", "/subscribe 8am Europe/Berlin", "/quiz", "/help"]
SUBSCRIBERS = 300


async def main(seconds: float, qps: float) -> None:
    rng = random.Random(11)
    questions = ["what does a media buyer do", "品牌部负责什么", "what is KOC", "谁负责ASO",
                 "can promotion move into operations", "公關部在做什麼", "how do I cook rice"]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        populate(data, SUBSCRIBERS)
        async with running_bot(data) as (fake, proc, _):
            asked: list[int] = []
            chats = itertools.count(200_000)
            start = time.monotonic()
            memory: list[tuple[float, int]] = []
            faults = 0
            i = 0
            while (now := time.monotonic()) - start < seconds:
                i += 1
                chat = next(chats)
                if i % 10 == 0:
                    fake.push_message(chat, rng.choice(COMMANDS))
                else:
                    fake.push_message(chat, rng.choice(questions))
                    asked.append(chat)
                if i % int(qps * 4) == 0:
                    rng.choice(FAULTS)(fake)
                    faults += 1
                if i % int(qps * 5) == 0:
                    memory.append((now - start, rss_kb(proc.pid)))
                await asyncio.sleep(max(0.0, start + i / qps - time.monotonic()))
            await asyncio.sleep(8)  # the last answers, resends and the broadcast's tail
            memory.append((time.monotonic() - start, rss_kb(proc.pid)))
            got = [sum(1 for t in fake.sent(c)) for c in asked]
            tips = [len(fake.sent(FIRST_CHAT + k)) for k in range(SUBSCRIBERS)]
            log = proc.log_path.read_text(errors="replace")  # type: ignore[attr-defined]
        errors = [line for line in log.splitlines() if " ERROR " in line or "Traceback" in line
                  or " CRITICAL " in line]
        base = next((kb for t, kb in memory if t >= 10), memory[0][1])
        print(f"soak: {seconds:.0f} s at {qps:.0f} messages/s ({i} messages, {faults} faults "
              f"injected, a broadcast to {SUBSCRIBERS})")
        print(f"  memory          {base / 1024:.1f} MB after 10 s, {memory[-1][1] / 1024:.1f} MB "
              f"at the end ({(memory[-1][1] - base) / base:+.1%})")
        print(f"  questions       {len(asked)}: lost {sum(g == 0 for g in got)}, "
              f"duplicated {sum(g > 1 for g in got)}")
        print(f"  tips            {sum(t == 1 for t in tips)}/{SUBSCRIBERS} once, "
              f"{sum(t == 0 for t in tips)} missing, {sum(t > 1 for t in tips)} duplicated")
        print(f"  errors logged   {len(errors)}" + (f": {errors[0][:160]}" if errors else ""))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--qps", type=float, default=15)
    a = parser.parse_args()
    asyncio.run(main(a.seconds, a.qps))
