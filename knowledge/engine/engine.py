"""Questions in, structured answers out. No Telegram here: every front end renders `Answer`.

understand (script, names, intent, aspects, direction, the conversation so far) -> plan (which
entries, as which kind of answer) -> compose (one composer per kind) -> confidence.
"""

from __future__ import annotations

import bisect
import re
import threading
import time
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from ..text.grams import shape_features, spelt_features
from ..text.langs import (
    LANGS,
    MAX_MESSAGE_CHARS,
    Lang,
    clean,
    detect_question,
    fold,
    has_cjk,
    load_converters,
    to_script,
)
from ..text.places import ANY_CITY, EN_CITIES
from ..text.quick import forget_texts, prepare_all, quick
from ..text.stopwords import EN_STOP
from .answer import Answer, Link
from .careers.jd import TITLE_LABEL, is_job_description, quoted_job_ad
from .careers.selfdesc import (
    FOR_THEM,
    asks_fit,
    asks_what_fits_me,
    asks_which_job,
    describes_self,
    looks_like_self_description,
)
from .compose import Composer
from .compose.base import either, join, labelled, space
from .entries import Entry
from .kb import KnowledgeBase
from .linker import Linked, Linker, Mention, match_form, other_words
from .phrases import CATALOG, say
from .understand import conversation as talk
from .understand import direction, guessed, options
from .understand import kinds as taught
from .understand.asked import (
    asked_sentences,
    checks_a_claim,
    clause_asks,
    points_back_at_a_kind,
    said_known,
    without_known,
)
from .understand.aspects import (
    ALWAYS_GAPS,
    NAMED_EMPLOYER,
    asked_apart,
    asking_clauses,
    aspect_end,
    aspect_start,
    aspect_words,
    aspects_cache,
    aspects_in_order,
    aspects_of,
    employer_kind,
    felt_stuck,
    seeks_work,
    tells_a_decline,
)
from .understand.conversation import Conversation
from .understand.direction import (
    asks_route,
    has_self_description,
    own_job_phrase,
    own_job_words,
    tells_their_days,
)
from .understand.everyday import Everyday
from .understand.ideas import ANY_IDEA, IDEAS_IN_WORDS, THEY_DIFFER, THEY_DIFFER_IDEA
from .understand.intents import (
    DONE_BY_WHICH,
    WHAT_JOB_IS_IT,
    WHOSE_PROBLEM,
    Intent,
    asks_meaning,
    asks_what_a_thing_is,
    asks_what_job_does,
    asks_what_this_is,
    asks_why,
    does_both,
    intent_of,
    splits_work,
    strong_who,
)
from .understand.moving import (
    MOVE_NAME_TURN,
    asks_if_realistic,
    asks_the_move,
    brings_over,
    from_to,
    goal_said_before,
    into_an_acronym,
    more_or_less,
    move_verb_before,
    over_there,
    speaks_of_moving,
    weighs_a_move,
    weighs_the_move_again,
    wishes,
    without_the_move_weighed,
)
from .understand.outside import (
    as_said,
    held_job_saying,
    held_outside_jobs,
    other_field,
    outside_jobs,
    said_as_held,
)
from .understand.parts import asks, clauses, refers_back, sentences
from .understand.plan import (
    ARROW_MOVE,
    EITHER_OR,
    Plan,
    Planner,
    enumerated,
    said_as_a_pair,
    workplace,
)
from .understand.sides import unknown_side
from .understand.told import (
    COUNTS_THERE,
    DOING_IT,
    DUTIES_NOW,
    GUESSED_MEANING,
    STUDIED_FIELD,
    studied_names,
)
from .understand.words import (
    A_NOT_A,
    DOING_A_JOB_ZH,
    I_ME_EN,
    PART_OF_THE_JOB,
    SOMEONE_EN,
    THESE_WORDS,
    WHERE_TO_BEGIN_ZH,
    WHERE_TO_START_EN,
)

# Below this an answer is not given as fact: the user sees "not sure" and the closest topics.
THRESHOLD = 0.5
# A move asked in so few characters, from a job of ours, is read surely by its patterns.
_SHORT_MOVE = 40
# Someone the message is about: a self-description, or a relative's ("my son is obsessive
# about fonts…"), not a task told ("用户画像的特征…这是什么岗位做的").
_A_PERSON = re.compile(r"\b(i|i'?m|i'?ve|my|me)\b|我|本人|咱|(?<![a-z])he\b|she\b|他|她|佢")
# Below the threshold, a reading the learnt kind vouches for is answered from this confidence
# (benchmarks/kinds_bench.py: on sets the kinds were learnt without, lower mends no more).
VOUCHED_FROM = 0.35
# A full-text hit is trusted only when its bm25 score is high and well ahead of the next one.
SEARCH_MIN = 9.0
SEARCH_MARGIN = 1.6
DESCRIBED_MARGIN = 1.8
# A question this short that points back ("那做這個的職位叫什麼") names the thing before; it
# describes nothing for the full text to find.
POINTING_BACK_MAX = 24
# An idea told in a sentence spans more than this many characters (a name of one, fewer).
IDEA_TOLD_MIN = 14


def _asked_after_the_ad(text: str) -> str:
    """What is asked after a job ad's list: its last line ("…\n3. 对接达人\n这个岗位以后能往哪
    发展"), or the last clause after its last item when typed in one line."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) > 1:
        return lines[-1]
    tail = _AN_ITEM.split(text)[-1]
    return re.split(r"[\s。！!]+", tail.strip())[-1] if has_cjk(tail) else tail


_AN_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}\s*[.、)）]|[-•·・●▪*])\s*")
# Nothing asked but to hear about a thing: "想了解一下X", "tell me about X"
_TELL_ME_ABOUT = re.compile(
    r"(我)?(想|要)?(了解|知道|认识)(一下)?|(介绍|说说|讲讲|聊聊|科普)(一下)?"
    r"|(tell me|talk to me|teach me) (about|more about)"
    r"|(i want to |want to )?(know|learn) (about|more about)"
    r"|what about|info on"
)
# A word said as a guess right after a question ("…measured? sales?", "…看什么？销量？")
_GUESSED_AFTER = re.compile(r"[?？]\s*([^?？]{1,24}?)\s*[?？]\s*$")
_THE_TEAM_MEANT = re.compile(
    r"\b(dept|department|team|job|role|position|people)\b|部门|团队|岗位|职位|那个部|那个组"
)
_NEXT_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}|[a-z][a-z0-9]*( [a-z][a-z0-9]*)?")
# Those who hire, named as who looks at a candidate: no job of their own asked about.
_HIRERS = re.compile(
    r"(the )?(recruiters?|hiring managers?|hr|interviewers?|employers?|headhunters?|猎头|面试官)"
)
# Between two words held up against each other: "企劃 the same as 策劃", "ROI跟ROAS".
_HELD_AGAINST = re.compile(
    r"\s*((is|are) )?(the same( thing)? as|same as|vs\.?|versus|跟|和|与|同)\s*"
)
# Aspects of the job a pasted ad describes that a question after the ad may ask.
_OF_AN_ADS_JOB = frozenset(
    {"leads_to", "skills", "pay", "prospects", "workload", "measured", "get_in", "better", "market"}
)
# A task phrase found this close to one of a job's tasks tells that job's work.
TASK_TOLD = 0.8
# A message longer than this (a pasted page; the sets' longest question is 699) is read once:
# the learnt kind's second reading would double what the longest input costs.
SECOND_OPINION_MAX = 1500
# A saying's meaning asked: the idea that wins must hold much of the question's words.
SAYING_MIN = 12.0
# "Who does X" in other words: only jobs compete, so a lower bar is safe.
WHO_SEARCH_MIN = 6.0
WHO_SEARCH_MARGIN = 1.5
# The job-ad reader's share of the top two, for a who-question read by the skills it names.
WHO_SKILLS_SURE = 0.54
# How sure a job ad's job learnt from labelled ads is said to be, at least ("probably X").
JOB_AD_SURE = 0.6
# A skill named alone is answered by the reader's pick when at most this many jobs hold it at
# their core (competitor analysis: three); else the question's words choose among them.
WHO_ONE_SKILL_JOBS = 3
# Below this a full-text hit is too loose even to suggest: one shared word scores 4-5
# ("should I join ByteDance or Alibaba" offered 网盟, whose text names Alibaba).
SUGGEST_MIN = 6.0
JOBS = ("department", "role")
# A follow-up answered from the conversation: as sure as the last answer's subject allows,
# unless the question is full of words the knowledge base never uses.
FOLLOW_UP_CONFIDENCE = 0.8
# "Who does the brand department report to": with a job named, these ask about the job.
ASKED_OF_A_JOB = {"sits", "measured", "pay", "prospects", "market", "leads_to", "workload"}
SHAPE_CHARS = 240
# Asked of a job only: a term named with them stands for the job it names.
JOB_ONLY_ASPECTS = {"pay", "measured", "sits", "leads_to", "get_in", "workload"}
# Asked of an idea that names a job (internet operations), asked of that job (its market too:
# "深圳做市场的岗位多不多").
_CONCEPT_AS_JOB = JOB_ONLY_ASPECTS | {"skills", "prospects", "market", "company", "better"}
# A first line this short that asks nothing heads the question ("media buyer skills - …").
HEADER_CHARS = 30
# The sentences that ask name nothing and hold this many characters' worth of words the
# knowledge base never uses: they ask about something else ("北京租房哪个区通勤方便").
ELSEWHERE_FOREIGN = 8
# A question this short after sentences that told something asks about what they told.
BRIEF_CHARS = 16
BRIEF_CJK = 6  # ("可行吗", "要补什么"; not "想问下周末杭州哪里适合爬山")
# A quoted job ad is answered as its job at this share of the reading or above (the card says
# when another job is close: "看起来最像社群运营的招聘。也可能是用户运营。").
QUOTED_AD_MIN = 0.5
# Words we do not know, in an English question naming nothing of ours and pointing at nothing
# before it, that make it a question about something else ("what's the weather in beijing":
# 7.0; "which one would suit an introvert better" is under it). A Chinese one asks about
# something else when it names a job we do not cover ("HR是做什么的"): Chinese follow-ups are
# short and read foreign words in pairs ("兩個差在哪").
NEW_SUBJECT_FOREIGN = 4.0
# A follow-up that names nothing and was not understood is asked of the chat's subject while
# its words foreign to the knowledge base weigh less than this (more when it points back at the
# talk or goes on from it): chatter is below, another matter is above (session 43: over the
# registered sets, the chatter answered "unknown" weighed 0-14, the other matters 8-28; "how do
# i cook rice" weighs 8).
UNSURE_FOREIGN = 8.0
UNSURE_FOREIGN_POINTING = 16.0
# "whose problem is this, marketing or sales?": the teams offered are guesses, the problem
# told before them is what is asked
_WHOSE_PROBLEM_EN = re.compile(r"\bwhose (problem|responsibility|headache|fault|call)\b")
# A short English word in quotes: "works in 'growth'" (not the apostrophe of "she's")
_A_QUOTED_WORD = re.compile(
    r"(?<![A-Za-z])['\"‘“](?P<word>[A-Za-z][A-Za-z -]{1,24})['\"’”](?![A-Za-z])"
)
# An acronym asked about as the subject: "is DAU a marketing thing", "what's NPS", "NPS是什么".
_AN_ACRONYM_ASKED = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|and|also|but)\W+)?(?:what(?:'s| is| are| does)|is|are|does|do)"
    # (the acronym alone, not the first word of a longer name: "what does a UX designer do")
    r" (?:an? |the )?([A-Z][A-Z0-9]{1,5})s?(?=\s*(?:[?？.!,，:：/]|$)|\s+(?:an?|the|is|are|in|for"
    r"|stands?|means?|part|just|really|even|actually|exactly|thing|metric)\b)"
    r"|(?<![A-Za-z])([A-Z][A-Z0-9]{1,5})s?\s*(?:是什么|是什麼|是啥|是指|啥意思|什么意思|什麼意思"
    r"|属于|屬於|系咩|係咩|meaning\b|means\b|stands? for\b)"
    r"|^\W*([A-Z][A-Z0-9]{1,5})s?\s*[?？]+\s*$"
)
# Acronyms of everyday life and work: none of them is a subject we lack (chat, "LOL", "TBH",
# is in EN_STOP).
_EVERYDAY_ACRONYMS = frozenset(
    {"AI", "HR", "CEO", "CFO", "CTO", "COO", "VP", "PM", "CV", "JD", "MBA", "PHD", "US", "UK"}
    | {"USA", "TV", "APP", "PPT", "QQ", "IG", "FB", "ASAP", "FYI", "HK", "TW", "PS", "DM", "ID"}
)
# ...and its meaning asked after it, pointing back at it: "what does that mean", "是什么意思"
_THAT_WORD_ASKED = re.compile(
    r"^\W*(\w+\W+){0,8}?(what (does|do|did) (that|this|it|they) (even )?mean"
    r"|what (is|s) (that|this|it)|what (does|do) (that|this|it) stand for"
    r"|(这|那|它)?是(什么|啥)意思|什么意思|啥意思|指(的是)?(什么|啥))"
)
# "move to the brand side, doing brand management": the job said as what is done there
_DOING_AS_BEFORE = re.compile(r"(\bdoing|\bas an?|\bspecifically|做|当|专做)\s*$")
# "marketing or ops": the "or" inside a name the knowledge base gives a pair
_OR_IN_A_NAME = re.compile(r" (or) ")
# "is that just / basically / the same as …": one thing taken for another
_IS_IT_JUST = (
    r"(is|isn'?t|isn t|isnt) (that|it|this) "
    r"(just|basically|like|really|simply|the same as|similar to|kind of)"
)
# "ASO - is that basically SEO…": a word, then whether it is another
_A_WORD_THEN_THE_SAME = re.compile(rf"^\W*(?P<word>\S+( \S+){{0,2}}) {_IS_IT_JUST}\b")
# "ASO是什么？就是App版的SEO吗": the same, asked in Chinese
# "就是App版的SEO吗", "所以只是小号的KOL吧": said to be merely another (matching form)
_JUST_THAT_ZH = r"(所以|那)?(就是|只是|是不是就是|不就是)[^，,。？?]{1,15}(吗|嘛|么|吧)"
_ZH_WORD_THEN_THE_SAME = re.compile(
    rf"^\W*(?P<word>[^，,。？?\s]{{1,12}}?)(是什么|是啥|什么意思|啥意思)\W*{_JUST_THAT_ZH}"
)
# Whose job the work told is, asked: the teams named after it are guesses
_WHOSE_OR_WHO_HANDLES = re.compile(
    r"\bwhose\b|\bwho (should|would|handles?|owns?|deals?|is responsible|takes care)\b"
)
# A pair named as where a job is looked for: after "which/what…", or said "in" it
_WHICH_BEFORE = re.compile(
    r"\b(which|what|whats)\b[^.?!]{0,45}$|(什么|哪个|哪种|啥)[^，,。？?]{0,8}$"
    r"|\bin\s+$"  # "a real thing in marketing and ops careers"
)
_A_PAIR = re.compile(r"\b(or|and|vs)\b|或|和|与")
_A_JOB_AFTER = re.compile(r"\s*(jobs?|roles?|positions?|careers?|openings?|岗位|工作|职位)\b")
# "市场部做策划", "品牌部当设计": work done in a department, named after it
_WORK_IN_THE_DEPARTMENT = re.compile(
    r"\s*(去|里|里面)?\s*(做|当|干|搞)\s*(?P<work>[\u4e00-\u9fff]{2,4})"
)
# "is that just SEO for apps", "so it's basically a KOL?": the word before taken for another
_JUST_ANOTHER_WORD = re.compile(
    rf"^\s*(so |ok |okay )?{_IS_IT_JUST} "
    # "ASO?" then "so basically SEO but for app stores?"
    r"|^\s*(so |ok |okay )?(basically|essentially|kinda|kind of) "
    r"|^\s*(so )?(it|that)( ?'?s| is) (just|basically|like) (an? )?"
)
# "PR is just writing press releases right?", "PR是不是就是写新闻稿": a job's work doubted as
# only that.
_JUST_DOING = re.compile(
    r"\b(is|are|isn'?t|aren'?t) ([\w ]{1,16} )?just (about |doing |writing |sending |posting "
    r"|making |running |answering |chatting )?[\w ]{2,30}"
    r"|(是不是|是否|难道|其实)?(就是|只是|不就是|只会|只管)(在|天天|每天|整天|都在)?(写|发|做|搞|跑|陪|喝|回|管|拍|剪|聊)"
)
# A word of one's work asked of as a career ("…spends her days on 投流" then "Is that a proper
# career?"): the job that does it.
_A_CAREER = re.compile(
    r"\b(career|profession|job|line of work)\b"
    r"|职业|这行|那行|呢行|这份工|那份工|呢份工|这个工作|那个工作"
)
# "thinking content ops… what should I do to get there": there is the goal just named.
_GET_THERE = re.compile(r"\b(get|getting|go|going|move|moving|make it|end up) there\b")
# "vs the new media dept, which is easier for a grad?": weighed against the last subject.
_OPENS_WEIGHING = re.compile(r"\s*(vs\.?|versus|compared (to|with)|as opposed to)\s")
# An English name in a Chinese question counts as one word of it.
_LATIN_WORD = re.compile(r"[a-z][a-z0-9&'.-]*")
# "…on the marketing side", "在市场那边": where a thing is, not a thing weighed.
_SIDE_BEFORE = re.compile(r"(\b(on|in|at|from) (the )?|在|属于)$")
_SIDE_AFTER = re.compile(r"\s*(side|end|team|department|dept)\b|那边|这边|那一侧|侧")
# Two places offered as a choice: "marketing or ops", "市场还是算运营", "marketing定operations".
_PLACE_CHOICE = re.compile(
    r"\s*(部|部门|dept|department|team|side)?\s*(还是|或者|或是|定係|定系|定|\bor\b)\s*"
    r"(算|归|属于|放|放在|在|in|under|part of|the)?\s*"
)
# A who-question's "who" and verb, right before the work it asks about (not a job ad's "run
# the brand's accounts").
_HANDLES_BEFORE = re.compile(
    r"\bwho (usually |normally |actually )?(handles?|does|runs?|owns?|manages?|(is|are) (in )?"
    r"charge of|takes? care of|looks? after)\s+(the\s+)?$|谁(来)?(负责|管|做)\s*$"
)
# Aspects of a job the articles leave open: asked last in a message, they are its question.
_LEFT_OPEN = ("workload", "pay", "prospects", "market", "company")
# Two jobs likened, one to the other ("就等于", "相当于", "像", "kind of like"); not said to be
# the same ("is community ops the same as user ops": both are asked, side by side).
_LIKENED = re.compile(
    r"相当于|等于|等同于?|就像|很像|好像|像|对应"
    r"|\b((kind|sort) of like|(just|basically|much) like|equivalent( of| to)?|counterpart)\b"
)
# "X是不是就是Y", "X係咪即係Y", "is X the same as Y": whether one thing is another.
_ONE_IS_THE_OTHER = re.compile(
    r"(就是|即系|即是|等于)\s*[\w\u4e00-\u9fff]"
    r"|\b(the )?same (thing )?as\b|\bis (it|that|this) just\b"
)
# A long message's questions read alone are taken when that reading is at least this sure.
ASKED_ALONE_SURE = 0.6
# Aspects asked beside a quoted ad that the articles leave open for most jobs: said first.
_ASKED_OF_AN_AD = ("pay", "prospects", "better", "company", "market")
QUOTED_AD_SURE = 0.6  # the job-ad reader's confidence above which its pick stands
QUOTED_AD_MARGIN = 1.2  # the full-text winner's lead over the second, to be taken instead
QUOTED_AD_FAR = 2.0  # its lead to be taken over a reading that is sure
TITLE_BEFORE_GAP = 60  # characters at most between an ad's title and its quoted duties
# Aspects that ask how a job compares with another, not what it is.
WEIGHING = ("pay", "better", "prospects", "market", "company")
DUTIES_SURE = 0.5  # the job-ad reader's confidence above which listed duties name the job held
DUTIES_ROLE = 0.8  # a role's share of its department's score to be taken as one's own job


# Asked of a move the learnt kind reads, these are the move's own: its steps.
_OF_THE_MOVE = frozenset({"get_in", "skills", "leads_to"})


class Engine:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.linker = Linker(kb)
        self.planner = Planner(kb)
        self.everyday = Everyday(self.linker)
        self.compose = Composer(kb)
        # Names in the matching form, by entry (a dict: a lost race writes the same value).
        self._name_forms_made: dict[str, frozenset[str]] = {}
        # The last question's names and shape, per thread: read again as another kind, a
        # question is not linked twice (`_read`)
        self._last_read = threading.local()
        # The article's example companies, read from their names on first use
        self._example_companies: dict[str, tuple[str, re.Pattern[str]]] | None = None

    # -- the one entry point ---------------------------------------------------------------

    def answer(
        self,
        question: str,
        lang: Lang | None = None,
        hint: Lang | None = None,
        conversation: Conversation | None = None,
    ) -> Answer:
        """Answer a question; `lang` forces the reply language, `hint` breaks script ties,
        `conversation` is what the chat was about (the answer carries the next one)."""
        asked = question
        question = question[:MAX_MESSAGE_CHARS]  # a page pasted: its start (clean() keeps less)
        if (
            (call := _CALL_OUT.match(question))
            and len(question) - call.end() >= 4
            # (not a call that asks a move, "有没有做销售转过来做运营的？"; nor one whose field
            # is what follows asks about: "any PR people here? what do you do all day")
            and intent_of(match_form(call.group())) != "transition"
            and self._linked(question[call.end() :]).mentions
        ):
            # "有冇巴打做開 marketing？想問品牌部平時做咩": the call for someone in a field is
            # no question about it; what follows, naming its own subject, is asked
            question = question[call.end() :]
        # (read once: a long message's choice of reading and the second opinion both hear it)
        guess = self.kb.kind_weights().guess(question)
        answer = self._answer(question, lang, hint, conversation, guess)
        answered = asked  # the question the next doubt would have answered again
        doubting = bool(
            conversation
            and conversation.fresh()
            and conversation.asked
            and talk.doubts(fold(question))
        )
        asked_again = doubting  # (answered as the question before: no learnt reading over it)
        if doubting:
            answer, answered = self._doubted(question, lang, hint, conversation, answer)  # type: ignore[arg-type]
        elif (
            conversation
            and conversation.fresh()
            and conversation.asked
            and talk.asks_more(fold(question))
        ):
            answer, answered = self._asked_more(question, lang, hint, conversation, answer)
            asked_again = answer.settled
        elif conversation and conversation.fresh() and conversation.kind == "fit":
            answer = self._fit_again(question, answer)
        if guess and (
            not answer.settled
            or (
                taught.SETTLED_OVERRULED is not None
                and guess.lead >= taught.SETTLED_OVERRULED
                and guess.kind in taught.SETTLED_BY
                and not (conversation and conversation.fresh())
            )
        ):
            # (not for "and KOL?" after a comparison, whose kind is the conversation's, nor
            # "用户运营考核看什么？能转产品运营吗", whose first question is answered)
            answer = self._second_opinion(question, hint, conversation, answer, guess)
            if not (
                conversation
                and conversation.fresh()
                and answer.topic in conversation.subjects
                and _WORK_OF_THE_ONES_TALKED_OF.search(fold(question))
            ):
                # (not "is monitoring what people say online also their job?" after PR: the
                # work of the ones talked of, which the words alone, learnt, do not know)
                answer = self._the_job_learnt(question, answer, guess)
        if not asked_again:
            answer = self._who_among_offered(question, hint, conversation, answer, guess)
            answer = self._the_job_guessed_at(question, answer)
        if not asked_again:
            # (a doubt answered by the question doubted: this message's words are no reading)
            answer = self._the_idea_learnt(question, answer, guess)
        answer = self._the_org_learnt(question, conversation, answer, guess)
        answer = self._the_word_pointed_at(question, answer)
        answer = self._start_from_work(question, answer)
        if not asked_again:
            answer = self._the_aspect_learnt(question, conversation, answer)
            answer = self._who_of_the_next_task(question, lang, hint, conversation, answer)
            answer = self._said_of_the_subject(question, lang, hint, conversation, answer)
        answer.context = self._next_context(answer, conversation)
        answer.question = asked
        if answer.context is not None and answer.context is not conversation:
            # (a doubted answer keeps the question it answers again, for a second doubt)
            answer.context = replace(answer.context, asked=answered)
        return answer

    def _jobs_named(self, question: str, tasks: bool = True) -> set[str]:
        """The jobs of ours a question names, by any of their names (and, with `tasks`, by a
        task of theirs)."""
        return {
            m.entry_id
            for m in self._linked(question).mentions
            if self.kb.entries[m.entry_id].is_job and (tasks or m.via != "task")
        }

    def _no_one_moving(self, question: str) -> bool:
        """Nothing tells of a move: no move word, no person (one's own or a relative's), no
        job held outside ours, no situation or goal, and at most one job of ours named."""
        folded = fold(question)
        return not (
            speaks_of_moving(folded)
            or intent_of(folded) == "transition"
            or _A_PERSON.search(folded)
            or outside_jobs(folded)
            or _SITUATION.search(folded)
            or len(self._jobs_named(question)) > 1
        )

    def _fit_again(self, question: str, answer: Answer) -> Answer:
        """ "那如果我其實比較喜歡寫長文、規劃專題呢", "what if I'd rather write longer pieces":
        after what fits, more said of what the person likes asks what fits again, unless it
        names a job to ask about."""
        if answer.kind == "fit" or answer.settled or not describes_self(question):
            return answer
        if self._jobs_named(question, tasks=False):
            return answer  # (its work told, a task, is what is liked)
        again = self.compose.fits(question, answer.lang)  # type: ignore[arg-type]
        if not again.topics:
            return answer
        again.question = answer.question
        return again

    def _doubted(
        self,
        question: str,
        lang: Lang | None,
        hint: Lang | None,
        conversation: Conversation,
        answer: Answer,
    ) -> tuple[Answer, str]:
        """ "really? everything I read says ops pays more", "唔係啩，我哋公司運營仲要覆客": the last
        answer doubted, for what the person has seen. The question doubted is answered again,
        said to be what the articles hold (companies differ), unless this message asks another
        aspect of the same subject ("你确定？那它归谁管"). Returns the answer and the question
        it answers (the doubted one, kept for a second doubt)."""
        if (
            answer.kind != "unknown"
            and answer.aspect not in (None, "does", conversation.aspect)
            and asks(clean(question))
        ):
            # "…So isn't new media part of brand?": an aspect of its own, asked (one only
            # claimed is the reason for the doubt: "nah that's wrong. marketing is measured on
            # data now too")
            return answer, question
        if (
            answer.kind == "role"
            and answer.aspect not in (None, "does", "sits")
            # (asked whether the bot is sure of it, not a claim of one's own company: "不对吧
            # 我们公司新媒体明明是品牌部下面的")
            and talk.asks_if_sure(fold(question))
            and answer.topic not in conversation.subjects
            and answer.topic not in (conversation.start, None)
            and self._named_as_such(question, answer.topic)
        ):
            # "你確定用戶營運是看數據的？我以為是客服" after a move into operations: the doubt is
            # of another job, named, and of its aspect; that is what is asked
            return answer, question
        return self._asked_again(question, lang, hint, conversation, answer, "doubted")

    def _asked_more(
        self,
        question: str,
        lang: Lang | None,
        hint: Lang | None,
        conversation: Conversation,
        answer: Answer,
    ) -> tuple[Answer, str]:
        """ "tell me more", "可以舉個例子嗎": the question before answered again, said to be all
        the articles hold (an example they do not give is not made up), with the sources and
        buttons to read further. Returns the answer and the question it answers."""
        # (in the script of this message: "give me an example" after a question in Chinese)
        said = lang or detect_question(question, hint or conversation.lang)  # type: ignore[arg-type]
        return self._asked_again(question, said, hint, conversation, answer, "asked_more")

    def _asked_again(
        self,
        question: str,
        lang: Lang | None,
        hint: Lang | None,
        conversation: Conversation,
        answer: Answer,
        said_first: str,
    ) -> tuple[Answer, str]:
        """The question before answered again for this message, led by the phrase `said_first`
        (or `answer` kept, when the question before is not understood either); with the
        question it answers, kept for the next doubt."""
        again = self._answer(conversation.asked, lang, hint or conversation.lang, conversation)  # type: ignore[arg-type]
        if again.kind == "unknown" or not again.topics:
            return answer, question
        if (
            again.kind == "role"
            and again.aspect in (None, "does")
            and conversation.aspect not in (None, "does")
            and again.topic == (conversation.subjects or [None])[0]
        ):
            # the aspect the question was answered for, which a reading learnt from labelled
            # questions may have found ("新媒体运营是属于运营部的吧" is where it sits)
            again = self.compose.focus(again, conversation.aspect, again.lang)  # type: ignore[arg-type]
        again.lead = say(said_first, again.lang) + space(again.lang) + again.lead
        again.question, again.settled = question, True
        return again, conversation.asked

    def _who_among_offered(
        self,
        question: str,
        hint: Lang | None,
        conversation: Conversation | None,
        answer: Answer,
        guess: taught.KindGuess | None,
    ) -> Answer:
        """ "…our retention curve is a cliff. whose problem is that, ops or marketing or
        product?", "这事找市场部还是销售部": the problem told, answered as who handles it; the
        teams offered are the person's guesses (`understand.options`)."""
        if answer.kind == "jd" or (guess and guess.kind == "jd" and guess.lead >= taught.AD_SURE):
            return answer  # (a job ad, then "is this ops or marketing?", asks which job it is)
        if not options.may_offer(fold(question)):
            return answer
        linked = self._linked(question)
        found = options.offered(
            linked.q,
            self._pairs_apart(linked),
            # (a word standing for a team offered: "marketing定BD跟")
            lambda eid: (
                self.planner.kind(eid) in _TEAM_KINDS or bool(self.kb.entries[eid].stands_for)
            ),
        )
        if found is None or is_job_description(question):
            return answer
        task, teams = found
        if answer.kind == "who" and not _WHOSE_PROBLEM_EN.search(fold(question)):
            return answer  # (read whole, or by what was learnt, it already asks who)
        lang: Lang = answer.lang  # type: ignore[assignment]
        asked = task + (" 这是谁的活" if has_cjk(task) else " who handles this")
        # (answered whole, learnt opinions included; the task alone offers no teams again)
        who = self.answer(asked, lang, hint, conversation)
        if who.kind != "who" or not who.topics:
            return answer
        if answer.kind == "who" and answer.topic in teams and who.topic not in teams:
            # "Dealers aren't pushing our new model in their stores… marketing or sales?": the
            # whole read names a team offered, the task alone one not offered (the dealers'
            # stores are no store job of ours): the reading that meets the person's guess
            return answer
        who.question, who.settled = answer.question, True
        return who

    def _pairs_apart(self, linked: Linked) -> list[Mention]:
        """ "…whose job is it to handle this, marketing or ops??": a pair the knowledge base
        names as one idea (marketing vs operations) read as the two teams it weighs."""
        if not _WHOSE_OR_WHO_HANDLES.search(linked.q):
            return linked.mentions  # ("which one is more about data, marketing or ops?")
        out: list[Mention] = []
        for m in linked.mentions:
            split = None
            if self.kb.entries[m.entry_id].kind == "concept":
                split = _OR_IN_A_NAME.search(linked.q, m.start, m.end)
            out += self._sides_of_a_pair(linked.q, m, split) or [m]
        return out

    def _sides_of_a_pair(self, q: str, m: Mention, cut: re.Match[str] | None) -> list[Mention]:
        """The two sides of a comparison named as one ("marketing or ops", 市场vs运营), cut at
        `cut`, when each side names one side the entry compares; else none."""
        sides = self.kb.entries[m.entry_id].compares
        if cut is None or len(sides) != 2:
            return []
        out = []
        for a, b in ((m.start, cut.start()), (cut.end(), m.end)):
            named = {n.entry_id for n in self.linker.link_full(q[a:b]).mentions}
            if len(named) == 1 and (eid := named.pop()) in sides:
                out.append(Mention(eid, a, b, m.score, m.via, q[a:b]))
        return out if len(out) == 2 else []

    def _the_job_guessed_at(self, question: str, answer: Answer) -> Answer:
        """ "…got an offer as 用户运营… Is it a sales job? What will she actually do?": the job
        named is the subject, the one guessed only the person's guess (`understand.guessed`)."""
        if answer.kind not in ("role", "compare") or not answer.topic:
            return answer
        if not guessed.may_guess(question.lower()):
            return answer
        linked = self._linked(question)
        found = guessed.guessed(linked.q, linked.mentions, lambda eid: self.kb.entries[eid].is_job)
        if found is None or found[1] not in answer.topics[:2]:
            return answer
        return self._about_instead(answer, found[0], keep_aspect=True)

    def _about_instead(self, answer: Answer, eid: str, keep_aspect: bool = False) -> Answer:
        """The card of `eid` in place of `answer`, for the same question (and aspect), as sure."""
        lang: Lang = answer.lang  # type: ignore[assignment]
        told = self.compose.about(answer.question, lang, eid)
        if keep_aspect and answer.aspect and answer.aspect != "does":
            told = self.compose.focus(told, answer.aspect, lang)
        told.confidence, told.question = max(THRESHOLD, answer.confidence), answer.question
        return told

    def _second_opinion(
        self,
        question: str,
        hint: Lang | None,
        conversation: Conversation | None,
        answer: Answer,
        guess: taught.KindGuess,
    ) -> Answer:
        """The kind learnt from labelled questions, when it is sure and more particular than
        the patterns' reading (understand/kinds.py says when): the question read again as
        that kind, kept if that reading answers it so."""
        if len(question) > SECOND_OPINION_MAX:
            return answer  # (a pasted page: read once, as any input must stay under 10 ms)
        if answer.kind == "term" and len(answer.topics) >= 2 and self._words_alone(question):
            return answer  # words listed alone, "留存 转化": those words (`_several_words`)
        # "new grad, no experience whatsoever. what's the easiest door in?": asks what fits,
        # though nothing said of the person names a job
        newcomer = guess.kind == "fit" and direction.newcomer(fold(question))
        # (asked who, as the message opens: not "a data nerd who hates writing copy")
        asked_who = bool(_ASKED_WHO.match(fold(question)))
        # (a short move from a job of ours, "用户运营怎么进品牌部": not a story, whose start the
        # patterns may have read from a job merely mentioned)
        sure_reading = answer.kind == "transition" and (
            (bool(answer.from_id) and len(question) <= _SHORT_MOVE)
            # (nor a move from a job outside ours the person says is theirs: "现在在一家小公司
            # 做行政，想转行做运营"; a card on the goal would drop where they start)
            or bool(answer.from_words and held_outside_jobs(match_form(question)))
        )
        if not guess.outweighs(answer.kind, newcomer, asked_who, sure_reading):
            return answer
        if (
            guess.kind == "who"
            and answer.kind == "term"
            and asks_what_this_is(fold(question))
            and self._named_as_such(question, answer.topic)
        ):
            # "老板让我负责交易流水，这是什么": the word one is handed is asked, not who does it
            return answer
        if guess.kind == "who" and answer.kind == "org" and splits_work(fold(question)):
            # "at a tiny startup who does ops and who does promotion?": how that kind of company
            # splits the work is its card
            return answer
        if guess.kind == "fit" and _A_THING_DOING_WELL.search(fold(question)):
            return answer  # "KOL的效果还不错，适合做什么推广": a thing doing well, no person
        if guess.kind == "fit" and answer.kind == "compare" and _DIFFERENCE.search(fold(question)):
            # "他问我选哪个…这两个有啥区别？": the difference of the two named is asked
            return answer
        if answer.gaps and not guess.certain():
            return answer  # "想做PR，有推薦的書嗎": what is asked is understood, and not covered
        if (
            guess.kind == "jd"
            and answer.kind == "compare"
            and len(question) <= _SHORT_WEIGHING
            and _TWO_WEIGHED.search(fold(question))
            and not _AD_MARKS.search(question)
        ):
            # "网络推广专员vs运营助理": two titles weighed, in a line; no ad (one quoted with its
            # question, "…这是销售岗还是市场岗", is longer)
            return answer
        if (
            guess.kind == "transition"
            and answer.aspect == "get_in"
            and not answer.from_words
            # (unless the person tells a job of ours they do: "我做SEM兩年…想轉去做內容營運，
            # 要準備什麼？" asks the way in from there)
            and not (
                has_self_description(fold(question)) and self._jobs_named(question) - {answer.topic}
            )
        ):
            return answer  # "how do I become a PR person": the way in, no start told
        if guess.kind == "transition" and answer.kind == "role" and self._no_one_moving(question):
            return answer  # "公关需要跟媒体打好关系吗": one job asked about, no one moving
        lang: Lang = answer.lang  # type: ignore[assignment]
        again: Answer | None
        if guess.kind == "fit":
            again = self.compose.fits(
                question,
                lang,
                way_in=newcomer,
                # (not over a move, "本人…做行政，想转行做运营", nor a task asked who does it,
                # "用户画像的特征…这是什么岗位做的？", by the learnt job alone)
                learnt_alone=answer.kind != "transition"
                and (answer.kind != "who" or bool(_A_PERSON.search(fold(question)))),
            )
        elif guess.kind == "jd":
            again = self.compose.job_ad(question, lang)
        else:
            again = self._read(question, lang, hint, conversation, intent=guess.kind)  # type: ignore[arg-type]
            if guess.kind == "transition":
                told = conversation.start if conversation and conversation.fresh() else None
                again = self._the_move_sure(question, lang, answer, again, told)
        if again is None or not guess.agrees(again.kind):
            return answer
        # (a move or a comparison says more than the invitation to say more, unless the person
        # is new to work: "本人…做行政，想转行做运营，不知道从哪种运营入手" keeps the move)
        # (nor when it points at two things not named: "兩個哪個比較適合外向的人")
        told = (
            # (nor a who-question the reading answered: "用户画像的特征…这是什么岗位做的？")
            not (
                answer.kind in ("transition", "compare")
                or (
                    answer.kind == "who"
                    and answer.topics
                    and not _SUITS.search(match_form(question))
                )
            )
            and guess.certain()
            and not _THE_TWO.search(fold(question))
        )
        if not again.topics and not (again.kind == "fit" and (told or newcomer)):
            # (a reading that names nothing, "tell me more", says less; unless the person
            # surely asks what suits them: "大四 市场营销专业 没实习过 秋招不知道投啥岗 求指路")
            return answer
        again.question = answer.question
        return again

    def _the_job_learnt(self, question: str, answer: Answer, guess: taught.KindGuess) -> Answer:
        """A job ad or who does a task, whose job the jobs learnt from labelled job ads and
        who-questions are sure of (understand/kinds.py, JOB_SURE): that job, the one found by
        its names or the job-ad reader offered beside it. A card on a job is read so when the
        learnt kind says the question is a job ad or a who-question."""
        if answer.settled or answer.gaps or answer.kind not in ("jd", "who", *_LEARNT_JOB_OVER):
            return answer
        if answer.kind == "who" and answer.aspect == "sits" and _A_JOB_SAID.search(fold(question)):
            return answer  # "做SEO的岗位一般归哪个部门": where the job named sits, not whose task
        kind = answer.kind
        # "官網內容好幾個月沒更新…應該交給哪個職位？": asked outright whose work a problem is, and
        # nothing else understood; the learnt job answers at a lower lead than it needs to
        # overrule a reading
        # (not a question of another field, declined: "who's the best stock KOL to follow")
        form = match_form(question)
        unanswered_who = kind == "unknown" and strong_who(form) and not other_field(form)
        if kind in _LEARNT_JOB_OVER and not unanswered_who:
            # (a card on a job, or "not sure": "Lots of people sign up and then vanish after a
            # week. Who is supposed to fix that?" names no task the who-reader knows)
            if guess.lead < taught.SURE or guess.kind not in ("jd", "who"):
                return answer
            kind = guess.kind
        elif unanswered_who:
            kind = "who"
        if answer.kind == "who" and self._quoted_by_name(question, answer.topic):
            # 'The English article keeps saying "active operation". What job is that?': the
            # name put in quotes is what is asked about, whatever the words around it suggest
            # (not an ad's title in quotes: "title is 'Marketing Executive': - grow DAU…" is
            # the job its duties say)
            return answer
        if answer.kind == "who" and self._work_said_by_its_name(question, answer.topic):
            # "who handles retail sales at a phone brand": the work asked is the job's own name
            return answer
        found = self.kb.job_weights().best(question)
        if found is None:
            return answer
        job, lead = found
        entry = self.kb.entries.get(job)
        if job in answer.topics[:2] or entry is None or not entry.is_job:
            return answer  # (named already: "哪个团队在管" is the team, then its role)
        sure = (
            taught.JOB_SURE_UNANSWERED
            if unanswered_who
            # (a card on a job named, "新煤體部在公司裡是屬於哪個部門底下的", is overruled only
            # by a learnt job far surer; whether it is named is looked up, a second reading of
            # the names, only where the lead falls between the two bars)
            else taught.CARD_SURE
            if answer.kind == "role"
            or (
                taught.JOB_SURE <= lead < taught.CARD_SURE
                and self._named_as_such(question, answer.topic)
            )
            else taught.JOB_SURE
        )
        if (
            answer.kind == "who"
            and sure <= lead < taught.JOB_SURE * 3 // 2
            and any(
                m.entry_id == answer.topic and m.via == "task" and m.score >= TASK_TOLD
                for m in self._linked(question).mentions
            )
        ):
            # "who handles tmall's ten-billion subsidy style flash events at an app company":
            # the work told names the job the reading found; a learnt job barely over the bar
            # does not replace it
            sure = max(sure, taught.JOB_SURE * 3 // 2)
        if (
            answer.kind == "who"
            and _THE_DOER_OF.search(fold(question))
            and any(
                m.via == "alias"
                and m.entry_id != answer.topic
                and self.planner.as_job(m.entry_id) == answer.topic
                for m in self._linked(question).mentions
            )
        ):
            # "那做ASO的人叫什麼職位": the job of those who do a word named is read, not guessed;
            # only a learnt job as sure as one over a card replaces it
            sure = max(sure, taught.CARD_SURE)
        if lead < sure:
            if answer.kind in ("who", "jd") and lead >= taught.JOB_OFFERED:
                # not sure enough to answer, but the learnt job differs from the one read: one
                # tap away ("谁做竞品分析": product planning, with marketing planning offered)
                link = self.compose.topic_link(job, answer.lang)  # type: ignore[arg-type]
                answer.alternatives = [link, *(a for a in answer.alternatives if a != link)]
            return answer
        lang: Lang = answer.lang  # type: ignore[assignment]
        if kind == "jd":
            learnt = self.compose.job_ad(
                question, lang, other=lambda sure, _: (job, max(sure, JOB_AD_SURE))
            )
        else:
            learnt = self.compose.who(question, lang, [_found_otherwise(job)])
        if learnt is None or learnt.topic != job:
            return answer
        learnt.question = answer.question
        # as sure as the reading it replaces, and at least as the bar an answer must clear
        learnt.confidence = max(learnt.confidence, answer.confidence, THRESHOLD)
        if answer.topic in self.kb.entries and answer.topic not in learnt.topics:
            # the job the names found, one tap away
            link = self.compose.topic_link(answer.topic, lang)
            learnt.alternatives = [link, *(a for a in learnt.alternatives if a != link)]
        return learnt

    def _the_idea_learnt(
        self, question: str, answer: Answer, guess: taught.KindGuess | None
    ) -> Answer:
        """ "为啥有人说市场是轰炸机，运营是敢死队？", "工厂嗰啲operations做采购同物流，同app公司
        嗰啲运营，点解会叫同一个名？": an idea the articles explain, told in other words than
        its names. When the kind learnt from labelled questions is surely an idea and the
        reading found none, the idea whose text shares most words with the question answers
        (the reading's subject one tap away)."""
        if guess is None or guess.kind != "concept" or guess.lead < taught.CONCEPT_SURE:
            return answer
        if answer.settled and answer.kind == "transition":
            # "推广能转运营吗" then "反过来呢": a move read with the conversation (a move read
            # alone may be an idea told as one: "想當行銷主管，需要具備什麼樣的思維？")
            return answer
        if (
            answer.settled
            and answer.kind == "compare"
            and (
                _AND_WITH.match(fold(question))
                # "产品营销是做什么的" then "跟APP上架推广运营有啥区别": one side named as such
                # after 跟, the other the talk's
                or (
                    _WITH_THE_OTHER.match(fold(question)) is not None
                    and [self._named_as_such(question, t) for t in answer.topics[:2]]
                    in ([True, False], [False, True])
                )
            )
        ):
            # "品牌部和公关部有什么区别" then "那跟营销执行专员比呢": the comparison goes on with
            # a side the question names; no idea's full text is a better guess
            return answer
        form = match_form(question)
        short = len(form) <= 20 if has_cjk(form) else len(form.split()) <= 8
        if (
            short
            and answer.kind == "role"
            and _TELL_ME_ABOUT.fullmatch(self._without_the_name(question, answer.topic))
        ):
            # "想了解一下品牌营销经理": a job named whole in a line, nothing asked but the job,
            # is that job, whatever idea the words inside its name lean to
            return answer
        if (
            short
            and answer.kind == "term"
            and asks_meaning(fold(question))
            and self._named_as_such(question, answer.topic)
        ):
            # "渠道营销是什么意思": a word named whole and asked, in a line, what it means is
            # that word, whatever idea the words inside it lean to (营销); a story that tells an
            # idea around a word ("…拉活留存全是我们的事…这叫啥") is another matter
            return answer
        if (
            answer.kind == "role"
            and _KINDS_OF.search(match_form(question))
            and self._named_as_such(question, answer.topic)
        ):
            # "what are the different kinds of ops again": the kinds of a job named are told
            # by that job's own card, whatever idea of kinds the words lean to
            return answer
        # (an aspect of a job read: "高阶的运营人要具备啥" is read as the skills of operations,
        # unless the idea learnt and the kind are both sure of an idea)
        of_a_job = answer.kind == "role" and answer.aspect not in (None, "does")
        if (
            answer.kind in ("concept", "jd", "fit")
            or answer.gaps
            or (of_a_job and guess.lead < taught.TOPIC_OVER_ASPECT)
            or any(self.planner.kind(t) == "concept" for t in answer.topics[:3])
        ):
            return answer
        learnt = self.kb.topic_weights().best(question)
        sure = (
            learnt is not None
            and learnt[1] >= taught.TOPIC_SURE
            and self.planner.kind(learnt[0]) == "concept"
        )
        if of_a_job and not sure:
            return answer
        # (an idea the learnt topics lean to, though not surely, before a full-text guess: "my
        # friend does promotion and makes more than me in operations… why?" is pay)
        leaning = (
            learnt is not None
            and learnt[1] >= taught.TOPIC_SURE // 2
            and self.planner.kind(learnt[0]) == "concept"
        )
        if not (sure or leaning) and self._named_as_such(question, answer.topic):
            # "快消里为什么都说品牌经理是产品的爸妈": a card on what the question names by its
            # own name is no full-text guess's to replace
            return answer
        if sure or leaning:
            eid = learnt[0]  # type: ignore[index]
        elif found := self.kb.search(question, limit=1, kinds=("concept",)):
            eid = found[0][0]
        else:
            return answer
        about = self.kb.entries[eid].related
        if (
            self._its_work_asked(question, answer) or self._its_kinds_asked(question, answer)
        ) and answer.topic not in about:
            # "傳統企業裡的市場部在做什麼，跟網路公司的一樣嗎": what a team named outright does,
            # asked in its own clause, is that team's card, unless the idea is about that team
            # ("傳統產業的營運部在做什麼": traditional operations)
            return answer
        lang: Lang = answer.lang  # type: ignore[assignment]
        idea = self.compose.concept(question, lang, eid)
        idea.question = answer.question
        idea.confidence = max(answer.confidence, THRESHOLD)
        if answer.topic in self.kb.entries and answer.topic not in idea.topics:
            link = self.compose.topic_link(answer.topic, lang)
            idea.alternatives = [link, *(a for a in idea.alternatives if a != link)]
        return idea

    def _the_org_learnt(
        self,
        question: str,
        conversation: Conversation | None,
        answer: Answer,
        guess: taught.KindGuess | None,
    ) -> Answer:
        """ "像小米、華為這種做手機的大公司，行銷部門是怎麼分工的？", "company B, the VR one -
        how did they split brand vs ops?": how a kind of company organises its teams, read as a
        card on the team it names or a comparison of two. When the learnt kind is surely org and
        the question names a kind of company (or an employer of one), that company's card answers,
        the team it was read as one tap away."""
        if answer.kind == "org" and not answer.gaps:
            return self._teams_named_offered(question, answer)
        if guess is None or guess.kind != "org" or guess.lead < taught.ORG_SURE:
            return answer
        if answer.kind not in ("role", "compare", "concept", "unknown") or answer.gaps:
            return answer
        linked = self._linked(question)
        orgs = [m.entry_id for m in linked.mentions if self.planner.kind(m.entry_id) == "org"]
        if answer.kind == "role" and len(set(orgs)) >= 2 and asks_what_job_does(linked.q):
            # "傳統企業裡的市場部在做什麼，跟網路公司的一樣嗎": what the team named does, asked
            # in so many words, then weighed between two kinds of company, is its card (whose
            # text says how it differs by company); one kind of company named is that company's
            return answer
        if not orgs and (employer := employer_kind(linked.q)):
            orgs = [employer[0]]
        if (
            not orgs
            # (a company is told of: "品牌部和公关部怎么分工" names none, whatever was learnt;
            # nor in a follow-up, where "her company" is the one the talk was of)
            and not (conversation is not None and conversation.fresh())
            and _A_COMPANY_TOLD.search(linked.q)
            and (learnt := self.kb.topic_weights().best(question))
            and learnt[1] >= taught.TOPIC_SURE
            and self.planner.kind(learnt[0]) == "org"
        ):
            # "How do companies that sell shampoo and instant noodles organise their marketing
            # people?": the kind of company told by what it sells, as learnt
            orgs = [learnt[0]]
        if not orgs:
            return answer
        if (
            conversation is not None
            and conversation.fresh()
            and answer.topic in conversation.subjects
            and answer.topic not in {m.entry_id for m in linked.mentions}
        ):
            return answer  # (a follow-up, "快消的呢", asks the conversation's subject there)
        if answer.kind == "concept" and orgs[0] in self.kb.entries[answer.topic].related:
            # (an idea of that kind of company: "快消的KPI怎麼分", operations at a factory)
            return answer
        lang: Lang = answer.lang  # type: ignore[assignment]
        orgs = list(dict.fromkeys(orgs))
        if len(orgs) > 1:
            # "传统企业的市场部和互联网公司的市场部有啥不同": the two kinds of company side by side
            told = self.compose.compare(answer.question, lang, orgs[0], orgs[1])
            told.kind = "org"
        else:
            told = self.compose.org(answer.question, lang, orgs[0])
        told.confidence = max(THRESHOLD, answer.confidence)
        offered = [o for o in orgs[2:] if o not in told.topics]
        offered += [t for t in answer.topics[:2] if t not in told.topics and t not in offered]
        links = [self.compose.topic_link(t, lang) for t in offered if t in self.kb.entries]
        told.alternatives = [*links, *(a for a in told.alternatives if a not in links)]
        return told

    def _teams_named_offered(self, question: str, answer: Answer) -> Answer:
        """A kind of company's card, asked how it arranges a team the question names ("像小米
        這種做手機的大公司，行銷部門是怎麼分工的"): that team one tap away."""
        named = [
            m.entry_id
            for m in self._linked(question).mentions
            if self.kb.entries[m.entry_id].is_job and m.entry_id != answer.topic
        ]
        links = [self.compose.topic_link(t, answer.lang) for t in dict.fromkeys(named)]  # type: ignore[arg-type]
        answer.alternatives = [*links, *(a for a in answer.alternatives if a not in links)]
        return answer

    def _the_aspect_learnt(
        self, question: str, conversation: Conversation | None, answer: Answer
    ) -> Answer:
        """ "呢行仲有冇得做？", "台中有行銷企劃的缺嗎", "how would I get in with zero internships?":
        an aspect asked in words the patterns do not know. When they find none and the aspects
        learnt from labelled questions are sure of one (understand/kinds.py, ASPECT_SURE), the
        answer about the job is led by it; a follow-up otherwise not understood is asked of the
        conversation's subject when they are surer still (ASPECT_SURE_UNANSWERED)."""
        if answer.gaps or answer.kind not in ("role", "compare", "unknown"):
            return answer
        if answer.kind != "unknown" and (
            answer.settled or answer.aspect not in (None, "does") or not answer.topics
        ):
            return answer
        found = self.kb.aspect_weights().best(question)
        if found is None or found[0] == "does" or found[1] < taught.ASPECT_SURE:
            return answer
        aspect, lead = found
        read = aspects_of(match_form(question))
        # (the patterns read an aspect, and chose the answer's: they know best; unless nothing
        # was answered and they read the one learnt: "佢哋係咪要好識同媒體傾價？仲要識啲咩"
        # after a job, too chatty to be sure of by its names alone)
        agreed = answer.kind == "unknown" and read[:1] == [aspect]
        if read and not agreed:
            return answer
        lang: Lang = answer.lang  # type: ignore[assignment]
        # (a kind of company named or not: "去哪种公司做社群运营比较好" names none, which the
        # articles do not rate)
        org_named = any(
            self._is_org(m) for m in self._linked(question).mentions
        ) and not _EMPLOYERS_WEIGHED.search(match_form(question))
        if answer.kind != "unknown":
            return self.compose.focus(answer, aspect, lang, org_named=org_named)
        if other_field(match_form(question)):
            return answer  # "幫我寫一封辭職信": another thing altogether, whatever came before
        if (
            (lead < taught.ASPECT_SURE_UNANSWERED and not agreed)
            or conversation is None
            or not conversation.fresh()
        ):
            return answer
        if conversation.kind not in ("role", "compare"):
            return answer
        folded = fold(question)
        if talk.turns_away(folded):
            return answer  # "顺便问下成都哪家火锅好吃": said to be about something else
        if (
            not has_cjk(folded)
            and conversation.kind == "role"
            and not (talk.points_back(folded) or talk.continues(folded))
            and lead < 2 * taught.ASPECT_SURE_UNANSWERED
            and self._linked(question).foreign >= NEW_SUBJECT_FOREIGN
        ):
            # "what does a media buyer do" then "how do I cook rice": words of another thing,
            # whose aspect the learnt weights are only just sure of
            return answer
        about = self._conversation_subject(question, conversation, lang)
        if about is None:
            return answer
        about.confidence = max(THRESHOLD, answer.confidence)
        return self.compose.focus(about, aspect, lang, org_named=org_named)

    def _said_of_the_subject(
        self,
        question: str,
        lang: Lang | None,
        hint: Lang | None,
        conversation: Conversation | None,
        answer: Answer,
    ) -> Answer:
        """ "下面一般会分成哪几个团队" after 市场部, "一个活动从头到尾流程是怎样的" after activity
        operations: a message in a chat that names nothing, and whose words are mostly those
        any question has, is about what the chat is about. When nothing else understood it, it
        is asked again with the subject's name before it, and that answer is kept if it is about
        the subject. Not when the message asks what some new thing is, says it turns away ("顺便
        问下"), or holds many words of its own ("what's the weather in Beijing tomorrow")."""
        if (
            answer.kind != "unknown"
            or answer.outside
            or not (conversation and conversation.fresh())
        ):
            return answer
        folded, form = fold(question), match_form(question)
        linked = self._linked(question)
        if (
            linked.mentions
            or (talk.names_a_thing_bare(form) and linked.foreign >= 2)  # "and hotpot?"
            # ("which one is closer to the product team?" after one job: no pair to choose from)
            or (_WHICH_OF_THEM.search(folded) and len(conversation.sides) < 2)
            or talk.turns_away(folded)
            or asks_what_a_thing_is(folded)
            or (asks_meaning(folded) and not talk.points_back(folded))
            or other_field(form)
        ):
            return answer
        pointing = talk.points_back(folded) or talk.continues(folded)
        if linked.foreign >= (UNSURE_FOREIGN_POINTING if pointing else UNSURE_FOREIGN):
            return answer
        said = answer.lang  # (the script the question is in)
        keep = 2 if conversation.kind == "compare" else 1
        names = [
            self.kb.entries[s].name.get(said)  # type: ignore[arg-type]
            for s in conversation.subjects[:keep]
            if s in self.kb.entries
        ]
        if not names:
            return answer
        en = said == "en"
        again = self.answer(
            (" and " if en else "和").join(names) + (": " if en else "：") + question,
            lang,
            hint,
            conversation,
        )
        talked_of = (*conversation.subjects, *conversation.earlier, *conversation.sides)
        if again.kind == "unknown" or not again.topics or again.topics[0] not in talked_of:
            return answer
        return _asked_in_the_chat(again, question)

    def _who_of_the_next_task(
        self,
        question: str,
        lang: Lang | None,
        hint: Lang | None,
        conversation: Conversation | None,
        answer: Answer,
    ) -> Answer:
        """ "下個月辦發表會，哪個部門主導" then "那找記者來報導呢", "and getting journalists to
        actually show up?": after who does a task, a bare next thing asks who does that. Its
        words alone name no job ("找記者來報導" reads as nothing, "买地铁广告位" as the subject
        before), so it is asked again in the last question's frame, and that answer is kept if
        it says who. Not when the message names a job or department ("and brand?" may ask what
        brand does there) or says it turns away."""
        if answer.kind == "who" or not (
            conversation and conversation.fresh() and conversation.kind == "who"
        ):
            return answer
        told = talk.next_thing(question.strip().lower())  # (the cheap test first)
        if told is None:
            return answer
        # (one outside our jobs may be named as part of the task: "找記者來報導")
        if (
            answer.kind not in ("unknown", "role", "term")
            or (answer.kind != "unknown" and answer.topic not in conversation.subjects)
        ) and not all(m.via == "fuzzy" for m in self._linked(question).mentions):
            # (a reading of its own: "ASO呢" is the word asked; not a slip's, "盯網路負評" read
            # as an internet company)
            return answer
        folded = fold(question)
        if len(told) < 2 or talk.turns_away(folded) or asks_what_a_thing_is(folded):
            return answer
        if aspects_of(match_form(question)):
            return answer  # "那考核呢", "and their pay?": an aspect of the ones named before
        if any(
            m.via == "alias" and self.kb.entries[m.entry_id].is_job
            for m in self._linked(question).mentions
        ):
            return answer
        said = answer.lang
        frame = {"en": "who handles {}?", "zh-Hant": "誰負責{}？"}.get(said, "谁负责{}？")
        again = self.answer(frame.format(told), lang, hint, None)
        if again.kind != "who" or not again.topics or again.outside:
            return answer
        return _asked_in_the_chat(again, question)

    def _conversation_subject(
        self, question: str, conversation: Conversation, lang: Lang
    ) -> Answer | None:
        """The answer about what the chat was about: one subject, or the two compared."""
        subjects = [s for s in conversation.subjects if s in self.kb.entries]
        if not subjects:
            return None
        if conversation.kind == "compare" and len(subjects) >= 2:
            return self.compose.compare(question, lang, subjects[0], subjects[1])
        return self.compose.about(question, lang, subjects[0])

    def _the_word_pointed_at(self, question: str, answer: Answer) -> Answer:
        """ "also PR keeps saying 舆情 in standup, what is that", "電商同事每天都說要開直通車，
        那是什麼": a message that ends asking what "that" is, naming nothing itself, asks what
        the word named last before it means (a word, not a job: "I do SEO, what is that like"
        is no such question)."""
        if answer.kind not in ("unknown", "role") or _QUOTE_MARK.search(question):
            return answer  # (a quoted job ad or saying, "…' what is this", is read as such)
        if not _WHAT_IS_THAT.search(match_form(clean(question))):
            return answer  # (most questions: looked at before their names are found again)
        linked = self._linked(question)
        found = _WHAT_IS_THAT.search(linked.q)
        if not found:
            return answer
        before = [
            m
            for m in linked.mentions
            if m.end <= found.start()
            and m.via == "alias"
            and self.kb.entries[m.entry_id].kind == "term"
        ]
        if not before or any(m.start >= found.start() for m in linked.mentions):
            return answer
        word = max(before, key=lambda m: m.end)
        if answer.kind == "role" and not _HEARD.search(linked.q[: word.start]):
            return answer  # (a job's card, unless the word was heard said: "同事都說要開直通車")
        return self._about_instead(answer, word.entry_id)

    def _without_the_name(self, question: str, eid: str) -> str:
        """The question without the names it says of `eid`, stripped of punctuation."""
        linked = self._linked(question)
        rest = list(linked.q)
        for m in linked.mentions:
            if m.entry_id == eid and m.via == "alias":
                rest[m.start : m.end] = [" "] * (m.end - m.start)
        return _NOT_A_NAME.sub(" ", "".join(rest)).strip()

    def _words_alone(self, question: str) -> bool:
        """Whether the message is nothing but words of ours that are terms ("留存 转化")."""
        linked = self._linked(question)
        names = linked.mentions
        if not names or any(self.kb.entries[m.entry_id].kind != "term" for m in names):
            return False
        rest = list(linked.q)
        for m in names:
            rest[m.start : m.end] = [" "] * (m.end - m.start)
        return not _NOT_A_NAME.sub("", "".join(rest))

    def _linked(self, question: str) -> Linked:
        """The names in a question: those its last reading found, when it was this question
        (read whole), else found again."""
        last = getattr(self._last_read, "reading", None)
        if last is not None and last.question == question and last.linked.q:
            return last.linked
        # (with the Taiwan words that name a job: "我在家電公司當業務三年…業務轉行銷" names
        # its start, 業務, which the mainland form 业务 does not)
        text = clean(question)
        return self._taiwan_words(text, self.linker.link_full(text))

    def _its_work_asked(self, question: str, answer: Answer) -> bool:
        """Whether the answer is a team's card and the question names that team, then asks
        what it does in the same clause ("市場部在做什麼")."""
        if answer.kind != "role" or answer.aspect != "does":
            return False
        linked = self._linked(question)
        return any(
            m.entry_id == answer.topic
            and m.via == "alias"
            and asks_what_job_does(_CLAUSE_BREAK.split(linked.q[m.end :], maxsplit=1)[0])
            for m in linked.mentions
        )

    def _its_kinds_asked(self, question: str, answer: Answer) -> bool:
        """Whether the answer is a team's card and the question names that team, then asks
        what kinds of it there are ("运营分哪几种", "營運底下又分哪幾種"): its own card lists
        them, not an idea about another team's kinds."""
        if answer.kind != "role":
            return False
        if answer.settled and _only_its_kinds(fold(question)):
            return True  # "運營部係咩嚟" then "入面分幾多種？": the team the talk was of
        linked = self._linked(question)
        return any(
            m.entry_id == answer.topic
            and m.via == "alias"
            and (
                _KINDS_OF_IT.match(_CLAUSE_BREAK.split(linked.q[m.end :], maxsplit=1)[0])
                or _KINDS_BEFORE.search(linked.q[max(0, m.start - 8) : m.start])
            )
            for m in linked.mentions
        )

    def _named_as_such(self, question: str, eid: str | None) -> bool:
        """Whether the question names the entry by one of its names (not by a task)."""
        return bool(eid) and any(
            m.entry_id == eid and m.via in ("alias", "fuzzy")
            for m in self._linked(question).mentions
        )

    def _start_from_work(self, question: str, answer: Answer) -> Answer:
        """ "my job is pushing our app up the app store rankings with keywords and ratings. can I
        move to user operations?": a move with a goal and no start named (or a start read only
        from the tasks told), whose start the person tells by their daily work. What is told
        before the goal is read by the jobs learnt from labelled job ads, who-questions and
        self-descriptions; a job they are sure of (MOVE_START_SURE) is where the move starts.
        (A job outside ours said as theirs is read into the plan: `_outside_start`.)"""
        if answer.kind != "transition" or answer.from_words or not answer.to_id:
            return answer
        linked = self._linked(question)
        # a start read from the tasks told, no name of it said ("I monitor our brand mentions,
        # write a weekly sentiment report… move over to brand"), is weighed against the
        # learnt job of the same words
        # (a name of the job or a word standing for it, "PR"; not a word its people use: 复盘
        # is no start in "…定玩法算券…最后出复盘。想从这个转去做投放")
        named_start = answer.from_id and any(
            m.via in ("alias", "fuzzy") and self.planner.job_named(m.entry_id) == answer.from_id
            for m in linked.mentions
        )
        if named_start or self._own_work_named(question, linked, answer.from_id):
            return answer
        tasks = {
            (m.start, self.planner.as_job(m.entry_id)) for m in linked.mentions if m.via == "task"
        }
        if (
            answer.from_id
            and len(tasks) >= 2
            and all(job in (answer.from_id, answer.to_id) for _, job in tasks)
        ):
            # "每天都在跑客戶、報價、追貨款": the days told are all the start's own tasks (not
            # "pushing our app up the app store rankings with keywords", another job's too)
            return answer
        # (read in the folded form, where "I'm a" is said as one holds a job)
        if not answer.from_id and (held := held_outside_jobs(fold(clean(question)))):
            # "写了五年java，天天改bug对需求…想转产品运营，程序员转这个会被嫌弃吗": the job held
            # is said, outside ours, after the goal; the work told is that job's
            moved = self.compose.move(
                question,
                answer.lang,  # type: ignore[arg-type]
                None,
                answer.to_id,
                from_words=as_said(held[0][2]),
            )
            moved.confidence, moved.question = answer.confidence, answer.question
            return moved if moved.kind == "transition" else answer
        # (the goal as said last: "淘寶代營運…想跳到品牌方的電商團隊" names 淘寶 first)
        goal_at = max(
            (m.start for m in linked.mentions if self.planner.as_job(m.entry_id) == answer.to_id),
            default=0,
        )
        told = linked.q[:goal_at]
        if len(told) < MIN_WORK_TOLD or direction.newcomer(told):
            return answer
        if not has_cjk(told) and not _SOMEONE_EN.search(told):
            return answer  # "is it realistic to move into PR?": English work told names its doer
        if (
            answer.settled
            and answer.from_id
            and not (tells_their_days(told) or has_self_description(told))
        ):
            # "my wife runs her company's WeChat account…", then "she's thinking of moving into PR
            # next year": the start the talk supplied stands; a wish tells no work
            return answer
        found = self.kb.job_weights().best(told)
        if found is None:
            return answer
        job, lead = found
        entry = self.kb.entries.get(job)
        if (
            lead < taught.MOVE_START_SURE
            or job in (answer.to_id, answer.from_id)
            or entry is None
            or not entry.is_job
        ):
            return answer
        moved = self.compose.move(question, answer.lang, job, answer.to_id)  # type: ignore[arg-type]
        if moved.kind != "transition":
            return answer
        moved.confidence, moved.question = answer.confidence, answer.question
        return moved

    def _quoted_by_name(self, question: str, eid: str | None) -> bool:
        """Whether the question puts one of `eid`'s names, and little else, in quotes."""
        for a, b in _QUOTED_WORDS.findall(question):
            linked = self.linker.link_full(a or b)
            if any(
                m.entry_id == eid and m.via == "alias" and m.length >= 0.8 * len(linked.q)
                for m in linked.mentions
            ):
                return True
        return False

    def _own_work_named(self, question: str, linked: Linked, start: str | None) -> bool:
        """ "干了三年SEO，天天发外链…想转产品运营": the work the person says they do, named by a
        word of ours whose job is the start (SEO is SEO/SEM operations' work). `linked`: the
        question's names."""
        if not start:
            return False
        if any(
            m.via in ("alias", "fuzzy")
            and self.planner.as_job(m.entry_id) == start
            and _DOING_IT.search(linked.q, max(0, m.start - 8), m.start)
            for m in linked.mentions
        ):
            # "毕业就进了一家公司干SEM，两年了": the work, said with the verb of doing it
            return True
        for m in linked.mentions:
            # "现在在做seo每天发外链": the same, read whole as one of the job's tasks ("做SEO")
            doing = _DOING_FIRST.match(m.text) if m.via == "task" else None
            if doing and self.planner.as_job(m.entry_id) == start:
                said = self.linker.link_full(m.text[doing.end() :]).mentions
                if any(n.via == "alias" and self.planner.as_job(n.entry_id) == start for n in said):
                    return True
        own = direction.own_job_words(clean(question))
        return bool(own) and any(
            m.via in ("alias", "fuzzy") and self.planner.as_job(m.entry_id) == start
            for m in self.linker.link_full(own).mentions
        )

    def _work_said_by_its_name(self, question: str, eid: str) -> bool:
        """Whether the work a who-question asks about is said by a name of `eid` itself,
        right after the verb ("who handles retail sales", "谁负责零售")."""
        linked = self._linked(question)
        return any(
            m.entry_id == eid
            and m.via == "alias"
            and _HANDLES_BEFORE.search(linked.q[max(0, m.start - 24) : m.start])
            for m in linked.mentions
        )

    def _the_move_sure(
        self, question: str, lang: Lang, answer: Answer, again: Answer, told: str | None = None
    ) -> Answer:
        """A move read because the learnt kind says so: kept when it starts at a job the person
        names (a start found in a loose task phrase, "跳过基础直接学数据分析", is not one) or told
        as theirs earlier in the chat (`told`: "my bf spends all day adjusting bids…" then "he
        wants out of ads and into product ops") or outside (unless a city is named: "leaving
        Beijing for Shanghai, is new media ops easier to find there" moves between cities);
        otherwise a move from outside into the job said as
        where one goes, the one this reading or the patterns found ("平面设计师…想转品牌部做品牌，
        有可能吗")."""
        linked = self.linker.link_full(clean(question))
        if again.kind == "transition" and (
            (again.from_id is None and not ANY_CITY.search(linked.q))
            or any(
                m.via in ("alias", "fuzzy") and self.planner.as_job(m.entry_id) == again.from_id
                for m in linked.mentions
            )
            # (or said as where the person was: "新媒體運營有開缺，我原本是顧淘寶店的")
            or (bool(again.from_id) and direction.was_once(linked.q))
            or (told is not None and again.from_id == told)
        ):
            return again
        goals = {again.to_id} if again.kind == "transition" else set()
        if answer.kind == "role":
            goals.add(self.planner.as_job(answer.topic))
        for m in linked.mentions:
            if (goal := self.planner.as_job(m.entry_id)) in goals and goal_said_before(
                linked.q[max(0, m.start - 20) : m.start]
            ):
                return self._picked(self.compose.move(question, lang, None, goal))
        return answer

    def warm_up(self) -> None:
        """What the first question would otherwise wait for: the question patterns' literals,
        the full-text postings, the learnt weights, the job-ad reader, the phrase catalogs and
        the script converters (together a third of a second the first answer had waited for).
        Run off the event loop when the bot starts."""
        prepare_all(compile_branches=True)
        self.kb.fulltext()
        self.kb.kind_weights()
        self.kb.job_weights()
        self.kb.aspect_weights()
        self.kb.topic_weights()
        self.compose.job_ad_reader()
        self.linker.load_sounds()
        CATALOG.load(LANGS)
        load_converters()

    def forget_questions(self) -> None:
        """Empty the caches keyed by a whole question (its folded form, shape, aspects, jobs
        of other fields, unglued words, the characters the question patterns test), so the
        next question costs what a new one costs: a benchmark that asks the same questions
        again would otherwise time cache hits."""
        for cached in (
            fold,
            intent_of,
            aspects_cache,
            outside_jobs,
            shape_features,
            spelt_features,
        ):
            cached.cache_clear()
        forget_texts()
        self.linker.forget_questions()
        self._last_read.reading = None

    def _answer(self, question, lang, hint, conversation, guess=None) -> Answer:
        """A long message is also read by its questions alone ("坐标杭州，25岁…老板问我要不要
        转过去。新媒体部平时到底干啥的？"): the background names jobs, places and employers
        the person is not asking about. Its reading is kept when it understands the question
        and the whole message adds only where a move starts."""
        if hint is None and conversation and conversation.fresh() and conversation.lang:
            # (here too: "薪水大概多少啊？在台北" after Traditional turns is read by its question
            # alone, whose characters are the same in both scripts)
            hint = conversation.lang  # type: ignore[assignment]
        asked = asked_sentences(question)
        asked_form = match_form(asked)
        if (
            not asked
            or asked == question
            or points_back_at_a_kind(asked_form)
            or _FIRST_PART_ONLY.search(match_form(question))
            or self._idea_told_before(question, asked_form)
        ):
            # "想搞清楚这种公司的营销部门怎么架构的": the kind is in the background; a message
            # that is all question is read once; so is one that says which part to answer
            # ("…跟新媒體運營差在哪？先回第一題就好": the instruction is no question)
            return self._read(question, lang, hint, conversation)
        if not self._whole_decides(question, asked_form):
            # Read once where the whole cannot matter (most long messages): by what it asks,
            # or whole when that reading does not understand the question.
            alone = self._read(asked, lang or detect_question(question, hint), hint, conversation)
            if not _understood(alone) or self._points_back_unnamed(asked, asked_form):
                return self._read(question, lang, hint, conversation)
            alone.question = question
            return alone
        whole = self._read(question, lang, hint, conversation)
        whole_form = match_form(question)
        fit_asked = whole.kind == "fit" and bool(
            asks_fit(question)
            or asks_what_fits_me(asked)
            or asks_which_job(asked)
            or _SUITS.search(asked_form)  # "…hate writing. which job in marketing fits"
            or _WHICH_ROLE.search(asked_form)  # "…chasing vendors. which marketing role?"
            # "fresh grad, no internships. how do i even get into this marketing / ops world?"
            or (bool(_WHERE_TO_BEGIN.search(asked_form)) and direction.newcomer(whole_form))
        )
        # (who, unless the questions weigh two and no job ad is quoted: "…誰該負責什麼…行銷跟
        # 營運到底差在哪裡？" asks the difference)
        who_asked = (
            whole.kind == "who"
            and bool(whole.topics)
            and (
                intent_of(asked_form) != "compare"
                or bool(quoted_job_ad(clean(question)) or is_job_description(question))
            )
        )
        # "本人文科生…我覺得內容運營最適合我…請問內容運營要怎麼入行？": the background reads as a
        # self-description or a move, but what is asked is a card on one job, as the kind
        # learnt from labelled questions is certain
        card = whole.kind in ("fit", "transition") and _a_card_learnt(guess)
        read_whole = fit_asked or whole.kind == "jd" or who_asked or talk.takes_back(whole_form)
        if read_whole and not card:
            return whole  # a job ad, or the person described and asking what fits: read whole
        alone = self._read(asked, lang or whole.lang, hint, conversation)  # type: ignore[arg-type]
        told_before = _the_move_told_before(whole, alone, asked_form)
        if (
            not _understood(alone)
            or (told_before and not (card and _a_card(alone)))
            or self._points_back_unnamed(asked, asked_form)
        ):
            return whole
        if self._asks_of_the_goal(whole, alone, asked):
            return whole
        alone = self._start_told(question, alone)
        alone.question = question
        # (chosen over the whole message, which was read too: the background's kind, a move
        # or a self-description, is not what is asked)
        alone.settled = True
        return alone

    def _points_back_unnamed(self, asked: str, asked_form: str) -> bool:
        """ "…要去一家公司當「小編」…請問這是在做什麼的工作？": the question a long message asks
        points back at what its background named, and names nothing itself (its names are
        those of the reading just made of it)."""
        if _THEIR_JOB.search(asked_form) and aspects_of(asked_form)[:1] == ["sits"]:
            # "…我老公喺快消公司做trade marketing…佢份工算係市場部定銷售部㗎？": the places
            # offered are choices; whose job it is, the story says
            return True
        if intent_of(asked_form) == "who" and talk.points_back(asked_form):
            # "signups are fine but basically everyone leaves after a week. which ops role is
            # supposed to own that": the work whose owner is asked is told before the question
            return True
        return bool(talk.points_back(asked_form) or _THIS_ONE.search(asked_form)) and not (
            self._linked(asked).mentions
        )

    def _start_told(self, question: str, alone: Answer) -> Answer:
        """ "I'm a feed ads optimizer, … Can I pivot into content ops with this background?": the
        question asks a move and names no start; the job the person says is theirs, in the
        story, is where it starts (a job of ours, or one outside them)."""
        if alone.kind != "transition" or alone.from_id or alone.from_words or not alone.to_id:
            return alone
        own = direction.own_job_words(clean(question))
        told = fold(clean(question))
        if own and (held := held_job_saying(told, own)):
            own = held  # "我在車商當業務": our word, for a job of another trade
        if not own and (outs := outside_jobs(told)) and _SELF_FIRST.match(told[: outs[0][0]]):
            own = as_said(outs[0][2])  # "I sell insurance and…": the job told, outside ours
        if not own:
            return alone
        lang: Lang = alone.lang  # type: ignore[assignment]
        if outside_jobs(fold(own)):
            moved = self.compose.move(question, lang, None, alone.to_id, from_words=own)
        else:
            named = self.linker.link_full(own).mentions
            jobs = {j for m in named if m.via == "alias" and (j := self.planner.as_job(m.entry_id))}
            if len(jobs) != 1 or alone.to_id in jobs:
                return alone
            moved = self.compose.move(question, lang, jobs.pop(), alone.to_id)
        moved.confidence = alone.confidence
        return moved

    def _asks_of_the_goal(self, whole: Answer, alone: Answer, asked: str) -> bool:
        """ "ex-TV journalist… is corporate PR at a tech company realistic? what do they look
        for…": a move from a job we do not cover, whose goal the questions name again (with
        the company where it would be) asks about that move, not about the company."""
        if whole.kind != "transition" or not whole.from_words or alone.kind == "transition":
            return False
        if alone.kind not in ("org", "unknown"):  # the goal job asked of stays its card
            return False
        named = self.linker.link_full(clean(asked)).mentions
        return any(self.planner.as_job(m.entry_id) == whole.to_id for m in named)

    def _idea_told_before(self, question: str, asked_form: str) -> bool:
        """ "我老公在工厂…管仓库发货，他说他们那叫运营。跟互联网公司的运营是一回事吗": an idea
        the background tells (`understand.ideas`), which the question then weighs: the whole
        message is the question."""
        if intent_of(asked_form) != "compare":
            return False
        form = match_form(question)
        if not ANY_IDEA.search(form):
            return False
        return any(
            (found := pattern.search(form))
            and not pattern.search(asked_form)
            and found.start() < len(form) - len(asked_form)
            for pattern, _ in IDEAS_IN_WORDS
        )

    def _whole_decides(self, question: str, asked_form: str) -> bool:
        """Whether a long message's whole may answer otherwise than its questions alone: a
        job ad in it, the person described, who does a task, or a move (its start may be in
        the background). Cheap tests, so that most long messages are read once. `asked_form`:
        the matching form of the sentences that ask."""
        text = clean(question)
        form = match_form(text)
        return bool(
            is_job_description(question)
            or quoted_job_ad(text)
            or intent_of(form) == "transition"
            or talk.takes_back(form)  # "no wait, I meant community ops… what do THEY do"
            # (who, asked in the questions: "…主管也說不清楚誰該負責什麼…行銷跟營運差在哪" asks
            # the difference)
            or intent_of(asked_form) == "who"
            or direction.own_job_words(text)  # "Taobao store operator here. … could I get in?"
            # "sold cars for 5 years… would business development be a fit?": a job outside ours
            # held in the background, and a wish asked
            or (bool(held_outside_jobs(form)) and wishes(asked_form))
            or _LABEL_FIRST.match(text)  # "Entry-level role: proofread and edit articles…"
            or asks_fit(text)
            or asks_what_fits_me(text)
            or looks_like_self_description(text)
        )

    def _read(self, question, lang, hint, conversation, intent: Intent | None = None) -> Answer:
        """Each step reads more of the question into one `_Reading`; some may answer at once
        (a job ad, a greeting, a thing described, a self-description). `intent`: the shape
        the question is known to have, over the one its patterns read."""
        text = clean(question)
        if hint is None and conversation and conversation.fresh() and conversation.lang:
            hint = conversation.lang  # type: ignore[assignment]
        r = _Reading(question, text, lang or detect_question(question, hint))
        if lang is None and r.lang != "en" and self._a_word_in_english_talk(text, conversation):
            r.lang = "en"
        last = getattr(self._last_read, "reading", None)
        if last is not None and (last.question, last.lang) == (question, r.lang):
            # read again as another kind (the second opinion): the names and the shape are
            # the same, whatever kind is heard
            r = replace(last)
        else:
            for step in (self._at_a_glance, self._read_names):
                if (early := step(r)) is not None:
                    return early
            self._read_shape(r)
            self._last_read.reading = replace(r)
        if intent is not None:
            r.intent = intent
            if intent == "transition":
                # what to learn, the way in, where it leads: of the move, not of its goal
                r.aspects = [a for a in r.aspects if a not in _OF_THE_MOVE]
        self._judge_words(r)
        self._sides_placed(r)
        alone = (r.intent, r.mentions, r.aspects)
        self._with_conversation(r, conversation)
        # (whether the conversation supplied part of the question, the subject, the aspect or
        # the shape, or the message asks two questions and the first is answered)
        settled = bool(
            r.first
            or r.from_context
            or r.continuing
            or alone != (r.intent, r.mentions, r.aspects)
            # "and KOL?", "那公关呢", "is it under marketing?": said after something
            or (r.ctx and (talk.continues(r.folded) or talk.points_back(r.folded)))
        )
        self._settle_subjects(r)
        self._make_plan(r)
        answer = self._as_fit(r) or self._composed(r)
        answer.settled = settled
        return answer

    def _at_a_glance(self, r: _Reading) -> Answer | None:
        """A job ad, pasted or quoted; nothing to read; a greeting; another field entirely:
        answered before the question is read."""
        if is_job_description(r.question):
            # A pasted job ad is read whole (clean() keeps only a question's length).
            ad = self.compose.job_ad(r.question, r.lang)
            if ad is not None:
                return self._ad_and_its_aspect(r, ad, _asked_after_the_ad(r.question))
        elif (
            (quote := quoted_job_ad(r.text))
            and not self._asks_a_word_of(r.text, quote)
            # "what's the difference between 拉新 and 促活, ad says '…'": two things weighed
            # ("公關專員：…。這跟行銷差在哪，是什麼職位": the ad itself is one side, read first)
            and not (
                _DIFFERENCE.search(rest := match_form(r.text.replace(quote, " ")))
                and not _THE_AD_A_SIDE.search(rest)
            )
            and (quoted := self._quoted_ad(r.question, quote, r.lang, r.text))
        ):
            return self._ad_and_its_aspect(r, quoted, _asked_after_the_ad(r.question))
        r.form = match_form(r.text)
        if not r.form:
            return self.compose.unknown(r.question, r.lang, [], empty=True)
        if _ABOUT_ME.fullmatch(r.form.strip(" ?？!！.。")):
            # (settled: "你是谁" asks who the bot is, whatever jobs "谁" was learnt beside)
            return self._settled(
                self.compose.unknown(r.question, r.lang, [], empty=True, greeting="about_me")
            )
        if small_talk := _SMALL_TALK.fullmatch(r.form):
            thanks = bool(re.search(r"than|thx|谢", small_talk.group()))
            return self._settled(
                self.compose.unknown(
                    r.question, r.lang, [], empty=True, greeting="thanks" if thanks else "hello"
                )
            )
        if other_field(r.form):
            return self.compose.unknown(r.question, r.lang, [])
        return None

    def _ad_and_its_aspect(self, r: _Reading, ad: Answer, asked: str) -> Answer:
        """ "…3. 对接达人，跟进投放效果\n这个岗位以后能往哪发展": a job ad, then an aspect of its
        job asked: the job the ad reads as, with that aspect answered first."""
        form = match_form(asked)
        if (
            ad.kind not in ("jd", "who")
            or ad.gaps  # (what the articles do not cover, asked of it, is said already)
            or not ad.topic
            or not form
            or not clause_asks(form)
        ):
            return ad
        aspects = [a for a in aspects_of(form) if a in _OF_AN_ADS_JOB]
        if not aspects or not self.kb.entries[ad.topic].is_job:
            return ad
        answer = self._compose(
            r.question, r.lang, Plan("entry", (ad.topic,)), aspects, form, "define", [], []
        )
        if answer.kind != "role":
            return ad
        answer.lead = ad.lead + ("\n\n" if answer.lead else "") + answer.lead
        answer.confidence = ad.confidence
        return answer

    def _job_in_the_department(self, q: str, m: Mention) -> Mention:
        """ "想调去市场部做策划": the work said after a department, with the department's own
        word, names a job of ours (市场策划, marketing planning): that job, not the department."""
        if not m.text.endswith(("部", "部门", "团队")):
            return m
        done = _WORK_IN_THE_DEPARTMENT.match(q, m.end)
        if not done:
            return m
        stem = m.text.removesuffix("部门").removesuffix("团队").removesuffix("部")
        work = done.group("work")
        for size in range(len(work), 1, -1):
            if job := self._the_job_named(stem + work[:size], m.entry_id):
                end = done.start("work") + size
                return Mention(job, m.start, end, m.score, m.via, q[m.start : end])
        return m

    def _the_job_named(self, name: str, other_than: str) -> str | None:
        """The one job of ours `name` is a name of, when it is not `other_than`."""
        found = self.linker.exact.get(match_form(name))
        jobs = {eid for eid, *_ in found or () if self.kb.entries[eid].is_job}
        return jobs.pop() if len(jobs) == 1 and other_than not in jobs else None

    def _job_of_the_place(self, q: str, m: Mention) -> Mention:
        """ "天猫店的运营是干嘛的", "在淘寶開店的營運": a job word said of a place whose own job
        of that name is ours (天猫运营, Tmall store operations): that job, not the whole field."""
        place = _PLACE_OF_THE_JOB.search(q, max(0, m.start - 9), m.start)
        if place is None or len(m.text) > 3:
            return m
        run = place.group("place")
        for i in range(len(run) - 1):
            stem = run[i:]
            for form in dict.fromkeys((stem, _A_SHOP_SAID.sub("", stem))):
                if len(form) >= 2 and (job := self._the_job_named(form + m.text, m.entry_id)):
                    return Mention(job, m.start, m.end, m.score, m.via, m.text)
        return m

    def _third_beside_a_pair(self, q: str, mentions: list[Mention]) -> list[Mention]:
        """ "营销 vs 市场 vs 运营": a pair the knowledge base names as one comparison (市场vs运营),
        with a third thing weighed beside it by the same "vs", is three things, not two."""
        out: list[Mention] = []
        for m in mentions:
            # (the "vs" inside the name first: looking for a name beside every name is n² on a
            # long message)
            cut = _VS.search(q, m.start, m.end)
            if cut and not any(n is not m and _VS.fullmatch(q, n.end, m.start) for n in mentions):
                cut = None
            out += self._sides_of_a_pair(q, m, cut) or [m]
        return out

    def _few_people(self, linked: Linked) -> Linked:
        """A company's headcount said, small enough that one person does several jobs ("we're
        12 people", "a 20-person startup", "公司就十几个人"): the small company is named there."""
        if SMALL_COMPANY not in self.kb.entries or any(
            self.planner.kind(m.entry_id) == "org" for m in linked.mentions
        ):
            return linked
        for found in _FEW_PEOPLE.finditer(linked.q):
            count = next((n for n in found.groups() if n and n[0].isdigit()), None)
            if count is not None and int(count) > SMALL_HEADCOUNT:
                continue
            a, b = found.span()
            named = Mention(SMALL_COMPANY, a, b, 0.95, "alias", found.group())
            mentions = sorted([*linked.mentions, named], key=lambda m: (m.start, -m.length))
            taken = [*linked.taken[:a], *[True] * (b - a), *linked.taken[b:]]
            return self._judged(linked.q, mentions, taken)
        return linked

    def _read_names(self, r: _Reading) -> Answer | None:
        """The names in the question, and which of them it speaks of as our subjects (a thing
        described or a saying asked is answered from here)."""
        r.linked = self._ideas_in_words(
            self._taiwan_words(r.text, _the_first_names(self.linker.link_full(r.text)))
        )
        if _NAME_OF_IT.search(r.form) and (
            named := self._described(r.question, r.text, r.lang, r.linked)
        ):
            return named
        if _SAYING.search(r.form) and (said := self._saying(r.question, r.text, r.lang, r.linked)):
            return said
        r.linked = self._few_people(r.linked)
        r.outside = self._outside(r.linked)
        if r.outside:
            r.linked = self._with_outside(r.linked, r.outside, r.text)
        r.mentions, r.coverage, r.foreign = r.linked.mentions, r.linked.coverage, r.linked.foreign
        r.mentions = self._taiwan_sense(r.text, r.linked.q, r.mentions)
        r.mentions = self._not_in_a_job_market(r.linked.q, r.mentions)
        r.mentions = [self._the_team(r.linked.q, m) for m in r.mentions]
        r.mentions = [self._job_in_the_department(r.linked.q, m) for m in r.mentions]
        r.mentions = [self._job_of_the_place(r.linked.q, m) for m in r.mentions]
        r.mentions = _not_the_shops_owner(r.linked.q, r.mentions)
        r.mentions = self._third_beside_a_pair(r.linked.q, r.mentions)
        # "what's the closest marketing or ops job": a pair named before "job" is the field the
        # job is looked for in, not the idea that weighs the two
        r.mentions = [
            m
            for m in r.mentions
            if not (
                m.via == "alias"
                and not self.kb.entries[m.entry_id].is_job  # (a job named "strategy and insight")
                and _A_PAIR.search(match_form(m.text))
                and _A_JOB_AFTER.match(r.linked.q, m.end)
                # (not goals offered: "could I move into a marketing or operations job?")
                and _WHICH_BEFORE.search(r.linked.q, max(0, m.start - 60), m.start)
            )
        ]
        r.mentions = self._whole_start(r.linked.q, r.mentions)
        r.mentions = _not_in_a_reason(r.linked.q, r.mentions)
        r.mentions = self._words_asked_after_a_team(r.linked.q, r.mentions)
        if outs := outside_jobs(r.linked.q):
            # "奶茶店店长…能转活动运营吗": a job of another trade said is no name of ours
            # mistyped (网店店长)
            r.mentions = [
                m
                for m in r.mentions
                if not (m.via == "fuzzy" and any(a < m.end <= b for a, b, _ in outs))
            ]
        # "…become a BRAND manager at an fmcg CO": a duty made of words strewn across the
        # question does not stand over a name said in full.
        # (Who does a duty is another matter: there the duty is what is asked.)
        # "…keeps saying 'active operation'. what job is that": the job named is asked about.
        named = [m for m in r.mentions if m.via == "alias"]
        loose = [
            m
            for m in r.mentions
            if m.via == "task"
            and m.score < 0.85
            and any(n.start < m.end and m.start < n.end for n in named)
        ]
        if loose and (not strong_who(r.linked.q) or WHAT_JOB_IS_IT.search(r.linked.q)):
            r.mentions = [m for m in r.mentions if m not in loose]
        r.mentions = self._not_where_it_sits(r.linked.q, r.mentions)
        r.mentions = self._job_in_its_department(r.linked.q, r.mentions)
        # "信息流優化師…類似幫品牌投FB動態廣告那種嗎": brands worked for are clients, no subject
        clients = [
            m
            for m in r.mentions
            if match_form(m.text) in ("品牌", "brand", "brands")
            and _FOR_A_CLIENT.search(r.linked.q, max(0, m.start - 12), m.start)
        ]
        if clients and len(clients) < len(r.mentions):
            r.mentions = [m for m in r.mentions if m not in clients]
        # "本人市场营销专业": a field of study named, not a job held (when something else is named).
        studied = studied_names(r.linked.q, r.mentions)
        if studied and len(studied) < len(r.mentions):
            r.mentions = [m for m in r.mentions if m not in studied]
        r.mentions = [m for m in r.mentions if not self.everyday.names_a_product(r.linked.q, m)]
        return self._a_quoted_word_unknown(r) or self._an_acronym_unknown(r)

    def _an_acronym_unknown(self, r: _Reading) -> Answer | None:
        """ "is DAU a marketing thing or a product thing", "NPS是什么": the thing asked about is
        an acronym none of ours; that is said first (what the message does name is offered),
        not a confident answer about marketing in its place."""
        asked = _AN_ACRONYM_ASKED.search(r.text)
        if asked is None:
            return None
        word = next(w for w in asked.groups() if w)
        if word.upper() in _EVERYDAY_ACRONYMS or word.lower() in EN_STOP:
            return None
        if self.linker.link_full(word).mentions:
            return None
        if word.lower() in self.linker.used:
            return None  # (a word of our articles, typed in capitals: "what is BRAND")
        if any(self.kb.entries[m.entry_id].kind in ("term", "concept") for m in r.mentions):
            return None  # ("GMT是什么？哦不对是GTM": a word of ours named too)
        closest = _distinct(r.mentions)
        return self._settled(
            self.compose.unknown(r.question, r.lang, closest, outside=[word], confidence=0.0)
        )

    def _a_quoted_word_unknown(self, r: _Reading) -> Answer | None:
        """ "my son says he works in 'growth' at a startup. what does that mean?": the word
        asked about is quoted and none of ours; that is said first (the things the message does
        name are offered), not an answer about them in its place."""
        if not asks_meaning(r.form) or _A_STEP.search(r.folded):
            return None  # ("whats step 4 about, 'playing circles'": a step of the subject before)
        quoted = _A_QUOTED_WORD.search(r.text)
        if quoted is None:
            return None
        word = quoted.group("word").strip()
        if self.linker.link_full(word).mentions:
            return None
        asked_after = match_form(r.text[quoted.end() :])
        if not _THAT_WORD_ASKED.search(asked_after):
            return None  # ("…'growth'. what is user ops?": another thing asked)
        if any(self.kb.entries[m.entry_id].kind in ("term", "concept") for m in r.mentions):
            return None  # ("account "matrix" (矩阵) what does that mean": the word named too)
        closest = _distinct(r.mentions)
        return self._settled(
            self.compose.unknown(r.question, r.lang, closest, outside=[word], confidence=0.0)
        )

    def _side_said_before(self, linked: Linked, at: int, idea: str) -> int:
        """Where the idea's words start, with a side it compares said just before as what they
        picture ("市场是轰炸机", "marketing is 'things'")."""
        sides = set(self.kb.entries[idea].compares or ())
        for m in linked.mentions:
            if (
                m.end <= at
                and (self.planner.as_job(m.entry_id) or m.entry_id) in sides
                and _PICTURED_AS.fullmatch(linked.q, m.end, at)
            ):
                return m.start
        return at

    def _ideas_in_words(self, linked: Linked) -> Linked:
        """An idea told in a sentence rather than named ("why is the same job in marketing at
        one company and in ops at another"): the idea, and the jobs inside the sentence are
        part of it, not subjects of their own."""

        if not ANY_IDEA.search(linked.q):
            return linked

        def named_outside(a: int, b: int) -> set[str]:
            return {
                self.planner.as_job(m.entry_id) or m.entry_id
                for m in linked.mentions
                if m.end <= a or m.start >= b
            }

        spans = [
            (found.span(), eid)
            for pattern, eid in IDEAS_IN_WORDS
            if eid in self.kb.entries
            and (found := pattern.search(linked.q))
            # "品牌营销9+1循环体系": words inside a longer name of ours are that name's
            and not any(
                m.via == "alias"
                and m.start < found.end()
                and found.start() < m.end
                and (m.start < found.start() or m.end > found.end())
                for m in linked.mentions
            )
            # "市场工作和运营工作一个针对事一个针对人": both sides named, the comparison is
            # reached from them
            and not set(self.kb.entries[eid].compares or ["-"]) <= named_outside(*found.span())
        ]
        if not spans:
            return linked
        # "有人说市场是轰炸机运营是敢死队": a side of the idea said right before its words, as what
        # the picture is of, is part of it
        spans = [((self._side_said_before(linked, a, eid), b), eid) for (a, b), eid in spans]
        inside = [m for m in linked.mentions for (a, b), _ in spans if a <= m.start and m.end <= b]
        mentions = [m for m in linked.mentions if m not in inside]
        taken = list(linked.taken)
        for (a, b), eid in spans:
            mentions.append(Mention(eid, a, b, 1.0, "alias", linked.q[a:b]))
            taken[a:b] = [True] * (b - a)
        for (_, b), eid in spans:
            # "…管采购和仓库，他说那叫运营。跟互联网运营是一回事吗": an idea the person told,
            # then weighed against an idea its entry relates it to, is that idea's question
            # (its entry says how the two differ)
            related = set(self.kb.entries[eid].related or ())
            mentions = [
                m
                for m in mentions
                if not (
                    m.start >= b
                    and m.entry_id in related
                    and self.kb.entries[m.entry_id].kind == "concept"
                )
            ]
        mentions.sort(key=lambda m: m.start)
        return self._judged(linked.q, mentions, taken)

    def _without_terms_words(self, r: _Reading) -> str:
        """The question part the aspects are read from, without the names of terms that hold
        an aspect's word ("brand personality", "pay per click", "target audience profile"):
        the word is the term's, no aspect asked. (An idea's name keeps its words: "kpi split"
        is about how a job is measured.)"""
        head = without_known(r.head)
        for m in r.linked.mentions:
            if (
                m.via == "alias"
                and len(m.text) > 3
                and m.text in head
                and (entry := self.kb.entries.get(m.entry_id)) is not None
                and entry.kind == "term"
                and aspects_of(m.text)
            ):
                head = head.replace(m.text, " ")
        return head

    def _read_shape(self, r: _Reading) -> None:
        """What kind of question it is and which aspects it asks, read from the sentences that
        ask; two questions in one, a move told in passing, a job named at both ends."""
        named = list(r.mentions)  # before the first of two questions narrows them
        r.folded = self.linker.unglue(r.form)
        # What kind of question, and which aspect, are read from its first sentences: a
        # question says so early, and the patterns cost in proportion to the text.
        r.message = _Message.of(r.text, r.linked.q)
        # "听HR说这个岗要会出KV，KV是个啥": a story, then what one of its words means (read once,
        # for the question's shape, its subject and the confidence)
        r.a_word_asked = _story_then_a_word(r.message, r.linked.mentions, self.kb)
        r.head = self._question_part(r.message, r.folded, r.a_word_asked)[:SHAPE_CHARS]
        r.intent = intent_of(r.head)
        r.asked_in = asking_clauses(
            [match_form(c) for c in _CLAUSE_BREAK.split(r.text[: SHAPE_CHARS * 2])]
        )
        r.aspects = aspects_in_order(self._without_terms_words(r), r.asked_in)
        if not r.aspects and r.head != r.folded and _ASKS_ON.search(r.head) and r.asked_in:
            # "市场部是不是 降本增效 第一个被裁的": the question goes on past the words read as
            # its head; what the asking clause asks is the aspect
            r.aspects = list(r.asked_in[0])
        if not r.aspects and r.head != r.folded and len(r.message.parts) > 1:
            # "公關是不是很常半夜被叫起來處理危機 工作量到底多大": a first question with no aspect
            # word, then a last one that asks one the articles leave open, of the same subject
            last = match_form(r.message.parts[-1])
            asked_last = aspects_of(last)
            (a, b) = r.message.spans[-1]
            if (
                asked_last
                and set(asked_last) <= set(_LEFT_OPEN)
                and not any(a <= m.start < b for m in r.mentions)
            ):
                r.aspects = asked_last
        if not r.aspects and r.head != r.folded and _IS_THAT_SO.fullmatch(r.head):
            # "…试用期工资才四千五 这个正常吗": whether what was told is so asks of what it
            # tells (the pay), not of the job
            r.aspects = [a for a in aspects_of(without_known(r.folded)) if a in _TOLD_AS_SO]
        if not r.aspects and r.head != r.folded and _BARE_WHY.fullmatch(r.head):
            # "my friend does promotion and makes more than me in operations… why?": a bare why
            # asks about what the sentences before it tell
            r.aspects = aspects_in_order(without_known(r.folded), r.asked_in)
        if not set(r.aspects) - {"does"} and (told := self._claim_checked(r.message)):
            # "…she reports to the brand team but her title says ops. which is it?": what the
            # sentence before claims is what the check asks
            claimed = [a for a in aspects_of(match_form(told)) if a in _CLAIMED]
            r.aspects = claimed[:1] or r.aspects
        r.duties = DUTIES_NOW.search(fold(r.text))  # read once: the shape and the plan use it
        if r.duties and "does" in r.aspects:
            # "我每天都在調關鍵字出價…": one's own days told ask nothing of a job
            told = r.duties.string[: r.duties.start()] + " " + r.duties.string[r.duties.end() :]
            if "does" not in aspects_of(match_form(told)):
                r.aspects = [a for a in r.aspects if a != "does"]
        if "market" in r.aspects and not self._market_asked(r.text):
            # "I teach high school English in Chengdu and I'd like to do user operations… Where
            # would I even start?": the city is where the person is, not a market asked about
            r.aspects = [a for a in r.aspects if a != "market"]
        if (
            r.intent == "transition"
            and "prospects" in r.aspects
            and felt_stuck(r.folded)
            and not any("prospects" in asked for asked in r.asked_in)
        ):
            # "…feels like a dead end tbh. I want to go into product operations": the work now
            # felt to lead nowhere is why the person moves, not the future asked of a job
            r.aspects = [a for a in r.aspects if a != "prospects"]
        if r.intent == "transition" and (span := from_to(r.folded)):
            # "活动运营一般怎么干活的，从策划到复盘": 从…到 around no job is a span of work,
            # not a move.
            lo, hi = span.span()
            rest = r.folded[:lo] + " " + r.folded[hi:]
            jobs = [m for m in r.mentions if self.kb.entries[m.entry_id].is_job]
            if not any(lo <= m.start < hi for m in jobs) and intent_of(rest) != "transition":
                r.intent = intent_of(rest)  # "…從策劃到效果評估，整條線是誰在跟": who, still
        r.first = self._first_question(r.message, r.linked, r.intent)
        if r.first:
            # Two questions in one message: the first that names something is answered (its
            # shape and aspect first, then what the others ask of the same subject); a subject
            # only the later ones name is offered as a follow-up.
            (a, b), later = r.first
            r.intent = intent_of(r.linked.q[a:b])
            if "compare" in later:
                later.remove("compare")
                r.intent = "compare" if r.intent == "define" else r.intent
            # "what about user ops, how is that measured?": a first part that asks no aspect of
            # its own leaves the lead to what the later ones ask.
            part = r.linked.q[a:b]
            says_what = bool(_WHAT_IS.search(part) or asks_meaning(part))
            asked = aspects_of(part) or (
                ["does"] if r.intent == "define" and (says_what or not later) else []
            )
            r.aspects = list(dict.fromkeys([*asked, *later]))
            r.mentions = [m for m in r.mentions if a <= m.start < b]
        if r.aspects[:1] in (["market"], ["company"]) and tells_a_decline(r.folded):
            # "公關還有人在招嗎？感覺職缺越來越少": who still hires, asked, then the openings told
            # as shrinking: the job's future is asked
            r.aspects = ["prospects", *(x for x in r.aspects if x != "prospects")]
        if (
            r.intent == "define"
            and len(_distinct(said := [m for m in r.mentions if m.via == "alias"])) == 2
            and all(self.kb.entries[m.entry_id].kind == "term" for m in said)
            and (
                header := _A_WORD_THEN_THE_SAME.match(r.folded)
                or _ZH_WORD_THEN_THE_SAME.match(r.folded)
            )
            and min(m.start for m in said) < header.end("word")
        ):
            # "ASO - is that basically SEO but for app stores?": the word, then another it may
            # be the same as: the two weighed
            r.intent = "compare"
        # (not the name of a comparison itself: "marketing dept vs operations dept" names the
        # idea that weighs the two, which is what is asked)
        named_vs = any(
            m.via == "alias"
            and _VS_IN_NAME.search(m.text)
            and not self.kb.entries[m.entry_id].compares
            for m in r.mentions
        )
        if r.intent == "compare" and named_vs:
            # "what's the 'air force vs army' thing": a "vs" inside a name is part of the name.
            spans = sorted((m.start, m.end) for m in r.mentions if m.via == "alias")
            rest = r.linked.q
            for lo, hi in spans:
                rest = rest[:lo] + " " * (hi - lo) + rest[hi:]
            if intent_of(rest) != "compare":
                r.intent = "define"
        if (
            r.intent in ("transition", "define")
            and does_both(r.head)
            and len(
                {
                    j
                    for m in r.mentions
                    if m.via != "task" and (j := self.planner.as_job(m.entry_id))
                }
            )
            >= 2
            and not any(self.planner.kind(m.entry_id) == "org" for m in r.mentions)
        ):
            r.intent = "compare"  # "can I do brand and PR at the same time": both, not a move
        if (
            r.intent == "define"
            and (_EACH.search(r.folded) or _THESE_WORDS.search(r.folded))
            # (two are enough when each is asked: "GMV and ROI…, what's each one")
            and enumerated(r.folded, r.mentions, 2 if _EACH.search(r.folded) else 3)
        ):
            # "拉新、促活、留存分别是啥", "拉新促活留存转化，这几个词求科普": several named,
            # each asked
            r.intent = "compare"
        if r.intent == "define" and (counted := _THESE_WORDS.search(r.folded)):
            # "新品要首发 还要搞限免 这俩词啥意思": as many words named as the person counts
            terms = {m.entry_id for m in r.mentions if self.planner.kind(m.entry_id) == "term"}
            said = _COUNT_WORDS.get(counted.group("count") or counted.group("count_en") or "")
            if len(terms) == said == len(_distinct(r.mentions)):
                r.intent = "compare"
        if r.intent == "define" and self._one_just_the_other(r.folded, r.mentions):
            r.intent = "compare"  # "is BD just sales under a fancier name?", "SEM不就是竞价吗"
        if r.intent in ("define", "compare") and ARROW_MOVE.search(r.text):
            r.intent = "transition"  # "accountant -> brand manager, is that crazy?"
        if r.intent == "define" and self._job_to_job(r.folded, r.mentions):
            r.intent = "transition"  # "editor to new media ops, is that a small step?"
        if (
            r.intent == "define"
            and not r.first
            and set(r.aspects) <= {"get_in", "skills"}
            and not asks_meaning(r.head)  # "…我现在做的是社群运营。用户运营是什么？"
            and self._both_ends_said(r.folded, r.mentions)
        ):
            r.intent = "transition"  # "推广狗想上岸做运营", "promo guy wanting product ops"
        if (
            r.intent == "define"
            and (r.duties or own_job_words(r.text))
            and (
                any(
                    direction.goal_said_after(r.folded, m.end)
                    for m in r.mentions
                    # a job named as one, not a term of its work ("涨粉是我的目标")
                    if m.via == "alias" and self.kb.entries[m.entry_id].is_job
                )
                # "想進品牌部。現在的工作是每天剪短影音…"
                or (wishes(r.folded) and bool(r.duties))
            )
            # Only when nothing else is asked, or the way there: "我現在在做業務，想轉職去做品牌，
            # 品牌部通常怎麼考核" asks an aspect of the goal, "…用戶運營是什麼？" what it is.
            and (
                not any(r.message.asking)
                or (
                    set(r.aspects) <= {"get_in", "skills"}
                    and not asks_meaning(r.head)
                    and not asks_what_job_does(r.head)
                )
            )
        ):
            # "Product ops is the goal. What I do now: running 投放 on Douyin…": the goal said
            # first, then the work one does now: a move, even with no question asked
            r.intent = "transition"
        if (
            r.intent == "define"
            and wishes(r.folded)
            and asks_route(r.folded)
            and len({j for m in r.mentions if (j := self.planner.as_job(m.entry_id))}) >= 2
        ):
            # "PR is where I wanna end up. currently an editor… whats the path": a wish, the
            # job held, and the way between asked
            r.intent = "transition"
        if (
            r.intent == "define"
            # "ex-TV journalist… is corporate PR at a tech company realistic? what do they look
            # for…": a first question asking whether the move can be made is the move
            and (not r.first or asks_if_realistic(r.linked.q[r.first[0][0] : r.first[0][1]]))
            and (
                wishes(r.folded)
                or "get_in" in r.aspects
                or asks_if_realistic(r.folded)
                # ("…Could any of that count toward an operations job?")
                or brings_over(r.folded)
            )
            and not asks_meaning(r.head)
            and (not asks_what_job_does(r.head) or r.first)
            and (
                ((own := own_job_words(r.text)) and not self._job_in_words(own))
                # "先在4S店卖车…现在想正经找一份新媒体运营": a job we do not cover, told first
                or self._outside_before_ours(r)
            )
            and len(self._goals_named(r)) == 1
        ):
            # "I've been a teacher for 5 years… Thinking about content operations. Realistic?":
            # someone in a job we do not cover, wishing for one we do, asks about the move.
            r.intent = "transition"
        if r.intent == "who" and r.aspects[:1] == ["sits"] and _REPORTS_TO.search(r.folded):
            # "Who does the brand department report to, the CMO or the CEO?": where it sits
            r.intent = "define"
        if r.intent == "who":
            r.mentions = self._not_the_teams_offered(r.folded, r.mentions)
            r.mentions = _not_the_family_asked(r.folded, r.mentions)
        if r.intent == "compare":
            r.mentions = self._not_the_field_of_a_word(r.folded, r.mentions)
            r.mentions = self._words_by_name(r.mentions)
        self._first_tell_me(r, named)

    def _words_by_name(self, mentions: list[Mention]) -> list[Mention]:
        """ "what is ASO, is it just SEO for app stores?": two words said by name are weighed; a
        loose reading beside them ("app stores" as app store ops) is no third side."""
        words = _distinct([m for m in mentions if m.score >= 0.85])
        if len(words) < 2 or any(self.kb.entries[w].kind != "term" for w in words):
            return mentions
        return [m for m in mentions if m.via != "fuzzy" or m.score >= 0.85]

    def _not_the_field_of_a_word(self, folded: str, mentions: list[Mention]) -> list[Mention]:
        """ "what is a campaign in chinese marketing speak, is it bigger than an activity", "拉新
        促活留存 这几个词在运营群里天天见": the field a word is used in says where the word is
        said; it is no side weighed."""
        words = [m.start for m in mentions if self.kb.entries[m.entry_id].kind == "term"]
        if not words:
            return mentions
        field = [
            m
            for m in mentions
            if m.start > min(words)
            and self.kb.entries[m.entry_id].is_job
            and (
                _IN_A_FIELD.search(folded, max(0, m.start - 16), m.start)
                # "拉新促活留存 这几个词在运营群里天天见": the group they are heard in
                or (
                    folded[max(0, m.start - 1) : m.start] == "在" and _ZH_FIELD.match(folded, m.end)
                )
            )
        ]
        kept = [m for m in mentions if m not in field]
        return kept if field and kept else mentions

    def _not_the_teams_offered(self, folded: str, mentions: list[Mention]) -> list[Mention]:
        """ "KOL是品牌部找还是新媒体部找", "新闻稿是公关写还是市场写": the teams said with the
        work's verb after each are the choices offered; the work is what is asked of."""
        found = DONE_BY_WHICH.search(folded)
        if not found:
            return mentions
        offered = [
            m
            for m in mentions
            if m.via != "task"
            and found.start() <= m.start
            and m.end <= found.end()
            and self.kb.entries[m.entry_id].is_job
        ]
        kept = [m for m in mentions if m not in offered]
        return kept if offered and kept else mentions

    def _goals_named(self, r: _Reading) -> set[str]:
        """The jobs a message names. Asked what carries over ("…running the parents' WeChat
        group… Could any of that count toward an operations job?"), the work told is what the
        person brings, no goal: the jobs named by name, when it names any."""
        jobs = {(m.via, j) for m in r.mentions if (j := self.planner.as_job(m.entry_id))}
        named = {j for via, j in jobs if via != "task"}
        return named if named and brings_over(r.folded) else {j for _, j in jobs}

    def _market_asked(self, text: str) -> bool:
        """Whether a clause that asks is the one naming the place (or the market), or the
        message has no clause that asks ("PR jobs in Shanghai" is the question itself)."""
        asking = [c for c in _CLAUSE_BREAK.split(text[: SHAPE_CHARS * 2]) if asks(c)]
        return (
            not asking
            or any("market" in aspects_of(match_form(c)) for c in asking)
            # "北京和上海，哪边做公关机会多点", "beijing or shanghai, which has more PR jobs?":
            # the places named before, asked which of them
            or any(_WHICH_PLACE.search(match_form(c)) for c in asking)
            # "job market for new media in chengdu, how is it", "台北行銷的缺多嗎 好不好找": the
            # market, or finding work, said in so many words, whichever clause asks
            or seeks_work(fold(text))
        )

    def _outside_before_ours(self, r: _Reading) -> bool:
        """Whether a job we do not cover is named before the first job of ours."""
        ours = [m.start for m in r.mentions if self.planner.as_job(m.entry_id)]
        return bool(ours) and any(a < min(ours) for a, _, _ in outside_jobs(r.linked.q))

    def _first_tell_me(self, r: _Reading, named: list[Mention]) -> None:
        """ "商城运营和淘宝运营有啥关系？先说说商城运营干啥吧", "…? Actually first just tell me
        what activity ops does": the person says which part to answer first."""
        said = _FIRST_TELL.search(r.linked.q)
        if not said or r.intent == "transition":
            return
        after = [m for m in named if m.start >= said.end()]
        if not after:
            return
        # "想先问营运专员到底在做什么，跟行销有什么不一样": the first thing named after it
        first = min(m.start for m in after)
        after = [m for m in after if m.start == first]
        # "先说说商城运营干啥吧，再说工资": what is asked first, up to what comes next
        rest = _THEN.split(r.linked.q[said.end() :], maxsplit=1)[0]
        r.mentions, r.first = after, None
        r.intent = "who" if intent_of(rest) == "who" else "define"
        r.aspects = aspects_of(rest)

    def _judge_words(self, r: _Reading) -> None:
        """How much of the question its names explain, without asides and the aspect's own
        words; what words in brackets say."""
        r.others: list[str] = []
        verbs = [
            m
            for m in r.mentions
            if (
                m.text in ("运营", "营运", "推广")
                and _DOING_IT_BEFORE.search(r.linked.q, 0, m.start)
                and _WHAT_AFTER.match(r.linked.q, m.end)
            )
            # "他們的 KPI 是看銷售額嗎": sales revenue, a figure, not the sales department
            or (m.text.lower() in ("销售", "sales") and _A_FIGURE_AFTER.match(r.linked.q, m.end))
        ]
        if verbs and (len(verbs) < len(r.mentions) or talk.points_back(r.folded)):
            # "產品營運到底在營運什麼": the second 營運 is what is done, not a job named
            r.mentions = [m for m in r.mentions if m not in verbs]
        named_jobs = {m.entry_id for m in r.mentions if self.kb.entries[m.entry_id].is_job}
        if named_jobs and len(r.mentions) > len(named_jobs):
            # "they put me in 'GTM'… what is a GTM team actually supposed to do": the word is
            # the job's own name, said again as the job
            r.mentions = [
                m
                for m in r.mentions
                if (job := self._as_its_job(m)) is None
                or job.entry_id not in named_jobs
                or not any(
                    n.entry_id == job.entry_id
                    and n.start >= m.end
                    and len(n.text) > len(m.text)
                    and f" {match_form(m.text)} " in f" {match_form(n.text)} "
                    for n in r.mentions
                )
                or asks_meaning(r.folded)  # "BD啥意思，招聘上写BD专员": the word is asked
            ]
        if (r.mentions and r.coverage < 1) or (r.aspects and not r.mentions):
            # Without a name ("它通常隶属哪个部门？"), the aspect's own words are still not
            # words of another subject.
            r.coverage, r.foreign, r.others = self._focus(
                r.message, r.linked, bool(r.aspects), r.intent == "transition"
            )
        if r.intent == "compare" and (person := _FOR_SOMEONE.search(r.linked.q)):
            # "PR or brand for someone who loves writing but hates spreadsheets": the person
            # described is who the two are weighed for, not another subject
            r.coverage, r.foreign = self._without(r.linked, person.group(), r.coverage, r.foreign)
        told = r.linked.q[: SHAPE_CHARS * 2]  # (what a message says of itself, said early)
        for studied in STUDIED_FIELD.finditer(told) if r.mentions else ():
            # "…if they didn't study journalism", "非新闻专业想进公关": what one studied is who
            # asks, not another subject
            r.coverage, r.foreign = self._without(r.linked, studied.group(), r.coverage, r.foreign)
        if r.mentions and (guess := GUESSED_MEANING.search(told)):
            # "漲粉就是增加粉絲數的意思嗎", "does KOC mean a normal user who posts": the meaning
            # the person guesses is in their own words, not another subject's
            said = (
                guess.group("guess")
                or guess.group("guess2")
                or guess.group("guess3")
                or guess.group("guess4")
            )
            r.coverage, r.foreign = self._without(r.linked, said, r.coverage, r.foreign)
            if guess.group("guess3"):
                # (the guess names no subject of its own: "就是小网红？" is not KOL asked)
                a, b = guess.span("guess3")
                r.mentions = [m for m in r.mentions if not (a <= m.start and m.end <= b)] or (
                    r.mentions
                )
        bare = None
        if _ASIDE.search(r.text):
            # "社群經營（經營會員LINE群…那種）是在做什麼": words in brackets explain or digress;
            # the question is judged without them too.
            bare = self.linker.link_full(_ASIDE.sub(" ", r.text))
            if bare.mentions:
                r.coverage, r.foreign = max(r.coverage, bare.coverage), min(r.foreign, bare.foreign)
        if r.intent == "define" and (glossed := self._glossed(r)):
            # "whats a trafic ops manager (流量运营)": a Chinese name glossing the English words
            # before it says exactly what they name ("ops manager" alone is any ops)
            r.mentions = [m for m in r.mentions if m.entry_id == glossed]
            return
        if bare and r.intent == "define" and bare.mentions:
            # "产品策划（营销中心那种，不是游戏策划）主要做啥": a name in brackets says where the
            # subject belongs; it is not the subject.
            said = {m.entry_id for m in bare.mentions}
            r.mentions = [m for m in r.mentions if m.entry_id in said] or r.mentions
        if bare and r.intent == "transition":
            # "I'm in promotion (SEO mostly). can I move into ops?": a job in brackets says more
            # about the one before it; it is not a third end of the move.
            said = {m.entry_id for m in bare.mentions}
            kept = [m for m in r.mentions if m.entry_id in said]
            kept = self._narrowed(kept, [m for m in r.mentions if m.entry_id not in said])
            if len({j for m in kept if (j := self.planner.as_job(m.entry_id))}) >= 2:
                r.mentions = kept

    def _glossed(self, r: _Reading) -> str | None:
        """The one subject a bracketed Chinese name right after English words names, when the
        message names it (and the brackets hold that name alone)."""
        found = {
            e
            for m in _GLOSS.finditer(r.text)
            for e, _, _ in self.linker.exact.get(match_form(m.group(1)), ())
        }
        if len(found) != 1:
            return None
        glossed = found.pop()
        return glossed if any(m.entry_id == glossed for m in r.mentions) else None

    def _with_conversation(self, r: _Reading, conversation: Conversation | None) -> None:
        """What the conversation so far supplies: the subject, the aspect, the start of a move.
        The readings are tried in this order, each one way a short message leans on the talk
        before; one that settles the whole question ends the round."""
        r.ctx = conversation if conversation and conversation.fresh() else None
        r.from_context = r.continuing = False
        if r.ctx and talk.corrects(r.folded):
            self._take_the_job_meant(r, r.ctx)
        ctx = r.ctx
        if ctx is None:
            return
        # What this message names that is no new subject, and one side of the last comparison
        # picked by its place.
        self._two_words_of_one_name(r)
        self._word_against_word(r, ctx)
        self._drop_names_said_in_passing(r, ctx)
        self._what_the_person_brings(r, ctx)
        self._take_a_side(r, ctx)
        # What is asked now, as the talk before implies it.
        self._intent_from_talk(r, ctx)
        if r.side_picked:
            r.from_context = True
            return
        # Where the job before sits or is found, and the reasons for the last answer.
        self._where_the_job_before_is(r, ctx)
        self._why_of_the_last(r, ctx)
        # A move weighed again, or what the person brings into the job, settles the question;
        # else what the follow-up points at supplies the rest.
        if (
            self._the_move_weighed_again(r, ctx)
            or self._brought_into_the_job(r, ctx)
            or self._why_the_companies_differ(r, ctx)
            or self._another_of_the_companies(r, ctx)
            or self._another_company_weighed(r, ctx)
            or self._its_kinds_after(r, ctx)
            or self._inside_the_idea(r, ctx)
        ):
            return
        if self._the_next_pair(r, ctx):
            r.intent = "compare"
        if (
            r.intent == "define"
            and not r.mentions
            and len(ctx.sides) == 2
            and talk.points_to_each(r.folded)
        ):
            # "PR or brand, which is better" then "what does each actually do tho", "它们各自
            # 具体做什么": each of the two weighed, side by side again
            r.intent = "compare"
        r.mentions, r.aspects, r.from_context = self._follow_up(
            r.folded, r.mentions, r.intent, r.aspects, ctx, r.foreign
        )
        if self._same_yardstick(r, ctx):
            r.aspects = [ctx.aspect]

    def _a_word_in_english_talk(self, text: str, conversation: Conversation | None) -> bool:
        """ "what is 留存 in ops" then "促活?": a Chinese word of ours said alone in an English
        conversation asks its meaning in English (not "举个例子", which is Chinese said)."""
        if not (conversation and conversation.fresh() and conversation.lang == "en"):
            return False
        said = self.linker.exact.get(match_form(text), ())
        return len(text) <= 8 and any(self.kb.entries[e].kind == "term" for e, _, _ in said)

    def _why_the_companies_differ(self, r: _Reading, ctx: Conversation) -> bool:
        """ "company B", "company C?", then "why are they all so different from each other",
        "為什麼三家分法都不一樣": how the companies told differ is the idea that one job lands
        in different departments. Reads that idea into `r` when it is asked."""
        if not (
            ctx.kind == "org"
            and THEY_DIFFER_IDEA in self.kb.entries
            # (naming no other company: "为什么跟互联网公司不一样" weighs the two)
            and all(m.entry_id == THEY_DIFFER_IDEA for m in r.mentions)
            and THEY_DIFFER.search(r.folded)
        ):
            return False
        r.intent, r.aspects, r.from_context = "define", [], True
        r.mentions = _from_talk([THEY_DIFFER_IDEA])
        return True

    def _another_of_the_companies(self, r: _Reading, ctx: Conversation) -> bool:
        """ "company B", then "and C?", "and the medical one?", "醫療app嗰間呢": another of the
        article's example companies, by its letter or by what it does."""
        if not (ctx.subjects and ctx.kind == "org" and ctx.subjects[0] in self._companies()):
            return False
        if r.mentions or len(r.folded) > 30:
            return False
        by_letter = _A_LETTER.fullmatch(r.folded)
        pointed = _ONE_OF_THEM.search(r.folded) is not None
        found = [
            eid
            for eid, (letter, trade) in self._companies().items()
            if eid != ctx.subjects[0]
            and (
                (by_letter is not None and by_letter.group("letter") == letter)
                or (pointed and trade.search(r.folded) is not None)
            )
        ]
        if len(found) != 1:
            return False
        r.intent, r.aspects, r.from_context = "define", [], True
        r.mentions = _from_talk(found)
        return True

    def _another_company_weighed(self, r: _Reading, ctx: Conversation) -> bool:
        """ "fmcg公司怎么分市场部", then "为什么跟互联网公司不一样": the kind of company told
        before, weighed against the one this question names."""
        if not (ctx.subjects and ctx.kind == "org") or ctx.subjects[0] not in self.kb.entries:
            return False
        named = {m.entry_id for m in r.mentions if m.score >= 0.85}
        if len(named) != 1 or self.planner.kind(next(iter(named))) != "org":
            return False
        if ctx.subjects[0] in named or not _WITH_THE_OTHER.search(r.folded):
            return False
        r.intent, r.aspects, r.from_context = "compare", [], True
        r.mentions = _from_talk([ctx.subjects[0]]) + r.mentions
        return True

    def _its_kinds_after(self, r: _Reading, ctx: Conversation) -> bool:
        """ "運營部係咩嚟", then "入面分幾多種？": the kinds of the team just told."""
        if r.mentions or not ctx.subjects or not self.kb.entries[ctx.subjects[0]].is_job:
            return False
        if not _only_its_kinds(r.folded):
            return False
        r.intent, r.aspects, r.from_context = "define", [], True
        r.mentions = _from_talk([ctx.subjects[0]])
        return True

    def _companies(self) -> dict[str, tuple[str, re.Pattern[str]]]:
        """The article's example companies (Company A…C): their letter, and the words of
        what they do, read from their names ("Company C (internet medical)": medical, 医疗)."""
        if self._example_companies is None:
            made: dict[str, tuple[str, re.Pattern[str]]] = {}
            for eid, entry in self.kb.entries.items():
                named = re.fullmatch(r"Company ([A-Z]) \((.+)\)", entry.name.get("en") or "")
                said = re.search(r"（(.+)）", entry.name.get("zh-Hans") or "")
                if entry.kind != "org" or not named:
                    continue
                trade = [
                    w for w in named.group(2).lower().split() if w not in ("internet", "technology")
                ]
                if said:
                    trade.append(re.sub("互联网|公司|科技", "", said.group(1)) or said.group(1))
                words = "|".join(
                    rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w)
                    for w in trade
                    if w
                )
                made[eid] = (named.group(1).lower(), re.compile(words, re.IGNORECASE))
            self._example_companies = made
        return self._example_companies

    def _inside_the_idea(self, r: _Reading, ctx: Conversation) -> bool:
        """ "生财日历那个案例在讲什么", then "里面哪部分算用户运营", "so where's the user operations
        bit in that story", "佢点样做运营": a part of the idea or case just told, asked about, is
        still that idea (the job it names is a part of the story, not the subject). Reads that
        idea into `r` when it is asked (not who does a part of it: "空军里谁是脑子")."""
        if not (
            ctx.kind == "concept"
            and self.kb.entries[ctx.subjects[0]].kind == "concept"
            and r.intent not in ("who", "transition", "compare")
            and _INSIDE_IT.search(r.folded)
            # (a word of the story is explained on its own: "里面说的分销是什么意思")
            and all(self.kb.entries[m.entry_id].kind not in ("concept", "term") for m in r.mentions)
        ):
            return False
        r.intent, r.aspects, r.from_context = "define", [], True
        r.mentions = _from_talk([ctx.subjects[0]])
        r.inside_idea = True
        return True

    def _take_the_job_meant(self, r: _Reading, ctx: Conversation) -> None:
        """ "不对 我问的是新媒体部 不是新媒体运营", "no wait, I meant community ops": the job meant
        replaces the one answered, and is asked what was asked of that one (named anywhere in
        the message: "…I meant community ops… what do THEY do"); the talk before is done with."""
        named = r.mentions or [m for m in r.linked.mentions if m.score >= 0.85]
        word = self.kb.entries.get(ctx.subjects[0]) if ctx.subjects else None
        if not named and word and word.stands_for and _THE_TEAM_MEANT.search(r.folded):
            # "PR?" answered as the word, then "the dept I mean": the job the word stands for
            # is the subject the talk goes on with
            r.ctx = replace(ctx, subjects=(word.stands_for,), kind="role", aspect=None)
            return
        meant = [m for m in named if not talk.denied_before(r.linked.q, m.start)]
        if not r.mentions or (meant and len(meant) < len(r.mentions)):
            r.mentions = meant
        if meant:
            r.aspects = _by_the_last_aspect(r.aspects, ctx)
        if meant:
            r.ctx = None

    def _two_words_of_one_name(self, r: _Reading) -> None:
        """ "is 企劃 the same as 策劃 over there?", "ROI跟ROAS是一样的吗": two words held up against
        each other that both name one thing of ours ask whether they are the same, which that
        thing's card says; the talk's subject is no side of it."""
        said = [m for m in r.mentions if m.via == "alias"]
        if r.intent != "compare" or not said or len(_distinct(r.mentions)) != 1:
            return
        # (the other word right after the first: "是不是就跟品牌部的品牌专员一样" weighs the
        # talk's subject against the words said)
        glue = _HELD_AGAINST.match(r.linked.q, said[0].end)
        if glue is None:
            return
        other = [m for m in said if m.start >= glue.end()]
        if not other:
            # (a second name of the same thing may have been merged into the first)
            # or be a part of its name ("企劃 the same as 策劃", read as 营销策划 and 策划)
            word = _NEXT_WORD.match(r.linked.q, glue.end())
            found = self.linker.link_full(word.group()).mentions if word else []
            other = [m for m in found if m.entry_id == said[0].entry_id]
            first = r.linked.q[said[0].start : said[0].end]
            if word and len(word.group()) >= 2 and word.group() in first:
                other = [said[0]]
        if other:
            r.intent = "define"

    def _word_against_word(self, r: _Reading, ctx: Conversation) -> None:
        """ "ASO?", then "is that just SEO for apps", "so basically SEO but for app stores?": the
        word before held up against this one (a loose reading beside it, "app stores" as app
        store ops, is none)."""
        said = [m for m in r.mentions if m.score >= 0.85]
        if (
            ctx.kind == "term"
            and r.intent == "define"
            and not set(r.aspects) - {"does"}
            and len(_distinct(said)) == 1
            and self.kb.entries[said[0].entry_id].kind == "term"
            and ctx.subjects[0] != said[0].entry_id
            and _JUST_ANOTHER_WORD.search(r.folded)
        ):
            r.intent, r.aspects = "compare", []
            r.mentions = said

    def _drop_names_said_in_passing(self, r: _Reading, ctx: Conversation) -> None:
        """Names said only as a reason, a lack or a thing set aside are no new subject: "is that
        role safe though? feels like ops is the first thing cut in layoffs" (after what product
        ops people are measured on), "how would i actually make that move, i have zero marketing
        experience", "so where does growth come from there if not marketing"."""
        if not r.mentions:
            return
        back = talk.points_back(r.folded)
        if (
            (back and self._only_said_as(r, _REASON_BEFORE, 48))
            or self._only_said_as(r, _LACKED_BEFORE, 24, _EXPERIENCE_AFTER)
            or (back and self._only_said_as(r, _SET_ASIDE_BEFORE, 14))
        ):
            r.mentions = []
        elif "measured" in r.aspects and (guess := _GUESSED_AFTER.search(r.text)):
            # "how are they measured? sales?": a measure guessed after the question, no subject
            guessed = {m.entry_id for m in self.linker.link_full(guess.group(1)).mentions}
            if {m.entry_id for m in r.mentions} <= guessed:
                r.mentions = []

    def _what_the_person_brings(self, r: _Reading, ctx: Conversation) -> None:
        """After a move: "will any of my SEM skills actually count there", "would my coding even
        help there?": what the person brings to the move is asked, not a new subject."""
        if ctx.kind != "transition":
            return
        if r.mentions and self._only_said_as(r, _HELD_BEFORE, 24, _EXPERIENCE_AFTER):
            r.mentions = []
            r.aspects = r.aspects or ["skills"]
        elif not r.mentions and not r.aspects and _WHAT_I_BRING.search(r.folded):
            r.aspects = ["skills"]

    def _take_a_side(self, r: _Reading, ctx: Conversation) -> None:
        """ "I do promotion now — could I move into the first one?", "I'm in ops, how do I move
        to the other one": one side of the comparison before, by its place."""
        placed = self._side_pointed_at(r, ctx) if ctx.kind == "compare" or ctx.sides else None
        if not placed:
            return
        r.side_picked = True
        r.mentions = sorted([*r.mentions, placed], key=lambda m: m.start)
        if talk.continues(r.folded):
            r.aspects = _by_the_last_aspect(r.aspects, ctx)  # "what skills for the second one?"
        if r.intent == "compare" and len(r.mentions) == 1:
            r.intent = "define"  # "後者感覺比較像大公司才有，他們在做什麼": that one alone

    def _intent_from_talk(self, r: _Reading, ctx: Conversation) -> None:
        """What is asked, read with the talk before: a move from there, the same move to another
        goal, the two before weighed again, who does the next thing. Each reading sees what
        the ones before it made of the question."""
        if (
            ctx.kind == "transition"
            and not r.mentions
            and not r.aspects
            and talk.asks_how_bare(r.folded)
        ):
            r.aspects = ["get_in"]  # "can ops people switch to promotion?" then "how": the way
        if (
            ctx.kind == "transition"
            and r.intent == "transition"
            and not r.mentions
            # (not pay: "轉過去會不會降薪" weighs the start's pay against the goal's)
            and r.aspects[:1] in (["measured"], ["sits"], ["workload"])
            and not has_self_description(r.folded)
        ):
            # "我做推广的，想转用户运营" then "转过去一般怎么考核": how the goal is judged, once
            # moved there (the goal's own aspect, not the move's)
            r.intent = "define"
        if (
            r.intent == "define"
            and _FROM_THERE.search(r.folded)
            and len({m.entry_id for m in r.mentions}) == 1
            and r.mentions[0].entry_id not in ctx.subjects
            and self.planner.as_job(r.mentions[0].entry_id)
        ):
            r.intent = "transition"  # "I'm in sales…" then "any chance to get into GTM from there?"
        if (
            r.intent == "define"
            # ("specifically product ops. what to learn?"; "is that closer to what I already do")
            and set(r.aspects)
            <= {"skills", "get_in", *(("does",) if _MINE.search(r.folded) else ())}
            and self._goes_on_moving(r.folded, r.mentions, ctx)
        ):
            r.intent = "transition"  # "我做推广，想转运营" then "那产品运营呢": the same start
            r.continuing = True
        if ctx.kind == "compare" and self._weighs_the_two_by(r):
            # "promotion vs operations?" then "and which should I pick", "那谁工资高", "and which
            # has the better future?"
            r.intent = "compare"
        if ctx.kind == "who" and self._who_does_the_next(r):
            # "这锅该谁背" then "那拉新呢？", "那上微博热搜呢，谁来打": who does the next thing
            r.intent, r.aspects = "who", []
        if ctx.kind == "compare" and r.intent == "define" and _AND_WITH.match(r.folded):
            r.intent = "compare"  # "compare it with user ops" then "and with content ops?"
        if (
            ctx.earlier
            and r.intent == "define"
            and not r.mentions
            and _WHICH_OF_THEM.search(r.folded)
        ):
            r.intent = "compare"  # "SEO是什么", "SEM呢", then "哪个属于免费推广": the two of them
        if self._the_two_weighed_again(r, ctx):
            # "community ops vs user ops", then "which is easier to get into as a new grad?":
            # the two weighed again
            r.intent = "compare"
            if not r.aspects and _PICK_ONE_OF_THEM.search(r.folded):
                r.aspects = ["better"]  # "咁我應該揀邊個": which is the better pick

    @staticmethod
    def _weighs_the_two_by(r: _Reading) -> bool:
        """After a comparison, whether this asks which of the two is better, pays or lasts more
        ("which one's easier to get into with zero experience" weighs the two for a way in,
        not a move)."""
        return (
            r.intent in ("define", "who")
            or (
                r.intent == "transition"
                and not r.mentions
                and bool(_WHICH_OF_THEM.search(r.folded))
            )
        ) and (
            r.aspects[:1] == ["better"]
            or (
                r.aspects[:1] in (["pay"], ["prospects"], ["workload"])
                and bool(_WHICH_SIDE.search(r.folded))
            )
        )

    def _who_does_the_next(self, r: _Reading) -> bool:
        """After who does a task, whether "and X?" asks who does the next task or word told
        (not "and what does ASO stand for again")."""
        return (
            r.intent == "define"
            and talk.continues(r.folded)
            and bool(r.mentions)
            and not set(r.aspects) - {"does"}
            and not talk.points_back(r.folded)
            and not asks_meaning(r.folded)
            # ("咁導購係咪即係 promoter？": whether one word is another)
            and not _ONE_IS_THE_OTHER.search(r.folded)
            and all(
                m.via == "task" or self.kb.entries[m.entry_id].kind == "term" for m in r.mentions
            )
        )

    def _the_two_weighed_again(self, r: _Reading, ctx: Conversation) -> bool:
        """After two compared, whether the two are weighed again: "which of the two…", "咁我應該
        揀邊個", or "那工资呢" after "用户运营和内容运营有啥区别" (both weighed by pay; the pay
        entry named by 工资 names the aspect, not a subject)."""
        return (
            ctx.kind == "compare"
            and len(ctx.subjects) >= 2
            and r.intent in ("define", "transition")  # ("which is easier to get into")
            and all(m.entry_id in self.kb.index.aspect_ids for m in r.mentions)
            and not r.side_picked
            and bool(
                _WHICH_OF_THE_TWO.match(r.folded)
                or _PICK_ONE_OF_THEM.search(r.folded)
                or (
                    r.aspects[:1] in (["pay"], ["prospects"], ["workload"])
                    and all(
                        s in self.kb.entries and self.kb.entries[s].is_job for s in ctx.subjects[:2]
                    )
                    and talk.continues(r.folded)
                    and not talk.points_back(r.folded)
                )
            )
        )

    def _where_the_job_before_is(self, r: _Reading, ctx: Conversation) -> None:
        """Teams and kinds of company said of the job before are where it sits or is found, not
        new subjects: "what does a new media dept do" then "is it under marketing?"; "小编是做
        什么的" then "她說她被放在營運部而不是行銷部，這樣合理嗎？"; "品牌經理在快消公司裡是什麼
        角色？" then "哪幾家快消比較推"."""
        was = ctx.subjects[0] if ctx.subjects else None
        job_before = was in self.kb.entries and self.kb.entries[was].is_job
        if talk.points_back(r.folded) or _THE_ONE_ASKED_FOR.search(r.folded):
            # (so after a parent's question: "is she under the sales people?")
            places = [m for m in r.mentions if _said_under(r.folded, m)]
            if (
                len(r.mentions) >= 2
                and job_before
                and all(
                    self.planner.kind(m.entry_id) == "department"
                    and m.entry_id != was
                    and _SAID_AS_A_PLACE.search(r.folded[max(0, m.start - 14) : m.start])
                    for m in r.mentions
                )
            ):
                # "my wife runs the online mall…" then "is that ops or is it e-commerce?":
                # two departments the job might be in
                places = r.mentions
            if places and len(places) == len(r.mentions):
                r.mentions = []
                r.aspects = ["sits", *[a for a in r.aspects if a != "sits"]]
        if (
            r.aspects[:1] in (["sits"], [])
            and r.mentions
            and (
                not talk.continues(r.folded)
                or talk.points_back(r.folded)
                or _HER_KIND.search(r.folded)  # "那她这种一般归哪个部门管"
            )
            and job_before
            and all(
                self.planner.kind(m.entry_id) == "department"
                and m.entry_id != was
                and (_PLACED_AT if r.aspects else _PLACED_SO).search(
                    r.folded, max(0, m.start - 8), m.start
                )
                for m in r.mentions
            )
        ):
            # "她领导是品牌总监，不是运营的": the departments are where the job before was placed
            r.mentions, r.aspects = [], ["sits", *r.aspects[1:]]
        if (
            r.aspects[:1] == ["company"]
            and r.mentions
            and all(self._is_org(m) for m in r.mentions)
            and any(self.kb.entries[s].is_job for s in ctx.subjects if s in self.kb.entries)
        ):
            r.mentions = []  # the kind of company is where to look for the job before

    @staticmethod
    def _why_of_the_last(r: _Reading, ctx: Conversation) -> None:
        """ "推广和运营哪个工资高？" then "为什么": the same question, for its reasons."""
        if not r.mentions and _WHY_ALONE.fullmatch(r.form.strip()):
            r.intent = "compare" if ctx.kind == "compare" else r.intent
            r.aspects = _by_the_last_aspect(r.aspects, ctx)

    def _the_move_weighed_again(self, r: _Reading, ctx: Conversation) -> bool:
        """ "我做SEO，能转内容运营吗" then "难吗", "is that realistic?", "how long would that take",
        "我之前的經驗哪些帶得過去？", "would my contacts count for anything": the move just told,
        weighed again (or for what the person brings), from the same start to the same goal.
        Reads that move into `r` when it is one."""
        if not (
            ctx.kind == "transition"
            and ctx.subjects
            and (
                not r.mentions
                # ("業務經驗到行銷部有用嗎": the two ends named again)
                or all(
                    self.planner.as_job(m.entry_id) in (ctx.start, ctx.subjects[0])
                    for m in r.mentions
                )
            )
            and (
                (set(r.aspects) <= {"duration"} and weighs_the_move_again(r.folded))
                or (set(r.aspects) <= {"duration", "skills", "get_in"} and brings_over(r.folded))
            )
        ):
            return False
        r.intent, r.from_context = "transition", True
        ends = [ctx.start, ctx.subjects[0]] if ctx.start else [ctx.subjects[0]]
        r.mentions = _from_talk(ends)
        return True

    def _the_next_pair(self, r: _Reading, ctx: Conversation) -> bool:
        """ "市场和运营到底区别在哪" then "那推广跟运营呢", "and promotion and ops?": the same
        comparison, of the next two said together."""
        pair = _distinct([m for m in r.mentions if m.via == "alias" and m.score >= 0.85])
        return (
            ctx.kind == "compare"
            and r.intent == "define"
            and not r.aspects
            and talk.continues(r.folded)
            and len(pair) == 2
            and len(r.mentions) == 2
            and said_as_a_pair(
                r.folded[min(m.end for m in r.mentions) : max(m.start for m in r.mentions)]
            )
        )

    def _brought_into_the_job(self, r: _Reading, ctx: Conversation) -> bool:
        """ "電商營運平常都在做些什麼" then "我以前的銷售經驗有哪些用得上": what the person brings,
        weighed for a move into the job just talked of (from a job of ours only when it is
        named outright). Reads the move into `r` when it is one."""
        goal = ctx.subjects[0] if ctx.subjects else None
        if not (
            ctx.kind == "role"
            and goal in self.kb.entries
            and self.kb.entries[goal].is_job
            and set(r.aspects) <= {"skills", "get_in", "does"}
            and brings_over(r.folded)
            and all(self.planner.as_job(m.entry_id) != goal for m in r.mentions)
        ):
            return False
        r.intent, r.from_context = "transition", True
        starts = [
            m.entry_id for m in r.mentions if m.score >= 0.85 and self.kb.entries[m.entry_id].is_job
        ]
        ends = [*dict.fromkeys(starts)][:1] + [goal]
        r.mentions = _from_talk(ends)
        return True

    @staticmethod
    def _same_yardstick(r: _Reading, ctx: Conversation) -> bool:
        """ "推廣跟營運哪個薪水比較高" then "為什麼？不是都差不多嗎，看公司嗎": the same two,
        weighed by the same yardstick, asked why or doubted (not "what's the difference between
        them", which asks the whole comparison)."""
        return bool(
            r.from_context
            and ctx.kind == "compare"
            and ctx.aspect
            and not r.aspects
            and r.intent == "compare"
            and {m.entry_id for m in r.mentions} == set(ctx.subjects[:2])
            and not _THE_DIFFERENCE.search(r.folded)
        )

    def _a_step_of(self, folded: str, ids: list[str]) -> bool:
        """Whether one of the steps the subject before tells is asked ("第六步是啥")."""
        if len(ids) != 1 or ids[0] not in self.kb.entries or not _A_STEP.search(folded):
            return False
        told = " ".join(self.kb.items(ids[0], "details", "en")).lower()
        return "step" in told

    def _sides_placed(self, r: _Reading) -> None:
        """ "跟互联网公司的品牌部比呢", "快消的品牌经理跟互联网公司的品牌部有什么区别": a kind of
        company said of a job weighed is where that job is, not a side of its own."""
        if r.intent != "compare" or len(r.mentions) < 2:
            return
        q = r.linked.q
        placed = [
            m
            for m in r.mentions
            if self.planner.kind(m.entry_id) == "org"
            and any(
                n.start >= m.end
                and self.kb.entries[n.entry_id].is_job
                and _QUALIFIES.fullmatch(q, m.end, n.start)
                for n in r.mentions
            )
        ]
        jobs = {m.entry_id for m in r.mentions if self.kb.entries[m.entry_id].is_job}
        # (two kinds of company weighed by one job in each: "互联网公司的市场部和快消公司的市场部")
        orgs = {m.entry_id for m in r.mentions if self.planner.kind(m.entry_id) == "org"}
        # (not beside an idea: "傳統產業的營運跟網路公司的營運一樣嗎" weighs two senses of
        # operations, the company saying which)
        ideas = any(m not in placed and not self.kb.entries[m.entry_id].is_job for m in r.mentions)
        if placed and not ideas and (len(orgs) == 1 or len(jobs) >= 2):
            r.mentions = [m for m in r.mentions if m not in placed]

    def _only_said_as(
        self, r: _Reading, before: re.Pattern[str], span: int, after: re.Pattern[str] | None = None
    ) -> bool:
        """Whether every name is said only as something about the person or the last answer:
        with `before` in the `span` characters before it (and `after` right after it): a reason
        ("feels like ops is…"), a lack ("zero marketing experience"), a name set aside ("if not
        marketing"), what one brings ("my SEM skills")."""
        q = r.linked.q
        return all(
            before.search(q, max(0, m.start - span), m.start)
            and (after is None or after.match(q, m.end))
            for m in r.mentions
        )

    def _whether_it_does(self, r: _Reading) -> None:
        """ "數位行銷部也會做廣告投放嗎", "新媒体部也会做投放吗": whether a team named first does
        the work named after it asks about that team (what it does), as "does the new media team
        also do paid ads?" already reads; the work is not the subject."""
        if r.intent != "define" or len(r.mentions) != 2 or set(r.aspects) - {"does"}:
            return
        team, work = sorted(r.mentions, key=lambda m: m.start)
        if (
            self.planner.kind(team.entry_id) == "department"
            and team.via == "alias"
            and work.entry_id != team.entry_id
            and _DOES_IT_TOO.fullmatch(r.folded, team.end, work.start)
            and _ASKED_YES_NO.match(r.folded, work.end)
        ):
            r.mentions, r.aspects = [team], ["does"]

    def _route_names_its_start(self, r: _Reading, route: str) -> bool:
        """Whether the route is named by a name that says its start, a job of ours ("operations
        to promotion"; not "记者转公关", whose start is a job we do not cover)."""
        for m in r.mentions:
            if m.entry_id != route:
                continue
            said = r.linked.q[m.start : m.end]
            cut = MOVE_NAME_TURN.search(said)
            if cut and not outside_jobs(said[: cut.start()]):
                return True
        return False

    def _outside_start(self, r: _Reading) -> str | None:
        """The job outside ours the person says they do, before the goal of the move."""
        if not r.plan or r.plan.kind != "move" or not r.plan.ids[1]:
            return None
        goal_at = [m.start for m in r.mentions if self.planner.as_job(m.entry_id) == r.plan.ids[1]]
        before = min(goal_at) if goal_at else len(r.linked.q)
        outs = [w for a, _, w in held_outside_jobs(r.linked.q) if a < before]
        return as_said(outs[0]) if outs else None

    def _start_inside_outside(self, r: _Reading) -> bool:
        """Whether the start read is only a word inside the name of a job outside ours that the
        person holds ("保险销售干了三年": 销售 in an insurance salesperson)."""
        assert r.plan is not None
        spans = [(a, b) for a, b, _ in held_outside_jobs(r.linked.q)]
        said = [m for m in r.mentions if self.planner.as_job(m.entry_id) == r.plan.ids[0]]
        return bool(said) and all(any(a <= m.start < b for a, b in spans) for m in said)

    def _kind_of_company(self, r: _Reading) -> bool:
        """Whether the companies named are kinds of company (an FMCG company, 大厂), not one
        the articles describe (Company B), whose arrangement is asked of by its name."""
        orgs = [m for m in r.mentions if self.planner.kind(m.entry_id) == "org"]
        return all(
            not self.kb.entries[m.entry_id].name.get("en").startswith("Company ") for m in orgs
        )

    def _role_of_a_kind_of_company(self, r: _Reading) -> bool:
        """ "快消公司的品牌经理是不是就是产品的爸妈": a role said of a kind of company."""
        if not self._kind_of_company(r):
            return False
        q = r.linked.q
        orgs = [m for m in r.mentions if self.planner.kind(m.entry_id) == "org"]
        roles = [m for m in r.mentions if self.planner.kind(m.entry_id) == "role"]
        return any(
            (o.end <= m.start and _QUALIFIES.search(q[o.end : m.start]))
            # ("在快消公司，品牌经理…": the place said, then the role)
            or (
                o.end < m.start
                and not q[o.end : m.start].strip()
                and q[max(0, o.start - 1) : o.start] in ("在", "喺")
            )
            or (m.end <= o.start and _AT_A.match(q[m.end : o.start]))
            for o in orgs
            for m in roles
        )

    def _the_job_a_term_names(self, r: _Reading) -> None:
        """ "SEO新手薪水大概多少": pay, measures or a path asked of a term that is a job's own name
        ("SEO" in "SEO/SEM specialist") are asked of that job; so is anything asked of a term
        said as a job ("BD这工作到底好不好", "深圳SEO岗位好找吗")."""
        if r.intent != "define":
            return
        said_as_job = {
            m.start: job
            for m in r.mentions
            if (
                _JOB_WORD_AFTER.match(r.linked.q, m.end)
                # "做BD的以后一般发展成啥": the one who does it; "做公關好唔好？": doing it, as
                # a job, is asked whether it is a good one
                or (r.linked.q[m.end : m.end + 1] == "的" and r.linked.q[: m.start].endswith("做"))
                or (
                    (r.linked.q[: m.start].rstrip().endswith("做") or m.text.startswith("做"))
                    and set(r.aspects[:1]) & (_CONCEPT_AS_JOB | {"better", "market", "company"})
                )
            )
            and (job := self._as_its_job(m))
        }
        # "my girlfriend works in 'GTM'", "his job title has 'ASO' in it": the term names where
        # one works, the job that handles it (even when the job's name does not hold the term)
        said_as_job |= {
            m.start: job
            for m in r.mentions
            if m.start not in said_as_job
            and _WORKS_IN_BEFORE.search(r.linked.q, max(0, m.start - 30), m.start)
            and not asks_meaning(r.folded)  # "she does 'touliu'. what does that mean"
            and (job := self._as_its_job(m, named=False))
        }
        if said_as_job:
            r.mentions = [said_as_job.get(m.start, m) for m in r.mentions]
            return
        names = [m for m in r.mentions if m.via == "alias"]
        if (
            len(_distinct(names)) == 1
            and r.aspects in ([], ["does"])
            and self.kb.entries[names[0].entry_id].kind == "term"
            and asks_what_job_does(r.folded)
            and not asks_meaning(r.folded)
            and (job := self._as_its_job(names[0]))
            and self.planner.kind(job.entry_id) == "department"
        ):
            # "陆军里那个GTM是干嘛的", "GTM具体做什么": what the word does is what the team named
            # by it does (what it means is asked otherwise: "GTM是什么"; a word of a job's
            # work, "SEO是干嘛的", is asked what the work is)
            r.mentions = [job if m is names[0] else m for m in r.mentions]
            return
        if (
            names
            and not r.aspects
            and all(self.kb.entries[m.entry_id].kind == "term" for m in names)
            and not _FIVE_YEARS_OLD.search(r.folded)
            and (has_self_description(r.folded) or tells_their_days(r.folded))
            and not asks_meaning(r.folded)
            and (not _ASKS_ANYTHING.search(r.folded) or _WHICH_JOB_IS_IT.search(r.folded))
            and (job := self._as_its_job(names[0], named=False))
        ):
            # "I handle app store stuff: ASO, uploading builds…", "我男朋友…天天找KOL、KOC合作，
            # 还要去微博打热搜，他这个岗叫啥": the work told in its words is a job, not a word
            r.mentions = [job if m is names[0] else m for m in r.mentions]
            return
        if (
            not r.aspects
            and len(_distinct(names)) == 1
            and _JUST_DOING.search(r.folded)
            and (job := self._as_its_job(names[0]))
        ):
            # "PR is just writing press releases right?", "PR是不是就是写新闻稿": what the job
            # named by the word does, doubted as only that
            r.mentions = [job if m is names[0] else m for m in r.mentions]
            r.aspects = ["does"]
            return
        if not set(r.aspects[:1]) & _CONCEPT_AS_JOB:
            return
        aspect_ids = self.kb.index.aspect_ids  # "薪水" names the aspect
        real = [m for m in r.mentions if m.via != "context" and m.entry_id not in aspect_ids]
        if any(m.via == "alias" for m in real):
            # ("SEO仲有冇前途？個個都話AI search會取代晒": a slip read in the chat, "paid search"
            # for "AI search", is no second subject beside the name said)
            real = [m for m in real if m.via != "fuzzy"]
        if not real and set(r.aspects[:1]) & (JOB_ONLY_ASPECTS | {"prospects"}):
            # "SEO是什么" then "starting pay?": the word talked about is the job's own name
            said = [m for m in r.mentions if m.via == "context"]
            if len(said) == 1 and (
                (job := self._job_the_word_names(said[0]))
                # ("…spends her days on 投流", then "Is that a proper career?": the work the
                # word names, asked of as a career, is the job that does it)
                or (_A_CAREER.search(r.folded) and (job := self._as_its_job(said[0], named=False)))
            ):
                r.mentions = [job if x is said[0] else x for x in r.mentions]
            return
        if len(_distinct(real)) > 1:
            # "在互联网公司做市场有前途吗": a kind of company said as where the work is done is
            # no second subject
            doing = [
                m
                for m in real
                if not (
                    self.planner.kind(m.entry_id) == "org"
                    and _WORK_DONE_AT.search(r.folded, max(0, m.start - 8), m.start)
                )
            ]
            # (an idea that names a job, 市场 the function; a term's job, "PR salary at a big
            # tech co", is read beside the company as before)
            if len(_distinct(doing)) == 1 and self.kb.entries[doing[0].entry_id].kind == "concept":
                real = doing
        if len(_distinct(real)) != 1:
            return
        # ("SEO職缺都是哪些公司在開？", "trade mkt worth it or nah": the job the word names)
        if set(r.aspects[:1]) & (JOB_ONLY_ASPECTS | {"prospects", "company", "better"}) and (
            job := self._as_its_job(real[0])
        ):
            r.mentions = [job if x in real else x for x in r.mentions]
        elif (
            (entry := self.kb.entries[real[0].entry_id]).kind == "concept"
            and entry.stands_for
            and real[0].via == "alias"
        ):
            # "互联网运营需要具备哪些能力", "prospects for internet operations people": the
            # skills, pay or future of the job the idea names are asked of that job.
            m = real[0]
            job = Mention(entry.stands_for, m.start, m.end, m.score, m.via, m.text)
            r.mentions = [job if x in real else x for x in r.mentions]

    def _where_the_goal_sits(self, r: _Reading) -> None:
        """ "I'm a photographer, want to become an editor at a new media team": a job named
        after another, as where that one is done ("at a…", "on the marketing side"), is no end
        of the move."""
        if r.intent != "transition":
            return
        jobs = [m for m in r.mentions if self.planner.as_job(m.entry_id)]
        if len(_distinct(jobs)) < 2:
            return
        first = min(m.end for m in jobs)
        q = r.linked.q
        placed = [
            m
            for m in jobs
            if m.start >= first
            and (at := _AT_A_PLACE.search(q, max(0, m.start - 24), m.start))
            # ("pr to brand? im in a PR team right now": where the person is, the start)
            and not direction.start_before(q[max(0, at.start() - 40) : m.start])
            and not _A_JOB_WORD.match(q, m.end)  # "in a content ops role" is the goal itself
        ]
        # "想转去品牌那边做零售团队", "想轉去品牌嘅零售team": a job right before another, said
        # as the side where that one is done
        placed += [
            m
            for m in jobs
            if (
                (after := _SIDE_THEN.match(q, m.end))
                # "想转市场部做策划": a department, then the job done in it
                or (
                    self.planner.kind(m.entry_id) == "department"
                    and (after := _DOING_THERE.match(q, m.end))
                )
            )
            and any(o.start == after.end() and o is not m for o in jobs)
            and m not in placed
        ]
        if (arrow := ARROW_MOVE.search(r.text)) and placed:
            # "event ops at an app -> campaign execution at a hardware brand": the job right
            # after the arrow is the goal, whatever place came before the arrow.
            after = match_form(r.text[arrow.end() - 1 :])
            placed = [m for m in placed if not after.startswith(q[m.start : m.end])]
        if placed and len(_distinct([m for m in jobs if m not in placed])) >= 1:
            r.mentions = [m for m in r.mentions if m not in placed]

    def _examples_after_a_job(self, r: _Reading) -> None:
        """ "用户运营要盯数据，到底盯哪些数据啊，留存？活跃？": terms named after a job whose
        measures or skills are asked are examples of them, not subjects of their own ("電商團隊
        主要是看什麼數字gmv嗎還是roi": the two offered are examples, not two sides)."""
        if r.intent not in ("define", "compare") or r.aspects[:1] not in (["measured"], ["skills"]):
            return
        asked = aspect_start(r.linked.q, r.aspects[0])
        if asked is None:
            return
        jobs = [
            m
            for m in r.mentions
            if m.via == "alias" and m.end <= asked and self.kb.entries[m.entry_id].is_job
        ]
        if not jobs:
            return
        kept = [
            m
            for m in r.mentions
            if not (m.start >= asked and self.kb.entries[m.entry_id].kind == "term")
        ]
        if kept and (r.intent == "define" or len(_distinct(kept)) == 1):
            r.mentions = kept
            r.intent = "define"

    def _the_job_they_do(self, r: _Reading) -> None:
        """ "我男友在網路商城做營運…他們主要是被看什麼指標？", "幫室友問：她在遊戲公司做BD…這種
        工作通常怎麼衡量？": the job someone is said to do is what "this job" asks about, not
        the company they do it at nor the words of their day."""
        if r.intent != "define" or not r.aspects:
            return
        q = r.linked.q
        pointer = _THIS_WORK.search(q)
        if pointer is None or any(0 <= pointer.start() - m.end <= 2 for m in r.mentions):
            return  # "商務拓展呢份工要啲咩skill？我做開sales": the job just named
        done = [
            m
            for m in r.mentions
            if m.via in ("alias", "fuzzy")
            and self.planner.as_job(m.entry_id)
            and (
                _DOING_BEFORE.search(q, max(0, m.start - 3), m.start)
                or q[m.start : m.start + 1] in "做当干"
                # "我表哥喺一間手機品牌嘅零售團隊做": in the team, working
                or (_WORKING_AFTER.match(q, m.end) and "在" in q[max(0, m.start - 14) : m.start])
            )
        ]
        if done and len(_distinct(done)) == 1 and len(_distinct(r.mentions)) > 1:
            r.mentions = done

    def _settle_subjects(self, r: _Reading) -> None:
        """The shape settled against the names: a who-question about a job, work split between
        two, where one sits, two things weighed; and which names the asking sentences hold."""
        self._whether_it_does(r)
        sized = [m for m in r.mentions if m.entry_id == SMALL_COMPANY]
        if sized and r.intent == "who" and len(sized) < len(r.mentions):
            # "whose job is it to respond? we're a 40 person company": where, not who
            r.mentions = [m for m in r.mentions if m not in sized]
            sized = []
        if sized and r.intent == "define" and _THIS_SIZE.search(r.folded):
            # "…brand, PR, Douyin and ads at once. Is that normal for a company this size?": the
            # jobs told are what the small company asks of one person, its card the answer
            r.mentions = sized
        placed = len(r.message.spans) == len(r.message.parts)
        known = (
            [
                span
                for span, part in zip(r.message.spans, r.message.parts, strict=True)
                if said_known(part)
            ]
            if placed
            else []
        )
        # (names only: "I know what sells and how to display it" says a skill, not a name)
        inside = [
            m for m in r.mentions if m.via != "task" and any(a <= m.start < b for a, b in known)
        ]
        if inside and any(m.via != "task" for m in r.mentions if m not in inside):
            # "KOL I get. what's a KOC", "KOL我懂，KOC呢": a name the person says they know is
            # not asked, when another one is
            r.mentions = [m for m in r.mentions if m not in inside]
        if any(
            self._idea_told(m) and _WHO_WORD.search(r.folded, m.start, m.end) for m in r.mentions
        ):
            # "at an FMCG company who owns GMV, marketing or the channel guys?": an idea told as
            # whose it is, asked at a kind of company; the company is where, not a subject
            # beside it (as it is of "operations in a traditional company vs an internet one")
            placed = [
                m
                for m in r.mentions
                if self.planner.kind(m.entry_id) == "org"
                and _AT_AN_ORG.search(r.folded[max(0, m.start - 16) : m.start])
            ]
            if placed and len(placed) < len(r.mentions):
                r.mentions = [m for m in r.mentions if m not in placed]
                if r.intent in ("who", "compare"):
                    r.intent = "define"
        if r.intent == "compare" and len(_distinct(r.mentions)) == 2:
            # "快消里这俩指标一般是渠道背还是市场背": an idea asked at a kind of company, said as
            # the place ("快消里", "at an FMCG"), is not weighed against that company
            placed = [
                m
                for m in r.mentions
                if self.planner.kind(m.entry_id) == "org"
                and (
                    _AT_AN_ORG.search(r.folded[max(0, m.start - 16) : m.start])
                    or _IN_IT.match(r.folded, m.end)
                )
                # (not one of two places weighed: "…in a traditional company and in an internet
                # one")
                and not _AND_AT.search(r.folded[max(0, m.start - 20) : m.start])
            ]
            rest = [m for m in r.mentions if m not in placed]
            if placed and rest and all(self.kb.entries[m.entry_id].kind == "concept" for m in rest):
                r.mentions, r.intent = rest, "define"
        if (
            r.intent == "define"
            and r.aspects[:1]
            and r.aspects[0] in ASKED_OF_A_JOB
            and r.mentions
            and all(m.via == "task" for m in r.mentions)
            and len(jobs := {self.planner.as_job(m.entry_id) for m in r.mentions}) == 1
            and None not in jobs
        ):
            # "現在AI這麼強，做SEO還有前途嗎", "is feed ad optimising a job with a future": the
            # future (pay, measures…) of the job the work names, not who does that work
            r.mentions = [replace(r.mentions[0], entry_id=jobs.pop(), via="alias")]
        if (
            r.intent == "who"
            and r.aspects[:1] == ["sits"]
            and any(
                m.via in ("alias", "context") and self.planner.as_job(m.entry_id)
                for m in r.mentions
            )
        ):
            # "编辑在互联网公司一般算哪个部门的", "who would she be reporting to there?": where a
            # job named (or talked about) sits, not who does a task
            r.intent = "define"
        if (
            r.intent == "compare"
            and wishes(r.folded)
            and _HOW_FAR.search(r.folded)
            and len(_distinct([m for m in r.mentions if self.planner.as_job(m.entry_id)])) == 2
        ):
            # "內容營運做了兩年，想試試產品營運，兩邊差很多嗎？", "做緊user ops，想轉product ops，
            # 兩者技能重疊多唔多？": how far the move told is, not the two weighed for a choice
            r.intent = "transition"
        self._the_job_they_do(r)
        self._examples_after_a_job(r)
        self._where_the_goal_sits(r)
        self._the_job_a_term_names(r)
        named_job = any(
            m.via in ("alias", "context") and self.planner.as_job(m.entry_id) for m in r.mentions
        )
        if r.intent == "who" and named_job and set(r.aspects) & ASKED_OF_A_JOB:
            r.intent = "define"  # "who does the brand department report to" asks about the job
        # "营销策划部和品牌部怎么分工": how two jobs divide the work weighs them; at a kind of
        # company it is how that company organises ("传统企业的市场部跟运营部怎么分工").
        splits = r.intent == "define" and splits_work(r.folded)
        at_a_company = any(self.planner.kind(m.entry_id) == "org" for m in r.mentions)
        if splits and not at_a_company and len(self._things(r.mentions)) >= 2:
            r.intent = "compare"
        elif splits and at_a_company and _THESE_TWO.search(r.head):
            # "I work at a ~150 person startup… our market team and ops team… How are these
            # two supposed to divide responsibilities?": the two teams, at that company.
            jobs = [m for m in r.mentions if self.planner.kind(m.entry_id) != "org"]
            if len(self._things(jobs)) >= 2:
                r.intent, r.mentions = "compare", jobs
        if r.intent == "compare":
            # "KOL和brand ambassador的区别": "brand" there begins another name, one we do not
            # cover; the comparison has one side we know and says so of the other.
            # So is a side only guessed at ("品牌大使" read as 品牌大片, one character off).
            kept = [
                m
                for m in r.mentions
                if not self.everyday.begins_another_name(r.folded, m, r.text)
                and not (m.via == "fuzzy" and m.score < 0.7)
            ]
            if kept and len(kept) < len(r.mentions):
                r.mentions = kept
        if (
            r.intent == "transition"
            and r.aspects[:1] == ["sits"]
            and _COUNTED_AS.search(r.folded)
            and has_self_description(r.folded)
        ):
            # "i run baidu SEM… 3 years now. is that counted as promotion or operations?": where
            # the work one does sits, the two named after it the choices, not a move; the work
            # told names the job asked about
            r.intent = "define"
            at = aspect_start(r.folded, "sits")
            told = [m for m in r.mentions if at is not None and m.end <= at]
            jobs = {self.planner.as_job(m.entry_id) for m in told if m.via == "task"}
            named = [m for m in told if m.via != "task" and self.kb.entries[m.entry_id].is_job]
            if len(jobs) == 1 and None not in jobs and not named:
                r.mentions = [
                    replace(told[0], entry_id=jobs.pop(), via="alias"),
                    *(m for m in r.mentions if m not in told),
                ]
        if r.intent in ("compare", "define") and r.aspects[:1] == ["sits"]:
            # "新媒体属于市场部还是运营部", "is new media part of marketing or operations": where
            # one job sits, the departments after it being the choices offered.
            # ("I'm a PR manager. Which department is traffic ops part of?": the job held is
            # the person's own, told before the question)
            held = self.planner.asked_beside_held(r.folded, r.mentions)[0]
            r.mentions = [m for m in r.mentions if m not in held]
            at = aspect_start(r.folded, "sits")
            before = [m for m in r.mentions if at is not None and m.end <= at]
            # (not two said against each other: "CMO vs brand manager, who's above who")
            weighed = len(before) == 2 and _VERSUS.fullmatch(
                r.folded[before[0].end : before[1].start]
            )
            if len({self.planner.as_job(m.entry_id) for m in before} - {None}) == 1 and not weighed:
                # (a kind of company said with it is where: "快消公司做trade marketing…算市场部
                # 定销售部")
                r.intent = "define"
                r.mentions = (
                    [m for m in before if self.planner.kind(m.entry_id) != "org"]
                    if self._kind_of_company(r)
                    else before
                )
            elif r.mentions and not weighed:
                # "trade marketing, is it sales or marketing, where does it sit", "PR通常係喺
                # marketing入面，定係獨立一個部門": the job named first, then the places it may
                # sit offered as a choice
                ordered = sorted(r.mentions, key=lambda m: m.start)
                first = self.planner.as_job(ordered[0].entry_id)
                later = {self.planner.as_job(m.entry_id) for m in ordered[1:]} - {None, first}
                if (
                    first
                    and later
                    and _SITS_CHOICE.search(r.folded[ordered[0].end :])
                    and not _DIFFERENCE.search(r.folded)  # "…市场部和运营部到底区别在哪"
                ):
                    r.intent = "define"
                    r.mentions = [m for m in ordered if self.planner.as_job(m.entry_id) == first]
        if r.intent == "define" and (choice := _IS_IT_X_OR_Y.search(r.linked.q)):
            # "gtm团队是干嘛的 是市场还是销售", "what's that team do, and is it sales or
            # marketing?": the jobs offered as what it is are choices, not the subject.
            before = [m for m in r.mentions if m.end <= choice.start()]
            if any(self.planner.as_job(m.entry_id) for m in before):
                r.mentions = before
        if r.intent == "define" and not asks_meaning(r.folded):
            # "PR people just write press releases lol. is that all the PR department does?":
            # the short form and the job it stands for, both named, are one subject: the job.
            named_jobs = {m.entry_id for m in r.mentions if m.via == "alias"}
            r.mentions = [
                m
                for m in r.mentions
                if self.kb.entries[m.entry_id].stands_for not in named_jobs
                or self.kb.entries[m.entry_id].kind != "term"
            ]
        if r.intent == "define" and (
            r.aspects[:1] == ["does"]
            # (and its market: "快消行业现在还招品牌经理吗" asks of the brand manager)
            or (r.aspects and r.aspects[0] in _OF_A_JOB_HERE and self._kind_of_company(r))
            or (not r.aspects and self._role_of_a_kind_of_company(r))
        ):
            # "my daughter got an offer from a phone maker, the title is 用户洞察岗. what will she
            # actually be doing there?", "我女儿在某大厂做活动运营…这个岗位是不是都这么累",
            # "快消公司的品牌经理是不是就是产品的爸妈": a role named at a kind of company is what
            # is asked; the company is where (how a company is organised is asked otherwise)
            kinds = {m.entry_id: self.planner.kind(m.entry_id) for m in r.mentions}
            # (a department too, when what is asked is of a job: "大厂运营是不是天天996"; what
            # it does at a kind of company is how that company is organised)
            persons = set(r.aspects[:1]) & _OF_A_PERSONS_JOB_HERE
            jobs = ("role", "department") if persons else ("role",)
            roles = {e for e, k in kinds.items() if k in jobs}
            orgs = {e for e, k in kinds.items() if k == "org"}
            named = {m.entry_id for m in r.mentions if m.via == "alias"}
            if len(roles) == 1 and roles <= named and len(orgs) == 1 and set(kinds) == roles | orgs:
                r.mentions = [m for m in r.mentions if m.entry_id in roles]
        if r.aspects[:1] == ["company"]:
            # "which tech company has the best PR team": the kind of company is what is asked
            # to be chosen among, not a side weighed against the job; so is "brands" in
            # "which brands have the best comms planning teams".
            lo, hi = aspect_start(r.folded, "company"), aspect_end(r.folded, "company")
            jobs = [
                m
                for m in r.mentions
                if self.planner.kind(m.entry_id) != "org"
                and not (lo is not None and hi is not None and lo <= m.start and m.end <= hi)
            ]
            if jobs:
                r.mentions = jobs
        weighing = set(r.aspects) & set(WEIGHING)
        named = r.mentions

        def weighed() -> list[str]:
            return self._things(
                [
                    m
                    for m in named
                    if not _PLACE_BEFORE.search(r.folded[max(0, m.start - 24) : m.start])
                    # "is brand a dying job now that everything is performance ads?": a job named
                    # in the reason is no side weighed.
                    and not _REASON_BEFORE.search(r.folded[max(0, m.start - 48) : m.start])
                    # "brand manager salary at FMCG": a kind of company is where, not a side.
                    and not (
                        self.planner.kind(m.entry_id) == "org"
                        and _AT_AN_ORG.search(r.folded[max(0, m.start - 16) : m.start])
                    )
                    # "公关还有前途吗，感觉都被自媒体取代了": a half-recognised word in an aside
                    # is not a side weighed.
                    and m.score >= 0.85
                    and m.via != "task"
                ]
            )

        if r.intent != "transition":
            r.mentions = self._without_container(r.folded, r.mentions)
        if r.intent == "define" and self._contrasted(r.folded, r.mentions):
            r.intent = "compare"  # "營運部門是不是就是對內，行銷是對外？" weighs the two jobs
        if r.intent in ("who", "define") and weighing and len(weighed()) >= 2:
            # "which job pays best, brand or PR?" weighs two jobs; "my wife does PR. how much
            # does a media buyer make?" tells one held, and asks of the other
            held, asked = self.planner.asked_beside_held(r.folded, named)
            if not asked or len(set(weighed()) - {m.entry_id for m in held}) >= 2:
                r.intent = "compare"
        self._likeness_of_its_own(r)
        r.mentions = self._aspect_as_question(r.mentions, r.aspects)
        if weighing and any(m.via == "alias" for m in r.mentions):
            # "公关这行还有前途吗，感觉都被自媒体取代了": beside a name said in full, a word only
            # half recognised is not the subject of what is weighed.
            r.mentions = [m for m in r.mentions if m.via != "fuzzy" or m.score >= 0.85]
        if r.intent != "transition":
            r.mentions = self._in_the_question(r.message, r.mentions, r.a_word_asked, r.linked.q)
        r.mentions = self._the_quoted_one(r)
        r.mentions = self._words_of_an_ideas_name(r)

    def _likeness_of_its_own(self, r: _Reading) -> None:
        """ "聽說網路公司的營運部就等於傳統公司的業務部，真的假的", "is the ops department at an
        internet company kind of like the sales department at a traditional company": two jobs
        likened, where the articles draw that likeness in one job's own summary (operations
        plays the part a traditional company's sales department plays). That job is what is
        asked; its card's first lines say the likeness."""
        if r.intent not in ("define", "compare") or r.aspects[:1] not in ([], ["does"]):
            return
        jobs = [m for m in r.mentions if m.via == "alias" and self.kb.entries[m.entry_id].is_job]
        if len(_distinct(jobs)) != 2:
            return
        a, b = jobs[0], next(m for m in jobs if m.entry_id != jobs[0].entry_id)
        if not _LIKENED.search(r.linked.q, min(a.end, b.end), max(a.start, b.start)):
            return
        owns = [
            m
            for m, other in ((a, b), (b, a))
            if any(
                name in match_form(self.kb.entries[m.entry_id].summary.get(lang))
                for name in self._name_forms(other.entry_id)
                for lang in ("en", "zh-Hans")
            )
        ]
        if len(owns) != 1:
            return
        r.intent = "define"
        r.mentions = [m for m in r.mentions if m.entry_id == owns[0].entry_id]

    def _the_quoted_one(self, r: _Reading) -> list[Mention]:
        """ "an article said marketing 'creates intangible value'. what does that actually
        mean?", "people keep saying a campaign 'chuquan'd. wtf does that mean": what is asked
        the meaning of is the one name said in quotes."""
        if r.intent != "define" or not asks_meaning(r.folded) or len(_distinct(r.mentions)) < 2:
            return r.mentions
        quoted = " ".join(match_form(a or b) for a, b in _QUOTED_WORDS.findall(r.text))
        if not quoted:
            return r.mentions
        kinds = {m.entry_id: self.planner.kind(m.entry_id) for m in r.mentions}
        if "org" in kinds.values():
            return r.mentions  # "what does 'operations' mean at a traditional company": its sense
        inside = [
            m
            for m in r.mentions
            if m.via == "alias"
            and m.end > m.start
            and r.linked.q[m.start : m.end] in quoted
            and kinds[m.entry_id] in ("term", "concept")  # a word or an idea, not a job
        ]
        if len(_distinct(inside)) != 1:
            return r.mentions
        return [m for m in r.mentions if m in inside or m.via == "context"]

    def _words_of_an_ideas_name(self, r: _Reading) -> list[Mention]:
        """ "9+1那个品牌营销体系是啥": words of an idea's own name said beside it (品牌营销 of
        品牌营销“9+1”循环体系) describe that idea; they are not a subject of their own."""
        if r.intent != "define" or len(_distinct(r.mentions)) < 2:
            return r.mentions
        ideas = [
            m
            for m in r.mentions
            if m.via == "alias" and self.planner.kind(m.entry_id) in ("concept", "term")
        ]
        names = {m.entry_id: self._name_forms(m.entry_id) for m in ideas}
        first_end: dict[str, int] = {}  # each idea where it is first said (by its end)
        for i in ideas:
            first_end[i.entry_id] = min(i.end, first_end.get(i.entry_id, i.end))
        kept = [
            m
            for m in r.mentions
            if not (
                self.kb.entries[m.entry_id].is_job
                and has_cjk(said := r.linked.q[m.start : m.end])
                and any(
                    idea != m.entry_id
                    and end <= m.start  # said after the idea, as what it is
                    and any(said in n for n in names[idea])
                    for idea, end in first_end.items()
                )
            )
        ]
        return kept or r.mentions

    def _name_forms(self, eid: str) -> frozenset[str]:
        """An entry's names in the matching form, made once per entry."""
        found = self._name_forms_made.get(eid)
        if found is None:
            by_lang = self.kb.entries[eid].name.by_lang
            found = frozenset(match_form(n) for n in by_lang.values() if n)
            self._name_forms_made[eid] = found
        return found

    def _make_plan(self, r: _Reading) -> None:
        """The plan, with a move's start in the person's own words where we have no job for it."""
        r.plan = self.planner.plan(r.text, r.folded, r.intent, r.mentions, r.aspects)
        if (
            r.plan
            and r.plan.kind == "move"
            and r.plan.ids[0] is None
            and not r.plan.from_words
            and (r.continuing or r.from_context)
            and (held := [m.entry_id for m in r.mentions if m.via == "context"])
            and (start := self.planner.as_job(held[0]))
            and start != r.plan.ids[1]
        ):
            # "我做推广，能转内容运营吗" then "产品运营呢": the start the conversation supplied,
            # though the goal is named where its place is (the very first word)
            r.plan = Plan("move", (start, r.plan.ids[1]))
        if (
            r.ctx
            and not any(m.via != "context" for m in r.mentions)
            and r.ctx.subjects
            and (was := r.ctx.subjects[0]) in self.kb.entries
            and self.kb.entries[was].is_job
            and (outs := outside_jobs(r.linked.q))
            and (r.intent == "transition" or COUNTS_THERE.search(r.folded))
        ):
            # "how do people get into PR" then "I'm a reporter at a local TV station, would my
            # background count for that?": a move into the job before, from one we do not cover
            r.intent, r.from_context = "transition", True
            r.plan = Plan("move", (None, was), from_words=as_said(outs[0][2]))
        if (
            r.intent in ("define", "compare")
            and _ORGANISED.search(r.folded)
            and len(orgs := {m.entry_id for m in r.linked.mentions if self._is_org(m)}) == 1
            # ("product planning vs communication planning at a phone company, how do they
            # split the work": two jobs weighed where they are; a named company's split is its)
            and not (
                r.plan
                and r.plan.kind == "compare"
                and next(iter(orgs)) in _KINDS_OF_COMPANY
                and all(i and self.kb.entries[i].is_job for i in r.plan.ids)
            )
        ):
            # "像手機這種大型硬體消費公司，行銷部門是怎麼組織的？": how a kind of company
            # arranges its teams is that kind of company's own entry
            r.plan = Plan("entry", (orgs.pop(),))
        if (
            r.plan
            and r.aspects[:1] == ["company"]
            and any(i and self.kb.entries[i].kind == "org" for i in r.plan.ids)
            and len(jobs := {j for m in r.mentions if (j := self.planner.as_job(m.entry_id))}) == 1
        ):
            # "which kind of company is best to learn trade marketing at, P&G or a phone
            # brand?": the kinds of company are where to look; the job is what is asked of
            r.plan = Plan("entry", (jobs.pop(),))
        if (
            r.plan
            and r.plan.kind == "compare"
            and r.aspects[:1] in ([], ["sits"])
            and len(r.plan.ids) == 2
            and (under := self._sits_under_the_other(r, r.plan.ids))
        ):
            # "网推部跟市场部啥关系啊，是市场部底下的吗", "新媒體部是在行銷部裡面嗎": where the
            # one sits, asked by whether it is under the other
            r.plan = Plan("entry", (under,))
            r.aspects = ["sits", *r.aspects[1:]]
        if (
            self._a_goal_alone(r)
            and r.aspects[:1] == ["better"]
            and _WORTH_GOING_INTO.search(r.folded)
            and not has_self_description(r.folded)
        ):
            # "is aso ops worth getting into", "is pr even worth going into lol": whether the
            # job is worth it, asked by no one moving from anywhere
            r.plan = Plan("entry", (r.plan.ids[1],))
        if (
            self._a_goal_alone(r)
            and (
                any(self.planner.kind(m.entry_id) == "org" for m in r.mentions)
                or employer_kind(r.linked.q)
                or _IN_HOUSE.search(r.folded)
            )
            and _ONE_OR_THE_OTHER.search(r.folded)
            and not has_self_description(r.folded)
            and not own_job_words(r.text)
            and not outside_jobs(r.linked.q)
        ):
            # "For a media buyer, better to join a 4A agency or go in-house at a brand?", "想做品牌
            # 嘅話，入大公司定細公司好啲？": which kind of company to join for the job, no move
            r.plan = Plan("entry", (r.plan.ids[1],))
            r.aspects = ["company", *(a for a in r.aspects if a not in ("company", "better"))]
        if r.plan and r.plan.kind == "compare" and r.aspects[:1] == ["company"]:
            # "做公關要去哪種公司比較好？agency還是品牌端": a job and the kinds of employer one
            # could do it at weigh employers for the job, not the job against an agency
            jobs = [i for i in r.plan.ids if i and self.kb.entries[i].is_job]
            places = [
                m
                for m in r.mentions
                if m.entry_id in r.plan.ids
                and m.entry_id not in jobs
                and (self.planner.kind(m.entry_id) == "org" or _IN_HOUSE.search(m.text.lower()))
            ]
            if len(jobs) == 1 and len(_distinct(places)) == len(r.plan.ids) - 1:
                r.plan = Plan("entry", (jobs[0],))
        if r.plan and r.plan.kind == "compare" and r.intent == "transition":
            # "我应该转用户运营还是活动运营": which move is better is the person's call, said first
            r.aspects = ["better", *(a for a in r.aspects if a != "better")]
        if (
            r.plan is None
            and not r.mentions
            and (employer := employer_kind(r.linked.q))
            and employer[0] in self.kb.entries
            and (set(r.aspects) & {"company", "better"} or _JOIN_WHICH.search(r.folded))
        ):
            # "should I join ByteDance or Alibaba": no job asked of; the articles rate no
            # employer, said first, then what they say of that kind of company.
            kind, start, end = employer
            r.plan = Plan("entry", (kind,))
            r.mentions = [Mention(kind, start, end, 0.9, "alias", r.linked.q[start:end])]
            r.aspects = ["company", *(a for a in r.aspects if a != "company")]
            # the employers named and the wish to join one are the whole question, understood
            r.coverage, r.foreign = 1.0, 0.0
        if r.ctx and (
            before := self._the_move_before(
                r.folded, r.intent, r.mentions, r.aspects, r.ctx, r.from_context
            )
        ):
            r.plan = before
        if (
            r.plan
            and r.plan.kind == "entry"
            and r.intent == "transition"
            and r.duties
            and (goal := self.planner.as_job(r.plan.ids[0]))
        ):
            # "Goal: user ops. Current job: SEO link building at a small site": the start is in
            # the duties listed, or nowhere (then the goal stays the question)
            held = self._start_by_duties(r, (None, goal))
            if held:
                r.plan = Plan("move", (held, goal))
            duties_read = True
        else:
            duties_read = False
        if (
            r.plan
            and r.plan.kind == "move"
            and r.plan.ids[0] is None
            and r.plan.ids[1]
            and not r.plan.from_words
            and not r.duties
            and r.aspects[:1]
            and r.aspects[0] in _FACTS_OF_A_JOB
            and any(r.aspects[0] in clause for clause in r.asked_in)
            and not own_job_words(r.text)
            and not outside_jobs(r.linked.q)
            # (no other job named: "想做產品運營，目前在做SEO，要先學什麼？" is a move)
            and len({j for m in r.mentions if (j := self.planner.as_job(m.entry_id))}) == 1
            # ("…How hard is the switch, and what would it pay?": the move is asked)
            and not any(
                asks_the_move(form)
                for c in _CLAUSE_BREAK.split(r.text)
                if clause_asks(form := match_form(c))
            )
        ):
            # "想做淘寶店鋪運營 每天工作內容到底是什麼": a wish, then a fact asked of the job
            # wished for; no start is told, so no move is asked
            r.plan = Plan("entry", (r.plan.ids[1],))
        # (the duties are read once: not again for the move they just made)
        moving = bool(r.plan and r.plan.kind == "move" and not duties_read)
        told_outside = self._outside_start(r) if moving else None
        if (
            told_outside
            and r.plan
            and not r.plan.from_words
            and (not r.plan.ids[0] or self._start_inside_outside(r))
        ):
            # "我现在做汽车销售，每天接待客户、跟进意向…想转行做运营": the job named is one we
            # do not cover; its duties do not make it one of ours (nor does a word of ours
            # inside its name: "保险销售干了三年")
            r.plan = Plan("move", (None, r.plan.ids[1]), from_words=told_outside)
        start = self._start_by_duties(r) if moving and not told_outside else None
        if r.plan and start and r.plan.ids[1]:
            # "目标是做用户运营。现在每天的工作：在巨量引擎上建计划、盯消耗、换素材、算ROI": the
            # job held is the one those duties describe, read as a job ad is read
            r.plan = Plan("move", (start, r.plan.ids[1]))
        if r.plan and r.plan.kind == "move" and r.plan.from_words and r.plan.ids[1]:
            # "做了三年業務": the person's own word for a job we have under another name; not
            # when it names a job of another trade, told with where it is done ("我在車商當業務")
            if held := held_job_saying(r.linked.q, r.plan.from_words):
                r.plan = Plan("move", r.plan.ids, from_words=held)
            start = None if held else self._job_in_words(r.plan.from_words, r.plan.ids[1])
            if start and start != r.plan.ids[1]:
                r.plan = Plan("move", (start, r.plan.ids[1]))
        if (
            r.plan
            and r.plan.kind == "entry"
            and (route := self.kb.entries[r.plan.ids[0]]).kind == "transition"
            and route.to_id
            and not route.story
            and (held := held_outside_jobs(r.linked.q))
            # (not when the route's own start is named: "as a designer, is moving from
            # operations to promotion realistic?")
            and not self._named_outright(r.mentions, route.from_id)
            and not self._route_names_its_start(r, route.id)
        ):
            # "我在地方报社跑了八年社会新闻…记者转公关 有戏吗": the curated route, from the job
            # the person holds, which is none of ours (a reporter is no editor)
            r.plan = Plan("move", (None, route.to_id), from_words=as_said(held[0][2]))
        if (
            r.plan
            and r.plan.kind == "entry"
            and r.intent == "transition"
            # the job a term names ("想去企业做公关": PR the job)
            and (goal := self.planner.as_job(r.plan.ids[0]))
            # (or named only by the word for it: "…ended up in PR at tech firms", PR the word)
            and (
                at := [m.start for m in r.mentions if m.entry_id == r.plan.ids[0]]
                or [m.start for m in r.mentions if self.planner.as_job(m.entry_id) == goal]
            )
            and (starts := [w for a, _, w in outside_jobs(r.linked.q) if a < min(at)])
        ):
            # "how can a kindergarten teacher get into content ops": a job we do not cover,
            # then the way in, is a move from outside.
            r.plan = Plan("move", (None, goal), from_words=as_said(starts[0]))
        if (
            r.plan
            and r.plan.kind == "move"
            and r.plan.ids[0]
            and not r.plan.ids[1]
            and (at := [m.end for m in r.mentions if m.entry_id == r.plan.ids[0]])
            and (now := _DOING_NOW.search(r.linked.q, max(at)))
            and (later := [w for a, _, w in outside_jobs(r.linked.q) if a >= now.end()])
        ):
            # "用户运营怎么转？目前在做电商客服": the job asked how to move into, then the job
            # outside ours one does now; the first is the goal
            r.plan = Plan("move", (None, r.plan.ids[0]), from_words=as_said(later[0]))
        if r.plan and r.plan.kind == "move" and (goal := r.plan.ids[1]):
            # "I want to move to the brand side, doing brand management": the job said after
            # the department it belongs to is the goal
            said_at = [m.start for m in r.mentions if m.entry_id == goal]
            doing = {
                m.entry_id
                for m in r.mentions
                if m.entry_id != goal
                and said_at
                and m.start > min(said_at)
                and self.planner.kind(m.entry_id) == "role"
                and goal
                in (self.kb.entries[m.entry_id].kind_of, *self.kb.entries[m.entry_id].related[:1])
                and _DOING_AS_BEFORE.search(r.linked.q, max(0, m.start - 12), m.start)
            }
            if len(doing) == 1:
                r.plan = Plan("move", (r.plan.ids[0], doing.pop()), from_words=r.plan.from_words)
        if r.plan and r.plan.kind == "move" and all(r.plan.ids):
            start = self._narrower_start(r, *r.plan.ids)
            r.plan = replace(r.plan, ids=(start, self._narrower_goal(r, start, r.plan.ids[1])))
        elif route := self._curated_route(r):
            assert route.from_id and route.to_id
            goal = self._narrower_goal(r, route.from_id, route.to_id)
            start = self._narrower_start(r, route.from_id, route.to_id)
            if goal != route.to_id:
                # "after 3 years in promotion i wanna get into ops but which kind? user ops
                # maybe?", "想转运营，比如用户运营": the goal said more exactly after it
                r.plan = Plan("move", (route.from_id, goal))
            elif start != route.from_id:
                # (the route's advice comes as the wider)
                r.plan = Plan("move", (start, route.to_id))
        closer = bool(_MINE.search(r.folded))
        # "My boyfriend sells cars…", then "he's good with people, maybe BD would suit him
        # better? how would he get in": the way into another job, asked of the one whose job
        # was told (what is said of them is no new job of theirs)
        way_in = (
            r.aspects[:1] == ["get_in"]
            and not r.outside
            and bool(r.ctx and r.ctx.kind == "transition")
            and bool(r.plan)
            and (
                r.plan.kind == "entry"
                or (r.plan.kind == "move" and not r.plan.ids[0] and not r.plan.from_words)
            )
            and self.kb.entries[r.plan.ids[-1]].is_job
            # (the job named here, not the one talked of: "how do i get in")
            and bool(self._named_outright(r.mentions, r.plan.ids[-1]))
        )
        if (
            r.plan
            and r.ctx
            and r.ctx.start_words
            # ("or would community ops be closer to what i already do?": the same start)
            and (closer or way_in or not has_self_description(r.folded))
            and (
                (r.plan.kind == "move" and not r.plan.ids[0] and not r.plan.from_words)
                or way_in
                or (
                    (r.continuing or closer)
                    and r.plan.kind == "entry"
                    and self.kb.entries[r.plan.ids[0]].is_job
                )
            )
        ):
            # "I'm a civil engineer and want to get into operations", then "what about content
            # ops specifically": the same start, in the person's words
            r.plan = Plan("move", (None, r.plan.ids[-1]), from_words=r.ctx.start_words)
        elif (
            r.plan
            and r.ctx
            and r.ctx.start_words
            and r.plan.kind == "move"
            and r.plan.ids[0]
            and not r.plan.ids[1]
            and not r.aspects  # ("做几年以后能升成什么": where it leads, asked of the goal)
            and r.mentions
            and (
                all(m.via == "context" for m in r.mentions)
                # ("我是老师想转行做运营", then "具体做用户运营的话呢": the narrower goal, from
                # the same start, however 做 reads)
                or (r.ctx.kind == "transition" and r.continuing)
            )
            and not has_self_description(r.folded)
        ):
            # "I've been a reporter… what does PR do", then "could someone like me switch
            # over?": the move into what was talked of, from the job told
            r.plan = Plan("move", (None, r.plan.ids[0]), from_words=r.ctx.start_words)
        if (
            r.plan
            and r.ctx
            and r.ctx.kind == "fit"
            and r.ctx.start
            and not has_self_description(r.folded)
            and r.plan.kind == "move"
            and not r.plan.ids[0]
            and not r.plan.from_words
            and r.plan.ids[1] != r.ctx.start
        ):
            # "我做了三年销售…适合干啥" then "市场部呢 我能去吗": from the job told before
            r.plan = Plan("move", (r.ctx.start, r.plan.ids[1]))
        if (
            r.plan
            and r.ctx
            and r.plan.kind == "move"
            and not r.plan.from_words
            and DOING_IT.search(r.folded)
            and (was := r.ctx.subjects[0] if r.ctx.subjects else None)
            and was in self.kb.entries
            and self.kb.entries[was].is_job
            # (the one job named is the goal: "做久了之後可以轉運營嗎" names no start)
            and (goal := r.plan.ids[1] or r.plan.ids[0])
            and goal != was
        ):
            # "請問SEO專員是在做什麼的？" … "做久了之後可以轉運營嗎": from the job asked about
            r.plan = Plan("move", (was, goal))
            r.aspects = [a for a in r.aspects if a != "leads_to"]  # the move is where it leads
        if r.plan and r.plan.kind == "move" and not r.plan.ids[0] and not r.plan.from_words:
            # "报社记者干了六年，想转公关": a job we do not cover, named before the goal, is where
            # the person starts.
            goal = min((m.start for m in r.mentions if m.via != "context"), default=len(r.linked.q))
            if starts := [w for a, _, w in outside_jobs(r.linked.q) if a < goal]:
                r.plan = Plan("move", r.plan.ids, from_words=as_said(starts[0]))
        if (
            r.plan
            and r.plan.kind == "move"
            and r.plan.from_words
            and r.aspects[:1] == ["does"]
            and self._does_asked_of(r, r.plan.ids[1])
        ):
            # "我在做電商的客服，老闆說要把我調去做商城營運…我根本不知道商城營運要幹嘛": the goal
            # named again where what it does is asked; the move is only how the person got there
            r.plan = Plan("entry", (r.plan.ids[1],))
            return
        if r.plan and r.plan.kind == "move" and r.plan.from_words and not r.plan.ids[0]:
            # "平面設计师转品牌部": the start, a job we do not cover, is understood, not foreign.
            said = own_job_phrase(r.text) or r.plan.from_words
            r.coverage, r.foreign = self._without(r.linked, said, r.coverage, r.foreign)

    def _does_asked_of(self, r: _Reading, goal: str | None) -> bool:
        """Whether what `goal` does is asked right after its name ("商城營運要幹嘛", "what does
        store ops actually do"), not the person's own days told ("每天…")."""
        q = r.linked.q
        return any(
            _DOES_AFTER.match(q, m.end)
            or (
                _WHAT_DOES_BEFORE.search(q, max(0, m.start - 12), m.start)
                and _DO_AFTER.match(q, m.end)
            )
            for m in self._named_outright(r.mentions, goal)
        )

    def _named_outright(self, mentions: list[Mention], job: str | None) -> list[Mention]:
        """The names of `job` (or of a word that stands for it) said in so many words."""
        return [m for m in mentions if m.via == "alias" and self.planner.as_job(m.entry_id) == job]

    @staticmethod
    def _a_goal_alone(r: _Reading) -> bool:
        """Whether the plan is a move into a job from nowhere told, in this message alone."""
        return bool(
            r.plan
            and r.plan.kind == "move"
            and r.plan.ids[0] is None
            and r.plan.ids[1]
            and not r.plan.from_words
            and not r.from_context
        )

    def _kind_of(self, narrow: str, wide: str | None) -> bool:
        """Whether the job `narrow` is a kind of `wide`, or done in it: its first related entry
        (new media operations in the new media department)."""
        entry = self.kb.entries[narrow]
        if wide is None or wide == narrow or entry.kind != "role":
            return False
        return wide == entry.kind_of or (
            wide in entry.related[:1] and self.kb.entries[wide].kind == "department"
        )

    def _way_in_asked_of(self, text: str, job: str | None) -> bool:
        """Whether a sentence of `text` asks the way in and names `job` outright ("怎么进公关
        行业啊我是广告专业的"), not a field wished for in one and the way in asked in another
        ("…wants something in marketing. How would a fresh graduate start?")."""
        for clause in _CLAUSE_BREAK.split(text):
            if "get_in" in aspects_of(match_form(clause)) and any(
                m.via == "alias" and m.score >= 0.9 and self.planner.as_job(m.entry_id) == job
                for m in self.linker.link_full(clause).mentions
            ):
                return True
        return False

    def _narrower_start(self, r: _Reading, start: str, goal: str) -> str:
        """ "I'm an ops person (activity ops mostly) and want to try promotion", "can someone
        from ops move to promotion? i'm in user ops": a job of the start's own kind, said before
        the goal or as the person's own, is the start said more exactly."""
        goal_at = min((m.start for m in r.mentions if m.entry_id == goal), default=len(r.folded))
        q = r.linked.q
        narrower = {
            m.entry_id
            for m in r.mentions
            if m.via == "alias"
            and m.entry_id != goal
            and self.kb.entries[m.entry_id].is_job
            and self._kind_of(m.entry_id, start)
            and (m.start < goal_at or direction.start_before(q[max(0, m.start - 40) : m.start]))
        }
        return narrower.pop() if len(narrower) == 1 else start

    def _curated_route(self, r: _Reading) -> Entry | None:
        """The articles' move between two jobs, when the reading is that move named whole (not
        a story that merely tells of one)."""
        if not r.plan or r.plan.kind != "entry":
            return None
        route = self.kb.entries[r.plan.ids[0]]
        curated = route.kind == "transition" and not route.story and route.from_id and route.to_id
        return route if curated else None

    def _narrower_goal(self, r: _Reading, start: str, goal: str) -> str:
        """ "…get into ops but which kind? user ops maybe?": a job of the goal's own kind named
        after the goal, and not the start's kind, is the goal said more exactly."""
        said = [m.start for m in r.mentions if self.planner.as_job(m.entry_id) == goal]
        goal_at = min(said, default=len(r.folded))
        narrower = {
            m.entry_id
            for m in r.mentions
            if m.via == "alias"
            and m.start > goal_at
            and m.entry_id not in (goal, start)
            and self.kb.entries[m.entry_id].is_job
            and self._kind_of(m.entry_id, goal)
            and not self._kind_of(m.entry_id, start)
            # (said as which kind: not "想學投放", a skill wished for on the way)
            and _MORE_EXACTLY.search(r.folded, max(0, m.start - 24), m.start)
        }
        return narrower.pop() if len(narrower) == 1 else goal

    def _sits_under_the_other(self, r: _Reading, ids: tuple) -> str | None:
        """The one of two jobs asked to sit under the other ("…是市场部底下的吗", "唔係市場部下面
        咩", "is it part of marketing?"): named only as the place, the other is what is asked."""
        places = {
            m.entry_id
            for m in r.linked.mentions
            if m.entry_id in ids
            and (_said_under(r.folded, m) or _UNDER_AFTER.match(r.folded, m.end))
        }
        if not places and len(ids) == 2 and _UNDER_IT.search(r.folded):
            # "营销策划部跟市场部是啥关系 是它下面的吗": "it" is the one named last
            said = sorted((m for m in r.mentions if m.entry_id in ids), key=lambda m: m.start)
            places = {said[-1].entry_id} if said else set()
        if len(places) != 1 or _WEIGHED_SO.search(r.folded):
            return None  # ("brand vs marketing - isn't brand just part of marketing?": weighed)
        place = places.pop()
        asked = [m for m in r.mentions if m.entry_id in ids and m.entry_id != place]
        return asked[0].entry_id if asked and self.kb.entries[place].is_job else None

    def _start_by_duties(
        self, r: _Reading, ids: tuple[str | None, str | None] | None = None
    ) -> str | None:
        """The job the person's current duties describe, when the message lists them ("what I
        do now: …", "现在每天的工作：…") and names no job of ours as the start. `ids`: the
        move's ends, when the plan is not yet a move."""
        assert r.plan is not None
        src, goal = ids or r.plan.ids
        said = r.duties
        if not said or (not ids and r.plan.from_words):
            return None
        named = [
            m
            for m in r.mentions
            if m.via == "alias" and self.kb.entries[m.entry_id].is_job and m.entry_id != goal
        ]
        if named:
            return None  # "我现在是编辑，天天改稿": the job is named
        reading = self.compose.reading(said.group("duties"))
        if reading is None or reading.confidence < DUTIES_SURE:
            return None
        by_task = bool(src) and any(
            m.via == "task" and self.planner.as_job(m.entry_id) == src for m in r.mentions
        )
        if by_task and any(
            c.job.id == src and c.score >= DUTIES_ROLE * reading.score for c in reading.alternatives
        ):
            return None  # "每天都在調關鍵字出價…": a task of the job read close behind names it
        job = reading.job.id
        # One's own day is a role's: a department read first gives way to its role close behind
        # ("每天剪短影音、經營公司IG跟FB、回粉絲留言": new media operations, of the new media team).
        close = [
            c.job.id for c in reading.alternatives[:1] if c.score >= DUTIES_ROLE * reading.score
        ]
        if close and self._a_role_of(close[0], job):
            job = close[0]
        return None if job in (goal, src) else job

    def _one_goal(self, r: _Reading) -> bool:
        """One job named as wished for (not a field studied, nor one said as a field: "想進網路
        業做行銷相關", "this marketing world")."""
        studied = studied_names(r.linked.q, r.mentions)
        q = r.linked.q
        fields = [m for m in r.mentions if _A_FIELD.match(q, m.end)]
        # "this marketing / ops world": the names joined to a field are fields too
        fields += [
            m
            for m in r.mentions
            if any(n.start > m.end and _JOINED.fullmatch(q[m.end : n.start]) for n in fields)
        ]
        jobs = {
            j
            for m in r.mentions
            if m.via != "task"
            and m not in studied
            and m not in fields
            # (nor the company one would work at: "…work in marketing at a chinese consumer
            # brand")
            and not workplace(r.folded, m, self.planner.kind(m.entry_id))
            and (j := self.planner.as_job(m.entry_id))
        }
        return len(jobs) == 1

    def _as_fit(self, r: _Reading) -> Answer | None:
        """A self-description asking what fits, or whether a named job suits the person: the
        quiz's reading, or the job's card on what it takes."""
        which_job = bool(
            r.plan
            and r.plan.kind == "who"
            and not _SUITS.search(r.folded)
            and _THAT_PART.search(r.folded)
        )
        if WHOSE_PROBLEM.search(r.folded) and not looks_like_self_description(r.text):
            return None  # "…老闆很焦慮，該找哪個職位的人來處理？": whose job a problem is
        r.fit: Answer | None = None  # the quiz-weighted reading, kept if the job's card fails
        # "应届生没实习，怎么进这行": a newcomer asking the way in, no job named; "我是老师，
        # 想转行": a move with no goal named
        # ("想进互联网该从哪入手": a kind of company is no job to get into)
        no_job = r.plan is None or (
            r.plan.kind == "entry" and self.kb.entries[r.plan.ids[0]].kind == "org"
        )
        # "fresh grad, marketing major, no internships. where do i even start?", "应届生…想做市场
        # 或者运营…从哪下手": a newcomer asking where to begin, with a field studied or two
        # wished for; not one goal ("零經驗想做用戶營運，該從哪開始" is its way in)
        begins = (
            direction.newcomer(r.folded)
            and bool(_WHERE_TO_BEGIN.search(r.folded))
            and not self._one_goal(r)
            # (not one who holds a job and names the goal: "在保险公司做了两年销售…想转行做那个
            # 新媒体运营但是我没有任何经验…从哪里开始" has no experience of the goal only)
            and not (
                r.plan
                and r.plan.kind == "move"
                and r.plan.ids[1]
                and (r.plan.ids[0] or r.plan.from_words)
            )
        )
        way_in = begins or (
            no_job
            and (
                ("get_in" in r.aspects and direction.newcomer(r.folded))
                # (not when the goal is a job we do not cover either: "我是护士，想转行做UI设计")
                or (
                    r.intent == "transition"
                    and bool(_CAREER_CHANGE.search(r.folded))
                    and len(r.outside) < 2
                )
            )
        )
        r.suits: str | None = None  # the job named when the person asks whether it suits them
        if (
            (
                looks_like_self_description(r.text)
                and (
                    r.plan is None
                    or r.plan.kind in ("entry", "who", "compare")
                    # "喜欢品牌视觉这些，能往哪走": where one's liking leads, no job held
                    or (
                        r.plan.kind == "move"
                        and r.plan.ids[1] is None
                        and all(m.via == "task" for m in r.mentions)
                    )
                )
                and not which_job  # "我最喜欢办活动那块，对应的是哪个岗位": the job for that task
            )
            # "which department fits me?", "我适合做什么工作": nothing told yet, the quiz asks
            or (r.plan is None and asks_what_fits_me(r.text))
            or way_in
            or (asks_fit(r.text) and self._fit_over_plan(r))
        ):
            # "I like writing, which department fits me?"; "推广和运营我选哪个": those two weighed
            among: tuple[str, ...] = ()
            if r.plan and r.plan.kind == "compare":
                among = tuple(i for i in r.plan.ids if i)
            elif r.plan and r.plan.kind == "entry" and r.plan.as_compare:
                among = self.kb.entries[r.plan.ids[0]].compares
            elif pair := self._either_of_two(r):
                among = pair  # "Does that make me a BD person or a media buyer?"
            r.fit = self.compose.fits(r.question, r.lang, way_in=way_in, among=among)
            named = r.plan.ids[0] if r.plan and r.plan.kind == "entry" else None
            if r.plan and r.plan.kind == "move" and not r.plan.ids[0] and not r.plan.from_words:
                named = r.plan.ids[1]  # "我想做品牌，但个性慢热，这样适合吗": the goal weighed
            job = self.planner.as_job(named) if named else None
            open_ask = asks_fit(r.text) and bool(
                _WHICH_ONE.search(r.folded) or _WHERE.search(r.folded)
            )
            if (
                not job
                or begins  # the field studied or the two wished for are where to look
                or open_ask  # "where should I go in marketing": marketing is where to look
                or (r.fit.topic and (_WHICH_ONE.search(r.folded) or asks_which_job(r.text)))
            ):
                # "which marketing job fits me": marketing is where to look, not the answer.
                return r.fit
            # "我很愛跟人聊天交朋友，適合BD嗎": the job named is the one weighed; the quiz's
            # reading stays for when its card is too unsure.
            r.plan = Plan("entry", (job,))
            r.suits = job
            # "is PR a good fit if I hate public speaking": nothing to score the person by, but
            # the job asked about is named: what it takes, for them to weigh.
            r.aspects = ["skills", *(a for a in r.aspects if a != "skills")]
        elif (
            r.plan
            and r.plan.kind == "entry"
            and _SUITS.search(r.folded)
            and not _WHICH_ONE.search(r.folded)  # "用户运营和数据分析师哪个更适合我": weighing two
            and (
                job := self.kb.entries[r.plan.ids[0]].stands_for
                or (
                    r.plan.ids[0]
                    if _FIRST_PERSON.search(r.folded) and self.kb.entries[r.plan.ids[0]].is_job
                    else None
                )
            )
        ):
            # "我社牛，特别能聊，适合做BD吗": whom a job suits, named by its short form.
            r.plan = Plan("entry", (job,))
            r.suits = job
            r.aspects = ["skills", *(a for a in r.aspects if a != "skills")]
        return None

    def _is_org(self, m: Mention) -> bool:
        return self.kb.entries[m.entry_id].kind == "org"

    def _either_of_two(self, r: _Reading) -> tuple[str, ...]:
        """Two jobs named one after the other with "or" between them ("a BD person or a media
        buyer", "小编还是品牌"): the two the person weighs."""
        named = [
            (m, j)
            for m in r.mentions
            if m.via == "alias" and (j := self.planner.as_job(m.entry_id))
        ]
        if len(named) != 2 or named[0][1] == named[1][1]:
            return ()
        (a, _), (b, _) = named
        if not _OR_BETWEEN.fullmatch(r.linked.q[a.end : b.start]):
            return ()
        return (named[0][1], named[1][1])

    def _fit_over_plan(self, r: _Reading) -> bool:
        """Whether what suits the person outweighs the jobs or move the question names: a
        move from a job they hold stays a move unless they ask which way to go."""
        if (
            r.plan
            and "leads_to" in r.aspects
            and any(m.via in ("alias", "fuzzy") for m in r.mentions)
            # not "對品牌、設計、視覺很有感覺…我能往哪走": what one likes, not a job held
            and not (describes_self(r.text) and not own_job_words(r.text))
        ):
            return False  # "做推广的人之后可以往哪里发展": where the job named leads
        if (
            r.plan
            and (r.plan.kind == "compare" or r.plan.as_compare)
            and _BETTER_SAID.search(r.folded)
        ):
            return False  # "paid ads or SEO, which is better for someone who likes data?"
        if r.plan is None or r.plan.kind in ("entry", "who", "compare"):
            return True
        if r.plan.kind != "move":
            return False
        held = bool(r.plan.ids[0] or r.plan.from_words)
        return not held or bool(_WHICH_ONE.search(r.folded))

    def _talk_vouches(self, r: _Reading, answer: Answer, asked: bool) -> bool:
        """Whether the conversation vouches for an answer its own words leave unsure, however
        chatty the rest: what it answers is what was being talked of, asked again."""
        ctx = r.ctx
        if ctx is None:
            return False
        if (
            (asked or asks(r.text))
            and answer.topic in ctx.subjects
            and self._named_outright(r.mentions, answer.topic)
        ):
            # "那以后能往哪发展 一辈子当小编吗": the conversation's subject named again, asked
            # an aspect of (or asked of at all: "品牌部都在做什麼" then "聽起來品牌部都不用執行？")
            return True
        if answer.kind == "concept" and answer.topic == ctx.subjects[0] and r.inside_idea:
            # "里面哪部分算用户运营": a part of the idea just told, asked about in its words
            return True
        if (
            answer.kind == "compare"
            and len(ctx.subjects) >= 2
            and set(answer.topics[:2]) == set(ctx.subjects[:2])
            and (_WEIGHED_AGAIN.search(r.folded) or _THE_DIFFERENCE.search(r.folded))
        ):
            # "品牌部和公关部有什么区别" then "哪个离老板更近": the two just weighed, weighed
            # again by a yardstick in words we do not know; both sides are still the answer
            # (and "which has better prospects" then "ok then what's the actual difference
            # between them": the two, their difference asked)
            return True
        if (
            answer.kind == "who"
            and r.intent == "who"
            and any(m.via == "alias" and m.entry_id in ctx.subjects for m in r.mentions)
        ):
            # "KOL是什么" then "找这些达人一般是哪个岗位的活": who handles the word talked of,
            # named again
            return True
        if (
            answer.kind == "transition"
            and r.aspects[:1] == ["get_in"]
            and (ctx.start or ctx.start_words)
            and (answer.from_id, answer.from_words) == (ctx.start, ctx.start_words)
            and self._named_outright(r.mentions, answer.to_id)
        ):
            # "My boyfriend sells cars…", then "he's good with people, maybe BD would suit him
            # better? how would he get in": the way from the job told into one named outright
            return True
        # "公關部每天在幹嘛" then "我做緊記者，日日追新聞寫稿，轉過去難唔難": a move into the job
        # just talked of, from a start told in the person's words; "想換去做內容營運" then "我
        # 之前的經驗哪些帶得過去？": the move just told, weighed by what the person brings
        return (
            answer.kind == "transition"
            and r.from_context
            and bool(ctx.subjects)
            and answer.to_id == ctx.subjects[0]
            and (
                brings_over(r.folded)
                # (moving "over there", not any change of job: "教书转工要俾几耐通知期")
                or (bool(answer.from_words) and over_there(r.folded))
            )
        )

    def _composed(self, r: _Reading) -> Answer:
        """The plan composed, and judged: a job we do not cover, a search when nothing was
        named, the confidence, the other half of a two-part question."""
        if r.plan and r.plan.kind == "move" and all(r.plan.ids) and asks_route(r.folded):
            src, dst = r.plan.ids
            assert src and dst
            return self.path(src, dst, r.lang, r.question)
        answer = (
            self._compose(
                r.question,
                r.lang,
                r.plan,
                r.aspects,
                r.folded,
                r.intent,
                r.mentions,
                r.outside,
                asked_apart(r.aspects, r.asked_in),
            )
            if r.plan
            else None
        )
        if answer is not None and answer.kind == "term":
            # (a comparison of the words already says what each means)
            answer = self._several_words(r, answer)
        if answer is not None and answer.kind == "transition":
            answer = self._started_outside(answer, r.linked.q, r.mentions)
        aspect_ids = self.kb.index.aspect_ids
        if (
            r.outside
            and (r.intent != "transition" or answer is None or answer.kind != "transition")
            # "media buyer", then "and how do i become one from a reporter job": the job outside
            # is where the move composed starts
            and not (answer is not None and answer.kind == "transition" and answer.from_words)
            and not (r.intent == "who" and self._only_counterparts(r))
            and not any(m.entry_id not in aspect_ids and m.via != "context" for m in r.mentions)
            # "Is that a real career or just customer service with a fancy name?": the job
            # pointed back at is asked about, the one outside only what it is likened to
            and not (r.from_context and talk.points_back(r.folded) and r.intent != "transition")
            # "and what do recruiters look for": those who hire for the job before are no job
            # asked about
            and not (
                r.from_context
                and set(r.aspects) & {"skills", "get_in"}
                and all(_HIRERS.fullmatch(w.strip().lower()) for _, _, w in r.outside)
            )
            # "工资能比会计高不", "will it pay less than nursing": the job before, weighed against
            # one outside
            and not (
                r.from_context
                and r.aspects
                and all(
                    _WEIGHED_BEFORE.search(r.linked.q[max(0, a - 8) : a]) for a, _, _ in r.outside
                )
            )
        ):
            # "产品经理是做什么的", "what's the salary of a UX designer": a job we do not cover,
            # and nothing of ours asked beside it. A move between two of them ("I'm a nurse, can
            # I become a UX designer?") names both.
            named = r.outside[:1] if r.intent != "transition" else r.outside
            return self.compose.unknown(
                r.question,
                r.lang,
                self._closest(r.text, r.mentions, r.intent),
                outside=list(dict.fromkeys(as_said(w) for _, _, w in named)),
            )
        solid = [m for m in r.mentions if m.score >= 0.85]
        if answer is None or (r.intent == "who" and not solid):
            # Nothing named, or a "who" question whose task we only half recognised: a clear
            # full-text winner among the jobs answers better.
            found = self._from_search(r.question, r.text, r.lang, r.intent, r.foreign)
            if found is not None:
                return self._started_outside(found, r.linked.q, r.mentions)
        if answer is None:
            return self.compose.unknown(
                r.question, r.lang, self._closest(r.text, r.mentions, r.intent)
            )
        asked = bool(set(r.aspects) - {"does", "get_in"}) or bool(
            # "what else does that role do besides the review docs": the job before, pointed at;
            # "she haggles with suppliers all day… is that really part of it?": work told,
            # asked whether it is the job's
            r.from_context
            and r.aspects
            and (talk.means_the_team(r.folded) or _PART_OF_IT.search(r.folded))
        )
        a_word = (
            bool(_THE_WORD.search(r.linked.q))
            or bool(_THE_ACRONYM_THING.search(r.text))
            or r.a_word_asked
            or self._a_term_asked_last(r.linked)
            or (
                (answer.kind == "transition" or answer.aspect == "get_in")
                and into_an_acronym(r.text)  # "wants to get into PR after he graduates"
            )
            or (answer.kind == "transition" and self._moved_into(r.folded, r.mentions))
            or self._a_name_quoted(r)
        )
        answer.confidence = self._confidence(
            r.mentions,
            r.coverage,
            r.foreign,
            answer,
            r.from_context,
            asked,
            a_word,
            r.linked.q,
            r.side_picked,
        )
        if answer.confidence < THRESHOLD and answer.topic in self.kb.entries:
            # "who decides the logo, mascot and visual guidelines?": words the answering
            # entry's own text uses are words of that subject, not of another one.
            every = [True] * len(r.linked.q)
            cov, fgn = self.linker.judge(r.linked, every, self.kb.words_of(answer.topic))
            if cov > r.linked.coverage:
                answer.confidence = self._confidence(
                    r.mentions,
                    r.coverage + cov - r.linked.coverage,
                    max(0.0, r.foreign - (r.linked.foreign - fgn)),
                    answer,
                    r.from_context,
                    asked,
                    a_word,
                    r.linked.q,
                )
        if answer.confidence < THRESHOLD and self._talk_vouches(r, answer, asked):
            answer.confidence = FOLLOW_UP_CONFIDENCE
        if answer.confidence < THRESHOLD and answer.kind == "who" and r.intent == "who":
            # "同媒體供應商講價、爭取買一送一嗰啲，係邊個做？": a task half recognised in chatty
            # words; the job-ad reader, reading the whole, naming the same job vouches for it
            reading = self.compose.reading(r.text)
            if (
                reading is not None
                and reading.job.id == answer.topic
                and reading.confidence >= WHO_SKILLS_SURE
            ):
                answer.confidence = max(answer.confidence, round(min(0.7, reading.confidence), 3))
        if (
            answer.confidence < THRESHOLD
            and r.suits
            and answer.topic == r.suits
            and any(
                m.via == "alias" and m.score >= 0.9 and self.planner.as_job(m.entry_id) == r.suits
                for m in r.mentions
            )
        ):
            # "…I love haggling… Does that make me a BD person?": the person's own words around
            # a job named outright are what it is weighed against, not another subject
            answer.confidence = THRESHOLD
        if (
            answer.confidence < THRESHOLD
            and r.fit is None  # (what fits a newcomer is the quiz's reading)
            and "get_in" in r.aspects
            and direction.newcomer(r.folded)
            and self._way_in_asked_of(r.text, answer.to_id or answer.topic)
        ):
            # "应届生怎么进公关行业啊我是广告专业的没有实习也没有人脉": a newcomer's own story
            # around the way into a job named outright is no other subject
            answer.confidence = THRESHOLD
        if (
            VOUCHED_FROM <= answer.confidence < THRESHOLD
            and not r.ctx
            and (guess := self.kb.kind_weights().guess(r.question)) is not None
            and guess.vouches_for(answer.kind)
        ):
            # "做 PR 點樣計 performance？又唔似 sales 有數字睇": the subject half recognised in
            # chatty words; the learnt kind, reading the whole, asking the same kind vouches
            answer.confidence = THRESHOLD
        if answer.confidence < THRESHOLD and r.fit is not None:
            return r.fit  # "is PR a good fit if I hate public speaking": the quiz's reading
        if answer.confidence < THRESHOLD:
            return self.compose.unknown(
                r.question, r.lang, self._closest(r.text, r.mentions, r.intent), answer.confidence
            )
        if r.suits and answer.topic == r.suits and answer.kind == "role":
            answer = self.compose.fit_for(answer, r.suits, r.question, r.lang, r.fit)
        for eid in [*self._also_asked(r, answer), *r.others]:
            if eid not in answer.topics and eid in self.kb.entries:
                # The other half of a two-part question, one tap away, first.
                link = self.compose.topic_link(eid, r.lang)
                answer.followups = [link, *(f for f in answer.followups if f != link)]
        if link := self._move_asked_later(r, answer):
            # "编辑工资多少？能转公关吗？": the move asked second, one tap away
            answer.followups = [link, *(f for f in answer.followups if f.ids != link.ids)]
        if other := self._weighed_later(r, answer):
            # "用户运营是做什么的，和内容运营有什么区别": the comparison asked second, one tap away
            link = self.compose.compare_link(answer.topic, other, r.lang)
            answer.followups = [link, *(f for f in answer.followups if f.ids != link.ids)]
        return answer

    def _several_words(self, r: _Reading, answer: Answer) -> Answer:
        """ "GMV和ROI分别是什么意思", "what do KOL and KOC mean": what each of the words listed
        means, not how they differ (unless that is asked: "KOL和KOC有什么区别")."""
        if _DIFFERENCE.search(r.folded) or _VERSUS.search(r.folded) or _ALIKE.search(r.folded):
            return answer
        words = [m.entry_id for m in r.mentions if self.kb.entries[m.entry_id].kind == "term"]
        if (_JUST_THE_OTHER.search(r.folded) or _A_KIND_OF_THE_OTHER.search(r.folded)) and len(
            set(words)
        ) == 2 == len(_distinct(r.mentions)):
            # "what's ASO, is it just SEO for apps?": the word asked, and the one it may merely
            # be, each explained (BRIEF.md)
            return self.compose.terms(r.question, r.lang, tuple(dict.fromkeys(words)))
        ids = self.planner.listed_terms(r.linked.q, r.mentions)
        if not ids:
            return answer
        # (asked what they mean, or the words alone: "留存 转化", "拉新 促活 留存")
        alone = not _NOT_A_NAME.sub(
            "", r.linked.q[r.mentions[-1].end :] + r.linked.q[: r.mentions[0].start]
        )
        if not (
            alone
            or asks_meaning(r.folded)
            or _WHAT_IS.search(r.folded)
            or _WHAT_ARE_THEY.search(r.folded)
            or _EACH_MEANS.search(r.folded)
            # ("留存 and 转化 too pls", "首发 and 限免 in app store language?": a word's
            # meaning asked, the others listed beside it)
            or (answer.kind == "term" and r.intent == "define" and not r.aspects)
        ):
            return answer
        return self.compose.terms(r.question, r.lang, ids)

    def _move_asked_later(self, r: _Reading, answer: Answer) -> Link | None:
        """The link to a move a later question of the message asks, from the job answered."""
        if not r.first or answer.kind != "role" or not answer.topic:
            return None
        end = r.first[0][1]
        later = r.linked.q[end : end + SHAPE_CHARS]
        if intent_of(later) != "transition":
            return None
        goals = [
            j
            for m in r.linked.mentions
            if m.start >= end and (j := self.planner.as_job(m.entry_id)) and j != answer.topic
        ]
        if not goals:
            return None
        curated = set(self.kb.moves_out_of(answer.topic)) & set(self.kb.moves_into(goals[-1]))
        if curated:
            return self.compose.topic_link(sorted(curated)[0], r.lang)
        return self.compose.into_link(goals[-1], r.lang)

    def _weighed_later(self, r: _Reading, answer: Answer) -> str | None:
        """A job the message weighs against the one answered, in a part not answered."""
        if answer.kind not in ("role", "term", "concept") or not answer.topic:
            return None
        if not _DIFFERENCE.search(r.folded) and not _SAME_AS.search(r.folded):
            return None
        kind = self.kb.entries[answer.topic].kind
        return next(
            (
                m.entry_id
                for m in r.linked.mentions
                if m.via == "alias"
                and m.entry_id != answer.topic
                and m.entry_id not in answer.topics
                and (
                    self.kb.entries[m.entry_id].kind == kind
                    or (self.kb.entries[m.entry_id].is_job and self.kb.entries[answer.topic].is_job)
                )
            ),
            None,
        )

    def _also_asked(self, r: _Reading, answer: Answer) -> list[str]:
        """ "什么是百度竞价和直通车", "what do 复购 and 留存 mean": the other terms asked what
        they are in the same breath as the one answered."""
        if r.intent != "define" or answer.kind not in ("term", "concept", "role"):
            return []
        named = dict.fromkeys(
            m.entry_id
            for m in r.mentions
            if m.via == "alias"
            and m.score >= 0.9
            and self.kb.entries[m.entry_id].kind in ("term", "concept")
        )
        return [eid for eid in reversed(named) if eid not in answer.topics]

    def _only_counterparts(self, r: _Reading) -> bool:
        """ "谁负责跟记者打交道、安排采访", "同媒體傾價錢…係邊個做": the jobs we do not cover are
        the people a task deals with, not whom the question asks about."""
        q = r.linked.q
        return all(_COUNTERPART.search(q[max(0, a - 12) : a]) for a, _, _ in r.outside)

    def _a_name_quoted(self, r: _Reading) -> bool:
        """ "看到一間大公司在找「用戶洞察」…這職位到底在做什麼": a name of ours quoted whole, as a
        title read in an ad, is named on purpose, however long the story around it."""
        quoted = {match_form(a or b) for a, b in _QUOTED_WORDS.findall(r.text)}
        return any(m.via == "alias" and r.linked.q[m.start : m.end] in quoted for m in r.mentions)

    def _a_term_asked_last(self, linked: Linked) -> bool:
        """ "my boss keeps saying 'we need a KV by friday' wtf is a KV": a message that ends
        asking what a term of ours is, named in those words, asks about that word."""
        asked = _WHAT_IS_IT.search(linked.q)
        return bool(asked) and any(
            # (in Chinese the word comes right before: "…完全不懂H5是啥")
            (m.start >= asked.start() or not linked.q[m.end : asked.start()].strip())
            and m.via == "alias"
            and self.kb.entries[m.entry_id].kind == "term"
            for m in linked.mentions
        )

    def _started_outside(self, answer: Answer, q: str, mentions: list[Mention]) -> Answer:
        """ "報社記者轉公關": the articles' move from traditional media answers, but the start,
        a journalist, is no job of ours (our editor is an operations job): the move starts
        from the person's own words, not from the entry's starting job."""
        src = answer.from_id
        if answer.to_id is None and answer.outside:
            return answer  # "in PR but want to become a teacher": the job outside is the goal
        starts = outside_jobs(q)
        if not starts:
            return answer
        # (work told after a job outside ours is that job's: "在報社跑財經線…每天寫稿")
        said = {
            self.planner.as_job(m.entry_id) or m.entry_id
            for m in mentions
            if m.via != "context" and not (m.via == "task" and starts[0][1] <= m.start)
        }
        others = said - {answer.to_id, answer.topic}
        if not src or (others and not self._held_before_ours(q, mentions, others)):
            return answer  # a job of ours is named beside the goal ("did 2 years of SEM")
        named = [m for m in mentions if m.entry_id == answer.topic and m.via == "alias"]
        if named and not any(m.start <= a and b <= m.end for m in named for a, b, _ in starts):
            # "as a designer, is moving from operations to promotion realistic?": the move
            # named says its start; a job we do not cover beside it is the person's story.
            return answer
        return self.compose.from_outside(answer, as_said(starts[0][2]))

    def _held_before_ours(self, q: str, mentions: list[Mention], ours: set[str]) -> bool:
        """ "I'm an in-house recruiter… hiring for marketing and ops teams": a job outside ours
        said as the person's own before any job of ours is their start; the jobs of ours after
        it are what that job deals with."""
        held = held_outside_jobs(q)
        at = [
            m.start
            for m in mentions
            if (self.planner.as_job(m.entry_id) or m.entry_id) in ours and m.via != "context"
        ]
        # (not when a job of ours is said as held too: "我在报社做了八年编辑")
        return (
            bool(held and at) and held[0][0] < min(at) and not any(said_as_held(q, a) for a in at)
        )

    def _not_in_a_job_market(self, q: str, mentions: list[Mention]) -> list[Mention]:
        """ "公關業的就業市場好嗎": 市场 inside 就业市场 says how the question asks (a job
        market); it is not the marketing department."""
        spans = [(w.start(), w.end()) for w in _JOB_MARKET.finditer(q)]
        if not spans:
            return mentions
        return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]

    def _outside(self, linked: Linked) -> list[tuple[int, int, str]]:
        """Jobs we do not cover named in the question, outside any name of ours ("线上客服" is
        online store operations' own)."""
        # A task holds one only with words of its own around it ("talks to journalists"); one
        # read from the job's own words ("manage the SEM account" in "account manager") does not.
        return [
            (a, b, as_said(words))
            for a, b, words in outside_jobs(linked.q)
            if not self._title_of_ours(linked, a, words)
            and not any(
                m.start <= a
                and b <= m.end
                and (m.via == "alias" or m.end - m.start > b - a)
                # a task read from the job's own first word ("*product* manager … marketing"
                # as "write the marketing plan for a new product") does not hold it
                and not (m.via == "task" and m.start == a)
                for m in linked.mentions
            )
        ]

    def _title_of_ours(self, linked: Linked, at: int, words: str) -> bool:
        """ "user insight analyst": an analyst named by a job of ours is that job's title."""
        return words.startswith("analyst") and any(
            m.via == "alias" and m.end in (at, at - 1) and self.planner.as_job(m.entry_id)
            for m in linked.mentions
        )

    def _with_outside(
        self, linked: Linked, outside: list[tuple[int, int, str]], text: str = ""
    ) -> Linked:
        """The question with the jobs we do not cover understood: named on purpose, they are not
        words of another subject, and a name of ours found only inside one ("数据分析" in
        数据分析师) is not asked about. (`text`, as written: "SEO vs SEM? recruiters mix them
        up" has a sentence's end between SEM and recruiters, which folding drops.)"""
        taken = list(linked.taken)
        for a, b, _ in outside:
            taken[a:b] = [True] * (b - a)
        mentions = [
            m
            for m in linked.mentions
            if not any(
                (a <= m.start and m.end <= b)
                or (
                    self._says_which(linked.q, m, a)
                    and not re.search(
                        rf"{re.escape(m.text)}\s*[?？!！.。,，;；:：]\s*{re.escape(w)}", text, re.I
                    )
                )
                for a, b, w in outside
            )
        ]
        return self._judged(linked.q, mentions, taken)

    def _without_container(self, folded: str, mentions: list[Mention]) -> list[Mention]:
        """ "运营里的编辑刚入门工资多少", "editor pay in ops": a job named inside its department
        is the subject; the department only says where it sits."""
        kind = self.planner.kind
        roles = [m for m in mentions if kind(m.entry_id) == "role"]
        depts = [m for m in mentions if kind(m.entry_id) == "department"]
        inside = set()
        for d in depts:
            for r in roles:
                zh = d.end <= r.start and _ZH_INSIDE.fullmatch(folded[d.end : r.start])
                en = r.end <= d.start and _EN_INSIDE.fullmatch(folded[r.end : d.start])
                if zh or en:
                    inside.add(d.entry_id)
        if not inside:
            return mentions
        return [m for m in mentions if m.entry_id not in inside]

    def _not_where_it_sits(self, q: str, mentions: list[Mention]) -> list[Mention]:
        """ "新媒体部一般归市场部吗", "is the new media team normally under marketing?": the
        department after 归/属于/under is where the one before it sits, not the subject."""
        jobs = [m for m in mentions if self.kb.entries[m.entry_id].is_job]
        if len(jobs) < 2:
            return mentions
        first = min(m.start for m in jobs)
        # (and "品牌部是不是市场部下面的", "品牌部係咪市場部底下嘅": the place said before 下面)
        places = [
            m
            for m in jobs
            if m.start > first
            and (_said_under(q, m) or (_UNDER_AFTER.match(q, m.end) and not _WEIGHED_SO.search(q)))
        ]
        return [m for m in mentions if m not in places] if places else mentions

    def _job_in_its_department(self, q: str, mentions: list[Mention]) -> list[Mention]:
        """ "運營部的編輯想轉公關", "編輯喺運營部入面", "the editor in the operations team": a job
        named with the department it works in is the subject; the department says where."""
        roles = [m for m in mentions if self.kb.entries[m.entry_id].kind == "role"]
        if not roles or len(roles) > len({m.entry_id for m in roles}):
            return mentions  # "运营部的编辑和市场部的编辑": the departments are what differs
        places = [
            d
            for d in mentions
            if self.kb.entries[d.entry_id].kind == "department"
            and any(
                _DEPT_OF.fullmatch(q[d.end : j.start]) or _IN_DEPT.fullmatch(q[j.end : d.start])
                for j in roles
                if j.entry_id != d.entry_id
            )
        ]
        return [m for m in mentions if m not in places] if places else mentions

    def _words_asked_after_a_team(self, q: str, mentions: list[Mention]) -> list[Mention]:
        """ "the brand team JD lists KV and TVC, what are those": two words or more asked what
        they are, a team named before them as where they were seen; the words are asked."""
        terms = [m for m in mentions if self.kb.entries[m.entry_id].kind == "term"]
        asked = _WHAT_ARE_THOSE.search(q)
        if len(_distinct(terms)) < 2 or not asked or any(m.end > asked.start() for m in terms):
            return mentions
        first = min(m.start for m in terms)
        return [m for m in mentions if not (self.kb.entries[m.entry_id].is_job and m.end <= first)]

    def _the_team(self, q: str, m: Mention) -> Mention:
        """ "GTM團隊在消費電子公司是做什麼的", "the GTM team": a term said with "team" after it
        is the team that does it."""
        entry = self.kb.entries[m.entry_id]
        # ("做SEO的岗位每天都干啥": the job named after the word, 的 between)
        if entry.kind != "term" or not _AS_A_JOB.match(q[m.end :].lstrip().removeprefix("的")):
            return m
        if workplace(q, m, entry.kind):
            return m  # "leaving my agency job": where one works, not a job named
        job = self.planner.as_job(m.entry_id)
        return Mention(job, m.start, m.end, m.score, m.via, m.text) if job else m

    def _whole_start(self, q: str, mentions: list[Mention]) -> list[Mention]:
        """ "内容运营转推广", "content ops to promotion": the articles' move 运营转推广 named
        inside a longer start. The start said is content operations, a kind of the move's
        start: the move is read between the two jobs (the wider advice still leads)."""
        out: list[Mention] = []
        read: dict[str, list[Mention]] = {}
        for m in mentions:
            entry = self.kb.entries[m.entry_id]
            if m.start >= SHAPE_CHARS:
                out.append(m)  # the question's first part says it; a long paste is not re-read
                continue
            if (
                entry.kind == "concept"
                and m.via == "alias"
                and (job := self._job_over(q, m))
                # "用户运营的流程": the idea is that job's own process (its entry names the job)
                and job.entry_id not in entry.related
            ):
                # "活動營運的流程": the idea 运营的流程 named inside activity operations' name
                out.append(job)
                continue
            cut = MOVE_NAME_TURN.search(q, m.start, m.end)
            if entry.kind != "transition" or entry.story or m.via != "alias" or not cut:
                out.append(m)
                continue
            lo = max(0, m.start - 12)
            # ("內容運營可以轉推廣嗎": the modal words before the turn are no part of the start)
            turn = cut.start()
            if modal := _MODAL_BEFORE_TURN.search(q, m.start, turn):
                turn = modal.start()
            piece = q[lo:turn]
            if piece not in read:  # a pasted text repeats itself: each piece is linked once
                read[piece] = self.linker.link_full(piece).mentions
            starts = [
                s
                for s in read[piece]
                if s.start + lo < m.start
                and s.end + lo >= turn - 1
                and self.planner.as_job(s.entry_id) not in (None, entry.from_id)
            ]
            if not starts:
                out.append(m)
                continue
            s = max(starts, key=lambda s: s.length)
            out.append(Mention(s.entry_id, s.start + lo, s.end + lo, s.score, s.via, s.text))
            out.append(Mention(entry.to_id, cut.end(), m.end, 1.0, "alias", q[cut.end() : m.end]))
        return out

    def _job_over(self, q: str, m: Mention) -> Mention | None:
        """A job's name that begins before a Chinese name and ends inside it ("活动|运营的流程")."""
        if m.start == 0 or not has_cjk(q[m.start - 1 : m.start + 1]):
            return None
        lo = max(0, m.start - 6)
        for s in self.linker.link_full(q[lo : m.start + 4]).mentions:
            if (
                s.via == "alias"
                and s.start + lo < m.start < s.end + lo
                and self.kb.entries[s.entry_id].is_job
            ):
                return Mention(s.entry_id, s.start + lo, s.end + lo, s.score, s.via, s.text)
        return None

    def _says_which(self, q: str, m: Mention, job_at: int) -> bool:
        """ "an agency account manager", "广告公司客户经理", "电商客服": a name of ours just before
        a job we do not cover says which kind of that job; it is not asked about."""
        between = q[m.end : job_at]
        if between and has_cjk(m.text):
            # "老板想招一个品牌经理，HR问我…": Chinese names adjoin; a gap was punctuation
            return False
        return m.end <= job_at and not between.strip()

    def _job_to_job(self, folded: str, mentions: list[Mention]) -> bool:
        """Two jobs named with only "to" (到, 转) between them: a move written short; or a job
        we do not cover, then "to" and one of ours ("nurse to PR, anyone done it?")."""
        for _, b, _ in outside_jobs(folded):
            if any(
                m.via == "alias"
                and self.planner.as_job(m.entry_id)
                and _TO_ONLY.fullmatch(folded[b : m.start])
                for m in mentions
            ):
                return True
        jobs = sorted(
            (m for m in mentions if m.via == "alias" and self.planner.as_job(m.entry_id)),
            key=lambda m: m.start,
        )
        return any(
            (
                _TO_ONLY.fullmatch(folded[a.end : b.start])
                # "Content ops from paid ads, realistic?": the message opens with the goal
                or (a.start <= 2 and _FROM_ONLY.fullmatch(folded[a.end : b.start]))
            )
            and self.planner.as_job(a.entry_id) != self.planner.as_job(b.entry_id)
            for a, b in zip(jobs, jobs[1:], strict=False)
        )

    def _one_just_the_other(self, folded: str, mentions: list[Mention]) -> bool:
        """Two names of ours with only "just" ("不就是", "其实就是") between them: whether one
        is merely the other, a comparison."""
        named = sorted((m for m in mentions if m.via == "alias"), key=lambda m: m.start)
        return any(
            a.entry_id != b.entry_id
            and _JUST.fullmatch(folded[a.end : b.start])
            # "is BD just sales", not "is a slogan in chinese marketing just a tagline"
            and (
                has_cjk(a.text)
                or has_cjk(folded[a.end : b.start])  # "BD係咪即係sales"
                or _IS_BEFORE.search(folded[: a.start])
            )
            for a, b in zip(named, named[1:], strict=False)
        )

    def _side_pointed_at(self, r: _Reading, ctx: Conversation) -> Mention | None:
        """The side of the last comparison a question names by its place: the first, the
        second, or the other one than the job the question names."""
        said = _BY_PLACE.search(r.folded)
        sides = [s for s in (ctx.sides or ctx.subjects) if self.planner.as_job(s)][:2]
        if not said and len(sides) == 2 and (part := self._side_by_a_part(r, sides)):
            return part
        if not said and len(sides) == 2 and (described := self._side_described(r, sides)):
            return described
        if not said or len(sides) < 2:
            return None
        if said.group("first"):
            side = sides[0]
        elif said.group("second"):
            side = sides[1]
        else:
            named = {self.planner.as_job(m.entry_id) for m in r.mentions}
            if not named and ctx.subjects[:1] and ctx.subjects[0] in sides:
                # "KOL和KOC，先说KOL" then "另一个呢": the side the chat is not on (two words
                # one job uses are told apart by themselves, not by their job)
                others = [s for s in sides if s != ctx.subjects[0]]
            else:
                # "and the other one?" naming none: other than the one the chat is on now
                named = named or {self.planner.as_job(s) for s in ctx.subjects[:1]}
                others = [s for s in sides if self.planner.as_job(s) not in named]
            if len(others) != 1:
                return None
            side = others[0]
        return Mention(side, *said.span(), 1.0, "context", said.group())

    def _side_described(self, r: _Reading, sides: list[str]) -> Mention | None:
        """ "SEO vs SEM" then "which one is the paid one", "which of the two writes the press
        releases", "哪个是管留存的": one of the two asked for by what it is or does, found by
        the words of the question in each side's own text (the one whose text they fit clearly
        better; none when both fit about as well, or neither). The reading then asks about
        that side alone."""
        which = _WHICH_PICKED.search(r.folded)
        if not which or set(r.aspects[:1]) & _WEIGHED_ASPECTS:
            return None
        if r.intent == "who" or any(
            m.via != "task" and (m.entry_id in sides or self.kb.entries[m.entry_id].kind != "term")
            for m in r.mentions
        ):
            return None  # (a side, a job or an idea named: "which one is more about data, marketing
            # or ops"; a word of ours may describe one: "…obsessed with retention")
        # Ranked among entries of the sides' kinds: the side must be the best fit of them all
        # ("…a regular customer posting reviews" fits the KOL's text somewhat, other words'
        # better: no pick), and clearly better than the other side.
        kinds = tuple({self.kb.entries[s].kind for s in sides})
        described = f"{r.folded[: which.start()]} {r.folded[which.end() :]}"
        ranked = self.kb.search(described, limit=8, kinds=kinds)
        if not ranked or ranked[0][0] not in sides:
            return None
        side, best = ranked[0]
        other = dict(ranked).get(next(s for s in sides if s != side), 0.0)
        if best < _CLEARLY_BETTER * other:
            return None
        # The words that told it are its description, not another subject ("…obsessed with
        # retention" names 留存), and one side is asked about, not the two weighed.
        r.mentions, r.intent = [], "define"
        return Mention(side, *which.span(), 1.0, "context", which.group())

    def _side_by_a_part(self, r: _Reading, sides: list[str]) -> Mention | None:
        """ "網站營運跟網站推廣差在哪" then "推廣那個每天具體在幹嘛", "and the promotion one?": a
        side named by a word of its name that the other side's name lacks, pointed at as one of
        the two; it stands for that side, not for the job the word also names."""
        for m in r.mentions:
            if m.entry_id in sides or not _THAT_ONE.match(r.folded, m.end):
                continue
            word = match_form(m.text)
            has = [s for s in sides if any(word in form for form in self._name_forms(s))]
            if len(has) == 1:
                r.mentions = [n for n in r.mentions if n is not m]
                return Mention(has[0], m.start, m.end, 1.0, "context", m.text)
        return None

    def _both_ends_said(self, folded: str, mentions: list[Mention]) -> bool:
        """Two jobs of ours, one said to be the person's own and the other wished for, each
        by its own words: a move, whatever else the question asks of it."""
        placed = self.planner.placed_jobs(folded, [m for m in mentions if m.via == "alias"])
        if len(placed) != 2:
            return False
        parts = direction.roles(folded, list(placed.values()))
        return {part for part in parts.values() if part[1]} == {("from", True), ("to", True)}

    def _moved_into(self, folded: str, mentions: list[Mention]) -> bool:
        """ "…纸媒不行了想转公关，可行吗": a job named right after a move verb is the goal, said
        on purpose, however much of the message is the person's story."""
        return any(
            m.via == "alias" and move_verb_before(folded[max(0, m.start - 6) : m.start])
            for m in mentions
        )

    def _taiwan_words(self, text: str, linked: Linked) -> Linked:
        """A Taiwan word that folds onto a mainland word of another sense: 業務 is a salesperson
        in Taiwan, while the 业务 it folds to is just "business" on the mainland. Said in
        Traditional script, it names the job."""
        added = []
        for taiwan, folded, job in _TAIWAN_WORDS:
            if taiwan not in text or job not in self.kb.entries:
                continue
            everyday = other_words(linked.q)
            for found in re.finditer(folded, linked.q):
                a, b = found.span()
                if not any(linked.taken[a:b]) and not any(x <= a and b <= y for x, y in everyday):
                    added.append(Mention(job, a, b, 1.0, "alias", folded))
        if not added:
            return linked
        taken = list(linked.taken)
        for m in added:
            taken[m.start : m.end] = [True] * (m.end - m.start)
        return self._judged(
            linked.q, sorted([*linked.mentions, *added], key=lambda m: m.start), taken
        )

    def _judged(self, q: str, mentions: list[Mention], taken: list[bool]) -> Linked:
        """The question linked with `mentions` and the characters `taken`, its coverage and
        foreign words judged again (after names found beyond the linker's own)."""
        found = Linked(q, mentions, taken, 0.0, 0.0)
        return Linked(q, mentions, taken, *self.linker.judge(found, [True] * len(q)))

    def _taiwan_sense(self, text: str, q: str, mentions: list[Mention]) -> list[Mention]:
        """A Taiwan word folded onto a mainland word of another sense: 行銷 is what the mainland
        calls 市场 (the marketing department), not the articles' narrower 营销 it folds to."""
        out = mentions
        for taiwan, mainland, (concept, job) in _TAIWAN_SENSES:
            # (or typed by its sound: "形銷跟營運差在哪", "營運跟行消")
            said = any(word in text for word in taiwan) or any(
                m.entry_id == concept
                and m.via == "fuzzy"
                and self.kb.pinyin(q[m.start : m.end]) in (self.kb.pinyin(w) for w in taiwan)
                for m in out
            )
            if not said or job not in self.kb.entries:
                continue
            # "大陸說的「營銷」是指什麼？跟我們講的行銷一樣嗎": both words said, each keeps its own
            # sense (where the cleaned text and its matching form line up, as they do for
            # Chinese); the Taiwan word alone is the job wherever it is
            forms = (mainland, to_script(mainland, "zh-Hant"))
            both = len(text) == len(q) and any(w in text for w in forms)
            if sum(m.entry_id == job for m in out) and _THREE_LISTED.search(q):
                # "行銷、市場、營運三個到底是什麼關係": listed beside the job's own name, the Taiwan
                # word is the third thing, the whole system
                continue
            out = [
                Mention(job, m.start, m.end, m.score, m.via, m.text)
                if m.entry_id == concept
                and m.text == mainland
                and (not both or text[m.start : m.end] in taiwan)
                else m
                for m in out
            ]
        return out

    def _asks_a_word_of(self, text: str, quote: str) -> bool:
        """ "JD上写“负责账号矩阵搭建”，这里的矩阵指什么": what a word of the ad means, named again
        after the quote, is a question about that word, not about the job; so is one asked
        before it ("背书在公关JD里是什么意思？“为新品寻找权威媒体背书”", "the word 投放 keeps
        showing up. '…投放 budget…'"). The quote, the longest part, is linked at most once and
        only when a word around it is asked about."""
        at = text.find(quote)
        before, rest = match_form(text[:at]), match_form(text[at + len(quote) :])
        asks_before = bool(
            asks_meaning(before)
            or _THE_WORD.search(before)
            or _HOW_USED.search(before)
            or _WHATS_A.match(before)
        )
        # "jd里写「对账号涨粉负责」，涨粉具体怎么算": how a word of it is counted is what it means
        meaning = asks_meaning(rest) or bool(_HOW_COUNTED.search(rest))
        what_is = bool(_WHAT_IS.search(rest) or _WHATS_THE_WORD.search(rest))
        if not (asks_before or meaning or what_is):
            return False
        named_before = self.linker.link_full(before).mentions if asks_before else []
        linked_after = self.linker.link_full(rest) if (meaning or what_is) else None
        after = linked_after.mentions if linked_after else []
        if not (named_before or after):
            return False
        said = {m.entry_id for m in self.linker.link_full(quote).mentions}
        if any(m.entry_id in said and not self.kb.entries[m.entry_id].is_job for m in named_before):
            return True
        # the word named again, read in the quote as part of a longer duty ("对账号涨粉负责")
        inside = match_form(quote)
        again = [m for m in after if m.entry_id in said or (m.text and m.text in inside)]
        if meaning:
            return bool(again)
        # "- what on earth is zhongcao", "…种草是什么": the word right after "what is" or right
        # before 是什么 ("这是什么运营" asks what the job is).
        # (in the text as linked, where the names' places are)
        said_after = linked_after.q if linked_after else rest
        for w in [*_WHAT_IS.finditer(said_after), *_WHATS_THE_WORD.finditer(said_after)]:
            english = w.group().startswith("what")
            if any(
                (0 <= m.start - w.end() <= _WORD_GAP) if english else (0 <= w.start() - m.end <= 1)
                for m in again
            ):
                return True
        return False

    def _quoted_ad(self, question: str, quote: str, lang: Lang, text: str = "") -> Answer | None:
        """ "JD says: '...' what job is that?": the job the quoted duties read as, when the
        reading is not a toss-up; it answers which job does this work."""

        # A few quoted duties are read better by their words than by the reader's skill match
        # (on the 100 quoted ads of the tuning sets, 90 against 78): when the reader is not
        # sure, a clear full-text winner is taken instead, or, when it is the reader's own
        # pick, makes the reader surer.
        def by_words(confidence: float, job: str) -> tuple[str, float] | None:
            hits = self.kb.search(quote, limit=2, kinds=JOBS)
            if not hits:
                return None
            second = hits[1][1] if len(hits) > 1 else 0.0
            # A sure reading gives way only to words that point elsewhere by far ("…pain-point
            # analysis to feed the product planning team": the team fed is not the job).
            # A job title before the duties ("Trade Marketing Specialist: …") settles it.
            sure = confidence >= QUOTED_AD_SURE
            if sure and (hits[0][0] == job or job in self._titled(quote)):
                return None
            if hits[0][1] < (QUOTED_AD_FAR if sure else QUOTED_AD_MARGIN) * second:
                return None
            if self._a_role_of(job, hits[0][0]) and not _WHICH_DEPARTMENT.search(text or question):
                # "负责公司抖音、小红书…账号的内容规划与日常发布": the words point at the
                # department, the duties at its role: the narrower job is the ad's
                return None
            return hits[0][0], round(hits[0][1] / (hits[0][1] + second), 3)

        # "Position: Brand Manager (FMCG snacks), 3-5 yrs. 'Own two SKUs…' what job is this?":
        # the title said before the quoted duties is the ad's first line
        before = (text or question)[: max(0, (text or question).find(quote))]
        # the last title said, and only right before the duties ("My role: sales. The ad says
        # '…'" names the person's job, not the ad's)
        titled = ([m for m in _TITLE_BEFORE.finditer(before)] or [None])[-1]
        if titled and len(before) - titled.end() > TITLE_BEFORE_GAP:
            titled = None
        title = next((g for g in titled.groups() if g), "") if titled else ""
        read = f"{title.strip()}\n{quote}" if title.strip() else quote
        ad = self.compose.job_ad(read, lang, by_words)
        named = self._job_asked_of_an_ad(text or question, quote) if not title.strip() else None
        if (
            ad is not None
            and named
            and ad.topic != named
            and any(named in link.ids for link in (*ad.followups, *ad.alternatives))
        ):
            # "…'plan limited-time events, set rules and rewards'. is that activity ops or sth
            # else": a job the asker names, among the ad's close readings, is read as its title
            again = self.compose.job_ad(
                f"{self.kb.entries[named].name.get('en')}\n{quote}", lang, by_words
            )
            ad = again if again is not None and again.topic == named else ad
        if ad is None or ad.confidence < QUOTED_AD_MIN:
            return None
        # "负责…，这个岗前景咋样": what else is asked of the job, where the articles are silent,
        # is said first (the ad's reading follows).
        asked = aspects_of(match_form((text or question).replace(quote, " ")))
        if aspect := next((a for a in asked if a in _ASKED_OF_AN_AD), None):
            reading, ad.kind = ad.lead, "role"
            ad = self.compose.focus(ad, aspect, lang)
            if reading not in ad.lead and reading not in ad.bullets:
                ad.bullets.insert(0, reading)  # which job the ad is stays said
        ad.kind, ad.question = "who", question
        ad.followups = ad.followups[:1] + ad.alternatives + ad.followups[1:]
        ad.alternatives = []
        # ("岗位：新媒体运营\n1. …": a role the ad's own title names is no learnt guess's to
        # replace; a title naming only a team, "品牌专员", may be loose)
        ad.settled = ad.topic in self._titled(read) and self.planner.kind(ad.topic) == "role"
        return ad

    def _job_asked_of_an_ad(self, text: str, quote: str) -> str | None:
        """The one job a message asks whether a quoted ad is ("is that activity ops or sth
        else", "这是不是活动运营"), named outside the quote."""
        rest = clean(text.replace(quote, " "))
        said = match_form(rest)
        # (not a family asked from: "Which kind of ops is this?")
        if not _IS_THAT_THE_AD.search(said) or _WHICH_OF_THEM_ASKED.search(said):
            return None
        jobs = {
            m.entry_id
            for m in self.linker.link_full(rest).mentions
            if m.score >= 0.85 and m.via == "alias" and self.kb.entries[m.entry_id].is_job
        }
        return jobs.pop() if len(jobs) == 1 else None

    def _a_role_of(self, role: str, department: str) -> bool:
        """Whether a role works in (or is a kind of) the department."""
        entries = self.kb.entries
        if entries[role].kind != "role" or entries[department].kind != "department":
            return False
        return entries[role].kind_of == department or (
            department in entries[role].related and role in entries[department].related
        )

    def _titled(self, quote: str) -> set[str]:
        """The jobs a quoted ad's title names, when it has one: the words before a colon."""
        head = _A_TITLE_LABELLED.match(quote) or re.match(r"([^:：]{2,40})[:：]", quote)
        if not head:
            return set()
        return {m.entry_id for m in self.linker.link_full(clean(head.group(1))).mentions}

    def _romanised(self, m: Mention) -> bool:
        """A Chinese name written in pinyin ("fupan", "zhongcao"): no English word, but ours."""
        word = m.text.replace(" ", "").lower()
        if not (word.isascii() and word.isalpha()) or len(word) < 4:
            return False
        entry = self.kb.entries[m.entry_id]
        sounds = self.kb.pinyin(entry.name.get("zh-Hans")) if entry.kind == "term" else None
        return bool(sounds) and "".join(sounds) == word

    def _confidence(
        self,
        mentions,
        coverage,
        foreign,
        answer: Answer,
        from_context,
        asked_aspect=False,
        a_word=False,
        q: str = "",
        side_picked=False,
    ) -> float:
        real = [m for m in mentions if m.via != "context"]
        if from_context and not real:
            # "which team usually finds and manages them for a launch?": who does something to
            # the subject before says what is done in words of its own.
            # So does an aspect asked of it ("is it easier to find those jobs in shanghai or
            # chengdu?").
            # So does a move into it from a job of another field, told in the person's words
            # ("我是記者 跑新聞四年了 轉過去有機會嗎").
            told = answer.kind == "transition" and bool(answer.from_words)
            # and the way into it asked with one's background ("我鍾意搞活動但冇經驗，想做第一
            # 種，點入行")
            # and one side of a comparison picked by its place or by what it does, with words
            # about it ("which one is the one obsessed with retention", "後者感覺比較像大公司才
            # 有，他們在做什麼")
            wordy = (
                answer.kind == "who"
                or asked_aspect
                or told
                or side_picked
                or answer.aspect == "get_in"
                # ("what's step 4 about, the one with circles": the step told in its words)
                or bool(_A_STEP.search(q))
            )
            # An aspect the articles do not cover, asked of the subject before ("is the money
            # ok for someone straight out of university in that job?"), is answered by saying
            # so first: however wordy, no other question is answered in its place.
            uncovered = (
                asked_aspect
                and bool(answer.gaps)
                and answer.kind == "role"
                # "…in that job", "…for it"; or pay, hours or a future asked first, which the
                # articles leave open ("人工大概有幾多？夠唔夠佢出去住交租？")
                and (talk.points_back(q) or answer.aspect in _ASKED_FIRST_UNCOVERED)
            )
            # (an aspect asked outright, "sounds fancy. skills?", carries a little more chat)
            # (so does the way in asked with one's lack of experience: "how would I get in with
            # zero internships?")
            newcomer = answer.aspect == "get_in" and direction.newcomer(q)
            most = 14 if asked_aspect or newcomer else 10 if wordy else 6
            if asked_aspect and _PART_OF_IT.search(q):
                most = 2 * most  # (the work is told at length, then asked whether it is the job's)
            return FOLLOW_UP_CONFIDENCE if uncovered or foreign < most else 0.3
        if not (real or mentions):
            return FOLLOW_UP_CONFIDENCE if from_context else 0.0  # the plan came from context
        # The surest name, and of names as sure the longest ("is BD just sales": sales)
        best = max(real or mentions, key=lambda m: (m.score, m.length))
        # A typo match or a two-letter name ("PR") must explain more of the question before it
        # is trusted: "my media player won't open" is not about media planners.
        # Not when the question says it asks about a word ("what does the word BD mean"):
        # the short name is then the very thing asked.
        # (nor a two-letter name that opens a Chinese question: "PR係咪即係成日同記者食飯嗰啲？")
        opens = best.via == "alias" and best.start == 0 and has_cjk(q[best.end : best.end + 2])
        weak = (best.via == "fuzzy" and not has_cjk(best.text)) or (
            best.length <= 2
            and not has_cjk(best.text)
            and not (a_word and best.via == "alias")
            and not opens
        )
        matched = sum(m.length for m in real)
        if weak and foreign:
            base = 0.1 if foreign < matched else 0.0
            if asked_aspect:
                base = 0.3  # "BD的薪资结构是怎样的": a two-letter name asked an aspect of
                if best.via == "alias" and best.text.isupper():
                    base = 0.5  # "and is PR gonna get replaced by chatgpt lol": typed as one
        else:
            # Words the knowledge base never uses, as many as the names found: another subject
            # that shares a name with ours ("空军和陆军的军衔"). Ideas (not jobs or terms) are
            # named with everyday words, so they need more support.
            another = foreign >= matched and coverage < 0.5 and answer.kind == "concept"
            # So is an everyday English word that is also one of our names ("brand",
            # "operations", "campaign") among twice as many words of another subject: "a good
            # brand of coffee for cold brew", "my operations research homework".
            everyday = (
                best.via == "alias"
                and best.text.islower()
                and " " not in best.text.strip()
                and not has_cjk(best.text)
                # not the goal of a move ("PhD dropout trying to get into marketing")
                and not (answer.kind == "transition" and _INTO_BEFORE.search(q[: best.start]))
            )
            another = another or (everyday and foreign >= 2 * matched and coverage < 0.4)
            # An acronym of our field named exactly ("TVC", "KOC") is a strong sign by itself,
            # however chatty the rest: "someone in my group chat keeps saying TVC".
            acronym = (
                best.via == "alias" and (len(best.text) >= 3 or a_word) and best.text.isupper()
            )
            # So is a name the question says is a word ("輿情這個詞"), and a Chinese name
            # dropped into an English question ("my manager wants a 复盘 by friday"): both are
            # named on purpose.
            on_purpose = best.via == "alias" and (
                a_word
                or (answer.lang == "en" and has_cjk(best.text))
                or self._romanised(best)  # "let's fupan tomorrow": a Chinese term in pinyin
            )
            # (the Chinese name answered, though an English name of ours is longer: "my
            # daughter says she's doing 种草 for a lipstick brand")
            on_purpose = on_purpose or (
                answer.lang == "en"
                and any(
                    m.via == "alias" and has_cjk(m.text) and m.entry_id == answer.topic
                    for m in real
                )
            )
            acronym = acronym or on_purpose
            # Two of our names said in full and weighed against each other are named on
            # purpose too, however the rest is put ("品牌部和营销策划部 一个像总指挥部一个像前线
            # 指挥所? 具体咋分").
            # (or one named, weighed against the subject before: "ok 那跟公关部放一起比比呗")
            acronym = acronym or (
                answer.kind == "compare"
                and len(
                    {
                        m.entry_id
                        for m in mentions
                        if (m.via == "alias" and m.length >= 3) or m.via == "context"
                    }
                )
                >= 2
                and any(m.via == "alias" and m.length >= 3 for m in real)
            )
            # ("營銷這個詞在大陸的意思是什麼": an idea's word asked as a word is meant.)
            base = 0.5 if acronym else 0.0 if another else 0.3
        confidence = best.score * (base + (1 - base) * coverage)
        if from_context:
            # (a move whose start the conversation gave and whose goal is named carries more
            # chat: "他說想換去做品牌那種比較有質感的，轉得過去嗎？")
            both_ends = answer.kind == "transition" and bool(answer.from_id and answer.to_id)
            most = 10 if both_ends and best.via == "alias" else 6
            confidence = max(confidence, FOLLOW_UP_CONFIDENCE if foreign < most else 0.0)
        return round(confidence, 3)

    # -- understanding beyond the names ------------------------------------------------------

    def _in_the_question(
        self, message: _Message, mentions: list[Mention], a_word_asked: bool = False, q: str = ""
    ) -> list[Mention]:
        """Of a story with a question at the end, the names in the sentences that ask: "I work
        at an agency... What does a media buyer do?" is about media buyers."""
        if a_word_asked:
            # "听HR说这个岗要会出KV，KV是个啥": a story, then what a word of it means
            a, b = message.spans[1]
            return [m for m in mentions if a <= m.start < b] or mentions
        if not message.story_around_a_question:
            return mentions
        spans = message.spans
        asking = [
            (a, b)
            for (a, b), asks_ in zip(spans, message.asking, strict=True)
            # "content ops, user ops, ...: who does what"
            if asks_ or _only_names(a, b, mentions, q)
        ]
        named = any(a <= m.start < b for m in mentions for a, b in asking)
        for i, ((a, b), asks_) in enumerate(zip(spans, message.asking, strict=True)):
            which = asks_ and strong_who(match_form(message.parts[i]))
            if named and i and which and not any(a <= m.start < b for m in mentions):
                # "品牌、公关、内容运营……我最喜欢办活动那块，对应的是哪个岗位": beside a list that
                # names jobs, a clause that asks and names nothing asks about the one before it.
                asking.append(spans[i - 1])
            elif (
                i
                and asks_
                and _THEY.match(match_form(message.parts[i]))
                and any(a <= m.start < b for m in mentions)
            ):
                # "Company A in that article - how did they split marketing…": "they" is what
                # the sentence before named, when it is something of another kind.
                kinds = [
                    {self.planner.kind(m.entry_id) for m in mentions if x <= m.start < y}
                    for x, y in (spans[i - 1], (a, b))
                ]
                if kinds[1] and kinds[0] - kinds[1]:
                    asking.append(spans[i - 1])
            elif (
                i
                and asks_
                and not any(a <= m.start < b for m in mentions)
                and _THEM.search(match_form(message.parts[i]))
            ):
                # "brand, PR and new media — three teams, how do I tell them apart?": "them"
                # is all the sentences before named.
                asking += list(spans[:i])
            elif i and asks_ and _THERE.search(match_form(message.parts[i])):
                # "I'm joining a big hardware company… How is marketing organised there?":
                # "there" is the kind of company a sentence before named.
                asking += [
                    (x, y)
                    for x, y in spans[:i]
                    if any(
                        x <= m.start < y and self.planner.kind(m.entry_id) == "org"
                        for m in mentions
                    )
                ]
        # An idea told across the sentences ("有啲公司放marketing，有啲放operations？") is in
        # the one that asks where it ends.
        inside = [
            m
            for m in mentions
            if m.via == "context"
            or any(a <= m.start < b for a, b in asking)
            or (
                self.planner.kind(m.entry_id) == "concept"
                and any(a < m.end <= b for a, b in asking)
            )
        ]
        return inside or mentions

    def _without(self, linked: Linked, words: str, coverage: float, foreign: float):
        """Coverage and foreign words with `words` (the person's own job) counted as explained."""
        at = linked.q.find(match_form(words))
        if at < 0:
            return coverage, foreign
        keep = [True] * len(linked.q)
        keep[at : at + len(match_form(words))] = [False] * len(match_form(words))
        cov, fgn = self.linker.judge(linked, keep)
        return max(coverage, cov), min(foreign, fgn)

    def _first_question(
        self, message: _Message, linked: Linked, intent: str
    ) -> tuple[tuple[int, int], list[str]] | None:
        """Of a message that asks two things or more, the span of the first question that names
        something, and the aspects the later questions ask when they name nothing new. None for
        one question, or a move (its parts belong together)."""
        if len(message.spans) != len(message.parts):
            return None
        q = linked.q
        if _WORDS_MEAN.search(q) and self.planner.listed_terms(q, linked.mentions):
            return None  # "what does 拉新 促活 留存 mean?": one question of the words listed
        if intent == "transition" and not self._aspect_before_a_move(message, q):
            return None
        found: list[tuple[int, int]] = []
        for (a, b), asks_ in zip(message.spans, message.asking, strict=True):
            if asks_ and not (found and _only_names(a, b, linked.mentions)):
                # "how did they split marketing, brand and ops?": the names after a comma end
                # a list, not a question of their own.
                pieces = [(a + x, a + y) for x, y in clauses(q[a:b])]
                found += [
                    (x, y) for x, y in pieces if _whole_question(q[x:y]) and not said_known(q[x:y])
                ]
        if len(found) < 2:
            return None
        if _CHECKING.search(q[found[0][0] : found[0][1]]):
            # "paid ads vs BD, both under promotion right? how are they different": a premise
            # checked in passing is not the question; the sentence before it says what is.
            if len(found) == 2:
                return None
            found = found[1:]
        if intent == "compare" and all(intent_of(q[a:b]) == "who" for a, b in found[:2]):
            return None  # "who does ops and who does promotion": one question, how work is split
        # The pay entry named by "工资" names the aspect asked, not a subject.
        aspect_ids = self.kb.index.aspect_ids
        named = [
            [
                m
                for m in linked.mentions
                if a <= m.start < b and m.via != "task" and m.entry_id not in aspect_ids
            ]
            for a, b in found
        ]
        if refers_back(q[found[0][0] : found[0][1]]):
            # "baidu bidding - what is it and who does it": "it" is what the words before the
            # questions named; so is "that" in "ad placement operations role, is that
            # different from media buyer?", beside the name the question adds.
            before = [
                m
                for m in linked.mentions
                if m.end <= found[0][0] and m.via != "task" and m.entry_id not in aspect_ids
            ]
            header = [(a, b) for a, b in message.spans if b <= found[0][0]]
            if before and len(header) == 1 and _only_names(*header[0], linked.mentions, q):
                found[0] = (min(m.start for m in before), found[0][1])
                named[0] = before + named[0]
        # Only when the first question names its subject: "Who earns more, promotion or
        # operations?" is one question that names its subject last.
        at = 0 if named[0] else None
        if (
            at is None
            or self._same_as_another(q, found, named)
            or self._same_asked_of_another(q, found, named)
        ):
            return None
        ids = {m.entry_id for m in named[at]}
        later: list[str] = []
        for (a, b), n in zip(found[at + 1 :], named[at + 1 :], strict=True):
            # "…买多少量，这个归谁管": whom a thing (not a job) comes under is who handles it;
            # "what does a GTM team do, and who do they report to?" asks where the job sits.
            things = not any(self.kb.entries[m.entry_id].is_job for m in named[at])
            who = intent_of(q[a:b]) == "who" and not (
                set(aspects_of(q[a:b])) - ({"sits"} if things else set())
            )
            first_asks = q[found[at][0] : found[at][1]]
            what = _WHAT_IS.search(first_asks) or asks_meaning(first_asks)
            if not n and who and refers_back(q[a:b]) and not what:
                # "地铁还是开屏、买多少量，这个谁来定": one who-question about it all (not after
                # a question of its own: "what is a hot search and who buys them").
                return None
            if intent_of(q[a:b]) == "who" and "sits" not in aspects_of(q[a:b]):
                # "…and who measures it": who does it, not how it is measured ("公关部一般归谁
                # 管" asks where it sits)
                continue
            if not n or {m.entry_id for m in n} <= ids:
                later += aspects_of(q[a:b])
                if intent_of(q[a:b]) == "compare":
                    later.append("compare")  # "…有重叠吗，区别在哪": the same two, weighed
        return found[at], later

    def _same_as_another(
        self, q: str, found: list[tuple[int, int]], named: list[list[Mention]]
    ) -> bool:
        """ "KOC是什么？跟网红差在哪", "what's ASO, is it the same as SEO?": a thing asked, then
        whether it is the same as one other thing: one question weighing the two (BRIEF.md), not
        a second question offered apart."""
        # (one thing each side: "傳統企業裡的市場部在做什麼，跟網路公司的一樣嗎" weighs where
        # the department is, not the department against a kind of company)
        # (one thing, named once or twice over: "new media ops" holds "new media" too)
        # (a loose reading beside a name is none: "SEO for app stores" holds no "app store ops")
        named = [[m for m in n if m.score >= 0.85] for n in named[:2]]
        if len(found) != 2 or any(len({m.entry_id for m in n}) != 1 for n in named):
            return False
        first, second = q[found[0][0] : found[0][1]], q[found[1][0] : found[1][1]]
        asks_what = _WHAT_IS.search(first) or asks_meaning(first) or intent_of(first) == "define"
        weighs = intent_of(second) == "compare" or _JUST_THE_OTHER.search(second)
        if not asks_what or not weighs or _FIRST_PART_ONLY.search(q):
            return False
        if set(aspects_of(first)) - {"does"}:
            return False  # "推广岗的工资什么水平，比运营高吗": an aspect of the first, weighed
        other = named[1][0]
        # (said by its name: "和我现在顺手发发推文差别大吗" names nothing, 发发 is no 首发 mistyped)
        return other.via == "alias" and all(m.entry_id != other.entry_id for m in named[0])

    def _same_asked_of_another(
        self, q: str, found: list[tuple[int, int]], named: list[list[Mention]]
    ) -> bool:
        """ "KV是什么？TVC又是什么？", "whats GMV and whats ROI": what a word means, then the same
        of another word: the words asked together (BRIEF.md), each explained."""
        if len(found) != 2 or any(len({m.entry_id for m in n}) != 1 for n in named):
            return False
        a, b = named[0][0].entry_id, named[1][0].entry_id
        if a == b or any(self.kb.entries[e].kind != "term" for e in (a, b)):
            return False
        first, second = q[found[0][0] : found[0][1]], q[found[1][0] : found[1][1]]
        return all(
            _WHAT_IS.search(x) or _WHAT_ARE_THEY.search(x) or asks_meaning(x)
            for x in (first, second)
        )

    def _aspect_before_a_move(self, message: _Message, q: str) -> bool:
        """ "编辑刚入行工资大概多少，三四千有吗？以后能转公关吗": a first question asking a fact
        of the job (not the way in), then a move asked after it: two questions, the first
        answered first."""
        pairs = zip(message.spans, message.asking, strict=True)
        asking = [span for span, asks_ in pairs if asks_]
        if len(asking) < 2:
            return False
        (a, b), rest = asking[0], asking[1:]
        first = q[a:b]
        return (
            intent_of(first) == "define"
            and bool(set(aspects_of(first)) & set(_FACTS_OF_A_JOB) - {"does"})
            and any(intent_of(q[x:y]) == "transition" for x, y in rest)
        )

    def _question_part(self, message: _Message, folded: str, a_word_asked: bool = False) -> str:
        """The sentences that ask, when a message also tells a story around its question
        ("long time lurker here, my boss keeps saying... What does a media buyer do?"): its
        shape and aspect are read from them, not from the story. A move keeps the whole: "I do
        SEO. Could I move into product operations?" needs both."""
        # "What kinds of promotion are there? online vs offline and so on": a question, then
        # words that only say more about it.
        then_more = len(message.parts) >= 2 and message.asking[0] and not any(message.asking[1:])
        if not (message.story_around_a_question or then_more or a_word_asked):
            return folded
        asking = [p for p, asks_ in zip(message.parts, message.asking, strict=True) if asks_]
        asked_alone = match_form(" ".join(asking))
        # (not one's days told: "我每天都在調關鍵字出價…想轉去做內容運營，行得通嗎")
        if self._heading(message) and not DUTIES_NOW.match(fold(message.parts[0])):
            asking = [message.parts[0], *asking]
        question = self.linker.unglue(match_form(" ".join(asking)))
        if intent_of(question) == "transition":
            return folded
        if (
            asks_route(question)
            and intent_of(folded) == "transition"
            and not self.linker.link(question)[0]
        ):
            return folded  # "…I'd like to go client side as a brand manager. What's the path?"
        if (
            intent_of(folded) == "transition"
            and not strong_who(question)
            and not asks_meaning(question)  # "…想跳槽……想问下内容运营到底指什么": what it is
            # "…想跳槽…算内容运营还是新媒体运营，差在哪": the two the question names; "im in sales,
            # want to move into BD. how different is it": the move's two ends
            and not (
                intent_of(question) == "compare"
                and (self.linker.link(question)[0] or not talk.points_back(question))
            )
            # "我在做業務，想轉職去做品牌，品牌部通常怎麼考核？": a move told, and asked of the
            # job how it is judged or where it sits, not how to move
            and not set(aspects_of(question)) & {"measured", "sits"}
            # "…现在想跳槽，发现JD上的“运营”五花八门。所以运营部到底是做什么的": what a job
            # named in the question does
            # (asked, not told in a heading: "我每天的工作就是…看點擊率…想換去做內容營運，可以
            # 怎麼準備" tells the days, and asks the move)
            and not ("does" in aspects_of(asked_alone) and self.linker.link(question)[0])
            and speaks_of_moving(folded)
        ):
            # "...最近想跳槽...我最喜欢办活动那块，对应的是哪个岗位？": the story mentions a move,
            # the question asks which job. A path already walked ("从社群做到用户运营") is
            # history, not a move asked about.
            return folded
        return question

    @staticmethod
    def _settled(answer: Answer) -> Answer:
        """An answer no second opinion may replace (the bot asked about, small talk)."""
        answer.settled = True
        return answer

    def _claim_checked(self, message: _Message) -> str:
        """The sentence a closing check ("这正常吗", "which is it?") asks about, if any."""
        asking = [i for i, a in enumerate(message.asking) if a]
        if not asking or asking[-1] == 0:
            return ""
        last = asking[-1]
        # (a check, then only an aside: "which is it? she doesn't know either lol")
        if not checks_a_claim(message.parts[last]):
            return ""
        return " ".join(message.parts[max(0, last - 2) : last])  # (parts split at commas too)

    def _heading(self, message: _Message) -> bool:
        """ "media buyer skills - negotiation i guess? what else": a short first line that names
        a subject and an aspect and asks nothing, before questions that name neither, is the
        question's heading, not a story around it."""
        if message.asking[0] or len(match_form(message.parts[0])) > HEADER_CHARS:
            return False
        heading = self.linker.unglue(match_form(message.parts[0]))
        rest = " ".join(p for p, a in zip(message.parts, message.asking, strict=True) if a)
        return (
            bool(set(aspects_of(heading)) - {"get_in"})
            and bool(self.linker.link(heading)[0])
            and not aspects_of(match_form(rest))
            and not self.linker.link(rest)[0]
        )

    def _focus(
        self, message: _Message, linked: Linked, asks_aspect: bool, moving: bool = False
    ) -> tuple[float, float, list[str]]:
        """Coverage and foreign words of the question as asked: only the sentences that name
        something (an aside such as "面试被问懵了" or "lol my boss asked" is not part of it), and
        without the aspect's own words ("salary", "要看哪些指标"), which say how it asks, not
        about what. Also the subjects named in later sentences, offered as follow-ups."""
        q = linked.q
        keep = [True] * len(q)
        others: list[str] = []
        elsewhere = False
        spans = message.spans
        if len(spans) > 1:
            named = _named_in(linked.mentions, spans)
            # The sentences that ask and name something are the question; a story around
            # them, however many names it drops, is not. Sentences that ask about something
            # else entirely, naming nothing and pointing at nothing named ("我做新媒体的，想问
            # 问北京租房哪个区通勤方便"), are the question too.
            asking = message.asking if len(message.asking) == len(spans) else [False] * len(spans)
            judged = [bool(f) and a for f, a in zip(named, asking, strict=True)]
            if not any(judged) and any(asking):
                questions = [p for p, a in zip(message.parts, asking, strict=True) if a]
                # A question that asks one of our aspects of nothing it names ("moving from
                # promotion to product ops, do I need to learn prototyping?") asks it of what
                # the sentence before named.
                ours = self._heading(message) or any(
                    set(aspects_of(match_form(p))) - {"market", "company"} for p in questions
                )
                # "想做 brand，應該入邊間公司好？": which company, asked right after the job wished
                ours = ours or (
                    moving and any("company" in aspects_of(match_form(p)) for p in questions)
                )
                # "content ops jobs - more in beijing or shanghai?": a city's market for work
                # the message names is asked of that work.
                ours = ours or bool(
                    _WORK_LOOKED_FOR.search(q)
                    and any("market" in aspects_of(match_form(p)) for p in questions)
                )
                # "moving from operations back to promotion, how do I pitch myself": after a
                # move told, the person asking about themselves asks about the move.
                # So does one asking whether it crosses over ("這樣跨得過去嗎").
                mine = moving and any(
                    _FIRST_PERSON.search(form := match_form(p)) or over_there(form)
                    for p in questions
                )
                # "want to leave new media ops and try media buying. transferable?": a word or
                # two asked after what was told asks about it.
                brief = all(
                    len(form := match_form(p)) <= (BRIEF_CJK if has_cjk(form) else BRIEF_CHARS)
                    and len(form.split()) <= 2
                    for p in questions
                )
                # "产品运营想转回推广，会不会越走越窄", "…into internet operations. transferable
                # or not?": a short yes-or-no question after a move told weighs that move.
                weighs = moving and all(weighs_a_move(match_form(p)) for p in questions)
                if not any(refers_back(p) for p in questions) and not (
                    ours or mine or brief or weighs
                ):
                    only = [False] * len(q)
                    for (a, b), asks_ in zip(spans, asking, strict=True):
                        only[a:b] = [asks_] * (b - a)
                    for match in aspect_words(q):
                        only[match.start() : match.end()] = [False] * (match.end() - match.start())
                    if self.linker.judge(linked, only)[1] >= ELSEWHERE_FOREIGN:
                        judged, elsewhere = asking, True
            if not any(judged):
                judged = [bool(f) for f in named]
            judged = self._clearest(linked, spans, named, judged)
            if any(named):
                keep = [False] * len(q)
                first = None
                for (a, b), found, judge in zip(spans, named, judged, strict=True):
                    if judge:
                        keep[a:b] = [True] * (b - a)
                    if found:
                        ids = _distinct(found)
                        if first is None:
                            first = set(ids)
                        else:
                            others += [i for i in ids if i not in first]
        if asks_aspect:
            for match in aspect_words(q):
                for i in range(match.start(), match.end()):
                    keep[i] = keep[i] and linked.taken[i]
        coverage, foreign = self.linker.judge(linked, keep)
        if elsewhere:
            return coverage, foreign, others
        return max(coverage, linked.coverage), min(foreign, linked.foreign), others

    def _clearest(
        self,
        linked: Linked,
        spans: list[tuple[int, int]],
        named: list[list[Mention]],
        judged: list[bool],
    ) -> list[bool]:
        """Of several sentences that ask about the same subject ("公关是不是就是天天给领导擦屁股
        的啊，正经说公关部干嘛"), the one that asks it most plainly: the others' chatter does not
        make the subject less meant."""
        asking = [i for i, judge in enumerate(judged) if judge]
        if len(asking) < 2 or len({frozenset(_distinct(named[i])) for i in asking}) > 1:
            return judged
        best, best_coverage = -1, -1.0
        for i in asking:
            a, b = spans[i]
            keep = [a <= j < b for j in range(len(linked.q))]
            coverage, _ = self.linker.judge(linked, keep)
            if coverage > best_coverage:
                best, best_coverage = i, coverage
        return [i == best for i in range(len(judged))]

    def _sort_of(self, eid: str) -> str:
        """A job (or a word that stands for one: "trade marketing"), or the kind of entry it
        is (a word, an idea, a kind of company)."""
        entry = self.kb.entries.get(eid)
        if entry is None:
            return ""
        return "job" if entry.is_job or entry.stands_for else entry.kind

    def _follow_up(
        self, folded, mentions, intent, aspects, ctx: Conversation, foreign=0.0
    ) -> _Supplied:
        """Mentions and aspects with what the conversation supplies: "how do I get into it?",
        "compare it with PR", "那公关呢？" (the last aspect, for a new subject). A question
        that names something we do not know and points at nothing said before ("HR是做什么的",
        "what's the weather in beijing") asks about that, not about the last subject.
        Read in three steps: how the message points at the talk (`_pointing`), then a move
        before that still holds, then what is supplied when nothing or something is named."""
        if (
            intent == "define"
            and splits_work(folded)
            and mentions
            and all(self.kb.entries[m.entry_id].is_job for m in mentions)
        ):
            intent = "compare"  # "GTM是什么" then "佢哋同銷售部點分工": how the two split work
        p = self._pointing(folded, mentions, intent, aspects, ctx, foreign)
        moved = self._a_start_from_talk(p)
        if moved:
            return moved
        return self._something_named(p) if p.named else self._nothing_named(p)

    def _pointing(self, folded, mentions, intent, aspects, ctx: Conversation, foreign) -> _Pointing:
        """How a follow-up points at the talk before: back at it, going on from it, with which
        names of its own, and which subjects of the talk it can mean."""
        # "pay?", "薪水呢": the word that names an asked aspect ("工资") names no new subject.
        asked = {e for a, e in self.kb.index.aspect_entries.items() if a in aspects}
        # ("she's thinking of moving into PR, is that realistic?": "that" is the move asked)
        back = talk.points_back(without_the_move_weighed(folded))
        goes_on = talk.continues(folded)
        # "alright put those two side by side for me": the two before, pointed at
        # (and "這兩個…是哪個職位在做的": who handles the two)
        back = back or (intent in ("compare", "who") and talk.points_to_both(folded))
        # "vs the new media dept, which is easier for a grad?": weighed against the last
        back = back or (intent == "compare" and bool(_OPENS_WEIGHING.match(folded)))
        # "and user operater": after "and", a name typed with a slip still names the next one.
        sure = 0.75 if goes_on else 0.85
        named = [
            m
            for m in mentions
            if m.via != "task"
            and m.score >= sure
            and m.entry_id not in asked
            and not (back and self._said_as_where(folded, m))
        ]
        # (a Chinese question with English names counts each name as one: "同 user ops 有咩唔同？")
        short = (
            len(folded.split()) <= 7
            if not has_cjk(folded)
            else len(_LATIN_WORD.sub("x", folded).replace(" ", "")) <= 14
        )
        ids = self._subjects_meant(folded, named, intent, aspects, ctx)
        # The subject stands where the question points back at it ("could I move into that?"),
        # so the words around it say which end of a move it is.
        at = talk.pointer(folded) if back else None
        subjects = [
            Mention(s, *(at if at and i == 0 and len(ids) == 1 else (0, 0)), 1.0, "context", "")
            for i, s in enumerate(ids)
        ]
        return _Pointing(
            folded,
            mentions,
            intent,
            aspects,
            ctx,
            foreign,
            back,
            goes_on,
            sure,
            named,
            short,
            ids,
            at,
            subjects,
        )

    @staticmethod
    def _said_as_where(folded: str, m: Mention) -> bool:
        """ "in a big marketing org, whose job is writing those?", "who deals with them at a
        phone brand", "who writes those in a big marketing team": the place, not the thing."""
        return bool(
            (_IN_A_PLACE.search(folded[: m.start]) or _ZH_IN_A_PLACE.search(folded[: m.start]))
            and (
                _ORG.match(folded, m.end)
                or folded[m.start : m.end] in ("brand", "brands")
                or _ENDS_AS_AN_ORG.search(folded, m.start, m.end)
            )
        )

    def _subjects_meant(
        self, folded: str, named: list[Mention], intent: str, aspects, ctx: Conversation
    ) -> list[str]:
        """The subjects of the talk a follow-up can mean. Both sides of a comparison are the
        subject of the next comparison; of any other question ("需要什么能力" after one), the
        first side is."""
        keep = 2 if ctx.kind == "compare" and intent == "compare" else 1
        ids = list(ctx.subjects[:keep])
        if intent == "compare" and len(ids) == 1 and len(_distinct(named)) == 1:
            # "what's KOC", "who handles them", then "how is that different from KOL": the
            # thing weighed against a word is the word talked about, not the team that handled it
            sort = self._sort_of(named[0].entry_id)
            alike = [
                s
                for s in (*ctx.subjects[1:], *ctx.earlier)
                if self._sort_of(s) == sort and s != named[0].entry_id
            ]
            if self._sort_of(ids[0]) != sort and alike:
                ids = alike[:1]
        if len(ids) == 1 and talk.means_the_team(folded) and not self.kb.entries[ids[0]].is_job:
            # "什麼是GTM" then "那這個團隊在做什麼": the team GTM names.
            ids = [self.planner.as_job(ids[0]) or ids[0]]
        if (
            len(ids) == 1
            and ctx.earlier
            and (
                # "它们有什么区别", "is there a difference?" after two questions
                (intent == "compare" and (talk.points_to_both(folded) or not named))
                # "SEO是什麼", "那SEM咧", then "這兩個在公司裡是哪個職位在做的": who handles both
                or (intent == "who" and not named and talk.points_to_both(folded))
            )
        ):
            ids = [ctx.earlier[0], ids[0]]
        elif (
            len(ids) == 1
            and intent == "compare"
            and not named
            and len(ctx.sides) == 2
            and ids[0] in ctx.sides
            and talk.points_to_each(folded)
        ):
            # "PR or brand, which is better" then "what does each actually do": the two weighed
            ids = list(ctx.sides)
        elif (
            len(ids) == 1
            and ctx.kind == "transition"
            and ctx.start
            and ctx.start != ids[0]
            and intent == "compare"
            and not named
            # ("whats actually different day to day": the two ends of the move, unsaid)
            and (talk.points_to_both(folded) or _THE_DIFFERENCE.search(folded))
        ):
            # "I run 40 wechat groups… want to move to user ops", then "what's the difference
            # between the two anyway": where the person is and where they would go
            ids = [ctx.start, ids[0]]
        if len(ids) == 1 and not named:
            ids = [self._subject_pointed_at(folded, ids[0], ctx, aspects)]
        return ids

    def _a_start_from_talk(self, p: _Pointing) -> _Supplied | None:
        """A start of a move that the talk before supplies: the start said before, the other
        side weighed, the job talked about, or both ends for pay."""
        folded, mentions, aspects, ctx, named = p.folded, p.mentions, p.aspects, p.ctx, p.named
        if p.intent == "transition" and ctx.start and len(_distinct(named)) == 1:
            # "做推广能转运营吗" then "那转用户运营要学什么": the start said before still holds,
            # unless this question names where the person is now.
            own = self.planner.as_job(named[0].entry_id)
            # ("thinking content ops… what should I do to get there": there is the goal named)
            # (nor one who tells of themselves without naming it as theirs: "thinking content
            # ops since I already write all my own ad creatives… what should I do to get there")
            if (
                own
                and own != ctx.start
                and not (
                    has_self_description(folded)
                    # ("what about trade marketing, is that closer to what I already do")
                    and not _MINE.search(folded)
                    and direction.roles(
                        folded, [direction.Placed(own, named[0].start, named[0].end)]
                    )[own]
                    != ("to", False)
                )
                and (
                    not p.back
                    or _GET_THERE.search(folded)
                    or _FROM_THERE.search(folded)
                    or _MINE.search(folded)
                )
            ):
                return _Supplied(_from_talk([ctx.start]) + mentions, aspects, True)
        sides = [j for j in ctx.sides if j in self.kb.entries]
        if (
            p.intent == "transition"
            and (not ctx.start or ctx.start in sides)
            and len(sides) == 2
            and len(_distinct(named)) == 1
            and (goal := self.planner.as_job(named[0].entry_id)) in sides
            and not has_self_description(folded)
            and _SOMEONE_ELSE.search(folded)  # (whose job is the other side, told before)
            and not outside_jobs(folded)
        ):
            # "how is trade marketing different from the marketing centre?", then "she wants
            # to move over to the marketing centre side": from the other side weighed
            other = sides[1] if goal == sides[0] else sides[0]
            return _Supplied(_from_talk([other]) + mentions, aspects, True)
        was = ctx.subjects[0] if ctx.subjects else None
        if (
            was in self.kb.entries
            and not self.kb.entries[was].is_job
            and _FROM_THERE.search(folded)
            and (its_job := self.planner.as_job(was))
        ):
            # "Is that basically SEM ops?" answered as the word SEM, then "could I get into
            # content ops from this?": from the job the word stands for
            was = its_job
        if (
            p.intent == "transition"
            and not ctx.start
            and not ctx.start_words  # (a start outside ours told before still holds)
            and len(_distinct(named)) == 1
            and was in self.kb.entries
            and self.kb.entries[was].is_job
            and (target := self.planner.as_job(named[0].entry_id))
            and target != was
            # ("could I move into content operations from there?": the start pointed at)
            and (not p.back or _FROM_THERE.search(folded))
            and not has_self_description(folded)
            and (_CAN_IT_SWITCH.search(folded) or _FROM_THERE.search(folded))
        ):
            # "推广是干嘛的", "工资咋样", then "能转运营吗": the job talked about is the start.
            return _Supplied(_from_talk([was]) + mentions, aspects, True)
        if (
            not named
            and ctx.kind == "transition"
            and ctx.start
            and aspects[:1] == ["pay"]
            and more_or_less(folded)
        ):
            # "想转运营" then "那工资会降吗": the pay of where the person is and where they go.
            return _Supplied(_from_talk([ctx.start, ctx.subjects[0]]) + mentions, aspects, True)
        return None

    def _nothing_named(self, p: _Pointing) -> _Supplied:
        """A follow-up naming nothing of its own: the subject before, asked what this asks (or
        the last aspect, going on), unless it asks of something we do not know."""
        folded, aspects, ctx, back, goes_on = p.folded, p.aspects, p.ctx, p.back, p.goes_on
        mentions = p.mentions
        if back and p.intent == "who":
            # "复盘是什么" then "whose job is writing those?": the thing before, not a loose
            # reading of the verb
            mentions = [m for m in mentions if not (m.via == "task" and m.score < 0.85)]
        if (
            ctx.kind == "who"
            and goes_on
            and not back
            and any(m.via == "task" and m.score >= p.sure for m in mentions)
        ):
            # "这活应该招什么岗" then "那投机场和地铁广告的呢": who does the next task told
            return _Supplied(mentions, aspects, False)
        if self._a_step_of(folded, p.ids):
            return _Supplied(p.subjects + mentions, aspects, True)  # "第六步是啥" after 9+1
        # ("which one is closer to the product team?" after two weighed: the two again)
        again = ctx.kind == "compare" and bool(_WEIGHED_AGAIN.search(folded))
        # ("社群运营是干啥的" then "是不是就是天天在群里发红包发广告": whether it is just that;
        # "市場部係做咩" then "分咗幾多個 team": how it is split)
        again = again or bool(_IS_IT_ONLY.match(folded) or _HOW_SPLIT.search(folded))
        if not (back or goes_on or aspects or again or (p.short and p.intent != "define")) and not (
            _WHY_ALONE.fullmatch(folded.strip())
        ):
            return _Supplied(mentions, aspects, False)
        if (
            not (back or goes_on)
            and p.intent == "define"  # "我是银行客户经理，能转吗": the move into it
            and not _WHICH_OF_THEM.search(folded)  # "which one would suit an introvert"
            and (
                outside_jobs(folded)
                or (
                    not has_cjk(folded)
                    and p.foreign >= NEW_SUBJECT_FOREIGN
                    # ("which skills would I be missing, do you think?", "is the money ok
                    # for a graduate in that job?": an aspect of a job, asked of the last)
                    and not set(aspects) & _OF_A_JOB
                )
            )
        ):
            return _Supplied(mentions, aspects, False)
        if (
            goes_on
            and not aspects
            and ctx.aspect in ("market", "pay")
            and ANY_CITY.search(folded)
            and len(ANY_CITY.sub(" ", folded).split()) <= 3
        ):
            # "现在深圳运营岗好找吗" then "杭州呢", "and Beijing?": the same asked of another
            # city (a place is no thing of another field)
            said = [ctx.aspect] if ctx.aspect == "market" else [ctx.aspect, "market"]
            return _Supplied(p.subjects + mentions, said, True)
        if (
            goes_on
            and not back
            and not aspects
            and p.foreign >= 2
            and talk.names_a_thing_bare(folded)
        ):
            # "品牌部负责什么" then "那火锅呢", "what about finance?": the same asked of a
            # thing we do not know, not the subject before asked again
            return _Supplied(mentions, aspects, False)
        if goes_on and not _THE_DIFFERENCE.search(folded):
            # (not "那它们有什么区别" after "哪个钱多": the whole comparison asked)
            aspects = _by_the_last_aspect(aspects, ctx)
        return _Supplied(p.subjects + mentions, aspects, True)

    def _something_named(self, p: _Pointing) -> _Supplied:
        """A follow-up naming something of its own: a new subject, unless what it names is a
        measure, a place or the other side of a comparison with the subject before."""
        folded, mentions, intent, aspects, ctx = p.folded, p.mentions, p.intent, p.aspects, p.ctx
        named, ids, at, subjects, back, goes_on = (
            p.named,
            p.ids,
            p.at,
            p.subjects,
            p.back,
            p.goes_on,
        )
        one = len(_distinct(named)) == 1
        if (
            intent == "define"
            and aspects[:1] == ["measured"]
            and ids
            and self.kb.entries[ids[0]].is_job
            and all(self.kb.entries[m.entry_id].kind == "term" for m in named)
            and _A_MEASURE_WEIGHED.search(folded)
        ):
            # "新媒体运营一天都干些啥" then "涨粉是不是最重要的指标", "is GMV their main KPI?": a
            # measure weighed as the job's, not the word asked about
            return _Supplied(subjects[:1] + mentions, aspects, True)
        if at and aspects[:1] == ["sits"] and all(m.start >= at[1] for m in named):
            # "新媒体部是做什么的" then "它归市场还是运营": where *it* sits, the departments
            # after it being the choices offered.
            return _Supplied(subjects[:1] + mentions, aspects, True)
        if (
            not at
            and aspects[:1] == ["sits"]
            and ids
            and self.kb.entries[ids[0]].is_job
            and self._two_places_offered(folded, named, ids[0])
        ):
            # "what is the new media department" then "under marketing or ops?", "归市场还是
            # 运营": where the job before sits, the two named being the choices offered
            return _Supplied(subjects[:1] + mentions, aspects, True)
        before = any(m.end <= at[0] for m in named) if at else False
        # (after what fits the person, the jobs suggested are none they hold: "内容运营呢？我这
        # 背景转过去难不难" moves into the one named)
        moving_over = intent == "transition" and over_there(folded) and ctx.kind != "fit"
        if (
            moving_over
            and ctx.start
            and ctx.subjects[:1] == (ctx.start,)
            and one
            and (goal := self.planner.as_job(named[0].entry_id))
            and goal != ctx.start
            and not has_self_description(folded)
        ):
            # "我现在做活动运营…" then "听说品牌部更高大上，转过去可行吗": over there is the job
            # named now, from the one the person told as theirs
            return _Supplied(_from_talk([ctx.start]) + mentions, aspects, True)
        if before and intent != "compare" and not has_self_description(folded) and not moving_over:
            # "What is community operations, and how do I get into it?": "it" is what this
            # message named before it, not the conversation's subject (unless that is where
            # the person is now: "I'm in promotion, could I move into that?").
            return _Supplied(mentions, aspects, False)
        sides_of = [m for m in named if not _on_its_side(folded, m)]
        if intent == "compare" and len(_distinct(sides_of)) == 1 and len(sides_of) < len(named):
            # "vs product planning on the marketing side?": the side where it is, no third thing
            mentions = [m for m in mentions if m in sides_of or m not in named]
            named, one = sides_of, True
        if (
            intent == "compare"
            and one
            and (back or p.short or _short_clause(folded, named[0]))
            # (or the second side again, by another of its names: "KOC是啥 跟网红一个意思？"
            # then "和KOL差在哪" weighs the same two)
            and (named[0].entry_id not in ids or ids[1:2] == [named[0].entry_id])
            # (not an idea told in a sentence, itself about a difference: "so why does the same
            # job land in different departments at different companies?")
            and not self._idea_told(named[0])
        ):
            # "跟KOL差在哪", "同公關有咩分別？", "compare it with PR": the other side is the
            # conversation's subject (asked in a short clause of a longer message too: "咁同PR
            # 有咩分別？我成日覺得兩樣嘢差唔多", "那跟公关部比呢 哪个好一点 她还有个…offer").
            if goes_on and not _THE_DIFFERENCE.search(folded):
                aspects = _by_the_last_aspect(aspects, ctx)  # "會很常加班嗎", "那跟品牌部比呢"
            return _Supplied(subjects[:1] + mentions, aspects, True)
        # "I run SEM for an edu startup. could I switch into it?": where one works is no job
        jobs_named = [m for m in named if self.planner.kind(m.entry_id) != "org"]
        if back and intent == "transition" and len(_distinct(jobs_named)) == 1:
            return _Supplied(subjects[:1] + mentions, aspects, True)
        # (a follow-up asking no aspect of its own, going on from one that asked one)
        by_the_last = goes_on and not aspects and bool(ctx.aspect)
        if by_the_last and (job := self._job_said_as_term(named, ctx)):
            # "how is the new media department measured?" then "what about PR?": PR the job
            return _Supplied(
                [job, *(m for m in mentions if m is not named[0])],
                _by_the_last_aspect(aspects, ctx),
                False,
            )
        if by_the_last and self._same_sort(named, ctx):
            return _Supplied(mentions, _by_the_last_aspect(aspects, ctx), False)
        orgs_only = all(self.planner.kind(m.entry_id) == "org" for m in named)
        if (
            goes_on
            and orgs_only
            and ids
            and self.kb.entries[ids[0]].is_job
            and not (
                splits_work(folded)  # "那互联网公司呢，也这么分吗": how that company splits
            )
        ):
            # "what does marketing do at an internet company?" then "what about at an FMCG?":
            # the same job, asked the same, at the other kind of company.
            return _Supplied(subjects[:1] + mentions, _by_the_last_aspect(aspects, ctx), True)
        return _Supplied(mentions, aspects, False)

    def _subject_pointed_at(self, folded: str, was: str, ctx: Conversation, aspects) -> str:
        """The subject a follow-up points at by its kind, when the last one is of another kind:
        "这个部门归谁管" after a fit that leaned to a department and listed a job of it first;
        "她这个岗位以后能升到啥位置", "is that normal in this line of work" after an idea or a
        word told about the job talked of before it."""
        kb = self.kb
        set_out = (self.planner.as_job(ctx.earlier[0]) or ctx.earlier[0]) if ctx.earlier else None
        if (
            ctx.kind == "compare"
            and set_out in ctx.sides
            and was != set_out
            and (talk.points_back(folded) or _SOMEONE_ELSE.search(folded))
            and not talk.points_to_both(folded)
        ):
            # "what does 运营 mean", "how is that different from marketing", then "how would
            # someone like me get into it" ("what does her boss judge her on"): "it" (the one
            # told of) is still the subject the comparison set out from
            return set_out
        talked = [s for s in (*ctx.subjects[1:], *ctx.earlier) if s in kb.entries]
        if _THIS_DEPARTMENT.search(folded) and kb.entries[was].kind != "department":
            return next((s for s in talked if kb.entries[s].kind == "department"), was)
        if (
            _THIS_LINE_OF_WORK.search(folded)
            and set(aspects[:1]) & _OF_A_JOB
            and not kb.entries[was].is_job
        ):
            return next((s for s in talked if kb.entries[s].is_job), was)
        return was

    def _idea_told(self, m: Mention) -> bool:
        """Whether the mention is an idea told in a sentence (`_ideas_in_words`), not named."""
        entry = self.kb.entries.get(m.entry_id)
        return bool(entry and entry.kind == "concept" and m.length > IDEA_TOLD_MIN)

    def _two_places_offered(self, folded: str, named: list[Mention], subject: str) -> bool:
        """Whether the question names only two jobs, offered as a choice ("marketing or ops",
        "市场还是运营"), neither of them `subject`."""
        firsts = {m.entry_id: m for m in sorted(named, key=lambda m: -m.start)}
        ordered = sorted(firsts.values(), key=lambda m: m.start)
        if len(ordered) == 1 and EITHER_OR.search(folded[ordered[0].start : ordered[0].end]):
            # "marketing or ops": one name of the idea weighing the two
            sides = self.kb.entries[ordered[0].entry_id].compares
            return len(sides) == 2 and subject not in sides
        if len(ordered) != 2 or any(m.entry_id == subject for m in ordered):
            return False
        a, b = ordered
        return bool(_PLACE_CHOICE.fullmatch(folded[a.end : b.start])) and all(
            self.kb.entries[m.entry_id].is_job for m in ordered
        )

    def _the_move_before(
        self, folded, intent, mentions, aspects, ctx: Conversation, from_context: bool
    ) -> Plan | None:
        """The move the conversation asked last, when this question is about it: what it takes
        ("我是会计，想转用户运营" then "要学些什么"), or the same move the other way round ("can
        promotion move into operations?" then "and the other way round?")."""
        if not ctx.subjects:
            return None
        named = [m for m in mentions if m.via != "context"]
        if ctx.kind == "fit" and (ctx.start or ctx.start_words or talk.points_back(folded)):
            # ("I teach English… is there a job that's basically that?" then "how would I make
            # that move": the move into the job put first, from work we do not cover)
            if intent != "transition" or named or "get_in" in aspects:
                return None
            # "car salesman five years… what would fit me?" then "how do i make that jump": the
            # move from the job told to the job the answer put first (not the way in asked,
            # "那这个岗位一般怎么入行？", after a student's club told)
            words = "" if ctx.start else ctx.start_words
            return Plan("move", (ctx.start, ctx.subjects[0]), from_words=words or "")
        if ctx.kind != "transition":
            return None
        if ctx.start and talk.reversed_move(folded) and not named:
            # before the aspect carried over ("how would I get into it from X?" then "and the
            # other way round?": the way in asked, reversed)
            return Plan("move", (ctx.subjects[0], ctx.start))
        if (
            from_context
            and intent in ("define", "transition")
            and aspects
            and set(aspects) <= {"skills", "get_in"}
            # (the goal again, or a task it holds: "那我要先補什麼？原型圖、產品文件那些嗎")
            and not [m for m in named if m.via != "task" and m.entry_id != ctx.subjects[0]]
        ):
            # (a start outside ours told before is kept in the person's words: "I'm a nurse…
            # could I get into user ops?" then "what should I learn first for that move")
            words = "" if ctx.start else ctx.start_words
            return Plan("move", (ctx.start, ctx.subjects[0]), from_words=words or "")
        if (
            from_context
            and aspects[:1] == ["does"]
            and not named
            and intent != "compare"  # ("whats actually different day to day": the two ends)
            and ctx.subjects[0] in self.kb.entries
            and self.kb.entries[ctx.subjects[0]].is_job
        ):
            # "轉過去以後每天會做什麼？", "what would my day look like over there": the work of
            # the job moved into
            return Plan("entry", (ctx.subjects[0],))
        return None

    def _job_said_as_term(self, named: list[Mention], ctx: Conversation) -> Mention | None:
        """One term named after a job was asked about, that is also the name of a job ("PR",
        "BD", "GTM"): that job, asked the same."""
        was = ctx.subjects[0] if ctx.subjects else None
        if len(_distinct(named)) != 1 or not was or was not in self.kb.entries:
            return None
        return self._as_its_job(named[0]) if self.kb.entries[was].is_job else None

    def _as_its_job(self, m: Mention, named: bool = True) -> Mention | None:
        """A term that is a job's own name ("PR", "BD", "SEO" in "SEO/SEM specialist"; not KOC
        for the new media department), read as that job where a job is what is asked of
        (`named`: only where the job's name holds the term)."""
        if self.kb.entries[m.entry_id].kind != "term":
            return None
        job = self.planner.as_job(m.entry_id)
        if not job or job not in self.kb.entries:
            return None
        # ("做公关", an alias of the word PR; in any language: "公關" in 公关部)
        if named and not self._in_a_name(match_form(m.text).removeprefix("做"), job):
            return None
        return Mention(job, m.start, m.end, m.score, m.via, m.text)

    def _in_a_name(self, word: str, eid: str) -> bool:
        """Whether `word` (matching form) is part of one of the entry's names."""
        return bool(word) and any(word in form for form in self._name_forms(eid))

    def _job_the_word_names(self, m: Mention) -> Mention | None:
        """The job a term (the subject before, not said now) is the own name of: SEO of SEO/SEM
        operations, BD of business development; not KOC, which the new media team handles."""
        job = self._as_its_job(m, named=False)
        if job is None:
            return None
        names = self.kb.entries[m.entry_id].name.by_lang.values()
        # ("SEO (search engine optimization)": the word itself, before what it stands for)
        words = {match_form(re.split(r"[(（]", n)[0]).strip() for n in names if n}
        return job if any(self._in_a_name(w, job.entry_id) for w in words) else None

    def _same_sort(self, named: list[Mention], ctx: Conversation) -> bool:
        """ "那公关呢" after how the brand department is measured asks the same of PR; "and
        KOL?" after it asks what a term is: an aspect carries over to a job from a job."""
        was = ctx.subjects[0] if ctx.subjects else None
        if not was or was not in self.kb.entries:
            return True
        job = self.kb.entries[was].is_job
        return all(self.kb.entries[m.entry_id].is_job == job for m in named)

    def _goes_on_moving(self, folded: str, mentions: list[Mention], ctx: Conversation) -> bool:
        """ "what about content ops specifically?" right after a move asked from a start: the
        same move, to the job this question names."""
        if ctx.kind not in ("transition", "fit"):
            return False
        if ctx.kind == "fit" and not (ctx.start or ctx.start_words):
            return False
        # (a move into a job with its start untold goes on too: "Is 转行 into content operations
        # realistic for me?" then "what about activity ops instead")
        if not (talk.continues(folded) or wishes(folded)):
            # "我现在做推广，能转运营吗" then "想去用户运营的话要补啥": a wish for the next job
            return False
        # (a field a job is named after is that job here: "那SEO呢" after a move into marketing)
        said = {m.entry_id for m in mentions if m.via != "task" and m.score >= 0.85}
        jobs = {j for eid in said if (j := self.planner.job_named_after(eid))}
        others = {m.entry_id for m in mentions if m.via != "task"} - said
        return (
            len(jobs) == 1
            and not others
            and all(self.planner.job_named_after(eid) for eid in said)
            and ctx.start not in jobs
        )

    def _left_for_later(self, question: str, answered: str) -> str | None:
        """ "KOL和KOC我老搞混，先说KOL", "品牌部和公关部…先说品牌部吧": the other thing named,
        left for later by the person (`_first_tell_me`); "另一个呢" next asks it."""
        if not _FIRST_TELL.search(match_form(question)):
            return None  # (most messages: no second linking)
        linked = self._linked(question)
        said = _FIRST_TELL.search(linked.q)
        if not said:
            return None
        before = {
            m.entry_id
            for m in linked.mentions
            if m.start < said.start() and m.via in ("alias", "fuzzy") and m.entry_id != answered
        }
        return before.pop() if len(before) == 1 else None

    def _job_in_words(self, words: str, goal: str | None = None) -> str | None:
        """The job a person's own words for their work name, trying the usual endings of a
        job's name (业务 -> 业务员, "account" -> "account manager"), and the goal's own ending
        when both are said in one breath ("从活动转到用户运营": 活动 is 活动运营)."""
        # A name of ours said whole (or all but a character of it): looked up, not linked.
        exact = self.linker.exact
        endings = ["员", "部", "岗"]
        goal_name = self.kb.entries[goal].name.get("zh-Hans") if goal else ""
        endings += [
            end for end in _SHARED_ENDINGS if goal_name.endswith(end) and not words.endswith(end)
        ]
        for candidate in (words, *(f"{words}{end}" for end in endings), f"{words} manager"):
            key = self.linker.unglue(match_form(candidate))
            for form in (key, key[1:], key[:-1]):
                for eid, _, _ in exact.get(form, ()) if len(form) >= 2 else ():
                    # a job by its name or an abbreviation of one; not a term a job handles
                    # ("my agency job" is no PR job)
                    entry = self.kb.entries[eid]
                    job = eid if entry.is_job else entry.stands_for
                    if job:
                        return job
        return None

    def _narrowed(self, kept: list[Mention], inside: list[Mention]) -> list[Mention]:
        """ "電商營運（管商品上下架那種）想轉去品牌部": duties in brackets that are one job's,
        a job tied to the job named right before them, say which that job is; so does a job
        named in brackets that is a kind of it."""
        kb = self.kb
        named = [m for m in inside if m.via != "task"]
        jobs = {j for m in named or inside if (j := self.planner.as_job(m.entry_id))}
        if len(jobs) != 1 or not inside:
            return kept
        (narrow,) = jobs
        if named:
            # a name says more ("promotion (SEO mostly)"); it narrows only a job of whose kind
            # it is: "I'm an ops person (activity ops mostly)" is in activity operations
            at = min(m.start for m in named)
            before = [m for m in kept if m.end <= at and self.planner.as_job(m.entry_id)]
            last = max(before, key=lambda m: m.end) if before else None
            if last is None or not self._kind_of(narrow, self.planner.as_job(last.entry_id)):
                return kept
            return _said_as(kept, last, narrow)
        if any(self.planner.as_job(m.entry_id) == narrow for m in kept):
            # "retail team (store displays, training shop staff) to trade marketing": the job
            # the duties point at is named outside the brackets, as the other end of the move
            return kept
        at = min(m.start for m in inside)
        before = [m for m in kept if m.end <= at]
        if not before:
            return kept
        last = max(before, key=lambda m: m.end)
        job = self.planner.as_job(last.entry_id)
        if not job or job == narrow:
            return kept
        if narrow not in kb.entries[job].related and job not in kb.entries[narrow].related:
            return kept
        return _said_as(kept, last, narrow)

    def _contrasted(self, folded: str, mentions: list[Mention]) -> bool:
        """Two jobs each opening a clause of their own ("市场工作针对事、运营工作针对人",
        "運營是對內，行銷是對外"), or set against each other with 一个…一个: a saying that
        contrasts them, which is a comparison."""
        aspect_ids = self.kb.index.aspect_ids
        jobs = [
            (m, self.planner.as_job(m.entry_id) or m.entry_id)
            for m in mentions
            if m.via == "alias"
            and m.entry_id not in aspect_ids
            and self.planner.kind(m.entry_id) in ("department", "role", "concept")
            and not self.kb.entries[m.entry_id].compares
        ]
        if len({j for _, j in jobs}) != 2 or not has_cjk(folded):
            return False
        if _ONE_THE_OTHER.search(folded) or _SAME_ONES.search(folded):
            return True  # "品牌跟公關是一樣的嗎": two jobs asked to be the same
        # Punctuation between Chinese words is folded to a space: a clause opens at the start
        # or after one; the two clauses say parallel things (对内/对外, 针对事/针对人).
        rests: dict[str, set[str]] = {}
        starts: set[int] = set()
        for m, j in jobs:
            opens = m.start == 0 or (
                folded[m.start - 1] == " " and m.start >= 2 and has_cjk(folded[m.start - 2])
            )
            if opens and j not in rests and m.start not in starts:
                starts.add(m.start)
                rest = folded[m.end :].split(" ", 1)[0]
                rests[j] = {c for c in rest if has_cjk(c)} - set(_FUNCTION_CHARS)
        return len(rests) == 2 and bool(set.intersection(*rests.values()))

    def _things(self, mentions: list[Mention]) -> set[str]:
        """The distinct jobs and things named: "PR" and "PR department" are one; the entry
        that names an aspect ("工资") is not one of them."""
        aspect_ids = self.kb.index.aspect_ids
        # A task's words ("join" in "should I join Tencent") are a clue to who does it, not a
        # thing named to be weighed.
        ids = {m.entry_id for m in mentions if m.entry_id not in aspect_ids and m.via != "task"}
        # A term stands for its job only when the job is named too: "SEO or SEM" is two.
        return {j if (j := self.planner.as_job(i)) in ids else i for i in ids}

    def _aspect_as_question(self, mentions: list[Mention], aspects: list[str]) -> list[Mention]:
        """ "what's the salary of a media buyer": the pay entry names the aspect asked, not the
        subject, unless every subject is one it covers (promotion vs operations)."""
        out = mentions
        for aspect in aspects:
            eid = self.kb.index.aspect_entries.get(aspect)
            if not eid:
                continue
            rest = [m for m in out if m.entry_id != eid]
            covered = set(self.kb.entries[eid].related)
            subjects = {self.planner.as_job(m.entry_id) or m.entry_id for m in rest}
            # One job's pay ("entry-level pay for an editor") is asked of the job: its answer
            # leads with what the articles say of pay; the entry alone answers a comparison.
            if rest and (not subjects <= covered or len(subjects) == 1):
                out = rest
        for aspect, eid in self.kb.index.aspect_entries.items():
            # "SEO or SEM, which one do you pay for": the word named no aspect that was asked.
            rest = [m for m in out if m.entry_id != eid]
            if aspect not in aspects and rest and len(rest) < len(out):
                out = rest
        return out

    def _next_context(self, answer: Answer, previous: Conversation | None) -> Conversation | None:
        """What the chat is about after this answer: its subject, or the old one when we could
        not answer (the person may rephrase)."""
        if answer.kind == "unknown" or not answer.topic:
            return previous if previous and previous.fresh() else None
        if answer.kind == "compare":
            subjects = tuple(t for t in answer.topics[:2])
            entry = self.kb.entries.get(answer.topic)
            if entry and entry.compares:
                subjects = tuple(entry.compares)
        elif answer.kind == "transition":
            subjects = (answer.to_id or answer.topic,)
        elif (
            answer.kind == "fit"
            and self.kb.entries[answer.topic].kind == "department"
            and (jobs := [t for t in answer.topics if self.kb.entries[t].kind == "role"])
        ):
            # "Which marketing or ops job would fit me?": the answer leans to a department and
            # lists jobs, the first of which "how would I make that switch" next asks of; the
            # department stays second, for "这个部门归谁管" (`_subject_pointed_at`)
            subjects = (jobs[0], answer.topic)
        elif answer.aspect == "kinds" and answer.kind == "org":
            # "那一般在哪种公司" answered by a kind of company: the chat is still about the job
            # (the last of the answer's topics), so "工资多少" next asks the job's pay.
            subjects = (answer.topics[-1],)
        else:
            subjects = (answer.topic,)
        earlier = ()
        if previous and previous.fresh() and previous.subjects[:1] != subjects[:1]:
            earlier = previous.subjects[:1]
        start = answer.from_id if answer.kind == "transition" else None
        if start is None and previous and previous.fresh() and answer.kind == "transition":
            start = previous.start
        said = fold(answer.question)
        words = ""
        held = held_outside_jobs(said) if answer.kind in ("role", "who") else ()
        if held:
            # "I've been a reporter at a city paper… what does a company's PR team do": a job
            # outside ours, held, is where a move asked next starts; the job asked about is not
            words = as_said(held[0][2])
        elif answer.kind in ("role", "who") and (
            has_self_description(said) or tells_their_days(said)
        ):
            # "我现在是做推广的", "my wife runs her company's WeChat account…": where the person
            # (or the one asked for) is, for a move asked next
            start = answer.topic
        if answer.kind == "fit" and (own := own_job_words(answer.question)):
            # "我做了三年销售…适合干啥", then "市场部呢 我能去吗": the job held is where a move
            # asked next starts
            start = self._job_in_words(own)
            words = "" if start else own
        if answer.kind == "transition" and not start:
            # "I'm a civil engineer…" then "what about content ops": the same start, outside
            words = answer.from_words or (
                previous.start_words if previous and previous.fresh() else ""
            )
        if (
            not start
            and not words
            and answer.kind in ("term", "concept", "compare", "role", "who", "org")
            and previous
            and previous.fresh()
        ):
            # "I've been a reporter… what does PR do", "what does endorsement mean there",
            # then "could someone like me switch over?": a word asked on the way tells nothing
            # new of the person, whose job told before still holds; so does "我在保養品牌做業務
            # 三年", "那行銷部跟我們業務怎麼分工", then "我想轉職去做行銷企劃": from sales
            start, words = previous.start, previous.start_words
        sides: tuple[str, ...] = ()
        if answer.kind == "compare":
            sides = subjects[:2]
        elif previous and previous.fresh() and subjects[:1] and subjects[0] in previous.sides:
            sides = previous.sides
        elif answer.topic and (later := self._left_for_later(answer.question, answer.topic)):
            sides = (answer.topic, later)
        return Conversation(
            subjects,
            earlier,
            answer.kind,
            answer.aspect,
            time.time(),
            answer.lang,
            start,
            words,
            sides,
        )

    # -- composing ---------------------------------------------------------------------------

    def _compose(
        self,
        question: str,
        lang: Lang,
        plan: Plan,
        aspects: list[str],
        folded: str,
        intent: str,
        mentions: list[Mention],
        outside: list[tuple[int, int, str]],
        apart: frozenset[str] = frozenset(),
    ) -> Answer:
        c = self.compose
        if plan.kind == "entry":
            eid = plan.ids[0]
            assert eid is not None
            if plan.as_compare:
                answer = c.concept(question, lang, eid, kind="compare")
            else:
                answer = c.about(question, lang, eid)
            if answer.kind == "org":
                answer = self._department_there(answer, mentions, folded, lang, aspects)
        elif plan.kind == "who":
            answer = c.who(question, lang, plan.mentions, asked_what=intent == "define")
            if answer is None:
                best = self.planner._subject(folded, plan.mentions)
                answer = c.about(question, lang, best.entry_id)
        elif plan.kind == "compare":
            a, b = plan.ids[0], plan.ids[1]
            assert a and b
            answer = c.compare(question, lang, a, b)
        elif plan.kind == "group":
            answer = c.group(question, lang, [i for i in plan.ids if i])
        else:
            src, dst = plan.ids
            answer = c.move(question, lang, src, dst, plan.from_words)
            if src and dst is None and answer.kind == "transition":
                answer = self._where_it_leads(answer, src, lang)
                if plan.to_words and not answer.outside:
                    # "想转去当工程师": a move out to a job we do not cover, said first (below),
                    # then where ours leads
                    answer.outside = [plan.to_words]
                    answer.kind, answer.from_id, answer.to_id = "transition", src, None
        employer = bool(NAMED_EMPLOYER.search(folded))
        split = splits_work(folded)  # "who does X and who does Y": both are ours
        if (
            plan.kind == "entry"
            and intent == "compare"
            and not split
            and not (employer and "company" in aspects)
        ):
            # "运营和产品经理哪个好": one side is nothing the articles cover; say so first (not
            # when the sides are employers: "想进虾皮还是momo" is answered as a company question).
            # A job we do not cover, found by name, is that side ("media buyer vs account
            # manager at an agency", where the words after "vs" end in another name).
            named = [m for m in mentions if not (m.via == "task" and m.score < 0.85)]
            side = unknown_side(folded, named) or (outside[0][2] if outside else None)
            if side:
                answer.outside = [side]
        elif (
            outside
            and answer.kind != "transition"
            and (
                outside[0][0]
                < min(
                    (m.start for m in mentions if m.end > m.start and m.start != outside[0][0]),
                    default=0,
                )
                # "快消的管培生做什么": ours is only where the job is, a kind of company
                or all(self.planner.kind(m.entry_id) == "org" for m in mentions if m.end > m.start)
            )
            and not own_job_phrase(question)
        ):
            # "what does a UX designer do in marketing": the job asked about is one we do not
            # cover, whatever of ours is named after it; said first.
            answer.outside = [outside[0][2]]
        if (
            aspects[:1] == ["leads_to"]
            and plan.kind == "entry"
            and answer.kind == "role"
            and answer.topic
            and (job := self.planner.as_job(answer.topic))
            and not direction.newcomer(folded)  # "在學校當過學生會公關…畢業後往哪個方向": what fits
        ):
            # "my nephew has been in product ops… where does that take people next?": asked
            # where the job leads, read as the job's card; the card says nothing of it, so
            # the moves out of it lead (or, where the articles map none, that is said first)
            answer = self._where_it_leads(c.leads_to(question, lang, job), job, lang)
        focus = [a for a in aspects if a != "leads_to"]
        if aspects[:1] == ["does"]:
            # "X是做什么的？要看哪些数据？": what it does leads; of the later questions only what
            # the articles do not cover is said first.
            focus = [a for a in focus if a in WEIGHING or a in ALWAYS_GAPS]
        if answer.kind == "transition":
            focus = [a for a in focus if a in ("pay", "prospects", "market", "duration")]
        if "company" in focus and answer.kind == "role":
            # ("想做公關 去乙方還是甲方好": which employer is better for a job is the employer
            # question, said once; "小公司還是大公司好" weighs the companies themselves)
            focus = [a for a in focus if a != "better"]
        # (kinds of company weighed one against another ask which to join, which the articles
        # do not say: "should I join an agency or go in-house at a big tech company?")
        org_named = any(
            self.planner.kind(m.entry_id) == "org" for m in mentions
        ) and not _EMPLOYERS_WEIGHED.search(folded)
        for aspect in reversed(focus[:2]):
            answer = c.focus(
                answer, aspect, lang, employer, org_named, first=aspect in (focus[0], *apart)
            )
        if answer.outside:
            answer.lead = c.outside_lead(answer.outside, lang) + answer.lead
        answer.aspect = aspects[0] if aspects else None
        if aspects[:1] == ["does"] and len(aspects) > 1 and answer.kind == "role":
            # "产品运营是做什么的，要不要懂技术": the card says what it does (and leads); the
            # other part is answered beside it: the skills, which the card does not list
            answer = self._also_the_skills(answer, aspects[1], lang)
        return answer

    def _card_aspect_learnt(self, question: str) -> list[str]:
        """The aspect of a job's card the learnt weights are sure a question asks; none for a
        job wanted or done told in words ("想請人專門同代理商傾陳列…個job title應該叫咩"),
        whose job is the question."""
        kind = self.kb.kind_weights().guess(question)
        if kind and kind.kind in ("jd", "who", "fit") and kind.lead >= taught.SURE:
            return []
        found = self.kb.aspect_weights().best(question)
        if found and found[0] in _CARD_ASPECTS and found[1] >= taught.ASPECT_SURE:
            return [found[0]]
        return []

    def _also_the_skills(self, answer: Answer, aspect: str, lang: Lang) -> Answer:
        if aspect != "skills" or not answer.topic or answer.topic not in self.kb.entries:
            return answer
        if skills := self.kb.items(answer.topic, "skills", lang):
            answer.bullets.append(labelled(say("skills", lang), join(skills[:5], lang), lang))
        return answer

    def _department_there(
        self, answer: Answer, mentions: list[Mention], folded_q: str, lang: Lang, aspects
    ) -> Answer:
        """ "硬件公司的销售部负责什么", "what does the PR team at a tech company do": a department
        named as one ("部", "department") at a kind of company. What it does is asked: its own
        card answers, led by how that kind of company sees it (for "what does it do"), or with
        that as a line of its own (for another of the card's aspects). Anything
        else ("A公司的运营部隶属哪个中心", or a company the articles describe by name, whose
        departments are its own) is answered by the company, with the department in a line."""
        kb = self.kb
        named = [
            m.entry_id
            for m in mentions
            if m.via not in ("task", "context")
            and kb.entries[m.entry_id].kind == "department"
            and m.entry_id not in answer.topics
            and (
                _AS_A_DEPARTMENT.search(folded_q[m.start : m.end])
                or _AS_A_DEPARTMENT.match(folded_q[m.end :].lstrip())
            )
        ]
        named = list(dict.fromkeys(named))
        # "品牌经理在快消公司地位是不是很高", "what does marketing do at an internet company":
        # one job, by whatever name, asked an aspect of.
        roles = list(
            dict.fromkeys(
                m.entry_id
                for m in mentions
                if m.via in ("alias", "context") and kb.entries[m.entry_id].is_job
            )
        )
        company = answer.topic
        # "what even is an operations department at an internet company": what the department
        # is, asked of one kind of company, is what it does there; an aspect of the card the
        # patterns miss is heard from the learnt weights when they are sure of it ("硬件公司的
        # 电商部门都负责些撒").
        subject = named if len(named) == 1 else roles if len(roles) == 1 and not named else []
        asked = aspects[:1]
        if not asked and subject:
            asked = self._card_aspect_learnt(answer.question)
        if not asked and _WHAT_IS.search(folded_q):
            asked = ["does"]
        if (
            subject
            and company in _KINDS_OF_COMPANY
            and asked
            and asked[0] in _CARD_ASPECTS
            and not asks_why(folded_q)
            and not splits_work(folded_q)
        ):
            card = self.compose.about(answer.question, lang, subject[0])
            card.topics.append(company)
            there = labelled(kb.name(company, lang), kb.text(company, "summary", lang), lang)
            if asked[0] == "does":
                # "互联网公司的市场部都干啥": how that company sees the job answers first, the
                # job's own summary after it.
                card.bullets.insert(0, card.lead)
                card.lead = there
            else:
                card.bullets.insert(0, there)
            card.followups.insert(0, self.compose.topic_link(company, lang))
            card.sources = list(dict.fromkeys([*card.sources, *answer.sources]))
            return card
        for eid in named[:2]:
            answer.topics.append(eid)
            answer.bullets.append(labelled(kb.name(eid, lang), kb.text(eid, "summary", lang), lang))
            answer.followups.append(self.compose.topic_link(eid, lang))
        return answer

    def _where_it_leads(self, answer: Answer, src: str, lang: Lang) -> Answer:
        """ "做内容运营以后能往哪发展": where a job leads is an aspect of the job, answered about
        it, leading with the moves; when the articles map none from it, that is said first."""
        answer.kind, answer.topic = "role", src
        answer.from_id = answer.to_id = None
        if not self.kb.moves_out_of(src) and "leads_to" not in answer.gaps:
            answer.gaps = [*answer.gaps, "leads_to"]
            answer.lead = say("leads_to_gap", lang, a=either([self.kb.name(src, lang)], lang))
        return answer

    def _from_search(self, question, text, lang, intent, foreign: float = 0.0) -> Answer | None:
        """No name matched: a clear full-text winner is answered, with a modest confidence.

        Not when the question is full of words the knowledge base never uses: then it is about
        something else that happens to share a few of ours ("股票里说的空军").
        """
        if foreign >= 4 and intent != "who":
            return None
        kinds = JOBS if intent == "who" else ()
        hits = self.kb.search(text, limit=3, kinds=kinds)
        top, score = hits[0] if hits else ("", 0.0)
        runner_up = hits[1][1] if len(hits) > 1 else 0.0
        minimum, margin = (
            (WHO_SEARCH_MIN, WHO_SEARCH_MARGIN) if intent == "who" else (SEARCH_MIN, SEARCH_MARGIN)
        )
        if score < minimum or score < margin * runner_up:
            return self._by_skills(question, text, lang) if intent == "who" else None
        mention = _found_otherwise(top)
        answer: Answer | None
        if intent == "who":
            answer = self.compose.who(question, lang, [mention])
        elif intent == "transition" and self.kb.entries[top].is_job:
            answer = self.compose.move(question, lang, None, top)
        else:
            answer = self.compose.about(question, lang, top)
        if answer is not None:
            answer.confidence = round(min(0.75, 0.5 + score / 100), 3)
        return answer

    def _described(self, question: str, text: str, lang: Lang, linked: Linked) -> Answer | None:
        """ "those ads that pop up the second you open an app, what are they called",
        "追剧时演员突然开始卖货那段叫什么广告": a thing described, its name asked. A clear full-text
        winner among the terms and ideas names it; not when a term is named already, nor when
        the name asked is a job's own ("品牌部英文叫什么")."""
        named = [self.kb.entries[m.entry_id] for m in linked.mentions if m.via == "alias"]
        if any(e.kind in ("term", "concept", "transition") for e in named):
            return None
        if _IN_ENGLISH.search(linked.q):
            return None  # "新媒体运营英文怎么说，叫什么": the name asked is of a thing named
        if len(linked.q) <= POINTING_BACK_MAX and talk.points_back(linked.q):
            return None
        at = _NAME_OF_IT.search(linked.q)
        if at and any(0 <= at.start() - m.end <= 3 for m in linked.mentions if m.via == "alias"):
            return None
        return self._clear_winner(question, text, lang, ("term", "concept"), SEARCH_MIN)

    def _saying(self, question: str, text: str, lang: Lang, linked: Linked) -> Answer | None:
        """ "my manager keeps saying marketing is the 'air force'… what does that even mean",
        "渠道认领分销…这是啥分法", "小米早期在论坛攒种子用户，这属于哪种运营思路": a saying or a
        way of working described, what it means asked. A clear full-text winner among the ideas
        answers, one that holds much of the question's words; not when an idea is named."""
        if any(self.kb.entries[m.entry_id].kind == "concept" for m in linked.mentions):
            return None
        return self._clear_winner(question, text, lang, ("concept",), SAYING_MIN)

    def _clear_winner(
        self, question: str, text: str, lang: Lang, kinds: tuple[str, ...], least: float
    ) -> Answer | None:
        hits = self.kb.search(text, limit=2, kinds=kinds)
        if not hits:
            return None
        (top, score), second = hits[0], hits[1][1] if len(hits) > 1 else 0.0
        # a description shares words with many entries: a wider lead than a question's
        if score < least or score < DESCRIBED_MARGIN * second:
            return None
        answer = self.compose.about(question, lang, top)
        answer.confidence = round(min(0.8, 0.5 + score / 60), 3)
        return answer

    def _by_skills(self, question: str, text: str, lang: Lang) -> Answer | None:
        """ "谁做竞品分析": a skill named, no task: the jobs that list it, read as a job ad's
        duties are read, when the reading is not a toss-up."""
        reading = self.compose.reading(text)
        if reading is None or not reading.main_work or reading.confidence < WHO_SKILLS_SURE:
            return None
        owners = [reading.job.id, *([reading.runner_up.id] if reading.runner_up else [])]
        core = self.compose.book.postings.core_of(reading.main_work[0].id)
        if len(reading.main_work) == 1 and len(core) > WHO_ONE_SKILL_JOBS:
            # One skill that many jobs hold at their core ("谁负责发布会": events, core to
            # five): the question's words choose among them, not the reader's skill shares.
            hits = [eid for eid, _ in self.kb.search(text, limit=8, kinds=JOBS)]
            owners = [eid for eid in hits if eid in core][:3]
        # The skill names the work asked about ("谁负责发布会": who does events), for the title.
        skill = reading.main_work[0].name.get("en" if lang == "en" else "zh", "")
        mentions = [_found_otherwise(o, skill) for o in owners if o in self.kb.entries]
        answer = self.compose.who(question, lang, mentions) if mentions else None
        if answer is not None:
            answer.confidence = round(min(0.7, reading.confidence), 3)
            # the other jobs that hold the skill at their core, one tap away ("谁做竞品分析":
            # product planning, with marketing planning offered)
            more = [j for j in core if j not in answer.topics and j in self.kb.entries][:2]
            links = [self.compose.topic_link(j, lang) for j in more]
            answer.alternatives = [*links, *(a for a in answer.alternatives if a not in links)]
        return answer

    def _closest(self, text: str, mentions: list[Mention], intent: str = "define") -> list[str]:
        """Topics worth offering when we will not answer: weak mentions, then full-text hits
        (only jobs, when the question asks who does something)."""
        ids = [i for i in _distinct(mentions) if i in self.kb.entries]
        kinds = JOBS if intent == "who" else ()
        for eid, score in self.kb.search(text, limit=4, kinds=kinds):
            if eid not in ids and score >= SUGGEST_MIN:
                ids.append(eid)
        return ids[:4]

    # -- answers for ids the user picked (buttons, /role, /compare, /switch) -----------------

    def lookup(self, text: str) -> str | None:
        """The entry a short name refers to ("media buyer", "品牌部"), or None."""
        mentions, _, _ = self.linker.link(clean(text))
        if not mentions:
            return None
        best = max(mentions, key=lambda m: (m.score, m.length, -m.start))
        return best.entry_id

    def about(self, eid: str, lang: Lang, aspect: str | None = None) -> Answer:
        """The answer for one entry, as if the user had asked what it is (or one aspect of it)."""
        answer = self.compose.about("", lang, eid)
        if aspect:
            answer = self.compose.focus(answer, aspect, lang)
        return self._picked(answer)

    def _picked(self, answer: Answer) -> Answer:
        """An answer to what the person picked (a button, a command): sure, and the chat's
        new subject."""
        answer.confidence = 1.0
        context = self._next_context(answer, None)
        # (its title reads as the question it answers: "really?" after a button asks it again)
        answer.context = context and replace(context, asked=answer.title)
        return answer

    def compare(self, a: str, b: str, lang: Lang) -> Answer:
        answer = self.compose.compare("", lang, a, b)
        return self._picked(answer)

    def path(self, src: str, dst: str, lang: Lang, question: str = "") -> Answer:
        """/path: the easiest sequence of at most three moves between two jobs."""
        src = self.planner.as_job(src) or src
        dst = self.planner.as_job(dst) or dst
        if not self.compose.has_skills(src, dst) or src == dst:
            return self.move(src, dst, lang)
        answer = self.compose.route(question, lang, src, dst)
        return self._picked(answer)

    def read_job_ad(self, text: str, lang: Lang | None = None) -> Answer | None:
        """/jd: read a text as a job ad whatever its shape; None when it names no job."""
        answer = self.compose.job_ad(text, lang or detect_question(text))
        if answer is not None:
            answer.context = self._next_context(answer, None)
        return answer

    def next_moves(self, src: str, lang: Lang) -> Answer:
        """/next: the closest jobs to move into from here."""
        src = self.planner.as_job(src) or src
        answer = self.compose.leads_to("", lang, src)
        return self._picked(answer)

    def move(self, src: str | None, dst: str, lang: Lang) -> Answer:
        src = self.planner.as_job(src) if src else None
        dst = self.planner.as_job(dst) or dst
        answer = self.compose.move("", lang, src, dst)
        return self._picked(answer)


# (Taiwan word, the mainland word it folds to, (the entry that word names, the entry meant)).
_TAIWAN_SENSES = (
    (("行銷", "行销"), "营销", ("yingxiao", "marketing_dept")),
    # A Taiwan 小編 keeps a brand's social pages (FB, IG, LINE): new-media operations; the
    # mainland 小编 is an editor.
    (("小編",), "小编", ("editor", "new_media_ops")),
)
_TAIWAN_WORDS = (("業務", "业务", "sales_dept"),)


_ZH_INSIDE = re.compile(r"\s*(里|里面|中|内|底下|下面|下)的?\s*")
_EN_INSIDE = re.compile(
    r"\s+(pay\s+|salary\s+|jobs?\s+|roles?\s+|make\s+|earn\s+)?(in|within|inside|on)\s+"
    r"(the\s+|an?\s+|these\s+|those\s+|their\s+)?"
)
_UNDER = re.compile(
    r"(归|属于|隶属于?|挂在|放在|摆在|也算|都算|(汇|直接)?报给|\bunder( the)?|\bpart of( the)?"
    r"|\breport(s|ing)? (in)?to( the)?|\bsits? (above|below|over|next to|beside|alongside)( the)?"
    r"|\b(sits?|lives?|belongs?|falls?) (in|under|within|inside)( the)?)\s*$"
)
# "is that ops or is it e-commerce?": departments offered as the place of the job talked of
_SAID_AS_A_PLACE = re.compile(
    r"(\b(is|are) (that|it|this|she|he|they)|\bor( is it| is that| is she| is he)?"
    r"|(是|算|属于|归)|(还是|定系|或者)(算|是|属于|归)?)"
    r"( more| basically| really| just)?( an?| the)?\s*$"
)
# "…是市场部底下的吗", "在行銷部裡面嗎", "唔係市場部下面咩": the name before is where it sits
_UNDER_AFTER = re.compile(
    r"\s*(的|嘅)?\s*(底下|下面|下边|之下|里面|里头|旗下|下属)\s*(的|嘅)?\s*(一个|个)?\s*"
    r"(组|部门|团队|小组|分支)?\s*(吗|嘛|咩|吧|么|呢|嗎|\?|？|$)"
)
# "…a campaign in chinese marketing", "…in the marketing world": the field a word is used in
_IN_A_FIELD = re.compile(r"\bin (chinese |china'?s? |the chinese |the |internet )?$")
_ZH_FIELD = re.compile(r"(的)?(群|圈|行业|这行|工作群|交流群)(里|里面|中)?")
# "is that activity ops or sth else", "这是不是活动运营": whether the ad is the job named
_IS_THAT_THE_AD = re.compile(r"\bis (that|it|this)\b|是不是|算不算|系咪|系唔系")
_WHICH_OF_THEM_ASKED = re.compile(r"\bwhich\b|\bwhat (kind|type|sort)\b|哪|边个|边种")
_WHICH_OF_A_FAMILY = re.compile(r"(哪个|哪种|哪类|哪一种|边个|边种)$")
# "是它下面的吗", "係咪佢下面嘅": under the one just named
_UNDER_IT = re.compile(r"(它|佢)\s*(的|嘅)?\s*(底下|下面|下边|之下|旗下|下属)")
# ...unless the two are weighed outright: "brand vs marketing - isn't brand part of marketing?"
_WEIGHED_SO = re.compile(
    r"\bvs\.?(?!\w)|\bversus\b|\bdiffer|区别|差别|差在|不同|分别|分別|有咩唔同"
)
_HOW_USED = re.compile(r"怎么用|如何用|怎么理解|\bhow (is|are) .{1,20} used\b")
_THE_WORD = quick(
    re.compile(
        r"\bthe (word|term|abbreviation|acronym)\b|\bstand(s)? for\b|这个词|这个缩写|這個詞|縮寫"
        r"|(这|這)(两|兩|几|幾)(个|個)字|(俩|倆|两个|兩個)字母|代表(什么|什麼|啥|咩)"
        r"|全名|全称|全稱|\bfull name\b"
        # "微商说的分销是啥", "what do people mean by 'seeding'": a word someone says, its meaning
        r"|(说|講|讲|講的|讲的|口中)的?[^，,。？?\s]{1,10}(是啥|是什么|是什麼|是咩|指什么|指啥|什么意思)"
        # "職缺上寫種草，這是什麼", "老板天天挂嘴边的KV到底啥意思", "JD里写的H5怎么理解": a word
        # written or said, then what it means
        r"|(写|挂嘴边|提到|常说|老说|天天说|一直讲|一直说|一直讲的|口头禅)的?[^，,。？?\s]{1,10}[，,\s]*"
        r"(到底|究竟|具体)?(是啥|是什么|是咩|指什么|指啥|什么意思|啥意思|怎么理解|这是什么|这是啥)"
        r"|^\s*(请问)?[^，,。？?\s]{1,8}(指的是什么|是什么意思|啥意思)\s*[?？]?\s*$"
        r"|\bmean by\b",
        re.I,
    )
)
# "what's the GR thing PR people do": an acronym said as a thing people say (case kept).
_THE_ACRONYM_THING = re.compile(r"\bthe [A-Z]{2,6} (thing|stuff)\b")
_FUNCTION_CHARS = "的是了就不吗呢啊吧么也都还在有"
_ONE_THE_OTHER = re.compile(r"一个[^，,。？?]{1,8}一个")
_SAME_ONES = re.compile(r"一样的(吗|嘛|么|呢)")
# Aspects a job's own card answers, asked of it at a kind of company.
_TEAM_KINDS = frozenset({"role", "department"})
# What a claim told before a check ("这正常吗") may be about.
_CLAIMED = frozenset({"sits", "measured", "pay", "workload"})
_CARD_ASPECTS = frozenset({"does", "measured", "skills", "sits", "get_in", "leads_to"})
# Kinds of company (not the articles' companies A, B and C, whose departments are their own).
_KINDS_OF_COMPANY = frozenset(
    {"hardware_company", "internet_company", "fmcg_company", "traditional_company", "small_company"}
)
# A question whose subject is a pronoun for what came just before.
_THEY = re.compile(
    r"\s*(how|what|why|where|who|which)? ?(do|does|did|is|are|was|were)? ?(they|it)\b"
)
# A place the story named, pointed back at: "how is marketing organised there", "这种公司的营销".
_THERE = re.compile(r"\b(there|over there|in there)\b|(这种|这类|这家|那种|那类|那家)(公司|企业)")
# "what's a KV? my JD says '…KV…'": the message opens by asking what a word is.
_WHATS_A = re.compile(r"\s*(what'?\s?s|what is|what are)\b")
# "…跟品牌部有啥不一样？先说前者", "先不说区别，先问它本身": the first part alone, as asked.
_FIRST_PART_ONLY = re.compile(
    r"先(说|說|讲|講|回|答|回答|问|問)(前者|第一|它本身|它自己|本身)|先不(说|說|讲|講|管)|"
    r"\bfirst just\b|\bjust the first\b"
)
_WHAT_IS = re.compile(r"\bwhat\b.{0,20}\b(is|are)\b|是什么|是啥|係咩|系咩")
# ...said short, of a word after a quote ("saw 'find KOCs for us' in a job post. what's a KOC")
_WHATS_THE_WORD = re.compile(r"\bwhat ?'?s ?(an? )?(?=\S+\s*$)")
# ... of words listed: "what's 拉新 促活 留存?" (folded "what s"), "限免跟首发是什么东西"
_WHAT_ARE_THEY = re.compile(r"^\W*(and\s+)?what\W*s\b|\bwhats\b|(什么|啥)东西")
# "what on earth is zhongcao": at most an article between "is" and the word asked about.
_WORD_GAP = 5
# "我最喜欢办活动那块，对应的是哪个岗位": the job for the part of the work named, not a fit.
# Before a job named as the other side of a task: "跟记者打交道", "deals with journalists".
_COUNTERPART = re.compile(
    r"(跟|和|与|同|对接|联系|联络|接待|邀请|约|找|给|向)\s*$"
    r"|\b(with|to|for|among|between|from|invite|inviting|contact|contacting|pitch|pitching)\s+"
    r"(the\s+|our\s+|local\s+|key\s+)?$"
)
_THAT_PART = re.compile(r"对应|那块|这块|那部分|这部分|\bcorrespond|\bmatches\b|\bmaps to\b")
# The name of a thing described is asked: "what are they called", "叫什么广告".
_NAME_OF_IT = re.compile(
    r"\bwhat (is|are|s) (it|that|this|they|these|those)( \w+){0,2} called\b"
    r"|\bwhat (do|would|does) (you|people|they|we|one|marketers) call\b"
    r"|\bwhat s the (word|term|name) for\b|\bis there a (word|term|name) for\b"
    r"|叫什么|叫啥|叫做什么|怎么称呼|有个词|有个说法|什么说法"
)
# A saying or a way of working described, its meaning asked ("what does that even mean",
# "这句话是什么意思", "这是啥分法", "属于哪种运营思路", "is that a thing?").
_SAYING = quick(
    re.compile(
        r"\bwhat (did|does|do) (they|he|she|people|that|this|it) (even |really |actually )?mean\b"
        r"|\bis (that|this) (a thing|how)\b|\bwhat s (that|this) (saying|phrase) about\b"
        r"|这句话|这种说法|这个说法|(啥|什么)分法|(哪种|什么|哪一种|啥)[^，,。？?\s]{0,4}思路"
    )
)
# "先说说商城运营干啥吧", "first just tell me what activity ops does": which part comes first.
_FIRST_TELL = re.compile(
    r"(先说说?|先讲讲?|先讲下|先聊聊?|先介绍下?|先问问?|先问下)\s*"
    r"|\bfirst,? (just )?(tell me|explain)( about)?\s+"
)
_FIRST_PERSON = re.compile(rf"{I_ME_EN}|我")
_SOMEONE_EN = re.compile(SOMEONE_EN)
# "which is easier…", "which pays better", "and which would you pick": one of the two before
# (not "which city…", "which team…": a thing of its own)
_WHICH_OF_THE_TWO = re.compile(
    r"^\W*((and|so|ok|okay|then|but)\W+)*which (one |of (the|them|these|those) (two )?)?"
    r"(is|are|would|will|could|should|pays?|has|have|offers?|gets?|earns?|suits?|fits?|do|does)\b"
)
# "咁我應該揀邊個", "那我该选哪个", "so which should I pick": one of the two, chosen
_PICK_ONE_OF_THEM = re.compile(
    r"(选|揀|拣|挑|去)(哪个|边个|哪一个|边一个)|(哪个|边个)(好|好啲|好一点|比较好)\s*[?？]?\s*$"
    r"|\bwhich (one )?(should|would) (i|you) (pick|choose|go for|take)\b"
)
# Which of the two is more of something: "哪个离老板更近", "which one is closer to the CEO".
_WEIGHED_AGAIN = re.compile(
    r"(哪个|哪一个|边个|哪边|哪样)[^，,。？?]{0,12}(更|比较|最|较)"
    r"|(更|比较|最)[^，,。？?]{0,8}(的是|的)?(哪个|哪一个|边个)"
    r"|\bwhich (one|of (the|them|these|those)( two)?)\b[^?.]{0,30}"
    r"\b(more|less|most|least|[a-z]{3,}er)\b"
)
# "哪个属于免费推广", "which one suits a fresh grad": one of the two just asked about.
_WHICH_OF_THEM = re.compile(
    # (not Cantonese 边个 as "who" before the work: "通常边个做呢啲嘢")
    r"哪个|哪一个|哪种|哪一种|边个(?!(通常|一般)?(做|负责|管|搞|跟|处理|去做))"
    r"|\bwhich (one|of (the|them|these|those))\b"
)
# A job ad's title said before its quoted duties ("Position: Brand Manager (FMCG snacks).").
# A quoted ad's first line that labels its title: "岗位：新媒体运营", "Title: 社群运营专员".
_A_TITLE_LABELLED = re.compile(rf"\s*{TITLE_LABEL}\s*([^\n:：.。,，(（]{{2,40}})", re.I)
_TITLE_BEFORE = re.compile(
    r"(?<!my )(?<!our )\b(?:position|role|job title|title|opening)\s*[:：]\s*"
    r"([^.'\"“”‘’。，,(（:：]{2,40})"
    r"|(?:职位|職位|岗位名称|崗位名稱|岗位|崗位|职称|職稱|职缺|職缺|招聘岗位|招聘崗位)\s*[:：]\s*([^'\"“”‘’「」。，,(（:：]{2,20})"
    # "【數位廣告投放專員】", "【誠徵】數位廣告投放專員 1.…": a title in brackets, or after one
    r"|[【〖]\s*(?!诚征|誠徵|招聘|急招|徵才|急徵|职缺|職缺)([^】〗\n]{2,20}?)\s*[】〗]"
    r"|[【〖](?:诚征|誠徵|招聘|急招|徵才|急徵)[】〗]\s*([^\n。，,(（:：\d]{2,20})",
    re.I,
)
# A job ad asked which department or team it is ("「…」是哪个部门"): the department, not its role.
_WHICH_DEPARTMENT = re.compile(
    r"(哪个|哪個|什么|什麼|啥|咩|边个|邊個)\s*(部门|部門|团队|團隊)"
    r"|\b(which|what) (department|dept|team)\b",
    re.I,
)
# A job said as a field ("行銷相關", "行销这圈", "this marketing world"): no single goal.
_A_FIELD = re.compile(
    r"\s*(相关|这一?行|这圈|领域|行业|圈|world|field|industry|related|stuff|things|area)"
)
# A newcomer asking where to begin ("where do I even start", "从哪下手", "第一步该干嘛").
_WHERE_TO_BEGIN = re.compile(
    rf"{WHERE_TO_START_EN}"
    r"|\bhow (do|can|would|should) i (even )?(get|break) into [\w ]{1,30} or [\w ]{1,20}"
    # "学生一枚 想入行运营 你觉得我该先干啥"
    r"|(该|应该)先(干|做)(啥|什么)"
    # "what's the easiest door into marketing or operations?"
    r"|\b(easiest|best|quickest|fastest) (door|way|path|route|entry point) (in|into)\b"
    rf"|{WHERE_TO_BEGIN_ZH}|指(条|个)(路|方向|明路)"
    r"|(从|由)(哪|什么)(个|种|类)?(职位|岗位|岗|方向|职缺)"
    r"|\bhow (do|should|can) i (even )?(start|begin)\W*$"
    r"|第一步(该|要|应该)?(干嘛|做什么|干什么|怎么走|从哪)|怎么入(这|这个)?行"
    r"|(该|要|应该)怎么(开始|起步|入手|下手)|(从|由)哪(里|儿)?(切入|开始|入手)"
    r"|\b(no idea|no clue|not sure|don'?t know|dunno|unsure) where to (even )?(start|begin)\b"
    r"|\bhow (do|can|would|should) i (even )?(get|break) into (this|the) [\w /]{0,30}"
    r"(world|field|industry|area|space)\b"
)
# "in a big marketing org", "at our brand team": a name said as the place where something is
_IN_A_PLACE = re.compile(
    r"\b(in|at|inside|within) (an?|the|our|my|your|most|big|large|some) ([\w-]+ )?$"
)
_ORG = re.compile(
    r"\s*(org|orgs|organi[sz]ations?|companies|company|firms?|teams?|departments?|depts?)\b"
)
# A name that is itself a team's ("marketing team", "行销部"): said after "in a", where.
_ENDS_AS_AN_ORG = re.compile(
    r"\b(teams?|departments?|depts?|orgs?|organi[sz]ations?)$|(部|部门|团队|中心)$"
)
# "是不是就是天天在群里发红包", "so it's just customer service?": whether the job is just that.
_IS_IT_ONLY = re.compile(
    r"\W*(所以|那|那么)?(是不是|是否|其实)?(就是|只是)"
    r"|\W*(so )?(is it|it s|its) (just|basically|mostly)\b"
)
# "分咗幾多個 team", "how many teams": how the job or department is split.
_HOW_SPLIT = re.compile(
    r"分(了|成|为)?(几|多少|哪些|哪几|几多)(个|种)?\s?(组|team|部门|小组|块|类)"
    r"|\bhow many (teams|groups|sub-?teams)\b|\bsplit (up )?into\b"
)
# "what are those", "这俩是啥": what the words just named are.
_WHAT_ARE_THOSE = re.compile(
    r"\bwhat (are|r) (those|these|they|them)\b|(这|那)(俩|两个|几个|些)(都)?(是|系)?(啥|什么|咩)"
)
# "在大公司行銷部通常是哪個職位在負責寫這個": a team said after 在 (at, in) is where
_ZH_IN_A_PLACE = re.compile(r"(在|喺)[^，,。？?\s]{0,8}$")
# Which of two, asked after they were weighed ("那谁工资高", "ok and which pays more").
_WHICH_SIDE = re.compile(rf"{_WHICH_OF_THEM.pattern}|谁|\bwhich\b|\bwho\b")
_A_JOB_WORD = re.compile(r"\s*(role|job|position|post|opening)s?\b")
# The person's own job, said as the start or the yardstick of the next goal: "or would community
# ops be closer to what i already do?", "还是社群运营更接近我现在做的", "從我現在這個轉過去呢",
# "from my current job".
_MINE = re.compile(
    r"\bcloser to (what i|my) (already |currently )?(do|have|job|work)\b|更接近我|离我现在做的"
    r"|从我(现在|目前|而家)?(这个|这份|的(工作|岗位|职位))"
    r"|\bfrom (what i (do|am doing) now|my current (job|role|position)|where i am now)\b"
)
# Between a team and the work asked whether it does (`_whether_it_does`): "也会做", "还要负责";
# not 管 ("品牌部也管公关吗" may ask where PR sits).
_DOES_IT_TOO = re.compile(r"\s*(也|还|都)?(会|要|有)?(做|干|负责|搞)\s*")
_ASKED_YES_NO = re.compile(r"\s*(的)?(吗|嘛|么|不|没有|冇|呢|㗎)")
# The one whose job was asked about, asked of again: "is she under the sales people?", "would
# he report to marketing".
_THE_ONE_ASKED_FOR = re.compile(r"\b(is|would|will|does) (she|he) (be )?(under|in|part of|report)")
# Work told, asked whether it is the job's: "is that really part of it?", "这也是她的工作吗".
_PART_OF_IT = re.compile(
    rf"\b{PART_OF_THE_JOB}\b"
    r"|(这|那)(也|都)?(是|算)(她|他|他们|佢|佢哋)?(的)?(工作|活|本职|分内)"
)
# A measure weighed as the main one: "涨粉是不是最重要的指标", "is GMV their main KPI".
_A_MEASURE_WEIGHED = re.compile(
    r"(是不是|是否|系咪|算不算|就是)(最|最主要|主要)?(重要|核心|主要)?的?(指标|kpi|考核)"
    r"|\b(is|are) [\w ]{1,30}\b(their|the|its|his|her) (main|key|biggest|most important|only) "
    r"(kpi|metric|number|measure)s?\b"
)
# A follow-up pointing at a department, or at a job as a line of work (`_subject_pointed_at`).
_THIS_DEPARTMENT = re.compile(
    r"(这个|那个|呢个|嗰个|这|那)(部门|团队)|\b(this|that) (department|dept|team)\b"
)
_THIS_LINE_OF_WORK = re.compile(
    r"这行|呢行|(这|那|呢|嗰)(个|份|种|类)?(岗位|岗|职位|工作|份工)|(他|她|佢)(这|呢)?(个|份)?(岗位|工作|份工|行)"
    r"|\b(this|that|the|his|her|their) (job|role|line of work|line|position|kind of work)\b"
)


# What is asked of a job and not of a place: of a role named at a kind of company, not of the
# company; asked with no subject named, of the conversation's last subject (not a city's market
# or which company: "what's the weather in beijing" names a city too).
def _said_as(mentions: list[Mention], said: Mention, job: str) -> list[Mention]:
    """The mentions with `said` read as `job`, where it stands (a narrower job named for it)."""
    return [
        Mention(job, m.start, m.end, m.score, m.via, m.text) if m is said else m for m in mentions
    ]


# The kinds of something asked: "different kinds of ops", "运营分哪几种".
_KINDS_OF = re.compile(
    r"\b(kinds|types|sorts|categories) of\b|分(为)?(哪|几)(几)?(种|类)|有(哪|几)(几)?(种|类)"
)
# What one does now, said after a job asked about: "…怎么转？目前在做电商客服".
_DOING_NOW = re.compile(
    r"目前|现在|现时|而家|\b(currently|right now|at the moment)\b|\bi(?: m|'m) now\b"
)
# Between a side of an idea and the picture of it: "市场是轰炸机", "marketing is things".
_PICTURED_AS = re.compile(r"\s*(是|就是|像|系|is|are|=)?\s*")
# What a job does, asked right after its name: "商城營運要幹嘛", "用户运营到底是做什么的".
_DOES_AFTER = re.compile(
    r"\s*(到底|具体|究竟|平时|主要)?(是|要|在)?(干嘛|干什么|做什么|做啥|做些什么|干啥)"
)
# ... and in English, around it: "what does store ops actually do".
_WHAT_DOES_BEFORE = re.compile(r"\bwhat (does|do)\s*$")
_DO_AFTER = re.compile(r"\s*(actually |really |even )?do\b")
# Words before a job that say which one more exactly: "which kind? user ops maybe", "比如用户运营".
_MORE_EXACTLY = re.compile(
    r"\b(maybe|probably|perhaps|like|e\.?g\.?|such as|specifically|especially|in particular"
    r"|ideally|preferably|mostly|which kind|what kind|which one)\W*$"
    r"|(比如|例如|像是|譬如|具体(来说|是|点)?|尤其是|主要是|特别是|最好是|哪种|哪一种)\W*$"
)
# Modal words right before the turn of a move's name ("运营可以转推广"): not the start's words.
_MODAL_BEFORE_TURN = re.compile(
    r"(?:可以|能|能不能|可不可以|可唔可以|可否|想|要|怎么|怎样|如何|点样)\s*$"
)
_OF_A_JOB = frozenset(
    {"measured", "sits", "skills", "get_in", "leads_to", "pay", "prospects", "workload"}
)
# ... and of it as one's own work, not of how a company arranges it (how it is measured, where
# it sits).
_OF_A_PERSONS_JOB = _OF_A_JOB - {"measured", "sits"}
# ... and, of a job at a kind of company, its market there ("快消行业现在还招品牌经理吗").
_OF_A_JOB_HERE = _OF_A_JOB | {"market"}
_OF_A_PERSONS_JOB_HERE = _OF_A_PERSONS_JOB | {"market"}
# "快消公司的品牌经理", "快消里…品牌经理", "在快消公司，品牌经理…", "a brand manager at an FMCG
# company", "品牌經理喺快消": the company qualifies the role.
_AND_AT = re.compile(r"\b(and|vs|versus|or)\s+(in|at)\s+(an?\s+|the\s+)?$|(和|跟|与|还是)在?$")
_FOR_A_CLIENT = re.compile(r"(帮|替|给|为)(客户|甲方)?(的)?\s*$|\bhelping (the |a )?(client )?$")
# "天猫店的", "在淘宝开店的": a place, then 的, right before a job word
_PLACE_OF_THE_JOB = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6})的\s*$")
_A_SHOP_SAID = re.compile(r"(开店|店铺|网店|店)$")
# three things listed and asked how they relate ("…、…、…三个到底是什么关系")
_THREE_LISTED = re.compile(r"(三个|三者|三种|这三|仨)|(、|,)[^、,，]{1,6}(、|,)")
_VS = re.compile(r"\s*(?<![a-z])(vs\.?|versus)(?![a-z])\s*")
SMALL_COMPANY = "small_company"
SMALL_HEADCOUNT = 50  # people, at most, in a company said by its headcount to be small
_FEW = r"(?P<{}>\d{{1,3}}|几|十几|十来|二十几|二十来|一二十|二三十|三四十)"
_FEW_PEOPLE = re.compile(
    r"\bwe( re| are)( only| just)? " + _FEW.format("a") + r" (people|staff|employees|of us)\b"
    r"|\b" + _FEW.format("b") + r" ?(person|people|man|staff|employee)s? "
    r"(company|startup|start up|firm|business|shop|agency|outfit)\b"
    r"|\b(company|startup|firm|business) (of|with) (only |just )?"
    + _FEW.format("c")
    + r" (people|staff|employees)\b"
    r"|(公司|我们|我们公司)(就|只有|才|总共|一共|也就|一共就)" + _FEW.format("d") + r"个?人"
    r"|" + _FEW.format("e") + r"个?人的(小)?(公司|创业公司|初创公司)"
)
_THIS_SIZE = re.compile(
    r"\b(a |an )?(company|startup|firm|team|business) (of )?(this|that|our|my) size\b"
    r"|\bsmall (company|startup|firm|team|business) like (this|ours|mine)\b"
    r"|(这种|这个|这么|我们这种|这样的?)(规模|小公司|体量)"
)
# How many words the person counts ("这俩词", "these two terms"), read from THESE_WORDS
_COUNT_WORDS = {"两": 2, "俩": 2, "三": 3, "四": 4, "two": 2, "three": 3, "four": 4}
_IN_IT = re.compile(r"\s*(里|里面|中|内|这边|那边)(?!的)")
_QUALIFIES = re.compile(
    r"\s*((的|里的|里面的|内的|里|里面|中|内)\s*[，,]?|[，,]|(里|中|里面)[^，,。？?\s]{0,5}(说|讲))\s*$"
)
_AT_A = re.compile(r"^\s*((at|in) (an? |the )?|在|喺|于)\s*$")
# "佢份工", "his job", "她那个岗位": the job of someone the story told of
_THEIR_JOB = re.compile(
    r"(佢|他|她|我)(份工|的工作|的岗位|那份工|那个岗位|这份工|做的工作)"
    r"|\b(his|her|their|my) (job|role|position|team)\b"
)
_WORKS_IN_BEFORE = re.compile(
    r"(\b(works?|working|worked|job|she's|he's|they're) (in|on|at)( the| a| an)?"
    r"|\b(title|job title|position) (has|is|says)( an?)?"
    # "my friend does PR, writes press releases all day", "我朋友做PR成日都係寫新聞稿"
    r"|\b(i|he|she|they|friend|sister|brother|son|daughter|wife|husband|bf|gf|boyfriend"
    r"|girlfriend|cousin|mum|mom|dad)( also| still| now| mostly)? (does|do|did|doing)"
    r"|(我|他|她|朋友|同学|老公|老婆|男朋友|女朋友|哥|姐|弟|妹|仔|女)(也|现在|目前|一直)?(在做|做紧|做|搞|干))"
    r"\s*['\"‘“「『(]?\s*$"
)
# "BD这工作", "SEO岗位", "PR jobs": a term said as a job
_JOB_WORD_AFTER = re.compile(
    r"\s*((这|这个|这份|呢份|呢个)?(工作(?!原理|流程|方式|方法|机制|量|室|日|时间)|岗位|岗|职位|份工)"
    r"|(role|job|position|career)s?\b"
    # "the ASO guy", "a BD person": the one who does it
    r"|(guy|gal|person|people|folks?)s?\b)"
)
# A side of the last comparison by its place: "the first one", "后者", "the other one".
# One of two just weighed, asked for by what it is or does (`_side_described`): "which one
# is the paid one", "which of the two writes…", "哪个是管留存的" (not "边个负责", who does it).
_WHICH_PICKED = re.compile(
    r"\bwhich (one|of (the|them|these|those)( two| 2)?)( of (them|the two|those two))?\b"
    r"|(哪个|哪一个|哪边)(才)?(是|算)"
    # "要花錢的是哪一個", "付費嗰個係邊個": the description first, then which
    r"|(的|嗰个|那个|个)(才)?(是|系)(哪|边)(一)?个\s*[?？]?\s*$"
)
# ...not asked which is better, pays more or has the future: those weigh the two.
_WEIGHED_ASPECTS = frozenset(
    {"better", "pay", "prospects", "workload", "company", "market", "measured"}
)
# How much better the words fit one side's text than the other's (bm25) to take it.
_CLEARLY_BETTER = 1.3
_BY_PLACE = re.compile(
    r"(?P<first>\bthe (first|former)( one)?\b|前者|第一(个|种|类|项))"
    r"|(?P<second>\bthe (second|latter)( one)?\b|后者|第二(个|种|类|项))"
    r"|(?P<other>\bthe other( one| side)?\b|另一个|另外一个|另一边)"
)
# A forum's call for people of a field, opening a message: "有冇巴打做開 marketing？", "有没有
# 做品牌的朋友？", "any PR people here?"
_CALL_OUT = re.compile(
    r"\s*(?:(?:有冇|有没有|有沒有)(?:巴打|絲打|丝打|人|朋友|大佬|前辈|前輩|师兄|師兄|师姐|師姐|姐妹|同行|宝子|寶子)?"
    r"(?:在|喺|係)?(?:做|幹|干|搞)(?:开|開|緊|紧|过|過)?\s?[^？?。！!，,\n]{1,16}?(?:的|嘅)?"
    r"(?:朋友|大佬|前辈|前輩|人|同行|巴打|絲打|丝打|姐妹|宝子|寶子)?\s*(?:呀|啊|吗|嗎|嘛|呢)?\s*[？?]+"
    r"|any (?:[\w/&-]+ ){1,3}(?:people|folks|ppl|peeps|person|guys|gals)"
    r" (?:here|around|in here|on here)\s*[?]+)\s*",
    re.IGNORECASE,
)
# Which of the places named: "哪边", "which one", "where".
_WHICH_PLACE = re.compile(r"哪边|哪里|哪儿|边度|边边|哪个城市|哪座城市|\bwhich\b|\bwhere\b")
# Right after a word of one side's name: that side of the two ("推廣那個", "the promotion one").
_THAT_ONE = re.compile(r"\s*(那个|那一个|嗰个|呢个|的那个|那边|嗰边|one\b|side\b)")
# Each of several named asked at once ("拉新、促活、留存分别是啥").
_EACH = re.compile(
    r"分别是|各是|各自是|分别指|\beach (mean|is|are|do)\b|\bwhat (are|do) (they|these|those) each\b"
    # "GMV and ROI keep showing up. what's each one"
    r"|\bwhat( s| is|s) each\b|\beach (one|of (them|those|these|the two))\b|\bexplain (both|each)\b"
)
# Between two names: whether one is merely the other ("is BD just sales", "SEM不就是竞价").
_JUST = re.compile(
    r"\s*((is|are)\s+)?(just|basically|simply|only|really just|merely|literally just|literally"
    r"|pretty much|practically|basically just)\s+(a |an |the )?"
    r"(small |big |fancy |glorified |smaller |bigger )?"
    r"|\s*(不?就是|其实就是|只是|说白了就是|换个名字的|是不是就是|是不是只是|是否就是|其实是不是)\s*"
    # Cantonese, folded: "BD係咪即係sales", "運營部其實咪即係sales部"
    r"|\s*(其实)?(是不是|系咪|是咪|咪)?(即系|就系|即是)\s*"
)
_IS_BEFORE = re.compile(
    # ("so ASO is just SEO for apps?": a word that opens a sentence may go first)
    r"(^((so|ok|okay|wait|hmm|and|but|like|um|basically)\s+)*"
    r"|\b(is|are|isn't|aren't|isnt|arent)\s+(a |an |the )?)$"
)
# Where a job is done, said after it: "at a new media team", "on the marketing side".
# Where the person is now, said before the place: "im in a PR team right now".
_AT_A_PLACE = re.compile(r"\b(at|in|on|within|inside) (a|an|the|our|their|some)\s(\w+\s)?$")
# What the person asks next, after what they ask first ("…，再说工资", "…, then the pay").
_THEN = re.compile(r"再说|再讲|然后|之后再|接着|\b(and )?then\b")
# The difference between two things asked, not which of them a quoted ad is.
_SAME_AS = re.compile(r"一样吗|一樣嗎|同一|\bsame (as|thing)\b|分别|分別")
# "is it sales or marketing", "定係獨立一個部門", "还是单独一个部门": places offered for a job
# (searched in the folded form: Simplified, 係 as 系, 喺 as 在)
# One's work asked where it is counted: "is that counted as promotion or operations", "我这个算
# 市场还是运营".
_COUNTED_AS = re.compile(
    r"\b(is|does) (that|this|it|what i do) (count|counted|considered|classed|seen) "
    r"(as )?[\w ]{1,30} or\b|(这|我这)(个|种)?(算|属于)[^，,。？?]{1,12}(还是|定)"
)
_SITS_CHOICE = re.compile(
    r"\bor\b|还是|定系|或者|或是|独立|单独|\bseparate\b|\bits own\b"
    # "策略与洞察这个岗在营销中心里属于哪一块": the job, then the place it is in
    r"|^\s*(这个|这种)?(岗位?|部门|职位|团队)?\s*在"
)
# "請問這是在做什麼的工作", "what is that job": a question about something said before it
_THIS_ONE = re.compile(r"(这|那)(是|个|份|种)|\b(this|that|it)\b")
# "这跟行销差在哪", "how is this different from PR": the ad quoted is one of the sides
_THE_AD_A_SIDE = re.compile(  # (searched in the matching form)
    r"(这|呢)(个|份|份工|种)?\s*(跟|和|同|与)|\b(this|it) (vs|versus|and)\b"
    r"|\bhow is (this|it) different\b|\b(is|does) (this|it) differ"
)
# A question that is only "why" ("…it's the other way round. why?").
_BARE_WHY = re.compile(
    r"\W*(but |so |and )?(why|how come|为什么|为啥|点解|怎么会这样)( (is|was) that)?\W*"
    # "starting salary for fresh grads, ops vs promotion, what did the article say": what the
    # articles say of the words before
    r"|\W*(so |and )?what (did|does|do) (the|your) (article|articles|source|sources) say\W*"
    r"|\W*(文章|原文)(里|里面)?(是)?(怎么说|怎么讲|说了什么|说什么)(的)?\W*"
)
# A line naming two things and weighing them; a job ad with its question runs longer, or
# lists its duties ("商務拓展專員 ・洽談異業合作 ・資源互換 這跟業務差在哪").
_SHORT_WEIGHING = 40
_AD_MARKS = re.compile(r"[・•·、；;：:\n]")
_DIFFERENCE = re.compile(r"\bdiffer|\bdifference\b|\bvs\b|\bversus\b|区别|差别|差异|不同|差在")
# ...asked of the pair just talked of, in more words ("它们有什么区别", "有咩分別", "compare them")
_THE_DIFFERENCE = re.compile(rf"{_DIFFERENCE.pattern}|区分|不一样|分别|有咩分|\bcompare")
# Two things weighed in so many words: a difference asked, "vs" glued to Chinese ("专员vs助理"),
# or whether they are the same.
_TWO_WEIGHED = re.compile(rf"{_DIFFERENCE.pattern}|(?<![a-z])vs(?![a-z])|\bsame as\b|一回事|一样吗")
# "and with content ops?", "那跟内容运营呢": after a comparison, another side for it.
# "做ASO的人", "the people who do SEO": those who do a word named, asked by their job's name
_THE_DOER_OF = re.compile(
    r"(做|搞|负责|管)[^，,。？?]{1,8}的(人|岗位|职位|岗)"
    r"|\b(people|person|someone|guys?) (who|that) (does|do|handles?|runs?)\b"
)
# "跟APP上架推广运营有啥区别": weighed with what the talk was about
_WITH_THE_OTHER = re.compile(
    r"\W*(那|那么|咁|为什么|为啥|点解)?(和|跟|与|同)[^，,。？?]{1,14}(区别|差别|不同|分别|差在|不一样|唔同)"
    # "is it the same as channel marketing?", "how is that different from PR": the talk's
    # subject pointed back at, the other side named
    r"|\W*(so |and |but |ok )?(is|isn'?t|are|aren'?t) (it|that|this|they) "
    r"(the same( thing)? as|any different from|different from|like) "
    r"|\W*(so |and |but |ok )?how (is|are) (it|that|this|they) different from "
)
_AND_WITH = quick(
    re.compile(
        r"\s*(and |what about |how about |then )?(with|vs|versus|against|compared (to|with)) "
        r"|\s*(那|那么)?(和|跟|与|同)[^，,。？?\s]{1,10}(呢|比呢|比较呢|比的话)\s*$"
    )
)
# The work of the ones talked of: "also their job?", "也算他们的活吗".
_WORK_OF_THE_ONES_TALKED_OF = re.compile(
    r"\b(their|his|her) (job|work|role|responsibility|thing)\b"
    r"|(他们|她们|他|她|佢哋|佢)的?(活|工作|事|职责|范围|范畴)"
)
_IN_ENGLISH = re.compile(r"英文|英语|英語|\bin english\b|\benglish (name|word|term)\b")
# "…, right?", "…对吧": a premise checked in passing.
_CHECKING = re.compile(
    r"\b(right|correct|yeah|innit)\s*$|(对吧|是吧|对不对|没错吧)\s*$"
    # "可是台灣不是都叫內容行銷或編輯嗎": a rhetorical "isn't it…", a premise too
    r"|不是(都|一般|通常|一直)?[^，,。？?]{1,24}[吗嗎][?？]?\s*$"
)
_TO_ONLY = re.compile(r"\s*(back\s+)?(to|into|->|→|到)\s*")
# "Content ops from paid ads, realistic?": the goal, then where the person comes from
_FROM_ONLY = re.compile(r"\s*(coming )?from\s*")
_JOB_MARKET = quick(
    re.compile(
        r"就业市场|招聘市场|人才市场|求职市场|\b(job|hiring|labou?r|talent) market\b"
        rf"|\b({EN_CITIES}|local|city) market\b"
        # Markets that are places, not the marketing department: an app store, the stock market.
        r"|应用市场|股票市场|资本市场|\b(stock|app|capital) market\b"
        r"|(?<=的)市场(?=怎么样|怎样|如何|好吗|好不好|行情)|(?<=的)市场(?=点)"
        r"|(?<=还有)市场|(?<=有没有)市场"
        # ("有市场吗" is demand; "能转市场吗", "跳去市场吗" name the department as a goal)
        r"|(?<![转做去进干入调到])市场(?=吗)"
    )
)
# A name said as a team: "品牌部", "GTM團隊", "GTM组", "the PR team" (not 组织, 组合).
_AS_A_DEPARTMENT = re.compile(r"部|团队|组(?!织|合|成|件)|department|\bdept\b|\bteam\b", re.I)
# "the GTM team", "a GTM role", "SEO岗": a term said as a job.
# ("负责GTM那队人做什么": the team that does GTM)
_AS_A_JOB = re.compile(
    rf"{_AS_A_DEPARTMENT.pattern}|\b(role|job|position)s?\b|岗|职位|(那|这)?队人?(?!伍)|(那|这)班人"
    # "what's BD as a job, like day to day"
    r"|\bas an? (role|job|position|career)\b",
    re.I,
)
# What asks which job fits a person, not which job does a task.
_WHICH_ONE = re.compile(
    r"\bwhich\b|\bwhat (kind of |sort of )?([\w/]+ ){0,4}(jobs?|roles?|positions?)\b|哪|什么|啥|边"
    r"|还是|\bor\b"  # two jobs weighed for the person: the quiz's reading of both
)
# "which is better", said in so many words (not "我选哪个", which asks what suits the person).
_BETTER_SAID = re.compile(
    r"(?<!suits me )(?<!fits me )(?<!suit me )(?<!fit me )\bbetter\b(?! (suited|fit|suit))"
    r"|\bbest\b(?! (suited|fit|suit))|哪个好|哪个更(?!适合|合适)|更好|比较好|边个好"
    r"|哪个比较(?!适合|合适)"
)
_WHERE = re.compile(r"\bwhere\b|往哪|从哪")
_JOINED = re.compile(r"\s*((/|\bor\b|\band\b|&|和|或|或者|还是|、)\s*)?")
_ORGANISED = re.compile(
    r"(怎么|如何|怎样)(组织|架构|搭建|分工|设置|编制|分的|配合)|组织架构|(挂|放)在哪个中心"
    r"|\bhow (is|are|s) [\w ]{1,40} (organi[sz]ed|structured|set up)\b"
    # "what's the marketing setup at a big phone maker", "how did they split brand vs ops",
    # "where did they put operations"
    r"|\b(marketing|org|team|department) (setup|set up|structure)\b"
    r"|\bhow (did|do|does) (they|it|[\w ]{1,20}) (split|organi[sz]e|structure|arrange|set up)\b"
    r"|\bwhere (did|do|does) (they|it) put\b"
)
_OR_BETWEEN = re.compile(
    r"\s*(person|people|guy|girl|role|job|team)?\s*(\bor\b|还是|或者|或是|定)\s*(an?\s+|做|当|去)?\s*"
)
_SUITS = quick(
    re.compile(
        # (not "薪资开多少合适": how much is fitting)
        r"适合|(?<!多少)(?<!几多)(?<!怎么样)(?<!什么价)合适"
        r"|\bfits?\b(?! (together|into|in\b|with))|\bsuit|\bright for me\b"
        r"|\bmakes? (any )?sense for (me|someone like me)\b"
        rf"|\b(bad|terrible|good) idea\b|{FOR_THEM}"
    )
)
# "pay for an editor on an ops team": a job named after "on a" is where the first one works.
_VS_IN_NAME = re.compile(r"\bvs\b|\bversus\b|和|与|跟", re.I)
# A kind of company said as where a job is ("pay at an FMCG", "在快消"), not "looking at".
_AT_AN_ORG = re.compile(
    r"(?<!look )(?<!looking )\b(at|in|for)\s+(an?\s+|the\s+)?"
    r"((chinese|big|small|large|local)\s+)?$|在$"
)
# Right before a word of ours, the verb of doing that work ("干SEM", "做了SEO").
# (and in English: "I'm currently doing SEO at an e-commerce company")
_DOING = r"(做|干|搞|负责)(了)?\s*|\b(doing|do|did|running|handling) "
# ...said right before a name ("干SEM", "doing SEO"), or opening a task's words ("做SEO").
_DOING_IT = re.compile(rf"(?:{_DOING})$")
_DOING_FIRST = re.compile(_DOING)
# An idea told as whose it is ("who owns GMV…", "…是谁背的").
_WHO_WORD = re.compile(r"\bwho\b|谁")
# "这种工作", "这行", "他们", "佢哋呢份工", "this job": the work someone was said to do
_THIS_WORK = re.compile(
    r"(这|呢|那)(种|份|个)?(工作|工|行|岗位|职位|岗)|这行|(他|她|佢)(们|哋)"
    r"|\b(this|that|the|his|her) (job|role|work)\b"
)
_WORKING_AFTER = re.compile(r"\s*(做|上班|工作|返工)(?!什么|啥|咩|的事)")
_DOING_BEFORE = re.compile(rf"{DOING_A_JOB_ZH}\s*$|\b(does|do|doing|works? (in|as|on))\s+$")
_A_THING_DOING_WELL = re.compile(
    r"的(效果|数据|表现|反馈|反响|转化|成绩|流量)(还|也|都|一直)?(不错|很好|挺好|好|可以)"
)
_HOW_FAR = re.compile(
    r"(两边|两者|两个)[^，,。？?]{0,6}(差|重叠|像|距离)|差距(大|多)|差得(远|多)|重叠"
    # "我現在做活動運營，想去營銷策劃部，會差很多嗎"
    r"|差(很|蛮|挺|非常|太)?(多|大)(吗|嘛|么|不|吧)"
    r"|\bhow far\b|\boverlap"
)
_DOING_THERE = re.compile(r"\s*(做|当|干)\s*")
_SIDE_THEN = re.compile(r"\s*(那边|那里|这边|那头|的|里的)\s*(做|当|干)?\s*")
_PLACE_BEFORE = re.compile(r"\b\w+\s+(on|in|within|inside)\s+(an?|the)\s+$")
# The end of a job's Chinese name that a start said in the same breath leaves off: "从活动转到用户
# 运营" (活动运营), "内容转产品运营".
_SHARED_ENDINGS = ("运营",)
_IN_HOUSE = re.compile(r"\bin-?house\b|\bagency\b|乙方|甲方|(?<![a-z])4a(?![a-z])")
_ONE_OR_THE_OTHER = re.compile(r"\bor\b|还是|(?<=[司厂方商创])定|或者|(?<![a-z])vs(?![a-z])")
_EMPLOYERS_WEIGHED = re.compile(
    rf"{_ONE_OR_THE_OTHER.pattern}|\bbetter to\b|\bshould i\b"
    r"|应该(去|进|选)|推荐|比较好|好啲|好一点|哪(家|间|个)"
)
# Where work is done, said right before a kind of company: "在互联网公司", "at an FMCG company".
_WORK_DONE_AT = re.compile(r"(在|喺|\bat (an? |the )?|\bin (an? |the )?)\s*$")
# Work looked for ("content ops jobs", "搵工"): a city's market is asked of it.
_WORK_LOOKED_FOR = re.compile(
    r"\bjobs?\b|\bopenings?\b|\bhiring\b|\bvacanc|工作|岗位|职位|职缺|搵工|揾工|啲工|嘅工"
)
# Words in quotes, of any length a phrase has ("'creates intangible value'", "'chuquan'd").
_QUOTED_WORDS = re.compile(
    r"[「『“‘\"]([^「」『』“”‘’\"，,。？?]{2,40})[」』”’\"]"
    r"|(?<![a-z0-9])'([^'，,。？?\n]{2,40}?)'(?=[^a-z0-9]|(?:d|s|ed)\b|$)",
    re.I,
)
_HOW_COUNTED = re.compile(r"(怎么|如何|咋|怎样)(算|计算|统计|衡量)(的)?\s*$")
# A move asked with no one moving named: "能转运营吗", "那具体转内容运营呢", "can it lead into PR?".
_CAN_IT_SWITCH = re.compile(
    r"^\s*(那|那么|那具体|具体)?\s*(我)?(想|能|可以|能不能|可不可以|好|容易)?\s*(转|轉|跳)"
    r"|^\s*(and |so )?(can|could) (it|one|you|people|they) (switch|move|transition|go) (in)?to\b"
    # someone else's job talked about, then their move: "could he move into marketing planning
    # later on?", "she wants to move over to the marketing centre side", "他以后能转…吗"
    r"|^\s*(and |so )?((can|could|would) (he|she|they)"
    r"|(he|she|they) ((says?|said|thinks?|told me) (he|she|they) )?"
    r"(wants?|would like|hopes?|plans?) to)"
    r" (eventually |later |one day )?"
    r"((switch|move|transition|go|jump|get)( over| across)? (in)?to|become)\b"
    # (as they tell it: "他说以后想转去做产品策划", "佢話想轉做運營")
    r"|^\s*(那)?(他|她|ta|佢)(自己)?(说|话|讲|老说)?(以后|之后|将来)?(想|能|可以|能不能|可不可以)?(转|跳|换)"
    # "做久了有辦法轉營運嗎", "做几年以后能转运营吗": the job talked about, done for a while
    r"|^\s*(那)?(做|干)(久了|几年|了几年|两年|一阵子)(以后|之后)?[^，,。？?\s]{0,4}(有办法|能|可以|能不能|有没有机会)(转|跳|换)"
)
# Where someone stands now, or wants to go: "Target: PR。而家：做緊 admin", "current: teacher"
_SITUATION = re.compile(r"\b(target|goal|current|currently|now)\b|而家|现在|目前|做紧")
_FROM_THERE = re.compile(
    # (not "where does growth come from there": where a thing comes from at the place told)
    r"(?<!\bcomes )(?<!\bcome )\bfrom (there|that (job|role|one)|this (job|role)|it)\b"
    r"|\bfrom (this|that)\s*\W*$"
    r"|从(这个|这|那个|那)(岗位|工作|职位)?(转|跳|换|去)"
)
_IS_IT_X_OR_Y = re.compile(
    r"(是|算|属于)[^，,。？?\s]{1,8}还是[^，,。？?\s]{1,8}\s*$"
    r"|\b(is it|is that|is this|are they)\s+(an? )?[\w ]{1,20}\s+or\s+[\w ]{1,20}\s*$"
)
# The two named, said so: narrower than conversation.points_to_both, whose "they" is as often
# the kind of company ("Company A - how did they split marketing, brand and ops?").
_THESE_TWO = re.compile(r"\b(these two|those two|the two|both)\b|两者|两个部门|这俩|这两个|二者")
# (not "since" of a time: "frozen since 2021 and a friend says PR…")
_REASON_BEFORE = re.compile(
    # ("since graduation", "since I joined": since when, no reason)
    r"\b(now that|since(?! (\d|last|then|early|the (start|beginning)|graduat|uni\b|college|school"
    r"|i (started|graduated|joined|left|was)|my (first|graduation)|day one))"
    r"|because|cause|cuz|given that"
    # (a reason ends at its clause: "since …, want to move to PR" names the goal after it)
    # (nor past the wish that starts a new sentence, its stop lost in the matching form:
    # "…feels like a dead end tbh. I want to go into product operations")
    r"|what with|(it )?feels like|(it )?seems like|i feel like)\b"
    r"(?:(?!\bi (?:want|wanna|d like|would like|hope|plan)\b)[^?.!,;]){0,40}$"
    r"|(因为|既然|现在都|毕竟)[^，,。？?]{0,12}$"
)
# "…i have zero marketing experience", "我没有运营经验": a field the person lacks, not a subject
_LACKED_BEFORE = re.compile(
    r"\b(no|zero|without( any)?|little|not much|not any|barely any|lack of)\s*$"
    r"|(没有|没|零|毫无|缺乏|冇)(任何|什么|啥)?\s*$"
)
# "will any of my SEM skills count there": what the person holds, said as theirs
# "where does growth come from there if not marketing": a name set aside, no new subject
_SET_ASIDE_BEFORE = re.compile(
    r"\b(if not|other than|apart from|besides|except( for)?|rather than|instead of|not)\s*$"
    r"|(如果不是|除了|不是|而不是)\s*$"
)
_WHAT_I_BRING = re.compile(
    r"\b(would|will|does|do|could|can|is) (my|any of my|all my) [\w ]{1,24}\b"
    r"(even |actually |really )?(help|count|matter|transfer|carry over|be useful|be worth|worth)\b"
    r"|我(的|这些|那些)[^，,。？?]{1,12}(有用|用得上|算数|加分|有帮助|有没有用|能用上)"
)
_HELD_BEFORE = re.compile(r"\b(my|our)( \w+){0,2}\s*$|我(的|这些|那些|做的)?\s*$")
_EXPERIENCE_AFTER = re.compile(
    r"\s*(related |relevant |real |work |job )?(experience|background|exp|skills?|know-how)\b"
    r"|\s*(相关|方面|的)?(经验|经历|背景|技能|能力)"
)
_MARK = re.compile(r"\s*[)）」』”\"']*\s*[?？]")
_INTO_BEFORE = re.compile(
    r"\b(get|getting|break|breaking|move|moving|switch|switching|transition|transitioning|pivot"
    r"|pivoting|go|going|jump|jumping|career|job|start|starting)\s+(in|into|to|over to)\s+$"
)
_THESE_WORDS = re.compile(THESE_WORDS)


def _short_clause(folded: str, m: Mention) -> bool:
    """Whether the clause that names `m` is a few words ("那跟公关部比呢" among longer ones)."""
    cjk = has_cjk(folded)
    breaks = _CLAUSE_BREAK_CJK if cjk else _CLAUSE_BREAK
    starts = [b.end() for b in breaks.finditer(folded, 0, m.start)]
    start = starts[-1] if starts else 0
    stop = breaks.search(folded, m.end)
    clause = folded[start : stop.start() if stop else len(folded)].strip()
    if not _SET_AGAINST.search(clause):
        return False  # ("那传统企业说的运营呢？也是一个意思吗": the clause names, another compares)
    if cjk and _AGAINST_FIRST.match(clause) and len(clause) <= 30:
        # "那跟她表姐做的那个社群运营是一回事吗", "同普通marketing有咩唔同": the clause opens
        # with the one side set against; the other is unsaid
        return True
    return len(clause) <= 14 if cjk else len(clause.split()) <= 7


_AGAINST_FIRST = re.compile(r"(那|那么|所以|咁|而)?\s*(跟|同|和|与|比起)")


_SET_AGAINST = re.compile(r"[跟同和与比]|\b(with|from|than|vs|versus|compared?)\b")


_CLAUSE_BREAK_CJK = re.compile(r"[，,。？?！!；;\n ]|\.(?=\s|$)")
_CLAUSE_BREAK = re.compile(r"[，,。？?！!；;\n]|\.(?=\s|$)")
_SENTENCE_END = re.compile(r"(?<![.\d])[.!?。！？\n](?![\w.])")
# A Chinese name in brackets right after English words: their gloss ("trafic ops (流量运营)").
# (read from the start of a run of English words only, and the run taken whole: tried at every
# letter, with the run given back a character at a time, 400 letters cost 2.5 ms)
_GLOSS = re.compile(
    r"(?<![A-Za-z .'-])[A-Za-z][A-Za-z .'-]*+\s*[(（]\s*([\u4e00-\u9fff]{2,10})\s*[)）]"
)
# Words in brackets: an explanation or a digression.
_ASIDE = re.compile(r"（[^（）]{2,80}）|\([^()]{2,80}\)|【[^【】]{2,80}】")
# A clause that is a question of its own, not a list that opens with 什么 ("什么品牌、公关……").
_ASKS_WHOLE = re.compile(
    r"吗|么$|呢|是什么|什么是|是啥|啥是|什么意思|怎么|怎样|如何|为什么|哪|多少|几|有没有|能不能|可不可以|是不是|[a-z]"
    # "品牌部門平常在忙什麼啊": a verb asking what (not "什么品牌、公关……" opening a list).
    r"|[忙做干搞管学看考要写聊说用]些?(什么|啥)|咩"
    rf"|{A_NOT_A}"  # "涨粉算不算"
)


def _whole_question(clause: str) -> bool:
    return bool(_ASKS_WHOLE.search(clause) or aspects_of(clause) or intent_of(clause) != "define")


# Hello and thanks get a friendly pointer, not "I'm not sure about that one".
_GREETING_WORD = (
    r"(hi|hello|hey|yo|hiya|good (morning|afternoon|evening)|thanks?( you)?|thank u|thx|ok|okay"
    r"|got it|cool|great|nice|你好|您好|嗨|哈喽|早上好|晚上好|谢谢|多谢|谢啦|好的|嗯|收到|明白了?)"
)
# "hi", "ok thx lol", "好的谢谢": greetings and thanks, a few in a row, chat noise after.
_SMALL_TALK = re.compile(
    rf"{_GREETING_WORD}(\s*,?\s*{_GREETING_WORD}){{0,2}}( there)?( bot| careerbot)?"
    r"(\s*(lol|haha+|哈哈+|so much|a lot|a bunch))?",
)
# A question pointing back at several things named before it.
_THEM = re.compile(
    r"\b(them|they|these|those|the (two|three|four)|all of them|both)\b"
    r"|它们|这几个|这三个|这两个|他们|佢哋"
    # "laxin, cuhuo, liucun: three words I keep seeing. difference?": a bare ask of the difference
    r"|^\W*(so |and |ok |what'?s the |whats the |the )?(difference|differences|diff)\W*$"
    r"|^\W*(有)?(什么|啥|咩)?(区别|分别|差别)(是什么|在哪|呢)?\W*$|^\W*差在哪\W*$"
    # "ops people keep saying 'user persona'. what is it": the word the sentence before said
    r"|^\W*(so |and |ok )?(what|wtf|what the heck)\s?'?\s?(is|s|does) (it|that|this)( mean)?\W*$"
    r"|^\W*(这|那|它)(个)?(是|指)(什么|啥)(意思)?\W*$"
)
# The person two jobs are weighed for, up to the end of the sentence.
_FOR_SOMEONE = re.compile(
    r"\bfor (someone|somebody|a person|people|an? \w+) (who|that|like)\b[^?.!]*"
    r"|(适合|对于)?(像)?我这种[^，,。？?]*的人|[^，,。？?]{2,20}的人(?=(适合|选|做))"
)
# Which employer to join ("should I join ByteDance or Alibaba", "字节还是阿里").
_JOIN_WHICH = re.compile(
    r"\b(join|work (at|for)|go (to|with)|pick|choose|accept|offers?)\b"
    r"|去哪|进哪|选哪|还是|哪家|加入|(想|要|该|能)去"
)
# Why, asked of the last answer and nothing else ("为什么", "how come?").
_WHY_ALONE = re.compile(
    r"(why|how come|why is that|why so|为什么|为啥|为何|怎么会|点解|why not)\s*[?？!！]*\s*"
    r"(呢|啊|呀|哦)?\s*[?？!！]*"
)
# One step of the steps told before ("第六步是啥", "whats step 4 about"): the same subject,
# when its entry tells steps (the 9+1 cycle).
_REPORTS_TO = re.compile(r"\breports? (in)?to\b|向谁汇报|汇报给谁|报给谁|汇报对象")
# A head cut off where its question goes on: "市场部是不是", "is marketing going to".
_ASKS_ON = re.compile(r"(是不是|是否|会不会|能不能|有没有|系咪|会唔会)\W*$")
# What a bare "is that so?" can weigh of what was told: the pay, the hours.
_TOLD_AS_SO = ("pay", "workload")
# A bare "is that so?" about what the sentence before told: "这个正常吗", "is that normal?"
_IS_THAT_SO = re.compile(
    r"\W*(那|所以)?(这|那|这样|那样|这个|那个|这种情况)(是|算)?(正常|合理|常见|普遍|ok|对)(吗|嘛|么|不|吧)\W*"
    r"|\W*(is|was) (that|this|it) (normal|common|usual|ok|okay|fair|reasonable|standard)\W*"
)


_A_STEP = re.compile(
    r"第\s*[一二三四五六七八九十0-9]{1,2}\s*(步|个步骤|步骤|个环节|环)"
    r"|\bstep (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last) step\b"
)
# A change of career with no goal named ("我是老师，想转行", "how do I switch careers").
_CAREER_CHANGE = re.compile(
    r"转行|换行|改行|跨行|\b(switch|change|changing|switching) careers?\b"
    r"|\bcareer (change|switch)\b|\bnew career\b"
)
# What the bot is and can do, asked of it ("what can you do", "你是谁", "how do I use this").
_ABOUT_ME = re.compile(
    r"(what|who) are you|what can (you|u) do|what do you do|what (can|should) i ask( you)?"
    r"|how (do|can) i use (you|this|this bot)|help|what is this( bot)?|are you (a bot|an ai|human)"
    r"|你是谁|你是什么|你能做什么|你会什么|你可以做什么|你能干什么|能问什么|可以问什么|怎么用|帮助"
    r"|你係邊個|你识做咩|你可以做咩"
    # "你是谁开发的", "who made you"
    r"|你是(谁|哪家公司|哪个公司)(开发|做|写|造|训练)的|谁(开发|做|写|造)(了|的)你"
    r"|who (made|built|created|developed|wrote|trained) (you|this bot|this)"
)


class _Supplied(NamedTuple):
    """What a follow-up reads with the talk before: its subjects, the aspects asked, and
    whether the talk supplied them."""

    mentions: list[Mention]
    aspects: list[str]
    from_context: bool


@dataclass(slots=True)
class _Pointing:
    """How a follow-up points at the talk before (`Engine._pointing`), handed to the readings
    of what it supplies."""

    folded: str
    mentions: list[Mention]
    intent: str
    aspects: list[str]
    ctx: Conversation
    foreign: float
    back: bool  # points back at the last answer ("it", "that", "those two")
    goes_on: bool  # goes on from it ("and…", "那…呢")
    sure: float  # the score a name of its own needs
    named: list[Mention]  # names of its own, sure enough, that are no aspect or place
    short: bool
    ids: list[str]  # the subjects of the talk it can mean
    at: tuple[int, int] | None  # where it points back ("it", "that")
    subjects: list[Mention]  # those subjects, as mentions


@dataclass
class _Reading:
    """What has been understood of one question so far, handed from step to step of
    `Engine._answer` (each step's docstring says what it reads)."""

    question: str
    text: str  # cleaned
    lang: Lang
    form: str = ""  # the matching form
    linked: Linked = field(default_factory=lambda: Linked("", [], [], 0.0, 0.0))
    mentions: list[Mention] = field(default_factory=list)
    coverage: float = 0.0
    foreign: float = 0.0
    outside: list[tuple[int, int, str]] = field(default_factory=list)  # jobs we do not cover
    folded: str = ""  # the matching form, words typed together split
    message: _Message = field(default_factory=lambda: _Message([], [], []))
    a_word_asked: bool = False  # a story, then what one of its words means
    head: str = ""  # the sentences that ask
    intent: str = "define"
    aspects: list[str] = field(default_factory=list)
    asked_in: list[tuple[str, ...]] = field(default_factory=list)  # by each clause that asks
    duties: re.Match[str] | None = None  # the duties the person lists as today's work
    first: tuple[tuple[int, int], list[str]] | None = None  # the first of two questions
    others: list[str] = field(default_factory=list)  # subjects of the later questions
    ctx: Conversation | None = None
    from_context: bool = False
    continuing: bool = False  # the same move as the last question, to another goal
    side_picked: bool = False  # one side of the last comparison, by its place or its work
    inside_idea: bool = False  # a part of the idea just told, asked about (_inside_the_idea)
    plan: Plan | None = None
    fit: Answer | None = None  # the quiz's reading, kept if the job's card is too unsure
    suits: str | None = None  # the job named when the person asks whether it suits them


def _not_the_shops_owner(q: str, mentions: list[Mention]) -> list[Mention]:
    """ "想转去做品牌天猫店的电商运营", "the brand's Tmall store": the brand said as whose shop
    it is names no brand department, when a job is named beside it."""
    owners = [m for m in mentions if m.text in ("品牌", "brand") and _ITS_SHOP.match(q, m.end)]
    if not owners or len(owners) == len(mentions):
        return mentions
    return [m for m in mentions if m not in owners]


_ITS_SHOP = re.compile(
    r"(的|方)?(天猫|京东|抖音|淘宝|官方|线上|自营)?(旗舰店|天猫店|京东店|抖音店|淘宝店|网店|官方店|直营店|专柜)"
    r"|( ?s)? (tmall|jd|taobao|douyin|official|online|flagship) (store|shop)"
)


def _named_in(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[list[Mention]]:
    """The names (read well enough) in each span, in the order found: looked up by where they
    start, so that a message of many sentences and many names costs no more than their sum."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    longest = max((m.length for m in mentions), default=0)
    out = []
    for a, b in spans:
        near = order[bisect.bisect_left(starts, a - longest) : bisect.bisect_left(starts, b)]
        inside = sorted(i for i in near if mentions[i].end > a and mentions[i].score >= 0.6)
        out.append([mentions[i] for i in inside])
    return out


@dataclass(frozen=True)
class _Message:
    """A message's sentences, where each lies in its matching form, and which of them ask:
    worked out once per question for the readers that need them."""

    parts: list[str]
    spans: list[tuple[int, int]]  # one per part; the whole form when they cannot be placed
    asking: list[bool]

    @classmethod
    def of(cls, text: str, q: str) -> _Message:
        parts = [p for p in sentences(text) if match_form(p)]
        # A sentence that ends in a question mark asks, whatever its words; one whose sentence
        # ends in a full stop asks only by its words ("did 6 months at an agency." does not).
        marked, stated, where = [], [], 0
        for part in parts:
            found = text.find(part, where)
            end = found + len(part) if found >= 0 else where
            marked.append(bool(_MARK.match(text, end)))
            stop = _SENTENCE_END.search(text, end)
            stated.append(bool(stop) and stop.group() in ".!。！")
            where = end
        asking = [m or asks(p, s) for p, m, s in zip(parts, marked, stated, strict=True)]
        spans, at = [], 0
        for part in parts:
            piece = match_form(part)
            found = q.find(piece, at)  # past what the cut dropped ("lol", "haha")
            if found < 0:
                # Folding or splitting glued words moved things: the message is judged whole.
                return cls(parts, [(0, len(q))], asking)
            spans.append((found, found + len(piece)))
            at = found + len(piece)
        return cls(parts, spans or [(0, len(q))], asking)

    @property
    def story_around_a_question(self) -> bool:
        """Three sentences or more, some asking and some not; or a question and then an aside
        ("品牌部每天在忙啥？感觉就是开会改slogan")."""
        placed = len(self.spans) == len(self.parts)
        aside = len(self.parts) == 2 and list(self.asking) == [True, False]
        some = any(self.asking) and not all(self.asking)
        return placed and (len(self.parts) >= 3 or aside) and some


# ("分别是什么意思" is each one's meaning; "有咩分別" asks the difference)
# "…is it just SEO for apps?", "不就是小网红吗": the thing asked, said to be merely another
_JUST_THE_OTHER = re.compile(
    r"\b(is|isn't) (it|that|this) (just|basically|simply|the same as)\b"
    r"|不就是|是不是就是|其实就是|说白了就是"
    # "ASO是什麼？就是App版的SEO嗎": the second question opening on 就是
    rf"|^\W*{_JUST_THAT_ZH}"
    # "是不是市場部換個名字而已": the other under a new name
    r"|(是不是|是否|系咪|只是|就是)[^，,。？?]{1,12}换(个|了)?(名字|马甲|说法|叫法|名)"
)
# "百度竞价算SEM吗", "does 投流 count as paid ads": whether one word is a kind of the other
_A_KIND_OF_THE_OTHER = re.compile(
    r"算(不算)?[^，,。？?]{1,10}(吗|嘛|么|不)|(是不是|是否)?属于[^，,。？?]{1,10}(吗|嘛|么)"
    r"|\b(count|counts|counted) as\b|\b(a|one) (kind|type|form|sort) of\b"
)
_ALIKE = re.compile(r"一样|同一|\bsame\b|\balike\b|有(什么|咩|乜|啥)?分别")
_NOT_A_NAME = re.compile(r"[\W_]+")
_WORDS_MEAN = re.compile(r"\bwhat (do|does) [\w ,]{2,40} mean\b")
_EACH_MEANS = re.compile(
    rf"分别|各是|各自|这几个词|这些词|{_WORDS_MEAN.pattern}|\bthese (words|terms)\b"
    # "拉新促活留存转化 这一串黑话能挨个解释下吗", "留存跟转化也顺便解释一下"
    r"|挨个|逐个|一个个|这一串|解释"
    # "拉新 促活 留存 - explain like I'm 5", "JD mentions KV and TVC, what are those"
    r"|\bexplain\b|\bwhat (are|r) (those|these|they)\b|\bwhat do (those|these|they) mean\b"
)
_WORTH_GOING_INTO = re.compile(r"\bworth (getting|going|breaking|moving) into\b|值得(入|进)")
_FIVE_YEARS_OLD = re.compile(r"\blike (i\W?\s?m|i am) (5|five|a (kid|child|baby))\b")
# A message that asks something (else it tells), and one that asks which job the work is.
_ASKS_ANYTHING = re.compile(
    r"[?？]|吗|嗎|呢|咩|啥|什么|怎么|点样"
    r"|\b(what|how|which|who|why|can|could|should|is|are|does|do)\b"
)
_WHICH_JOB_IS_IT = re.compile(
    r"(这|呢|这个|这种|他这个|她这个|我这个|佢呢个)?(岗|岗位|职位|工作|份工)(位)?(叫|算|是)"
    r"(啥|什么|咩|乜|哪)|(算|是)(什么|啥|哪个|咩)(岗|职位|工作)"
    r"|\bwhat(?:'| i| )?s (this|that|my|his|her) (job|role) called\b"
    r"|\bwhat (job|role) is (this|that)\b"
    r"|\bis (that|this) (basically |just |even )?(an? )?[\w/ ]{2,24}\?*$"
)
# Where someone was placed, said before a department so plainly that no aspect need be asked
# ("被放在", "领导是", "而不是"), and with where it sits asked (also "归", "属于", "在")
_PLACED = (
    "放在|放落|放喺|摆在|摆落|摆喺|分在|分到|划到|划在|挂在|领导是|老板是|主管是|上司是|而不是|不是"
)
_PLACED_SO = re.compile(rf"({_PLACED})\s*$")
_PLACED_AT = re.compile(rf"({_PLACED}|归|属于|隶属|在|是|向)\s*$")
# "那她这种一般归哪个部门管": the job of the one asked for, pointed at
_HER_KIND = re.compile(r"(她|他|佢|ta)(这种|这个|呢种|嗰种|呢个)")
# A company told of, for a kind of company learnt from the question's words
_A_COMPANY_TOLD = re.compile(
    r"公司|企业|厂|集团|平台|机构|品牌(?!部|经理|团队|中心)|\bcompan(y|ies)\b|\bfirms?\b"
    r"|\bbusiness(es)?\b|\bmakers?\b|\bbrands?\b|\bfactor(y|ies)\b|\bplatforms?\b"
    r"|\bstartups?\b|\bshops?\b|\bstores?\b"
)
_SOMEONE_ELSE = re.compile(r"\b(he|she|his|her)\b|(?<![其])他(?!们)|她")
_WEIGHED_BEFORE = re.compile(r"(比|than|跟|同)\s*(做|当)?\s*$")
_A_FIGURE_AFTER = re.compile(
    r"额|量|数字|数据|业绩"
    r"|\s(numbers|figures|revenue|volume|data|reports?|dashboards?)\b"
)
_DOING_IT_BEFORE = re.compile(r"(在|要|去|怎么|如何|来|得)\s*$")
_WHAT_AFTER = re.compile(r"\s*(什么|啥|些什么|哪些|咩|乜)")
_QUOTE_MARK = re.compile(r"['‘’\"“”「」『』]")
# ...a word heard from others: "同事每天都說要開直通車", "PR keeps saying", "学长说"
_HEARD = re.compile(r"说|讲|提到|\b(say|says|saying|said|yell\w*|mention\w*|talk\w* about)\b")
# "…, what is that", "…，那是什麼" (in the matching form): what the word before is
_WHAT_IS_THAT = re.compile(
    r"\b(what(?: i| )?s (that|it|this)|what (is|does) (that|it|this)|wtf is (that|it|this))"
    r"( (exactly|even|actually|mean|means|again))*\s*$"
    r"|(那|这|那个|这个)(个)?(是|系)(什么|啥|咩)(东西|意思|来的)?\s*$|(那|这)(个)?(是)?(什么|啥)意思\s*$"
)
# "KV是什么？", "what's a KV": what it is, at the end ("KV是什么时候定的" asks when).
_WHAT_IS_IT = re.compile(
    r"(是什么|是啥)\s*[?？]?\s*$"
    r"|\bwhat(?:'| )?s (an? |the )?[\w ]{1,20}\??$|\bwhat (is|are) (an? |the )?[\w ]{1,20}\??$"
    r"|\b(wtf|wth|what the (heck|hell)) (is|are) (an? |the )?[\w ]{1,20}\??$"
)


def _story_then_a_word(message: _Message, mentions: list[Mention], kb) -> bool:
    """Two sentences, the first telling and the second asking what a term it names means."""
    if len(message.parts) != 2 or len(message.spans) != 2 or list(message.asking) != [False, True]:
        return False
    (x, y), (a, b) = message.spans
    asked = match_form(message.parts[1])
    told = {m.entry_id for m in mentions if x <= m.start < y}
    # the word asked is the story's own, named again ("…要会出KV，KV是个啥")
    return bool(asks_meaning(asked) or _WHAT_IS_IT.search(asked)) and any(
        a <= m.start < b
        and m.via == "alias"
        and m.entry_id in told
        and kb.entries[m.entry_id].kind == "term"
        for m in mentions
    )


def _found_otherwise(eid: str, work: str = "") -> Mention:
    """A job found by other means than its name in the question (full text, skills), as a task
    the who-composer can read: no place in the question, a modest score; `work`: what it was
    found for (a skill's name), if known."""
    return Mention(eid, 0, 0, 0.6, "task", work)


def _only_names(a: int, b: int, mentions: list[Mention], q: str = "") -> bool:
    """Whether q[a:b] is nothing but a name: an item of a list, not a story. With `q`, a word
    that only says it is a job may follow ("ad placement operations role, is that...")."""
    named = [m for m in mentions if a <= m.start and m.end <= b and m.via != "context"]
    if q and (generic := _JOB_WORD_AT_END.search(q, a, b)):
        b = generic.start()
    return bool(named) and max(m.end for m in named) - min(m.start for m in named) >= b - a - 1


_JOB_WORD_AT_END = re.compile(
    r"\s*\b(role|job|position|team|dept|department)s?\s*$|(岗位|岗|职位)\s*$"
)


# "运营部的编辑" (the department, then its job) and "編輯喺運營部入面", "editor in the ops team"
# (the job, then the department it is in).
_DEPT_OF = re.compile(r"\s*(里|裡|裏|内|內|入面|里面|裡面|中)?\s*(的|嘅|之)\s*")
_IN_DEPT = re.compile(r"\s*(喺|在|于|於|in|at|of|inside|within)\s*(the|a|an|our|my)?\s*")


# A message that opens with a label and a colon ("Entry-level role: …", "JD：…").
_LABEL_FIRST = re.compile(r"\s*[^:：。？?！!\n]{1,30}[:：]")
_WHICH_ROLE = re.compile(
    r"\b(which|what) ([\w/]+ ){0,3}(job|role|position)s?\b|哪个岗|什么岗|哪种工作"
)
_FACTS_OF_A_JOB = ("does", "pay", "measured", "sits", "prospects", "market", "company", "better")


# A job said as such ("做SEO的岗位"): where it sits is asked of the job, not whose task it is
_A_JOB_SAID = re.compile(r"岗位|职位|\b(job|role|position)\b")
# Asked first of the last subject, left open by the articles: said so, however chatty the rest
_ASKED_FIRST_UNCOVERED = frozenset({"pay", "workload", "prospects"})
# The readings a learnt job ad or who-question may answer instead (on sets left out, "not sure"
# as well: +1 -0)
_LEARNT_JOB_OVER = ("role", "unknown")
# Characters of a story told before the goal of a move, at least, to read a start from
MIN_WORK_TOLD = 16


_VERSUS = re.compile(r"\s*(vs\.?|versus|v\.s\.|对|對|对比|對比|pk)\s*")


# Two things pointed at, not named ("兩個哪個比較適合外向的人"); narrower than
# asked.points_back_at_a_kind, whose "这种" is also "像我这种" said of oneself.
_THE_TWO = re.compile(
    r"^\W*(这|那)?(两|俩)(个|者|种)?|\b(the|these|those) two\b|\bboth of (them|these)\b"
)


def _a_card_learnt(guess: taught.KindGuess | None) -> bool:
    """Whether the kind learnt from labelled questions is certain the message asks for a card
    on a job (what it is, how one gets in, where it leads...)."""
    return guess is not None and guess.kind == "role" and guess.certain()


def _a_card(answer: Answer) -> bool:
    return answer.kind == "role" and bool(answer.topics)


def _understood(answer: Answer) -> bool:
    return answer.kind != "unknown" and answer.confidence >= ASKED_ALONE_SURE


def _the_move_told_before(whole: Answer, alone: Answer, asked: str) -> bool:
    """Whether a long message asks about the move its background tells the start of (`asked`,
    the sentences that ask, in the matching form): the same move, or the way into its goal."""
    if whole.kind != "transition" or not (whole.from_id or whole.from_words):
        return False
    if alone.from_id and alone.to_id and alone.to_id != whole.to_id:
        return False  # the question tells a move of its own, start and goal
    if (
        alone.kind == "transition"
        and alone.to_id
        and alone.from_id is None
        and outside_jobs(fold(alone.from_words or ""))
    ):
        # "…想问程序员转SEO/SEM运营现实吗": the question names the person's own job, one we do
        # not cover, and the goal; the jobs of friends and colleagues in the story are neither
        return False
    if alone.kind == "transition" or intent_of(asked) == "transition":
        return True  # the same move, its start (or goal) told in the background
    return whole.to_id in (alone.topic, alone.to_id) and bool(
        alone.aspect in (None, "get_in")  # "media buyer next?", "Realistic, or…?"
        # "what's missing from my skillset", "which kind of ops should I aim for": the person's
        # own move, not a fact of the goal's
        or (_FIRST_PERSON.search(asked) and alone.aspect not in _FACTS_OF_A_JOB)
        # "記者背景在公關那邊吃香嗎": the start named again in the question
        or (whole.from_words and whole.from_words in asked)
    )


# The person speaking of their own work, right at the start ("I sell insurance", "我是老师").
_SELF_FIRST = re.compile(r"^\W*(i|i'?m|i am|my job is|我|我是|我在|本人)\W*$")


# A question that opens asking who does something.
_ASKED_WHO = re.compile(r"^\W*(?:(?:who|whom|whose)\b|谁|誰|边个|哪个部门|哪个团队)")


# The most names a message's reading weighs, in the order said. The questions people ask name at
# most about seventeen things (46,831 labelled questions); a message naming more is a list or a
# page pasted, and every step after linking walks its names, some of them in pairs.
MOST_NAMES = 24


def _the_first_names(linked: Linked) -> Linked:
    """`linked` with its first MOST_NAMES names only."""
    if len(linked.mentions) <= MOST_NAMES:
        return linked
    return replace(linked, mentions=sorted(linked.mentions, key=lambda m: m.start)[:MOST_NAMES])


def _by_the_last_aspect(aspects: list[str], ctx: Conversation) -> list[str]:
    """A follow-up that asks no aspect of its own asks the last one again ("會很常加班嗎" then
    "那跟品牌部比呢", "how is the new media team measured?" then "what about PR?"). Each step
    of the follow-up reading says when the talk goes on; this is what going on carries."""
    return aspects or ([ctx.aspect] if ctx.aspect else [])


def _not_in_a_reason(q: str, mentions: list[Mention]) -> list[Mention]:
    """ "is PR a dying field now that every brand just posts on social media itself": a name in
    the reason given after the subject is not the subject."""
    reasons = [m for m in mentions if _REASON_BEFORE.search(q[max(0, m.start - 48) : m.start])]
    if not reasons or len(reasons) == len(mentions):
        return mentions
    first = min(m.start for m in mentions if m not in reasons)
    late = [m for m in reasons if m.start > first]
    return [m for m in mentions if m not in late]


def _said_under(q: str, m: Mention) -> bool:
    """ "…归市场部吗", "is it under marketing?": the name follows "under", where something sits."""
    return bool(_UNDER.search(q[max(0, m.start - 10) : m.start]))


def _on_its_side(folded: str, m: Mention) -> bool:
    """ "…product planning on the marketing side": the name says where, not what is weighed."""
    return bool(
        _SIDE_BEFORE.search(folded[max(0, m.start - 8) : m.start])
        and _SIDE_AFTER.match(folded, m.end)
    )


def _not_the_family_asked(folded: str, mentions: list[Mention]) -> list[Mention]:
    """ "老板让我搞个618大促活动 这算哪个运营的活": the family a job is asked from (运营 after 哪个)
    is no subject beside the work told."""
    family = [
        m
        for m in mentions
        if m.via == "alias" and _WHICH_OF_A_FAMILY.search(folded, max(0, m.start - 3), m.start)
    ]
    return [m for m in mentions if m not in family] if 0 < len(family) < len(mentions) else mentions


# What kinds a team named just before is split into: "分哪几种", "底下又分哪几种", "有哪些种类"
_HOW_MANY_KINDS = r"(哪几|哪些|几|多少|几多|啥|什么)(种|类|块|个方向|种类)"
_KINDS_OF_IT = re.compile(
    r"\W*(部)?(底下|下面|里面|入面|内部)?(又|还|一般|通常|主要)?(再)?(分|分成|分为|细分|有)"
    + _HOW_MANY_KINDS
)


def _only_its_kinds(folded: str) -> bool:
    """Whether the message asks nothing but what kinds there are ("入面分幾多種？")."""
    return _KINDS_OF_IT.fullmatch(folded.rstrip(" ?？呢啊吗嘛")) is not None


# ...or said before the team: "裡面分哪幾種運營"
_KINDS_BEFORE = re.compile(rf"(分|有){_HOW_MANY_KINDS}(的)?\s*$")
# Another of the example companies by its letter ("and C?", "那C公司呢"), or pointed at by what
# it does ("the medical one", "醫療app嗰間呢").
_A_LETTER = re.compile(
    r"\W*(and|what about|how about|then|那|那么|咁|噉)?\W*(company\s*)?(?P<letter>[a-c])\s*(公司)?"
    r"\W*(呢|咧|嘅|吗|嘛)?\W*"
)
_ONE_OF_THEM = re.compile(r"\bone\b|那家|那间|嗰间|那个|那一家|的那|呢|咧|\?|？")
# A part of the idea or case just told: "里面哪部分", "那个例子", "它的运营重点", "佢点样做",
# "in that story", "the +1 part", "which step".
_INSIDE_IT = re.compile(
    r"^\W*(那|所以|那么|咁|噉|然后)?\W*(里面|里头|其中|入面)"
    r"|(那个|这个|呢个|嗰个|文章里的?)(案例|例子|故事|比喻|说法|框架)"
    r"|(案例|例子|故事|比喻|框架)(里|中|入面)"
    r"|^\W*(那|所以|那么|咁|噉)?\W*(它|佢)(的|嘅)?(运营|重点|核心|怎样|点样|点)"
    r"|(哪部分|哪一部分|哪一段|哪一步|哪个环节|边部分|边一步)"
    r"|\bin (that|this|the) (story|case|example|framework|model|one)\b"
    r"|\bthe \+ ?1\b|\b(which|what) (part|step|bit)\b|\bthat (part|step|bit)\b"
)


def _asked_in_the_chat(again: Answer, question: str) -> Answer:
    """A follow-up's answer read again with the chat's subject or frame: the message as sent
    (a doubt after it asks that again), as sure as the chat makes it, not as its rewriting."""
    again.question = question
    again.confidence = min(again.confidence, FOLLOW_UP_CONFIDENCE)
    return again


def _from_talk(ids) -> list[Mention]:
    """Subjects the conversation supplies, in order (a move's start, then its goal)."""
    return [Mention(j, 0, 0, 1.0, "context", "") for j in ids]


def _distinct(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.entry_id for m in mentions))
