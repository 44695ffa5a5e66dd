"""Shared fixtures: one built knowledge base per session, and a running bot against the fake
Telegram server for end-to-end tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_application
from bot.settings import Settings
from knowledge.engine import Engine
from knowledge.open import open_engine, open_kb
from tests.fakebot import FakeBotAPI, polling

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


@pytest.fixture(scope="session")
def kb_dir(tmp_path_factory) -> Path:
    """A data directory whose knowledge database is built once for the whole run."""
    directory = tmp_path_factory.mktemp("kb")
    open_kb(directory).close()
    return directory


@pytest.fixture(scope="session")
def engine(kb_dir) -> Engine:
    return open_engine(kb_dir)


@pytest.fixture
def data_dir(tmp_path, kb_dir) -> Path:
    """A fresh data directory per test, sharing the session's knowledge database."""
    (tmp_path / "knowledge.db").symlink_to(kb_dir / "knowledge.db")
    return tmp_path


@pytest.fixture
async def fake():
    async with FakeBotAPI(token=TOKEN) as server:
        yield server


def make_settings(fake: FakeBotAPI, data_dir: Path, **overrides) -> Settings:
    return Settings(token=TOKEN, api_base_url=fake.base_url, data_dir=data_dir, **overrides)


@pytest.fixture
async def bot(fake, data_dir, engine):
    """The real Application, polling the fake server; yields the fake to drive it."""
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        await app.post_init(app)  # run_polling() would call it; polling() by hand does not
        yield fake
