"""An engine `Answer` as a view: the one shape every feature uses to show an answer."""

from __future__ import annotations

from knowledge.engine.answer import Answer, Link

from .. import callbacks
from ..texts import t
from .model import Bullets, Choice, Gap, Paragraph, Sources, Title, View, rows


def link_choice(link: Link) -> Choice | None:
    """A follow-up as a button; None when its ids do not fit in a button's 64 bytes (the
    answer still stands without it)."""
    try:
        data = callbacks.encode(link.action, *link.ids)
    except (ValueError, StopIteration):
        return None
    return Choice(link.label[:60], data)


def link_choices(links: list[Link]) -> list[Choice]:
    return [c for c in (link_choice(link) for link in links) if c]


def answer_view(answer: Answer) -> View:
    view = View()
    if answer.title:
        view.add(Title(answer.title))
    view.add(Paragraph(answer.lead))
    if answer.bullets:
        view.add(Gap(), Bullets(tuple(answer.bullets)))
    if answer.sources:
        line = answer.sources_line(answer.sources_label, [s.label() for s in answer.sources])
        view.add(Gap(), Sources(line))
    # A job ad's buttons are its job and the next likeliest; elsewhere alternatives are a
    # "did you mean" that replaces the follow-ups.
    if answer.kind == "jd":
        links = answer.followups[:1] + answer.alternatives + answer.followups[1:]
    else:
        links = answer.alternatives or answer.followups
    view.choices = rows(link_choices(links[:6]))
    if answer.sources and answer.topic:
        src = link_choice(Link("sources", (answer.topic,), t("btn_sources", answer.lang)))
        if src:
            view.choices.append([src])
    return view
