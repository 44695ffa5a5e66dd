"""The catalogs: every key in every locale, the same placeholders, the fallback chain, and the
Traditional texts written in Taiwan wording rather than converted."""

from __future__ import annotations

import re

import pytest

from bot.texts import CATALOG as BOT
from bot.texts import t
from knowledge.engine.phrases import CATALOG as ENGINE
from knowledge.engine.phrases import say
from knowledge.i18n import FALLBACK, LOCALES, Catalog, CatalogError, chain

CATALOGS = {"bot": BOT, "engine": ENGINE}


@pytest.mark.parametrize("name", CATALOGS)
def test_every_key_in_every_locale_with_the_same_placeholders(name):
    catalog = CATALOGS[name]
    keys = {locale: catalog.keys(locale) for locale in LOCALES}
    assert keys["en"], f"the {name} catalog is empty"
    for locale in LOCALES:
        assert keys[locale].keys() == keys["en"].keys(), (
            f"{name} {locale}: missing {sorted(keys['en'].keys() - keys[locale].keys())}, "
            f"extra {sorted(keys[locale].keys() - keys['en'].keys())}"
        )
        for key, variables in keys["en"].items():
            assert keys[locale][key] == variables, f"{name} {locale} {key}: placeholders differ"


def test_bot_and_engine_keys_do_not_collide():
    # A key in both would read differently depending on who asks.
    assert not BOT.keys("en").keys() & ENGINE.keys("en").keys()


def test_fallback_chain():
    assert FALLBACK["zh-Hant"] == ("zh-Hant", "zh-Hans", "en")
    assert chain("zh-TW") == FALLBACK["zh-Hant"] and chain("zh") == FALLBACK["zh-Hans"]
    assert chain("de") == ("en",)


def test_a_key_missing_in_a_locale_falls_back(tmp_path):
    for locale, text in (("en", "a = A\nb = B { $x }\n"), ("zh-Hans", "a = 甲\n")):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "x.ftl").write_text(text, encoding="utf-8")
    catalog = Catalog([tmp_path])
    assert catalog.text("a", "zh-Hant") == "甲"
    assert catalog.text("b", "zh-Hant", x=3) == "B 3"
    with pytest.raises(KeyError):
        catalog.text("c", "en")
    with pytest.raises(CatalogError):
        catalog.text("b", "en")  # a value left out fails as str.format would


def test_a_broken_file_fails_loudly(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.ftl").write_text("a = A\n= oops\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="x.ftl"):
        Catalog([tmp_path]).text("a", "en")


def test_texts_and_phrases_keep_their_signatures():
    assert "CareerBot" in t("welcome", "en", name="Ann")
    assert t("welcome", "zh-Hans", name="Ann").startswith("你好，Ann")
    assert say("who_title", "en", task="SEO") == "Who does this: SEO?"
    assert say("sources", "zh-Hant") == "來源"
    # no Unicode isolation marks around values
    assert "\u2068" not in t("lang_set", "en", current="English")


# Words a Taiwan reader would not write: OpenCC's character conversion leaves them as they are.
MAINLAND = re.compile(r"運營|崗位|菜單|消息|信息|視頻|默認|設置|發送|互聯網|質量|軟件|屏幕|使用者運營")


@pytest.mark.parametrize("catalog", [BOT, ENGINE], ids=["bot", "engine"])
def test_traditional_is_written_in_taiwan_wording(catalog):
    for path in catalog.files("zh-Hant"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                continue
            # Examples of what people type stay as they type them ("內容運營" is understood).
            found = MAINLAND.search(line.replace("/switch 推廣 | 內容運營", ""))
            assert not found, f"{path.name}:{number}: {found and found.group()} in {line!r}"
            assert not re.search(r"[“”]", line), f"{path.name}:{number}: use 「」 in Taiwan"


@pytest.mark.parametrize("locale", LOCALES)
def test_telegram_limits_and_html(locale):
    """Menus and profile texts fit Telegram's limits; HTML tags are balanced (replies are
    sent with parse_mode HTML)."""
    for key in BOT.keys(locale):
        if key.startswith("cmd_"):
            assert 1 <= len(t(key, locale)) <= 256, key
    assert len(t("bot_description", locale)) <= 512
    assert len(t("bot_short_description", locale)) <= 120
    for catalog in (BOT, ENGINE):
        for path in catalog.files(locale):
            text = path.read_text(encoding="utf-8")
            for tag in ("b", "i"):
                assert text.count(f"<{tag}>") == text.count(f"</{tag}>"), (path.name, tag)


@pytest.mark.parametrize("name", CATALOGS)
def test_fast_path_formats_exactly_as_fluent_runtime(name):
    catalog = CATALOGS[name]
    for locale in LOCALES:
        for key, variables in catalog.keys(locale).items():
            values = {v: f"<{v}>" for v in variables}
            assert catalog.text(key, locale, **values) == catalog.rich_text(key, locale, **values)


def test_richer_messages_go_to_fluent_runtime(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.ftl").write_text(
        "-brand = CareerBot\n"
        "tips = { $count ->\n    [one] one tip\n   *[other] { $count } tips\n}\n"
        "hello = Hi from { -brand }\n",
        encoding="utf-8",
    )
    catalog = Catalog([tmp_path])
    assert catalog.text("tips", "en", count=1) == "one tip"
    assert catalog.text("tips", "en", count=3) == "3 tips"
    assert catalog.text("hello", "zh-Hant") == "Hi from CareerBot"
    assert "-brand" not in catalog.keys("en")
