"""The answering side: open the built database, understand a question, compose the answer."""

from .engine import Engine

__all__ = ["Engine"]
