"""Career moves: the articles' own route when they describe one, else what the entries imply.

A derived answer says that it is derived; a start outside the knowledge base ("software
engineer") is named as such, and the answer says what the goal needs.
"""

from __future__ import annotations

import re

from ...text.langs import Lang, fold
from ..answer import Answer
from ..phrases import say
from ..understand.moving import MOVE_NAME_TURN
from ..understand.outside import outside_jobs
from .base import Base, join, labelled


class MoveComposer(Base):
    route_names: dict[str, tuple[list[str], list[str]]]

    def _route_names(self, route: str) -> tuple[list[str], list[str]]:
        """A curated move's names in matching form, and the start each names: folded once per
        move, not once per question (a few dozen names each)."""
        cache = self.route_names
        if route not in cache:
            names = [fold(alias) for alias in self.kb.entries[route].aliases.all()]
            cache[route] = (names, [MOVE_NAME_TURN.split(n, 1)[0].strip() for n in names])
        return cache[route]

    def move(
        self, question, lang: Lang, src: str | None, dst: str | None, from_words: str = ""
    ) -> Answer:
        kb = self.kb
        if dst is None:
            return self.leads_to(question, lang, src) if src else self.unknown(question, lang, [])  # type: ignore[attr-defined]
        if src and src != dst and self.has_skills(src, dst):  # type: ignore[attr-defined]
            return self.measured_move(question, lang, src, dst)  # type: ignore[attr-defined]
        curated = kb.transitions.get((src, dst), []) if src else []
        if curated:
            return self.transition(question, lang, curated[0])  # type: ignore[attr-defined]
        into = kb.moves_into(dst)
        said = fold(from_words)
        for route in into if from_words else ():
            # "传统媒体出身能去做公关吗", "i'm a tv journalist": a start we have no job for, but a
            # curated move names it (its names say "journalist to pr", "记者转公关").
            names, starts = self._route_names(route)
            # (a short word of letters is found whole: "it", a start, is in no "with")
            if any(_said_in(said, name) for name in names) or any(
                s and _said_in(s, said) for s in starts
            ):
                ans = self.transition(question, lang, route)  # type: ignore[attr-defined]
                if outside_jobs(said):  # a journalist is no editor of ours; a "promoter" is ours
                    ans = self.from_outside(ans, from_words)
                return ans
        b = kb.name(dst, lang)
        bullets: list[str] = []
        if src:
            a = kb.name(src, lang)
            title = say("transition_title", lang, a=a, b=b)
            lead = say("transition_derived_lead", lang)
            have = kb.items(src, "skills", lang)
            need = [s for s in kb.items(dst, "skills", lang) if s not in have]
            bullets.append(labelled(say("carries_over", lang, a=a), join(have[:3], lang), lang))
            bullets.append(
                labelled(say("to_learn", lang, b=b), join(need[:3] or have[:2], lang), lang)
            )
        else:
            title = say("into_title", lang, b=b)
            lead = (
                say("outside_start_lead", lang, a=from_words, b=b)
                if from_words
                else say("into_derived_lead", lang, b=b)
            )
            skills = join(kb.items(dst, "skills", lang)[:4], lang)
            bullets.append(labelled(say("skills", lang), skills, lang))
        if measured := kb.items(dst, "measured_by", lang):
            bullets.append(
                labelled(say("judged_by_there", lang, b=b), join(measured[:3], lang), lang)
            )
        if into:
            routes = join([kb.name(t, lang) for t in into[:3]], lang)
            bullets.append(labelled(say("curated_routes", lang), routes, lang))
        ans = self.base(
            question, lang, "transition", dst, title, lead, bullets, [x for x in (src, dst) if x]
        )
        ans.topics = [x for x in (src, dst) if x] + into[:3]
        ans.from_id, ans.to_id, ans.from_words = src, dst, from_words
        ans.followups = [self.topic_link(dst, lang)]
        if src:
            ans.followups.append(self.topic_link(src, lang))
        ans.followups += [self.topic_link(t, lang) for t in into[:2]]
        return ans

    def from_outside(self, ans: Answer, words: str) -> Answer:
        """A curated move asked by someone whose job we do not cover (a journalist asking the
        articles' move from traditional media): the start is their words, not the entry's."""
        src = ans.from_id
        ans.topics = [t for t in ans.topics if t != src]
        ans.followups = [f for f in ans.followups if src not in f.ids]
        ans.from_id, ans.from_words = None, words
        return ans

    def leads_to(self, question, lang: Lang, src: str) -> Answer:
        """Where a job can lead: the moves the articles describe from it, then the closest
        jobs by skills (said to be our reading, not the articles')."""
        if self.has_skills(src):  # type: ignore[attr-defined]
            return self.next_moves(question, lang, src)  # type: ignore[attr-defined]
        kb = self.kb
        name = kb.name(src, lang)
        out = kb.moves_out_of(src)
        neighbours = [r for r in kb.entries[src].related if self.is_job(r)][:4]
        bullets = [kb.name(t, lang) for t in out[:3]]
        if out:
            lead = say("leads_to_curated", lang, a=name)
        else:
            lead = say("leads_to_gap", lang, a=name)
            bullets = [kb.name(n, lang) for n in neighbours]
        ans = self.base(
            question,
            lang,
            "transition",
            out[0] if out else src,
            say("leads_to_title", lang, a=name),
            lead,
            bullets,
            [*out[:2], src],
        )
        ans.topics = [src, *out[:3], *neighbours]
        ans.from_id, ans.to_id = src, None
        ans.gaps = [] if out else ["leads_to"]
        ans.followups = [self.topic_link(t, lang) for t in (out or neighbours)[:3]]
        return ans


def _said_in(words: str, text: str) -> bool:
    """Whether `words` occur in `text`; a short word of letters ("it") only as a whole word
    (a longer one may be a stem: "promo" in "promoter")."""
    if not words.isascii() or len(words) > 3:
        return words in text
    return re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", text) is not None
