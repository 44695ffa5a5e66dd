"""/path FROM | TO, /next JOB and /jd TEXT: views for any front end, and their Telegram
handlers. The route of /path also comes as a picture where the front end can show one."""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.ext import Application, CommandHandler

from knowledge.engine.answer import Answer
from knowledge.text.langs import Lang

from ...context import CareerContext, Services
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


def menu_commands() -> dict[str, list[tuple[str, str]]]:
    return {
        code: [
            ("path", t("path_cmd", lang)),
            ("next", t("next_cmd", lang)),
            ("jd", t("jd_cmd", lang)),
        ]
        for code, lang in (("en", "en"), ("zh", "zh-Hans"))
    }


def help_lines(lang: Lang) -> str:
    return t("careers_help", lang)


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
    return _remember(svc, person, f"/path {raw}", svc.engine.path(src, dst, person.lang))


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
    await reply(update, context, path_views(context.services, person, raw))


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
