"""Questions in, structured answers out. No Telegram here: every front end renders `Answer`."""

from __future__ import annotations

import re

from ..text.langs import Lang, clean, detect, has_cjk, in_script, to_script
from .answer import Answer, Link, Source
from .kb import KnowledgeBase
from .linker import Linker, Mention, match_form
from .phrases import say
from .understand.intents import asks_meaning, asks_what_job_does, goal_first, intent_of, strong_who

# Below this an answer is not given as fact: the user sees "not sure" and the closest topics.
THRESHOLD = 0.5
# A full-text hit is trusted only when its bm25 score is high and well ahead of the next one.
SEARCH_MIN = 9.0
SEARCH_MARGIN = 1.6
# "Who does X" in other words: only jobs compete, so a lower bar is safe.
WHO_SEARCH_MIN = 6.0
WHO_SEARCH_MARGIN = 1.5
# Below this a full-text hit is too loose even to suggest.
SUGGEST_MIN = 4.0
JOBS = ("department", "role")
MAX_BULLETS = 4


class Engine:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.linker = Linker(kb)
        self._transitions = {
            (e.from_id, e.to_id): eid for eid, e in kb.entries.items() if e.kind == "transition"
        }
        # Departments that every kind of company has: asked about with a company, the company's
        # own arrangement answers better than the generic entry.
        related_orgs: dict[str, int] = {}
        for e in kb.entries.values():
            if e.kind == "org":
                for r in e.related:
                    related_orgs[r] = related_orgs.get(r, 0) + 1
        self._generic_jobs = {eid for eid, n in related_orgs.items() if n >= 3}
        self._comparisons = {
            frozenset(e.compares): eid for eid, e in kb.entries.items() if e.compares
        }

    # -- the one entry point ---------------------------------------------------------------

    def answer(self, question: str, lang: Lang | None = None, hint: Lang | None = None) -> Answer:
        """Answer a question; `lang` forces the reply language, `hint` breaks script ties."""
        text = clean(question)
        lang = lang or detect(text, hint)
        if not match_form(text):
            return self._unknown(question, lang, [], empty=True)
        if small_talk := _SMALL_TALK.fullmatch(match_form(text)):
            thanks = bool(re.match(r"than|thx|谢|多谢", small_talk.group()))
            return self._unknown(
                question, lang, [], empty=True, greeting="thanks" if thanks else "hello"
            )
        mentions, coverage, foreign = self.linker.link(text)
        folded = self.linker.unglue(match_form(text))
        intent = intent_of(folded)
        answer = self._resolve(question, folded, lang, intent, mentions)
        solid = [m for m in mentions if m.score >= 0.85]
        if answer is None or (intent == "who" and not solid):
            # Nothing named, or a "who" question whose task we only half recognised: a clear
            # full-text winner among the jobs answers better.
            found = self._from_search(question, text, lang, intent, foreign)
            if found is not None:
                return found
        if answer is None:
            return self._unknown(question, lang, self._closest(text, mentions, intent))
        best = max(mentions, key=lambda m: m.score)
        # A typo match or a two-letter name ("PR") must explain more of the question before it
        # is trusted: "my media player won't open" is not about media planners.
        weak = (
            best.via == "fuzzy"
            and not has_cjk(best.text)
            or (best.length <= 2 and not has_cjk(best.text))
        )
        matched = sum(m.length for m in mentions)
        if weak and foreign:
            base = 0.1 if foreign < matched else 0.0
        else:
            # Words the knowledge base never uses, as many as the names found: another subject
            # that shares a name with ours ("空军和陆军的军衔").
            # Ideas (not jobs or terms) are named with everyday words, so they need more support.
            another = foreign >= matched and coverage < 0.5 and answer.kind == "concept"
            # An acronym of our field named exactly ("TVC", "KOC") is a strong sign by itself,
            # however chatty the rest: "someone in my group chat keeps saying TVC".
            acronym = best.via == "alias" and len(best.text) >= 3 and best.text.isupper()
            base = 0.0 if another else 0.5 if acronym else 0.3
        answer.confidence = round(best.score * (base + (1 - base) * coverage), 3)
        if answer.confidence < THRESHOLD:
            return self._unknown(
                question, lang, self._closest(text, mentions, intent), answer.confidence
            )
        return answer

    # -- answers for ids the user picked (buttons, /role, /compare, /switch) -----------------

    def lookup(self, text: str) -> str | None:
        """The entry a short name refers to ("media buyer", "品牌部"), or None."""
        mentions, _, _ = self.linker.link(clean(text))
        if not mentions:
            return None
        best = max(mentions, key=lambda m: (m.score, m.length, -m.start))
        return best.entry_id

    def about(self, eid: str, lang: Lang) -> Answer:
        """The answer for one entry, as if the user had asked what it is."""
        kind = self.kb.entries[eid].kind
        if kind in JOBS:
            answer = self._role("", lang, eid)
        elif kind == "term":
            answer = self._term("", lang, eid)
        elif kind == "org":
            answer = self._org("", lang, eid)
        elif kind == "transition":
            answer = self._transition("", lang, eid)
        else:
            answer = self._concept(
                "", lang, eid, "compare" if self.kb.entries[eid].compares else "concept"
            )
        answer.confidence = 1.0
        return answer

    def compare(self, a: str, b: str, lang: Lang) -> Answer:
        answer = self._compare("", lang, a, b)
        answer.confidence = 1.0
        return answer

    def move(self, src: str | None, dst: str, lang: Lang) -> Answer:
        src, dst = (self._as_job(src) if src else None), self._as_job(dst) or dst
        answer = self._move("", lang, src, dst)
        answer.confidence = 1.0
        return answer

    # -- deciding what the question is about -------------------------------------------------

    def _resolve(self, question, folded, lang, intent, mentions: list[Mention]) -> Answer | None:
        ids = _distinct(mentions)
        if not ids:
            return None
        kinds = {eid: self.kb.entries[eid].kind for eid in ids}
        if intent == "transition":
            placed: dict[str, Mention] = {}
            for m in mentions:
                job = self._as_job(m.entry_id)
                if job and job not in placed:
                    placed[job] = m
            jobs = list(placed)
            curated = [eid for eid in ids if kinds[eid] == "transition"]
            if curated and len(jobs) < 2:
                return self._transition(question, lang, curated[0])
            for eid in curated:
                # "做运营的想转推广，需要先学SEO吗": the curated route read from the wording beats
                # pairing the first job with a skill's owner.
                if jobs[0] in (self.kb.entries[eid].from_id, self.kb.entries[eid].to_id):
                    return self._transition(question, lang, eid)
            if len(jobs) >= 2:
                first, second = placed[jobs[0]], placed[jobs[1]]
                src, dst = jobs[0], jobs[1]
                if goal_first(folded, (first.start, first.end), second.start):
                    src, dst = dst, src
                return self._move(question, lang, src, dst)
            if len(jobs) == 1:
                return self._move(question, lang, None, jobs[0])
        if intent == "compare":
            # "which pays more, promotion or operations", "does 市场 mean the same in X and Y":
            # one idea weighed across the things named is about that idea.
            ideas = [
                eid
                for eid in ids
                if kinds[eid] == "concept" and not self.kb.entries[eid].compares
            ]
            weighed = sum(
                len(self.kb.entries[eid].compares or [eid])
                for eid in ids
                if eid not in ideas
            )
            orgs = [eid for eid in ids if kinds[eid] == "org"]
            idea_first = bool(orgs) and len(ideas) == 1 and ids.index(ideas[0]) < ids.index(orgs[0])
            if len(orgs) >= 2 and not idea_first:
                # "marketing at internet companies vs at FMCG companies" compares the companies.
                return self._compare(question, lang, orgs[0], orgs[1])
            if len(ideas) == 1 and weighed >= 2:
                return self._concept(question, lang, ideas[0])
            for eid in ids:
                if self.kb.entries[eid].compares:
                    return self._concept(question, lang, eid, kind="compare")
            things = _dedupe([eid for eid in ids if kinds[eid] not in ("tip",)])
            if any(kinds[eid] in JOBS for eid in things):
                # "brand vs PR": beside a job, an abbreviation stands for its job.
                things = _dedupe([self._as_job(eid) or eid for eid in things])
            if len(things) >= 2:
                return self._compare(question, lang, things[0], things[1])
        named_job = any(m.via != "task" and kinds[m.entry_id] in JOBS for m in mentions)
        if (intent == "who" and (strong_who(folded) or not named_job)) or all(
            m.via == "task" for m in mentions
        ):
            who = self._who(question, lang, mentions)
            if who:
                return who
        return self._define(question, lang, folded, ids, mentions)

    def _from_search(self, question, text, lang, intent, foreign: float = 0.0) -> Answer | None:
        """No name matched: a clear full-text winner is answered, with a modest confidence.

        Not when the question is full of words the knowledge base never uses: then it is about
        something else that happens to share a few of ours ("股票里说的空军").
        """
        if foreign >= 4 and intent != "who":
            return None
        kinds = JOBS if intent == "who" else ()
        hits = self.kb.search(text, limit=3, kinds=kinds)
        if not hits:
            return None
        top, score = hits[0]
        runner_up = hits[1][1] if len(hits) > 1 else 0.0
        minimum, margin = (
            (WHO_SEARCH_MIN, WHO_SEARCH_MARGIN) if intent == "who" else (SEARCH_MIN, SEARCH_MARGIN)
        )
        if score < minimum or score < margin * runner_up:
            return None
        mention = Mention(top, 0, 0, 0.6, "task")
        if intent == "who":
            answer = self._who(question, lang, [mention])
        else:
            answer = self.about(top, lang)
            answer.question = question
            if intent == "transition" and self.kb.entries[top].kind in JOBS:
                answer = self._move(question, lang, None, top)
        if answer is not None:
            answer.confidence = round(min(0.75, 0.5 + score / 100), 3)
        return answer

    def _as_job(self, eid: str) -> str | None:
        """The job an entry stands for in a career move: a term like "PR" means its department."""
        entry = self.kb.entries[eid]
        if entry.kind in JOBS:
            return eid
        if entry.kind == "term" and entry.handled_by:
            return entry.handled_by[0]
        return None

    def _define(self, question, lang, folded, ids: list[str], mentions: list[Mention]) -> Answer:
        kb = self.kb
        orgs = [eid for eid in ids if kb.entries[eid].kind == "org"]
        named = [m for m in mentions if m.via != "task" and kb.entries[m.entry_id].kind != "org"]
        specific = [
            m
            for m in named
            if not (kb.entries[m.entry_id].kind in JOBS and m.entry_id in self._generic_jobs)
        ]
        # "what is the marketing center in a big hardware company": an English question that
        # opens with a company's own job asks about the job.
        first = min(mentions, key=lambda m: (m.start, -m.length))
        job_first = (
            first in specific
            and kb.entries[first.entry_id].kind in JOBS
            and not _cjk_sentence(folded, mentions)
        )
        if orgs and not ((specific and asks_what_job_does(folded)) or job_first):
            # "what does company B's brand department do": a department every company has, asked
            # about one kind of company, is answered by how that company organises it.
            return self._org(question, lang, orgs[0])
        best = self._subject(folded, named or mentions)
        entry = kb.entries[best.entry_id]
        kind = entry.kind
        if best.via == "task":
            return self._who(question, lang, mentions) or self._role(question, lang, best.entry_id)
        if kind in JOBS:
            return self._role(question, lang, best.entry_id)
        if kind == "term":
            return self._term(question, lang, best.entry_id)
        if kind == "transition":
            return self._transition(question, lang, best.entry_id)
        if kind == "concept" and entry.compares:
            return self._concept(question, lang, best.entry_id, kind="compare")
        return self._concept(question, lang, best.entry_id)

    def _subject(self, folded: str, mentions: list[Mention]) -> Mention:
        """Which of several named things the question is about.

        English puts the subject first ("what does ROI mean for a marketing team"); Chinese
        puts the owner first and the subject last ("运营团队里的编辑岗做什么"), except "X在Y…".
        A question about meaning prefers a term.
        """
        if len(mentions) == 1:
            return mentions[0]
        if asks_meaning(folded):
            terms = [m for m in mentions if self.kb.entries[m.entry_id].kind == "term"]
            if terms:
                mentions = terms
        ordered = sorted(mentions, key=lambda m: (m.start, -m.length))
        # The sentence's own words decide its order: "what is 复盘 in a marketing team" is English.
        if _cjk_sentence(folded, mentions) and not re.match(r"\s*在", folded[ordered[0].end :]):
            return ordered[-1]
        return ordered[0]

    # -- composing answers -------------------------------------------------------------------

    def _base(self, question, lang, kind, topic, title, lead, bullets, sources_of) -> Answer:
        return Answer(
            question=question,
            lang=lang,
            kind=kind,
            topic=topic,
            title=title,
            lead=lead,
            bullets=bullets,
            sources=self._sources(sources_of, lang),
            topics=[topic] if topic else [],
            sources_label=say("sources", lang),
        )

    def _entry_answer(self, question, lang, kind, eid, bullets) -> Answer:
        """An answer about one entry: its name, its summary, the bullets given, its sources."""
        kb = self.kb
        return self._base(
            question,
            lang,
            kind,
            eid,
            kb.name(eid, lang),
            kb.text(eid, "summary", lang),
            bullets,
            [eid],
        )

    def _sources(self, ids: list[str], lang: Lang) -> list[Source]:
        seen, out = set(), []
        for eid in ids:
            entry = self.kb.entries.get(eid)
            for src in entry.sources if entry else ():
                key = (src.file, src.section)
                if key not in seen:
                    seen.add(key)
                    out.append(
                        Source(
                            src.file,
                            in_script(src.section, lang),
                            self.kb.article_title(src.file, lang),
                        )
                    )
        return out[:3]

    def _measured(self, eid: str, lang: Lang, limit: int = 3, who: str = "") -> list[str]:
        """The "measured by" bullet of a job, if the entry says what it is judged by."""
        measured = self.kb.items(eid, "measured_by", lang)[:limit]
        return (
            [f"{who}{say('measured_by', lang)}{_colon(lang)}{_join(measured, lang)}"]
            if measured
            else []
        )

    def _role(self, question, lang, eid) -> Answer:
        kb = self.kb
        bullets = kb.items(eid, "details", lang)[:3]
        bullets += self._measured(eid, lang)
        if sits := kb.text(eid, "sits_in", lang):
            bullets.append(f"{say('sits_in', lang)}{_colon(lang)}{sits}")
        ans = self._entry_answer(question, lang, "role", eid, bullets)
        ans.followups = self._job_followups(eid, lang)
        return ans

    def _term(self, question, lang, eid) -> Answer:
        kb = self.kb
        bullets = kb.items(eid, "details", lang)[: MAX_BULLETS - 1]
        owners = kb.entries[eid].handled_by
        if owners:
            names = _join([kb.name(o, lang) for o in owners[:3]], lang)
            bullets.append(f"{say('handled_by', lang)}{_colon(lang)}{names}")
        ans = self._entry_answer(question, lang, "term", eid, bullets)
        ans.followups = [self._topic_link(o, lang) for o in owners[:2]]
        ans.followups += self._related_links(eid, lang, exclude=set(owners), limit=2)
        return ans

    def _concept(self, question, lang, eid, kind="concept") -> Answer:
        kb = self.kb
        ans = self._entry_answer(question, lang, kind, eid, kb.items(eid, "details", lang)[:5])
        compared = kb.entries[eid].compares
        ans.topics += list(compared)
        ans.followups = [self._topic_link(c, lang) for c in compared]
        ans.followups += self._related_links(eid, lang, exclude=set(compared), limit=2)
        return ans

    def _org(self, question, lang, eid) -> Answer:
        kb = self.kb
        ans = self._entry_answer(question, lang, "org", eid, kb.items(eid, "details", lang)[:5])
        ans.followups = self._related_links(eid, lang, limit=4)
        return ans

    def _transition(self, question, lang, eid) -> Answer:
        kb = self.kb
        entry = kb.entries[eid]
        bullets = kb.items(eid, "steps", lang)[:MAX_BULLETS] or kb.items(eid, "details", lang)[:3]
        ans = self._entry_answer(question, lang, "transition", eid, bullets)
        ans.topics += [entry.from_id, entry.to_id]
        ans.followups = [self._topic_link(entry.to_id, lang), self._topic_link(entry.from_id, lang)]
        return ans

    def _move(self, question, lang, src: str | None, dst: str) -> Answer:
        """A move between two jobs: the curated route if there is one, else what the KB implies."""
        kb = self.kb
        if src and (src, dst) in self._transitions:
            return self._transition(question, lang, self._transitions[(src, dst)])
        into = [eid for (f, t), eid in self._transitions.items() if t == dst]
        if src is None and len(into) == 1:
            return self._transition(question, lang, into[0])
        b = kb.name(dst, lang)
        bullets: list[str] = []
        if src:
            a = kb.name(src, lang)
            title = say("transition_title", lang, a=a, b=b)
            lead = say("transition_derived_lead", lang)
            have = kb.items(src, "skills", lang)
            need = [s for s in kb.items(dst, "skills", lang) if s not in have]
            bullets.append(f"{say('carries_over', lang, a=a)}{_colon(lang)}{_join(have[:3], lang)}")
            bullets.append(
                f"{say('to_learn', lang, b=b)}{_colon(lang)}{_join(need[:3] or have[:2], lang)}"
            )
        else:
            title = say("into_title", lang, b=b)
            lead = say("into_derived_lead", lang, b=b)
            skills = _join(kb.items(dst, "skills", lang)[:4], lang)
            bullets.append(f"{say('skills', lang)}{_colon(lang)}{skills}")
        if measured := kb.items(dst, "measured_by", lang):
            bullets.append(
                f"{say('judged_by_there', lang, b=b)}{_colon(lang)}{_join(measured[:3], lang)}"
            )
        if into:
            routes = _join([kb.name(t, lang) for t in into[:3]], lang)
            bullets.append(f"{say('curated_routes', lang)}{_colon(lang)}{routes}")
        ans = self._base(
            question, lang, "transition", dst, title, lead, bullets, [x for x in (src, dst) if x]
        )
        ans.topics = [x for x in (src, dst) if x] + into[:3]
        ans.followups = [self._topic_link(dst, lang)]
        if src:
            ans.followups.append(self._topic_link(src, lang))
        ans.followups += [self._topic_link(t, lang) for t in into[:2]]
        return ans

    def _compare(self, question, lang, a: str, b: str) -> Answer:
        kb = self.kb
        curated = self._comparisons.get(frozenset((a, b)))
        if curated:
            return self._concept(question, lang, curated, kind="compare")
        name_a, name_b = kb.name(a, lang), kb.name(b, lang)
        both_terms = kb.entries[a].kind == kb.entries[b].kind == "term"
        bullets = [
            f"{name_a}{_colon(lang)}{kb.text(a, 'summary', lang)}",
            f"{name_b}{_colon(lang)}{kb.text(b, 'summary', lang)}",
        ]
        for eid, name in ((a, name_a), (b, name_b)):
            bullets += self._measured(eid, lang, limit=2, who=f"{name} · ")
        ans = self._base(
            question,
            lang,
            "compare",
            a,
            say("compare_title", lang, a=name_a, b=name_b),
            say("compare_same_kind_terms" if both_terms else "compare_lead", lang),
            bullets,
            [a, b],
        )
        ans.topics = [a, b]
        ans.followups = [self._topic_link(a, lang), self._topic_link(b, lang)]
        if kb.entries[b].kind in JOBS:
            ans.followups.append(self._into_link(b, lang))
        return ans

    def _who(self, question, lang, mentions: list[Mention]) -> Answer | None:
        kb = self.kb
        owners: list[str] = []
        about: list[str] = []
        tasks = [m for m in mentions if m.via == "task"]

        # The surest mention first: a term named exactly ("slogan") beats a half-matched task.
        def rank(m: Mention) -> tuple[int, float]:
            # A term named exactly says what is asked ("who decides the slogan"); then the task
            # phrases; a job's name last ("who swaps resources with other brands" is not brand).
            entry = kb.entries[m.entry_id]
            if entry.kind == "term" and entry.handled_by and m.score >= 0.9:
                return 0, -m.score
            return (1 if m.via == "task" else 2), -m.score

        for m in sorted(mentions, key=rank):
            entry = kb.entries[m.entry_id]
            if m.via == "task" or entry.kind in JOBS:
                owners.append(m.entry_id)
            elif entry.kind == "term" and entry.handled_by:
                owners += list(entry.handled_by)
                about.append(m.entry_id)
        owners = _dedupe(owners)
        if not owners:
            return None
        main = owners[0]
        task = _task_text(tasks, lang) or (
            kb.name(about[0], lang) if about else kb.name(main, lang)
        )
        others = owners[1:3]
        lead = (
            say(
                "who_lead_many",
                lang,
                owner=kb.name(main, lang),
                others=_join([kb.name(o, lang) for o in others], lang),
            )
            if others
            else say("who_lead_one", lang, owner=kb.name(main, lang))
        )
        lead = f"{lead}{' ' if lang == 'en' else ''}{kb.text(main, 'summary', lang)}"
        bullets = kb.items(main, "details", lang)[:2]
        bullets += self._measured(main, lang)
        ans = self._base(
            question,
            lang,
            "who",
            main,
            say("who_title", lang, task=task),
            lead,
            bullets,
            [main] + about,
        )
        ans.topics = owners[:3] + about
        ans.followups = [self._topic_link(o, lang) for o in owners[:3]] + [
            self._into_link(main, lang)
        ]
        return ans

    def _unknown(
        self, question, lang, closest: list[str], confidence=0.0, empty=False, greeting=""
    ) -> Answer:
        alternatives = [self._topic_link(eid, lang) for eid in closest[:4]]
        lead = say("empty_lead" if empty else "unknown_lead", lang)
        if greeting:
            lead = say(greeting, lang) + (" " if lang == "en" else "") + lead
        if alternatives:
            lead = lead + (" " if lang == "en" else "") + say("unknown_close", lang)
        ans = self._base(
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
        return ans

    def _closest(self, text: str, mentions: list[Mention], intent: str = "define") -> list[str]:
        """Topics worth offering when we will not answer: weak mentions, then full-text hits
        (only jobs, when the question asks who does something)."""
        ids = _distinct(mentions)
        kinds = JOBS if intent == "who" else ()
        for eid, score in self.kb.search(text, limit=4, kinds=kinds):
            if eid not in ids and score >= SUGGEST_MIN:
                ids.append(eid)
        return ids[:4]

    # -- follow-ups -------------------------------------------------------------------------

    def _topic_link(self, eid: str, lang: Lang) -> Link:
        return Link("topic", (eid,), self.kb.name(eid, lang))

    def _into_link(self, eid: str, lang: Lang) -> Link:
        return Link("into", (eid,), say("follow_into", lang, b=self.kb.name(eid, lang)))

    def _related_links(self, eid, lang, exclude=frozenset(), limit=3) -> list[Link]:
        related = [r for r in self.kb.entries[eid].related if r not in exclude]
        return [self._topic_link(r, lang) for r in related[:limit] if r in self.kb.entries]

    def _job_followups(self, eid: str, lang: Lang) -> list[Link]:
        links = self._related_links(eid, lang, limit=3)
        links.append(self._into_link(eid, lang))
        related_jobs = [
            r
            for r in self.kb.entries[eid].related
            if r in self.kb.entries and self.kb.entries[r].is_job
        ]
        if related_jobs:
            other = related_jobs[0]
            label = say(
                "follow_compare", lang, a=self.kb.name(eid, lang), b=self.kb.name(other, lang)
            )
            links.append(Link("compare", (eid, other), label))
        return links


def _cjk_sentence(folded: str, mentions: list[Mention]) -> bool:
    """Chinese words outside the names: "what is 复盘 in a marketing team" is English."""
    rest = list(folded)
    for m in mentions:
        rest[m.start : m.end] = " " * m.length
    return has_cjk("".join(rest))


# Hello and thanks get a friendly pointer, not "I'm not sure about that one".
_SMALL_TALK = re.compile(
    r"(hi|hello|hey|yo|hiya|good (morning|afternoon|evening)|thanks?( you)?|thank u|thx|ok|okay"
    r"|你好|您好|嗨|哈喽|早上好|晚上好|谢谢|多谢|谢啦|好的|嗯)( there)?( bot| careerbot)?",
)


def _distinct(mentions: list[Mention]) -> list[str]:
    return _dedupe([m.entry_id for m in mentions])


def _dedupe(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in ids if not (i in seen or seen.add(i))]


def _colon(lang: Lang) -> str:
    """A label's colon: full-width after Chinese."""
    return ": " if lang == "en" else "："


def _join(items: list[str], lang: Lang) -> str:
    """A list inside a sentence: "Brand tone, consistency of visuals" (acronyms kept)."""
    if lang != "en":
        return "、".join(items)
    return ", ".join(
        item[0].lower() + item[1:] if i and item[1:2].islower() else item
        for i, item in enumerate(items)
    )


def _task_text(tasks: list[Mention], lang: Lang) -> str:
    """The task as curated, in the reader's language where the curator wrote it in theirs."""
    if not tasks:
        return ""
    task = max(tasks, key=lambda m: m.score).text
    if lang == "en" and has_cjk(task) or lang != "en" and not has_cjk(task):
        return ""
    return to_script(task, lang)
