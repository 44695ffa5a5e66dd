"""Learn what kind of question a message is (a move, a comparison, a self-description asking
what fits, a job ad...) from the labelled question sets in tests/eval/, and keep the weights
in knowledge/data/question_kinds.tsv.

Why: the engine's wording patterns are precise when they fire but miss new wordings; on
question sets written after them, the kind was wrong in about one answer in eleven. A linear
model over character runs and words, learnt from the ~20,000 labelled questions, tells the
kind right about 97 times in 100 on sets it never saw, and is consulted as a second opinion
(knowledge/engine/understand/kinds.py). The weights are a file in the repository, learnt by
`careerbot kb learn` and checked against the sets by the tests, so that building the database
and starting the bot need neither the question sets nor the learning.

Learner: an averaged perceptron (Collins 2002), a few passes in a fixed order; weights are
whole numbers during learning, so the result is the same on every machine."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..text.grams import shape_features, spelt_features
from .fresh import aspects_file, jobs_file, kinds_file, topics_file

LABELLED = Path(__file__).parents[2] / "tests" / "eval"
WEIGHTS = kinds_file()
JOB_WEIGHTS = jobs_file()
ASPECT_WEIGHTS = aspects_file()
TOPIC_WEIGHTS = topics_file()
# What the jobs of job ads are learnt from: the shape and the spelling of longer words (the
# engine reads job ads so too: `KnowledgeBase.job_weights`).
JOB_FEATURES = spelt_features
# The kinds of question that ask an aspect of a job or two (what it pays, how to get in).
_ASPECT_ASKED = ("role", "compare")
# The kinds of question whose job is told by what the work is: a job ad, who does a task.
_WORK_TOLD = ("jd", "who")
PASSES = 6
SCALE = 100  # weights are kept as whole hundredths
# A feature whose every weight rounds below this says too little to keep (a smaller file).
KEEP_FROM = 5
MIN_QUESTIONS = 5


def labelled_questions(directory: Path = LABELLED) -> Iterator[tuple[str, str]]:
    """(question, kind) from every set but a blind one."""
    for path in learnt_sets(directory):
        yield from labelled_in(path)


def learnt_sets(directory: Path = LABELLED) -> list[Path]:
    """Every set but those still blind or not learnt yet: a set written to be measured once,
    unseen, starts with the line "# blind" until it has been measured (learning from it would
    be tuning on it); a measured set whose learning is left to a later session (relearning moves
    answers the tests hold, each mended without the weights) starts with "# not learnt yet"."""
    return [p for p in sorted(directory.glob("*.yaml")) if not _kept_out(p)]


def _kept_out(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return f.readline().startswith(("# blind", "# not learnt yet"))


def labelled_in(path: Path) -> Iterator[tuple[str, str]]:
    """A conversation's later turns lean on the earlier ones: only its first stands alone."""
    for item in _standing_alone(path):
        yield str(item["q"]), str(item["kind"])


def labelled_jobs(directory: Path = LABELLED) -> Iterator[tuple[str, str]]:
    """(question, job) of every job ad and who-question labelled with the job it names."""
    for path in learnt_sets(directory):
        yield from labelled_jobs_in(path)


def labelled_jobs_in(path: Path) -> Iterator[tuple[str, str]]:
    """Job ads and who-questions by their job; and self-descriptions that one job fits: what
    people say they do and like is told in the words of the work, as ads are (fresh14-18 and
    dev31 each left out: where the learnt job leads by 500, right 106 times in 109 learnt with
    them, 86 in 93 learnt from ads and who-questions alone)."""
    for item in _standing_alone(path):
        if item["kind"] in _WORK_TOLD and item.get("topics"):
            yield str(item["q"]), str(item["topics"][0])
    yield from labelled_fits_in(path)


def labelled_aspects(directory: Path = LABELLED) -> Iterator[tuple[str, str]]:
    """(question, aspect) of every question about a job or two, "does" when none is named."""
    for path in learnt_sets(directory):
        yield from labelled_aspects_in(path)


def labelled_aspects_in(path: Path) -> Iterator[tuple[str, str]]:
    """Follow-ups too: "and what would it pay?" tells its aspect in its own words, though not
    its subject. Not a doubt ("你确定？"), which is labelled with the aspect it doubts, nor a
    message asking what a job does and one more thing, labelled with neither."""
    for item in _all_turns(path):
        if item["kind"] not in _ASPECT_ASKED or "argue" in (item.get("tags") or ()):
            continue
        aspect = item.get("aspect")
        if aspect is None and "gap" in item:
            continue  # (an uncovered aspect told, not labelled: "what is it and is it dying")
        yield str(item["q"]), str(aspect or "does")


def labelled_topics(directory: Path = LABELLED) -> Iterator[tuple[str, str]]:
    """(question, topic) of every question standing alone that asks about one idea or one kind
    of company."""
    for path in learnt_sets(directory):
        yield from labelled_topics_in(path)


def labelled_topics_in(path: Path) -> Iterator[tuple[str, str]]:
    """Ideas and kinds of company are told in everyday words more than by their names ("高阶的
    运营人要具备啥", "快消公司 channel 同 marketing 點樣分 KPI", "companies that sell shampoo and
    instant noodles"): which one is learnt from the words, as a job is from a job ad's. Both in
    one model, each weighed against the other. Standing alone only: a follow-up's topic is the
    conversation's."""
    for item in _standing_alone(path):
        if item["kind"] in ("concept", "org") and item.get("topics"):
            yield str(item["q"]), str(item["topics"][0])


def labelled_fits_in(path: Path) -> Iterator[tuple[str, str]]:
    """(self-description, job) of each self-description that one job fits."""
    for item in _standing_alone(path):
        if item["kind"] == "fit" and len(item.get("topics") or []) == 1:
            yield str(item["q"]), str(item["topics"][0])


def _all_turns(path: Path) -> Iterator[dict]:
    import yaml

    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        if isinstance(item, dict) and "q" in item and "kind" in item:
            yield item


def _standing_alone(path: Path) -> Iterator[dict]:
    seen: set[str] = set()
    for item in _all_turns(path):
        session = item.get("session")
        if session is not None:
            if session in seen:
                continue
            seen.add(session)
        yield item


def _place(item: tuple[list[str], str], n: int) -> bytes:
    """Where a labelled question comes in pass `n`: a hash of its features and label."""
    features, kind = item
    return hashlib.blake2b(f"{n}|{kind}|{'|'.join(features)}".encode(), digest_size=8).digest()


def learn(
    questions: Iterable[tuple[str, str]],
    passes: int = PASSES,
    features: Callable[[str], frozenset[str]] = shape_features,
) -> dict:
    """Weights by feature (one per label, in `kinds` order), averaged over every step. The
    labels are kinds of question, or the jobs job ads and who-questions are about."""
    data = [(features(q), kind) for q, kind in questions]
    # A feature met in a few questions only says more about them than about their kind: with
    # them, the weights are twice the size and tell kinds no better on sets left out.
    seen = Counter(f for features, _ in data for f in features)
    data = [
        (sorted(f for f in features if seen[f] >= MIN_QUESTIONS), kind) for features, kind in data
    ]
    kinds = sorted({kind for _, kind in data})
    index = {kind: i for i, kind in enumerate(kinds)}
    k = len(kinds)
    weights: dict[str, list[int]] = {}
    totals: dict[str, list[int]] = {}  # each weight's change times the step it came at
    step = 1
    for n in range(passes):
        # Each pass in an order that each question's own words decide (not a shuffle of the
        # whole list): a question added or relabelled moves only itself, so the rest are
        # learnt as before (with a shuffle, relabelling two questions of 24,000 changed the
        # answers to some twenty others).
        data.sort(key=lambda item, n=n: _place(item, n))
        for features, kind in data:
            scores = [0] * k
            for f in features:
                if (w := weights.get(f)) is not None:
                    for i in range(k):
                        scores[i] += w[i]
            guess = max(range(k), key=scores.__getitem__)
            right = index[kind]
            if guess != right:
                for f in features:
                    w = weights.setdefault(f, [0] * k)
                    t = totals.setdefault(f, [0] * k)
                    w[right] += 1
                    t[right] += step
                    w[guess] -= 1
                    t[guess] -= step
            step += 1
    averaged = {
        f: [round((w[i] - totals[f][i] / step) * SCALE) for i in range(k)]
        for f, w in weights.items()
    }
    return {
        "kinds": kinds,
        "weights": {
            f: w for f, w in sorted(averaged.items()) if max(abs(x) for x in w) >= KEEP_FROM
        },
    }


def write(model: dict, path: Path = WEIGHTS) -> None:
    lines = ["\t".join(["#kinds", *model["kinds"]])]
    lines += ["\t".join([f, *map(str, w)]) for f, w in model["weights"].items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def by_label(model: dict) -> dict[str, dict[str, int]]:
    """Each label's weights, the features that weigh nothing for it left out: the engine adds
    up one label at a time."""
    return {
        label: {f: w[i] for f, w in model["weights"].items() if w[i]}
        for i, label in enumerate(model["kinds"])
    }


def read(path: Path = WEIGHTS) -> dict:
    """The kinds and the weights by feature; an empty model when there is no file (a
    knowledge base of one's own, without learnt weights, is answered by the patterns)."""
    if not path.exists():
        return {"kinds": [], "weights": {}}
    lines = path.read_text(encoding="utf-8").splitlines()
    kinds = lines[0].split("\t")[1:]
    weights = {}
    for line in lines[1:]:
        feature, *w = line.split("\t")
        weights[feature] = [int(x) for x in w]
    return {"kinds": kinds, "weights": weights}
