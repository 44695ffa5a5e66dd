"""The daily brand-knowledge tip: /tip, /subscribe, /unsubscribe, /settings, the tip buttons,
and the periodic job that delivers subscribers' tips (the sending itself is bot/delivery.py).

Scheduling scales with subscribers: one repeating job asks the database who is due, instead of
one job per user; the schedule therefore lives in the state database and survives restarts.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes

from knowledge.langs import Lang

from .callbacks import Button
from .context import remember, reply_lang, services
from .delivery import Delivery, Summary
from .store import StateStore
from .texts import LANG_NAMES, t
from .tipcontent import ANOTHER_PREFIX, SUBSCRIBE, another_tip, tip_html, tip_keyboard, tip_of_day
from .tiptime import (
    Schedule,
    TimeParseError,
    first_day,
    local_now,
    parse_subscribe,
    utc_now,
)

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0  # how often the job looks for due subscribers (a tip is at most this late)
FIRST_TICK = 5.0  # after start-up: missed tips of today go out promptly after a restart

COMMANDS = {
    "en": [
        ("tip", "Today's brand-knowledge tip"),
        ("subscribe", "A tip every day: /subscribe 8am Europe/Berlin"),
        ("unsubscribe", "Stop the daily tip"),
        ("settings", "Your tip time, zone and language"),
    ],
    "zh": [
        ("tip", "今日品牌知识点"),
        ("subscribe", "每日推送：/subscribe 21:30 Asia/Shanghai"),
        ("unsubscribe", "退订每日推送"),
        ("settings", "推送时间、时区和语言"),
    ],
}

HELP = {
    "en": "/tip: today's brand-knowledge tip\n"
          "/subscribe [TIME] [ZONE]: one tip every day, e.g. /subscribe 8am Europe/Berlin\n"
          "/unsubscribe: stop the daily tip\n"
          "/settings: your tip time, zone and language\n",
    "zh": "/tip：今天的品牌知识点\n"
          "/subscribe [时间] [时区]：每天推送一条，如 /subscribe 21:30 Asia/Shanghai\n"
          "/unsubscribe：退订每日推送\n"
          "/settings：推送时间、时区和语言\n",
}


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
            store = StateStore(svc.store.path)
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


def register(app: Application) -> None:
    tips = TipsFeature()
    app.bot_data["tips"] = tips
    app.add_handler(CommandHandler("tip", tip_command))
    app.add_handler(CommandHandler("subscribe", subscribe_command))
    app.add_handler(CommandHandler("unsubscribe", unsubscribe_command))
    app.add_handler(CommandHandler("settings", settings_command))
    app.bot_data.setdefault("button_handlers", {})["tip"] = tip_button
    app.bot_data.setdefault("deep_links", {})["tip"] = show_today
    extra = app.bot_data.setdefault("extra_commands", {})
    for code, commands in COMMANDS.items():
        extra.setdefault(code, []).extend(commands)
    more = app.bot_data.setdefault("help_more", {})
    for code, lines in HELP.items():
        more[code] = more.get(code, "") + lines
    if app.job_queue is None:
        log.warning("no job queue (python-telegram-bot[job-queue]): daily tips are not sent; "
                    "run `careerbot tips send` from cron instead")
        return
    app.job_queue.run_repeating(tips.tick, interval=TICK_SECONDS, first=FIRST_TICK,
                                name="daily-tips", job_kwargs={"max_instances": 2,
                                                               "coalesce": True})


# -- helpers ----------------------------------------------------------------------------------



def _current(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[Schedule, bool]:
    """The user's schedule (or the defaults) and whether they are subscribed."""
    svc = services(context)
    row = svc.store.get_subscription(update.effective_user.id) if update.effective_user else None
    if row:
        return Schedule(row["hour"], row["minute"], row["tz"]), bool(row["active"])
    default = svc.settings.tip_time
    return Schedule(default.hour, default.minute, svc.settings.default_tz), False


def _today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> date:
    """The user's local date: the tip of the day changes at their midnight."""
    schedule, _ = _current(update, context)
    try:
        return local_now(feature(context).now(), schedule.tz).date()
    except TimeParseError:
        return feature(context).now().date()


async def _send_tip(update: Update, context: ContextTypes.DEFAULT_TYPE, tip_id: str,
                    heading: str) -> None:
    lang = reply_lang(update, context)
    _, subscribed = _current(update, context)
    private = update.effective_chat.type == ChatType.PRIVATE
    kb = services(context).engine.kb
    # A new message, also for a menu press (whose effective_message is the bot's own menu).
    await context.bot.send_message(
        update.effective_chat.id, tip_html(kb, tip_id, lang, heading=heading),
        parse_mode=ParseMode.HTML, disable_web_page_preview=True,
        reply_markup=tip_keyboard(kb, tip_id, lang, offer_subscribe=private and not subscribed),
    )


# -- commands ---------------------------------------------------------------------------------


async def show_today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/tip, /start tip and the menu's "Daily tip": the same tip for everyone on a date."""
    remember(update, context)
    kb = services(context).engine.kb
    await _send_tip(update, context, tip_of_day(kb.tips, _today(update, context)),
                    "tip_heading_today")


tip_command = show_today


async def subscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    lang = reply_lang(update, context)
    if update.effective_chat.type != ChatType.PRIVATE:
        await update.effective_message.reply_text(t("tip_private_only", lang))
        return
    current, subscribed = _current(update, context)
    args = list(context.args or [])
    if not args and subscribed:
        await update.effective_message.reply_text(
            t("tip_already", lang, time=current.clock(), zone=current.tz))
        return
    if not args:
        current = _defaults(context)
    try:
        schedule = parse_subscribe(args, current)
    except TimeParseError:
        await update.effective_message.reply_text(
            t("tip_subscribe_bad", lang, text=" ".join(args)[:60]))
        return
    await _subscribe(update, context, schedule, lang)


def _defaults(context: ContextTypes.DEFAULT_TYPE) -> Schedule:
    settings = services(context).settings
    return Schedule(settings.tip_time.hour, settings.tip_time.minute, settings.default_tz)


async def _subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE, schedule: Schedule,
                     lang: Lang) -> None:
    store = services(context).store
    user, chat = update.effective_user, update.effective_chat
    now: datetime = feature(context).now()
    store.subscribe(user.id, chat.id, schedule.hour, schedule.minute, schedule.tz,
                    now.timestamp())
    start = first_day(schedule, now)
    today = local_now(now, schedule.tz).date()
    served = store.delivery(user.id, today.isoformat())
    if start == today and served and served["status"] != "retry":
        start = date.fromordinal(today.toordinal() + 1)  # today's tip has been had already
    when = t("tip_when_today" if start == today else "tip_when_tomorrow", lang,
             time=schedule.clock())
    await context.bot.send_message(
        chat.id, t("tip_subscribed", lang, time=schedule.clock(), zone=schedule.tz, when=when))


async def unsubscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    lang = reply_lang(update, context)
    stopped = services(context).store.unsubscribe(update.effective_user.id)
    await update.effective_message.reply_text(
        t("tip_unsubscribed" if stopped else "tip_not_subscribed", lang))


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Time, zone, language and how many tips they have had."""
    remember(update, context)
    lang = reply_lang(update, context)
    store = services(context).store
    user = update.effective_user
    row = store.get_subscription(user.id)
    schedule, subscribed = _current(update, context)
    mark = "" if row else t("tip_default_mark", lang)
    stored = store.get_user(user.id)
    pinned = stored.lang if stored else None
    await update.effective_message.reply_html(t(
        "tip_settings", lang,
        status=t("tip_status_on" if subscribed else "tip_status_off", lang),
        time=schedule.clock() + mark, zone=schedule.tz + mark,
        language=LANG_NAMES.get(pinned or "", t("lang_auto", lang)),
        count=(row or {}).get("tips_sent") or 0,
    ))


# -- buttons ----------------------------------------------------------------------------------


async def tip_button(update: Update, context: ContextTypes.DEFAULT_TYPE, pressed: Button) -> None:
    """"Another tip" and "subscribe" (ask.button has answered the query already)."""
    remember(update, context)
    arg = pressed.args[0]
    lang = reply_lang(update, context)
    kb = services(context).engine.kb
    if arg == SUBSCRIBE:
        if update.effective_chat.type != ChatType.PRIVATE:
            await context.bot.send_message(update.effective_chat.id, t("tip_private_only", lang))
            return
        current, subscribed = _current(update, context)
        if subscribed:
            await context.bot.send_message(
                update.effective_chat.id,
                t("tip_already", lang, time=current.clock(), zone=current.tz))
            return
        await _subscribe(update, context, _defaults(context), lang)
    elif arg.startswith(ANOTHER_PREFIX):
        current = arg[len(ANOTHER_PREFIX):]
        tip_id = another_tip(kb.tips, current, _today(update, context))
        await _send_tip(update, context, tip_id, "tip_heading_another")
    else:
        await context.bot.send_message(update.effective_chat.id, t("stale_button", lang))
