"""A route diagram for career moves: steps in boxes, left to right, arrows labelled with what
each move takes. Drawn from labels only, so any feature (moves, transitions) can use it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from knowledge.text.langs import detect

from .canvas import CACHE, COLOURS, new_figure, png, text_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_STEPS = 6


def route_figure(steps: Sequence[str], moves: Sequence[str], lang: str | None = None) -> Figure:
    """`steps` are the jobs in order; `moves[i]` labels the arrow from step i to step i+1
    (an empty string draws a bare arrow). Steps stack top to bottom: phones are tall. The
    font follows `lang`, or the script of the labels when it is not given."""
    lang = lang or detect(" ".join([*steps, *moves]))
    if not 1 <= len(steps) <= MAX_STEPS:
        raise ValueError(f"a route has 1 to {MAX_STEPS} steps, not {len(steps)}")
    if len(moves) != len(steps) - 1:
        raise ValueError("one move label between each two steps")
    height = 0.4 + 1.25 * len(steps)
    figure = new_figure(6.0, height)
    axes = figure.add_axes((0.02, 0.02, 0.96, 0.96))
    axes.set_xlim(0, 10)
    axes.set_ylim(len(steps) - 0.5, -0.5)
    axes.axis("off")
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        box = {"boxstyle": "round,pad=0.5", "linewidth": 1.2,
               "facecolor": COLOURS["accent"] if last else COLOURS["box"],
               "edgecolor": COLOURS["accent"]}
        axes.text(2.6, i, step, ha="center", va="center", bbox=box, zorder=3,
                  **text_style(lang, fontsize=12, color="white" if last else COLOURS["ink"]))
        if not last:
            axes.annotate("", xy=(2.6, i + 0.72), xytext=(2.6, i + 0.28), zorder=2,
                          arrowprops={"arrowstyle": "-|>", "color": COLOURS["line"], "lw": 1.6})
            if moves[i]:
                axes.text(3.0, i + 0.5, moves[i], ha="left", va="center",
                          **text_style(lang, fontsize=10, color=COLOURS["muted"]))
    return figure


def draw_route(steps: Sequence[str], moves: Sequence[str], lang: str | None = None) -> bytes:
    """PNG of a career-move route; the same route is drawn once."""
    key = ("route", tuple(steps), tuple(moves), lang)
    return CACHE.get(key, lambda: png(route_figure(steps, moves, lang)))
