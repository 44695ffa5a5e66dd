"""The structured answer every front end renders: Telegram, the terminal chat, `careerbot ask`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .understand.conversation import Conversation

AnswerKind = Literal[
    "role", "term", "concept", "org", "who", "compare", "transition", "jd", "fit", "unknown"
]


@dataclass(frozen=True)
class Source:
    file: str
    section: str
    title: str  # the article's short title, in the answer's language

    def label(self) -> str:
        return f"{self.title} · {self.section}"


@dataclass(frozen=True)
class Link:
    """A follow-up the user can take: read a topic, see how to move into it, or compare two."""

    action: Literal["topic", "into", "compare"]
    ids: tuple[str, ...]
    label: str


@dataclass
class Answer:
    question: str
    lang: str
    kind: AnswerKind
    topic: str | None
    title: str
    lead: str
    bullets: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    confidence: float = 0.0
    topics: list[str] = field(default_factory=list)  # every entry the answer is about
    alternatives: list[Link] = field(default_factory=list)  # "did you mean"
    followups: list[Link] = field(default_factory=list)
    sources_label: str = "Sources"
    aspect: str | None = None  # what was asked about the subject: does, measured, pay, ...
    gaps: list[str] = field(default_factory=list)  # asked aspects the articles do not answer
    from_id: str | None = None  # moves: where the person starts (None: outside the articles)
    to_id: str | None = None
    from_words: str = ""  # a starting job outside the knowledge base, as the person wrote it
    outside: list[str] = field(default_factory=list)  # things asked about that no article covers
    overlap: int | None = None  # moves: share of the goal's core skills the start has, 0..100
    route: list[str] = field(default_factory=list)  # /path: the jobs in order, start to goal
    terms: list[str] = field(default_factory=list)  # job descriptions: the jargon found
    # What the chat is about after this answer, for the front end to keep (not shown).
    context: Conversation | None = field(default=None, repr=False, compare=False)
    # What kind of question it is was settled by more than its words: the conversation so far
    # (a follow-up) or its own parts (the first of two questions answered).
    settled: bool = field(default=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The answer as a person reads it in plain text."""
        lines = [self.title, self.lead] if self.title else [self.lead]
        if self.bullets:
            lines.append("")
            lines += [f"• {b}" for b in self.bullets]
        if self.alternatives:
            lines.append("")
            lines += [f"→ {alt.label}" for alt in self.alternatives]
        if self.sources:
            lines.append("")
            lines.append(self.sources_line(self.sources_label, [s.label() for s in self.sources]))
        return "\n".join(lines)

    def sources_line(self, label: str, items: list[str]) -> str:
        """ "Sources: a; b" in English, "来源：a；b" in Chinese."""
        if self.lang == "en":
            return f"{label}: " + "; ".join(items)
        return f"{label}：" + "；".join(items)

    def to_json(self) -> dict:
        """The fields of `careerbot ask --jsonl`."""
        return {
            "question": self.question,
            "lang": self.lang,
            "kind": self.kind,
            "topic": self.topic,
            "title": self.title,
            "answer": self.text,
            "confidence": round(self.confidence, 3),
            "alternatives": [{"id": a.ids[0], "label": a.label} for a in self.alternatives],
            "sources": [asdict(s) for s in self.sources],
            "topics": self.topics,
            "aspect": self.aspect,
            "gaps": self.gaps,
            "outside": self.outside,
            **(
                {"from": self.from_id, "to": self.to_id, "overlap": self.overlap}
                if self.kind == "transition"
                else {}
            ),
            **({"route": self.route} if self.route else {}),
            **({"terms": self.terms} if self.kind == "jd" else {}),
        }
