"""Instructions per answer, counted by valgrind: a figure that does not drift with the machine.

    .venv/bin/python benchmarks/instructions_bench.py [--tree PATH ...] [--questions N] [--warm]

On the shared 2-core machine the wall clock and even the thread's CPU time of the same run
drift by a quarter from one minute to the next, so two engines timed one after the other cannot
be told apart by a few per cent. `valgrind --tool=callgrind` counts the instructions executed,
which repeat exactly for the same code and input. For each tree (a checkout with a built
`data/knowledge.db`; this one by default) it runs the engine twice under callgrind: start-up
alone, then start-up and the first N questions of questions.yaml, each asked as new; the
difference over N is the cost of an answer. With --warm both runs first answer the N questions
once, and the pass counted is a second one: tables an engine loads on first use are then left
out (session 19 moved several into the warm-up, which without --warm reads as answers getting
cheaper and start-up dearer). Each run takes a minute or two. Needs valgrind
(Debian's package); prints a note and stops when it is missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run inside valgrind: the engine of TREE answers the first N questions, each as new.
_RUN = """
import sys
tree, n = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, tree)
from pathlib import Path
from knowledge.open import open_engine
from tests.eval.evaluate import QUESTIONS, load_questions
engine = open_engine(Path(tree) / "data")
engine.warm_up()
questions = [item["q"] for item in load_questions(QUESTIONS)]
for _ in range(int(sys.argv[3])):  # passes; a pass before the counted one loads what is lazy
    for q in questions[:n]:
        engine.forget_questions()
        engine.answer(q)
"""


def instructions(tree: Path, questions: int, passes: int = 1) -> int:
    """Instructions executed by start-up and `passes` times `questions` answers in `tree`."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _RUN,
            str(tree),
            str(questions),
            str(passes),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if not found:
        raise RuntimeError(done.stderr[-2000:])
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", type=Path, action="append", help="checkouts to count")
    parser.add_argument("--questions", type=int, default=595, help="questions answered")
    parser.add_argument(
        "--warm",
        action="store_true",
        help="answer the questions once before the counted pass: what an engine loads on first"
        " use (an older engine's warm-up left more to the first answers) is then not counted"
        " as the answers' cost",
    )
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind is not installed (apt-get install valgrind): nothing counted")
        return
    for tree in args.tree or [ROOT]:
        before = 1 if args.warm else 0
        start = instructions(tree.resolve(), args.questions, before)
        total = instructions(tree.resolve(), args.questions, before + 1)
        each = (total - start) / args.questions
        print(
            f"{tree}: start-up {start / 1e9:.3f} G instructions; "
            f"{args.questions} answers {(total - start) / 1e9:.3f} G, "
            f"{each / 1e6:.2f} M instructions an answer"
        )


if __name__ == "__main__":
    main()
