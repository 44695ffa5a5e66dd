"""The quiz result as a chart: how well each department and role fits, as horizontal bars."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from knowledge.engine.kb import KnowledgeBase
from knowledge.quiz import TOP, Quiz

from ..texts import t
from .canvas import CACHE, COLOURS, new_figure, png, text_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Bars = tuple[tuple[str, int], ...]  # (label in the reader's script, percent), best first


def quiz_fit(quiz: Quiz, kb: KnowledgeBase, answers: Sequence[int], lang: str) -> Bars:
    """Every outcome of the quiz with its match, best first, named for the reader."""
    return tuple((kb.name(m.outcome, lang), m.percent) for m in quiz.score(answers))


def quiz_chart_figure(bars: Bars, lang: str, highlight: int = TOP) -> Figure:
    """One bar a job from 0 to 100 %, the best on top, its name above it (names are long, and
    a phone is narrow); the first `highlight` (the ones the text names) in the accent colour."""
    height = 1.0 + 0.62 * len(bars)
    figure = new_figure(6.4, height)
    axes = figure.add_axes((0.04, 0.03, 0.86, 1 - 0.03 - 0.85 / height))
    axes.set_xlim(0, 100)
    axes.set_ylim(len(bars) - 0.5, -0.75)
    axes.axis("off")
    for row, (name, percent) in enumerate(bars):
        strong = row < highlight
        axes.barh(row + 0.12, 100, height=0.34, color="#f2f4f7", zorder=1)
        axes.barh(row + 0.12, percent, height=0.34, zorder=2,
                  color=COLOURS["accent"] if strong else COLOURS["soft"])
        axes.text(0, row - 0.27, _cut(name), va="center", ha="left",
                  **text_style(lang, fontsize=11, color=COLOURS["ink"] if strong
                               else COLOURS["muted"]))
        axes.text(101.5, row + 0.12, f"{percent}%", va="center", ha="left",
                  **text_style(lang, fontsize=10, color=COLOURS["muted"]))
    figure.text(0.04, 1 - 0.4 / height, t("picture_quiz_title", lang), va="center",
                **text_style(lang, fontsize=15))
    return figure


def _cut(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def draw_quiz_chart(bars: Bars, lang: str) -> bytes:
    """PNG of the quiz fit; the same result in the same language is drawn once."""
    return CACHE.get(("quiz", bars, lang), lambda: png(quiz_chart_figure(bars, lang)))
