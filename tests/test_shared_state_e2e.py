"""Two copies of the bot sharing one PostgreSQL user state, each polling its own fake Bot API
server (as two copies behind a load balancer each get some of a chat's updates): a follow-up
answered by the other copy is understood, /start on one forgets for both, settings are
shared."""

from __future__ import annotations

import pytest

from bot.app import build_application
from tests.conftest import TOKEN, make_settings
from tests.fakebot import FakeBotAPI, polling

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

CHAT = 7001


async def ask(fake, text: str, chat_id: int = CHAT, **kw) -> str:
    mark = fake.mark()
    fake.push_message(chat_id, text, **kw)
    calls = await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)
    return calls[-1].params["text"]


async def test_two_copies_on_postgresql_share_a_chats_subject_and_settings(
        postgres, tmp_path, kb_dir, engine):
    url = postgres.new_database()
    async with FakeBotAPI(token=TOKEN) as one, FakeBotAPI(token=TOKEN) as two:
        apps = []
        for fake, name in ((one, "one"), (two, "two")):
            data = tmp_path / name
            data.mkdir()
            (data / "knowledge.db").symlink_to(kb_dir / "knowledge.db")
            apps.append(build_application(make_settings(fake, data, state_url=url),
                                          engine=engine))
        async with polling(apps[0]), polling(apps[1]):
            await ask(one, "what does a media buyer do")
            into = await ask(two, "how do I get into it?")
            assert "media buyer" in into.lower() and "not sure" not in into
            await ask(two, "/start")
            assert "not sure" in await ask(one, "how do I get into it?")

            await ask(one, "/lang zh-Hans")
            assert "你好" in await ask(two, "/start")
