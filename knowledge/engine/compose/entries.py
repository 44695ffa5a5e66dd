"""Answers about one entry: a job, a term, a concept, a kind of company, a curated move."""

from __future__ import annotations

from ...text.langs import Lang
from ..answer import Answer
from ..phrases import say
from .base import MAX_BULLETS, Base, join, labelled


class EntryComposer(Base):
    def role(self, question, lang: Lang, eid: str) -> Answer:
        kb = self.kb
        bullets = kb.items(eid, "details", lang)[:3]
        bullets += self.measured(eid, lang)
        if sits := kb.text(eid, "sits_in", lang):
            bullets.append(labelled(say("sits_in", lang), sits, lang))
        ans = self.entry_answer(question, lang, "role", eid, bullets)
        ans.followups = self.job_followups(eid, lang)
        return ans

    def term(self, question, lang: Lang, eid: str) -> Answer:
        kb = self.kb
        bullets = kb.items(eid, "details", lang)[: MAX_BULLETS - 1]
        owners = list(kb.entries[eid].handled_by)
        if owners:
            names = [kb.name(o, lang) for o in owners[:3]]
            bullets.append(labelled(say("handled_by", lang), join(names, lang), lang))
        ans = self.entry_answer(question, lang, "term", eid, bullets)
        ans.followups = [self.topic_link(o, lang) for o in owners[:2]]
        ans.followups += self.related_links(eid, lang, exclude=set(owners), limit=2)
        return ans

    def terms(self, question, lang: Lang, ids: tuple[str, ...]) -> Answer:
        """ "GMV和ROI分别是什么意思", "拉新 促活 留存 这几个词啥意思": what each word means, the
        first word's answer with the others' meanings said after its own."""
        kb = self.kb
        ans = self.term(question, lang, ids[0])
        names = [kb.name(eid, lang) for eid in ids]
        ans.title = " · ".join(names)
        ans.lead = labelled(names[0], ans.lead, lang)
        others = [
            labelled(n, kb.text(eid, "summary", lang), lang)
            for n, eid in zip(names[1:], ids[1:], strict=True)
        ]
        ans.bullets = [*others, *ans.bullets][: max(MAX_BULLETS, len(others))]
        ans.topics = list(dict.fromkeys([*ids, *ans.topics]))
        ans.sources = self.sources(list(ids), lang)
        # (the other words one tap away first, each once: the card of each)
        links = [self.topic_link(eid, lang) for eid in ids[1:]]
        ans.followups = links + [f for f in ans.followups if f.ids not in [x.ids for x in links]]
        return ans

    def concept(self, question, lang: Lang, eid: str, kind="concept") -> Answer:
        kb = self.kb
        ans = self.entry_answer(question, lang, kind, eid, kb.items(eid, "details", lang)[:5])
        # the articles' word on an aspect (pay in promotion and operations) answers that aspect
        ans.aspect = kb.entries[eid].answers_aspect
        compared = list(kb.entries[eid].compares)
        ans.topics += compared
        ans.followups = [self.topic_link(c, lang) for c in compared]
        ans.followups += self.related_links(eid, lang, exclude=set(compared), limit=2)
        return ans

    def org(self, question, lang: Lang, eid: str) -> Answer:
        kb = self.kb
        ans = self.entry_answer(question, lang, "org", eid, kb.items(eid, "details", lang)[:5])
        ans.followups = self.related_links(eid, lang, limit=4)
        return ans

    def transition(self, question, lang: Lang, eid: str) -> Answer:
        kb = self.kb
        entry = kb.entries[eid]
        bullets = kb.items(eid, "steps", lang)[:MAX_BULLETS] or kb.items(eid, "details", lang)[:3]
        ans = self.entry_answer(question, lang, "transition", eid, bullets)
        ans.topics += [entry.from_id, entry.to_id]
        ans.from_id, ans.to_id = entry.from_id, entry.to_id
        ans.followups = [self.topic_link(entry.to_id, lang), self.topic_link(entry.from_id, lang)]
        return ans

    def about(self, question, lang: Lang, eid: str) -> Answer:
        """The answer for one entry, as if the user had asked what it is."""
        entry = self.kb.entries[eid]
        if entry.is_job:
            return self.role(question, lang, eid)
        if entry.kind == "term":
            return self.term(question, lang, eid)
        if entry.kind == "org":
            return self.org(question, lang, eid)
        if entry.kind == "transition":
            return self.transition(question, lang, eid)
        return self.concept(question, lang, eid, "compare" if entry.compares else "concept")
