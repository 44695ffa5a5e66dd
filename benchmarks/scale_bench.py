"""Answer latency as the knowledge base grows, and on the worst inputs we know of.

    .venv/bin/python benchmarks/scale_bench.py [--copies 20] [--rounds 3]

Builds a knowledge base of the curated one copied N times (ids, names, aliases and tasks
suffixed per copy, so every name is distinct and the indexes really grow: about 5,000 entries
and 60,000 names at 20 copies), then prints answer latency percentiles for the question sets on
the real knowledge base and on the big one, and the slowest time for each kind of nasty input.
Targets (issue 8): p99 at most 2 ms on the real base, under 10 ms on the big one, and no input
above 10 ms. Each figure is also given in the thread's CPU time: on a machine shared with other
work the wall clock counts the waits for a core too, the CPU time only the answering.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timing import latencies, report  # noqa: E402

from bot import heap  # noqa: E402
from knowledge.compiler.build import build  # noqa: E402
from knowledge.compiler.source import PACKAGE_DATA  # noqa: E402
from knowledge.open import open_engine  # noqa: E402
from tests.eval.evaluate import BLIND, HOLDOUT, QUESTIONS, load_questions  # noqa: E402

ID_LISTS = ("related", "handled_by", "compares")
NAMED = ("name", "aliases", "shared_aliases", "tasks")
ZH_TAGS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


def copy_entry(entry: dict, k: int) -> dict:
    """Copy k of an entry: its id and every reference suffixed, its names made distinct."""
    out = dict(entry, id=f"{entry['id']}_c{k}")
    for field in ID_LISTS:
        if field in out:
            out[field] = [f"{r}_c{k}" for r in out[field]]
    for field in ("from", "to"):
        if field in out:
            out[field] = f"{out[field]}_c{k}"
    for field in NAMED:
        value = out.get(field)
        if not isinstance(value, dict):
            continue
        tag_en, tag_zh = f"unit{k}", f"{ZH_TAGS[k % len(ZH_TAGS)]}组"

        def mark(text: str, lang: str, tag_en=tag_en, tag_zh=tag_zh) -> str:
            return f"{text} {tag_en}" if lang == "en" else f"{text}{tag_zh}"

        out[field] = {
            lang: [mark(t, lang) for t in items] if isinstance(items, list) else mark(items, lang)
            for lang, items in value.items()
        }
    return out


def big_knowledge_base(target: Path, copies: int) -> int:
    """Write the YAML of the copied knowledge base into `target`; returns the entry count."""
    count = 0
    for path in sorted(PACKAGE_DATA.glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name in ("articles.yaml",):
            (target / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            continue
        if path.name == "quiz.yaml":
            out = entries  # one quiz: its questions must stay 12-15
        else:
            out = entries + [copy_entry(e, k) for k in range(1, copies) for e in entries]
        count += len(out)
        (target / path.name).write_text(
            yaml.safe_dump(out, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    for learnt in sorted(PACKAGE_DATA.glob("*.tsv")):
        # the learnt kinds and jobs (`careerbot kb learn`), which a build reads beside the YAML
        (target / learnt.name).write_bytes(learnt.read_bytes())
    return count


def nasty_inputs() -> dict[str, str]:
    rng = random.Random(7)
    cjk = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(4000))
    return {
        "400 characters of non-words": "".join(
            rng.choice("qwrtzpsdfghjklxcvbnm ") for _ in range(400)
        ),
        "4,000 random Chinese characters": cjk,
        "4,000 characters of our own Chinese words": (
            "品牌部和公关部的区别是什么，运营怎么转推广，" * 200
        )[:4000],
        "4,000 characters of our own English words": (
            "what does a media buyer do and how is brand measured " * 80
        )[:4000],
        "a long line of one word": "operations" * 400,
        "emoji and symbols": "😀🔥💼📈" * 300,
        "mixed scripts": ("KOC种草 ROI投流 品牌 brand 運營 " * 200)[:4000],
        "control characters": "\x00\x01\x02what\x1b[31mis KOC\x7f" * 100,
    }


def report_nasty(engine, rounds: int) -> None:
    for label, text in nasty_inputs().items():
        cpu: list[float] = []
        times = latencies(engine, [text], rounds, cpu)
        new_cpu: list[float] = []
        new = latencies(engine, [text], rounds, new_cpu, new=True)
        print(
            f"  {label}: max {max(times):.2f} ms (CPU time {max(cpu):.2f} ms); "
            f"asked as new: max {max(new):.2f} ms (CPU time {max(new_cpu):.2f} ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    questions = [q["q"] for path in (QUESTIONS, HOLDOUT, BLIND) for q in load_questions(path)]
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small"
        small.mkdir()
        build(small / "knowledge.db")
        engine = open_engine(small)
        # As the bot starts: warmed up, its heap then out of the collector's sight.
        engine.warm_up()
        heap.settle()
        cpu: list[float] = []
        report("real knowledge base", latencies(engine, questions, args.rounds, cpu), cpu)
        cpu = []
        new = latencies(engine, questions, args.rounds, cpu, new=True)
        report("real knowledge base, each question new", new, cpu)
        report_nasty(engine, args.rounds)
        heap.unsettle()  # the big knowledge base's engine is settled afresh below

        yaml_dir, big = Path(tmp) / "yaml", Path(tmp) / "big"
        yaml_dir.mkdir()
        big.mkdir()
        entries = big_knowledge_base(yaml_dir, args.copies)
        start = time.perf_counter()
        build(big / "knowledge.db", yaml_dir)
        took = time.perf_counter() - start
        engine = open_engine(big, yaml_dir)
        # As the bot starts: warmed up, its heap then out of the collector's sight.
        engine.warm_up()
        heap.settle()
        names = len(engine.linker.exact)
        print(f"big knowledge base: {entries} entries, {names} names, built in {took:.1f} s")
        cpu = []
        report("big knowledge base", latencies(engine, questions, args.rounds, cpu), cpu)
        cpu = []
        new = latencies(engine, questions, args.rounds, cpu, new=True)
        report("big knowledge base, each question new", new, cpu)
        report_nasty(engine, args.rounds)


if __name__ == "__main__":
    main()
