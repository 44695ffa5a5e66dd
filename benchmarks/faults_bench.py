"""Faults: replies lost and duplicated when the Bot API misbehaves (issue 11).

    .venv/bin/python benchmarks/faults_bench.py [--per-fault N]

For each fault (429, 500 JSON, 502 nginx HTML, a connection dropped before or after delivery,
a hang shorter than the read timeout; on sendMessage and on getUpdates), N questions from N
chats, each hit once by the fault, then counts per chat: answers received (0 = lost, 2+ =
duplicated) and apologies. Targets: 0 lost, 0 duplicated, no apology after an answer. A drop
*before* delivery on sendMessage cannot be told from one after it by any client; the bot errs on
the side of no duplicate, so those answers are expected to be lost and are listed apart.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from harness import running_bot

SORRY = "something went wrong"

FAULTS = {
    "sendMessage 429": lambda f, c: f.fail_next("sendMessage", status=429, retry_after=1,
                                                chat_id=c),
    "sendMessage 500 JSON": lambda f, c: f.fail_next("sendMessage", status=500, chat_id=c,
                                                     times=2),
    "sendMessage 502 HTML": lambda f, c: f.fail_next("sendMessage", status=502, html=True,
                                                     chat_id=c, times=2),
    "sendMessage drop after": lambda f, c: f.drop_next("sendMessage", after=True, chat_id=c),
    "sendMessage hang 3s": lambda f, c: f.hang_next("sendMessage", 3, chat_id=c),
    "getUpdates 429": lambda f, c: f.fail_next("getUpdates", status=429, retry_after=1),
    "getUpdates 500 JSON": lambda f, c: f.fail_next("getUpdates", status=500),
    "getUpdates 502 HTML": lambda f, c: f.fail_next("getUpdates", status=502, html=True),
    "getUpdates drop before": lambda f, c: f.drop_next("getUpdates"),
    "getUpdates drop after": lambda f, c: f.drop_next("getUpdates", after=True),
    "getUpdates hang 3s": lambda f, c: f.hang_next("getUpdates", 3),
    "sendMessage drop before (ambiguous)": lambda f, c: f.drop_next("sendMessage", chat_id=c),
}


async def main(per_fault: int) -> None:
    async with running_bot() as (fake, _proc, _data):
        chat = 50_000
        rows = []
        started = time.monotonic()
        for name, inject in FAULTS.items():
            chats = []
            for _ in range(per_fault):
                chat += 1
                chats.append(chat)
                inject(fake, chat)
                fake.push_message(chat, "what does a media buyer do")
                await asyncio.sleep(0.05)
            # ten faults in a row on getUpdates are an outage of ~15 s (capped back-off): wait
            # long enough to tell late from lost
            begun = time.monotonic()
            while time.monotonic() < begun + 60 and not all(fake.sent(c) for c in chats):
                await asyncio.sleep(0.1)
            waited = time.monotonic() - begun
            await asyncio.sleep(1.0)  # late duplicates or apologies would show up here
            fake.clear_faults()
            answers = [sum(SORRY not in t for t in fake.sent(c)) for c in chats]
            sorry = [sum(SORRY in t for t in fake.sent(c)) for c in chats]
            rows.append((name, sum(a == 0 for a in answers), sum(a > 1 for a in answers),
                         sum(sorry), sum(1 for a, s in zip(answers, sorry, strict=True)
                                         if a and s), waited))
        print(f"faults: {per_fault} questions per fault, {time.monotonic() - started:.0f} s")
        print(f"  {'fault':38} {'lost':>5} {'dup':>5} {'sorry':>6} {'sorry after answer':>19} "
              f"{'all answered in':>16}")
        for name, lost, dup, sorry, after, waited in rows:
            print(f"  {name:38} {lost:5} {dup:5} {sorry:6} {after:19} {waited:15.1f}s")
        main_rows = [r for r in rows if "ambiguous" not in r[0]]
        print(f"  total (without the ambiguous drop): lost {sum(r[1] for r in main_rows)}, "
              f"duplicated {sum(r[2] for r in main_rows)}, apologies after an answer "
              f"{sum(r[4] for r in rows)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-fault", type=int, default=10)
    asyncio.run(main(parser.parse_args().per_fault))
