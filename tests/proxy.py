"""A small round-robin reverse proxy on 127.0.0.1, as an operator would put in front of two
copies of the bot in webhook mode: each request goes to the next copy; a copy that refuses the
connection is skipped (the proxy tries the next), the way nginx's `proxy_next_upstream` does."""

from __future__ import annotations

import itertools
from collections import Counter

import aiohttp
from aiohttp import web

_HOP = {"host", "content-length", "transfer-encoding", "connection"}


class RoundRobinProxy:
    def __init__(self, backends: list[str]) -> None:
        self.backends = backends  # base URLs, e.g. http://127.0.0.1:8081
        self.served: Counter[str] = Counter()  # backend → requests it answered
        self._next = itertools.cycle(range(len(backends)))
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
        if self._session:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP}
        for _ in range(len(self.backends)):
            backend = self.backends[next(self._next)]
            try:
                async with self._session.request(request.method, backend + request.path_qs,
                                                 data=body, headers=headers) as response:
                    payload = await response.read()
                    self.served[backend] += 1
                    return web.Response(status=response.status, body=payload,
                                        content_type=response.content_type)
            except aiohttp.ClientConnectorError:
                continue  # that copy is down: the next one
        return web.Response(status=502, text="no copy of the bot is up")
