"""Pictures where people would rather look than read: the quiz fit, org charts, move routes.

Drawn in the process with matplotlib (Agg, no pyplot, no network) in the reader's language and
script, with Noto Sans CJK from the `noto-cjk-sans-otc` wheel, so a fresh machine with only
Python draws Chinese. matplotlib is imported on the first picture, not with the bot (it costs
about a second). Every function returns PNG bytes and is cached by what it draws.
No Telegram here: features send the bytes.
"""

from .orgchart import ORG_CHARTS, draw_org_chart, drawn_org_chart, org_chart_figure
from .quizchart import draw_quiz_chart, quiz_chart_figure, quiz_fit
from .route import draw_route, route_figure

__all__ = [
    "ORG_CHARTS",
    "draw_org_chart",
    "draw_quiz_chart",
    "draw_route",
    "drawn_org_chart",
    "org_chart_figure",
    "quiz_chart_figure",
    "quiz_fit",
    "route_figure",
]
