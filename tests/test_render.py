"""Telegram rendering: escaping, splitting, button data."""

from __future__ import annotations

from bot import callbacks
from bot.views.telegram import LIMIT, answer_html, answer_keyboard, split_html


def test_html_is_escaped(engine):
    answer = engine.answer("what is KOC")
    answer.lead = "a <b> & c"
    html = answer_html(answer)
    assert "a &lt;b&gt; &amp; c" in html and html.startswith("<b>")


def test_keyboard_buttons_decode(engine):
    answer = engine.answer("what does a media buyer do")
    keyboard = answer_keyboard(answer)
    for row in keyboard.inline_keyboard:
        for button in row:
            assert callbacks.decode(button.callback_data) is not None


def test_split_keeps_parts_under_the_limit_and_tags_balanced():
    text = "<b>Title</b>\n" + "\n".join(f"• line {i} " + "word " * 30 for i in range(200))
    text += "\n<i>" + "source " * 1500 + "</i>"
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        assert len(part) <= LIMIT
        assert part.count("<i>") == part.count("</i>") and part.count("<b>") == part.count("</b>")
    assert "".join(parts).count("line 199") == 1


def test_split_short_text_untouched():
    assert split_html("hello") == ["hello"]


def test_decode_rejects_forgeries():
    for data in [
        None,
        "",
        "1",
        "2|t|brand_dept",
        "1|t",
        "1|t|a|b",
        "1|t|bad id",
        "1|?|x",
        "1|t|" + "é" * 40,
    ]:
        assert callbacks.decode(data) is None
