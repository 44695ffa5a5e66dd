"""The daily brand-knowledge tip: /tip, /subscribe, /unsubscribe, /settings, the tip buttons,
and the periodic job that delivers subscribers' tips (the sending itself is delivery.py).

Scheduling scales with subscribers: one repeating job asks the database who is due, instead of
one job per user; the schedule therefore lives in the state database and survives restarts.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    filters,
)

from ... import callbacks
from ...callbacks import Button
from ...context import CareerContext, Services
from ...texts import LANG_NAMES, t
from ...views.model import Markup, Paragraph, View, note
from ..base import Person, Session
from ..replies import person_of, reply, stale
from .content import (
    ANOTHER_PREFIX,
    SUBSCRIBE,
    another_tip,
    next_for_user,
    tip_of_day,
    tip_view,
)
from .delivery import MAX_ATTEMPTS, Delivery, Summary
from .tiptime import (
    Schedule,
    TimeParseError,
    first_day,
    local_now,
    parse_subscribe,
    scheduled_at,
    utc_now,
)

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0  # how often the job looks for due subscribers (a tip is at most this late)
FIRST_TICK = 5.0  # after start-up: missed tips of today go out promptly after a restart

# Menu commands (described by `cmd_<name>` in the catalog) and the help lines' key.
COMMANDS = ("tip", "subscribe", "unsubscribe", "settings")
HELP_KEY = "tips_help"


class TipsFeature:
    """The feature's state in one Application: its clock (tests replace `now`), the delivery
    engine, and whether a broadcast is running (a slow one must not overlap the next tick)."""

    def __init__(self) -> None:
        self.now = utc_now
        self.last_summary: Summary | None = None
        self.runs = 0  # finished ticks, for tests and health checks
        self._delivery: Delivery | None = None
        self._busy = False

    def delivery(self, app: Application) -> Delivery:
        if self._delivery is None:
            svc = app.bot_data["services"]
            # its own connection, used from worker threads only, may wait long for a lock; the
            # bot's connection waits a quarter second (bot/statedb.py)
            store = svc.store.reopened()
            self._delivery = Delivery(store, svc.engine.kb, app.bot, now=lambda: self.now())
        return self._delivery

    async def tick(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The periodic job: send every due tip; a stopping application stops claiming more."""
        if self._busy:
            return
        self._busy = True
        app = context.application
        try:
            delivery = await asyncio.to_thread(self.delivery, app)  # opens the database
            summary = await delivery.run(should_stop=lambda: not app.running)
            self.last_summary = summary
            if summary.sent or summary.failed or summary.unsubscribed:
                log.info("daily tips: %s", summary.line())
        except Exception:  # a database hiccup must not kill the schedule: next tick retries
            log.exception("daily tips: the run failed")
        finally:
            self._busy = False
            self.runs += 1


def feature(context: ContextTypes.DEFAULT_TYPE) -> TipsFeature:
    return context.application.bot_data["tips"]


def install(app: Application) -> None:
    tips = TipsFeature()
    app.bot_data["tips"] = tips
    app.add_handler(CommandHandler("start", show_today,
                                   filters=filters.Regex(r"^/start(?:@\w+)?\s+tip\s*$")))
    app.add_handler(CommandHandler("tip", tip_command))
    app.add_handler(CommandHandler("subscribe", subscribe_command))
    app.add_handler(CommandHandler("unsubscribe", unsubscribe_command))
    app.add_handler(CommandHandler("settings", settings_command))
    app.add_handler(CallbackQueryHandler(tip_button, pattern=callbacks.pattern("tip")))
    if app.job_queue is None:
        log.warning("no job queue (python-telegram-bot[job-queue]): daily tips are not sent; "
                    "run `careerbot tips send` from cron instead")
        return
    app.job_queue.run_repeating(tips.tick, interval=TICK_SECONDS, first=FIRST_TICK,
                                name="daily-tips", job_kwargs={"max_instances": 2,
                                                               "coalesce": True})


# -- what the feature does, for any front end -------------------------------------------------


def _current(svc: Services, user_id: int) -> tuple[Schedule, bool]:
    """The user's schedule (or the defaults) and whether they are subscribed."""
    row = svc.store.get_subscription(user_id)
    if row:
        return Schedule(row["hour"], row["minute"], row["tz"]), bool(row["active"])
    return _defaults(svc), False


def _defaults(svc: Services) -> Schedule:
    settings = svc.settings
    return Schedule(settings.tip_time.hour, settings.tip_time.minute, settings.default_tz)


def _today(svc: Services, user_id: int, now: datetime) -> date:
    """The user's local date: the tip of the day changes at their midnight."""
    schedule, _ = _current(svc, user_id)
    try:
        return local_now(now, schedule.tz).date()
    except TimeParseError:
        return now.date()


def _tip(svc: Services, person: Person, tip_id: str, heading: str) -> View:
    _, subscribed = _current(svc, person.user_id)
    return tip_view(svc.engine.kb, tip_id, person.lang, heading=heading,
                    offer_subscribe=person.private and not subscribed)


def today_view(svc: Services, person: Person, now: datetime) -> View:
    """/tip, /start tip and the menu's "Daily tip": the same tip for everyone on a date."""
    tip_id = tip_of_day(svc.engine.kb.tips, _today(svc, person.user_id, now))
    return _tip(svc, person, tip_id, "tip_heading_today")


def subscribe_view(svc: Services, person: Person, args: list[str], now: datetime) -> View:
    lang = person.lang
    if not person.private:
        return note(t("tip_private_only", lang))
    current, subscribed = _current(svc, person.user_id)
    if not args and subscribed:
        return note(t("tip_already", lang, time=current.clock(), zone=current.tz))
    if not args:
        current = _defaults(svc)
    try:
        schedule = parse_subscribe(args, current)
    except TimeParseError:
        return note(t("tip_subscribe_bad", lang, text=" ".join(args)[:60]))
    return _subscribe(svc, person, schedule, now)


def _subscribe(svc: Services, person: Person, schedule: Schedule, now: datetime) -> View:
    store, lang = svc.store, person.lang
    store.subscribe(person.user_id, person.chat_id, schedule.hour, schedule.minute, schedule.tz,
                    now.timestamp())
    start = first_day(schedule, now)
    today = local_now(now, schedule.tz).date()
    served = store.delivery(person.user_id, today.isoformat())
    if start == today and served and served["status"] != "retry":
        start = date.fromordinal(today.toordinal() + 1)  # today's tip has been had already
    when = t("tip_when_today" if start == today else "tip_when_tomorrow", lang,
             time=schedule.clock())
    return note(t("tip_subscribed", lang, time=schedule.clock(), zone=schedule.tz, when=when))


def unsubscribe_view(svc: Services, person: Person) -> View:
    stopped = svc.store.unsubscribe(person.user_id)
    return note(t("tip_unsubscribed" if stopped else "tip_not_subscribed", person.lang))


def settings_view(svc: Services, person: Person) -> View:
    """Time, zone, language and how many tips they have had."""
    lang, store = person.lang, svc.store
    row = store.get_subscription(person.user_id)
    schedule, subscribed = _current(svc, person.user_id)
    mark = "" if row else t("tip_default_mark", lang)
    stored = store.get_user(person.user_id)
    pinned = stored.lang if stored else None
    return View([Paragraph(Markup(t(
        "tip_settings", lang,
        status=t("tip_status_on" if subscribed else "tip_status_off", lang),
        time=schedule.clock() + mark, zone=schedule.tz + mark,
        language=LANG_NAMES.get(pinned or "", t("lang_auto", lang)),
        count=(row or {}).get("tips_sent") or 0,
    )))])


def press(svc: Services, person: Person, pressed: Button | None, now: datetime) -> View:
    """"Another tip" and "subscribe"."""
    lang = person.lang
    arg = pressed.args[0] if pressed else ""
    if arg == SUBSCRIBE:
        if not person.private:
            return note(t("tip_private_only", lang))
        current, subscribed = _current(svc, person.user_id)
        if subscribed:
            return note(t("tip_already", lang, time=current.clock(), zone=current.tz))
        return _subscribe(svc, person, _defaults(svc), now)
    if arg.startswith(ANOTHER_PREFIX):
        current_tip = arg[len(ANOTHER_PREFIX):]
        tip_id = another_tip(svc.engine.kb.tips, current_tip,
                             _today(svc, person.user_id, now))
        return _tip(svc, person, tip_id, "tip_heading_another")
    return stale(lang)


# -- Telegram ---------------------------------------------------------------------------------


async def show_today(update: Update, context: CareerContext) -> None:
    # A new message, also for a menu press (whose effective_message is the bot's own menu).
    view = today_view(context.services, person_of(update, context), feature(context).now())
    await reply(update, context, [view])


tip_command = show_today


async def subscribe_command(update: Update, context: CareerContext) -> None:
    view = subscribe_view(context.services, person_of(update, context), list(context.args or []),
                          feature(context).now())
    await reply(update, context, [view])


async def unsubscribe_command(update: Update, context: CareerContext) -> None:
    await reply(update, context, [unsubscribe_view(context.services, person_of(update, context))])


async def settings_command(update: Update, context: CareerContext) -> None:
    await reply(update, context, [settings_view(context.services, person_of(update, context))])


async def tip_button(update: Update, context: CareerContext) -> None:
    query = update.callback_query
    await query.answer()
    view = press(context.services, person_of(update, context), callbacks.decode(query.data),
                 feature(context).now())
    await reply(update, context, [view])


# -- the terminal chat ------------------------------------------------------------------------


def due_tip_view(svc: Services, person: Person, now: datetime) -> View | None:
    """The person's daily tip when it is due and not yet had today, claimed and marked sent
    like a broadcast one (for front ends the broadcaster cannot reach: the terminal chat)."""
    row = svc.store.get_subscription(person.user_id)
    if not row or not row["active"]:
        return None
    try:
        day = local_now(now, row["tz"]).date()
    except TimeParseError:
        return None
    at = scheduled_at(day, row["hour"], row["minute"], row["tz"])
    if now < at or (row["created"] or 0) > at.timestamp():
        return None
    tip_id = next_for_user(svc.engine.kb.tips, svc.store.tips_had(person.user_id), day)
    if not svc.store.claim_delivery(person.user_id, day.isoformat(), tip_id, now.timestamp(),
                                    MAX_ATTEMPTS):
        return None
    svc.store.finish_delivery(person.user_id, day.isoformat(), "sent", now.timestamp())
    return tip_view(svc.engine.kb, tip_id, person.lang, heading="tip_heading_daily", footer=True)


def chat_opened(session: Session, _args: str) -> list[View]:
    due = due_tip_view(session.services, session.person, session.now())
    return [due] if due else []


def chat_tip(session: Session, _args: str) -> list[View]:
    return [today_view(session.services, session.person, session.now())]


def chat_subscribe(session: Session, args: str) -> list[View]:
    return [subscribe_view(session.services, session.person, args.split(), session.now())]


def chat_unsubscribe(session: Session, _args: str) -> list[View]:
    return [unsubscribe_view(session.services, session.person)]


def chat_settings(session: Session, _args: str) -> list[View]:
    return [settings_view(session.services, session.person)]


def chat_press(session: Session, pressed: Button) -> list[View]:
    return [press(session.services, session.person, pressed, session.now())]
