"""Screenshots of the Telegram views for the README, made honestly: the real Application
answers a short conversation through the fake Bot API server, and each message the bot sent
(its HTML text and its keyboard, as recorded by the server) is drawn as a chat bubble.

    .venv/bin/python -m tests.screens      # rewrites docs/screens/*.png (make screenshots)
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
import tempfile
import textwrap
from pathlib import Path

from bot.app import build_application
from bot.pictures.canvas import COLOURS, new_figure, png, text_style
from bot.settings import Settings
from knowledge.open import open_engine
from tests.fakebot import FakeBotAPI, polling

TOKEN = "123456:SCREENS-abcdefghijklmnopqrstuvwxyz"
OUT = Path(__file__).resolve().parents[1] / "docs" / "screens"
CHAT = 4242
# (file name, what the person sends, their Telegram language)
SCENES = (
    ("answer-en", "what does a media buyer do", "en"),
    ("follow-up-en", "and how is it measured?", "en"),
    ("gap-zh-hant", "公關人員薪水高嗎", "zh-TW"),
    ("move-zh-hans", "公关能转品牌吗", "zh-hans"),
)
WIDTH = 72  # characters a line in the bubble


def plain_lines(text: str) -> list[tuple[str, bool]]:
    """(line, bold) from Telegram HTML: tags dropped, entities unescaped, long lines wrapped
    (Chinese by width, two columns a character, since it has no spaces to break at)."""
    out: list[tuple[str, bool]] = []
    for raw in text.split("\n"):
        bold = raw.startswith("<b>")
        line = visible(html.unescape(re.sub(r"<[^>]+>", "", raw)))
        if re.search(r"[\u4e00-\u9fff]", line):
            wrapped, current, used = [], "", 0
            for ch in line:
                size = 2 if ord(ch) > 0x2E80 else 1
                if used + size > WIDTH:
                    wrapped.append(current)
                    current, used = "", 0
                current += ch
                used += size
            wrapped.append(current)
        else:
            wrapped = textwrap.wrap(line, WIDTH) or [""]
        out += [(w, bold) for w in wrapped]
    return out


def visible(text: str) -> str:
    """Without the emoji the fonts here cannot draw (a screenshot shows no empty boxes)."""
    return re.sub(r"[\U00010000-\U0010ffff]\s?", "", text)


def draw(person: str, text: str, buttons: list[list[str]], lang: str) -> bytes:
    """One exchange: the person's message, the bot's reply and its buttons."""
    lines = plain_lines(text)
    rows = len(buttons)
    height = 1.2 + 0.22 * len(lines) + 0.42 * rows
    fig = new_figure(8.0, height)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 8)
    ax.set_ylim(0, height)
    ax.axis("off")
    from matplotlib.patches import FancyBboxPatch

    top = height - 0.25
    ax.add_patch(FancyBboxPatch((4.2, top - 0.42), 3.55, 0.38, boxstyle="round,pad=0.05",
                                fc="#dcf8c6", ec="none"))
    ax.text(7.65, top - 0.23, person, ha="right", va="center", **text_style(lang, fontsize=10))
    y = top - 0.75
    bubble_h = 0.22 * len(lines) + 0.2
    ax.add_patch(FancyBboxPatch((0.2, y - bubble_h), 7.55, bubble_h, boxstyle="round,pad=0.05",
                                fc=COLOURS["box"], ec="none"))
    for i, (line, bold) in enumerate(lines):
        ax.text(0.35, y - 0.2 - 0.22 * i, line, ha="left", va="center",
                **text_style(lang, fontsize=9, weight="bold" if bold else "normal"))
    y -= bubble_h + 0.15
    for row in buttons:
        width = 7.55 / max(len(row), 1)
        for j, label in enumerate(row):
            x = 0.2 + j * width
            ax.add_patch(FancyBboxPatch((x + 0.03, y - 0.34), width - 0.06, 0.3,
                                        boxstyle="round,pad=0.02", fc=COLOURS["soft"], ec="none"))
            ax.text(x + width / 2, y - 0.19, visible(label)[:40], ha="center", va="center",
                    **text_style(lang, fontsize=8.5, color=COLOURS["accent"]))
        y -= 0.42
    return png(fig)


async def record() -> list[tuple[str, str, str, list[list[str]], str]]:
    """Each scene as (name, sent, reply HTML, button labels, reply language)."""
    scenes = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        engine = open_engine(data)
        async with FakeBotAPI(token=TOKEN) as fake:
            settings = Settings(token=TOKEN, api_base_url=fake.base_url, data_dir=data)
            app = build_application(settings, engine=engine)
            async with polling(app):
                await app.post_init(app)
                for name, text, code in SCENES:
                    mark = fake.mark()
                    fake.push_message(CHAT, text, language_code=code)
                    calls = await fake.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
                    params = calls[-1].params
                    markup = fake.last_message(CHAT).get("reply_markup") or {}
                    labels = [[b["text"] for b in row] for row in markup.get("inline_keyboard", [])]
                    lang = "en" if code == "en" else "zh-Hant" if code == "zh-TW" else "zh-Hans"
                    scenes.append((name, text, params["text"], labels, lang))
    return scenes


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, sent, reply, labels, lang in asyncio.run(record()):
        (OUT / f"{name}.png").write_bytes(draw(sent, reply, labels, lang))
        print(f"docs/screens/{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
