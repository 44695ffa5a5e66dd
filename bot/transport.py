"""`AiohttpRequest`: python-telegram-bot's HTTP layer on aiohttp instead of httpx.

Why: on a busy bot most of the event loop's time went to httpx and httpcore, not to our code
(issue 11's throughput: about 3.7 ms of CPU per sendMessage through `HTTPXRequest`, of which the
connection pool's per-request scan of every idle socket alone was a fifth). aiohttp parses HTTP
in C, keeps its pool in a dict and is already a dependency (webhook mode), so nothing new is
installed. It is a `BaseRequest`, so the library's parsing, errors and rate limiter are unchanged.

Failures keep the library's shape: a timeout is `TimedOut`, anything else `NetworkError`, each
with aiohttp's exception as `__cause__`, which bot/sending.py's `outcome()` reads to tell "surely
not sent" from "may have arrived".

Timeouts, mapped from the library's four: `connect` covers waiting for a pooled connection and
connecting (aiohttp times the two together: pool + connect), `sock_connect` the connect alone,
and the read timeout starts once the request is written (aiohttp starts it then). aiohttp has no
write timeout; a request whose upload stalls is bounded by a total of all four instead.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

_JSON = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one `aiohttp.ClientSession` with at most `connection_pool_size`
    connections; the same arguments and defaults as the library's `HTTPXRequest`."""

    def __init__(self, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0,
                 media_write_timeout: float | None = 20.0) -> None:
        self._pool_size = connection_pool_size
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        # the env proxy (HTTPS_PROXY, NO_PROXY) per scheme and host, looked up once: aiohttp's
        # trust_env would look it up (and netrc) in a worker thread on every request
        self._proxies: dict[tuple[str, str | None], URL | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _proxy(self, url: URL) -> URL | None:
        key = (url.scheme, url.host)
        if key not in self._proxies:
            try:
                self._proxies[key] = aiohttp.helpers.get_env_proxy_for_url(url)[0]
            except LookupError:
                self._proxies[key] = None
        return self._proxies[key]

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = bool(request_data and request_data.contains_files)
        read = self._read if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        write = ((self._media_write if files else self._write)
                 if isinstance(write_timeout, DefaultValue) else write_timeout)
        timeout = aiohttp.ClientTimeout(
            total=_sum(read, write, connect, pool), connect=_sum(connect, pool),
            sock_connect=connect, sock_read=read)
        body: Any = None
        headers = None
        if request_data is not None:
            if files:
                body = aiohttp.FormData(request_data.json_parameters)
                for name, (filename, content, mime) in request_data.multipart_data.items():
                    body.add_field(name, content, filename=filename, content_type=mime)
            else:
                # JSON, which the Bot API takes as well as a form: one call to the C encoder,
                # where a form quoted every field in Python (a twentieth of the loop's time)
                body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
                headers = _JSON
        target = URL(url)
        try:
            async with self._session.request(method, target, data=body, headers=headers,
                                             timeout=timeout, proxy=self._proxy(target)) as res:
                return res.status, await res.read()
        except TimeoutError as err:  # aiohttp's are TimeoutErrors too
            if isinstance(err, aiohttp.ConnectionTimeoutError):
                raise TimedOut("Connect or pool timeout: the request was *not* sent") from err
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err


def _sum(*parts: float | None) -> float | None:
    """Seconds in all, or None (no limit) when any part has none."""
    return None if any(p is None for p in parts) else sum(p for p in parts if p is not None)
