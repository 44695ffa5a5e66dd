"""Which tip, and how it reads: the tip of a date, a subscriber's rotation, the message itself.

Pure functions over the knowledge base, so /tip, the scheduler and `careerbot tips send` show the
same thing and tests need no Telegram.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from math import gcd

from telegram import InlineKeyboardMarkup

from knowledge.engine.kb import KnowledgeBase
from knowledge.text.langs import Lang, from_telegram_code, has_cjk, is_zh

from ... import callbacks
from ...texts import t
from ...views.model import Choice, Gap, Markup, Paragraph, Sources, View
from ...views.telegram import view_html, view_markup

callbacks.register("tip", "p", 1)  # tip buttons: another / subscribe
# Button arguments of the "tip" action (one argument each, see bot/callbacks.py).
ANOTHER_PREFIX = "n:"  # "n:<tip id>": another tip after this one
SUBSCRIBE = "sub"


def tip_of_day(tips: Sequence[str], day: date) -> str:
    """The same tip for everyone on a date; consecutive dates walk the pool in order, so the
    "9+1" steps come one a day and nobody following /tip daily sees a repeat for len(tips) days."""
    return tips[day.toordinal() % len(tips)]


def stride(size: int) -> int:
    """A step through the pool that visits every tip before coming back (coprime to the size)
    and jumps far enough that "another tip" does not show tomorrow's tip of the day."""
    step = max(1, size // 3)
    while gcd(step, size) != 1:
        step += 1
    return step


def another_tip(tips: Sequence[str], current: str | None, day: date) -> str:
    """The tip after `current` for the "another tip" button; pressing on and on shows them all."""
    if current not in tips:
        current = tip_of_day(tips, day)
    index = list(tips).index(current)
    return tips[(index + stride(len(tips))) % len(tips)]


def next_for_user(tips: Sequence[str], had: Sequence[str], day: date) -> str:
    """A subscriber's tip for `day`: one they have not had in the current round of the pool.

    Each round shows every tip once; `had` (oldest first) holds every tip of earlier rounds
    exactly once, so the last len(had) % len(tips) entries are this round's. Prefer the tip of the
    day, so subscribers and /tip users can talk about the same one; otherwise the next unseen
    tip after it in pool order.
    """
    pool = set(tips)
    had_in_pool = [tip for tip in had if tip in pool]
    done = len(had_in_pool) % len(tips)
    seen = set(had_in_pool[len(had_in_pool) - done:]) if done else set()
    start = day.toordinal() % len(tips)
    for offset in range(len(tips)):
        candidate = tips[(start + offset) % len(tips)]
        if candidate not in seen:
            return candidate
    return tips[start]


def user_lang(row: dict) -> Lang:
    """The language of a delivered tip: pinned, else of their last question, else Telegram's."""
    lang = row.get("lang") or row.get("last_lang") or from_telegram_code(row.get("language_code"))
    return lang if lang in ("en", "zh-Hans", "zh-Hant") else "en"  # type: ignore[return-value]


def _source(kb: KnowledgeBase, tip_id: str, lang: Lang) -> str | None:
    """One source, in the reader's language when the tip has one (the English translation's
    section for English readers, the Chinese original's for Chinese readers)."""
    sources = kb.entries[tip_id].sources
    if not sources:
        return None
    wanted = [s for s in sources if has_cjk(s.section) == is_zh(lang)]
    src = (wanted or sources)[0]
    return f"{kb.article_title(src.file, lang)} · {src.section}"


def tip_view(kb: KnowledgeBase, tip_id: str, lang: Lang, heading: str = "tip_heading_today",
             footer: bool = False, offer_subscribe: bool = False) -> View:
    """Short enough to read at a glance: a heading, the tip, its source (and, on a delivered
    tip, how to change or stop them); buttons for another tip, more on it, and subscribing."""
    summary = escape(kb.text(tip_id, "summary", lang))
    view = View([
        Paragraph(Markup(f"💡 <b>{escape(t(heading, lang))}</b> · <b>{summary}</b>")),
        Gap(),
        Paragraph(kb.text(tip_id, "tip", lang)),
    ])
    source = _source(kb, tip_id, lang)
    if source:
        view.add(Gap(), Sources(t("tip_source", lang, source=source)))
    if footer:
        view.add(Paragraph(t("tip_footer", lang)))
    row = [Choice(t("tip_btn_another", lang), callbacks.encode("tip", ANOTHER_PREFIX + tip_id))]
    related = [r for r in kb.entries[tip_id].related if r in kb.entries]
    if related:
        label = t("tip_btn_more", lang, name=kb.name(related[0], lang))
        row.append(Choice(label[:60], callbacks.encode("topic", related[0])))
    view.choices = [row]
    if offer_subscribe:
        view.choices.append([Choice(t("tip_btn_subscribe", lang),
                                    callbacks.encode("tip", SUBSCRIBE))])
    return view


def tip_html(kb: KnowledgeBase, tip_id: str, lang: Lang, heading: str = "tip_heading_today",
             footer: bool = False) -> str:
    """The tip as Telegram HTML (for the broadcaster, which sends with a plain Bot)."""
    return view_html(tip_view(kb, tip_id, lang, heading, footer))


def tip_keyboard(kb: KnowledgeBase, tip_id: str, lang: Lang,
                 offer_subscribe: bool) -> InlineKeyboardMarkup:
    """Another tip, read more (the related entry, an answer button), subscribe."""
    markup = view_markup(tip_view(kb, tip_id, lang, offer_subscribe=offer_subscribe))
    assert markup is not None  # "another tip" is always there
    return markup
