"""The asked aspect first: a composed answer turned to lead with what was asked, or to say
first that the articles do not cover it, then what they do say."""

from __future__ import annotations

import re

from ...text.langs import Lang, fold
from ..answer import Answer
from ..phrases import say
from ..understand.aspects import ALWAYS_GAPS
from .base import Base, either, inline, join, labelled, space

# Gaps one line says for both: which of two is better and their future ("哪个更有前途"); a
# city's market and a job's future ("在上海好找工作吗"). The aspect asked first keeps its line.
_ONE_LINE_WITH: dict[str, tuple[str, ...]] = {
    "better": ("prospects", "market"),
    "prospects": ("better", "market"),
    "market": ("prospects", "better"),
}
# "运营总监一年能赚多少", "senior brand manager salary": the articles' figures are entry-level.
# The role asked about, not the person's own boss ("我主管说运营高", "my team lead says").
_SENIOR = re.compile(
    r"(?<!我)(?<!我的)(?<!我们)(总监|主管|负责人|资深|高级)(?!说|定|觉得|讲)"
    r"|(?<!my )(?<!our )(?<!team )\b(director|head of|senior|vp|lead|chief)\b"
    r"(?! (says|said|thinks|told|reckons))"
)
# Of the pay entry's lines, the one about further up ("Higher up, …", "往上走，…").
_HIGHER_UP = re.compile(r"higher up|往上|往上走", re.I)
_FORMS = {"better": ("better", "better_one"), "prospects": ("prospects",), "market": ("market",)}


class AspectComposer(Base):
    def focus(
        self,
        ans: Answer,
        aspect: str | None,
        lang: Lang,
        employer: bool = False,
        org_named: bool = True,
        first: bool = True,
    ) -> Answer:
        """`ans` about one entry or a comparison, led by `aspect`. `org_named`: the question
        names a kind of company the articles describe ("internet company or FMCG"); `first`:
        the aspect is the one asked first (a way in merely hinted at after pay, "entry-level
        editor pay", is no gap)."""
        ans.aspect = aspect
        if aspect is None or ans.kind in ("unknown", "who"):
            return ans
        subjects = (
            [t for t in ans.topics[:2] if t in self.kb.entries]
            if ans.kind == "compare"
            else [ans.topic]
        )
        subjects = self._subjects(ans)
        if not subjects:
            return ans
        names = either([self.kb.name(s, lang) for s in subjects] + ans.outside, lang)
        if employer and aspect in ("pay", "prospects", "better", "market"):
            # "字节的运营工资多少": whatever the articles say of the job, they rate no employer;
            # said first, before what they do say.
            if aspect != "better":  # which employer is better is the employer question itself
                ans = self.focus(ans, aspect, lang, org_named=org_named)
            return self._gap(ans, "company", names, lang)
        if aspect == "pay":
            return self._pay(ans, subjects, names, lang)
        if aspect == "kinds" and ans.kind == "role" and ans.topic:
            return self._kinds(ans, ans.topic, names, lang)
        if aspect in ALWAYS_GAPS or (aspect == "company" and employer):
            return self._gap(ans, aspect, names, lang)
        if aspect == "better":
            # Only a comparison that is the articles' word on which is better answers it; a
            # curated comparison of what each does does not ("ops or marketing, which has the
            # better career?": that depends on the person, said first).
            entry = self.kb.entries.get(ans.topic or "")
            if entry is not None and entry.answers_aspect == "better":
                return ans
            return self._gap(
                ans, "better" if ans.kind == "compare" or ans.outside else "better_one", names, lang
            )
        if ans.kind != "role" or not ans.topic:
            return ans
        eid = ans.topic
        if aspect == "measured" and (items := self.kb.items(eid, "measured_by", lang)):
            return self._lead_with(
                ans,
                say("lead_measured", lang, a=names, items=join(items[:4], lang)),
                say("measured_by", lang),
            )
        if aspect == "sits" and (sits := self.kb.text(eid, "sits_in", lang)):
            return self._lead_with(
                ans, labelled(say("sits_in", lang), sits, lang), say("sits_in", lang)
            )
        if aspect == "skills" and (skills := self.kb.items(eid, "skills", lang)):
            return self._lead_with(
                ans, say("lead_skills", lang, a=names, items=join(skills[:5], lang)), None
            )
        if aspect == "get_in" and (skills := self.kb.items(eid, "skills", lang)):
            # one joins a department ("想进网推部"), one takes up a role ("想入行做媒介岗")
            key = "lead_get_in_dept" if self.kb.entries[eid].kind == "department" else "lead_get_in"
            lead = say(key, lang, a=names, items=join(skills[:4], lang))
            # A department that is a kind of a wider job (网推部, the team that does promotion)
            # is entered the ways the wider job is; a narrower role (SEO/SEM) is not, but the
            # ways into the wider job are said, as theirs, after the gap.
            entry = self.kb.entries[eid]
            wider = entry.kind_of
            into = self.kb.moves_into(eid)
            if not into and wider and entry.kind == "department":
                into = self.kb.moves_into(wider)
            if into:
                self._routes(ans, into, say("curated_routes", lang), lang)
                return self._lead_with(ans, lead, None)
            if wider and (into := self.kb.moves_into(wider)):
                label = say("curated_routes_wider", lang, a=inline(self.kb.name(wider, lang)))
                self._routes(ans, into, label, lang)
            # No way in described by the articles (no move into the job): said first, then
            # what the job takes, which is what they do say.
            ans = self._lead_with(ans, lead, None)
            return self._gap(ans, "get_in", names, lang) if first else ans
        if aspect == "company" and not org_named:
            # "想做品牌，推荐去哪间公司？外商还是本土": the articles recommend no employer and
            # describe no such kinds; said first, then the kinds of company they do describe.
            ans = self._gap(ans, "company", names, lang)
        if aspect == "company":
            orgs = self._kinds_of_company(eid)
            if orgs:
                ans.bullets.append(
                    labelled(
                        say("by_company", lang),
                        join([self.kb.name(o, lang) for o in orgs[:4]], lang),
                        lang,
                    )
                )
                ans.followups = [self.topic_link(o, lang) for o in orgs[:3]] + ans.followups
        return ans

    def _kinds(self, ans: Answer, eid: str, names: str, lang: Lang) -> Answer:
        """ "那一般在哪种公司": the kinds of company the articles place the job at, the one its
        own entry names first answering, the job's card a tap away."""
        orgs = self._kinds_of_company(eid)
        if not orgs:
            return self._gap(ans, "kinds", names, lang)
        card = self.about(ans.question, lang, orgs[0])  # type: ignore[attr-defined]
        card.bullets.insert(0, card.lead)
        card.lead = say(
            "lead_kinds", lang, a=names, items=join([self.kb.name(o, lang) for o in orgs[:4]], lang)
        )
        card.topics = [*orgs[:4], eid]
        card.followups = [self.topic_link(eid, lang), *card.followups]
        card.aspect = "kinds"
        return card

    def _kinds_of_company(self, eid: str) -> list[str]:
        """The kinds of company the articles tie a job to: those its own entry names first,
        then those that name it."""
        entries = self.kb.entries
        placed = [r for r in entries[eid].related if entries[r].kind == "org"]
        placed += [o for o, e in entries.items() if e.kind == "org" and eid in e.related]
        return list(dict.fromkeys(placed))

    def outside_lead(self, outside: list[str], lang: Lang) -> str:
        return say("gap_subject", lang, a=either(outside, lang)) + space(lang)

    def _subjects(self, ans: Answer) -> list[str]:
        """What the answer is about: both sides of a comparison, the ends of a move we know
        ("The articles don't give pay for the PR department", not for the move), else its
        topic."""
        if ans.kind == "transition" and ans.to_id in self.kb.entries:
            return [j for j in (ans.from_id, ans.to_id) if j and j in self.kb.entries]
        if ans.kind != "compare":
            return [ans.topic] if ans.topic else []
        entry = self.kb.entries.get(ans.topic or "")
        if entry and entry.compares:
            return list(entry.compares)
        return [t for t in ans.topics[:2] if t in self.kb.entries]

    def _routes(self, ans: Answer, into: list[str], label: str, lang: Lang) -> None:
        """The moves the articles describe into a job, as the first bullet and as buttons."""
        routes = join([self.kb.name(t, lang) for t in into[:3]], lang)
        ans.bullets.insert(0, labelled(label, routes, lang))
        ans.followups = [self.topic_link(t, lang) for t in into[:2]] + ans.followups

    def _lead_with(self, ans: Answer, first: str, drop_label: str | None) -> Answer:
        """The asked part as the first line; the rest of the answer after it."""
        if drop_label:
            ans.bullets = [b for b in ans.bullets if not b.startswith(drop_label)]
        ans.bullets.insert(0, ans.lead)
        ans.lead = first[:1].upper() + first[1:]
        return ans

    def _gap(self, ans: Answer, aspect: str, names: str, lang: Lang) -> Answer:
        gap = aspect.removesuffix("_one")
        if gap in ans.gaps:
            return ans  # said once: "字节还是腾讯哪个好" asks about employers twice over
        for partner in (p for p in _ONE_LINE_WITH.get(gap, ()) if p in ans.gaps):
            # "哪个更有前途" asks both in one breath: one line says the articles are silent,
            # a second only repeated it. The aspect asked first (said last) keeps its line.
            for form in _FORMS[partner]:
                line = say(f"gap_{form}", lang, a=names) + space(lang)
                ans.lead = ans.lead.removeprefix(line)
        # "哪个更有前途": which is better by their future, one line for both
        key = "better_future" if aspect == "better" and "prospects" in ans.gaps else aspect
        ans.gaps = [*ans.gaps, gap]
        ans.lead = say(f"gap_{key}", lang, a=names) + space(lang) + ans.lead
        return ans

    def _says_of(self, eid: str, text: str, lang: Lang) -> bool:
        """Whether a sentence names the entry (by its name or a short alias of its language)."""
        low = text.lower()
        names = [self.kb.name(eid, lang), *self.kb.entries[eid].aliases.get(lang)]
        return any(len(n) >= 2 and n.lower() in low for n in names)

    def _pay(self, ans: Answer, subjects: list[str], names: str, lang: Lang) -> Answer:
        """Pay: the articles compare promotion and operations and quote entry-level figures;
        for any other job they are silent, and the answer says so before what they do say."""
        pay = self.kb.index.aspect_entries.get("pay")
        if not pay:
            return self._gap(ans, "pay", names, lang)
        covered = set(self.kb.entries[pay].related) | {pay}
        said = self.kb.text(pay, "summary", lang)
        known = all(s in covered for s in subjects)
        senior = known and bool(_SENIOR.search(fold(ans.question)))
        if senior:
            # "运营总监一年能赚多少": no figure above entry level; what they say of further up
            details = self.kb.items(pay, "details", lang)
            higher = [d for d in details if _HIGHER_UP.search(d)]
            ans.bullets.insert(0, ans.lead)
            ans.gaps = [*ans.gaps, "pay"]
            ans.lead = say("gap_pay_senior", lang, a=names) + space(lang) + (higher or [said])[0]
            ans.bullets[1:1] = [said, *(d for d in details if d not in higher)][:2]
        elif known:
            details = self.kb.items(pay, "details", lang)
            # "entry-level editor pay in ops?": the figure said of that job leads.
            own = [d for d in details if len(subjects) == 1 and self._says_of(subjects[0], d, lang)]
            ans.bullets.insert(0, ans.lead)
            ans.lead = own[0] if own else said
            rest = [said, *(d for d in details if d not in own)] if own else details
            ans.bullets[1:1] = rest[:2]
        else:
            # Gaps already said ("…earn in Shanghai": the city's market) stay in the first line.
            before = "".join(
                say(f"also_gap_{g}", lang) + space(lang)
                for g in ans.gaps
                if g in ("prospects", "market", "company")
            )
            ans.gaps = [*ans.gaps, "pay"]
            said_before = ans.lead
            ans.lead = (
                say("gap_pay_senior" if senior else "gap_pay", lang, a=names)
                + space(lang)
                + before
                + labelled(say("pay_said", lang), said, lang)
            )
            lead = (
                self.kb.text(ans.topic, "summary", lang)
                if ans.kind != "compare"
                else say("compare_lead", lang)
            )
            # An aspect asked after pay and answered already ("…工资高吗，怎么入行") keeps its
            # line, after what the job is.
            ans.bullets = [lead, *([said_before] if said_before != lead else []), *ans.bullets]
            ans.bullets = list(dict.fromkeys(ans.bullets))
        if pay not in ans.topics:  # (named already when the question says "salary")
            ans.topics.append(pay)
        ans.sources = self.sources([*subjects, pay], lang)
        ans.followups.insert(0, self.topic_link(pay, lang))
        return ans
