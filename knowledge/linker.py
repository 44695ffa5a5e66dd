"""Finding the entries a question names: exact aliases, then typos, then task phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .kb import KnowledgeBase
from .langs import fold

_LATIN = re.compile(r"[a-z0-9]")
_NON_WORD = re.compile(r"[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff+]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"[a-z0-9+]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")

# Words that carry the question's shape, not its topic: they never count as unexplained.
EN_STOP = set(
    """a an the of to in on at for from by with and or but is are was were be been being am do does
    did doing done what whats what's which who whom whose where when why how i me my we our you your
    they their he she it its this that these those there here can could should would will shall may
    might must have has had having get gets got about into onto than then so like just really even
    all any some more most much many very also too not no yes ok okay please thanks thank hi hello hey
    mean means meaning meant definition define explain tell know understand stand stands term word
    abbreviation acronym job jobs role roles position positions department departments dept depts team
    teams work works working worker career careers company companies people person ppl guy guys day
    daily all do role's vs versus difference differences different differ between compare comparison
    same similar move moving switch switching transition change changing become becoming go going
    jump pivot from handle handles handled handling responsible charge own owns does usually typically
    normally actually kind sort type types thing things stuff someone somebody anyone one ones
    whole entire basically exactly need needs want wants wanna gonna im i'm i've ive is it's u ur
    lol pls plz vs. do? job? field industry area side part called call named name good better best
    learn learning skill skills start starting new entry level junior senior""".split()
)

ZH_STOP = [
    "是什么意思", "什么意思", "是什么", "做什么", "干什么", "干嘛", "什么", "怎么样", "怎么", "如何",
    "为什么", "哪个", "哪些", "哪里", "哪", "谁", "吗", "呢", "吧", "啊", "呀", "的", "了", "是",
    "有", "和", "跟", "与", "及", "或", "还是", "在", "做", "干", "从", "到", "去", "转", "可以",
    "能", "能不能", "可不可以", "会", "要", "想", "我", "你", "他", "她", "们", "这", "那", "个",
    "部门", "岗位", "职位", "工作", "负责", "主要", "具体", "平时", "每天", "日常", "区别", "不同",
    "差别", "差异", "差在", "比较", "对比", "意思", "解释", "一下", "介绍", "请问", "请", "下",
    "都", "就", "也", "又", "很", "到底", "究竟", "一般", "通常", "公司", "企业", "行业", "职业",
    "工作内容", "职责", "内容", "人", "事", "东西", "岗", "部", "团队", "转行", "跳槽", "转岗",
    "关系", "分工", "由", "来", "管", "归", "属于", "叫", "称", "为", "把", "让", "被", "给",
    "对", "上", "中", "里", "吗?", "么", "啥", "咋", "嘛", "该", "应该", "需要", "学", "学习",
    "技能", "能力", "发展", "前景", "入门", "新手", "小白", "工资", "多少",
]


@dataclass
class Mention:
    entry_id: str
    start: int
    end: int
    score: float  # 1.0 exact name or alias; lower for typos and task phrases
    via: str  # "alias", "fuzzy" or "task"
    text: str = ""  # the alias or task phrase matched, as curated

    @property
    def length(self) -> int:
        return self.end - self.start


def match_form(text: str) -> str:
    """Folded text with punctuation turned into single spaces, the same for aliases and questions."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class Linker:
    """Built once per knowledge base; answers `link(question)` in well under a millisecond."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.exact: dict[str, list[tuple[str, str, str]]] = {}
        self.compact: dict[str, list[tuple[str, str, str]]] = {}
        self.task_words: list[tuple[str, frozenset[str], str]] = []
        self.task_bigrams: list[tuple[str, frozenset[str], str]] = []
        for row in kb.aliases:
            key = match_form(row.key)
            if not key:
                continue
            self.exact.setdefault(key, []).append((row.entry_id, row.via, row.text))
            if " " in key and _LATIN.search(key) and len(key.replace(" ", "")) >= 7:
                self.compact.setdefault(key.replace(" ", ""), []).append(
                    (row.entry_id, row.via, row.text))
            if row.via == "task":
                if _CJK.search(key):
                    grams = frozenset(_bigrams(key))
                    if len(grams) >= 2:
                        self.task_bigrams.append((row.entry_id, grams, row.text))
                else:
                    words = frozenset(stem(w) for w in _WORD.findall(key) if w not in EN_STOP)
                    if words:
                        self.task_words.append((row.entry_id, words, row.text))
        # Longest first, so "content operations" wins over "operations".
        self.keys = sorted(self.exact, key=len, reverse=True)
        self.latin_keys = [k for k in self.keys if not _CJK.search(k) and len(k) >= 4]
        self.cjk_keys = [k for k in self.keys if _CJK.search(k) and len(k) >= 3]

    def link(self, question: str) -> tuple[list[Mention], float]:
        """Mentions in the question, and the share of its content the mentions explain."""
        q = match_form(question)
        if not q:
            return [], 0.0
        taken = [False] * len(q)
        mentions: list[Mention] = []
        for key in self.keys:
            if len(key) > len(q):
                continue
            for start in _find_all(q, key):
                end = start + len(key)
                latin = bool(_LATIN.match(key[0])) or bool(_LATIN.match(key[-1]))
                if latin:
                    if start > 0 and _LATIN.match(q[start - 1]):
                        continue
                    end = _plural_end(q, end)
                    if end < len(q) and _LATIN.match(q[end]):
                        continue
                if any(taken[start:end]):
                    continue
                for eid, via, orig in self.exact[key]:
                    score = 1.0 if via == "alias" else 0.9
                    mentions.append(Mention(eid, start, end, score, via, orig))
                for i in range(start, end):
                    taken[i] = True
        for key, owners in self.compact.items():
            start = q.find(key)
            if start >= 0 and not any(taken[start : start + len(key)]):
                for eid, via, orig in owners:
                    mentions.append(Mention(eid, start, start + len(key), 0.95, via, orig))
                for i in range(start, start + len(key)):
                    taken[i] = True
        mentions += self._fuzzy_latin(q, taken)
        mentions += self._fuzzy_cjk(q, taken)
        mentions += self._tasks(q, taken)
        mentions.sort(key=lambda m: (m.start, -m.length))
        return mentions, _coverage(q, taken)

    def _fuzzy_latin(self, q: str, taken: list[bool]) -> list[Mention]:
        words = [(m.start(), m.end()) for m in _WORD.finditer(q)]
        grams: list[tuple[str, int, int]] = []
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                start, end = words[i][0], words[i + n - 1][1]
                text = q[start:end]
                if any(taken[start:end]) or len(text) < 4:
                    continue
                if n == 1 and text in EN_STOP:
                    continue
                if all(q[s:e] in EN_STOP for s, e in words[i : i + n]):
                    continue
                grams.append((text, start, end))
        if not grams or not self.latin_keys:
            return []
        found: list[Mention] = []
        for text, start, end in grams:
            hit = process.extractOne(text, self.latin_keys, scorer=fuzz.ratio, score_cutoff=80)
            if not hit:
                continue
            key, score, _ = hit
            needed = 88 if len(key) <= 6 else 84
            if score < needed or any(taken[start:end]):
                continue
            if text[0] != key[0] and text[-1] != key[-1]:
                continue  # a real typo keeps the word's start or end; this is another word
            for eid, via, orig in self.exact[key]:
                kind = "task" if via == "task" else "fuzzy"
                found.append(Mention(eid, start, end, 0.9 * score / 100, kind, orig))
            for i in range(start, end):
                taken[i] = True
        return found

    def _fuzzy_cjk(self, q: str, taken: list[bool]) -> list[Mention]:
        found: list[Mention] = []
        for run in _CJK_RUN.finditer(q):
            start, end = run.span()
            if sum(taken[start:end]) >= (end - start) - 1 or end - start < 3:
                continue
            text = run.group()
            hit = process.extractOne(
                text, self.cjk_keys, scorer=fuzz.partial_ratio, score_cutoff=80
            )
            if not hit:
                continue
            key, score, _ = hit
            if len(key) < 4:
                continue  # three characters with one wrong is too often another word
            align = fuzz.partial_ratio_alignment(key, text)
            s, e = start + align.dest_start, start + align.dest_end
            if any(taken[s:e]):
                continue
            for eid, via, orig in self.exact[key]:
                kind = "task" if via == "task" else "fuzzy"
                found.append(Mention(eid, s, e, 0.85 * score / 100, kind, orig))
            for i in range(s, e):
                taken[i] = True
        return found

    def _tasks(self, q: str, taken: list[bool]) -> list[Mention]:
        """Task phrases said in other words: most of their content words or character pairs."""
        found: dict[str, Mention] = {}
        words = {stem(w): m.span() for m in _WORD.finditer(q) if (w := m.group()) not in EN_STOP}
        for eid, task, orig in self.task_words:
            hits = [words[w] for w in task if w in words]
            if len(task) >= 2 and len(hits) >= 2 and len(hits) / len(task) >= 0.6:
                score = 0.6 + 0.25 * len(hits) / len(task)
                start, end = min(h[0] for h in hits), max(h[1] for h in hits)
                if eid not in found or found[eid].score < score:
                    found[eid] = Mention(eid, start, end, score, "task", orig)
        grams = {}
        for run in _CJK_RUN.finditer(q):
            for i in range(run.start(), run.end() - 1):
                grams.setdefault(q[i : i + 2], i)
        for eid, task, orig in self.task_bigrams:
            hits = [grams[g] for g in task if g in grams]
            if len(hits) >= 2 and len(hits) / len(task) >= 0.6:
                score = 0.6 + 0.25 * len(hits) / len(task)
                start, end = min(hits), max(hits) + 2
                if eid not in found or found[eid].score < score:
                    found[eid] = Mention(eid, start, end, score, "task", orig)
        out = []
        for m in found.values():
            if not all(taken[m.start : m.end]):
                out.append(m)
                for i in range(m.start, m.end):
                    taken[i] = True
        return out


def _bigrams(text: str) -> list[str]:
    out = []
    for run in _CJK_RUN.findall(text):
        out += [run[i : i + 2] for i in range(len(run) - 1)]
    return out


def _find_all(text: str, key: str):
    start = text.find(key)
    while start >= 0:
        yield start
        start = text.find(key, start + 1)


def _plural_end(q: str, end: int) -> int:
    if q[end : end + 2] == "es" and (end + 2 == len(q) or not _LATIN.match(q[end + 2])):
        return end + 2
    if q[end : end + 1] == "s" and (end + 1 == len(q) or not _LATIN.match(q[end + 1])):
        return end + 1
    return end


def _coverage(q: str, taken: list[bool]) -> float:
    """Share of the question's content (English words, Chinese characters) that was matched."""
    rest = "".join(" " if t else ch for ch, t in zip(q, taken, strict=True))
    total = sum(taken)
    unexplained = 0
    for word in _WORD.findall(rest):
        if word not in EN_STOP and not word.isdigit():
            unexplained += len(word)
    for run in _CJK_RUN.findall(rest):
        for stop in sorted(ZH_STOP, key=len, reverse=True):
            run = run.replace(stop, "")
        unexplained += len(run) * 2  # a Chinese character carries about as much as two letters
    if total == 0:
        return 0.0
    return total / (total + unexplained)
