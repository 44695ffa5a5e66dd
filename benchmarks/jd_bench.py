"""Job descriptions: how often the right job comes first, and that no question is taken for one.

    .venv/bin/python benchmarks/jd_bench.py [-v]

Reads tests/eval/jds.yaml (our own job ads, with the expected job) and every question of
tests/eval/questions.yaml, holdout.yaml and blind.yaml; prints accuracy by language, the
questions taken for job descriptions (must be none), and the time per ad. -v lists the misses.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.engine.careers.jd import JDReader, is_job_description  # noqa: E402
from knowledge.engine.careers.skills import SkillBook  # noqa: E402
from knowledge.open import ensure_built  # noqa: E402

EVAL = ROOT / "tests" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = SkillBook.open(ensure_built(Path(tmp) / "knowledge.db"))
    reader = JDReader(book)
    jds = yaml.safe_load((EVAL / "jds.yaml").read_text(encoding="utf-8"))
    right, total, recognised = Counter(), Counter(), 0
    held_right = held_total = 0
    blind_right = blind_total = 0
    by_set: Counter = Counter()
    set_size: Counter = Counter()
    misses = []
    start = time.perf_counter()
    for item in jds:
        recognised += is_job_description(item["text"])
        reading = reader.read(item["text"])
        ok = reading.job.id == item["job"]
        set_size[item.get("set", "tuned")] += 1
        by_set[item.get("set", "tuned")] += ok
        if item.get("set") in ("blind", "blind2"):
            blind_total += 1
            blind_right += ok
        elif item.get("set") == "holdout":
            held_total += 1
            held_right += ok
        else:
            total[item["lang"]] += 1
            right[item["lang"]] += ok
        if not ok:
            alts = ", ".join(f"{c.job.id} {c.score}" for c in reading.alternatives)
            misses.append(
                f"{item['id']}: expected {item['job']}, got {reading.job.id} "
                f"{reading.score} (then {alts})"
            )
    took = (time.perf_counter() - start) / max(len(jds), 1)
    questions = []
    for name in ("questions.yaml", "holdout.yaml", "blind.yaml"):
        questions += [q["q"] for q in yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))]
    false_jd = [q for q in questions if is_job_description(q)]
    n = sum(total.values())
    print(
        f"job descriptions tuned on: {n}; right job first: {sum(right.values())}/{n} "
        f"= {100 * sum(right.values()) / n:.1f}%"
    )
    for lang in sorted(total):
        print(f"  {lang:8} {right[lang]}/{total[lang]} = {100 * right[lang] / total[lang]:.1f}%")
    if held_total:
        print(
            f"held-out job descriptions (written after tuning): {held_right}/{held_total} "
            f"= {100 * held_right / held_total:.1f}%"
        )
    if blind_total:
        print(
            f"blind job descriptions (not tuned on ad by ad): {blind_right}/{blind_total} "
            f"= {100 * blind_right / blind_total:.1f}% "
            f"(blind {by_set['blind']}/{set_size['blind']}, "
            f"blind2 {by_set['blind2']}/{set_size['blind2']})"
        )
    everything = sum(right.values()) + held_right + blind_right
    print(
        f"all {len(jds)} job descriptions: {everything}/{len(jds)} "
        f"= {100 * everything / len(jds):.1f}% (the test requires 90%)"
    )
    print(f"recognised as job descriptions: {recognised}/{len(jds)}")
    print(f"questions taken for job descriptions: {len(false_jd)} of {len(questions)}")
    print(f"time per job description: {took * 1000:.1f} ms")
    if args.verbose:
        for line in misses + [f"question taken for a JD: {q}" for q in false_jd]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
