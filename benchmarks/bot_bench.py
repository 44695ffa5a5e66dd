"""Bot figures through the fake Bot API server: updates handled per second, reply latency.

    .venv/bin/python benchmarks/bot_bench.py [--burst N] [--rate R] [--seconds S]

Targets (issue 11): at least 300 questions a second; p99 under 50 ms at 50 a second.
The installed program runs for real in its own process (long polling, handlers, engine, state
database) against the fake server in this one, as it would against Telegram. After a warm-up
pass over every question (the first answers pay for imports, and each org chart is drawn once
and cached), a burst of N questions is timed, with the bot's own CPU time for them (on a
machine shared with other work, questions a second follow how much of a core the bot got;
CPU a question does not).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.eval.evaluate import load_questions  # noqa: E402
from tests.fakebot import FakeBotAPI  # noqa: E402

EXE = Path(sys.executable).with_name("careerbot")

TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def replies(fake: FakeBotAPI, after: int) -> dict[int, float]:
    """First reply time per chat after a mark."""
    seen: dict[int, float] = {}
    for call in fake.calls_for("sendMessage", after=after):
        if call.status is not None and call.chat_id not in seen:
            seen[int(call.chat_id)] = call.time
    return seen


async def main(burst: int, rate: float, seconds: float) -> None:
    questions = [q["q"] for q in load_questions()]
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeBotAPI(token=TOKEN) as fake:
            env = {
                **os.environ,
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": fake.base_url,
                "CAREERBOT_DATA_DIR": tmp,
            }
            proc = subprocess.Popen(
                os.environ.get("BENCH_CMD", str(EXE)).split(),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                await fake.wait_for_calls("getUpdates", timeout=60)
                # Warm up: the first answers pay for imports and caches (each org chart is
                # drawn once, then cached): one pass over the questions, as a bot that has run
                # for a while has done.
                mark = fake.mark()
                for i, text in enumerate(questions):
                    fake.push_message(10_000 + i, text)
                    if i % 50 == 49:
                        await asyncio.sleep(0.2)
                await fake.wait_for_calls("sendMessage", count=len(questions), after=mark,
                                          timeout=120)

                mark = fake.mark()
                start = time.monotonic()
                cpu_before = cpu_seconds(proc.pid)
                for i in range(burst):
                    fake.push_message(20_000 + i, questions[i % len(questions)])
                await fake.wait_for_calls("sendMessage", count=burst, after=mark, timeout=600)
                took = time.monotonic() - start
                cpu = cpu_seconds(proc.pid) - cpu_before
                print(
                    f"throughput: {burst} questions answered in {took:.2f} s = "
                    f"{burst / took:.0f} questions/s; the bot's CPU {cpu / burst * 1000:.2f} ms "
                    f"a question ({cpu / took:.0%} of a core)"
                )

                mark = fake.mark()
                sent_at: dict[int, float] = {}
                n = int(rate * seconds)
                begin = time.monotonic()
                for i in range(n):
                    target = begin + i / rate
                    await asyncio.sleep(max(0.0, target - time.monotonic()))
                    chat = 30_000 + i
                    sent_at[chat] = time.monotonic()
                    fake.push_message(chat, questions[i % len(questions)])
                await fake.wait_for_calls("sendMessage", count=n, after=mark, timeout=120)
                answered = await replies(fake, mark)
                lat = [(answered[c] - t) * 1000 for c, t in sent_at.items() if c in answered]
                print(
                    f"latency at {rate:.0f}/s for {seconds:.0f} s ({len(lat)} questions): "
                    f"p50 {percentile(lat, 50):.1f} ms, p99 {percentile(lat, 99):.1f} ms, "
                    f"max {max(lat):.1f} ms"
                )
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            bot_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
            own = resource.getrusage(resource.RUSAGE_SELF)
            total = burst + n + len(questions)
            print(
                f"CPU: bot process {(bot_cpu.ru_utime + bot_cpu.ru_stime) / total * 1000:.2f} ms "
                f"a question (start-up included), fake server and driver "
                f"{(own.ru_utime + own.ru_stime) / total * 1000:.2f} ms a question"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    a = parser.parse_args()
    asyncio.run(main(a.burst, a.rate, a.seconds))
