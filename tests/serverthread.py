"""The fake Bot API served from a thread of its own, for the tests that count what it stamps.

In the `fake` fixture the server shares pytest's event loop with the bot under test: whenever
the bot's own work held that loop (handling an update, starting up), requests waiting at the
server were stamped late, all in one instant, and a bot that had paced them well showed 31 in a
second (CI saw it: one 429 in about three full runs). Real Telegram runs on other machines. Here
the server gets its own loop in its own thread, so the bot's loop no longer delays its stamps;
what is left is the interpreter's thread switch (5 ms) and the operating system.

Every method of the server runs in its thread (a sync one waited for, a coroutine awaited from
the caller's loop), so its lists and dicts are only changed and walked there; plain attributes
(`stats`, `base_url`) are read directly, one dictionary look-up at a time, which the
interpreter's lock makes safe. A method call blocks the caller's loop until the server's thread
has run it (microseconds, or one thread switch when that thread is busy)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
from collections.abc import Callable
from typing import Any

from tests.fakebot import FakeBotAPI


class ServerThread:
    """A started FakeBotAPI in its own thread, used as the server itself (`fake.sent(...)`)."""

    def __init__(self, server: FakeBotAPI) -> None:
        self._server = server
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-bot-api",
                                        daemon=True)

    async def __aenter__(self) -> ServerThread:
        self._thread.start()
        try:
            await self._there(self._server.start())
        except BaseException:
            await self._end()  # a server that did not start leaves no thread behind
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self._there(self._server.stop())
        finally:
            await self._end()

    async def _end(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        await asyncio.to_thread(self._thread.join, 10)
        if not self._thread.is_alive():
            self._loop.close()

    def _there(self, coroutine: Any) -> asyncio.Future[Any]:
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, self._loop))

    def _call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()

        def run() -> None:
            try:
                done.set_result(function(*args, **kwargs))
            except BaseException as error:  # handed to the caller, raised there
                done.set_exception(error)

        self._loop.call_soon_threadsafe(run)
        return done.result(timeout=10)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._server, name)
        if inspect.iscoroutinefunction(value):
            return lambda *args, **kwargs: self._there(value(*args, **kwargs))
        if callable(value):
            return lambda *args, **kwargs: self._call(value, *args, **kwargs)
        return value
