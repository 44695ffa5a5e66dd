"""What every composer shares: the answer skeleton, sources, follow-up links, list wording."""

from __future__ import annotations

import re

from ...text.langs import Lang, has_cjk, in_script, to_script
from ..answer import Answer, AnswerKind, Link, Source
from ..kb import KnowledgeBase
from ..phrases import say

JOBS = ("department", "role")
MAX_BULLETS = 4


class Base:
    kb: KnowledgeBase

    def base(
        self,
        question: str,
        lang: Lang,
        kind: AnswerKind,
        topic: str | None,
        title: str,
        lead: str,
        bullets: list[str],
        sources_of: list[str],
    ) -> Answer:
        return Answer(
            question=question,
            lang=lang,
            kind=kind,
            topic=topic,
            title=title,
            lead=lead,
            bullets=bullets,
            sources=self.sources(sources_of, lang),
            topics=[topic] if topic else [],
            sources_label=say("sources", lang),
        )

    def entry_answer(self, question, lang, kind: AnswerKind, eid: str, bullets) -> Answer:
        """An answer about one entry: its name, its summary, the bullets given, its sources."""
        kb = self.kb
        return self.base(
            question,
            lang,
            kind,
            eid,
            kb.name(eid, lang),
            kb.text(eid, "summary", lang),
            bullets,
            [eid],
        )

    def sources(self, ids: list[str], lang: Lang) -> list[Source]:
        """The first three sources of the entries, in the reader's script (only those three
        are converted: a section name goes through OpenCC)."""
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
                            in_script(_shown_section(src.section), lang),
                            self.kb.article_title(src.file, lang),
                        )
                    )
                    if len(out) == 3:
                        return out
        return out

    def measured(self, eid: str, lang: Lang, limit: int = 3, who: str = "") -> list[str]:
        """The "measured by" bullet of a job, if the entry says what it is judged by."""
        items = self.kb.items(eid, "measured_by", lang)[:limit]
        return (
            [labelled(f"{who}{say('measured_by', lang)}", join(items, lang), lang)] if items else []
        )

    def is_job(self, eid: str) -> bool:
        entry = self.kb.entries.get(eid)
        return bool(entry and entry.is_job)

    # -- follow-ups -------------------------------------------------------------------------

    def topic_link(self, eid: str, lang: Lang) -> Link:
        return Link("topic", (eid,), self.kb.name(eid, lang))

    def into_link(self, eid: str, lang: Lang) -> Link:
        return Link("into", (eid,), say("follow_into", lang, b=self.kb.name(eid, lang)))

    def related_links(self, eid, lang, exclude=frozenset(), limit=3) -> list[Link]:
        related = [r for r in self.kb.entries[eid].related if r not in exclude]
        return [self.topic_link(r, lang) for r in related[:limit] if r in self.kb.entries]

    def compare_link(self, a: str, b: str, lang: Lang) -> Link:
        label = say("follow_compare", lang, a=self.kb.name(a, lang), b=self.kb.name(b, lang))
        return Link("compare", (a, b), label)

    def job_followups(self, eid: str, lang: Lang) -> list[Link]:
        links = self.related_links(eid, lang, limit=3)
        links.append(self.into_link(eid, lang))
        related_jobs = [r for r in self.kb.entries[eid].related if self.is_job(r)]
        if related_jobs:
            links.append(self.compare_link(eid, related_jobs[0], lang))
        return links


def colon(lang: Lang) -> str:
    """A label's colon: full-width after Chinese."""
    return ": " if lang == "en" else "："


def labelled(label: str, text: str, lang: Lang) -> str:
    return f"{label}{colon(lang)}{text}"


# A curator's note in English after a Chinese heading ("市場部 (overview before 1.1)"): where
# in the article, for us; not part of the heading a reader looks for.
_ASCII_NOTE = re.compile(r"\s*\([A-Za-z0-9 .,:;'-]+\)")


def _shown_section(section: str) -> str:
    return _ASCII_NOTE.sub("", section) if has_cjk(section) else section


def space(lang: Lang) -> str:
    """Between two sentences: a space in English, nothing in Chinese."""
    return " " if lang == "en" else ""


def join(items: list[str], lang: Lang) -> str:
    """A list inside a sentence: "Brand tone, consistency of visuals" (acronyms kept)."""
    if lang != "en":
        return "、".join(items)
    return ", ".join(
        item[0].lower() + item[1:] if i and item[1:2].islower() else item
        for i, item in enumerate(items)
    )


def inline(name: str) -> str:
    """A name inside an English sentence: "media buyer", but "PR department" and "KOC"."""
    return name[0].lower() + name[1:] if name[1:2].islower() else name


# A department or team is "the" one: "the future of the operations department".
_UNIT = re.compile(r"\b(department|dept|team|center|centre)$")


# A job named by the person who does it: "the media buyer job" inside a sentence.
_PERSON = re.compile(r"\b(manager|editor|buyer|optimizer|optimiser|specialist)$")


def _in_sentence(name: str, ours: bool = True) -> str:
    """ "the operations department"; "internet companies" (a kind of company, in general);
    "the media buyer job" ("a way into media buyer" read as broken English)."""
    if name.endswith(" company"):
        return name.removesuffix(" company") + " companies"
    if ours and _PERSON.search(name):
        return f"the {name} job"
    return f"the {name}" if _UNIT.search(name) else name


def either(names: list[str], lang: Lang, word: str = "or") -> str:
    """ "the brand department or the PR department"; "品牌部和公关部"."""
    if lang != "en":
        return "和".join(names)
    # Our names are capitalised; words of the person's own ("product manager") are left as said.
    names = [_in_sentence(inline(n), ours=n[:1].isupper()) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1]


def task_text(task: str, lang: Lang) -> str:
    """A task as curated, in the reader's language where the curator wrote it in theirs."""
    if not task or (lang == "en" and has_cjk(task)) or (lang != "en" and not has_cjk(task)):
        return ""
    return to_script(task, lang)
