"""The plainest wordings of each kind of question asked of every job and term (tests/eval/
wordings.py), right by family.

    .venv/bin/python benchmarks/wordings_bench.py [--per-template 12] [--seed 36] [--wrong 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.open import open_engine  # noqa: E402
from tests.eval.wordings import Grid  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-template", type=int, default=12)
    parser.add_argument("--seed", type=int, default=36)
    parser.add_argument("--wrong", type=int, default=5, help="wrong answers shown per family")
    args = parser.parse_args()
    engine = open_engine(ROOT / "data")
    tallies = Grid(engine, args.per_template, args.seed).run()
    right = sum(t.right for t in tallies.values())
    asked = sum(t.asked for t in tallies.values())
    print(f"plain wordings: {right} of {asked} right ({right / asked:.1%})")
    for family, t in tallies.items():
        print(f"  {family:22} {t.right:4} of {t.asked:4} ({t.share:.1%})")
        for wrong in t.wrong[: args.wrong]:
            print(f"      {wrong}")


if __name__ == "__main__":
    main()
