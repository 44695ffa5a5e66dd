"""Engine figures: accuracy by language and kind, answer latency, build and start-up time, memory.

    .venv/bin/python benchmarks/engine_bench.py [--rounds N] [--set NAME ...] [--fresh] [--dev]
    .venv/bin/python benchmarks/engine_bench.py --list    # every set, its floor and story

Targets on the 2-core machine: p99 at most 2 ms a question (issue 8), start-up of
`careerbot ask` under 1.5 s, build under 3 s, under 150 MB. Accuracy is printed by language,
kind, aspect and tag, with how many uncovered aspects were said to be missing and how many
moves had the right start and goal. `benchmarks/scale_bench.py` has latency at 20 times the
knowledge base and on nasty inputs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timing import latencies, report  # noqa: E402

from bot import heap  # noqa: E402
from knowledge.compiler.build import build  # noqa: E402
from knowledge.open import open_engine  # noqa: E402
from tests.eval.evaluate import BLIND, HOLDOUT, evaluate, load_questions  # noqa: E402
from tests.eval.evaluate import report as evaluation_report  # noqa: E402
from tests.eval.sets import QUESTION_SETS, dev_sets, fresh_sets, tuned_sets  # noqa: E402

EXE = Path(sys.executable).with_name("careerbot")


def sets_chosen(args: argparse.Namespace) -> list[Path]:
    """The sets asked for by --set, --fresh and --dev: the fresh sets, then the dev sets."""
    chosen = set(args.set)
    chosen |= {s.name for s in tuned_sets() if s.family == "fresh"} if args.fresh else set()
    chosen |= {s.name for s in tuned_sets() if s.family == "dev"} if args.dev else set()
    return [s.path for s in (*fresh_sets(), *dev_sets()) if s.name in chosen]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5, help="passes over the question set")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        choices=[s.name for s in (*fresh_sets(), *dev_sets())],
        metavar="NAME",
        help="also this set (repeatable): a fresh or dev set of tests/eval/sets.py (--list)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="also every fresh set measured so far (one still blind is measured by --set only)",
    )
    parser.add_argument(
        "--dev", action="store_true", help=f"also every dev set, {dev_sets()[0].path.name} on"
    )
    parser.add_argument(
        "--list", action="store_true", help="list the sets, their floors and stories, and exit"
    )
    args = parser.parse_args()
    if args.list:
        for qset in QUESTION_SETS:
            floor = "-" if qset.floor is None else f"{qset.floor:.2f}"
            print(f"{qset.name:<10} {floor:>4}  {qset.story}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        builds = []
        for _ in range(3):
            start = time.perf_counter()
            build(data / "knowledge.db")
            builds.append(time.perf_counter() - start)
        print(f"build: median {statistics.median(builds):.2f} s over {len(builds)} builds")

        engine = open_engine(data)
        # As the bot starts: warmed up, its heap then out of the collector's sight.
        engine.warm_up()
        heap.settle()
        questions = [q["q"] for q in load_questions()]
        print("questions.yaml:")
        print(evaluation_report(evaluate(engine)))
        for path in (HOLDOUT, BLIND, *sets_chosen(args)):
            print(f"{path.name}:")
            print(evaluation_report(evaluate(engine, load_questions(path))))

        # The CPU time leaves out waits for a core, which a machine shared with other work adds.
        # Asked again, caches keyed by a whole question answer from memory; a user's question
        # is mostly new, so each is also asked as if never seen (benchmarks/timing.py).
        cpu: list[float] = []
        again = latencies(engine, questions, args.rounds, cpu)
        report("latency, questions asked again", again, cpu)
        cpu = []
        new = latencies(engine, questions, args.rounds, cpu, new=True)
        report("latency, each question new", new, cpu)

        env = {**os.environ, "CAREERBOT_DATA_DIR": str(data)}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        starts = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(
                [str(EXE), "ask", "what is KOC"], env=env, capture_output=True, check=True
            )
            starts.append(time.perf_counter() - start)
        print(
            f"start-up of `careerbot ask`: median {statistics.median(starts):.2f} s, "
            f"max {max(starts):.2f} s over {len(starts)} runs"
        )

        # The program's own peak, read by itself as it exits from /proc (VmHWM): ru_maxrss
        # would carry this script's own peak over through fork and exec.
        probe = (
            "import re, sys; from bot.cli import main; main(['ask', '--jsonl']); "
            "status = open('/proc/self/status').read(); "
            "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)"
        )
        done = subprocess.run(
            [sys.executable, "-c", probe],
            input="\n".join(questions),
            text=True,
            env=env,
            capture_output=True,
            check=True,
        )
        peak_kb = int(done.stderr.strip().splitlines()[-1])
        print(
            f"peak memory of `careerbot ask --jsonl` over {len(questions)} questions: "
            f"{peak_kb / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
