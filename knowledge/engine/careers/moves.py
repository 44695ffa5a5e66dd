"""Career moves between any two jobs, computed from the skill vocabulary.

Pure: no Telegram, no YAML; it works on a `SkillBook` (knowledge/skills.py), read from the
built database or made by hand in tests.

How far a move X -> Y is (`overlap`) is the weighted share of Y's skills that X already has:

    weight of a skill of Y:  core 1.0, useful 0.25   (useful skills count, lightly)
    credit X gets for it:    1.0 if it is core for X, 0.5 if only useful for X, else 0

    overlap = sum(weight * credit) / sum(weight)

So the figure is mostly "the share of Y's core skills X already has", and it is asymmetric: a
specialist moving to a broad job lacks more than a generalist moving to a specialism.

API (all ids are department/role ids; `book` is a SkillBook):
    move(book, x, y) -> Move        overlap, words, carries over, missing, bridge, first step,
                                    and the articles' own advice where they describe the move
    path(book, x, y) -> Route       the easiest route of at most MAX_STEPS moves
    next_jobs(book, x) -> [Option]  the NEXT_COUNT closest jobs to move into
    render_move / render_route / render_next(..., lang) -> str   plain text for terminal/tests
Everything except `curated` in a Move is derived from the knowledge base; `curated` holds the
articles' own words on the move (a transition entry), to be shown as coming from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from ...text.langs import Lang, is_zh, to_script
from .skills import CuratedMove, Job, Skill, SkillBook, Source

CORE_WEIGHT, USEFUL_WEIGHT = 1.0, 0.25
CREDIT_CORE, CREDIT_USEFUL = 1.0, 0.5
# Words for a figure: at least CLOSE is close, at least STRETCH a stretch, else a long way.
CLOSE, STRETCH = 0.6, 0.35
MAX_STEPS = 3
NEXT_COUNT = 3
# A curated move counts this much easier when planning a route: the articles say people make
# it, and say how.
CURATED_BONUS = 0.15
# A bridge must make the harder of its two legs at least this much easier than the direct move.
BRIDGE_GAIN = 0.1
# Each extra step must make the hardest step this much easier to be worth taking.
STEP_PENALTY = 0.1

LABELS = {
    "close": {"en": "close", "zh": "很接近"},
    "stretch": {"en": "a stretch", "zh": "需要跨一步"},
    "far": {"en": "a long way", "zh": "距离较远"},
    "same": {"en": "the same job", "zh": "同一个岗位"},
}


def label(figure: float) -> str:
    """'close', 'stretch' or 'far' for an overlap figure (0..1)."""
    if figure >= CLOSE:
        return "close"
    if figure >= STRETCH:
        return "stretch"
    return "far"


@dataclass(frozen=True)
class SkillNote:
    """A skill in a move, with whether the target job counts it core, and how it is built."""

    skill: Skill
    core: bool


@dataclass(frozen=True)
class Bridge:
    job: Job
    into: float  # overlap X -> bridge
    out: float  # overlap bridge -> Y


@dataclass(frozen=True)
class Move:
    src: Job
    dst: Job
    overlap: float  # 0..1, derived
    label: str  # close / stretch / far / same
    carries_over: tuple[SkillNote, ...]  # Y's skills X has, core first
    missing: tuple[SkillNote, ...]  # Y's skills X lacks, core first
    bridge: Bridge | None  # a job close to both, when the direct move is not close
    first_step: dict[str, str]  # {"en", "zh"}: derived from the first missing core skill
    curated: tuple[CuratedMove, ...]  # the articles' own advice on exactly this move

    @property
    def percent(self) -> int:
        return round(self.overlap * 100)


@dataclass(frozen=True)
class Leg:
    src: Job
    dst: Job
    overlap: float
    curated: bool


@dataclass(frozen=True)
class Route:
    src: Job
    dst: Job
    legs: tuple[Leg, ...]  # empty when src == dst

    @property
    def jobs(self) -> tuple[Job, ...]:
        return (self.src, *(leg.dst for leg in self.legs)) if self.legs else (self.src,)

    @property
    def hardest(self) -> float:
        return min((leg.overlap for leg in self.legs), default=1.0)


@dataclass(frozen=True)
class Option:
    job: Job
    overlap: float
    label: str


# -- the figure -------------------------------------------------------------------------------


def _credit(src: Job, skill: str) -> float:
    if skill in src.core:
        return CREDIT_CORE
    if skill in src.useful:
        return CREDIT_USEFUL
    return 0.0


def overlap(book: SkillBook, src_id: str, dst_id: str) -> float:
    """How much of the target job's skill set the source job already brings (0..1)."""
    src, dst = book.job(src_id), book.job(dst_id)
    if src.id == dst.id:
        return 1.0
    weights = [(s, CORE_WEIGHT) for s in dst.core] + [(s, USEFUL_WEIGHT) for s in dst.useful]
    total = sum(w for _, w in weights)
    if not total:
        return 0.0
    return sum(w * _credit(src, s) for s, w in weights) / total


def overlaps_from(book: SkillBook, src_id: str) -> dict[str, float]:
    """overlap(src, job) for every job it is not 0 for, through the skill postings.

    Weights and credits are multiples of 1/8, so the sums are exact in any order: the same
    figures as `overlap`, without visiting jobs that share nothing."""
    src, post = book.job(src_id), book.postings
    if (known := post.from_cache.get(src.id)) is not None:
        return known
    sums: dict[str, float] = {}
    for s in dict.fromkeys(src.skills):
        credit = _credit(src, s)
        for job_id, weight in post.weighted.get(s, ()):
            sums[job_id] = sums.get(job_id, 0.0) + weight * credit
    found = post.from_cache[src.id] = {j: v / post.totals[j] for j, v in sums.items()}
    return found


def overlaps_into(book: SkillBook, dst_id: str) -> dict[str, float]:
    """overlap(job, dst) for every job it is not 0 for (exact, as in `overlaps_from`)."""
    dst, post = book.job(dst_id), book.postings
    total = post.totals[dst.id]
    if not total:
        return {}
    if (known := post.into_cache.get(dst.id)) is not None:
        return known
    sums: dict[str, float] = {}
    weights = [(s, CORE_WEIGHT) for s in dst.core] + [(s, USEFUL_WEIGHT) for s in dst.useful]
    for s, weight in weights:
        for job_id, credit in post.credited.get(s, ()):
            sums[job_id] = sums.get(job_id, 0.0) + weight * credit
    found = post.into_cache[dst.id] = {j: v / total for j, v in sums.items()}
    return found


# -- one move ---------------------------------------------------------------------------------


def move(book: SkillBook, src_id: str, dst_id: str) -> Move:
    """Everything about moving from one job to another (any two jobs, same one included)."""
    src, dst = book.job(src_id), book.job(dst_id)
    figure = overlap(book, src.id, dst.id)
    notes = [SkillNote(book.skills[s], True) for s in dst.core] + [
        SkillNote(book.skills[s], False) for s in dst.useful
    ]
    have = tuple(n for n in notes if n.skill.id in src.skills)
    lack = tuple(n for n in notes if n.skill.id not in src.skills)
    tag = "same" if src.id == dst.id else label(figure)
    bridge = _bridge(book, src, dst, figure) if tag in ("stretch", "far") else None
    return Move(
        src,
        dst,
        figure,
        tag,
        have,
        lack,
        bridge,
        _first_step(src, dst, lack, bridge),
        book.curated_moves(src.id, dst.id),
    )


def _bridge(book: SkillBook, src: Job, dst: Job, direct: float) -> Bridge | None:
    """The job whose weaker leg is strongest, if both legs clearly beat the direct move.

    Only jobs sharing a skill with both ends can beat it (a leg with nothing in common is 0),
    so only those are looked at, in the book's order (the first of equals wins)."""
    into, out = overlaps_from(book, src.id), overlaps_into(book, dst.id)
    bar = direct + BRIDGE_GAIN
    ends = (src.id, dst.id)
    able = [j for j, v in into.items() if v >= bar and out.get(j, 0.0) >= bar and j not in ends]
    best: Bridge | None = None
    for job_id in sorted(able, key=book.postings.position.__getitem__):
        job, leg_in, leg_out = book.jobs[job_id], into[job_id], out[job_id]
        if best is None or (min(leg_in, leg_out), leg_in + leg_out) > (
            min(best.into, best.out),
            best.into + best.out,
        ):
            best = Bridge(job, leg_in, leg_out)
    return best


def _first_step(
    src: Job, dst: Job, lack: tuple[SkillNote, ...], bridge: Bridge | None
) -> dict[str, str]:
    core_gaps = [n.skill for n in lack if n.core]
    dst_en, dst_zh = dst.name["en"], dst.name["zh"]
    if src.id == dst.id:
        return {"en": "You are already there.", "zh": "你已经在这个岗位上了。"}
    if not core_gaps:
        return {
            "en": f"You already have the core skills of {dst_en}: take on one of its tasks in "
            "your current team, then apply with that result.",
            "zh": f"{dst_zh}的核心能力你都具备：先在现在的团队里接一项它的工作，再带着成果去申请。",
        }
    skill = core_gaps[0]
    step = {
        "en": f"Start with {skill.name['en'].lower()}: {skill.note['en']}",
        "zh": f"先补{skill.name['zh']}：{skill.note['zh']}",
    }
    en_task, zh_task = _task_for(dst, skill)
    if en_task and zh_task:
        step["en"] += f" Then volunteer for one of its tasks, such as {en_task}."
        step["zh"] += f"然后主动接一项它的工作，比如{zh_task}。"
    if bridge is not None:
        step["en"] += (
            f" A job in {bridge.job.name['en']} on the way builds much of what is missing."
        )
        step["zh"] += f"中途先做{bridge.job.name['zh']}，能补上不少缺口。"
    return step


def _task_for(job: Job, skill: Skill) -> tuple[str, str]:
    """The job's task phrase closest to a skill (by shared words), in both languages.

    Tasks are curated in matching positions in en and zh only loosely, so each language picks
    its own; the first task is the fallback.
    """

    def pick(tasks: tuple[str, ...], name: str, zh: bool) -> str:
        if not tasks:
            return ""
        if zh:
            keys = {name[i : i + 2] for i in range(len(name) - 1)}
            return max(tasks, key=lambda t: sum(k in t for k in keys))
        keys = {w[:5] for w in name.lower().split() if len(w) > 3}
        return max(tasks, key=lambda t: sum(w[:5] in keys for w in t.lower().split()))

    return (
        pick(job.tasks.get("en") or (), skill.name["en"], False),
        pick(job.tasks.get("zh") or (), skill.name["zh"], True),
    )


# -- routes and next jobs ---------------------------------------------------------------------


def _leg(book: SkillBook, a: str, b: str) -> Leg:
    return Leg(book.job(a), book.job(b), overlap(book, a, b), bool(book.curated_moves(a, b)))


def _ease(leg: Leg) -> float:
    return min(1.0, leg.overlap + CURATED_BONUS) if leg.curated else leg.overlap


def path(book: SkillBook, src_id: str, dst_id: str, max_steps: int = MAX_STEPS) -> Route:
    """The easiest sequence of at most `max_steps` moves from one job to another.

    Easiest means the hardest step is as easy as possible (curated moves count as at least
    CURATED_BONUS easier), each extra step costing STEP_PENALTY; ties go to fewer steps, then to the
    easier route overall. Always returns a route: the direct move is one.
    """
    src, dst = book.job(src_id), book.job(dst_id)
    if src.id == dst.id:
        return Route(src, dst, ())
    others = [j for j in sorted(book.jobs) if j not in (src.id, dst.id)]
    legs_cache: dict[tuple[str, str], Leg] = {}

    def leg(a: str, b: str) -> Leg:
        if (a, b) not in legs_cache:
            legs_cache[(a, b)] = _leg(book, a, b)
        return legs_cache[(a, b)]

    best: tuple[tuple[float, int, float], tuple[Leg, ...]] | None = None
    for middle_count in range(max_steps):
        firsts = lasts = None
        if best is not None and middle_count:
            # A longer route wins only if its hardest step beats the best so far, so its first
            # and last steps must: the jobs that cannot begin or end one are never combined
            # (the same answer, found without trying every pair of jobs).
            bar, cost = best[0][0], STEP_PENALTY * middle_count  # as the key is worked out
            firsts = {j for j in others if _ease(leg(src.id, j)) - cost > bar}
            lasts = {j for j in others if _ease(leg(j, dst.id)) - cost > bar}
        for middle in _middles(others, middle_count, firsts, lasts):
            stops = (src.id, *middle, dst.id)
            legs = tuple(leg(a, b) for a, b in zip(stops, stops[1:], strict=False))
            eases = [_ease(x) for x in legs]
            key = (min(eases) - STEP_PENALTY * middle_count, -len(legs), sum(eases) / len(eases))
            if best is None or key > best[0]:
                best = (key, legs)
    assert best is not None
    return Route(src, dst, best[1])


def _middles(others: list[str], count: int, firsts: set[str] | None, lasts: set[str] | None):
    """The stops between start and goal, in the order permutations() gives them, only those
    whose first can begin and whose last can end a winning route."""
    if firsts is None or lasts is None:
        yield from permutations(others, count)
        return
    if count == 1:
        yield from ((j,) for j in others if j in firsts and j in lasts)
        return
    if count == 2:
        for a in others:
            if a in firsts:
                yield from ((a, b) for b in others if b != a and b in lasts)
        return
    for middle in permutations(others, count):
        if middle[0] in firsts and middle[-1] in lasts:
            yield middle


def next_jobs(book: SkillBook, src_id: str, count: int = NEXT_COUNT) -> list[Option]:
    """The `count` jobs closest to move into from this one, closest first (jobs sharing no
    skill, at 0, by id after them)."""
    src = book.job(src_id)
    near = sorted(
        ((job_id, v) for job_id, v in overlaps_from(book, src.id).items() if job_id != src.id),
        key=lambda jv: (-jv[1], jv[0]),
    )[:count]
    if len(near) < count:
        seen = {j for j, _ in near} | {src.id}
        rest = (j for j in book.postings.by_id if j not in seen)
        near += [(j, 0.0) for j, _ in zip(rest, range(count - len(near)), strict=False)]
    return [Option(book.jobs[j], v, label(v)) for j, v in near]


# -- plain text (terminal chat, tests); the bot renders the objects itself ---------------------


def _pick(value: dict[str, str], lang: Lang) -> str:
    return to_script(value.get("zh" if is_zh(lang) else "en", ""), lang)


def _sources(sources: tuple[Source, ...]) -> str:
    return "; ".join(f"{s.file} · {s.section}" for s in sources)


def render_move(m: Move, lang: Lang = "en") -> str:
    zh = is_zh(lang)
    lines = [
        f"{_pick(m.src.name, lang)} → {_pick(m.dst.name, lang)}: {m.percent}% "
        f"({_pick(LABELS[m.label], lang)})"
    ]
    lines.append(
        to_script("（根据知识库的技能表推算）", lang)
        if zh
        else "(derived from the skill vocabulary)"
    )
    if m.carries_over:
        head = to_script("能带过去：", lang) if zh else "Carries over: "
        lines.append(
            head + ("、" if zh else ", ").join(_pick(n.skill.name, lang) for n in m.carries_over)
        )
    for n in m.missing:
        tag = (
            (to_script("核心", lang) if zh else "core")
            if n.core
            else (to_script("加分", lang) if zh else "useful")
        )
        lines.append(f"- {_pick(n.skill.name, lang)} [{tag}]: {_pick(n.skill.note, lang)}")
    if m.bridge:
        b = m.bridge
        head = to_script("过渡岗位：", lang) if zh else "Bridge job: "
        lines.append(
            f"{head}{_pick(b.job.name, lang)} ({round(b.into * 100)}% → {round(b.out * 100)}%)"
        )
    lines.append(
        (to_script("第一步：", lang) if zh else "First step: ") + _pick(m.first_step, lang)
    )
    for c in m.curated:
        head = to_script("文章自己的说法：", lang) if zh else "What the articles say: "
        lines.append(head + _pick(c.summary, lang))
        lines += [f"  · {to_script(s, lang)}" for s in c.steps.get("zh" if zh else "en", ())]
        lines.append(f"  ({_sources(c.sources)})")
    return "\n".join(lines)


def render_route(r: Route, lang: Lang = "en") -> str:
    if not r.legs:
        return _pick(r.src.name, lang) + " = " + _pick(LABELS["same"], lang)
    parts = [_pick(r.src.name, lang)]
    for leg in r.legs:
        mark = "*" if leg.curated else ""
        parts.append(f"--{round(leg.overlap * 100)}%{mark}--> {_pick(leg.dst.name, lang)}")
    return " ".join(parts)


def render_next(options: list[Option], lang: Lang = "en") -> str:
    return "\n".join(
        f"{_pick(o.job.name, lang)}: {round(o.overlap * 100)}% ({_pick(LABELS[o.label], lang)})"
        for o in options
    )
