"""The "which job fits you" quiz (/quiz) and the knowledge check (/challenge), in chat.

Scoring and question generation live in knowledge/quiz.py; this module keeps progress in the
state store and turns it into messages, buttons and quiz polls.

Every quiz button carries `OWNER.ROUND.INDEX` and an action. A press is applied only when the
presser is the owner and the stored quiz is still at that round and question, so a double tap,
an old message, someone else's forwarded message or hand-made callback data changes nothing;
the presser gets a polite note instead. Progress is saved after every answer, so a restarted
bot carries on where the person was.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import secrets

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Poll, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes, PollAnswerHandler

from knowledge.kb import KnowledgeBase
from knowledge.langs import Lang, is_zh, to_script
from knowledge.quiz import POLL_QUESTION, ChallengeQuestion, Match, Quiz, make_challenge

from . import callbacks
from .callbacks import Button
from .context import remember, reply_lang, services
from .pictures import draw_quiz_chart, quiz_fit
from .texts import t

log = logging.getLogger(__name__)

CHALLENGE_SIZE = 5
# OWNER.ROUND.INDEX: the quiz owner's user id, the round token, the question index.
_TAG = re.compile(r"^(\d{1,20})\.([a-z0-9]{1,12})\.(\d{1,3})$")
_ACTIONS = ("back", "restart", "show", "new", "retake")
NO_ROUND = "0"  # the round part of buttons that do not belong to a round (the "last result" offer)


def _token(nbytes: int) -> str:
    """A new round token (tests replace this to get the same rounds every run)."""
    return secrets.token_hex(nbytes)


def register(app: Application) -> None:
    """Handlers, the quiz's button action and deep link, menu commands and help lines."""
    app.add_handler(CommandHandler("quiz", quiz_command))
    app.add_handler(CommandHandler("challenge", challenge_command))
    app.add_handler(PollAnswerHandler(poll_answer))
    data = app.bot_data
    data.setdefault("button_handlers", {})["quiz"] = quiz_button
    data.setdefault("deep_links", {})["quiz"] = quiz_command
    data.setdefault("extra_commands", []).extend(["quiz", "challenge"])
    data.setdefault("help_keys", []).append("quiz_help")


def _model(context: ContextTypes.DEFAULT_TYPE) -> Quiz:
    """The quiz built from the knowledge base, once per knowledge base."""
    kb = services(context).engine.kb
    cached = context.application.bot_data.get("quiz_model")
    if cached is None or cached[0] is not kb:
        cached = (kb, Quiz.from_entries(kb.entries))
        context.application.bot_data["quiz_model"] = cached
    return cached[1]


def _src(value: dict[str, str], lang: Lang) -> str:
    """Quiz wording from the knowledge base ({en, zh}), in the reader's script; the bot's own
    words come from the catalog already in it."""
    return to_script(value.get("zh" if is_zh(lang) else "en", ""), lang)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _tag(owner: int, round_token: str, index: int) -> str:
    return f"{owner}.{round_token}.{index}"


def _button(label: str, lang: Lang, action: str, *args: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label[:64],
                                callback_data=callbacks.encode(action, *args))



# -- views ------------------------------------------------------------------------------------


def question_view(quiz: Quiz, state: dict, owner: int, lang: Lang,
                  note: str = "") -> tuple[str, InlineKeyboardMarkup]:
    """The current question of a round, with one button per answer, back and start over."""
    index, total = len(state["answers"]), len(quiz)
    question = quiz.questions[index]
    bar = "▰" * (index + 1) + "▱" * (total - index - 1)
    lines = [f"{t('quiz_title', lang)}  {index + 1}/{total}", bar, ""]
    if note:
        lines += [note, ""]
    if index == 0:
        lines += [_esc(t("quiz_intro", lang, n=total)), ""]
    lines.append(f"<b>{_esc(_src(question.text, lang))}</b>")
    tag = _tag(owner, state["round"], index)
    rows = [[_button(_src(choice.text, lang), lang, "quiz", tag, str(i))]
            for i, choice in enumerate(question.choices)]
    last = [_button(t("quiz_back", lang), lang, "quiz", tag, "back")] if index else []
    last.append(_button(t("quiz_restart", lang), lang, "quiz", tag, "restart"))
    rows.append(last)
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def result_view(quiz: Quiz, kb: KnowledgeBase, result: dict, owner: int,
                lang: Lang) -> tuple[str, InlineKeyboardMarkup]:
    """The top three: match, why (the answers that pointed there), what the job is judged by,
    and buttons to read the role, see how to get in, and retake."""
    answers = result.get("answers") or []
    if quiz.valid(answers) and len(answers) == len(quiz):
        matches: list[Match | None] = list(quiz.top(answers))
        top = [(m.outcome, m.percent) for m in matches if m]
    else:  # the questions changed since: show what was kept, without the reasons
        top = [(o, p) for o, p in result.get("top", []) if o in kb.entries]
        matches = [None] * len(top)
    lines = [t("quiz_result_title", lang), ""]
    rows = []
    for place, ((outcome, percent), match) in enumerate(zip(top, matches, strict=True), 1):
        name = kb.name(outcome, lang)
        lines.append(f"<b>{place}. {_esc(name)} · {percent}%</b>")
        if match and match.reasons:
            lines.append(_esc(_why(quiz, match, lang)))
        measured = kb.items(outcome, "measured_by", lang)[:3]
        if measured:
            sep, colon = ("；", "：") if is_zh(lang) else ("; ", ": ")
            label = _esc(t("quiz_measured", lang))
            lines.append(f"<i>{label}</i>{colon}{_esc(sep.join(measured))}")
        lines.append("")
        rows.append([_button(f"📖 {name}", lang, "topic", outcome),
                     _button(t("quiz_btn_into", lang), lang, "into", outcome)])
    lines.append(t("quiz_result_footer", lang))
    tag = _tag(owner, str(result.get("round") or NO_ROUND), len(quiz))
    rows.append([_button(t("quiz_btn_retake", lang), lang, "quiz", tag, "retake")])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _why(quiz: Quiz, match: Match, lang: Lang) -> str:
    """One or two sentences: the answers that pointed here, and the reasoning of the strongest."""
    chosen = [quiz.choice(q, c) for q, c in match.reasons[:2]]
    texts = [_src(c.text, lang).strip('"“”') for c in chosen]
    if len(texts) == 1:
        because = t("quiz_because_one", lang, a=texts[0])
    else:
        because = t("quiz_because_two", lang, a=texts[0], b=texts[1])
    gap = "" if is_zh(lang) else " "
    return f"{because}{gap}{_src(chosen[0].why, lang)}"


def offer_view(kb: KnowledgeBase, result: dict, owner: int,
               lang: Lang) -> tuple[str, InlineKeyboardMarkup]:
    """/quiz after a finished round: the last result in short, and a choice."""
    lines = [f"{i}. {_esc(kb.name(o, lang))} · {p}%"
             for i, (o, p) in enumerate(result.get("top", []), 1) if o in kb.entries]
    text = t("quiz_last", lang, lines="\n".join(lines))
    tag = _tag(owner, NO_ROUND, 0)
    markup = InlineKeyboardMarkup([[_button(t("quiz_btn_show", lang), lang, "quiz", tag, "show"),
                                    _button(t("quiz_btn_new", lang), lang, "quiz", tag, "new")]])
    return text, markup


# -- the quiz ---------------------------------------------------------------------------------


async def quiz_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiz, the menu button and /start quiz: carry on, offer the last result, or begin."""
    user, chat = update.effective_user, update.effective_chat
    if not user or not chat:
        return
    remember(update, context)
    lang = reply_lang(update, context)
    quiz, store = _model(context), services(context).store
    if not len(quiz):
        await context.bot.send_message(chat.id, t("quiz_unavailable", lang))
        return
    state = store.get_quiz(user.id)
    if state and _in_progress(quiz, state):
        await _resume(context, quiz, state, user.id, chat.id, lang)
        return
    result = store.get_quiz_result(user.id)
    if result and result.get("top"):
        text, markup = offer_view(services(context).engine.kb, result, user.id, lang)
        await context.bot.send_message(chat.id, text, parse_mode=ParseMode.HTML,
                                       reply_markup=markup)
        return
    await _new_round(context, quiz, user.id, chat.id, lang)


def _in_progress(quiz: Quiz, state: dict) -> bool:
    answers = state.get("answers")
    return (isinstance(answers, list) and quiz.valid(answers) and len(answers) < len(quiz)
            and bool(_TAG.match(_tag(0, str(state.get("round")), 0))))


async def _new_round(context: ContextTypes.DEFAULT_TYPE, quiz: Quiz, owner: int, chat_id: int,
                     lang: Lang) -> None:
    state = {"round": _token(3), "answers": [], "chat_id": chat_id, "message_id": None}
    services(context).store.save_quiz(owner, state)
    text, markup = question_view(quiz, state, owner, lang)
    message = await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                             reply_markup=markup)
    _moved(context, owner, state, message)


async def _resume(context: ContextTypes.DEFAULT_TYPE, quiz: Quiz, state: dict, owner: int,
                  chat_id: int, lang: Lang) -> None:
    """Send the current question again as a new message; the old one loses its buttons."""
    old_chat, old_message = state.get("chat_id"), state.get("message_id")
    if old_chat and old_message:
        # Gone or too old to edit: its buttons are stale anyway, and answered politely.
        with contextlib.suppress(TelegramError):
            await context.bot.edit_message_reply_markup(old_chat, old_message, reply_markup=None)
    index = len(state["answers"])
    note = _esc(t("quiz_resume", lang, i=index + 1, n=len(quiz))) if index else ""
    text, markup = question_view(quiz, state, owner, lang, note=note)
    message = await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                             reply_markup=markup)
    state["chat_id"] = chat_id
    _moved(context, owner, state, message)


def _moved(context: ContextTypes.DEFAULT_TYPE, owner: int, state: dict, message: Message) -> None:
    """Remember which message shows the round, if the round is still the same."""
    store = services(context).store
    current = store.get_quiz(owner)
    if current and current.get("round") == state["round"]:
        current["chat_id"], current["message_id"] = message.chat_id, message.message_id
        store.save_quiz(owner, current)


async def quiz_button(update: Update, context: ContextTypes.DEFAULT_TYPE, pressed: Button) -> None:
    """A press on a quiz button (already acknowledged by ask.button)."""
    user = update.effective_user
    lang = reply_lang(update, context)
    parsed = _TAG.match(pressed.args[0])
    action = pressed.args[1]
    if not parsed or not (action in _ACTIONS or action.isdigit()):
        await _note(update, context, "stale_button", lang)
        return
    owner, round_token, index = int(parsed[1]), parsed[2], int(parsed[3])
    if user is None or user.id != owner:
        await _note(update, context, "quiz_not_yours", lang)
        return
    quiz, store = _model(context), services(context).store
    chat_id = update.effective_chat.id if update.effective_chat else owner
    if action in ("show", "new", "retake"):
        await _fresh_start(update, context, quiz, owner, chat_id, lang, action)
        return
    state = store.get_quiz(owner)
    if (not state or state.get("round") != round_token or not _in_progress(quiz, state)
            or len(state["answers"]) != index):
        await _note(update, context, "quiz_stale", lang)
        return
    answers = list(state["answers"])
    new_state = dict(state)
    if action == "back" and answers:
        new_state["answers"] = answers[:-1]
    elif action == "restart":
        new_state.update(round=_token(3), answers=[])
    elif action.isdigit() and int(action) < len(quiz.questions[index].choices):
        new_state["answers"] = [*answers, int(action)]
    else:
        await _note(update, context, "quiz_stale", lang)
        return
    if update.effective_message:
        new_state["chat_id"] = update.effective_message.chat_id
        new_state["message_id"] = update.effective_message.message_id
    if len(new_state["answers"]) == len(quiz):
        await _finish(update, context, quiz, owner, new_state, index, lang)
        return
    if not store.advance_quiz(owner, round_token, index, new_state):
        await _note(update, context, "quiz_stale", lang)
        return
    text, markup = question_view(quiz, new_state, owner, lang)
    await _show(update, context, text, markup)


async def _fresh_start(update: Update, context: ContextTypes.DEFAULT_TYPE, quiz: Quiz,
                       owner: int, chat_id: int, lang: Lang, action: str) -> None:
    """"Show my result", "New round" and "Retake": never two rounds at once, so a double tap
    or an old offer carries on with the round in progress instead of starting another."""
    store = services(context).store
    state = store.get_quiz(owner)
    if state and _in_progress(quiz, state):
        await _resume(context, quiz, state, owner, chat_id, lang)
        return
    result = store.get_quiz_result(owner)
    if action == "show" and result and result.get("top"):
        text, markup = result_view(quiz, services(context).engine.kb, result, owner, lang)
        await _show(update, context, text, markup)
        return
    await _new_round(context, quiz, owner, chat_id, lang)


async def _finish(update: Update, context: ContextTypes.DEFAULT_TYPE, quiz: Quiz, owner: int,
                  state: dict, index: int, lang: Lang) -> None:
    answers = state["answers"]
    result = {"round": state["round"], "answers": answers,
              "top": [[m.outcome, m.percent] for m in quiz.top(answers)]}
    if not services(context).store.finish_quiz(owner, state["round"], index, result):
        await _note(update, context, "quiz_stale", lang)
        return
    text, markup = result_view(quiz, services(context).engine.kb, result, owner, lang)
    await _show(update, context, text, markup)
    await _send_chart(update, context, quiz, answers, lang)


async def _send_chart(update: Update, context: ContextTypes.DEFAULT_TYPE, quiz: Quiz,
                      answers: list[int], lang: Lang) -> None:
    """The fit to every job as a picture, after the text; a failure costs only the picture."""
    if not update.effective_chat:
        return
    try:
        bars = quiz_fit(quiz, services(context).engine.kb, answers, lang)
        picture = await asyncio.to_thread(draw_quiz_chart, bars, lang)
        await context.bot.send_photo(update.effective_chat.id, picture)
    except Exception:  # the result is already shown
        log.exception("quiz: could not send the chart")


async def _show(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                markup: InlineKeyboardMarkup) -> None:
    """Edit the pressed message in place; if that is impossible, send a new one."""
    query = update.callback_query
    try:
        if query and query.message:
            await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
            return
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return
        log.info("quiz: could not edit the message (%s); sending a new one", exc)
    if update.effective_chat:
        await context.bot.send_message(update.effective_chat.id, text, parse_mode=ParseMode.HTML,
                                       reply_markup=markup)


async def _note(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str, lang: Lang) -> None:
    """A polite word for a press that changes nothing."""
    if update.effective_chat:
        await context.bot.send_message(update.effective_chat.id, t(key, lang))


# -- the challenge --------------------------------------------------------------------------


async def challenge_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/challenge: close a round in progress (with its score), then start a new one."""
    user, chat = update.effective_user, update.effective_chat
    if not user or not chat:
        return
    remember(update, context)
    lang = reply_lang(update, context)
    store = services(context).store
    previous = store.open_challenge(user.id)
    if previous:
        await _close_challenge(context, previous, early=True)
    token = _token(4)
    questions = make_challenge(services(context).engine.kb, lang, token, CHALLENGE_SIZE)
    if len(questions) < CHALLENGE_SIZE:
        await context.bot.send_message(chat.id, t("challenge_unavailable", lang))
        return
    store.start_challenge(token, user.id, chat.id, lang, [q.to_json() for q in questions])
    await context.bot.send_message(chat.id, t("challenge_intro", lang, n=len(questions)),
                                   parse_mode=ParseMode.HTML)
    await _send_poll(context, store.get_challenge(token), 0)


async def _send_poll(context: ContextTypes.DEFAULT_TYPE, round_row: dict | None,
                     index: int) -> None:
    if not round_row:
        return
    question = ChallengeQuestion.from_json(round_row["questions"][index])
    total = len(round_row["questions"])
    title = f"{index + 1}/{total} · {question.question}"[:POLL_QUESTION]
    message = await context.bot.send_poll(
        round_row["chat_id"], title, list(question.options), type=Poll.QUIZ,
        correct_option_ids=[question.correct], explanation=question.explanation,
        is_anonymous=False,
    )
    services(context).store.add_challenge_poll(message.poll.id, round_row["user_id"],
                                               round_row["chat_id"], round_row["round"], index,
                                               question.correct)


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An answer to one of our polls: record the owner's first answer, then the next poll or
    the score. Answers from other people (polls in groups) and to closed rounds are ignored."""
    answer = update.poll_answer
    if answer is None or not answer.option_ids:
        return
    store = services(context).store
    poll = store.get_challenge_poll(answer.poll_id)
    if not poll or not answer.user or answer.user.id != poll["user_id"]:
        return
    round_row = store.get_challenge(poll["round"])
    if not round_row or round_row["finished"]:
        return
    if not store.answer_challenge_poll(answer.poll_id, answer.option_ids[0]):
        return
    polls = store.challenge_polls(poll["round"])
    total = len(round_row["questions"])
    if all(p["answered"] is not None for p in polls):
        if len(polls) >= total:
            await _close_challenge(context, round_row)
        else:
            await _send_poll(context, round_row, len(polls))


async def _close_challenge(context: ContextTypes.DEFAULT_TYPE, round_row: dict,
                           early: bool = False) -> None:
    """The score and what to read (the topics of the questions missed), once per round."""
    store = services(context).store
    if not store.finish_challenge(round_row["round"]):
        return
    lang: Lang = round_row["lang"]
    kb = services(context).engine.kb
    polls = {p["index"]: p for p in store.challenge_polls(round_row["round"])}
    questions = [ChallengeQuestion.from_json(q) for q in round_row["questions"]]
    right = sum(1 for p in polls.values() if p["answered"] == p["correct"])
    answered = sum(1 for p in polls.values() if p["answered"] is not None)
    missed: list[str] = []
    for index, question in enumerate(questions):
        poll = polls.get(index)
        if (not poll or poll["answered"] != poll["correct"]) and question.topic not in missed \
                and question.topic in kb.entries:
            missed.append(question.topic)
    total = len(questions)
    if early:
        lines = [t("challenge_closed", lang, right=right, total=total, left=total - answered)]
    else:
        lines = [t("challenge_score", lang, right=right, total=total)]
    lines.append(t("challenge_read", lang) if missed else t("challenge_perfect", lang))
    if not early:
        lines.append(t("challenge_again", lang))
    buttons = [InlineKeyboardButton(f"📖 {kb.name(topic, lang)}"[:64],
                                    callback_data=callbacks.encode("topic", topic))
               for topic in missed]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    await context.bot.send_message(round_row["chat_id"], "\n".join(lines),
                                   parse_mode=ParseMode.HTML,
                                   reply_markup=InlineKeyboardMarkup(rows) if rows else None)
