"""Shared fixtures: one built knowledge base per session, and a running bot against the fake
Telegram server for end-to-end tests."""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot import heap
from bot.app import build_application
from bot.settings import Settings
from knowledge.engine import Engine
from knowledge.open import open_engine, open_kb
from tests.fakebot import FakeBotAPI, polling
from tests.ports import free_port
from tests.serverthread import ServerThread

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"

# CI draws the same examples every run (`.ci/run` sets HYPOTHESIS_PROFILE=ci), so a commit that
# passed a clean-clone run passes CI; local runs keep drawing new ones and keep what fails in
# .hypothesis/ to try first next time.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


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


@pytest.fixture
async def fake_apart():
    """The fake server in a thread and event loop of its own (tests/serverthread.py), for the
    tests that count what it stamps in a second: the bot's work on pytest's loop no longer
    delays its stamps."""
    async with ServerThread(FakeBotAPI(token=TOKEN)) as server:
        yield server


@pytest.fixture
def settled_heap() -> Iterator[None]:
    """For the tests that count what the fake server stamps in a second. The server runs in
    pytest's process, whose heap holds 500,000 to 800,000 objects by then: a full collection
    stalled it for up to 420 ms (measured with gc.callbacks over the whole suite), after which
    it stamped the requests queued meanwhile in one instant, a 429 that no real server would
    have given (CI saw one). The bot settles its start-up heap the same way (bot/heap.py)."""
    heap.settle()
    yield
    heap.unsettle()


def make_settings(fake: FakeBotAPI, data_dir: Path, **overrides) -> Settings:
    return Settings(token=TOKEN, api_base_url=fake.base_url, data_dir=data_dir, **overrides)


@pytest.fixture
async def bot(fake, data_dir, engine):
    """The real Application, polling the fake server; yields the fake to drive it."""
    app = build_application(make_settings(fake, data_dir), engine=engine)
    async with polling(app):
        await app.post_init(app)  # run_polling() would call it; polling() by hand does not
        yield fake


# == the user-state backends ==================================================================
# Store tests take `state_location` (parametrised by `backend`): a fresh state.db, or a fresh
# schema (a URL with its search_path) in a throwaway PostgreSQL cluster this session starts
# itself (initdb + pg_ctl from the distribution's package, listening on 127.0.0.1 only, a free
# port). Without PostgreSQL's binaries the postgresql variants skip, unless
# CAREERBOT_REQUIRE_POSTGRES=1 (CI), then fail.

BACKENDS = ("sqlite", "postgresql")


class PostgresCluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="careerbot-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_postgres = os.getuid() == 0  # PostgreSQL refuses to run as root
        self._databases = itertools.count(1)
        self._admin = None  # a connection to the tests' database, once made
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "careerbot",
                  "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        with contextlib.suppress(Exception):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://careerbot@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty user state; its URL. A schema of its own in one shared database
        (the URL sets search_path), which takes milliseconds where CREATE DATABASE takes a
        quarter second."""
        import psycopg

        name = f"state_{next(self._databases)}"
        if self._admin is None:
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute("create database tests")
            self._admin = psycopg.connect(self.url("tests"), autocommit=True)
        self._admin.execute(f"create schema {name}")
        return f"{self.url('tests')}?options=-csearch_path%3D{name}"


PG_INITDB = "/usr/lib/postgresql/*/bin/initdb"  # the Debian package's layout


def postgres_bindir() -> Path | None:
    found = sorted(glob.glob(PG_INITDB),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    bindir = postgres_bindir()
    if bindir is None:
        reason = f"PostgreSQL is not installed (no {PG_INITDB}; apt-get install postgresql)"
        if os.environ.get("CAREERBOT_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason}, and CAREERBOT_REQUIRE_POSTGRES=1")
        pytest.skip(reason)
    cluster = PostgresCluster(bindir)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        cluster.stop()
        pytest.fail(f"cannot start PostgreSQL: {exc.stderr.decode(errors='replace')[-500:]}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def state_location(backend, tmp_path, request) -> str | Path:
    """Where a fresh user state lives, on the test's backend: a path or a postgresql:// URL."""
    if backend == "sqlite":
        return tmp_path / "state.db"
    return request.getfixturevalue("postgres").new_database()
