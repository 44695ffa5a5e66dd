"""Composing answers: one composer per kind of answer, each from typed entries to an `Answer`."""

from .composer import Composer

__all__ = ["Composer"]
