"""Org charts: how a kind of company organises its marketing, as boxes and lines.

The charts are read from the org entries' details (knowledge/data/orgs.yaml, articles 000-003)
and drawn as an indented tree, tall rather than wide, because phones are tall and names in
English are long. A box names a knowledge-base entry where there is one (so it reads like the
answers, in the reader's script) and otherwise a unit from the catalog (`org_*` keys).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from knowledge.engine.kb import KnowledgeBase

from ..texts import t
from .canvas import CACHE, COLOURS, new_figure, png, text_style

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class Unit:
    """A box: `ref` is an entry id, or a catalog key starting with "org_"; `note` a catalog
    key for a short line under the name."""

    ref: str
    children: tuple[Unit, ...] = ()
    note: str | None = None


def u(ref: str, *children: Unit, note: str | None = None) -> Unit:
    return Unit(ref, tuple(children), note)


ORG_CHARTS: dict[str, Unit] = {
    # Three centres, three departments; PR inside brand, operations next to product.
    "company_a": u(
        "company_a",
        u("org_channel_centre", u("marketing_dept", note="org_note_offline_promotion")),
        u("org_brand_centre", u("brand_dept", u("pr_dept"))),
        u("org_product_centre",
          u("operations_dept", u("product_ops"), u("user_ops"), u("aso_ops"))),
    ),
    # "Marketing" that sells offline; brand, PR and self-media in a planning centre.
    "company_b": u(
        "company_b",
        u("org_market_centre", u("marketing_dept", note="org_note_offline_sales")),
        u("org_planning_centre", u("brand_dept", u("pr_dept"), u("org_self_media"))),
        u("org_operations_centre",
          u("operations_dept", u("product_ops"), u("user_ops"), u("community_ops"))),
    ),
    # No marketing department: one market-operations centre.
    "company_c": u(
        "company_c",
        u("org_market_ops_centre",
          u("operations_dept", u("org_app_ops"), u("store_ops"), u("content_ops")),
          u("sales_dept", u("org_ad_sales"), u("bd")),
          u("marketing_planning_dept", u("org_brand_work"), u("pr_dept"), u("org_self_media"))),
    ),
    # The "air force" wins consumers, the "army" wins resellers.
    "hardware_company": u(
        "hardware_company",
        u("marketing_center",
          u("user_insight"),
          u("org_planning_brain", u("product_planning"), u("communication_planning"),
            u("strategy_insight"), u("campaign_execution")),
          u("org_hands", u("pr_dept"), u("media_buyer"), u("new_media_dept")),
          note="org_note_air_force"),
        u("org_army", u("gtm_team"), u("sales_dept"), u("retail"), u("ecommerce"),
          note="org_note_army"),
    ),
    # Operations is the big user-facing team; marketing supports.
    "internet_company": u(
        "internet_company",
        u("operations_dept", u("org_push_product"), note="org_note_user_facing"),
        u("marketing_dept", u("org_commercialise"), u("org_brand_comms"),
          note="org_note_support"),
    ),
    # The brand manager is the product's parent; channels claim sales targets first.
    "fmcg_company": u(
        "fmcg_company",
        u("org_insight_team"),
        u("brand_manager", u("org_media_team"), note="org_note_brand_manager"),
        u("org_channels", note="org_note_sales_targets"),
    ),
}

MAX_LABEL = 42


def units(chart: Unit) -> list[tuple[int, Unit]]:
    """The boxes top to bottom, with their depth."""
    out: list[tuple[int, Unit]] = []

    def walk(unit: Unit, depth: int) -> None:
        out.append((depth, unit))
        for child in unit.children:
            walk(child, depth + 1)

    walk(chart, 0)
    return out


def label(unit: Unit, kb: KnowledgeBase, lang: str) -> str:
    text = t(unit.ref, lang) if unit.ref.startswith("org_") else kb.name(unit.ref, lang)
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def org_chart_figure(org: str, kb: KnowledgeBase, lang: str) -> Figure:
    """The chart of `org` (a key of ORG_CHARTS) with its title, in the reader's script."""
    rows = units(ORG_CHARTS[org])
    height = 1.2 + 0.52 * len(rows)
    figure = new_figure(6.4, height)
    axes = figure.add_axes((0.02, 0.02, 0.96, 1 - 0.9 / height))
    axes.set_xlim(0, 10)
    axes.set_ylim(len(rows) - 0.4, -0.6)
    axes.axis("off")
    indent, spine = 0.75, 0.25
    row_of = {id(unit): row for row, (_, unit) in enumerate(rows)}
    for row, (depth, unit) in enumerate(rows):
        x = 0.1 + depth * indent
        root = depth == 0
        box = {"boxstyle": "round,pad=0.35", "linewidth": 1,
               "facecolor": COLOURS["accent"] if root else COLOURS["box"],
               "edgecolor": COLOURS["accent"] if root else COLOURS["line"]}
        text = label(unit, kb, lang)
        if unit.note:
            text = f"{text}  ·  {t(unit.note, lang)}"
        axes.text(x, row, text, va="center", ha="left", bbox=box, zorder=3,
                  **text_style(lang, fontsize=11 if root else 10,
                               color="white" if root else COLOURS["ink"]))
        if unit.children:
            last = row_of[id(unit.children[-1])]
            axes.plot([x + spine, x + spine], [row + 0.3, last], color=COLOURS["line"],
                      linewidth=1.2, zorder=1)
            for child in unit.children:
                child_row = row_of[id(child)]
                axes.plot([x + spine, x + indent], [child_row, child_row],
                          color=COLOURS["line"], linewidth=1.2, zorder=1)
    title = t("picture_org_title", lang, org=kb.name(org, lang))
    # Wrapped at the figure's edge: a long company name takes a second line.
    figure.text(0.03, 1 - 0.12 / height, title, va="top", wrap=True,
                **text_style(lang, fontsize=14))
    return figure


def draw_org_chart(org: str, kb: KnowledgeBase, lang: str) -> bytes:
    """PNG of the org chart, cached by what it shows (every label in the reader's script), so
    a rebuilt knowledge base that renames a box gets a new picture."""
    return CACHE.get(_key(org, kb, lang), lambda: png(org_chart_figure(org, kb, lang)))


def drawn_org_chart(org: str, kb: KnowledgeBase, lang: str) -> bytes | None:
    """The org chart if it is already drawn, else None (without drawing: for the event loop)."""
    return CACHE.peek(_key(org, kb, lang))


def _key(org: str, kb: KnowledgeBase, lang: str) -> tuple:
    labels = tuple(label(unit, kb, lang) for _, unit in units(ORG_CHARTS[org]))
    return ("org", org, lang, labels, kb.name(org, lang))
