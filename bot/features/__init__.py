"""The features of the bot, in menu and help order. Adding one is adding a package here and a
line to this list; the core (bot/features/start) is always installed after them."""

from ..store.migrations import Migration
from . import admin, ask, careers, privacy, quiz, tips
from .base import Feature

FEATURES: list[Feature] = [ask.FEATURE, careers.FEATURE, tips.FEATURE, quiz.FEATURE,
                           privacy.FEATURE, admin.FEATURE]


def all_migrations() -> list[Migration]:
    """Every feature's user-state migrations, in feature order (the store applies them)."""
    return [m for feature in FEATURES for m in feature.migrations]
