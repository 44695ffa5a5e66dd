"""Two or three things side by side; a curated comparison when the articles make one."""

from __future__ import annotations

from ...text.langs import Lang
from ..answer import Answer
from ..phrases import say
from .base import Base, join, labelled


class CompareComposer(Base):
    def compare(self, question, lang: Lang, a: str, b: str) -> Answer:
        kb = self.kb
        curated = kb.comparisons.get(frozenset((a, b)))
        if curated:
            return self.concept(question, lang, curated, kind="compare")  # type: ignore[attr-defined]
        name_a, name_b = kb.name(a, lang), kb.name(b, lang)
        both_terms = kb.entries[a].kind == kb.entries[b].kind == "term"
        jobs = self.is_job(a) and self.is_job(b)
        bullets = [
            labelled(name_a, kb.text(a, "summary", lang), lang),
            labelled(name_b, kb.text(b, "summary", lang), lang),
        ]
        for eid, name in ((a, name_a), (b, name_b)):
            bullets += self.measured(eid, lang, limit=2, who=f"{name} · ")
        ans = self.base(
            question,
            lang,
            "compare",
            a,
            say("compare_title", lang, a=name_a, b=name_b),
            say(
                "compare_same_kind_terms"
                if both_terms
                else "compare_lead"
                if jobs
                else "compare_lead_things",
                lang,
            ),
            bullets,
            [a, b],
        )
        ans.topics = [a, b]
        ans.followups = [self.topic_link(a, lang), self.topic_link(b, lang)]
        if self.is_job(b):
            ans.followups.append(self.into_link(b, lang))
        return ans

    def group(self, question, lang: Lang, ids: list[str]) -> Answer:
        """Three or more things at once ("营销、市场、运营是什么关系"): each in a line, with the
        articles' own comparison of any two of them first."""
        kb = self.kb
        names = [kb.name(eid, lang) for eid in ids]
        bullets: list[str] = []
        curated = [
            kb.comparisons[pair]
            for i, a in enumerate(ids)
            for b in ids[i + 1 :]
            if (pair := frozenset((a, b))) in kb.comparisons
        ]
        # An entry on the whole group: a comparison whose sides are each a member or an idea
        # tied to one ("营销、市场、运营": the articles untangle 营销, 大运营 and 市场 at once).
        whole = [
            eid
            for pair, eid in kb.comparisons.items()
            if eid not in curated and len(ids) >= 3 and self._covers(pair, ids)
        ]
        curated = [*whole[:1], *curated[:1]]
        for eid in curated:
            bullets.append(kb.text(eid, "summary", lang))
        bullets += [
            labelled(n, kb.text(eid, "summary", lang), lang)
            for eid, n in zip(ids, names, strict=True)
        ]
        ans = self.base(
            question,
            lang,
            "compare",
            ids[0],
            # With no word of the articles on how they relate, none is promised: each in a line.
            say("group_title" if curated else "group_title_each", lang, names=join(names, lang)),
            say("group_lead" if curated else "group_lead_each", lang),
            bullets,
            [*curated, *ids],
        )
        ans.topics = [*ids, *curated]
        ans.followups = [self.topic_link(eid, lang) for eid in ids[:3]]
        return ans

    def _covers(self, sides: frozenset[str], ids: list[str]) -> bool:
        """Every member of the group is one of the sides or tied to one (either way round),
        every side is a member or tied to one, and one side is a member: the entry is about
        this group, not a neighbour of it."""
        entries = self.kb.entries

        def tied(m: str, s: str) -> bool:
            return m == s or m in entries[s].related or s in entries[m].related

        if not sides & set(ids):
            return False
        return all(any(tied(m, s) for s in sides) for m in ids) and all(
            any(tied(m, s) for m in ids) for s in sides
        )
