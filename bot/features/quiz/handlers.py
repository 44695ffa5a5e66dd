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
from dataclasses import dataclass
from typing import Literal

from telegram import Message, Poll, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    PollAnswerHandler,
    filters,
)

from knowledge.engine.kb import KnowledgeBase
from knowledge.quiz import POLL_QUESTION, ChallengeQuestion, Match, Quiz, make_challenge
from knowledge.text.langs import Lang, is_zh, to_script

from ... import callbacks
from ...callbacks import Button
from ...context import CareerContext, Services, services
from ...pictures import draw_quiz_chart, quiz_fit
from ...texts import t
from ...views.model import Choice, Gap, Markup, Paragraph, View, note, rows
from ...views.telegram import send_view, view_html, view_markup
from ..base import Person, Session
from ..replies import person_of

callbacks.register("quiz", "q", 2)  # quiz: round tag, answer
callbacks.register("challenge", "g", 3)  # the terminal chat's challenge: round, question, option

log = logging.getLogger(__name__)

CHALLENGE_SIZE = 5
# OWNER.ROUND.INDEX: the quiz owner's user id, the round token, the question index.
_TAG = re.compile(r"^(-?\d{1,20})\.([a-z0-9]{1,12})\.(\d{1,3})$")
_ACTIONS = ("back", "restart", "show", "new", "retake")
NO_ROUND = "0"  # the round part of buttons that do not belong to a round (the "last result" offer)


def _token(nbytes: int) -> str:
    """A new round token (tests replace this to get the same rounds every run)."""
    return secrets.token_hex(nbytes)


def install(app: Application) -> None:
    """Handlers: /quiz, /challenge, /start quiz, quiz buttons and poll answers."""
    app.add_handler(CommandHandler("start", quiz_command,
                                   filters=filters.Regex(r"^/start(?:@\w+)?\s+quiz\s*$")))
    app.add_handler(CommandHandler("quiz", quiz_command))
    app.add_handler(CommandHandler("challenge", challenge_command))
    app.add_handler(CallbackQueryHandler(quiz_button, pattern=callbacks.pattern("quiz")))
    app.add_handler(PollAnswerHandler(poll_answer))


_MODELS: dict[int, tuple[KnowledgeBase, Quiz]] = {}


def model(kb: KnowledgeBase) -> Quiz:
    """The quiz built from the knowledge base, once per knowledge base."""
    cached = _MODELS.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = (kb, Quiz.from_entries(kb.entries))
        _MODELS[id(kb)] = cached
    return cached[1]


def _model(context: ContextTypes.DEFAULT_TYPE) -> Quiz:
    return model(services(context).engine.kb)


def _src(value: dict[str, str], lang: Lang) -> str:
    """Quiz wording from the knowledge base ({en, zh}), in the reader's script; the bot's own
    words come from the catalog already in it."""
    return to_script(value.get("zh" if is_zh(lang) else "en", ""), lang)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _tag(owner: int, round_token: str, index: int) -> str:
    return f"{owner}.{round_token}.{index}"


def _button(label: str, action: str, *args: str) -> Choice:
    """A button, its label already in the reader's script."""
    return Choice(label, callbacks.encode(action, *args))


# -- views ------------------------------------------------------------------------------------


def question_view(quiz: Quiz, state: dict, owner: int, lang: Lang, note: str = "") -> View:
    """The current question of a round, with one button per answer, back and start over."""
    index, total = len(state["answers"]), len(quiz)
    question = quiz.questions[index]
    bar = "▰" * (index + 1) + "▱" * (total - index - 1)
    view = View([Paragraph(Markup(f"{t('quiz_title', lang)}  {index + 1}/{total}")),
                 Paragraph(bar), Gap()])
    if note:
        view.add(Paragraph(note), Gap())
    if index == 0:
        view.add(Paragraph(t("quiz_intro", lang, n=total)), Gap())
    view.add(Paragraph(_src(question.text, lang), "bold"))
    tag = _tag(owner, state["round"], index)
    view.choices = [[_button(_src(choice.text, lang), "quiz", tag, str(i))]
                    for i, choice in enumerate(question.choices)]
    last = [_button(t("quiz_back", lang), "quiz", tag, "back")] if index else []
    last.append(_button(t("quiz_restart", lang), "quiz", tag, "restart"))
    view.choices.append(last)
    return view


def result_view(quiz: Quiz, kb: KnowledgeBase, result: dict, owner: int, lang: Lang) -> View:
    """The top three: match, why (the answers that pointed there), what the job is judged by,
    and buttons to read the role, see how to get in, and retake."""
    answers = result.get("answers") or []
    if quiz.valid(answers) and len(answers) == len(quiz):
        matches: list[Match | None] = list(quiz.top(answers))
        top = [(m.outcome, m.percent) for m in matches if m]
    else:  # the questions changed since: show what was kept, without the reasons
        top = [(o, p) for o, p in result.get("top", []) if o in kb.entries]
        matches = [None] * len(top)
    view = View([Paragraph(Markup(t("quiz_result_title", lang))), Gap()])
    for place, ((outcome, percent), match) in enumerate(zip(top, matches, strict=True), 1):
        name = kb.name(outcome, lang)
        view.add(Paragraph(f"{place}. {name} · {percent}%", "bold"))
        if match and match.reasons:
            view.add(Paragraph(_why(quiz, match, lang)))
        measured = kb.items(outcome, "measured_by", lang)[:3]
        if measured:
            sep, colon = ("；", "：") if is_zh(lang) else ("; ", ": ")
            label = _esc(t("quiz_measured", lang))
            view.add(Paragraph(Markup(f"<i>{label}</i>{colon}{_esc(sep.join(measured))}")))
        view.add(Gap())
        view.choices.append([_button(f"📖 {name}", "topic", outcome),
                             _button(t("quiz_btn_into", lang), "into", outcome)])
    view.add(Paragraph(Markup(t("quiz_result_footer", lang))))
    tag = _tag(owner, str(result.get("round") or NO_ROUND), len(quiz))
    view.choices.append([_button(t("quiz_btn_retake", lang), "quiz", tag, "retake")])
    return view


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


def offer_view(kb: KnowledgeBase, result: dict, owner: int, lang: Lang) -> View:
    """/quiz after a finished round: the last result in short, and a choice."""
    lines = [f"{i}. {_esc(kb.name(o, lang))} · {p}%"
             for i, (o, p) in enumerate(result.get("top", []), 1) if o in kb.entries]
    tag = _tag(owner, NO_ROUND, 0)
    view = View([Paragraph(Markup(t("quiz_last", lang, lines="\n".join(lines))))],
                [[_button(t("quiz_btn_show", lang), "quiz", tag, "show"),
                  _button(t("quiz_btn_new", lang), "quiz", tag, "new")]])
    return view


# -- the quiz, for any front end -------------------------------------------------------------


@dataclass
class Step:
    """What to show after a command or a press: `send` a new message, `edit` the pressed one,
    or show a round's question anew (`round`, remembering which message shows it and taking
    the buttons off the one that showed it before, `old`)."""

    kind: Literal["send", "edit", "round"]
    view: View
    state: dict | None = None
    old: tuple[int, int] | None = None


def _in_progress(quiz: Quiz, state: dict) -> bool:
    answers = state.get("answers")
    return (isinstance(answers, list) and quiz.valid(answers) and len(answers) < len(quiz)
            and bool(_TAG.match(_tag(0, str(state.get("round")), 0))))


def begin(svc: Services, person: Person) -> Step:
    """/quiz, the menu button and /start quiz: carry on, offer the last result, or begin."""
    quiz, store, lang = model(svc.engine.kb), svc.store, person.lang
    if not len(quiz):
        return Step("send", note(t("quiz_unavailable", lang)))
    state = store.get_quiz(person.user_id)
    if state and _in_progress(quiz, state):
        return _resume(quiz, state, person)
    result = store.get_quiz_result(person.user_id)
    if result and result.get("top"):
        return Step("send", offer_view(svc.engine.kb, result, person.user_id, lang))
    return _new_round(svc, quiz, person)


def _new_round(svc: Services, quiz: Quiz, person: Person) -> Step:
    state = {"round": _token(3), "answers": [], "chat_id": person.chat_id, "message_id": None}
    svc.store.save_quiz(person.user_id, state)
    return Step("round", question_view(quiz, state, person.user_id, person.lang), state)


def _resume(quiz: Quiz, state: dict, person: Person) -> Step:
    """The current question again, as a new message; the old one loses its buttons."""
    old_chat, old_message = state.get("chat_id"), state.get("message_id")
    index = len(state["answers"])
    note_text = t("quiz_resume", person.lang, i=index + 1, n=len(quiz)) if index else ""
    view = question_view(quiz, state, person.user_id, person.lang, note=note_text)
    state["chat_id"] = person.chat_id
    old = (old_chat, old_message) if old_chat and old_message else None
    return Step("round", view, state, old)


def press(svc: Services, person: Person, pressed: Button | None,
          message: tuple[int, int] | None = None) -> Step:
    """A press on a quiz button; `message` is the (chat, message) it was under."""
    lang = person.lang
    parsed = _TAG.match(pressed.args[0]) if pressed else None
    action = pressed.args[1] if pressed else ""
    if not parsed or not (action in _ACTIONS or action.isdigit()):
        return Step("send", note(t("stale_button", lang)))
    owner, round_token, index = int(parsed[1]), parsed[2], int(parsed[3])
    if person.user_id != owner:
        return Step("send", note(t("quiz_not_yours", lang)))
    quiz, store = model(svc.engine.kb), svc.store
    if action in ("show", "new", "retake"):
        return _fresh_start(svc, quiz, person, action)
    state = store.get_quiz(owner)
    if (not state or state.get("round") != round_token or not _in_progress(quiz, state)
            or len(state["answers"]) != index):
        return Step("send", note(t("quiz_stale", lang)))
    answers = list(state["answers"])
    new_state = dict(state)
    if action == "back" and answers:
        new_state["answers"] = answers[:-1]
    elif action == "restart":
        new_state.update(round=_token(3), answers=[])
    elif action.isdigit() and int(action) < len(quiz.questions[index].choices):
        new_state["answers"] = [*answers, int(action)]
    else:
        return Step("send", note(t("quiz_stale", lang)))
    if message:
        new_state["chat_id"], new_state["message_id"] = message
    if len(new_state["answers"]) == len(quiz):
        return _finish(svc, quiz, owner, new_state, index, lang)
    if not store.advance_quiz(owner, round_token, index, new_state):
        return Step("send", note(t("quiz_stale", lang)))
    return Step("edit", question_view(quiz, new_state, owner, lang))


def _fresh_start(svc: Services, quiz: Quiz, person: Person, action: str) -> Step:
    """"Show my result", "New round" and "Retake": never two rounds at once, so a double tap
    or an old offer carries on with the round in progress instead of starting another."""
    store = svc.store
    state = store.get_quiz(person.user_id)
    if state and _in_progress(quiz, state):
        return _resume(quiz, state, person)
    result = store.get_quiz_result(person.user_id)
    if action == "show" and result and result.get("top"):
        return Step("edit", result_view(quiz, svc.engine.kb, result, person.user_id,
                                        person.lang))
    return _new_round(svc, quiz, person)


def _finish(svc: Services, quiz: Quiz, owner: int, state: dict, index: int, lang: Lang) -> Step:
    answers = state["answers"]
    result = {"round": state["round"], "answers": answers,
              "top": [[m.outcome, m.percent] for m in quiz.top(answers)]}
    if not svc.store.finish_quiz(owner, state["round"], index, result):
        return Step("send", note(t("quiz_stale", lang)))
    view = result_view(quiz, svc.engine.kb, result, owner, lang)
    view.picture = _chart(quiz, svc.engine.kb, answers, lang)
    return Step("edit", view)


def _chart(quiz: Quiz, kb: KnowledgeBase, answers: list[int], lang: Lang) -> bytes | None:
    """The fit to every job as a picture (PNG); a drawing failure costs only the picture.
    It takes a moment: the Telegram path calls `press` in a worker thread."""
    try:
        return draw_quiz_chart(quiz_fit(quiz, kb, answers, lang), lang)
    except Exception:
        log.exception("quiz: could not draw the chart")
        return None


# -- the quiz on Telegram ---------------------------------------------------------------------


async def quiz_command(update: Update, context: CareerContext) -> None:
    if not update.effective_user or not update.effective_chat:
        return
    await _perform(update, context, begin(context.services, person_of(update, context)))


async def quiz_button(update: Update, context: CareerContext) -> None:
    query = update.callback_query
    await query.answer()
    message = update.effective_message
    where = (message.chat_id, message.message_id) if message else None
    person = person_of(update, context)
    if not update.effective_chat:
        person.chat_id = person.user_id
    # In a worker thread: the last answer draws the result's chart (the store is thread-safe).
    step = await asyncio.to_thread(press, context.services, person, callbacks.decode(query.data),
                                   where)
    await _perform(update, context, step)


async def _perform(update: Update, context: CareerContext, step: Step) -> None:
    chat = update.effective_chat
    chat_id = chat.id if chat else (update.effective_user.id if update.effective_user else 0)
    if step.kind == "edit":
        await _show(update, context, step.view)
        return
    if step.kind == "round" and step.old:
        # Gone or too old to edit: its buttons are stale anyway, and answered politely.
        with contextlib.suppress(TelegramError):
            await context.bot.edit_message_reply_markup(*step.old, reply_markup=None)
    message = await send_view(context.bot, chat_id, step.view)
    if step.kind == "round" and step.state and update.effective_user:
        _moved(context.services, update.effective_user.id, step.state, message)


def _moved(svc: Services, owner: int, state: dict, message: Message) -> None:
    """Remember which message shows the round, if the round is still the same."""
    store = svc.store
    current = store.get_quiz(owner)
    if current and current.get("round") == state["round"]:
        current["chat_id"], current["message_id"] = message.chat_id, message.message_id
        store.save_quiz(owner, current)


async def _show(update: Update, context: CareerContext, view: View) -> None:
    """Edit the pressed message in place; if that is impossible, send a new one."""
    query = update.callback_query
    try:
        if query and query.message:
            await query.edit_message_text(view_html(view), reply_markup=view_markup(view))
            if view.picture:  # below the text it illustrates, which stays where it was
                try:
                    await context.bot.send_photo(query.message.chat.id, view.picture)
                except TelegramError as exc:  # the result is shown; only the picture is lost
                    log.warning("quiz: could not send the chart (%s)", exc)
            return
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return
        log.info("quiz: could not edit the message (%s); sending a new one", exc)
    if update.effective_chat:
        await send_view(context.bot, update.effective_chat.id, view)


# -- the challenge ----------------------------------------------------------------------------


def start_challenge(svc: Services, person: Person) -> tuple[list[View], dict | None]:
    """/challenge: close a round in progress (with its score), then start a new one."""
    store, lang = svc.store, person.lang
    views: list[View] = []
    previous = store.open_challenge(person.user_id)
    if previous:
        closed = score_view(svc, previous, early=True)
        if closed:
            views.append(closed)
    token = _token(4)
    questions = make_challenge(svc.engine.kb, lang, token, CHALLENGE_SIZE)
    if len(questions) < CHALLENGE_SIZE:
        return [*views, note(t("challenge_unavailable", lang))], None
    store.start_challenge(token, person.user_id, person.chat_id, lang,
                          [q.to_json() for q in questions])
    views.append(View([Paragraph(Markup(t("challenge_intro", lang, n=len(questions))))]))
    return views, store.get_challenge(token)


def score_view(svc: Services, round_row: dict, early: bool = False) -> View | None:
    """The score and what to read (the topics of the questions missed), once per round: None
    when the round was closed already."""
    store = svc.store
    if not store.finish_challenge(round_row["round"]):
        return None
    lang: Lang = round_row["lang"]
    kb = svc.engine.kb
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
    buttons = [Choice(f"📖 {kb.name(topic, lang)}"[:64], callbacks.encode("topic", topic))
               for topic in missed]
    return View([Paragraph(Markup("\n".join(lines)))], rows(buttons))


async def challenge_command(update: Update, context: CareerContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if not user or not chat:
        return
    views, round_row = start_challenge(context.services, person_of(update, context))
    for view in views:
        await send_view(context.bot, chat.id, view)
    if round_row:
        await _send_poll(context, round_row, 0)


async def _send_poll(context: CareerContext, round_row: dict | None, index: int) -> None:
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


async def poll_answer(update: Update, context: CareerContext) -> None:
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
            view = score_view(context.services, round_row)
            if view:
                await send_view(context.bot, round_row["chat_id"], view)
        else:
            await _send_poll(context, round_row, len(polls))


# -- the terminal chat: the quiz with numbered answers, the challenge as numbered questions --


def chat_quiz(session: Session, _args: str) -> list[View]:
    return [begin(session.services, session.person).view]


def chat_quiz_button(session: Session, pressed: Button) -> list[View]:
    return [press(session.services, session.person, pressed).view]


def _challenge_question(svc: Services, round_row: dict, index: int) -> View:
    """One question of the round, its options as numbered choices (a poll on Telegram)."""
    question = ChallengeQuestion.from_json(round_row["questions"][index])
    total = len(round_row["questions"])
    svc.store.add_challenge_poll(f"chat:{round_row['round']}:{index}", round_row["user_id"],
                                 round_row["chat_id"], round_row["round"], index,
                                 question.correct)
    choices = [[Choice(option, callbacks.encode("challenge", round_row["round"], str(index),
                                                str(i)))]
               for i, option in enumerate(question.options)]
    return View([Paragraph(f"{index + 1}/{total} · {question.question}", "bold")], choices)


def chat_challenge(session: Session, _args: str) -> list[View]:
    views, round_row = start_challenge(session.services, session.person)
    if round_row:
        views.append(_challenge_question(session.services, round_row, 0))
    return views


def chat_challenge_button(session: Session, pressed: Button) -> list[View]:
    svc, lang = session.services, session.person.lang
    round_token, index, option = pressed.args
    round_row = svc.store.get_challenge(round_token)
    poll_id = f"chat:{round_token}:{index}"
    poll = svc.store.get_challenge_poll(poll_id)
    if (not round_row or round_row["finished"] or not poll or not option.isdigit()
            or round_row["user_id"] != session.person.user_id
            or not svc.store.answer_challenge_poll(poll_id, int(option))):
        return [note(t("stale_button", lang))]
    question = ChallengeQuestion.from_json(round_row["questions"][int(index)])
    mark = "✓" if int(option) == question.correct else "✗ " + question.options[question.correct]
    views = [note(f"{mark} — {question.explanation}" if question.explanation else mark)]
    following = int(index) + 1
    if following < len(round_row["questions"]):
        views.append(_challenge_question(svc, round_row, following))
    else:
        score = score_view(svc, round_row)
        if score:
            views.append(score)
    return views
