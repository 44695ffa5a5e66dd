"""What we say when we will not answer: plainly not sure, and the closest topics."""

from __future__ import annotations

from ...text.langs import Lang
from ..answer import Answer
from ..phrases import say
from .base import Base, either, space


class UnknownComposer(Base):
    def unknown(
        self,
        question,
        lang: Lang,
        closest: list[str],
        confidence=0.0,
        empty=False,
        greeting="",
        outside: list[str] | None = None,
    ) -> Answer:
        """`outside`: jobs the question names that the articles do not cover, said first."""
        alternatives = [self.topic_link(eid, lang) for eid in closest[:4]]
        lead = say("empty_lead" if empty else "unknown_lead", lang)
        if outside:
            lead = say("gap_subject", lang, a=either(outside, lang)) + space(lang) + lead
        if greeting:
            lead = say(greeting, lang) + space(lang) + lead
        if alternatives:
            lead = lead + space(lang) + say("unknown_close", lang)
        ans = self.base(
            question,
            lang,
            "unknown",
            None,
            "" if empty else say("unknown_title", lang),
            lead,
            [],
            [],
        )
        ans.alternatives = alternatives
        ans.confidence = confidence
        ans.topics = []
        ans.outside = list(outside or [])
        return ans
