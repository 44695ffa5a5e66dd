"""The plainest wordings of each kind of question, asked of every job and term the knowledge
base holds: "X是做什么的", "X vs Y", "X的KPI是什么", "卖保险的能转X吗", "what does X do" then
"how do I get into it?".

Why: the question sets are written by people, a few hundred questions at a time, and name some
jobs far more often than others; a wording that fails for one name in ten ("能转市场吗" read
市场 as a market, "品牌部vsPR" missed the glued "vs") is found only when every name is tried.
The grid is generated, so it measures coverage of names, not understanding of new wording: the
blind sets measure that. Used by tests/test_core_wordings.py (a floor) and
benchmarks/wordings_bench.py (the figures by family).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from knowledge.text.langs import to_script

# Asked in any of these ways, either job is a right answer (BRIEF.md: "做品牌", "新媒体").
_EITHER = (
    frozenset({"brand_dept", "brand_manager"}),
    frozenset({"new_media_dept", "new_media_ops"}),
)

ASPECTS = {
    "measured": {
        "zh-Hans": ["{x}的KPI是什么", "{x}怎么考核"],
        "zh-Hant": ["{x}的KPI是什麼"],
        "en": ["how is {x} measured", "what are the KPIs for {x}"],
    },
    "sits": {
        "zh-Hans": ["{x}属于哪个部门", "{x}归谁管"],
        "zh-Hant": ["{x}屬於哪個部門"],
        "en": ["which department is {x} part of", "who does {x} report to"],
    },
    "skills": {
        "zh-Hans": ["做{x}需要什么技能", "{x}要会什么"],
        "zh-Hant": ["{x}需要什麼能力"],
        "en": ["what skills does {x} need"],
    },
    "get_in": {
        "zh-Hans": ["应届生怎么进{x}", "零基础怎么入行{x}"],
        "zh-Hant": ["新鮮人要怎麼進{x}"],
        "en": ["how do I get into {x} as a fresh grad"],
    },
    "pay": {
        "zh-Hans": ["{x}工资多少", "{x}一个月能拿多少"],
        "zh-Hant": ["{x}薪水多少"],
        "en": ["how much does {x} pay", "what's the salary for {x}"],
    },
    "prospects": {
        "zh-Hans": ["{x}有前途吗", "{x}会被AI取代吗"],
        "zh-Hant": ["{x}有前景嗎"],
        "en": ["is {x} a dying job", "does {x} have a future"],
    },
    "leads_to": {
        "zh-Hans": ["{x}以后能往哪发展", "{x}的晋升路线是什么"],
        "zh-Hant": ["{x}之後可以往哪裡發展"],
        "en": ["where does {x} lead career-wise", "what's the career path for {x}"],
    },
}
DEFINE = {
    "zh-Hans": ["{x}是做什么的", "{x}是干嘛的？", "{x}主要负责啥", "想了解一下{x}"],
    "zh-Hant": ["{x}是在做什麼的", "{x}平常都在幹嘛", "請問{x}負責什麼"],
    "en": ["what does {x} do", "what is {x}?", "can someone explain what {x} actually does"],
}
TERM = {
    "zh-Hans": ["{x}是什么意思", "{x}啥意思"],
    "zh-Hant": ["{x}是什麼意思"],
    "en": ["what does {x} mean", "what's {x}"],
}
COMPARE = {
    "zh-Hans": ["{x}和{y}有什么区别", "{x}跟{y}差在哪", "{x}vs{y}", "{x}与{y}是一回事吗"],
    "zh-Hant": ["{x}跟{y}差在哪", "{x}和{y}有什麼不一樣"],
    "en": ["{x} vs {y}", "difference between {x} and {y}?", "is {x} the same as {y}"],
}
# A Chinese question naming one side in English, as people type ("brand manager跟公关差在哪").
COMPARE_MIXED = {
    "zh-Hans": ["{xe}和{y}有什么区别", "{x}跟{ye}一样吗"],
    "zh-Hant": ["{xe}跟{y}差在哪"],
}
# A term asked where it was met: a job ad, a boss, an interview.
TERM_MET = {
    "zh-Hans": [
        "JD里写的{x}是啥",
        "老板让我负责{x}，这是什么",
        "面试官问我懂不懂{x}，{x}到底是什么",
    ],
    "zh-Hant": ["職缺寫的{x}是什麼", "主管叫我做{x} 這是啥"],
    "en": ["the job ad says {x}, what is that", "my boss keeps saying {x}, what does it mean?"],
}
MOVE = {
    "zh-Hans": [
        "{x}能转{y}吗",
        "做{x}的能转{y}吗",
        "我是做{x}的，想转{y}",
        "从{x}转{y}难吗",
        "{x}怎么转{y}",
        "干了三年{x}，想去做{y}",
        "现在做{x}，能跳去{y}吗",
        "做{x}的能做{y}吗",
    ],
    "zh-Hant": ["{x}可以轉{y}嗎", "做{x}的想轉職{y}", "我現在做{x} 想轉去做{y} 有機會嗎"],
    "en": [
        "can {x} move into {y}",
        "I work in {x}, can I switch to {y}?",
        "how do I go from {x} to {y}",
        "is it realistic to move from {x} into {y}?",
    ],
}
# A move told with the time spent and a feeling about it.
MOVE_TOLD = {
    "zh-Hans": [
        "我做了两年{x}，每天都在重复，有点腻了，想转{y}，有可能吗",
        "本人{x}三年，最近想换方向去{y}，需要准备什么",
    ],
    "zh-Hant": ["我做{x}兩年了 每天都很無聊 想轉{y} 有機會嗎"],
    "en": [
        "I've been in {x} for two years and I'm bored. Thinking about moving to {y}. Any chance?",
        "been doing {x} since graduation, want to try {y} next, what should I prepare",
    ],
}
# Starts outside the knowledge base, said as people say them.
OUTSIDE = {
    "zh-Hans": ["卖保险的", "当老师的", "护士", "程序员", "做会计的"],
    "zh-Hant": ["賣保險的", "當老師的", "護理師", "工程師"],
    "en": ["teacher", "nurse", "accountant", "software engineer"],
}
MOVE_OUTSIDE = {
    "zh-Hans": ["{x}能转{y}吗", "我是{x}，想转{y}", "{x}能做{y}吗"],
    "zh-Hant": ["{x}可以轉{y}嗎", "我是{x} 想轉職做{y}"],
    "en": ["I'm a {x}, can I move into {y}?", "can a {x} switch to {y}"],
}
# Two jobs weighed by what the articles do not cover: the gap said, both jobs shown.
WEIGHED = {
    "pay": {
        "zh-Hans": ["{x}和{y}哪个工资高"],
        "zh-Hant": ["{x}跟{y}哪個薪水比較高"],
        "en": ["{x} or {y}, which pays more?"],
    },
    "better": {
        "zh-Hans": ["{x}和{y}哪个好"],
        "zh-Hant": ["{x}跟{y}哪個比較好"],
        "en": ["which is better, {x} or {y}?"],
    },
}
# Two jobs weighed by a quality, one against the other ("is PR more stressful than brand?",
# "公关比品牌累吗"): a comparison of both, saying the articles do not weigh them so.
WEIGHED_THAN = {
    "workload": {
        "zh-Hans": ["{x}比{y}累吗", "{x}比{y}轻松吗"],
        "zh-Hant": ["{x}比{y}辛苦嗎"],
        "en": ["is {x} more stressful than {y}?", "is {x} or {y} less stressful?"],
    },
    "better": {
        "zh-Hans": ["{x}比{y}难吗"],
        "zh-Hant": ["{x}比{y}容易嗎"],
        "en": ["is {x} harder than {y}?", "is {x} or {y} easier?"],
    },
}
# One job asked of what the articles do not cover: a city's market, the hours, employers.
UNCOVERED = {
    "market": {
        "zh-Hans": ["{x}在深圳好找工作吗"],
        "zh-Hant": ["{x}在台北好找工作嗎"],
        "en": ["is it easy to find {x} jobs in Shanghai"],
    },
    "workload": {
        "zh-Hans": ["{x}加班多吗"],
        "zh-Hant": ["{x}很常加班嗎"],
        "en": ["does {x} work long hours"],
    },
    "company": {
        "zh-Hans": ["做{x}去哪家公司好"],
        "zh-Hant": ["做{x}去哪間公司比較好"],
        "en": ["which companies are best for {x}"],
    },
}
# The last answer doubted: the same subject answered again.
DOUBTS = {
    "zh-Hans": ["你确定吗", "不对吧"],
    "zh-Hant": ["你確定？"],
    "en": ["are you sure?", "that's not what my boss says"],
}
# Asides before and after a plain question ("面试被问懵了，", "lol", ", asking for a friend").
ASIDES = {
    "zh-Hans": [
        "面试被问懵了，",
        "新人求助！",
        "救命 ",
        "有没有懂的大佬，",
        "七成职场人都分不清，",
        "哈哈哈 ",
    ],
    "zh-Hant": ["面試被問倒了QQ ", "求解 ", "新手發問 ", "XD "],
    "en": ["lol ", "noob question: ", "ok so ", "help!! ", "sorry if this is dumb, "],
}
TAILS = {
    "zh-Hans": ["", "？谢谢", "，在线等", "，求科普"],
    "zh-Hant": ["", "？感謝", " 拜託了"],
    "en": ["", "? thanks", " lol", ", asking for a friend"],
}
ASIDE_CORE = {
    "define": {
        "zh-Hans": ["{x}是做什么的"],
        "zh-Hant": ["{x}是在做什麼的"],
        "en": ["what does {x} do"],
    },
    "compare": {
        "zh-Hans": ["{x}和{y}有什么区别"],
        "zh-Hant": ["{x}跟{y}差在哪"],
        "en": ["what's the difference between {x} and {y}"],
    },
    "move": {
        "zh-Hans": ["{x}能转{y}吗"],
        "zh-Hant": ["{x}可以轉{y}嗎"],
        "en": ["can {x} move into {y}"],
    },
}
# Someone's own job told first, then another asked about: the one asked is the subject.
TOLD_THEN_ASKED = {
    "zh-Hans": [
        "我是做{z}的，想问一下{x}是做什么的",
        "我朋友在做{z}，她让我问问{x}是干嘛的",
        "公司最近在招{x}，我现在是{z}，{x}具体做什么",
    ],
    "zh-Hant": ["我是做{z}的 想問{x}是在做什麼", "我朋友在做{z} 叫我問{x}是做什麼的"],
    "en": [
        "I work in {z}. What does {x} do?",
        "my friend is in {z} and asked me what {x} does",
        "we're hiring a {x} and I'm in {z}, what does a {x} actually do",
    ],
}
# ... and an aspect of the other asked: that job's aspect, no comparison of the two.
TOLD_THEN_ASPECT = {
    "en": [
        ("I work in {z}. How is {x} measured?", "measured"),
        ("I'm in {z}, what skills does {x} need?", "skills"),
        ("my wife does {z}. how much does {x} pay?", "pay"),
        ("I'm a {z}. Which department is {x} part of?", "sits"),
        ("I do {z} at a startup. where does {x} lead career-wise?", "leads_to"),
        ("I work in {z}. is {x} a dying job?", "prospects"),
    ],
    "zh-Hans": [
        ("我是做{z}的，{x}的KPI是什么", "measured"),
        ("我在做{z}，想问{x}需要什么技能", "skills"),
        ("我老公做{z}的，{x}工资多少", "pay"),
        ("我做{z}三年了，{x}属于哪个部门", "sits"),
    ],
    "zh-Hant": [("我是做{z}的 {x}的KPI是什麼", "measured"), ("我在做{z} 想問{x}薪水多少", "pay")],
}
# What a job does and one more of its aspects, in one message: the job's card.
TWO_PARTS = {
    "zh-Hans": ["{x}是做什么的？KPI是什么", "{x}是干嘛的，工资高吗"],
    "zh-Hant": ["{x}是做什麼的？要怎麼入行"],
    "en": [
        "what does {x} do and how is it measured?",
        "what is {x}, and what skills does it need?",
    ],
}
# Hong Kong Cantonese: what it does, two weighed, a move (answered in Traditional script).
HONG_KONG = {
    "define": ["{x}係做咩㗎", "想問下{x}做啲咩"],
    "compare": ["{x}同{y}有咩分別"],
    "move": ["做{x}可唔可以轉{y}", "我而家做緊{x} 想轉去做{y} 得唔得"],
}
# Every kind of company and every idea, asked plainly.
ORGS = {
    "zh-Hans": ["{x}是怎么分部门的"],
    "en": ["how does a {x} organise its marketing"],
}
IDEAS = {
    "zh-Hans": ["{x}是什么意思"],
    "zh-Hant": ["{x}是什麼"],
    "en": ["what is {x}?"],
}
# After a move or a comparison: another goal, the other way round, a third side.
AFTER_TWO = {
    "zh-Hans": [
        ("{x}能转{y}吗", "那转{z}呢", "move x z"),
        ("{x}和{y}有什么区别", "那跟{z}比呢", "with z"),
        ("{x}能转{y}吗", "反过来呢", "move y x"),
    ],
    "zh-Hant": [("{x}可以轉{y}嗎", "那轉{z}呢", "move x z")],
    "en": [
        ("can {x} move into {y}", "what about into {z}?", "move x z"),
        ("{x} vs {y}", "and with {z}?", "with z"),
        ("can {x} move into {y}", "what about the other way round?", "move y x"),
    ],
}
# A start of another trade told by what the person does, then the goal.
OUTSIDE_TOLD = {
    "en": [
        "I teach high school English. Could I get into {x}?",
        "accountant here, 5 years. thinking about switching to {x}",
    ],
    "zh-Hans": ["我在医院当护士，想转{x}", "我在银行柜台上班，想去做{x}，从哪开始"],
    "zh-Hant": ["我在補習班教書 想轉{x}"],
}
# A first question, then a follow-up leaning on it: whose subject (x, y or both) and aspect.
FOLLOW_UPS = {
    "zh-Hans": [
        ("{x}是做什么的", "那{y}呢", "y", None),
        ("{x}是做什么的", "它的KPI是什么", "x", "measured"),
        ("{x}是做什么的", "怎么入行", "x", "get_in"),
        ("{x}是做什么的", "跟{y}有啥区别", "xy", None),
        ("{x}是做什么的", "那{y}的KPI呢", "y", "measured"),
        ("{x}是做什么的", "它属于哪个部门", "x", "sits"),
        ("{x}是做什么的", "{y}呢？", "y", None),
        ("{x}工资高吗", "那{y}呢", "y", "pay"),
        ("{x}是做什么的", "以后能往哪发展", "x", "leads_to"),
    ],
    "zh-Hant": [
        ("{x}是在做什麼的", "那{y}呢", "y", None),
        ("{x}是在做什麼的", "要怎麼入行", "x", "get_in"),
        ("{x}是在做什麼的", "跟{y}差在哪", "xy", None),
        ("{x}是在做什麼的", "那{y}咧", "y", None),
        ("{x}的KPI是什麼", "那{y}呢", "y", "measured"),
    ],
    "en": [
        ("what does {x} do", "and {y}?", "y", None),
        ("what does {x} do", "how do I get into it?", "x", "get_in"),
        ("what does {x} do", "and how is it measured?", "x", "measured"),
        ("what does {x} do", "compare it with {y}", "xy", None),
        ("what does {x} do", "how much does it pay", "x", "pay"),
        ("what does {x} do", "which department is it in?", "x", "sits"),
        ("how is {x} measured", "and {y}?", "y", "measured"),
        ("what does {x} do", "is it the same as {y}?", "xy", None),
    ],
}


@dataclass
class Tally:
    right: int = 0
    asked: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.asked if self.asked else 1.0


def same(a: str | None, b: str | None) -> bool:
    return a == b or any({a, b} <= pair for pair in _EITHER)


class Grid:
    """Questions from the templates, `per_template` names drawn for each (with a fixed seed:
    the same questions on every run)."""

    def __init__(self, engine, per_template: int = 12, seed: int = 36):
        self.engine = engine
        self.kb = engine.kb
        self.n = per_template
        self.rng = random.Random(seed)
        self.jobs = sorted(i for i, e in self.kb.entries.items() if e.is_job)
        self.terms = sorted(i for i, e in self.kb.entries.items() if e.kind == "term")
        self.tallies: dict[str, Tally] = {}

    def said(self, entry_id: str, lang: str) -> str:
        """The entry's name in `lang`, or one of its aliases in that language."""
        entry = self.kb.entries[entry_id]
        aliases = [
            a for a in entry.aliases.by_lang.get("en" if lang == "en" else "zh", ()) if len(a) >= 2
        ]
        if lang == "zh-Hant":
            aliases = [to_script(a, lang) for a in aliases]
        return self.rng.choice([self.kb.name(entry_id, lang), *aliases])

    def other_job(self, x: str) -> str:
        return self.rng.choice([j for j in self.jobs if not same(j, x)])

    def run(self) -> dict[str, Tally]:
        for family, check in self._families():
            tally = self.tallies.setdefault(family, Tally())
            for question, ok in check:
                tally.asked += 1
                if ok is True:
                    tally.right += 1
                else:
                    tally.wrong.append(f"{question} -> {ok}")
        return self.tallies

    def _families(self) -> Iterator[tuple[str, Iterator[tuple[str, object]]]]:
        yield "define", self._single(DEFINE, self.jobs, None)
        yield "term", self._single(TERM, self.terms, None)
        yield "term where it was met", self._single(TERM_MET, self.terms, None)
        for aspect, by_lang in ASPECTS.items():
            yield f"aspect {aspect}", self._single(by_lang, self.jobs, aspect)
        yield "compare", self._compare(COMPARE)
        yield "compare in mixed scripts", self._compare(COMPARE_MIXED)
        yield "move", self._move(MOVE)
        yield "move told", self._move(MOVE_TOLD)
        yield "move from outside", self._move_outside()
        yield "follow-up", self._follow_ups()
        yield "with asides", self._asides()
        yield "weighed by what is not covered", self._weighed(WEIGHED)
        yield "one weighed against the other", self._weighed(WEIGHED_THAN)
        yield "uncovered aspect", self._uncovered()
        yield "doubted", self._doubted()
        yield "Hong Kong", self._hong_kong()
        yield "kinds of company", self._every(ORGS, "org")
        yield "ideas", self._every(IDEAS, "concept")
        yield "after a move or a comparison", self._after_two()
        yield "start of another trade told", self._outside_told()
        yield "own job told, another asked", self._told_then_asked()
        yield "own job told, another's aspect asked", self._told_then_aspect()
        yield "two parts", self._single(TWO_PARTS, self.jobs, None)

    def _draw(self, by_lang: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
        for lang, templates in by_lang.items():
            for template in templates:
                for _ in range(self.n):
                    yield lang, template

    def _single(self, by_lang, pool: list[str], aspect: str | None):
        for lang, template in self._draw(by_lang):
            x = self.rng.choice(pool)
            said = self.said(x, lang)
            question = template.format(x=said)
            answer = self.engine.answer(question)
            ok = bool(answer.topics) and same(answer.topics[0], x)
            ok = ok and (aspect is None or answer.aspect == aspect)
            yield question, True if ok else _shown(answer)

    def _compare(self, by_lang):
        for lang, template in self._draw(by_lang):
            x = self.rng.choice(self.jobs)
            y = self.other_job(x)
            question = template.format(
                x=self.said(x, lang),
                y=self.said(y, lang),
                xe=self.said(x, "en"),
                ye=self.said(y, "en"),
            )
            answer = self.engine.answer(question)
            topics = answer.topics[:4]
            ok = (
                answer.kind in ("compare", "concept", "term")
                and any(same(t, x) for t in topics)
                and any(same(t, y) for t in topics)
            )
            yield question, True if ok else _shown(answer)

    def _move(self, by_lang):
        for lang, template in self._draw(by_lang):
            x = self.rng.choice(self.jobs)
            y = self.other_job(x)
            question = template.format(x=self.said(x, lang), y=self.said(y, lang))
            answer = self.engine.answer(question)
            ok = answer.kind == "transition" and same(answer.from_id, x) and same(answer.to_id, y)
            yield question, True if ok else _shown(answer)

    def _move_outside(self):
        for lang, template in self._draw(MOVE_OUTSIDE):
            start = self.rng.choice(OUTSIDE[lang])
            y = self.rng.choice(self.jobs)
            question = template.format(x=start, y=self.said(y, lang))
            answer = self.engine.answer(question)
            ok = answer.kind == "transition" and answer.from_id is None and same(answer.to_id, y)
            yield question, True if ok else _shown(answer)

    def _follow_ups(self):
        for lang, turns in FOLLOW_UPS.items():
            for first, second, subject, aspect in turns:
                for _ in range(self.n):
                    x = self.rng.choice(self.jobs)
                    y = self.other_job(x)
                    asked = first.format(x=self.said(x, lang))
                    then = second.format(y=self.said(y, lang))
                    before = self.engine.answer(asked)
                    answer = self.engine.answer(then, conversation=before.context)
                    topics = answer.topics[:4]
                    if subject == "xy":
                        ok = any(same(t, x) for t in topics) and any(same(t, y) for t in topics)
                    else:
                        want = x if subject == "x" else y
                        ok = (bool(topics) and same(topics[0], want)) or (
                            answer.kind == "transition" and same(answer.to_id, want)
                        )
                    ok = ok and (aspect is None or answer.aspect == aspect)
                    yield f"{asked} / {then}", True if ok else _shown(answer)

    def _asides(self):
        for family, by_lang in ASIDE_CORE.items():
            for lang, template in self._draw(by_lang):
                x = self.rng.choice(self.jobs)
                y = self.other_job(x)
                core = template.format(x=self.said(x, lang), y=self.said(y, lang))
                question = self.rng.choice(ASIDES[lang]) + core + self.rng.choice(TAILS[lang])
                answer = self.engine.answer(question)
                ok = _answered_as(family, answer, x, y)
                yield question, True if ok else _shown(answer)

    def _told_then_asked(self):
        for lang, template in self._draw(TOLD_THEN_ASKED):
            x = self.rng.choice(self.jobs)
            z = self.other_job(x)
            question = template.format(x=self.said(x, lang), z=self.said(z, lang))
            answer = self.engine.answer(question)
            ok = bool(answer.topics) and same(answer.topics[0], x)
            yield question, True if ok else _shown(answer)

    def _weighed(self, table: dict[str, dict[str, list[str]]]):
        for aspect, by_lang in table.items():
            for lang, template in self._draw(by_lang):
                x = self.rng.choice(self.jobs)
                y = self.other_job(x)
                question = template.format(x=self.said(x, lang), y=self.said(y, lang))
                answer = self.engine.answer(question)
                topics = answer.topics[:4]
                # (which is better is also read as which has the better future: BRIEF.md)
                asked = answer.aspect == aspect or {answer.aspect, aspect} == {
                    "better",
                    "prospects",
                }
                ok = any(same(t, x) for t in topics) and any(same(t, y) for t in topics)
                ok = ok and asked and answer.aspect in answer.gaps
                yield question, True if ok else _shown(answer)

    def _uncovered(self):
        for aspect, by_lang in UNCOVERED.items():
            for lang, template in self._draw(by_lang):
                x = self.rng.choice(self.jobs)
                question = template.format(x=self.said(x, lang))
                answer = self.engine.answer(question)
                ok = bool(answer.topics) and same(answer.topics[0], x)
                ok = ok and answer.aspect == aspect and aspect in answer.gaps
                yield question, True if ok else _shown(answer)

    def _doubted(self):
        first = {"en": "what does {x} do", "zh-Hans": "{x}是做什么的", "zh-Hant": "{x}是在做什麼的"}
        for lang, template in self._draw(DOUBTS):
            x = self.rng.choice(self.jobs)
            asked = first[lang].format(x=self.said(x, lang))
            before = self.engine.answer(asked)
            answer = self.engine.answer(template, conversation=before.context)
            ok = bool(answer.topics) and same(answer.topics[0], x)
            yield f"{asked} / {template}", True if ok else _shown(answer)

    def _told_then_aspect(self):
        for lang, turns in TOLD_THEN_ASPECT.items():
            for template, aspect in turns:
                for _ in range(self.n):
                    x = self.rng.choice(self.jobs)
                    z = self.other_job(x)
                    question = template.format(x=self.said(x, lang), z=self.said(z, lang))
                    answer = self.engine.answer(question)
                    ok = bool(answer.topics) and same(answer.topics[0], x)
                    ok = ok and answer.aspect == aspect
                    yield question, True if ok else _shown(answer)

    def _hong_kong(self):
        for family, templates in HONG_KONG.items():
            for lang, template in self._draw({"zh-Hant": templates}):
                x = self.rng.choice(self.jobs)
                y = self.other_job(x)
                question = template.format(x=self.said(x, lang), y=self.said(y, lang))
                answer = self.engine.answer(question)
                ok = _answered_as(family, answer, x, y) and answer.lang == "zh-Hant"
                yield question, True if ok else _shown(answer)

    def _every(self, by_lang, kind: str):
        """Each entry of a kind, once per template (there are few of them)."""
        ids = sorted(i for i, e in self.kb.entries.items() if e.kind == kind)
        for lang, templates in by_lang.items():
            for template in templates:
                for x in ids:
                    question = template.format(x=self.said(x, lang))
                    answer = self.engine.answer(question)
                    ok = bool(answer.topics) and answer.topics[0] == x
                    yield question, True if ok else _shown(answer)

    def _after_two(self):
        for lang, turns in AFTER_TWO.items():
            for first, second, want in turns:
                for _ in range(self.n):
                    x = self.rng.choice(self.jobs)
                    y = self.other_job(x)
                    z = self.rng.choice([j for j in self.jobs if not (same(j, x) or same(j, y))])
                    asked = first.format(x=self.said(x, lang), y=self.said(y, lang))
                    then = second.format(z=self.said(z, lang))
                    before = self.engine.answer(asked)
                    answer = self.engine.answer(then, conversation=before.context)
                    topics = answer.topics[:4]
                    if want == "move x z":
                        ok = answer.kind == "transition" and same(answer.from_id, x)
                        ok = ok and same(answer.to_id, z)
                    elif want == "move y x":
                        ok = answer.kind == "transition" and same(answer.from_id, y)
                        ok = ok and same(answer.to_id, x)
                    else:
                        ok = any(same(t, z) for t in topics) and any(
                            same(t, x) or same(t, y) for t in topics
                        )
                    yield f"{asked} / {then}", True if ok else _shown(answer)

    def _outside_told(self):
        for lang, template in self._draw(OUTSIDE_TOLD):
            x = self.rng.choice(self.jobs)
            question = template.format(x=self.said(x, lang))
            answer = self.engine.answer(question)
            moved = answer.kind == "transition" and answer.from_id is None
            moved = moved and same(answer.to_id, x)
            # (or the way into the goal: no start of ours is named)
            way_in = answer.kind == "role" and answer.aspect == "get_in"
            way_in = way_in and bool(answer.topics) and same(answer.topics[0], x)
            yield question, True if moved or way_in else _shown(answer)


def _answered_as(family: str, answer, x: str, y: str) -> bool:
    """Right for a family of the core forms: what x is ("define"), x and y weighed
    ("compare"), or the move from x to y."""
    topics = answer.topics[:4]
    if family == "define":
        return bool(topics) and same(topics[0], x)
    if family == "compare":
        return any(same(t, x) for t in topics) and any(same(t, y) for t in topics)
    return answer.kind == "transition" and same(answer.from_id, x) and same(answer.to_id, y)


def _shown(answer) -> str:
    return (
        f"{answer.kind} {list(answer.topics[:3])} aspect={answer.aspect} "
        f"from={answer.from_id} to={answer.to_id}"
    )
