"""Answer latencies of the engine, shared by engine_bench.py and scale_bench.py."""

from __future__ import annotations

import time


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def latencies(
    engine, questions: list[str], rounds: int, cpu: list[float] | None = None, new: bool = False
) -> list[float]:
    """Wall-clock milliseconds per answer; with `cpu`, the thread's CPU time per answer is
    added to it too (on a shared machine the wall clock also counts waiting for a core).
    `new`: each question asked as if never seen (the caches keyed by a whole question emptied
    first, outside the timing), as a user's new question is; otherwise asking the same
    questions again times those caches' hits."""
    for q in questions:  # warm caches and lazily loaded tables first
        engine.answer(q)
    out = []
    for _ in range(rounds):
        for q in questions:
            if new:
                engine.forget_questions()
            start, used = time.perf_counter(), time.thread_time()
            engine.answer(q)
            out.append((time.perf_counter() - start) * 1000)
            if cpu is not None:
                cpu.append((time.thread_time() - used) * 1000)
    return out


def report(label: str, values: list[float], cpu: list[float]) -> None:
    print(
        f"{label}: {len(values)} answers, p50 {percentile(values, 50):.2f} ms, "
        f"p99 {percentile(values, 99):.2f} ms, max {max(values):.2f} ms "
        f"(CPU time: p50 {percentile(cpu, 50):.2f} ms, p99 {percentile(cpu, 99):.2f} ms)"
    )
