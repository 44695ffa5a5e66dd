"""Store writes that must not hold up a reply (the question log): queued on the event loop and
run in a worker thread, a batch per hand-off.

Why not `asyncio.to_thread` per write: under load every update paid a thread hand-off (and the
GIL switches that come with it) for a write nobody waits for. Here the first write starts one
drain task; writes queued while a batch runs go in the next batch, so at low load a write runs
at once and at high load one hand-off carries many. A write may wait for another process's
lock (statedb.BUSY_TIMEOUT) in the worker thread, never on the loop, and its failure is logged
by the write itself (best-effort: it never costs a user an answer). `flush()` waits for what is
queued: at shutdown, and in tests.

Writes side by side in a batch that carry the same `together` (a callable taking a list of
them) go in one call of it, one transaction: a transaction of its own for each question cost
four times the CPU and a write to the WAL each (issue 11's throughput). When that call fails,
nothing of it was kept, and each write runs on its own, logging its own failure as before.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

log = logging.getLogger("careerbot.state")

Write = Callable[[], None]


class Writes:
    def __init__(self) -> None:
        self._pending: list[Write] = []
        self._task: asyncio.Task[None] | None = None

    def add(self, write: Write) -> None:
        """Queue `write` (call from the event loop); it runs soon, in order, off the loop."""
        self._pending.append(write)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            await asyncio.to_thread(_run, batch)

    async def flush(self) -> None:
        """Wait until every queued write has run."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    def __len__(self) -> int:
        return len(self._pending)


def _run(batch: list[Write]) -> None:
    start = 0
    while start < len(batch):
        together = getattr(batch[start], "together", None)
        end = start + 1
        while (together is not None and end < len(batch)
               and getattr(batch[end], "together", None) == together):
            end += 1
        group = batch[start:end]
        start = end
        if together is not None and len(group) > 1:
            try:
                together(group)
                continue
            except Exception as exc:  # rolled back as a whole: each on its own, below
                log.debug("%d queued writes not written together (%s); one by one", len(group),
                          exc)
        for write in group:
            try:
                write()
            except Exception:  # one failed write must not drop the rest of the batch
                log.exception("a queued state write failed")
