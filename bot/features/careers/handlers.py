"""/path FROM | TO, /next JOB and /jd TEXT: views for any front end, and their Telegram
handlers. The route of /path also comes as a picture where the front end can show one."""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import Update
from telegram.ext import Application, CommandHandler

from knowledge.engine.answer import Answer

from ...context import CareerContext, Services
from ...pictures import draw_route
from ...texts import t
from ...views.answer import answer_view
from ...views.model import View, note
from ..base import Person, Session
from ..replies import person_of, reply

log = logging.getLogger(__name__)

SPLIT = re.compile(r"\||｜|\bvs\.?\b|\bto\b|->|→|到")


def install(app: Application) -> None:
    app.add_handler(CommandHandler("path", path))
    app.add_handler(CommandHandler("next", next_command))
    app.add_handler(CommandHandler("jd", jd))


# -- what the feature does, for any front end -------------------------------------------------


def _job(svc: Services, name: str) -> str | None:
    """The job a name stands for ("PR" is the PR department), or None."""
    eid = svc.engine.lookup(name)
    if eid is None:
        return None
    return svc.engine.planner.as_job(eid)


def _remember(svc: Services, person: Person, command: str, answer: Answer) -> list[View]:
    person.memory.keep(answer)
    svc.store.log_question(
        person.user_id,
        person.chat_id,
        command,
        answer.lang,
        answer.kind,
        answer.topic,
        answer.confidence,
        person.language_code,
    )
    return [answer_view(answer)]


def path_views(svc: Services, person: Person, raw: str) -> list[View]:
    parts = [p.strip() for p in SPLIT.split(raw) if p.strip()]
    if len(parts) != 2:
        return [note(t("path_usage", person.lang))]
    ids = [_job(svc, p) for p in parts]
    for part, eid in zip(parts, ids, strict=True):
        if eid is None:
            return [note(t("not_a_job", person.lang, name=part[:80]))]
    src, dst = ids
    assert src and dst
    answer = svc.engine.path(src, dst, person.lang)
    views = _remember(svc, person, f"/path {raw}", answer)
    views[0].picture = route_picture(svc, answer)
    return views


_LEG_LABEL = re.compile(r"[:：]\s*(.+)$")  # "A → B: 45% (a stretch)" -> "45% (a stretch)"


def route_picture(svc: Services, answer: Answer) -> bytes | None:
    """The route of /path as a diagram: the jobs top to bottom, each arrow labelled with its
    leg's figure. Best effort: a drawing failure is logged and costs only the picture."""
    if len(answer.route) < 2:
        return None
    try:
        steps = [svc.engine.kb.name(job, answer.lang) for job in answer.route]
        labels = [m[1] if (m := _LEG_LABEL.search(str(b))) else "" for b in answer.bullets]
        if len(labels) != len(steps) - 1:
            labels = [""] * (len(steps) - 1)
        return draw_route(steps, labels, answer.lang)
    except Exception:
        log.exception("could not draw the route %s", answer.route)
        return None


def next_views(svc: Services, person: Person, name: str) -> list[View]:
    if not name:
        return [note(t("next_usage", person.lang))]
    eid = _job(svc, name)
    if eid is None:
        return [note(t("not_a_job", person.lang, name=name[:80]))]
    return _remember(svc, person, f"/next {name}", svc.engine.next_moves(eid, person.lang))


def jd_views(svc: Services, person: Person, text: str) -> list[View]:
    if len(text.strip()) < 10:
        return [note(t("jd_usage", person.lang))]
    answer = svc.engine.read_job_ad(text, person.lang)
    if answer is None:
        return [note(t("jd_unreadable", person.lang))]
    return _remember(svc, person, "/jd", answer)


# -- Telegram ---------------------------------------------------------------------------------


def _args_text(update: Update) -> str:
    """Everything after the command, line breaks kept (a job ad is many lines)."""
    text = (update.effective_message.text or "") if update.effective_message else ""
    return text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""


async def path(update: Update, context: CareerContext) -> None:
    raw = _args_text(update)
    person = person_of(update, context, context.lang_of(update, raw) if raw else None)
    # In a worker thread, like questions: the route is drawn as a picture.
    await reply(update, context, await asyncio.to_thread(path_views, context.services, person,
                                                         raw))


async def next_command(update: Update, context: CareerContext) -> None:
    raw = _args_text(update).strip()
    person = person_of(update, context, context.lang_of(update, raw) if raw else None)
    await reply(update, context, next_views(context.services, person, raw))


async def jd(update: Update, context: CareerContext) -> None:
    raw = _args_text(update)
    person = person_of(update, context, context.lang_of(update, raw) if raw else None)
    await reply(update, context, jd_views(context.services, person, raw))


# -- terminal chat ----------------------------------------------------------------------------


def chat_path(session: Session, args: str) -> list[View]:
    return path_views(session.services, session.person, args)


def chat_next(session: Session, args: str) -> list[View]:
    return next_views(session.services, session.person, args.strip())


def chat_jd(session: Session, args: str) -> list[View]:
    return jd_views(session.services, session.person, args)
