"""What start-up loaded lives as long as the process: kept out of the garbage collector's sight;
and what each update makes is collected in fewer, larger young collections.

The knowledge base and the libraries are about 67,000 objects once loaded; a full collection
scanned all of them, 33 ms, a pause every reply and every queued broadcast send waits behind
(requests that then reach the server together). Frozen after start-up, a full collection
scans only what came since: 0.0 ms (measured by loading the engine, answering three questions,
and timing `gc.collect()` before and after `gc.freeze()`). What start-up made and later drops
stays unreclaimed by the collector; start-up keeps what it loads, so that is nothing.

Young collections: Python collects the youngest generation every 700 container objects
allocated (net). A busy bot has dozens of updates in flight, each holding its update, context,
answer and request objects until its reply is sent, so most of what such a collection scanned
was still alive: promoted, scanned again by the middle generation, and promoted again, where
it died later and made full collections large. At 300 questions a second that was 4 to 8% of
the bot's CPU (gc.callbacks during `benchmarks/bot_bench.py`'s burst: 155 to 249 ms of
collections in 4 s). Every `YOUNG` objects instead, most of them are garbage by then: about 1%
(45 ms in 4 s, six collections of about 8 ms, far under a reply's 50 ms budget).
"""

from __future__ import annotations

import gc

YOUNG = 10_000  # container objects allocated between two young collections (Python's: 700)

_depth = 0  # settle() calls not yet matched by unsettle(): freezing is process-wide
_thresholds: tuple[int, int, int] | None = None  # the collector's, before settle()


def settle() -> None:
    """Collect once, then freeze what is left, and collect the young generation every `YOUNG`
    objects (call when start-up is done). Nested calls (a webhook bot started inside a test
    that already settled) do it once."""
    global _depth, _thresholds
    _depth += 1
    if _depth > 1:
        return
    gc.collect()
    gc.freeze()
    _thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG, *_thresholds[1:])


def refreeze() -> None:
    """What the engine's warm-up loaded after settle() (the question patterns' literals, the
    full-text postings) lives as long as the process too: frozen as well, with no second full
    collection (a warm-up makes little garbage)."""
    if _depth:
        gc.freeze()


def unsettle() -> None:
    """Give frozen objects and the thresholds back to the collector when the outermost
    settle() is undone (a process that builds and drops several bots, as the tests do)."""
    global _depth, _thresholds
    _depth = max(0, _depth - 1)
    if _depth:
        return
    gc.unfreeze()
    if _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None
