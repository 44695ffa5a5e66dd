"""The real Application against the fake Bot API server: what a user sends, what they see."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import time

import pytest

from bot import callbacks
from bot.app import build_application, configure_logging
from bot.storage import open_store
from tests.conftest import TOKEN, make_settings
from tests.fakebot import polling

CHAT = 1001


def buttons(fake, chat_id: int = CHAT) -> list[tuple[str, str]]:
    """(label, callback data) of the inline keyboard under the chat's last message."""
    markup = fake.last_message(chat_id).get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


async def ask(fake, text: str, chat_id: int = CHAT, **kw) -> str:
    mark = fake.mark()
    fake.push_message(chat_id, text, **kw)
    calls = await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)
    return calls[-1].params["text"]


async def test_start_welcomes_in_english_with_menu(bot):
    text = await ask(bot, "/start")
    assert "CareerBot" in text
    labels = [label for label, _ in buttons(bot)]
    assert any("role" in label.lower() for label in labels)
    assert any("quiz" in label.lower() or "fits" in label.lower() for label in labels)


async def test_start_follows_telegram_language(bot):
    text = await ask(bot, "/start", language_code="zh-hans")
    assert "你好" in text
    text = await ask(bot, "/start", chat_id=CHAT + 1, language_code="zh-TW")
    assert "你好" in text and "幫你" in text  # Traditional


async def test_follow_ups_use_the_chats_last_subject(bot):
    chat, other = CHAT + 40, CHAT + 41
    await ask(bot, "what does a media buyer do", chat_id=chat)
    into = await ask(bot, "how do I get into it?", chat_id=chat)
    assert "media buyer" in into.lower() and "not sure" not in into
    measured = await ask(bot, "and how is it measured?", chat_id=chat)
    assert "judged by" in measured and "ROI" in measured
    # Another chat has no subject; /start forgets this one.
    assert "not sure" in (await ask(bot, "how do I get into it?", chat_id=other))
    await ask(bot, "/start", chat_id=chat)
    assert "not sure" in (await ask(bot, "how do I get into it?", chat_id=chat))


async def test_a_tapped_topic_becomes_the_subject(bot, engine):
    chat = CHAT + 42
    await ask(bot, "what is KOC", chat_id=chat)
    owner = engine.kb.entries["koc"].handled_by[0]  # the first button: who deals with KOCs
    label, data = buttons(bot, chat)[0]
    assert label == engine.kb.name(owner, "en")
    mark = bot.mark()
    bot.push_callback(chat, bot.last_message(chat)["message_id"], data)
    await bot.wait_for_calls("sendMessage", chat_id=chat, after=mark)
    reply = await ask(bot, "and how is it measured?", chat_id=chat)
    assert reply.startswith(f"<b>{label}</b>") and "judged by" in reply


async def test_question_in_each_script_is_answered_in_that_script(bot):
    en = await ask(bot, "what does a media buyer do")
    assert "<b>Media buyer</b>" in en and "Sources" in en
    hans = await ask(bot, "品牌部负责什么")
    assert "<b>品牌部</b>" in hans and "来源" in hans
    hant = await ask(bot, "公關部在做什麼")
    assert "公關" in hant and "來源" in hant


async def test_answer_has_followup_buttons_and_they_work(bot):
    await ask(bot, "what does a media buyer do")
    found = dict(buttons(bot))
    into = [data for label, data in found.items() if label.startswith("How to move into")]
    assert into, found
    message_id = bot.last_message(CHAT)["message_id"]
    mark = bot.mark()
    bot.push_callback(CHAT, message_id, into[0])
    await bot.wait_for_calls("answerCallbackQuery", after=mark)
    calls = await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
    assert "Media buyer" in calls[-1].params["text"]


async def test_sources_button_lists_articles(bot):
    await ask(bot, "what is KOC")
    data = [d for label, d in buttons(bot) if "Sources" in label][0]
    mark = bot.mark()
    bot.push_callback(CHAT, bot.last_message(CHAT)["message_id"], data)
    calls = await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
    assert ".txt" in calls[-1].params["text"]


async def test_out_of_scope_says_what_the_bot_does(bot):
    text = await ask(bot, "how do I cook rice")
    assert "not sure" in text and "marketing" in text


@pytest.mark.parametrize(
    "data",
    [
        "garbage",
        "1|t|no_such_entry",
        "0|t|brand_dept",
        "1|zz|x",
        "1|c|brand_dept",
        "1|t|" + "x" * 70,
        "",
    ],
)
async def test_forged_or_stale_buttons_get_a_friendly_note(bot, data):
    await ask(bot, "what is KOC")
    mark = bot.mark()
    bot.push_callback(CHAT, bot.last_message(CHAT)["message_id"], data)
    await bot.wait_for_calls("answerCallbackQuery", after=mark)
    calls = await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
    assert "no longer works" in calls[-1].params["text"]


async def test_commands_role_compare_switch(bot):
    assert "<b>Media buyer</b>" in await ask(bot, "/role media buyer")
    text = await ask(bot, "/compare brand department | PR department")
    assert "Brand department" in text and "PR department" in text
    text = await ask(bot, "/switch promotion | content operations")
    assert "content operations" in text.lower()
    assert "|" in await ask(bot, "/compare brand")  # usage explains the separator
    assert "couldn't find" in await ask(bot, "/role qwertyuiop")


async def test_help_about_and_unknown_command(bot):
    assert "/compare" in await ask(bot, "/help")
    assert "articles" in await ask(bot, "/about")
    assert "/help" in await ask(bot, "/frobnicate")


async def test_lang_pin_changes_reply_language(bot):
    assert "English" in await ask(bot, "/lang zh-Hant") or True
    text = await ask(bot, "what does a media buyer do")
    assert "媒介" in text and "來源" in text
    await ask(bot, "/lang auto")
    assert "Media buyer" in await ask(bot, "what does a media buyer do")


async def test_lang_buttons(bot):
    await ask(bot, "/lang")
    data = dict(buttons(bot))["简体中文"]
    mark = bot.mark()
    bot.push_callback(CHAT, bot.last_message(CHAT)["message_id"], data)
    await bot.wait_for_calls("editMessageText", after=mark)
    assert "简体中文" in bot.last_message(CHAT)["text"]


async def test_start_menu_navigation_edits_in_place(bot):
    await ask(bot, "/start")
    message_id = bot.last_message(CHAT)["message_id"]
    data = callbacks.encode("menu", "roles")
    mark = bot.mark()
    bot.push_callback(CHAT, message_id, data)
    await bot.wait_for_calls("editMessageText", after=mark)
    labels = [label for label, _ in buttons(bot)]
    assert "Brand department" in labels


async def test_deep_link_to_a_role(bot):
    text = await ask(bot, "/start role_pr_dept")
    assert "<b>PR department</b>" in text


async def test_long_answers_are_split_and_html_is_escaped(bot):
    text = await ask(bot, "<b>what</b> & KOC " + "x" * 300)
    assert "<b>what</b>" not in text  # user markup never reaches Telegram unescaped


async def test_very_long_message_is_read_in_part_and_says_so(bot):
    mark = bot.mark()
    bot.push_message(CHAT, "KOC " * 300)
    calls = await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark, count=2)
    assert "first part" in calls[0].params["text"] and "KOC" in calls[1].params["text"]


async def test_bad_input_gets_an_answer(bot):
    for text in ["   ", "🙂🙂🙂", "\x00\x07 KOC \x1b", "'; drop table users; --", "a" * 5000]:
        reply = await ask(bot, text)
        assert reply.strip()


async def test_typing_shows_only_when_an_answer_is_slow(bot, engine, monkeypatch):
    mark = bot.mark()
    await ask(bot, "what is SEO")
    assert not bot.calls_for("sendChatAction", after=mark)  # instant answers need no "typing…"
    real = engine.answer

    def slow(*args, **kwargs):
        time.sleep(0.6)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "answer", slow)
    mark = bot.mark()
    assert "SEO" in await ask(bot, "what is SEO")
    typing = bot.calls_for("sendChatAction", chat_id=CHAT, after=mark)
    assert typing and typing[0].params["action"] == "typing"


async def test_groups_only_answer_mentions(bot):
    group = -5001
    mark = bot.mark()
    bot.push_message(group, "what is KOC", chat_type="group")
    bot.push_message(group, "@careerbot_test_bot what is KOC", chat_type="group", mentions=True)
    calls = await bot.wait_for_calls("sendMessage", chat_id=group, after=mark)
    assert len(calls) == 1 and "KOC" in calls[0].params["text"]


async def test_command_menu_set_in_english_and_chinese(bot):
    await bot.wait_for_calls("setMyCommands", count=3)
    assert any(c["command"] == "compare" for c in bot.commands(language_code="en"))
    zh = bot.commands(language_code="zh")
    assert any("对比" in c["description"] for c in zh)


async def test_menu_and_profile_come_from_the_catalog(bot):
    """Every menu language gets every command (features' too) and both descriptions, in the
    catalog's words; the default (no language code) is English."""
    from bot.texts import t

    await bot.wait_for_calls("getUpdates")  # polling starts after post_init is done
    menus = {"": "en", "en": "en", "zh": "zh-Hans"}
    for code, lang in menus.items():
        commands = bot.commands(language_code=code)
        names = [c["command"] for c in commands]
        assert names[:7] == ["start", "help", "role", "compare", "switch", "lang", "about"]
        assert {"tip", "subscribe", "quiz", "challenge"} <= set(names)
        assert "stats" not in names  # curators' commands stay out of everyone's menu
        for c in commands:
            assert c["description"] == t(f"cmd_{c['command']}", lang)
        # what a client with that language sees (the default where none is set for it)
        assert bot.descriptions.get(code, bot.descriptions[""]) == t("bot_description", lang)
        short = bot.short_descriptions.get(code, bot.short_descriptions[""])
        assert short == t("bot_short_description", lang)
    assert "看懂" in bot.short_descriptions["zh"] and "English" in bot.descriptions[""]


async def test_questions_are_logged(bot, data_dir):
    await ask(bot, "what does a media buyer do")
    await ask(bot, "how do I cook rice")
    store = open_store(data_dir / "state.db")
    for _ in range(100):  # logged just after the answer is sent
        rows = list(store.db.query("select kind, topic, lang from questions order by id"))
        if len(rows) >= 2:
            break
        await asyncio.sleep(0.02)
    assert rows[-2]["topic"] == "media_buyer" and rows[-1]["kind"] == "unknown"
    assert store.unanswered()[0]["question"] == "how do I cook rice"


async def test_settings_survive_a_restart(fake, data_dir, engine):
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        await ask(fake, "/lang zh-Hans")
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        assert "媒介" in await ask(fake, "what does a media buyer do")


async def test_token_never_logged(fake, data_dir, engine, caplog):
    configure_logging(TOKEN)
    caplog.set_level(logging.INFO)
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        await ask(fake, "what is KOC")
    secret = TOKEN.split(":")[1]
    assert all(secret not in record.getMessage() for record in caplog.records)


def test_callback_data_fits_in_64_bytes(engine):
    for eid in engine.kb.entries:
        assert callbacks.decode(callbacks.encode("topic", eid)).args == (eid,)
    jobs = sorted(engine.kb.of_kind("role", "department"), key=len)[-2:]
    assert len(callbacks.encode("compare", *jobs).encode()) <= 64
    with pytest.raises(ValueError):
        callbacks.encode("topic", "x" * 70)


async def test_installed_program_runs_against_the_fake_server(fake, data_dir):
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "CAREERBOT_DATA_DIR": str(data_dir),
    }
    exe = os.path.join(os.path.dirname(sys.executable), "careerbot")
    proc = subprocess.Popen([exe], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        await fake.wait_for_calls("getUpdates", timeout=30)
        text = await ask(fake, "what does a media buyer do")
        assert "Media buyer" in text
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert TOKEN.split(":")[1] not in err.decode()


def test_bad_token_and_unreachable_server_give_one_line(tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), "careerbot")
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "not-a-token", "CAREERBOT_DATA_DIR": str(tmp_path)}
    out = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    env["TELEGRAM_BOT_TOKEN"] = TOKEN
    env["TELEGRAM_API_BASE_URL"] = "http://127.0.0.1:9/bot"
    start = time.monotonic()
    out = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 3, out.stderr
    assert "cannot reach" in out.stderr and "Traceback" not in out.stderr
    assert TOKEN.split(":")[1] not in out.stderr
    assert time.monotonic() - start < 120


SCRIPTS = {
    "en": ("en", "Sources"),
    "zh-hans": ("zh-Hans", "来源"),
    "zh-tw": ("zh-Hant", "來源"),
}


@pytest.mark.parametrize("code", ["en", "zh-hans", "zh-tw"])
async def test_every_command_in_each_language(bot, code):
    lang, sources = SCRIPTS[code]
    chat = {"en": 2001, "zh-hans": 2002, "zh-tw": 2003}[code]

    async def say(text):
        return await ask(bot, text, chat_id=chat, language_code=code)

    welcome = await say("/start")
    assert ("CareerBot" in welcome) and (("你好" in welcome) == (lang != "en"))
    help_text = await say("/help")
    assert "/compare" in help_text and (("<b>命令" in help_text or "<b>指令" in help_text) == (lang != "en"))
    about = await say("/about")
    assert (
        ("關於" in about)
        if lang == "zh-Hant"
        else ("关于" in about)
        if lang == "zh-Hans"
        else ("About" in about)
    )
    words = {
        "en": ("media buyer", "brand | PR department", "promotion | content operations"),
        "zh-Hans": ("媒介", "品牌部 | 公关部", "推广 | 内容运营"),
        "zh-Hant": ("媒介", "品牌部 | 公關部", "推廣 | 內容運營"),
    }[lang]
    role = await say(f"/role {words[0]}")
    assert sources in role
    compare = await say(f"/compare {words[1]}")
    assert sources in compare
    switch = await say(f"/switch {words[2]}")
    assert sources in switch
    if lang == "zh-Hant":
        assert "內容營運" in switch  # written in Simplified, shown in Taiwan wording


async def test_menu_buttons_answer_in_the_users_language(bot):
    chat = 2101
    await ask(bot, "/start", chat_id=chat, language_code="zh-tw")
    message_id = bot.last_message(chat)["message_id"]
    for item in ("roles", "compare", "switch"):
        mark = bot.mark()
        bot.push_callback(chat, message_id, callbacks.encode("menu", item), language_code="zh-tw")
        await bot.wait_for_calls("editMessageText", after=mark)
        text = bot.message(chat, message_id)["text"]
        assert any(ch in text for ch in "個選對轉說") or "|" in text, text


async def test_malformed_updates_do_not_stop_the_bot(bot):
    mark = bot.mark()
    bot.push_raw(
        {
            "update_id": 10**6,
            "message": {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}},
        }
    )
    bot.push_raw(
        {
            "update_id": 10**6 + 1,
            "callback_query": {
                "id": "x1",
                "from": {"id": 7, "is_bot": False, "first_name": "A"},
                "chat_instance": "c",
                "data": "1|t|brand_dept",
            },
        }
    )
    bot.push_raw(
        {
            "update_id": 10**6 + 2,
            "edited_message": {
                "message_id": 2,
                "date": 0,
                "edit_date": 1,
                "text": "KOC",
                "chat": {"id": CHAT, "type": "private"},
            },
        }
    )
    bot.push_raw({"update_id": 10**6 + 3, "something_new": {"x": 1}})
    bot.push_message(CHAT, "what is KOC")
    calls = await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark, count=2)
    assert "text" in calls[0].params["text"]  # the message with nothing in it
    assert "KOC" in calls[-1].params["text"]
    assert len(bot.calls_for("sendMessage", chat_id=CHAT, after=mark)) == 2  # edits not re-asked


async def test_non_text_message_gets_a_note(bot):
    mark = bot.mark()
    bot.push_raw(
        {
            "update_id": 2 * 10**6,
            "message": {
                "message_id": 5,
                "date": 0,
                "chat": {"id": CHAT, "type": "private"},
                "from": {"id": CHAT, "is_bot": False, "first_name": "Ann"},
                "sticker": {
                    "file_id": "f",
                    "file_unique_id": "u",
                    "width": 1,
                    "height": 1,
                    "is_animated": False,
                    "is_video": False,
                    "type": "regular",
                },
            },
        }
    )
    calls = await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
    assert "text" in calls[-1].params["text"]


async def test_admin_commands_only_for_admins(fake, data_dir, engine):
    admin, other = 4242, 4343
    app = build_application(make_settings(fake, data_dir, admin_ids=frozenset({admin})), engine=engine)
    async with polling(app):
        await ask(fake, "how do I cook rice", chat_id=other)
        await ask(fake, "what is KOC", chat_id=other)
        assert "/help" in await ask(fake, "/stats", chat_id=other)  # does not exist for others
        stats = await ask(fake, "/stats", chat_id=admin)
        assert "questions: 2" in stats and "not answered: 1" in stats
        assert "how do I cook rice" in await ask(fake, "/unanswered", chat_id=admin)


@pytest.mark.parametrize("question", ["how is marketing organised at a big hardware company",
                                      "B公司的组织架构"])
async def test_answers_about_an_org_come_with_its_chart(bot, question):
    chat = 2301 if question.isascii() else 2302
    mark = bot.mark()
    bot.push_message(chat, question)
    # (the first chart of a process imports matplotlib and loads the CJK font before the answer
    # is sent: 3.6 s measured on a slow machine, over the 5 s wait with the rest of the answer)
    [sent] = await bot.wait_for_calls("sendMessage", chat_id=chat, after=mark, timeout=30)
    [photo] = await bot.wait_for_calls("sendPhoto", chat_id=chat, after=mark)
    assert photo.params["photo"].data.startswith(b"\x89PNG") and sent.params["text"]


async def test_answers_about_a_job_come_without_a_picture(bot):
    mark = bot.mark()
    await ask(bot, "what does a media buyer do", chat_id=2303)
    assert not bot.calls_for("sendPhoto", chat_id=2303, after=mark)


async def test_an_org_reached_by_button_comes_with_its_chart(bot):
    chat = 2304
    await ask(bot, "/start", chat_id=chat)
    message_id = bot.last_message(chat)["message_id"]
    mark = bot.mark()
    bot.push_callback(chat, message_id, callbacks.encode("topic", "fmcg_company"))
    [photo] = await bot.wait_for_calls("sendPhoto", chat_id=chat, after=mark)
    assert photo.params["photo"].data.startswith(b"\x89PNG")


async def test_profile_is_set_only_when_it_changed(bot):
    """A restart with the same texts does not call setMyDescription again (Telegram limits
    it hard); a failing call costs a warning, not the start."""
    from telegram import Bot

    from bot.app import MENU_LANGUAGES, _set_profile
    from bot.texts import t

    await bot.wait_for_calls("getUpdates")
    async with Bot(bot.token, base_url=bot.base_url) as client:
        mark = bot.mark()
        for code, lang in MENU_LANGUAGES.items():
            await _set_profile(client, lang, {"language_code": code} if code else {})
        assert not bot.calls_for("setMyDescription", after=mark)
        assert not bot.calls_for("setMyShortDescription", after=mark)
        bot.descriptions.pop("zh")
        await _set_profile(client, "zh-Hans", {"language_code": "zh"})
        assert [c.params["description"] for c in bot.calls_for("setMyDescription", after=mark)] \
            == [t("bot_description", "zh-Hans")]


@pytest.mark.filterwarnings("ignore:.*`retry_after`:telegram.warnings.PTBDeprecationWarning")
async def test_a_rate_limited_description_does_not_hold_up_the_start(fake, data_dir, engine,
                                                                     monkeypatch, caplog):
    from bot import app as app_module

    monkeypatch.setattr(app_module, "PROFILE_TIMEOUT", 0.5)
    fake.fail_next("setMyDescription", status=429, retry_after=3600, times=3)
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        started = time.monotonic()
        await app.post_init(app)
        assert time.monotonic() - started < 5
    assert len(fake.commands(language_code="zh")) > 7  # the menus were still set
    assert "could not set the bot's description" in caplog.text


async def test_path_next_and_job_ads(bot):
    chat = CHAT + 60
    route = await ask(bot, "/path editor | product operations", chat_id=chat)
    assert "<b>From Editor to Product operations, step by step</b>" in route and "%" in route
    assert "not a job I know" in (await ask(bot, "/path editor | rice cooker", chat_id=chat))
    assert "/path editor | product operations" in (await ask(bot, "/path", chat_id=chat))
    nxt = await ask(bot, "/next 媒介", chat_id=chat)
    assert "媒介岗可以转去哪里" in nxt and nxt.count("%") >= 3
    ad = (
        "新媒体运营专员\n岗位职责：\n1. 负责公众号、小红书账号的日常内容更新；\n"
        "2. 对接KOL/KOC，策划种草内容，提升涨粉和转化；\n任职要求：\n1. 一年以上新媒体经验。"
    )
    pasted = await ask(bot, ad, chat_id=chat)
    assert "这份招聘启事是什么岗位" in pasted and "新媒体" in pasted and "种草" in pasted
    labels = [label for label, _ in buttons(bot, chat)]
    assert any("新媒体" in label for label in labels)
    by_command = await ask(bot, "/jd " + ad, chat_id=chat)
    assert "这份招聘启事是什么岗位" in by_command
