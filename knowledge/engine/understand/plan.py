"""Deciding what a question is about: which entries, as which kind of answer.

Linking found the names; the wording gave an intent, aspects and, for moves, a direction. A
`Plan` says what to compose. No text is written here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from ...text.langs import fold, has_cjk
from ...text.quick import quick
from ..kb import KnowledgeBase
from ..linker import Mention, match_form
from . import direction
from .aspects import aspect_end
from .intents import (
    asks_meaning,
    asks_what_job_does,
    asks_why,
    meaning_at,
    splits_work,
    strong_who,
)
from .moving import side_activities, wishes
from .outside import held_outside_jobs, outside_jobs
from .words import DOING_A_JOB_ZH, WHERE_TO_START_EN, YEARS_ZH

_LETTER = re.compile(r"[a-z0-9]")

# What only a job has: asked of a term that stands for a job ("PR"), they are about the job.
JOB_ASPECTS = {"measured", "sits", "skills", "pay", "prospects", "market", "company", "workload"}

PlanKind = Literal["entry", "who", "compare", "group", "move"]


@dataclass
class Plan:
    kind: PlanKind
    ids: tuple[str | None, ...] = ()
    mentions: list[Mention] = field(default_factory=list)
    as_compare: bool = False  # an entry that is the articles' own comparison
    from_words: str = ""  # a move's start outside the knowledge base, in the user's words
    to_words: str = ""  # ...and its goal, when that is outside ("想转去当工程师")


_OWNER = re.compile(r"'?\s?s\s+(?!and\b|or\b)[a-z]")  # "a brand's online mall" ("brand s online")
_QUALIFIED_THING = re.compile(
    r"\s+(mentions?|image|awareness|health|assets?|equity|guidelines?|voice|tone|numbers|figures"
    r"|targets?|budgets?|data|reports?|sentiment|reputation)\b"
)
# Words before a job that say the person has none of it ("zero marketing background").
_LACKED = re.compile(
    r"\b(zero|no|without|little|non|lack of|lacking)\s+$|(没有|没|零|缺乏|不懂)\s*$"
)


class Planner:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._named_after: dict[str, str | None] = {}  # (job_named_after, read once an entry)

    def kind(self, eid: str) -> str:
        return self.kb.entries[eid].kind

    def as_job(self, eid: str) -> str | None:
        """The job an entry stands for in a career move: a term like "PR" means its department."""
        entry = self.kb.entries[eid]
        if entry.is_job:
            return eid
        if entry.stands_for:
            return entry.stands_for
        if entry.staff:
            # "在商场当了三年店员", "4A文案出身": shop-floor staff, an agency's people: no team
            # of ours
            return None
        if entry.kind == "term" and entry.handled_by:
            return entry.handled_by[0]
        return None

    def job_named(self, eid: str) -> str | None:
        """The job an entry names: a job by its name, or a word standing for it ("PR"); not
        a word its people use (复盘, "campaigns"), which `as_job` also maps to a job."""
        entry = self.kb.entries[eid]
        return eid if entry.is_job else entry.stands_for

    def job_named_after(self, eid: str) -> str | None:
        """The job an entry names, or the job that handles a field and is named after it ("SEO"
        and the SEO specialist, "ASO" and ASO operations); not a word a job merely uses (KOC is
        no job's name)."""
        if eid not in self._named_after:
            self._named_after[eid] = self._job_named_after(eid)
        return self._named_after[eid]

    def _job_named_after(self, eid: str) -> str | None:
        if job := self.job_named(eid):
            return job
        entry = self.kb.entries[eid]
        words = [match_form(a) for a in entry.aliases.all() if len(a) <= 12]
        for job in entry.handled_by[:1]:
            for name in (match_form(a) for a in self.kb.entries[job].aliases.all()):
                if any(name.startswith(w) and not _LETTER.match(name, len(w)) for w in words):
                    return job
        return None

    def plan(
        self, text: str, folded: str, intent: str, mentions: list[Mention], aspects: list[str]
    ) -> Plan | None:
        found = self._plan(text, folded, intent, mentions, aspects)
        if found and found.kind == "compare" and not asks_meaning(folded):
            # "is GTM just trade marketing under another name?", "GTM vs trade marketing": two
            # words that each stand for a job weigh the jobs (not "PR vs GR", GR being no job)
            jobs = [self.kb.entries[i].stands_for if i else None for i in found.ids]
            if all(jobs) and len(set(jobs)) == len(jobs):
                return Plan("compare", tuple(jobs), mentions=found.mentions)  # type: ignore[arg-type]
        return found

    def _plan(
        self, text: str, folded: str, intent: str, mentions: list[Mention], aspects: list[str]
    ) -> Plan | None:
        if intent == "compare" and len(_distinct(mentions)) == 1 and asks_meaning(folded):
            # "「營銷」是指什麼？跟我們講的行銷一樣嗎": two words of one name, and what it means
            intent = "define"
        companies = [
            m
            for m in mentions
            if folded[m.start : m.end] in ("brand", "brands")
            and workplace(folded, m, self.kind(m.entry_id))
        ]
        if companies and len(companies) < len(mentions):
            # "…could I get hired into a big brand's e-commerce team?": a brand said as the
            # company is where the job is, not a subject beside it.
            mentions = [m for m in mentions if m not in companies]
        orgs = {m.entry_id for m in mentions if self.kind(m.entry_id) == "org"}
        if intent in ("who", "compare") and len(orgs) == 1 and _SMALL_TEAM.search(folded):
            # "small startup, 5 people, who does marketing there", "…marketing vs ops, same
            # person?": who does the work at a kind of company is how that company splits it.
            return Plan("entry", (orgs.pop(),))
        if intent == "compare":
            mentions = self._senses_said(folded, mentions)
            # "media buyer vs account manager at an agency": where they work is not a side.
            # Nor is a task read loosely ("数据分析" as 网站数据分析): that side is a thing of
            # its own, which the articles may not cover.
            sides = [
                m
                for m in mentions
                if not workplace(folded, m, self.kind(m.entry_id))
                and not (m.via == "task" and m.score < 0.85)
            ]
            # "in a consumer hardware company, what does the sales dept do vs marketing?": two
            # jobs weighed at a kind of company; the company is where, not a side.
            jobs = [m for m in sides if self.kind(m.entry_id) != "org"]
            placed_at = [
                m
                for m in sides
                if self.kind(m.entry_id) == "org"
                and _AT_AN_ORG.search(folded[max(0, m.start - 24) : m.start])
            ]
            if (len(orgs) == 1 or len(placed_at) == len(orgs)) and len(_distinct(jobs)) >= 2:
                # ("a brand manager at an FMCG vs the brand department of an internet company":
                # each job at its own kind of company; the jobs are weighed)
                sides = jobs
            mentions = sides or mentions
        ids = _distinct(mentions)
        if not ids:
            return None
        # "想做媒介，去哪家公司比较好": a wish for one job and which employer to join weighs the
        # job, like its pay or prospects; no move is asked.
        # So does one asking for books, a team's size or the hours ("想做PR，有推荐的书吗").
        weighs = intent == "transition" and aspects[:1] in (
            ["pay"],
            ["prospects"],
            ["company"],
            ["resources"],
            ["size"],
            ["workload"],
        )
        # "Which skills should I build to land a job in new media" asks the job's skills; "X
        # wanting to move into product ops, what skills carry over" asks about a move.
        # "社群小編要會什麼技能？想轉職": a wish to switch said after the question, naming no
        # job, leaves the question about the job's skills.
        asked = folded
        if has_cjk(folded) and " " in folded.strip():
            first, rest = folded.strip().split(" ", 1)
            # "廣告投手要會什麼？想轉職當投手": the job named again in the wish is the same job
            asked_of = {
                self.as_job(m.entry_id) or m.entry_id for m in mentions if m.end <= len(first)
            }
            if all(
                m.end <= len(first) or (self.as_job(m.entry_id) or m.entry_id) in asked_of
                for m in mentions
            ) and not _MOVING.search(first):
                asked = first
        own_aspect = aspects[:1] == ["get_in"] or (
            aspects[:1] == ["skills"] and not _MOVING.search(asked)
        )
        if (own_aspect or weighs) and not asks_meaning(folded) and intent != "compare":
            # "how do I get into user ops as a fresh grad", "应届生怎么进产品运营", "刚入行能拿多
            # 少": one job and no start asks an aspect of the job, answered about it.
            jobs = [j for m in mentions if m.via != "task" and (j := self.as_job(m.entry_id))]
            # "…as a media buyer with no agency experience": a job named as one outweighs a
            # term that only one job handles.
            named = [j for m in mentions if m.via != "task" and (j := self.job_named(m.entry_id))]
            jobs = named if len(set(named)) == 1 else jobs
            # "做了两年百度SEM…想转内容运营": work of another job told before the goal, in a
            # question that moves, is where the person starts
            goal_at = min((m.start for m in mentions if self.as_job(m.entry_id) in jobs), default=0)
            # (not what one does on the side or did at school: "大學辦過很多系學會活動")
            aside = side_activities(folded)
            # (or after it, said as what one does now: "想做產品運營，目前在做SEO，要先學什麼")
            started = intent == "transition" and any(
                (m.start < goal_at or direction.done_now(folded, m.start))
                and self.as_job(m.entry_id) not in (None, *jobs)
                and not any(a <= m.start and m.end <= b for a, b in aside)
                for m in mentions
            )
            if (
                len(set(jobs)) == 1
                and not started
                and not direction.own_job_words(text)
                and not _SWITCH.search(asked)
                # ("i sell insurance. could i get into BD": a job outside ours held, the way
                # from it asked)
                # (nor "bank teller here… want to try new media ops. where do I start?": the way
                # from a job held outside ours)
                and not (
                    intent == "transition"
                    and (held_outside_jobs(folded) or not direction.newcomer(folded))
                    and _ASKS_WHERE_TO_START.search(folded)
                )
                and not (intent == "transition" and held_outside_jobs(folded))
            ):
                return Plan("entry", (jobs[0],))
        if (
            aspects[:1] == ["leads_to"]
            and (
                not asks_meaning(folded) or _WHATS_ABOVE.search(folded) or _asks_the_aspect(folded)
            )
            # "I want to be a brand manager, what's my next step": the way in, not out
            and not wishes(folded)
            # "运营转推广可以吗…天花板好低": a move the articles describe, named whole
            and not any(
                m.via == "alias" and self.kind(m.entry_id) == "transition" for m in mentions
            )
        ):
            # "where does a media buyer career go? what's the next step": where one job leads,
            # before reading it as a move into that job. A duty made of words strewn across
            # the question ("what COMES after being a BRAND manager") is no second job.
            jobs = [
                j
                for m in mentions
                if not (m.via == "task" and m.score < 0.85)
                and not workplace(folded, m, self.kind(m.entry_id))
                and (j := self.as_job(m.entry_id))
            ]
            # "…reply to comments all day. could I move up into brand work?": the job moved
            # into is the goal, not where one leads from
            goal = any(
                _MOVED_INTO.search(folded[max(0, m.start - 24) : m.start])
                for m in mentions
                if self.as_job(m.entry_id) in jobs
            )
            if len(set(jobs)) == 1 and not goal:
                return Plan("move", (jobs[0], None))
        if intent == "transition" and (found := self._move(text, folded, mentions, ids)):
            return found
        if intent == "compare" and (pair := self._joined_terms(folded, mentions)):
            # "網紅行銷裡的KOL跟KOC差在哪": two terms joined are what is weighed; the job
            # named around them is where they are used.
            if len(pair) >= 3:
                return Plan("group", pair[:4])
            curated = self.kb.comparisons.get(frozenset(pair))
            if curated:
                return Plan("entry", (curated,), as_compare=True)
            return Plan("compare", pair)
        if (
            intent == "define"
            and (asks_meaning(folded) or _WHAT_ARE.search(folded))
            and (pair := self._joined_ideas(folded, mentions))
        ):
            # "大運營和小運營是什麼意思", "大运营小运营又是啥": two ideas asked together are
            # told apart.
            return Plan("compare", pair)
        if intent in ("define", "compare") and (
            pair := _bare_pair(folded, mentions) or _each_of_a_pair(folded, mentions)
        ):
            # "網站推廣跟網站營運", "seo vs sem?": two names and nothing else weigh the two;
            # beside a job, an abbreviation of one is that job ("brand vs PR").
            if any(self.kb.entries[x].is_job for x in pair):
                pair = tuple(  # type: ignore[assignment]
                    (e.stands_for if e.kind == "term" else None) or x
                    for x in pair
                    if (e := self.kb.entries[x])
                )
            curated = self.kb.comparisons.get(frozenset(pair))
            return Plan("entry", (curated,), as_compare=True) if curated else Plan("compare", pair)
        orgs = [m for m in mentions if self.kind(m.entry_id) == "org"]
        if intent == "compare" and len(orgs) == 1 and splits_work(folded):
            # "at a tiny startup who does ops and who does promotion?": how a kind of company
            # splits the work is what its card says.
            return Plan("entry", (orgs[0].entry_id,))

        named = frozenset(m.entry_id for m in mentions if m.via == "alias")
        if intent == "compare" and (
            found := self._compare(ids, enumerated(folded, mentions), named)
        ):
            return self._as_ideas(found, mentions)
        weighs = intent == "transition" and aspects[:1] in (["pay"], ["prospects"])
        if (aspects[:1] == ["get_in"] or weighs) and not asks_meaning(folded):
            jobs = [j for m in mentions if m.via != "task" and (j := self.as_job(m.entry_id))]
            if len(set(jobs)) == 1:
                return Plan("move", (None, jobs[0]), from_words=direction.own_job_words(text) or "")
        kinds = {eid: self.kind(eid) for eid in ids}
        named_job = any(
            m.via != "task" and kinds[m.entry_id] in ("department", "role") for m in mentions
        )
        terms = {m.entry_id for m in mentions if m.via == "alias" and kinds[m.entry_id] == "term"}
        if (
            intent == "who"
            and len(terms) == len(set(ids)) == 1
            and any(_WHAT_JOB_IS.match(folded, m.end) for m in mentions)
            and not self._a_job_named_after(ids[0], folded[mentions[0].start : mentions[0].end])
        ):
            # "导购是什么岗位", "導購係咩職位": a term for a kind of worker, asked what it is
            # ("SEO是什么岗位" asks for the SEO specialist's job, named after it).
            return Plan("entry", (ids[0],))
        if (intent == "who" and (strong_who(folded) or not named_job)) or all(
            m.via == "task" for m in mentions
        ):
            return Plan("who", mentions=mentions)
        if set(aspects) & JOB_ASPECTS:
            # "市场部向谁汇报？CMO还是CEO？": a job's aspect is asked of the job named.
            jobs = [m for m in mentions if m.via != "task" and self.kb.entries[m.entry_id].is_job]
            orgs = [m for m in mentions if self.kind(m.entry_id) == "org"]
            # (a company where the job is done is no subject: "在一家互联网医疗公司做内容运营，
            # 老板看啥数来判断他干得好不好")
            done_there = [
                j for o in orgs for j in jobs if _DONE_THERE.fullmatch(folded[o.end : j.start])
            ]
            if len(done_there) == 1 and len(orgs) == 1 and len(mentions) == 2:
                return Plan("entry", (done_there[0].entry_id,))
            last = max(mentions, key=lambda m: m.start)
            idea = self.kb.entries[last.entry_id]
            idea_last = (
                last.via == "alias"
                and idea.kind == "concept"
                and not idea.compares
                and last.end - last.start >= 4
                and all(j.end <= last.start for j in jobs)
                # (after the job the person holds, not the job asked of: "新媒体部有的归运营有的
                # 归市场")
                and all(_held_for_years(folded, j) for j in jobs)
            )
            # ("干运营五年了…高阶的运营人到底要具备啥能力": an idea named last, after the job
            # held, is what the aspect is asked of)
            if jobs and not orgs and len(jobs) < len(mentions) and not idea_last:
                mentions = jobs
                ids = _distinct(jobs)
        found = self._define(folded, ids, mentions)
        if (
            found.kind == "entry"
            and set(aspects) & {*JOB_ASPECTS, "better"}
            and not asks_meaning(folded)
        ):
            # "is there a market for PR in Shanghai", "PR薪水高吗": a job's aspect asked of the
            # abbreviation that names it is about the job.
            # A term that stands for a job, or the job whose measure a term is when the question
            # asks which job: "品牌健康力是个什么指标" asks about the measure itself.
            eid = found.ids[0]
            if eid and self.kind(eid) == "term":
                entry = self.kb.entries[eid]
                # "I do SEM… is that counted as promotion or operations": a term someone says
                # they do is their job.
                mine = strong_who(folded) or direction.has_self_description(folded)
                # "ASO怎么衡量做得好不好": a job's aspect of a term one job handles is that job's.
                only = len(entry.handled_by) == 1
                # "does SEO sit in marketing or ops": a word sits nowhere; the job first handling
                # it does
                placed = "sits" in aspects and bool(entry.handled_by)
                # "is 投流 a good job for the next 5 years": the work said as a job is the job
                # first handling it
                a_job = bool(_SAID_AS_A_JOB.search(folded))
                job = entry.stands_for or (
                    self.as_job(eid)
                    if (mine or only or placed or a_job) and set(aspects) & JOB_ASPECTS
                    else None
                )
                if job:
                    return Plan("entry", (job,))
        if found.kind == "entry" and "does" in aspects and not asks_meaning(folded):
            # "what do trade marketing people do": what an abbreviation of a job does is the job
            # (not an idea's sense of a word: "網路公司說的營運…那種窄的在做什麼" is that sense).
            eid = found.ids[0]
            if eid and self.kind(eid) == "term" and (job := self.kb.entries[eid].stands_for):
                return Plan("entry", (job,))
        return found

    # -- moves -------------------------------------------------------------------------------

    def _job_right_after(
        self, folded: str, end: int, by_start: list[Mention], starts: list[int]
    ) -> bool:
        """A job's name right after `end` ("乙方媒介", "agency-side media buying", "品牌端"):
        the mentions from there on, sorted by start, until the words between say more than
        "side" (a longer stretch only says more: a message of many names costs no more)."""
        for n in by_start[bisect.bisect_left(starts, end) :]:
            between = folded[end : n.start].strip(" -")
            if len(between) > 4:
                return False
            if between in ("", "side", "端", "方") and self.kb.entries[n.entry_id].is_job:
                return True
        return False

    def _narrower_beside(
        self, folded: str, m: Mention, by_start: list[Mention], starts: list[int]
    ) -> Mention | None:
        """The job named right beside `m` that `m`'s job is the wider of ("SEM推广", "推广
        投放"): the narrower job is the one meant."""
        job = self.as_job(m.entry_id)
        at = bisect.bisect_left(starts, m.start)
        for n in by_start[max(0, at - 4) : at + 4]:
            if n is m:
                continue
            between = folded[n.end : m.start] if n.end <= m.start else folded[m.end : n.start]
            if (n.start < m.end and m.start < n.end) or between.strip(" /-"):
                continue
            narrower = self.as_job(n.entry_id)
            if narrower and narrower != job and self.kb.entries[narrower].kind_of == job:
                return n
        return None

    def _the_narrower_meant(self, folded: str, mentions: list[Mention]) -> list[Mention]:
        """A wider job's name said right beside a narrower one's word is one name, the
        narrower job's, spanning both ("想转去做推广投放": paid ads, right after the wish)."""
        by_start = sorted(mentions, key=lambda n: n.start)
        starts = [n.start for n in by_start]
        out = list(mentions)
        for m in mentions:
            if (n := self._narrower_beside(folded, m, by_start, starts)) is None:
                continue
            a, b = min(m.start, n.start), max(m.end, n.end)
            out = [
                Mention(o.entry_id, a, b, o.score, o.via, o.text) if o is n else o
                for o in out
                if o is not m
            ]
        return out

    def placed_jobs(self, folded: str, mentions: list[Mention]) -> dict[str, direction.Placed]:
        """Each job of ours named, where it is first said: what direction reads a move from."""
        placed: dict[str, direction.Placed] = {}
        by_start = sorted(mentions, key=lambda n: n.start)
        starts = [n.start for n in by_start]
        for m in mentions:
            job = self.as_job(m.entry_id)
            compared = [j for c in self.kb.entries[m.entry_id].compares if (j := self.as_job(c))]
            if job in placed and len(compared) != 2:
                continue  # placed where first said; said again, it changes nothing
            if job and (
                _LACKED.search(folded[max(0, m.start - 10) : m.start])
                or _OWNER.match(folded, m.end)
                # "I monitor our brand mentions", "I report the sales numbers": a thing the word
                # qualifies, not a job held
                or _QUALIFIED_THING.match(folded, m.end)
            ):
                # "zero marketing background", "没有市场经验": a field one has not worked in;
                # "I run a brand's online mall": whose mall it is
                job = None
            # (a term that is a job's other name is that job: "我在trade marketing做了两年")
            said = self.kb.entries[m.entry_id]
            if job and workplace(folded, m, self.kind(said.stands_for or m.entry_id)):
                # "我喺agency做咗兩年AE", "doing SEO at an e-commerce company": where someone
                # works is not the job they would move from.
                job = None
            if (
                job
                and self.kind(m.entry_id) == "term"
                and not self.kb.entries[m.entry_id].stands_for
                and self._job_right_after(folded, m.end, by_start, starts)
            ):
                # "乙方媒介", "agency media buyer": a term said right before a job's name says
                # where or of what that job is; it is no job of its own
                job = None
            if (
                job
                and self.kind(m.entry_id) == "term"
                and not self.kb.entries[m.entry_id].stands_for
                and any(
                    n.end <= m.start
                    and self.kind(n.entry_id) == "term"
                    and self.as_job(n.entry_id) not in (None, job)
                    and not folded[n.end : m.start].strip()
                    for n in by_start[
                        max(0, bisect.bisect_left(starts, m.start) - 8) : bisect.bisect_left(
                            starts, m.start
                        )
                    ]
                )
            ):
                # "running Baidu bidding campaigns": a term said right after another is what
                # the first is of (the campaigns are Baidu bidding's); the first names the job
                job = None
            if (
                job
                and _WORKS_WITH.search(folded[max(0, m.start - 12) : m.start])
                and _DEALS.match(folded, m.end)
            ):
                # "在快消公司做财务，天天跟市场部对账": a team one works with is no end of the move
                job = None
            if job and self._narrower_beside(folded, m, by_start, starts):
                # "我现在做SEM推广", "做投放拉新": the wider job's name right after a narrower
                # one's word says what that job is a kind of; the narrower is the job
                job = None
            if job and job not in placed:
                placed[job] = direction.Placed(job, m.start, m.end)
            if not job and len(compared) == 2 and m.end > m.start:
                # "在推广和运营之间来回转": a pair named as one, each side where it is said; "a
                # marketing or operations job" names two goals, not a start and a goal: the
                # first said stands for them.
                either_one = bool(EITHER_OR.search(folded[m.start : m.end]))
                sides = list(zip(compared, (m.start, m.end - 1), strict=True))
                for j, at in sides[:1] if either_one else sides:
                    placed.setdefault(j, direction.Placed(j, at, at + 1))
        return placed

    def _goal_by_name(
        self, folded: str, mentions: list[Mention], placed: dict[str, direction.Placed]
    ) -> str | None:
        """The one job named by its own name (or a word standing for it) right after words of
        moving into it ("end up in", "想转", "switch to"), when only one is."""
        starts = {p.start for p in placed.values()}
        heads = {p.job for p in placed.values() if p.end not in starts}
        goals = {
            j
            for m in mentions
            if m.via in ("alias", "fuzzy")
            and (j := self.job_named(m.entry_id)) in heads  # (not "电商" in "电商商城运营")
            and direction.goal_before(folded[max(0, m.start - 40) : m.start])
        }
        return goals.pop() if len(goals) == 1 else None

    def _move(self, text: str, folded: str, mentions: list[Mention], ids: list[str]) -> Plan | None:
        side = side_activities(folded)  # (once: it reads the whole message)
        aside = [m for m in mentions if any(a <= m.start and m.end <= b for a, b in side)]
        if aside and len(aside) < len(mentions):
            # "…平时自己运营一个公众号，想转内容运营": what one does on the side is no job held.
            mentions = [m for m in mentions if m not in aside]
        outs = outside_jobs(folded)
        inside = [m for m in mentions if any(a <= m.start and m.end <= b for a, b, _ in outs)]
        if inside and len(inside) < len(mentions):
            # "我现在做汽车销售…想转行做运营": 销售 in a car salesman's job names no sales
            # department of ours; the job told is outside
            mentions = [m for m in mentions if m not in inside]
        mentions = self._the_narrower_meant(folded, mentions)
        wished = _WISH.search(folded)
        if wished:
            before = [m for m in mentions if m.end <= wished.start()]
            after = [m for m in mentions if m.start >= wished.end()]
            if any(m.via == "alias" and self.as_job(m.entry_id) for m in before) and any(
                m.via == "alias" and self.as_job(m.entry_id) for m in after
            ):
                # "I'm an editor for a wechat official account, want to become content ops":
                # the job held and the goal are named; the work told between them is neither
                held = {self.as_job(m.entry_id) for m in before if m.via == "alias"}
                mentions = [
                    m
                    for m in mentions
                    if not (m in before and m.via == "task" and self.as_job(m.entry_id) not in held)
                ]
        for m in mentions:
            if _REFINED.search(folded, max(0, m.start - 8), m.start):
                # "想转行做运营…就是那种内容运营写文章的": the job said more precisely after
                # the first is the goal; the first said it loosely
                loose = [o for o in mentions if o.end <= m.start and o.entry_id != m.entry_id]
                if loose:
                    nearest = max(loose, key=lambda o: o.start)
                    mentions = [o for o in mentions if o is not nearest]
                break
        for m in mentions:
            if not _LATER_GOAL.search(folded, max(0, m.start - 10), m.start):
                continue
            # "想往品牌方向发展，以后做品牌经理": the goal in the end names it more exactly than
            # the direction wished for before it
            if (first := _WISH.search(folded, 0, m.start)) is not None:
                between = [o for o in mentions if first.end() <= o.start and o.end <= m.start]
                if between and all(o.entry_id != m.entry_id for o in between):
                    mentions = [o for o in mentions if o not in between]
            break
        held = held_outside_jobs(folded)
        if held:
            # "我现在在做电商的客服…想转网路商城营运": a job of ours said as whose the job held
            # is (电商的客服) is where that job is done, no start
            field = [m for m in mentions if _WHOSE.fullmatch(folded, m.end, held[0][0])]
            if field and len(field) < len(mentions):
                mentions = [m for m in mentions if m not in field]
        wish = _WISH.search(folded, held[0][1]) if held else None
        if held and wish and len(mentions) > 1:
            # "我做graphic designer，日日整KV、海報…想轉做品牌經理", "做area supervisor，日日巡
            # 舖、睇sales…": what an outside job handles, told before the wish to move, is no
            # start
            # (the last job named stays: "bank teller here… is marketing planning a realistic
            # jump?" names the goal before the wish)
            last = max(mentions, key=lambda m: m.start)
            mentions = [
                m for m in mentions if m is last or not held[0][1] <= m.start < wish.start()
            ]
        named = [m.start for m in mentions if m.via != "task"]
        if named and outs:
            # "I'm a bank teller… talking to customers all day. could I move into user ops?",
            # "…newsletters and posters… where would an accountant even start?": the person's
            # job is named, outside the articles; what they do in it or beside it is no start.
            # (the work wished for after it stays: "我在醫院當護理師…可以去網路公司帶LINE會員群、
            # 顧社群，這條路可行嗎": the goal told by its work)
            # (only where no job of ours is named after the wish: then it is the goal)
            wished_work = _WISH.search(folded, outs[0][1])
            if wished_work is not None and any(
                m.via != "task" and m.start >= wished_work.end() and self.as_job(m.entry_id)
                for m in mentions
            ):
                wished_work = None
            mentions = [
                m
                for m in mentions
                if m.via != "task" or (wished_work is not None and m.start >= wished_work.end())
            ]
        placed = self.placed_jobs(folded, mentions)
        steps = [j for j, p in placed.items() if _FIRST_AS_A_STEP.search(folded[: p.start])]
        if (
            steps
            and len(steps) < len(placed)
            and not any(
                m.start < min(p.start for p in placed.values()) for m in mentions if m.via == "task"
            )
        ):
            # "…想轉去client side做brand manager，要唔要先做marketing executive？": a job to do
            # first on the way is a step, not an end of the move
            placed = {j: p for j, p in placed.items() if j not in steps}
        jobs = list(placed)
        if len(jobs) == 2:
            every = [
                direction.Placed(j, m.start, m.end)
                for m in mentions
                if m.via != "task" and (j := self.as_job(m.entry_id)) in placed
            ]
            if back := direction.moving_back(folded, every):
                return Plan("move", back)  # "从运营跳去推广…想回去做运营": back where one was
        if len(jobs) == 1 and (goal := _outside_goal(folded, placed[jobs[0]])):
            # "做营运做到很厌世，想转去写程式当工程师", "公关做久了想回去当记者": from the job of
            # ours to one the articles do not cover: where ours leads, the goal said uncovered
            return Plan("move", (jobs[0], None), to_words=goal)
        curated = [
            eid for eid in ids if self.kind(eid) == "transition" and not self.kb.entries[eid].story
        ]
        if curated and len(jobs) < 2:
            return Plan("entry", (curated[0],))
        for eid in curated:
            # "做运营的想转推广，需要先学SEO吗": a curated route named in the wording beats
            # pairing the first job with a skill's owner.
            entry = self.kb.entries[eid]
            if jobs[0] in (entry.from_id, entry.to_id):
                return Plan("entry", (eid,))
        if len(jobs) == 2:
            a, b = sorted(placed.values(), key=lambda p: p.start)
            if _CHOICE_GLUE.fullmatch(folded[a.end : b.start]):
                # "我应该转用户运营还是活动运营": two goals to choose between, weighed side by side
                return Plan("compare", (a.job, b.job))
        own = direction.own_job_words(text)
        one_named = len(direction.qualified(folded, list(placed.values()))) == 1
        # (or an outside job held, every job of ours named after the wish to move: "我现在是护士
        # …想转行去互联网做运营，听说有个用户运营…" names two goals, the second more precisely)
        all_wished = bool(held and wish and all(p.start >= wish.start() for p in placed.values()))
        if (own and outside_jobs(fold(own)) or all_wished) and len(jobs) >= 2 and not one_named:
            # "我是高中语文老师…还接过两次小推广…转内容运营有可能吗": the person's job is one we do
            # not cover; a job of ours the wording does not make the start is none
            parts = direction.roles(folded, list(placed.values()))
            unsaid = {j for j, (role, said) in parts.items() if role == "from" and not said}
            if unsaid and len(unsaid) < len(placed):
                placed = {j: p for j, p in placed.items() if j not in unsaid}
                jobs = list(placed)
        if len(jobs) >= 2 and ARROW_MOVE.search(text):
            # "promo -> product ops": the arrow says the way; the job before it is the start.
            ordered = sorted(placed.values(), key=lambda p: p.start)
            return Plan("move", (ordered[0].job, ordered[-1].job))
        if len(jobs) >= 2:
            src, dst = direction.ends(folded, list(placed.values()))
            goal = self._goal_by_name(folded, mentions, placed)
            if goal and dst != goal:
                # "…rebuild the campaigns… Could someone like me end up in user operations?":
                # the job named by its name after the words of moving is the goal, not the
                # team a word of the told work belongs to
                src, dst = (None if src == goal else src), goal
            if src and dst:
                return Plan("move", (src, _the_job_done_there(folded, placed, dst, src)))
            if dst and not src and one_named:
                # "門市店長想轉電商商城營運": one job qualifying the other ("电商 商城运营") is
                # one job; the start is the person's own words.
                return Plan("move", (None, dst), from_words=direction.own_job_words(text) or "")
        if len(jobs) == 1:
            src, dst = direction.ends(folded, list(placed.values()))
            own = direction.own_job_words(text)
            if (
                src
                and not dst
                and self._goal_by_name(folded, mentions, placed) != src
                and not (own and outside_jobs(fold(own)))
                # ("I've been a nurse for 8 years… people say that's basically 'community
                # operations'. Could I actually switch into that": a job of another trade told
                # first; ours is the goal)
                and not any(b <= placed[src].start for _, b, _ in outs)
            ):
                # (not when the job is named again after the words of moving, nor when the
                # person's own job is of another field: "I'm a nurse… A friend says that's
                # basically 'user ops'. Could I actually move into user operations?", "I'm a
                # flight attendant… I keep reading about user operations. Could someone like me
                # get in?": the job of ours is the goal)
                return Plan("move", (src, None))
            return Plan("move", (None, jobs[0]), from_words=own or "")
        stories = [eid for eid in ids if self.kind(eid) == "transition"]
        if stories:
            return Plan("entry", (stories[0],))
        return None

    # -- comparisons -------------------------------------------------------------------------

    def _joined_terms(self, folded: str, mentions: list[Mention]) -> tuple[str, ...] | None:
        """Terms said side by side ("kol跟koc", "SEO or SEM", "KV vs TVC vs VIS") beside a job
        named apart: the first run of them, two or more."""
        named = _names_in_order(mentions)
        if not any(self.kb.entries[m.entry_id].is_job for m in named):
            return None
        run: list[str] = []
        for a, b in zip(named, named[1:], strict=False):
            terms = self.kind(a.entry_id) == self.kind(b.entry_id) == "term"
            if terms and a.entry_id != b.entry_id and _PAIR_GLUE.match(folded[a.end : b.start]):
                run = run or [a.entry_id]
                if b.entry_id not in run:
                    run.append(b.entry_id)
            elif run:
                break
        return tuple(run) if len(run) >= 2 else None

    def listed_terms(self, folded: str, mentions: list[Mention]) -> tuple[str, ...]:
        """Terms said one after the other with only "and", a comma or a space between ("GMV和
        ROI", "拉新 促活 留存"): the run, when it holds two or more and nothing else is named."""
        named = _names_in_order(mentions)
        if len(named) < 2 or self.kind(named[0].entry_id) != "term":
            return ()
        # The run from the first name; a name after it that is not glued to it is where the
        # words are used ("what is 首发 and 限免 in app store promotion"), a job named in the
        # run is another question ("KOL和新媒体运营")
        end = 1
        while end < len(named) and _LIST_GLUE.match(folded[named[end - 1].end : named[end].start]):
            if self.kind(named[end].entry_id) != "term":
                return ()
            end += 1
        if end < len(named) and any(self.kind(m.entry_id) == "term" for m in named[end:]):
            return ()  # another term said apart: not a list
        run = tuple(dict.fromkeys(m.entry_id for m in named[:end]))
        return run if len(run) >= 2 else ()

    def _joined_ideas(self, folded: str, mentions: list[Mention]) -> tuple[str, str] | None:
        """Two ideas (concepts) named side by side, and nothing else."""
        named = _names_in_order(mentions)
        ideas = _distinct([m for m in named if self.kind(m.entry_id) == "concept"])
        if len(ideas) != 2 or len(_distinct(named)) != 2:
            return None
        first = [m for m in named if m.entry_id == ideas[0]]
        second = [m for m in named if m.entry_id == ideas[1]]
        glue = folded[max(m.end for m in first) : min(m.start for m in second)]
        # (side by side with nothing between, each a name of its own: "大运营小运营", not the
        # one word before a name, "营销空军")
        apart = glue.strip() or all(m.end - m.start >= 3 for m in (*first, *second))
        if _IDEA_GLUE.match(glue) and apart:
            return ideas[0], ideas[1]
        return None

    def _a_job_named_after(self, term: str, said: str) -> bool:
        """Whether a job that handles the term has it in one of its names ("SEO专员")."""
        return any(
            said in fold(alias)
            for job in self.kb.entries[term].handled_by
            for alias in self.kb.entries[job].aliases.all()
        )

    def _as_side(self, eid: str, ids: list[str], named: frozenset[str] = frozenset()) -> str:
        """A side weighed: a term or an idea stands for its job ("brand vs PR", "市场工作和运营
        工作"), but an idea beside another idea stays one ("大运营 vs 小运营")."""
        if self.kind(eid) == "concept" and any(x != eid and self.kind(x) == "concept" for x in ids):
            return eid
        job = self.as_job(eid)
        if (
            job
            and job != eid
            and job in named
            and self.kind(job) == "role"
            and self.kb.entries[eid].stands_for != job  # "BD" the word is BD the job
        ):
            return eid  # "用户画像和用户洞察的区别": a term beside the job named that makes it
        return job or eid

    def _compare(
        self, ids: list[str], enumerated: bool = False, named: frozenset[str] = frozenset()
    ) -> Plan | None:
        kb = self.kb
        aspects = kb.index.aspect_ids
        rest = [eid for eid in ids if eid not in aspects]
        if sum(len(kb.entries[eid].compares or [eid]) for eid in rest) >= 2:
            # "which pays more, promotion or operations": an aspect weighed across two things is
            # a comparison of the things, led by what the articles say of that aspect.
            ids = rest
        if enumerated:
            # "营销、市场、运营是什么关系": three named in a row are weighed together.
            # (words only, none a job's own name, stay words: "拉新 留存 轉化 這三個詞差在哪")
            words = all(self.kind(e) == "term" and not kb.entries[e].stands_for for e in ids)
            things = _dedupe(ids if words else [self._as_side(eid, ids) for eid in ids])
            curated = [t for t in things if kb.entries[t].compares]
            if len(things) >= 3 and not curated:
                return Plan("group", tuple(things[:4]))
        kinds = {eid: self.kind(eid) for eid in ids}
        # "which pays more, promotion or operations", "does 市场 mean the same in X and Y": one
        # idea weighed across the things named is about that idea.
        ideas = [eid for eid in ids if kinds[eid] == "concept" and not kb.entries[eid].compares]
        weighed = sum(len(kb.entries[eid].compares or [eid]) for eid in ids if eid not in ideas)
        orgs = [eid for eid in ids if kinds[eid] == "org"]
        idea_first = bool(orgs) and len(ideas) == 1 and ids.index(ideas[0]) < ids.index(orgs[0])
        if len(orgs) >= 2 and not idea_first:
            # "marketing at internet companies vs at FMCG companies" compares the companies.
            return Plan("compare", (orgs[0], orgs[1]))
        if len(ideas) == 1 and weighed >= 2:
            return Plan("entry", (ideas[0],))
        things = _dedupe([eid for eid in ids if kinds[eid] not in ("tip", "transition")])
        if any(kinds[eid] in ("department", "role") for eid in things):
            # "brand vs PR": beside a job, an abbreviation stands for its job.
            things = _dedupe([self._as_side(eid, things, named) for eid in things])
        if len(things) >= 3 and not any(kb.entries[t].compares for t in things):
            return Plan("group", tuple(things[:4]))
        for eid in ids:
            if kb.entries[eid].compares:
                return Plan("entry", (eid,), as_compare=True)
        if len(things) >= 2:
            return Plan("compare", (things[0], things[1]))
        return None

    # -- one subject -------------------------------------------------------------------------

    def _define(self, folded: str, ids: list[str], mentions: list[Mention]) -> Plan:
        kb = self.kb
        denied = [m for m in mentions if _DENIED.search(folded, max(0, m.start - 12), m.start)]
        if denied and any(m not in denied and self.kind(m.entry_id) != "org" for m in mentions):
            # "…what does the operations department do i mean not internet ops": a name said
            # as what is not meant is not asked
            mentions = [m for m in mentions if m not in denied]
            ids = [eid for eid in ids if any(m.entry_id == eid for m in mentions)]
        orgs = [eid for eid in ids if self.kind(eid) == "org"]
        named = [m for m in mentions if m.via != "task" and self.kind(m.entry_id) != "org"]
        specific = [
            m
            for m in named
            if not (kb.entries[m.entry_id].is_job and m.entry_id in kb.index.generic_jobs)
        ]
        # "what is the marketing center in a big hardware company": an English question that
        # opens with a company's own job asks about the job.
        first = min(mentions, key=lambda m: (m.start, -m.length))
        job_first = (
            first in specific
            and self.job_named(first.entry_id)
            and not cjk_sentence(folded, mentions)
        )
        # Only an idea named in a phrase of its own, not an everyday word ("营销").
        ideas = [
            m
            for m in named
            if self.kind(m.entry_id) == "concept"
            # "小运营是指…": a three-character idea asked what it means; not 营销
            and (m.length >= 4 or (has_cjk(m.text) and m.length >= 3 and asks_meaning(folded)))
            and not kb.entries[m.entry_id].compares  # "小公司推广和运营要分开吗" is the company's
        ]
        if ideas and asks_why(folded) and not asks_what_job_does(folded):
            # "为什么同一个岗位有的公司放市场部有的放运营部": why, of an idea named, is the idea,
            # whatever jobs it is said about.
            return Plan("entry", (self._subject(folded, ideas).entry_id,))
        if orgs and ideas and not asks_what_job_does(folded):
            # "how do FMCG companies split KPIs": an idea named of a kind of company is the
            # question; the company is where it applies.
            best = self._subject(folded, ideas)
            return Plan("entry", (best.entry_id,))
        if (
            orgs
            and (
                # (a role keeps its sense: "在一家手机公司做“媒介”…这到底是个什么工作" asks
                # what the media buyer is, not the hardware company's air force and army)
                (asks_meaning(folded) and all(self.kind(m.entry_id) != "role" for m in named))
                # what the bare word of a job every company has does there; not a job of
                # its own ("快消的品牌经理做什么" is the brand manager's)
                or (
                    asks_what_job_does(folded)
                    and len(named) == 1
                    and named[0].entry_id in kb.index.generic_jobs
                    and _said_of(folded, named[0], [m for m in mentions if m.entry_id in orgs])
                )
            )
            and (sense := self._sense_at(orgs[0], named))
        ):
            # "传统企业里说的运营是指什么", "傳統產業的營運是在做什麼": what a word means (or does)
            # at a kind of company is the idea tied to both, the company's own sense of it.
            return Plan("entry", (sense,))
        terms = [m for m in named if self.kind(m.entry_id) == "term"]
        if orgs and terms and asks_meaning(folded) and not asks_what_job_does(folded):
            # "brand health - how do fmcg people use that term": the term, used there
            return Plan("entry", (self._subject(folded, terms).entry_id,))
        spans: dict[tuple[int, int], set[str]] = {}
        for m in named:
            spans.setdefault((m.start, m.end), set()).add(m.entry_id)
        if orgs and any(len(ids) >= 2 for ids in spans.values()):
            # "C公司的企划部负责啥": a department name that is ours three ways (企划部) is read
            # by the company named, whose card says what its own 企划部 does.
            return Plan("entry", (orgs[0],))
        # "在一家手机公司做“媒介”…这到底是个什么工作": the job held at a kind of company
        held_there = any(
            o.end <= m.start
            and _DOES_THERE.fullmatch(folded, o.end, m.start)
            and "在" in folded[max(0, o.start - 4) : o.start]
            for o in mentions
            if self.kind(o.entry_id) == "org"
            for m in specific
        )
        if orgs and not ((specific and (asks_what_job_does(folded) or held_there)) or job_first):
            # "what does company B's brand department do": a department every company has, asked
            # about one kind of company, is answered by how that company organises it.
            return Plan("entry", (orgs[0],))
        this_job = _THIS_JOB.search(folded)
        before = [
            m
            for m in named
            if this_job and m.end <= this_job.start() and kb.entries[m.entry_id].is_job
        ]
        if before and len(_distinct(named)) >= 2:
            # "老板让我招一个信息流优化师，但我根本不知道这岗位干嘛的…之前投放都外包给代理":
            # "this job" is the job named before it, whatever the story names after
            return Plan("entry", (before[-1].entry_id,))
        called = [
            m
            for m in named
            if kb.entries[m.entry_id].is_job and _CALLED_THIS_JOB.match(folded, m.end)
        ]
        if len(_distinct(called)) == 1 and len(_distinct(named)) >= 2:
            # "在乙方招聘里看到媒介这个岗，主要工作内容是啥": the job called "this job" is the one
            # asked, not where it was seen
            return Plan("entry", (called[0].entry_id,))
        jobs_of_terms = [
            job
            for m in named
            if this_job and m.end <= this_job.start() and self.kind(m.entry_id) == "term"
            for job in kb.entries[m.entry_id].handled_by[:1]
        ]
        if jobs_of_terms and not before:
            # "「負責SEO優化，提升自然搜尋排名」這份工作是在做什麼": the job the term is the work
            # of, not the term
            return Plan("entry", (jobs_of_terms[0],))
        cases = [
            m
            for m in named
            if self.kind(m.entry_id) == "concept"
            and _A_CASE_NAME.search(self.kb.entries[m.entry_id].name.get("en"))
        ]
        if cases and _THE_EXAMPLE.search(folded):
            # "有篇文用賣日曆做例子講推廣同運營，嗰個例子講咩": the example asked about
            return Plan("entry", (cases[0].entry_id,))
        best = self._subject(folded, named or mentions)
        if best.via == "task":
            return Plan("who", mentions=mentions)
        entry = kb.entries[best.entry_id]
        if orgs and entry.stands_for:
            return Plan("entry", (entry.stands_for,))  # "what's PR at a tech company": the job
        return Plan(
            "entry", (best.entry_id,), as_compare=bool(entry.kind == "concept" and entry.compares)
        )

    def _as_ideas(self, plan: Plan, mentions: list[Mention]) -> Plan:
        """ "营销 and 市场, what's the difference": an idea weighed against a bare word that
        also names a department is weighed against that word's sense as an idea, the one idea
        tied to both (市场 as a function), not against the department."""
        if plan.kind != "compare" or len(plan.ids) != 2:
            return plan
        a, b = plan.ids
        assert a and b
        kinds = (self.kind(a), self.kind(b))
        if set(kinds) != {"concept", "department"}:
            return plan
        idea, dept = (a, b) if kinds[0] == "concept" else (b, a)
        said = [m for m in mentions if m.entry_id == dept and m.via == "alias"]
        if not said or (sense := self._sense_at(idea, said)) is None or sense == idea:
            return plan
        return Plan("compare", (sense, idea) if idea == b else (idea, sense))

    def _senses_said(self, folded: str, mentions: list[Mention]) -> list[Mention]:
        """ "传统企业里说的运营…和互联网运营是一回事吗": a word said of a kind of company, weighed
        against another, is that company's sense of it (the idea), and the company no side."""
        orgs = [m for m in mentions if self.kind(m.entry_id) == "org"]
        out = list(mentions)
        for m in mentions:
            if self.kind(m.entry_id) != "department":
                continue  # a role keeps its sense ("FMCG嘅brand manager同brand team")
            for o in orgs:
                said = 0 <= m.start - o.end <= 5 and _OF_A_COMPANY_ZH.fullmatch(
                    folded[o.end : m.start]
                )
                if said and (sense := self._sense_at(o.entry_id, [m])):
                    out = [
                        Mention(sense, m.start, m.end, m.score, m.via, m.text) if n is m else n
                        for n in out
                        if n is not o
                    ]
        # only when every company named is one side's place ("網路公司跟快消公司的行銷" weighs
        # the companies)
        return out if not any(o in out for o in orgs) else mentions

    def _sense_at(self, org: str, named: list[Mention]) -> str | None:
        """The one idea tied both to a kind of company and to the single word named with it."""
        words = {m.entry_id for m in named}
        if len(words) != 1:
            return None
        (word,) = words
        entries = self.kb.entries
        if entries[word].kind == "term":
            return None  # "brand health - how do fmcg people use that term": the term itself

        def tied(a: str, b: str) -> bool:
            return a in entries[b].related or b in entries[a].related

        senses = [
            eid
            for eid, e in entries.items()
            if e.kind == "concept" and not e.compares and tied(eid, org) and tied(eid, word)
        ]
        if len(senses) != 1:
            return None
        stems = [
            _DEPARTMENT_WORD.sub("", match_form(m.text)).strip()
            for m in named
            if _DEPARTMENT_WORD.search(m.text)
        ]
        if stems:
            sense = entries[senses[0]].name
            name = match_form(f"{sense.get('en')} {sense.get('zh')}")
            if tied(org, word) or not all(stem and stem in name for stem in stems):
                # "what an operations department does there" asks about the department, where
                # that company has one (an internet company's 运营部); a department a kind of
                # company is not said to have is that company's sense of the word, when the
                # idea is named by it ("傳統產業的營運部": operations in a traditional company)
                return None
        return senses[0]

    def _subject(self, folded: str, mentions: list[Mention]) -> Mention:
        """Which of several named things the question is about.

        English puts the subject first ("what does ROI mean for a marketing team"); Chinese
        puts the owner first and the subject last ("运营团队里的编辑岗做什么"), except "X在Y…".
        A question about meaning prefers a term.
        """
        if len(mentions) == 1:
            return mentions[0]
        if asks_meaning(folded):
            terms = [m for m in mentions if self.kind(m.entry_id) == "term"]
            if terms:
                mentions = terms
            chinese = [m for m in mentions if has_cjk(folded[m.start : m.end])]
            if chinese and len(chinese) < len(mentions) and not cjk_sentence(folded, mentions):
                # "our campaign needs to 出圈 ... meaning?": the Chinese word in an English
                # question is the one asked about.
                mentions = chinese
            if (said := meaning_at(folded)) is not None:
                # "无形价值是什么意思，市场部创造的那个": the meaning asked is of what is named
                # right before the asking words.
                before = [m for m in mentions if m.start <= said <= m.end + 1]
                if before:
                    return max(before, key=lambda m: (m.end, m.length))
        ordered = sorted(mentions, key=lambda m: (m.start, -m.length))
        if _THEIR_JOB.search(folded):
            # "我老公做投放，成日讲ROI，他的工作到底是做什么的": the job asked is the one the
            # person was said to do, not a word they use at it
            done = [
                m
                for m in ordered
                if self.as_job(m.entry_id) and _DONE_BEFORE.search(folded, 0, m.start)
            ]
            if len({m.entry_id for m in done}) == 1:
                return done[0]
        all_terms = all(self.kind(m.entry_id) == "term" for m in mentions)
        if all_terms and len(mentions) >= 3 and enumerated(folded, mentions):
            return ordered[0]  # "拉新促活留存转化，这几个词求科普": a list, read from its start
        # The sentence's own words decide its order: "what is 复盘 in a marketing team" is English.
        # "X跟Y是上下级关系吗" is about X, the first of two joined.
        if cjk_sentence(folded, mentions) and not re.match(
            # an aside between them ("产品策划（不是产品经理）在营销中心干嘛") does not count
            r"\s*((不是|并非|而非|非|就是|即)\S{1,8}\s+)?(在|作为|跟|和|与|同|是(?!不是)|算|属于"
            # "品牌部係咪淨係整logo同slogan": is X just…, asked of X
            # "大運營係咪連營銷都包埋": does X take in even Y, asked of X
            r"|(是不是|系咪|系唔系)(就|只|净系|仅仅|连|也包|包括|等于)"
            # "品牌部是不是整天都在想slogan": its days guessed at, asked of X
            r"|(是不是|系咪|系唔系)(整天|天天|成日|每天|一天到晚)"
            # "KOC说白了就是小网红吧", "我一直以为KOC就是粉丝少一点的KOL": X is merely Y
            r"|(说白了|其实|不)?就是)",
            folded[ordered[0].end :],
        ):
            last = ordered[-1]
            jobs = [m for m in ordered if self.kind(m.entry_id) in ("role", "department")]
            if self.kind(last.entry_id) == "term" and (
                job := self._job_told_as_done(folded, ordered) or _job_asked_at_once(folded, jobs)
            ):
                return job
            # (a word standing for a job counts as that job's name: "trade marketing 究竟做咩")
            # (jobs held by identity: a long message names hundreds of things, and comparing
            # each with each was the slowest step of its reading)
            is_job = {id(m) for m in jobs}
            named_jobs = [
                m for m in ordered if id(m) in is_job or self.kb.entries[m.entry_id].stands_for
            ]
            if (asked := _job_asked_at_once(folded, named_jobs)) and asked is not last:
                # "BD岗位平时都在干嘛 是不是就是销售换了个名字": the job asked what it does
                # right after its name, the one after it only likened to it
                return asked
            return last
        if asked := self.asked_beside_held(folded, ordered)[1]:
            return asked[0]
        return ordered[0]

    def asked_beside_held(
        self, folded: str, mentions: list[Mention]
    ) -> tuple[list[Mention], list[Mention]]:
        """ "I work in sales. What does a brand manager do?", "I'm in activity ops, what skills
        does user ops need?", "my friend is in PR and asked me what a media buyer does": the job
        someone holds, told first, is the background; the jobs named after it are asked about
        (not where the held job is done, "…for an ecommerce app", nor where it reports, "…reports
        to the brand team"; nor when the question points back at the job held: "that job").
        (held, asked), both empty unless both are there."""
        ordered = sorted(mentions, key=lambda m: (m.start, -m.length))
        held = held_jobs(folded, ordered)
        if not held or _THEIR_JOB.search(folded) or _POINTS_BACK_EN.search(folded):
            return [], []
        own = self.as_job(held[0].entry_id)
        after = [
            m
            for m in ordered
            if m not in held
            and m.start >= held[0].end
            and self.as_job(m.entry_id) not in (None, own)
            and not workplace(folded, m, self.kind(m.entry_id))
            and not _PLACE_BEFORE_EN.search(folded, max(0, m.start - 16), m.start)
        ]
        return (held, after) if after else ([], [])

    def _job_told_as_done(self, folded: str, ordered: list[Mention]) -> Mention | None:
        """ "我做用户运营，每天看留存、活跃", "我在品牌部，主要做KV审稿": a job said as what
        the person does, the words after it being those of the work (terms): the job is what
        the message is about, not the last word of its work."""
        for i, m in enumerate(ordered):
            if self.kind(m.entry_id) not in ("role", "department"):
                continue
            said = _DONE_BEFORE.search(folded, 0, m.start) or (
                self.kind(m.entry_id) == "department" and _IN_DEPT_BEFORE.search(folded, 0, m.start)
            )
            rest = ordered[i + 1 :]
            if (
                said
                and rest
                and all(self.kind(o.entry_id) == "term" or o.entry_id == m.entry_id for o in rest)
            ):
                return m
            return None
        return None


def _job_asked_at_once(folded: str, jobs: list[Mention]) -> Mention | None:
    """ "商城运营具体负责啥，招聘上写一堆什么上下架 品类管理 打造爆款": the job asked what it
    does right after its name; the words after that are the ad's, not the subject."""
    for m in jobs[:1]:
        if _DOES_RIGHT_AFTER.match(folded, m.end):
            return m
    return None


# Right after a job's name, what it does asked: "具体负责啥", "到底是干嘛的", "主要做什么"
_DOES_RIGHT_AFTER = re.compile(
    r"\s*(岗位|岗|职位|部门|团队|位)?\s*(到底|具体|主要|平时|每天|究竟)?\s*(都)?(在)?(是)?(负责|做|干|管)(些)?"
    r"(啥|什么|嘛|咩|乜)"
)
# The work of a person asked ("他的工作是做什么的", "佢份工係做咩", "what does my job even
# involve"), and a job said as theirs right before its name ("做「投放」", "works as a").
_THEIR_JOB = re.compile(
    r"(他|她|佢|我|ta)(的|嘅|呢|这|嗰)?(份)?(工作|份工|岗位|职位|工)(到底|究竟|其实)?(是|系)?(在)?(做|干|搞)"
    r"|\b(his|her|my|their) (job|role|work|position)\b"
    r"|\bwhat (does|do) (he|she|they|i) (actually |even |really )?do\b"
)
# A job someone holds, said in English right before its name: "I work in", "I'm a", "my
# friend is in", "she's been doing".
_HELD_BEFORE_EN = re.compile(
    r"\b(i|i'm|im|i've|we|we're|he|she|they|he's|she's|they're|my (best |older |younger )?"
    r"(friend|wife|husband|gf|bf|girlfriend|boyfriend|partner|cousin|sister|brother|mom|mum|dad"
    r"|son|daughter|roommate|colleague|coworker|kid)s?)"
    r"( (am|is|are|was|have|has|been|currently|now|still|also|just|already))*"
    r" (work(s|ed|ing)? (in|at|as|on|for)|am|is|was|do(es|ing)?|did|run(s|ning)?"
    r"|(in|at) (the )?)( (in|at|on))?( an?| the)?\s*$"
    r"|\b(i ?'?m|i am) (an?|the|in|on|at) ([\w-]+ ){0,2}$"
)
# ... and in Chinese: "我老公做", "我在做", "她是做" (the job said next, then 的 or not).
_HELD_BEFORE_ZH = re.compile(
    r"(我|他|她|ta|佢|老公|老婆|男朋友|女朋友|男友|女友|朋友|同学|室友|家人|孩子|女儿|儿子|爸|妈)"
    rf"(现在|目前|一直|而家)?(是|在|喺)?{DOING_A_JOB_ZH}\s*$"
)


_N = r"(\d+|two|three|four|five|six|seven|eight|nine|ten)"
_DOING_BEFORE = re.compile(r"(做|干|当|搞)(了|过)?\s*$")
_YEARS_BEFORE = re.compile(
    rf"(做|干|当|搞)(了|过)?{YEARS_ZH}(的)?\s*$|\b{_N} (years?|yrs?) (in|of|as|doing)( an?| the)?\s*$"
)
_YEARS_AFTER = re.compile(rf"\s*(了|过)?{YEARS_ZH}|\s+for {_N} (years?|yrs?)\b")


# "where do I start": the way in, asked by a newcomer; by one who holds a job, the way over
_ASKS_WHERE_TO_START = re.compile(WHERE_TO_START_EN)


def _held_for_years(folded: str, m: Mention) -> bool:
    """ "干运营五年了", "做了八年營運", "5 years in ops": a job told as held for a time."""
    start = max(0, m.start - 24)
    return bool(
        _YEARS_BEFORE.search(folded, start, m.start)
        or (_DOING_BEFORE.search(folded, start, m.start) and _YEARS_AFTER.match(folded, m.end))
    )


def held_jobs(folded: str, mentions: list[Mention]) -> list[Mention]:
    """The names said as a job someone holds ("I work in sales", "my wife does PR", "我老公做
    BD的"): what the person tells of themselves or someone, not what they weigh or ask about."""
    return [
        m
        for m in mentions
        if _HELD_BEFORE_EN.search(folded, max(0, m.start - 48), m.start)
        # (a name may hold its verb: "做BD" is a name of BD)
        or _HELD_BEFORE_ZH.search(
            folded, max(0, m.start - 12), m.start + (folded[m.start : m.start + 1] in "做干当搞")
        )
    ]


# Where a job sits or is done, said right before a name: "reports to the", "at an".
_PLACE_BEFORE_EN = re.compile(
    r"\b(reports? to|report(ing|ed) to|under|part of|belongs? to|sits in|in|at|for|with)( an?| the)?\s*$"
)
# The question points back at the job told: "what is that job", "is it a dying job".
# ("her title says ops. which is it": where the job held sits is asked)
_POINTS_BACK_EN = re.compile(
    r"\b(that|this|such a|my|her|his|their) (job|role|work|position|title)\b|\bwhich is it\b"
)
_IN_DEPT_BEFORE = re.compile(r"(我|他|她|佢|ta)(目前|现在|而家)?(在|喺)\s*$")
_DONE_BEFORE = re.compile(
    r"(我|他|她|佢|ta)(目前|现在|而家)?(是|系)(一[名个位])?\s*$"
    rf"|{DOING_A_JOB_ZH}\s*['‘’\"“”「」『』]?\s*$|\b(works? as an?|is an?|am an?)\s+$"
)


# "想转职做内容运营": a change of career, whatever the start, is a move.
# Said before a job to say the one before more precisely: "就是那种内容运营", "specifically".
_REFINED = re.compile(
    r"(就是|特别是|尤其是|具体(是|说|来说)?|主要是|即系|即是)\s*(那种|那个|这种|呢种|嗰种)?\s*$"
    r"|\b(specifically|especially|i mean|more precisely|in particular)\W*\s*$"
)
# The goal at the end of the road ("以后做品牌经理", "终极目标是…"), after a direction wished for.
_LATER_GOAL = re.compile(
    r"(以后|将来|最终|最后|终极目标是?|目标是|eventually|ultimately|end goal is|long[- ]term)"
    r"\s*(想|要|能)?\s*(做|当|成为|去做|去当|to be|be|become|becoming)?\s*(an? |the )?$"
)
# Where the wish to move is said, after what one does now ("想转", "want to move", "jumping to").
# Between a job of ours and a job held outside ours: "电商的客服", "游戏公司嘅客服".
_WHOSE = re.compile(r"\s*(的|嘅)\s*")
_WISH = re.compile(
    r"(想|要|打算|准备|考虑)\s*(转|跳|换|去|做|当|入|往|朝)|转行|转去|转做|跳槽"
    r"|(?<![出回过上下进])去[^，,。？?\s]{0,12}(做|当)"
    # "可以去網路公司帶LINE會員群": the work to go and do there
    r"|(?<![出回过上下进])去[^，,。？?\s]{0,12}(带|管|顾|负责)"
    r"|\b(want|wants|wanting|hope|hoping|thinking of|thinking about|plan|planning|could i|can i)\b"
    # "…8 years at a city newspaper, looking at PR roles"
    r"|\b(looking at|looking into|eyeing|considering|aiming for)\b"
    r"|\b(move|moving|switch|switching|jump|jumping|transition|pivot|get into|become)\b"
)


_CHOICE_GLUE = re.compile(r"\s*(还是|或者|或是|定係|定系|\bor\b)\s*(做|当|去)?\s*")
EITHER_OR = re.compile(r"\bor\b|还是|或者|或|定係|定系")
# "promo -> product ops", "PR >> brand manager": the arrow says the way (one for every reader)
# (not to a question: "media buyer after 5yrs -> what next" asks where the job leads)
ARROW_MOVE = re.compile(
    r"[\w)）]\s*(-{1,2}>|—>|→|=>|⇒|➡️?|➔|>>)\s*(?!(what|where|which|how|now|then|next|\?|？|啥|什么|咩|点)\b)\w"
)
# "品牌经理再往上是啥": what is above or after the job, not what a word means.
# "move up into brand work", "想转去品牌部": the job right after is where one would go ("当编辑
# 以后能转去干点啥" is where being an editor leads)
_MOVED_INTO = re.compile(
    r"\b(move|moving|get|getting|go|going|switch|switching|step|stepping)( up| over| across)?"
    r" (in)?to( an?| the)?\s*$|(想|要)?(转|跳)(到|去|做|入)\s*$|想(做|去)\s*$"
)
_WHATS_ABOVE = re.compile(
    r"(再往上|往上|以后|之后|然后)(是|还有|能做|能干|可以做|可以干)?(啥|什么)"
)
_SWITCH = quick(
    re.compile(
        r"转职|转行|跳槽|转型|(想|打算|准备|考虑)转(?!发|载|化|账|帐)|\bswitch|\bchange (career|job)s?\b"
        r"|\bcareer change|\bpivot(?!\s*tables?\b)"
    )
)


_MOVING = quick(
    re.compile(
        r"\bmov(e|ing) (in)?to\b|\bswitch|\bpivot|\btransition|\bcarry over\b|转(?!化|发|载)"
        r"|跳(去|到|槽)|想跳"
    )
)
# "at an agency" is a workplace; "looking at PR jobs" is not.
_AT_AN_ORG = re.compile(r"\b(at|of|in|for|inside|within)\s+(an?|the|some)\s+([\w-]+\s+)?$|(在|喺)$")
_AT_A_PLACE = re.compile(
    r"((?<!look )(?<!looking )(?<!looked )\bat\s+(an?|the|my|our|most|many|some)?\s*"
    r"((big|large|small|major|top|chinese|local|foreign) )?|在|喺|于)\s*$"
)
_MY = re.compile(r"\b(my|our|his|her|their)\s+$")
_AS_A_WORKPLACE = re.compile(r"\s*(job|jobs|work|experience|background|life|side)\b")
_FOR_A = re.compile(r"\b(at|for|with|join|joined|joining) (an?|my|our|one|some|another) $")
_A_TEAMS_WORD = re.compile(r"\s*(team|teams|department|dept|side|manager|work|job|role|position)\b")
_AT_A_KIND_OF = re.compile(
    r"\b(at|with|join|joined|for|in|into|to|(team|department|dept|side|arm) of) (an?|the|my|our|one|some|another|their) "
    r"((?!career|job|role|living|change|start|beginner|newbie|grad|graduate|student|person|someone)[\w-]+ ){1,3}$"
)
# Goods a brand makes, or a word for a company, said before 品牌 ("保养品牌的", "一家国货品牌做").
# A job to take first, on the way to the goal ("要唔要先做marketing executive", "should I first
# work as an editor"), said right before it.
# A team named as the one someone deals with: "天天跟市场部对账", "work closely with the PR team".
# "想去市场部做营销策划": the job to do in the department named first is the goal.
_TO_DO_THERE = re.compile(r"\s*(里|里面|那边|那里)?\s*(做|当|干|搞)\s*|\s+(as an?|doing)\s+")


def _the_job_done_there(
    folded: str, placed: dict[str, direction.Placed], goal: str, start: str
) -> str:
    at = placed[goal]
    return next(
        (
            p.job
            for p in placed.values()
            if p.job not in (goal, start) and _TO_DO_THERE.fullmatch(folded[at.end : p.start])
        ),
        goal,
    )


_WORKS_WITH = re.compile(r"(跟|和|与|同|给)\s*$|\b(with|for) (the |our |their )?$")
_DEALS = re.compile(
    r"\s*(部|部门|团队|那边|的人)?\s*(对账|对接|打交道|沟通|开会|配合|合作|交接|扯皮|吵架|要预算|报销)"
    r"|\s*(team|dept|department|folks|people)?\s+(on|every|all|daily|a lot|closely)\b"
    # "整理回購名單給行銷發優惠": a list made for a team to use
    r"|\s*(部|部门|团队|那边|的人|同事)?\s*(发(?!展|行|布)|参考|推送)(优惠|券|短信|邮件|用|看)"
)
_FIRST_AS_A_STEP = re.compile(
    r"(要不要|要唔要|应该|应不应该|该不该|该|是否|需不需要|需要|用不用|使唔使|系咪要|是不是要)"
    r"先(去|做|当|转|试试?|干|从)(一下|一段时间)?\s*$"
    r"|\b(first|before that) (do|work as|become|try|be|get into|go into|join)( an?| the)?\s*$"
)
_A_KIND_OF_GOODS = re.compile(
    r"(保养|美妆|护肤|彩妆|化妆品|服装|服饰|女装|鞋|手机|家电|食品|饮料|零食|快消|国货|运动|母婴|宠物|3c"
    r"|汽车|奢侈品?|酒|茶饮?|咖啡|个护|日化|数码|消费|电子|家居|珠宝|一家|某|知名|外资|国际|大|小)$"
)
_AT_THE_BRAND = re.compile(r"(的|做|上班|工作|待|干|当)")
# A brand's own pages ("經營品牌粉專跟IG"), or the brand side of the table (品牌端, brand-side):
# the company, not the brand department.
_A_BRANDS_OWN = re.compile(
    r"\s*(的)?\s*(粉专|粉丝专页|粉丝页|官方帐号|官方账号|官号|帐号|账号|ig|fb|官网|公众号|微博|小红书|端|方(?!面|向|法|案|式))"
)
_OWNS = re.compile(r"(?:'s|’s|s')\s")  # "a big brand's e-commerce team"
# "can brands really buy weibo 热搜", "why do brands pay to get on it": brands doing something
# are companies (a team is not said to do so in the plural)
_BRANDS_DO = re.compile(
    r"\s+((really|actually|usually|often|even|always|still|just|all) )?"
    r"(pay|paid|buy|bought|end up|get|do|use|hire|work with|spend|sponsor|partner|sign|choose"
    r"|care|want|need|try|run ads)\b"
)
_A_COMPANY = re.compile(r"\s*(company|companies|cos\b|firms?|公司|企业)")


def _outside_goal(folded: str, ours: direction.Placed) -> str:
    """A job we do not cover named after ours as where the person wants to go."""
    for start, _end, words in outside_jobs(folded):
        if start >= ours.end and direction.goal_before(folded[max(0, start - 12) : start]):
            return words
    return ""


_A_CASE_NAME = re.compile(r"\b(case|example|story)\b", re.I)
_THE_EXAMPLE = re.compile(
    r"(这|那|这个|那个)(例子|案例|故事)|\b(the|that|this) (example|case|story)\b"
)
_THIS_JOB = re.compile(
    r"(这|那|该)(个|份)?(岗位|职位|岗|工作|职缺)(到底|具体|主要|究竟|是)?(是)?(在)?(干|做|负责)"
    r"|\bwhat (does |is )?(this|that) (job|role|position) (actually |really )?(does|do|is|involves?)\b"
)
# A name followed by "this job" ("媒介这个岗", "品牌专员这个职位"): the job asked.
_CALLED_THIS_JOB = re.compile(r"\s*(这|那)(个|份)?(岗位|职位|岗|职缺)")
_OF_A_COMPANY_ZH = re.compile(r"(里|里面|中|内)?(讲|说|所说|口中|说的那个)?的?|(也|都)?有")
_AT_A_COMPANY_EN = re.compile(r"\s+(in|at|inside)\s+(an?|the)?\s*[\w-]{0,12}\s*")


def _said_of(folded: str, word: Mention, orgs: list[Mention]) -> bool:
    """ "傳統產業的營運", "传统企业有运营岗吗", "ops in a non-internet company", "in a
    manufacturing company what does the operations department do": the word said of the
    company, right beside it."""
    return any(
        (0 <= word.start - o.end <= 5 and _OF_A_COMPANY_ZH.fullmatch(folded[o.end : word.start]))
        or (word.end <= o.start and _AT_A_COMPANY_EN.fullmatch(folded[word.end : o.start]))
        or (o.end <= word.start and _THERE_ASKED_EN.fullmatch(folded[o.end : word.start]))
        for o in orgs
    )


_THERE_ASKED_EN = re.compile(r"\s*,?\s*(what|how)\s+(does|do|is|are)\s+(the|an?|their|its)?\s*")
# "…i mean not internet ops", "…, not the PR team", "我说的不是互联网运营": a name said as what
# is not meant (not "是不是公关部", which asks)
_DENIED = re.compile(
    r"(\bi mean not|\bbut not|,\s*not|\bnot like|(?<![是系])不是|并非)\s*(the\s+|an?\s+)?$"
)


_DOES_THERE = re.compile(r"\s*(里|里面|上班|工作)?\s*[,，]?\s*(做|当|干|负责)\s*[“\"'「]?\s*")


def workplace(folded: str, m: Mention, kind: str) -> bool:
    """A term said as where one works ("at an agency", "在广告公司"), or a job's name used for a
    kind of company ("at an e-commerce company")."""
    if (
        kind == "term"
        and _AS_A_WORKPLACE.match(folded, m.end)
        and _MY.search(folded[max(0, m.start - 8) : m.start])
    ):
        return True  # "leaving my agency job for in-house brand": where one works
    if folded[m.start : m.end] == "品牌" and (
        (
            _A_KIND_OF_GOODS.search(folded[max(0, m.start - 6) : m.start])
            and _AT_THE_BRAND.match(folded, m.end)
        )
        or _A_BRANDS_OWN.match(folded, m.end)
    ):
        return True  # "在保養品牌的電商部門做了兩年": a skincare brand is the company
    if (
        folded[m.start : m.end] in ("brand", "brands")
        and (
            _AT_A_KIND_OF.search(folded[max(0, m.start - 30) : m.start])
            or _OWNS.match(folded, m.end)
            or (folded[m.start : m.end] == "brands" and _BRANDS_DO.match(folded, m.end))
            # "I post for a brand on xiaohongshu": the company one works for
            or (
                _FOR_A.search(folded[max(0, m.start - 12) : m.start])
                and not _A_TEAMS_WORD.match(folded, m.end)
            )
        )
    ):
        # "at a hardware brand", "the e-commerce team of a proper consumer brand", "a big
        # brand's e-commerce team": a company
        return True
    place = _AT_A_PLACE.search(folded[max(0, m.start - 16) : m.start])
    if not place:
        return False
    if place.group().strip() in ("在", "喺") and folded[m.start : m.start + 1] in _DOING:
        return False  # "现在在做公关": 在 before a verb says what one is doing, not where
    return kind == "term" or bool(_A_COMPANY.match(folded[m.end : m.end + 12]))


_DOING = frozenset("做干搞当跑带")


# Between a company and the job done there: "公司做内容运营", "公司当编辑".
_DONE_THERE = re.compile(r"\s*(里|里面|的)?\s*(做|当|干|负责|搞)\s*")
_SMALL_TEAM = re.compile(
    r"\b(one|same|single) (person|guy|people)\b|\b\d+ (people|ppl|person)\b|\bwho does\b[^?]{0,30}\bthere\b"
    r"|一个人|同一个人|\d+个人"
)
_DEPARTMENT_WORD = re.compile(r"部|department|\bdept\b", re.I)
_PAIR_GLUE = re.compile(r"^\s*(跟|和|与|同|及|vs|or|and|还是|/)\s*$")


def said_as_a_pair(between: str) -> bool:
    """Whether the words between two names join them as a pair ("推广跟运营", "PR or brand")."""
    return bool(_PAIR_GLUE.match(between))


# Two ideas said side by side, glued or not ("大运营小运营又是啥").
_IDEA_GLUE = re.compile(r"^\s*(跟|和|与|同|及|vs|or|and|还是|/|、)?\s*$")
_WHAT_ARE = re.compile(r"(又)?是(什么|啥|咩)|\bwhat (is|are)\b")
_LIST_GLUE = re.compile(
    r"^\s*(、|,|，|和|与|跟|及|以及|还有|同|同埋|or|and|n|\+|vs|/|&)?\s*$"
    # each asked in turn: "whats GMV and whats ROI", "KV是什么？TVC又是什么？"
    r"|^\s*(and|&)\s+(what\s?s|what is|what are)\s+$"
    r"|^\s*(是(什么|啥)(意思)?|什么意思|啥意思)\s*(那|还有|以及|和|顺便|另外)?\s*$"
)


def _asks_the_aspect(folded: str) -> bool:
    """ "社群运营的职业发展路径是啥": 是啥 right after the words of where a job leads asks
    what that path is, not what a word means."""
    end, said = aspect_end(folded, "leads_to"), meaning_at(folded)
    return end is not None and said is not None and 0 <= said - end <= 2


_WHAT_JOB_IS = re.compile(
    r"\s*(是|系|係)(个|一个)?(什么|啥|咩|乜|哪种)(样的)?(岗位|职位|岗|工作|职业)"
)
_KIND_WORD = re.compile(
    r"\b(roles?|jobs?|teams?|departments?|depts?|positions?)\b|岗位|岗|部门|职位"
)


# "KOL和KOC分别是什么", "PR同marketing分別係咩": two names, each asked what it is, are told apart
# (a Cantonese 分別 is a difference; the Mandarin asks each in turn: both answered side by side).
_EACH = re.compile(
    r"^\s*(分别|各自|各)\s*(是|指|系)?\s*(什么|啥|咩|乜|乜嘢|咩嘢)?\s*(意思)?\s*(呀|啊|呢|嘅|㗎)?[\s?？!！。.~]*$"
)


def _each_of_a_pair(folded: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """Two names joined, then 分别是什么: what each one is."""
    each = re.search(r"分别|各自|各(?=是|指|系)", folded)
    if not each or not _EACH.match(folded[each.start() :]):
        return None
    return _bare_pair(folded[: each.start()], mentions)


def _bare_pair(folded: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """Two names joined by "跟", "and", "vs" ..., with nothing else said."""
    named = [m for m in mentions if m.via in ("alias", "fuzzy") and m.end > m.start]
    firsts = sorted({(m.start, m.end, m.entry_id) for m in named}, key=lambda t: (t[0], -t[1]))
    spans: list[tuple[int, int, str]] = []
    for start, end, eid in firsts:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end, eid))
    if len(spans) != 2 or spans[0][2] == spans[1][2]:
        return None
    (a, b, x), (c, d, y) = spans
    # "user persona vs user insight role": a word saying what kind of thing, nothing more
    rest = _KIND_WORD.sub(" ", folded[:a] + folded[d:]).strip(" ?？!！。.~")
    if rest or not _PAIR_GLUE.match(folded[b:c]):
        return None
    return x, y


# Work said as a job or a line of work: "is 投流 a good job", "做投流这行有前途吗"
_SAID_AS_A_JOB = re.compile(
    r"\b(a|an) (good |decent |real |dying |stable |safe |solid )?"
    r"(job|career|profession|line of work)\b|这行|这一行|这个行业|这份工作|这个工作|这份职业"
)


def enumerated(folded: str, mentions: list[Mention], at_least: int = 3) -> bool:
    """Three or more names (`at_least`) in a row, joined only by list words ("A、B和C", "A, B
    and C")."""
    named = sorted({(m.start, m.end) for m in mentions if m.end > m.start})
    runs = 1
    for (_, end), (start, _) in zip(named, named[1:], strict=False):
        runs = runs + 1 if _LIST_GLUE.match(folded[end:start]) else 1
        if runs >= at_least:
            return True
    return False


def cjk_sentence(folded: str, mentions: list[Mention]) -> bool:
    """Chinese words outside the names: "what is 复盘 in a marketing team" is English; a
    question of names only ("品牌营销9+1循环") is Chinese when its names are."""
    rest = list(folded)
    for m in mentions:
        if m.end > m.start:
            rest[m.start : m.end] = " " * m.length
    left = "".join(rest)
    if not left.strip():
        return has_cjk(folded)
    # "what's an agency in marketing, the 乙方 side?" is English with a Chinese word in it.
    return len(_CJK_CHAR.findall(left)) >= len(_LATIN_WORD.findall(left))


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[a-z]{2,}")


def _names_in_order(mentions: list[Mention]) -> list[Mention]:
    """The names said outright, in the order said (the longer first where two start alike)."""
    return sorted(
        (m for m in mentions if m.via == "alias" and m.end > m.start),
        key=lambda m: (m.start, -m.length),
    )


def _distinct(mentions: list[Mention]) -> list[str]:
    return _dedupe([m.entry_id for m in mentions])


def _dedupe(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in ids if not (i in seen or seen.add(i))]
