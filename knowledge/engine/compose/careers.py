"""Answers built on the skill vocabulary: how far a move is, the easiest route, the jobs next
door, what a pasted job ad is, and which departments fit a self-description.

Every figure here is derived from the knowledge base, and the answers say so; where the
articles describe a move themselves, their advice comes first and is named as theirs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from ...quiz import Quiz
from ...text.langs import Lang, fold, is_zh, to_script
from ..answer import Answer, Link
from ..careers import jd as jd_reader
from ..careers import moves, selfdesc
from ..careers.skills import SkillBook
from ..linker import match_form
from ..phrases import say
from ..understand.moving import MOVE_NAME_TURN
from ..understand.outside import held_outside_jobs
from .base import Base, either, inline, join, labelled, space

MAX_TERMS = 6
# How sure the skills reading of a self-description must be to name a job of its own.
FIT_BY_SKILLS = 0.5
# How far the learnt job of a self-description must lead the next (in the weights' hundredths)
# to be named first: right 93 times in 97 from 700 on fresh14-18 and dev31-34, each left out
# (the weights benchmarks/kinds_bench.py learns; 102 in 106 from 500, but a short message's lead
# of 500 can rest on a word or two: "社恐，但写东西还行" read as PR).
FIT_BY_WORK = 700
# ...when nothing the person says reads as a like or a fit asked, only days told ("在LINE群當
# 了三年版主，訂版規、辦活動…這種經驗是什麼工作"): about three times as far.
FIT_UNTOLD = 2000
# A whole department (PR, brand) leads only when the skills read say so more surely.
FIT_BY_SKILLS_GENERIC = 0.58


# Words in the names of many jobs, which say nothing of one job's field.
_COMMON_NAME_WORDS = frozenset(
    {"marketing", "operations", "team", "department", "manager", "specialist", "executive"}
    | {"dept", "role", "lead", "head", "staff", "officer", "person", "people", "work"}
)

# How many of the quiz's outcomes a self-description is read against (all of them, today).
TOP_WEIGHED = 30


class CareersComposer(Base):
    _book: SkillBook | None = None
    _quiz: Quiz | None = None
    _describer: selfdesc.SelfDescriber | None = None
    _reader: jd_reader.JDReader | None = None
    _job_words: dict[str, set[str]]
    # Reentrant: the job-ad reader is built from the skill book, loaded under the same lock.
    _careers_lock = threading.RLock()

    @property
    def book(self) -> SkillBook:
        """The skills of every job, read from the database once, on first use."""
        if self._book is None:
            with self._careers_lock:
                if self._book is None:
                    self._book = SkillBook.open(self.kb.db_path)
        return self._book

    def has_skills(self, *jobs: str | None) -> bool:
        return all(j in self.book.jobs for j in jobs if j)

    # -- moves --------------------------------------------------------------------------------

    def measured_move(self, question, lang: Lang, src: str, dst: str) -> Answer:
        """X -> Y for any two jobs: the figure in words, what carries over, what is missing
        and how the articles say it is built, a bridge, a first step; the articles' own
        advice first when they describe this move."""
        m = moves.move(self.book, src, dst)
        a, b = self.kb.name(src, lang), self.kb.name(dst, lang)
        words = say(f"move_{m.label}", lang)
        # "already has about 0%" reads as a broken figure; nothing in common is said as such
        # Inside a sentence: "the brand department", "a media buyer"'s name in lower case
        sa, sb = either([a], lang), either([b], lang)
        # Beside the articles' own advice the figure is given without a verdict in words: "a
        # long way" under "usually the easiest switch" read as a contradiction.
        lead = "move_figure" if m.percent else "move_lead_none"
        figure = say(lead, lang, a=sa, b=sb, words=words, percent=str(m.percent))
        ours: list[str] = []
        if m.carries_over:
            have = [self._skill(n.skill, lang) for n in m.carries_over[:4]]
            ours.append(labelled(say("carries_over", lang, a=a), join(have, lang), lang))
        if m.missing:
            need = [self._skill(n.skill, lang) for n in m.missing[:4]]
            ours.append(labelled(say("move_missing", lang, b=b), join(need, lang), lang))
        if m.bridge:
            c = self.kb.name(m.bridge.job.id, lang)
            p, q = str(round(m.bridge.into * 100)), str(round(m.bridge.out * 100))
            ours.append(say("move_bridge", lang, a=a, b=b, c=c, p=p, q=q))
        if m.first_step:
            step = to_script(m.first_step.get("zh" if is_zh(lang) else "en", ""), lang)
            ours.append(labelled(say("move_first_step", lang), step, lang))
        for note in [n for n in m.missing if n.core][1:3]:
            # The first missing skill is in the first step; the next ones, how the articles
            # say they are built.
            built = to_script(note.skill.note.get("zh" if is_zh(lang) else "en", ""), lang)
            if built:
                name = self._skill(note.skill, lang)
                label = say("move_built", lang, skill=inline(name) if lang == "en" else name)
                ours.append(labelled(label, built, lang))
        curated = self.kb.transitions.get((src, dst), [])
        wider = None
        if curated:
            # The articles' own advice first, said to be theirs; then our figures, said to be
            # ours.
            ans = self.transition(question, lang, curated[0])  # type: ignore[attr-defined]
            ans.bullets = [*ans.bullets, labelled(say("move_ours", lang), figure, lang), *ours]
        else:
            title = say("transition_title", lang, a=a, b=b)
            wider = self._wider_move(src, dst)
            # Said first, the figure says it is ours, not the articles'.
            ours_first = "move_lead_ours" if m.percent else "move_lead_none"
            lead = say(ours_first, lang, a=sa, b=sb, words=words, percent=str(m.percent))
            bullets = [*ours, say("move_derived", lang)]
            if wider:
                # "做了两年SEM，能转内容运营吗", "做活動運營的可以轉做推廣嗎": no advice on this
                # move, but on the wider one (promotion to content operations; operations to
                # promotion): the articles' word leads, our figure comes after it.
                entry = self.kb.entries[wider]
                label = say(
                    "move_wider",
                    lang,
                    a=self.kb.name(entry.from_id or src, lang),
                    b=self.kb.name(entry.to_id or dst, lang),
                )
                lead = labelled(label, self.kb.text(wider, "summary", lang), lang)
                bullets = [labelled(say("move_ours", lang), figure, lang), *ours]
            ans = self.base(question, lang, "transition", dst, title, lead, bullets, [src, dst])
            ans.followups = [self.topic_link(dst, lang), self.topic_link(src, lang)]
            if wider:
                ans.topics.append(wider)
                ans.sources = self.sources([wider, src, dst], lang)
                ans.followups.insert(0, self.topic_link(wider, lang))
        if m.bridge:
            ans.followups.append(self.topic_link(m.bridge.job.id, lang))
        ans.from_id, ans.to_id, ans.overlap = src, dst, m.percent
        ans.topics = list(dict.fromkeys([*ans.topics, src, dst]))
        if wider:
            # (the wider move's ends are spoken of too: "from promotion to user operations")
            route = self.kb.entries[wider]
            ans.topics += [e for e in (route.from_id, route.to_id) if e and e not in ans.topics]
        return ans

    def _wider_move(self, src: str, dst: str) -> str | None:
        """The articles' advice on a move between the wider jobs two jobs are kinds of, or the
        departments they belong to (a job and its department are tied as related entries),
        when none is given for the jobs."""

        def sides(job: str) -> list[str]:
            entry = self.kb.entries[job]
            wider = [entry.kind_of] if entry.kind_of in self.kb.entries else []
            return [
                job,
                *wider,
                *(
                    r
                    for r in entry.related
                    if self.kb.entries.get(r) and self.kb.entries[r].kind == "department"
                ),
            ]

        for a in sides(src):
            for b in sides(dst):
                if (a, b) != (src, dst) and a != b and (found := self.kb.transitions.get((a, b))):
                    entry = self.kb.entries[found[0]]
                    if not entry.story:
                        return found[0]
        return None

    def route(self, question, lang: Lang, src: str, dst: str) -> Answer:
        """/path: the easiest sequence of at most three moves."""
        r = moves.path(self.book, src, dst)
        a, b = self.kb.name(src, lang), self.kb.name(dst, lang)
        legs = list(r.legs)
        bullets = []
        for leg in legs:
            line = say(
                "path_leg",
                lang,
                a=self.kb.name(leg.src.id, lang),
                b=self.kb.name(leg.dst.id, lang),
                percent=str(round(leg.overlap * 100)),
                words=say(f"move_{moves.label(leg.overlap)}", lang),
            )
            if leg.curated:
                line += ("; " if lang == "en" else "；") + say("path_leg_curated", lang)
            bullets.append(line)
        if len(legs) == 1:
            lead = say("path_direct", lang, a=a, b=b, percent=str(round(legs[0].overlap * 100)))
        else:
            lead = say("path_lead", lang)
        jobs = [j.id for j in r.jobs] if legs else [src]
        ans = self.base(
            question,
            lang,
            "transition",
            dst,
            say("path_title", lang, a=a, b=b),
            lead,
            bullets,
            jobs,
        )
        ans.topics = list(dict.fromkeys(jobs))
        ans.from_id, ans.to_id = src, dst
        ans.overlap = round(min((leg.overlap for leg in legs), default=1.0) * 100)
        ans.route = jobs
        ans.followups = [self.topic_link(j, lang) for j in jobs[1:4]]
        return ans

    def next_moves(self, question, lang: Lang, src: str) -> Answer:
        """/next: the closest jobs to move into, with the figure for each; the articles' own
        moves from here first."""
        a = self.kb.name(src, lang)
        options = moves.next_jobs(self.book, src)
        curated = [t for t in self.kb.moves_out_of(src)]
        bullets = [self.kb.name(t, lang) for t in curated[:2]]
        goals = [self.kb.name(g, lang) for t in curated[:2] if (g := self.kb.entries[t].to_id)]
        bullets += [
            f"{self.kb.name(o.job.id, lang)}: {round(o.overlap * 100)}% "
            f"({say(f'move_{o.label}', lang)})"
            for o in options
        ]
        ans = self.base(
            question,
            lang,
            "transition",
            options[0].job.id if options else src,
            say("next_title", lang, a=a),
            # the moves the articles describe lead; the closest jobs by skills are our reading
            say(
                "next_lead_curated",
                lang,
                a=either([a], lang),
                to=either(goals, lang, "and"),
            )
            if goals
            else say("next_lead", lang, a=a),
            bullets,
            [src, *curated[:1]],
        )
        ans.topics = [src, *curated[:2], *(o.job.id for o in options)]
        ans.from_id, ans.to_id = src, None
        ans.overlap = round(options[0].overlap * 100) if options else None
        ans.followups = [self.into_link(o.job.id, lang) for o in options]
        return ans

    # -- job descriptions ------------------------------------------------------------------

    def reading(self, text: str) -> jd_reader.JDReading | None:
        """The jobs whose skills a text names, read as the job-ad reader reads an ad."""
        reader = self.job_ad_reader()
        return reader.read(text) if reader else None

    def job_ad_reader(self) -> jd_reader.JDReader | None:
        """Made on first use (its patterns take a tenth of a second), once across threads."""
        if len(self.book.jobs) < 2:
            return None
        if self._reader is None:
            with self._careers_lock:
                if self._reader is None:
                    self._reader = jd_reader.JDReader(self.book)
        return self._reader

    def job_ad(
        self,
        question: str,
        lang: Lang,
        other: Callable[[float, str], tuple[str, float] | None] | None = None,
    ) -> Answer | None:
        """A pasted job description: which job, what the work is, its jargon explained.
        `other(confidence, job)`: given the reader's pick, a job found otherwise (a few quoted
        duties, by their words) and how sure, or None; the reader's pick is then offered
        beside it."""
        reading = self.reading(question)
        if reading is None:
            return None  # a knowledge base without skill sets cannot tell jobs apart
        found = other(reading.confidence, reading.job.id) if other else None
        if found and found[0] in self.book.jobs:
            # Found otherwise: another job instead, or the same one, the surer for it.
            job_found = self.book.jobs[found[0]]
            reading = (
                reading.instead(job_found, found[1])
                if found[0] != reading.job.id
                else reading.surer(found[1])
            )
        job = reading.job.id
        if job not in self.kb.entries:
            return None
        name = self.kb.name(job, lang)
        lead = say(f"jd_{reading.sure}", lang, job=name)
        if reading.runner_up and reading.runner_up.id in self.kb.entries:
            lead += (" " if lang == "en" else "") + say(
                "jd_runner_up", lang, job=self.kb.name(reading.runner_up.id, lang)
            )
        bullets = []
        work = [self._skill(s, lang) for s in reading.main_work[:5]]
        if work:
            bullets.append(labelled(say("jd_work", lang), join(work, lang), lang))
        terms = [t for t in reading.terms if t in self.kb.entries][:MAX_TERMS]
        for term in terms:
            bullets.append(
                labelled(self.kb.name(term, lang), self.kb.text(term, "summary", lang), lang)
            )
        bullets += self.measured(job, lang, who="")
        ans = self.base(question, lang, "jd", job, say("jd_title", lang), lead, bullets, [job])
        ans.topics = [job, *terms]
        ans.terms = terms
        ans.confidence = round(reading.confidence, 3)
        others = [c.job.id for c in reading.alternatives if c.job.id in self.kb.entries][:3]
        ans.alternatives = [self.topic_link(o, lang) for o in others]
        ans.followups = [self.topic_link(job, lang), self.into_link(job, lang)]
        return ans

    # -- self-descriptions -------------------------------------------------------------------

    def fits(
        self,
        question: str,
        lang: Lang,
        way_in: bool = False,
        among: tuple[str, ...] = (),
        learnt_alone: bool = True,
    ) -> Answer:
        """ "I like writing and talking to people, what fits me?": the departments that fit,
        scored with the quiz's weights, and the full quiz one tap away. `among`: the jobs the
        person weighs ("推广和运营我选哪个"): the reading is of those, when it says anything.
        `learnt_alone`: where nothing else is read, the learnt job may answer at the lower lead
        (not when the question was read as a move or a who-question it might replace)."""
        if self._describer is None:
            with self._careers_lock:
                if self._describer is None:
                    self._quiz = Quiz.from_entries(self.kb.entries)
                    self._describer = selfdesc.SelfDescriber(self._quiz)
        quiz = self._quiz
        assert quiz is not None
        likes = selfdesc.describes_self(question)
        told = likes or selfdesc.asks_fit(question)
        # Nothing said of the person ("which department fits me?"): no reading of stray words.
        read = self._describer.fit(question, top=TOP_WEIGHED) if told else []
        if not likes:
            # Only what they did, no like or strength ("之前做过三年行政，不知道往哪走"): a reading
            # that rests on one stray word is none.
            read = [f for f in read if len(f.reasons) >= 2]
        found = read[: selfdesc.TOP]
        leaning = None
        if among and told:
            sides = {o: side for side in among for o in self._outcomes_of(side)}
            weighed = [f for f in read if f.outcome in sides]
            if weighed:
                found, leaning = weighed[:3], sides[weighed[0].outcome]
        bullets = []
        skilled = self._skilled(question) if told else None
        if skilled and leaning and skilled[0] not in self._outcomes_of(leaning) + [leaning]:
            skilled = None  # the side the reading leans to leads, not a skill of the other
        if skilled:
            # "ex-journalist, lots of media contacts": the skills the person names are a job's
            # own; that job leads, said to be read from its skills, the quiz's reading after it.
            job, skills = skilled
            found = [f for f in found if f.outcome != job]
            said = join([self._skill(k, lang) for k in skills], lang)
            bullets.append(f"{self.kb.name(job, lang)}: {say('fit_by_skills', lang, skills=said)}")
        # (told in no words the self-describer knows, "選哪款主打、拍商品圖、上下架…這叫什麼職
        # 位": the learnt job must lead by more)
        worked = None if leaning else self._worked(question, FIT_BY_WORK if told else FIT_UNTOLD)
        if learnt_alone and not way_in and not (worked or leaning or skilled or found):
            # (nothing else read: the job the days told are learnt to be is better than asking
            # the person to tell more, "my daughter spends all day cutting videos…"; a newcomer
            # asking where to begin gets the ways in instead)
            # (a line or two with nothing of the person in it, "什么都想试试，不知道自己适合
            # 哪个", gives the learnt weights a word or two to read: as sure as where nothing
            # is told, FIT_UNTOLD)
            form = match_form(question)
            said = len(form.split()) >= 8 if form.isascii() else len(form.replace(" ", "")) >= 18
            worked = self._worked(question, FIT_BY_WORK if told or said else FIT_UNTOLD)
        moved = None if (leaning or among) else self._move_told(question)
        if moved and worked == moved[0]:
            worked = None
        if worked and (not skilled or worked != skilled[0]):
            # "I run the TikTok feed ads for a friend's store: creatives, bids…": what the person
            # does is a job's everyday work, as the labelled self-descriptions and job ads teach
            found = [f for f in found if f.outcome != worked]
            # (first, before a job read from the skills named: where both are read and differ,
            # the learnt job was right 19 times in 23 on sets left out, the skills' 4)
            bullets.insert(0, f"{self.kb.name(worked, lang)}: {say('fit_by_work', lang)}")
        for f in found:
            why = ""
            if f.reasons:
                q, c = f.reasons[0]
                why = to_script(quiz.choice(q, c).why.get("zh" if is_zh(lang) else "en", ""), lang)
            line = f"{self.kb.name(f.outcome, lang)} · {f.percent}%"
            bullets.append(f"{line}: {why}" if why else line)
        outcomes = ([skilled[0]] if skilled else []) + [f.outcome for f in found]
        if worked:
            outcomes = [worked, *(o for o in outcomes if o != worked)]
        if moved:
            # "我做过记者，抗压，文笔还行，适合什么": the articles' own move from the job held
            # (from traditional media into PR) leads, said so, the reading after it
            goal, start = moved
            name = self.kb.name(goal, lang)
            bullets = [line for line in bullets if not line.startswith(name)]
            bullets.insert(0, f"{name}: {say('fit_by_move', lang, start=start)}")
            outcomes = [goal, *(o for o in outcomes if o != goal)]
        top = outcomes[0] if outcomes else None
        lead = say("fit_lead" if outcomes else "fit_none" if told else "fit_tell_me", lang)
        if leaning:
            names = either([self.kb.name(a, lang) for a in among], lang, word="and")
            best = either([self.kb.name(leaning, lang)], lang)
            lead = say("fit_among", lang, a=names, best=best)
            # both sides weighed are what the answer is about, the one it leans to first
            sides = [leaning, *(a for a in among if a != leaning)]
            outcomes = [*sides, *(o for o in outcomes if o not in sides)]
            top = outcomes[0]
        elif among and told and all(a in self.book.jobs for a in among):
            # "psych major… user insight or strategy & insight, which fits me?": the quiz scores
            # neither; what each takes, for the person to weigh against what they said
            names = either([self.kb.name(a, lang) for a in among], lang, word="and")
            lead = say("fit_among_open", lang, a=names)
            weighed_lines = []
            for a in among:
                takes = [self._skill(self.book.skills[k], lang) for k in self.book.jobs[a].core[:3]]
                weighed_lines.append(f"{self.kb.name(a, lang)}: {join(takes, lang)}")
            bullets = weighed_lines + bullets
            outcomes = [*among, *(o for o in outcomes if o not in among)]
            top = outcomes[0]
        described = []
        if way_in and not outcomes:
            # "应届生没实习，怎么进这行": the way in depends on the job; the articles describe
            # moves into a few, from other jobs, and the quiz reads which job suits the person.
            entries = self.kb.entries
            described = [j for j in self.kb.index.into if j in entries and entries[j].is_job]
            names = join([self.kb.name(j, lang) for j in described], lang)
            lead = say("fit_way_in", lang, jobs=names) + space(lang) + lead
        ans = self.base(
            question,
            lang,
            "fit",
            top,
            say("fit_title", lang),
            lead,
            bullets,
            outcomes[:2],
        )
        ans.topics = outcomes
        ans.followups = [Link("menu", ("quiz",), say("fit_quiz", lang))]
        ans.followups += [self.topic_link(o, lang) for o in (outcomes or described)[:3]]
        return ans

    def _outcomes_of(self, job: str) -> list[str]:
        """The quiz's outcomes a job named stands for: itself, its kinds (paid ads of
        promotion), or the teams that sit in it (content operations in operations)."""
        outcomes = self._quiz.outcomes if self._quiz else {}
        name = self.kb.name(job, "en").lower()
        return [
            o
            for o in outcomes
            if o == job
            or (e := self.kb.entries.get(o)) is not None
            and (e.kind_of == job or name in e.sits_in.get("en").lower())
        ]

    def _worked(self, text: str, sure: int = FIT_BY_WORK) -> str | None:
        """The job whose everyday work a self-description tells, by the jobs learnt from the
        labelled job ads, who-questions and self-descriptions, when it leads by FIT_BY_WORK.
        What the person dislikes or is bad at is left out first ("人脉广，但是文笔一般")."""
        # (a job we do not cover, held, is no evidence for one of ours: "之前做过三年行政，不知道
        # 往哪走" is no PR reading because PR questions were asked beside 行政)
        form = match_form(selfdesc.without_dislikes(text))
        held = held_outside_jobs(form)
        for start, end, _ in reversed(held):
            form = form[:start] + " " + form[end:]
        found = self.kb.job_weights().best(form)
        # (what is left beside a job held outside ours is often only the frame of the question,
        # "我之前做过…，现在不知道往哪个方向走", whose words the weights learnt beside many jobs:
        # the lead must be twice as sure)
        if found is None or found[1] < (2 * sure if held else sure):
            return None
        entry = self.kb.entries.get(found[0])
        return found[0] if entry is not None and entry.is_job else None

    def _move_told(self, text: str) -> tuple[str, str] | None:
        """The goal of a move the articles describe from a job we do not cover that the person
        holds or held ("记者转公关", "journalist to PR": a journalist is none of our jobs), and
        the job in the person's words."""
        held = held_outside_jobs(match_form(text))
        for said, goal in self._move_starts() if held else ():
            for _a, _b, words in held:
                if said in words:
                    return goal, words
        return None

    def _move_starts(self) -> tuple[tuple[str, str], ...]:
        """The start of each move the articles advise on, in the words of its names ("记者" of
        "记者转公关"), with its goal: read from the entries once (at worst twice, by two
        threads)."""
        starts = getattr(self, "_starts_of_moves", None)
        if starts is None:
            found = []
            for entry in self.kb.entries.values():
                if entry.kind != "transition" or entry.story or not entry.to_id:
                    continue
                for alias in entry.aliases.all():
                    said = MOVE_NAME_TURN.split(match_form(alias), maxsplit=1)[0].strip()
                    if said := said.removeprefix("from "):
                        found.append((said, entry.to_id))
            starts = self._starts_of_moves = tuple(found)
        return starts

    def _skilled(self, text: str) -> tuple[str, list] | None:
        """The job whose skills a self-description names, when the reading is sure enough and
        names a job, not a whole department ("marketing" only says where to look). What the
        person dislikes or is bad at is left out first."""
        reading = self.reading(selfdesc.without_dislikes(text))
        if reading is None or not reading.main_work or reading.confidence < FIT_BY_SKILLS:
            return None
        job = reading.job.id
        other = reading.runner_up
        if other is not None and all(k.id in other.core for k in reading.main_work):
            # "I run our WeChat official account": the skill is both jobs' own; unless the
            # person's words name one of the two's field ("haggling… media rates": media)
            said = set(re.findall(r"[a-z]{4,}", fold(text)))
            fields = [j for j in (job, other.id) if said & self._name_words(j)]
            if len(fields) != 1:
                return None
            job = fields[0]
        if job in self.kb.index.generic_jobs and reading.confidence < FIT_BY_SKILLS_GENERIC:
            return None  # "marketing" alone only says where to look
        return job, list(reading.main_work[:3])

    def _name_words(self, job: str) -> set[str]:
        """The English words a job's names are made of, but those every job's names share."""
        if job not in self._job_words:
            words = {
                w
                for alias in self.kb.entries[job].aliases.by_lang.get("en", ())
                for w in re.findall(r"[a-z]{4,}", alias.lower())
            }
            self._job_words[job] = words - _COMMON_NAME_WORDS
        return self._job_words[job]

    def fit_for(
        self, card: Answer, job: str, question: str, lang: Lang, reading: Answer | None = None
    ) -> Answer:
        """ "我社牛，特别能聊，适合做BD吗": the named job's card on what it takes, asked as
        whether it suits the person, with the quiz's reading of what they said beside it.
        Whether it suits them is theirs to weigh; the articles rate nobody."""
        reading = reading or self.fits(question, lang)  # the engine's own, when it read one
        card.kind, card.topic = "fit", job
        card.title = say("fit_job_title", lang, a=self.kb.name(job, lang))
        if reading.topics:
            shares = [line.split(":", 1)[0] for line in reading.bullets[:3]]
            card.bullets.append(say("fit_job_reading", lang, reading=join(shares, lang)))
            # the jobs the reading names are in the answer too
            card.topics += [t for t in reading.topics[:3] if t not in card.topics]
        card.followups.insert(0, Link("menu", ("quiz",), say("fit_quiz", lang)))
        return card

    # -- words -------------------------------------------------------------------------------

    def _skill(self, skill, lang: Lang) -> str:
        return to_script(skill.name.get("zh" if is_zh(lang) else "en", skill.id), lang)
