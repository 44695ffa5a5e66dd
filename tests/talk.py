"""A conversation with the engine in a test: each question asked with the context the answer
before it carries, as a chat front end does."""

from __future__ import annotations


def chat(engine, *questions: str):
    """The last answer of `questions` asked in turn as one conversation."""
    answer = None
    for q in questions:
        answer = engine.answer(q, conversation=answer.context if answer else None)
    return answer
