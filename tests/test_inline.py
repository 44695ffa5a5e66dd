"""Inline mode end to end: `@bot QUERY` typed in another chat, answered by the real Application
through the fake Bot API server."""

from __future__ import annotations

from tests.fakebot import BOT_USERNAME

ANN = 5101


async def inline(fake, query: str, user_id: int = ANN, **kw) -> dict:
    mark = fake.mark()
    query_id = fake.push_inline_query(user_id, query, **kw)["inline_query"]["id"]
    await fake.wait_for_calls("answerInlineQuery", after=mark)
    return fake.inline_answers[query_id]


async def test_inline_answers_in_the_querys_script_with_a_way_back(bot):
    answer = await inline(bot, "种草")
    results = answer["results"]
    assert results and all(r["type"] == "article" for r in results)
    first = results[0]
    assert "种草" in first["title"] and first["description"]
    message = first["input_message_content"]
    assert message["parse_mode"] == "HTML" and "来源" in message["message_text"]
    (button,) = [b for row in first["reply_markup"]["inline_keyboard"] for b in row]
    assert button["url"].startswith(f"https://t.me/{BOT_USERNAME}?start=role_")
    assert answer["is_personal"] is True and 0 < answer["cache_time"] <= 3600


async def test_inline_english_and_traditional(bot):
    results = (await inline(bot, "media buyer"))["results"]
    assert results[0]["title"] == "Media buyer"
    assert "Sources" in results[0]["input_message_content"]["message_text"]
    hant = (await inline(bot, "公關部在做什麼", language_code="zh-tw"))["results"]
    assert hant and "來源" in hant[0]["input_message_content"]["message_text"]
    assert len({r["id"] for r in results}) == len(results)


async def test_inline_follows_a_pinned_language(bot):
    mark = bot.mark()
    bot.push_message(ANN + 1, "/lang zh-Hans")
    await bot.wait_for_calls("sendMessage", chat_id=ANN + 1, after=mark)
    results = (await inline(bot, "media buyer", user_id=ANN + 1))["results"]
    assert "媒介" in results[0]["title"]


async def test_inline_short_or_unknown_query_offers_the_bot(bot):
    empty = await inline(bot, "")
    assert empty["results"] == [] and empty["button"]["start_parameter"]
    rice = await inline(bot, "how do I cook rice")
    assert all("rice" not in r["title"].lower() for r in rice["results"])
