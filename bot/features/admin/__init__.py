"""For curators (CAREERBOT_ADMIN_IDS): /stats and /unanswered. Not in menus, help or the
terminal chat: to anyone else they do not exist."""

from ..base import Feature
from . import handlers

FEATURE = Feature(name="admin", install=handlers.install)
