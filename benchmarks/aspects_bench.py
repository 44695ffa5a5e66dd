"""What the learnt aspects are worth on questions they were not learnt from.

    .venv/bin/python benchmarks/aspects_bench.py [--sets fresh25,fresh26] [--sure 400,800,1200]
        [--unanswered 1000,1500]

For each set named, the aspects (pay, prospects, the way in...) are learnt from every other set
(knowledge/compiler/kinds.py) and the set is answered without them, then with them heard at
each lead given (knowledge/engine/understand/kinds.py: ASPECT_SURE, and ASPECT_SURE_UNANSWERED
for follow-ups otherwise not understood). Printed: how often the learnt aspect is right on the
set's labelled questions about a job or two, the answers right without the learnt aspects, and
how many they mend and break at each lead.
"""

from __future__ import annotations

import argparse
import sys
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.compiler import kinds  # noqa: E402
from knowledge.engine.understand import kinds as heard  # noqa: E402
from knowledge.open import open_engine  # noqa: E402
from tests.eval.evaluate import evaluate, load_questions  # noqa: E402


def _without(path: Path) -> heard.LearntWeights:
    taught = [q for p in kinds.learnt_sets() if p != path for q in kinds.labelled_aspects_in(p)]
    return heard.LearntWeights(kinds.by_label(kinds.learn(taught)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="fresh24,fresh25,fresh26,dev47,dev48,dev49")
    parser.add_argument("--sure", default="400,800,1200")
    parser.add_argument("--unanswered", default="1000,1500,2500")
    args = parser.parse_args()
    leads = list(
        product(
            [int(x) for x in args.sure.split(",")], [int(x) for x in args.unanswered.split(",")]
        )
    )
    engine = open_engine(ROOT / "data")
    kb = engine.kb
    kept = kb.aspect_weights(), heard.ASPECT_SURE, heard.ASPECT_SURE_UNANSWERED
    totals = {lead: [0, 0] for lead in leads}
    print(
        f"{'set':8} {'aspect right':>12} {'without':>9}  "
        + "  ".join(f"{f'{a}/{u}':>10}" for a, u in leads)
    )
    try:
        for name in args.sets.split(","):
            path = kinds.LABELLED / f"{name}.yaml"
            weights = _without(path)
            asked = list(kinds.labelled_aspects_in(path))
            told = sum(weights.best(q)[0] == a for q, a in asked) / max(1, len(asked))  # type: ignore[index]
            items = load_questions(path)
            kb._aspects = heard.LearntWeights({})
            base = [r.ok for r in evaluate(engine, items)]
            kb._aspects = weights
            cells = []
            for lead in leads:
                heard.ASPECT_SURE, heard.ASPECT_SURE_UNANSWERED = lead
                got = [r.ok for r in evaluate(engine, items)]
                mended = sum(g and not b for b, g in zip(base, got, strict=True))
                broke = sum(b and not g for b, g in zip(base, got, strict=True))
                totals[lead][0] += mended
                totals[lead][1] += broke
                cells.append(f"{f'+{mended} -{broke}':>10}")
            print(
                f"{name:8} {told:>12.1%} {sum(base):>4}/{len(base):<4}  " + "  ".join(cells),
                flush=True,
            )
    finally:
        kb._aspects, heard.ASPECT_SURE, heard.ASPECT_SURE_UNANSWERED = kept
    print(
        f"{'all':8} {'':>12} {'':>9}  "
        + "  ".join(f"{f'+{m} -{b}':>10}" for m, b in totals.values())
    )


if __name__ == "__main__":
    main()
