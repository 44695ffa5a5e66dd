"""What the learnt question kinds are worth on questions they were not learnt from.

    .venv/bin/python benchmarks/kinds_bench.py [--sets fresh16,fresh17] [--sure 500,800,1200]

For each set named, the weights are learnt from every other set (knowledge/compiler/kinds.py),
and the set is answered by the patterns alone, then with the learnt kinds and jobs heard, the
kinds at each lead given (knowledge/engine/understand/kinds.py, SURE; the jobs at JOB_SURE).
Printed: how often the learnt kind is right on the set's stand-alone questions, and the learnt
job on its job ads, who-questions and self-descriptions one job fits (and, for those, how often
it is right where it leads by FIT_BY_WORK, the lead at which the fit answer names it first);
the answers right with the patterns alone, and how many
the learnt weights mend and break. The engine's patterns were tuned on these sets after
they were measured blind, so the mends are fewer than on a new set. "certain": what a certain
guess over any reading (OVERRULES_ANY, SETTLED_OVERRULED) mends and breaks, at SURE as set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.compiler import kinds  # noqa: E402
from knowledge.engine.compose.careers import FIT_BY_WORK  # noqa: E402
from knowledge.engine.understand import kinds as heard  # noqa: E402
from knowledge.open import open_engine  # noqa: E402
from knowledge.text.grams import shape_features  # noqa: E402
from tests.eval.evaluate import judge, load_questions  # noqa: E402


def _answered(engine, items: list[dict]) -> list[bool]:
    talks: dict = {}
    right = []
    for item in items:
        session = item.get("session")
        result = judge(engine, item, talks.get(session) if session else None)
        if session:
            talks[session] = result.context
        right.append(result.ok)
    return right


def _without(path: Path, labelled, features=shape_features) -> heard.LearntWeights:
    """Weights learnt from every set but `path`."""
    taught = [q for p in kinds.learnt_sets() if p != path for q in labelled(p)]
    return heard.LearntWeights(kinds.by_label(kinds.learn(taught, features=features)), features)


def _share_right(weights: heard.LearntWeights, asked: list[tuple[str, str]]) -> float:
    return sum(weights.best(q)[0] == label for q, label in asked) / max(1, len(asked))  # type: ignore[index]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="fresh14,fresh15,fresh16,fresh17")
    parser.add_argument("--sure", default="500,800,1200")
    args = parser.parse_args()
    leads = [int(x) for x in args.sure.split(",")]
    engine = open_engine(ROOT / "data")
    kb = engine.kb
    kept = kb.kind_weights(), kb.job_weights(), heard.SURE
    certain_kept = heard.OVERRULES_ANY, heard.SETTLED_OVERRULED
    totals = {lead: [0, 0] for lead in leads}
    certain = [0, 0]  # what certain guesses mend and break, against the learnt kinds without them
    count = 0
    fit_right = [0, 0, 0]  # self-descriptions: learnt job right, sure, all
    print(
        f"{'set':10} {'kind right':>10} {'job right':>10} {'patterns':>10}  "
        + "  ".join(f"{'SURE=' + str(x):>12}" for x in leads)
        + f"  {'certain':>10}"
    )
    try:
        for name in args.sets.split(","):
            path = kinds.LABELLED / f"{name}.yaml"
            kind_weights = _without(path, kinds.labelled_in)
            job_weights = _without(path, kinds.labelled_jobs_in, kinds.JOB_FEATURES)
            told = _share_right(kind_weights, list(kinds.labelled_in(path)))
            job_told = _share_right(job_weights, list(kinds.labelled_jobs_in(path)))
            fits = [(q, job, job_weights.best(q)) for q, job in kinds.labelled_fits_in(path)]
            sure = [(job, found[0]) for _, job, found in fits if found and found[1] >= FIT_BY_WORK]
            fit_right[0] += sum(job == got for job, got in sure)
            fit_right[1] += len(sure)
            fit_right[2] += len(fits)
            items = load_questions(path)
            kb._kinds, kb._jobs = heard.LearntWeights({}), heard.LearntWeights({})
            base = _answered(engine, items)
            kb._kinds, kb._jobs = kind_weights, job_weights
            cells = []
            for lead in leads:
                heard.SURE = lead
                got = _answered(engine, items)
                mended = sum(g and not b for b, g in zip(base, got, strict=True))
                broke = sum(b and not g for b, g in zip(base, got, strict=True))
                totals[lead][0] += mended
                totals[lead][1] += broke
                cells.append(f"{'+' + str(mended) + ' -' + str(broke):>12}")
            # (a certain guess over any reading, and over one settled by its parts: OVERRULES_ANY)
            heard.SURE = kept[2]
            with_certain = _answered(engine, items)
            heard.OVERRULES_ANY = heard.SETTLED_OVERRULED = None
            without = _answered(engine, items)
            heard.OVERRULES_ANY, heard.SETTLED_OVERRULED = certain_kept
            mended = sum(g and not b for b, g in zip(without, with_certain, strict=True))
            broke = sum(b and not g for b, g in zip(without, with_certain, strict=True))
            certain[0] += mended
            certain[1] += broke
            cells.append(f"{'+' + str(mended) + ' -' + str(broke):>10}")
            count += len(items)
            print(
                f"{name:10} {told:>10.1%} {job_told:>10.1%} {sum(base):>5}/{len(base):<4}  "
                + "  ".join(cells),
                flush=True,
            )
    finally:
        kb._kinds, kb._jobs, heard.SURE = kept
        heard.OVERRULES_ANY, heard.SETTLED_OVERRULED = certain_kept
    print(
        f"{'all':10} {'':>10} {'':>10} {count:>10}  "
        + "  ".join(f"{'+' + str(m) + ' -' + str(b):>12}" for m, b in totals.values())
        + f"  {'+' + str(certain[0]) + ' -' + str(certain[1]):>10}"
    )
    print(
        f"self-descriptions one job fits: the learnt job leads by {FIT_BY_WORK} or more on"
        f" {fit_right[1]} of {fit_right[2]}, and is right on {fit_right[0]}"
    )


if __name__ == "__main__":
    main()
