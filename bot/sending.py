"""Every request to the Bot API goes through `SafeRequest`: a message is sent once and only once.

Why a request class and not retries in each handler: the only place that knows *how* a request
failed (refused before connecting, answered 5xx, cut after the request was written) is the HTTP
layer; above it python-telegram-bot folds all of them into one `NetworkError`. So here:

- **Surely not delivered, resent**: connection refused or failed, a connect, pool or write
  timeout (the request was never fully written, so Telegram cannot have acted on it), and any
  5xx answer whatever its body (JSON from the Bot API, or nginx's HTML page: either way the
  server said it did not do it). Resent a few times with back-off, then given up.
- **May have been delivered, never resent**: a read timeout, a reset or closed connection after
  the request went out. Telegram has no idempotency key, so resending could show the user the
  same answer twice; the failure is logged in one line and raised as it was.

`outcome()` says which side an exception is on, so the error handler can apologise only when the
answer surely did not arrive, and `delivered_in_update()` tells it whether something already
reached the user while handling this update (then no apology at all).

Polling (`getUpdates`) is safe to repeat whatever happened (the offset confirms updates), so
every failure but a timeout is retried here with a short, capped back-off (PTB's own pause grows
to 30 s and lingers after a burst of 5xx), one log line each; updates the library cannot parse
are skipped (one such "poison" update would otherwise stop all polling).
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from types import MappingProxyType
from typing import Any

import aiohttp
import httpx
from telegram import Chat, InlineKeyboardMarkup, Message, MessageEntity, Update, User
from telegram._utils.datetime import extract_tzinfo_from_defaults, from_timestamp
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData

from .transport import AiohttpRequest

log = logging.getLogger("careerbot.net")

# Back-off between resends of a request that surely did not arrive: about 6 s in all, longer
# than a typical proxy restart, shorter than a user's patience.
RETRY_DELAYS: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 2.5)
# A reply's read timeout: a read timeout is ambiguous (never resent), so make it rare.
READ_TIMEOUT = 20.0
# Connections kept to the Bot API for sending: enough for the requests in flight at once (the
# rate limiter lets about 30 messages a second through); a request finding all busy waits for one.
POOL_SIZE = 16

# Failures before the request was (fully) written, so Telegram cannot have acted on it. httpx's
# for the library's own `HTTPXRequest` (a plain `Bot`), aiohttp's for ours (bot/transport.py):
# refused or failed connects, connect and pool timeouts, a URL it cannot send to, and a write to
# a connection that was already closing (aiohttp raises ClientConnectionResetError only when
# writing; a failed body write is a ClientOSError caused by it).
_SURE_CAUSES = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteTimeout,
    httpx.WriteError,
    httpx.UnsupportedProtocol,
    aiohttp.ClientConnectorError,
    aiohttp.ConnectionTimeoutError,
    aiohttp.ClientConnectionResetError,
    aiohttp.InvalidURL,
    aiohttp.NonHttpUrlClientError,
)
# Transport failures (anything else among them may have arrived).
_TRANSPORT = (httpx.HTTPError, aiohttp.ClientError, TimeoutError)

# Methods whose success means the user now sees something (not sendChatAction: "typing…").
_MESSAGES = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "sendPoll", "copyMessage", "forwardMessage",
    "editMessageText",
})

# The sends of the update being handled: set per update (each runs in its own task, so a
# context variable keeps them apart); None outside any update.
_sent: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("sent", default=None)


def outcome(exc: BaseException) -> str:
    """'not_sent' when the failed request surely never took effect, else 'maybe'."""
    if not isinstance(exc, NetworkError):
        return "maybe"
    cause = exc.__cause__
    if cause is None:
        # PTB raises a bare NetworkError for an answered 5xx; a bare TimedOut is ambiguous.
        return "maybe" if isinstance(exc, TimedOut) else "not_sent"
    if isinstance(cause, _TRANSPORT):
        sure = isinstance(cause, _SURE_CAUSES) or (
            isinstance(cause, aiohttp.ClientOSError)
            and isinstance(cause.__cause__, aiohttp.ClientConnectionResetError))
        return "not_sent" if sure else "maybe"
    # a 5xx whose body is not JSON (nginx's HTML): PTB chains the parse error
    return "not_sent"


def begin_update() -> None:
    """Start counting what is sent while handling one update (called first for each)."""
    _sent.set([])


def in_update() -> bool:
    """Whether the current task is handling an update (a reply), not a job (a broadcast)."""
    return _sent.get() is not None


def delivered_in_update() -> bool:
    """Whether a message reached the user while handling the current update."""
    return bool(_sent.get())


def build_request(*, polling: bool = False, pool_size: int = POOL_SIZE,
                  retry_delays: Sequence[float] | None = None,
                  on_success: Callable[[], None] | None = None) -> SafeRequest:
    """The request object for an Application or a Bot: replies wait long for an answer (a read
    timeout is ambiguous), polling keeps PTB's defaults and one connection. `on_success` is
    called after each answered (200) call: the heartbeat of bot/health.py."""
    retry_delays = RETRY_DELAYS if retry_delays is None else retry_delays
    if polling:
        return SafeRequest(connection_pool_size=1, retry_delays=retry_delays,
                           on_success=on_success)
    return SafeRequest(connection_pool_size=pool_size, read_timeout=READ_TIMEOUT,
                       pool_timeout=10.0, retry_delays=retry_delays, on_success=on_success)


# Polling is retried here, not by PTB, whose pause after an error grows to 30 s and stays
# long after a burst of 5xx: updates would wait that long for nothing.
POLL_DELAYS: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0)


def _poll_delay(attempt: int) -> float:
    return POLL_DELAYS[min(attempt, len(POLL_DELAYS) - 1)]


def _method(url: str) -> str:
    return url.rsplit("/", 1)[-1]


class SafeRequest(AiohttpRequest):
    """`AiohttpRequest` (bot/transport.py) that resends what surely did not arrive and says so
    in one log line."""

    def __init__(self, *args: Any, retry_delays: Sequence[float] = RETRY_DELAYS,
                 on_success: Callable[[], None] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_delays = tuple(retry_delays)
        self.on_success = on_success

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict:
        """As PTB's, without logging the whole body (an nginx page) at ERROR on every 5xx, and
        less the echo of a message the bot sent: it comes back with its keyboard and the
        entities of its HTML, which the library parsed into objects on every reply (0.3 ms of
        the loop's 3, issue 11's throughput) for nobody to read. A `Message` returned by a send
        or an edit has no `reply_markup` nor `entities`; the rest (id, chat, text) is there."""
        try:
            data = json.loads(payload.decode("utf-8", "replace"))
        except ValueError as exc:
            raise TelegramError("Invalid server response") from exc
        result = data.get("result") if isinstance(data, dict) else None
        if isinstance(result, dict) and "message_id" in result and "chat" in result:
            result.pop("reply_markup", None)
            result.pop("entities", None)
        return data

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        api = _method(url)
        # a long poll; not the last getUpdates PTB makes at shutdown (timeout 0), which must
        # not wait out an outage
        polling = api == "getUpdates" and bool(
            request_data and request_data.parameters.get("timeout"))
        attempt = 0
        while True:
            try:
                code, payload = await super().do_request(
                    url, method, request_data, read_timeout=read_timeout,
                    write_timeout=write_timeout, connect_timeout=connect_timeout,
                    pool_timeout=pool_timeout)
            except NetworkError as exc:
                kind = outcome(exc)
                if polling:
                    if isinstance(exc, TimedOut):
                        log.warning("polling: getUpdates timed out; retrying")
                        raise  # PTB polls again at once
                    # polling is safe to repeat whatever happened: the offset confirms updates
                    delay = _poll_delay(attempt)
                    log.warning("polling: getUpdates failed (%s); retrying in %.2fs", _why(exc),
                                delay)
                elif kind == "maybe" or attempt >= len(self.retry_delays):
                    _log_gave_up(api, request_data, exc, kind)
                    raise
                else:
                    delay = self.retry_delays[attempt]
                    log.warning("%s to chat %s not sent (%s); resending in %.2fs", api,
                                _chat(request_data), _why(exc), delay)
            else:
                if code == 429 and polling:
                    wait = _retry_after(payload)
                    wait = float(wait) if isinstance(wait, int | float) else 1.0
                    log.warning("polling: getUpdates flood control (429); waiting %.1fs", wait)
                    await asyncio.sleep(wait)
                    continue
                if code == 429:
                    log.warning("%s to chat %s: flood control (429), retry after %ss", api,
                                _chat(request_data), _retry_after(payload))
                if code < 500:
                    if code == 200 and self.on_success is not None:
                        self.on_success()
                    if 200 <= code < 300 and api in _MESSAGES:
                        sent = _sent.get()
                        if sent is not None:
                            sent.append(api)
                    return code, payload
                if polling:
                    delay = _poll_delay(attempt)
                    log.warning("polling: getUpdates answered %s; retrying in %.2fs", code, delay)
                    attempt += 1
                    await asyncio.sleep(delay)
                    continue
                if attempt >= len(self.retry_delays):
                    log.warning("%s to chat %s: the Bot API answered %s %d times; giving up",
                                api, _chat(request_data), code, attempt + 1)
                    return code, payload
                delay = self.retry_delays[attempt]
                log.warning("%s to chat %s: the Bot API answered %s; resending in %.2fs",
                            api, _chat(request_data), code, delay)
            attempt += 1
            await asyncio.sleep(delay)


class SafeBot(ExtBot):
    """The library's bot, whose getUpdates parses each update on its own: one the library cannot
    parse is skipped with one log line, and polling goes on (the library's parses the batch as
    one and fails it whole, logging every message text at CRITICAL, again and again).

    Why here and not a trial parse in `SafeRequest.post`: that parsed every update twice, a
    quarter of a millisecond each (issue 11's throughput). This is the library's
    `Bot.get_updates` (22.x) with the per-update guard in place of `Update.de_list`."""

    async def get_updates(self, offset: int | None = None, limit: int | None = None,
                          timeout: Any = None, allowed_updates: Sequence[str] | None = None,
                          *, read_timeout: Any = DEFAULT_NONE, write_timeout: Any = DEFAULT_NONE,
                          connect_timeout: Any = DEFAULT_NONE, pool_timeout: Any = DEFAULT_NONE,
                          api_kwargs: dict | None = None) -> tuple[Update, ...]:
        data = {"timeout": timeout, "offset": offset, "limit": limit,
                "allowed_updates": allowed_updates}
        base = (self._request[0].read_timeout if isinstance(read_timeout, DefaultValue)
                else read_timeout) or 0
        wait = timeout.total_seconds() if isinstance(timeout, timedelta) else timeout or 0
        result = await self._post("getUpdates", data, read_timeout=base + wait,
                                  write_timeout=write_timeout, connect_timeout=connect_timeout,
                                  pool_timeout=pool_timeout, api_kwargs=api_kwargs)
        updates = tuple(u for u in (self._parsed(raw) for raw in result or ()) if u is not None)
        for update in updates:
            self.insert_callback_data(update)
        return updates

    async def send_html(self, chat_id: int, text: str,
                        reply_markup: InlineKeyboardMarkup | None = None) -> int:
        """`send_message(chat_id, text, reply_markup=...)` for a message whose `Message` nobody
        reads back (an answer): the same request through the same `_post` (defaults, rate
        limiter, SafeRequest), without parsing the Bot API's echo of the message into a
        `Message`, a fifth of a millisecond a reply (issue 11's throughput). The parameters
        left at DEFAULT_NONE take the Defaults as `send_message` would (a test compares the
        two on the wire). Returns the message's id."""
        data: dict[str, Any] = {
            "chat_id": chat_id, "text": text, "reply_markup": reply_markup,
            "parse_mode": DEFAULT_NONE, "link_preview_options": DEFAULT_NONE,
            "disable_notification": DEFAULT_NONE, "protect_content": DEFAULT_NONE,
        }
        result = await self._post("sendMessage", data)
        return int(result.get("message_id", 0)) if isinstance(result, dict) else 0

    def _parsed(self, raw: Any) -> Update | None:
        """The update, or only its id when the library cannot parse it: skipped, polling goes
        on (the offset moves past it). A plain text message goes the short way
        (`_plain_message`)."""
        try:
            return _plain_message(raw, self) or Update.de_json(raw, self)
        except Exception as exc:  # any parse failure of any shape: this is the guard
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            log.warning("update %s skipped: cannot be parsed (%s)", update_id,
                        type(exc).__name__)
            if not isinstance(update_id, int):
                return None
            bare = Update(update_id)
            bare.set_bot(self)
            return bare


# The fields of a plain text message from a person, what nearly every update of a busy bot is
# (a question); the date 0 of an inaccessible message is not one.
_PLAIN_MESSAGE = frozenset({"message_id", "date", "chat", "from", "text", "entities"})
# The attributes `_plain_message` sets itself; every other one is the library's default.
_OWN = frozenset({"message_id", "date", "chat", "from_user", "text", "entities", "_id_attrs",
                  "api_kwargs", "_bot", "_frozen"})
_defaults: tuple[tuple[str, Any], ...] = ()


def _message_defaults() -> tuple[tuple[str, Any], ...]:
    """(attribute, value) of a `Message` built with nothing but its required fields, read
    from one the library built: every field a plain text message does not have. All are
    None, False, empty tuples or the library's own markers, so they can be shared."""
    global _defaults
    if not _defaults:
        blank = Message(0, from_timestamp(1), Chat(0, "private"))
        names = dict.fromkeys(name for cls in Message.__mro__
                              for name in getattr(cls, "__slots__", ()))
        _defaults = tuple((name, getattr(blank, name)) for name in names
                          if name not in _OWN and not name.startswith("__")
                          and hasattr(blank, name))
    return _defaults


def _plain_message(raw: Any, bot: ExtBot) -> Update | None:
    """A plain text message's update, the object `Update.de_json` builds; None for any other
    update, which the library parses. Why: the library's parse tries each of a message's
    80-odd optional fields in turn, and `Message.__init__` sets its 110-odd attributes through
    the frozen-object guard one by one, about 0.2 ms of the loop's time an update (issue 11's
    throughput). Here the few fields there are go in directly and the rest are the library's
    defaults (`_message_defaults`); tests/test_transport.py compares every attribute with the
    library's parse. Any surprise in the fields (a type not expected here) leaves it to the
    library, so a poison update still fails there and is skipped."""
    if type(raw) is not dict or len(raw) != 2:
        return None
    update_id, message = raw.get("update_id"), raw.get("message")
    if type(update_id) is not int or type(message) is not dict:
        return None
    if not _PLAIN_MESSAGE.issuperset(message):
        return None
    message_id, chat, sender = message.get("message_id"), message.get("chat"), message.get("from")
    date, text, entities = message.get("date"), message.get("text"), message.get("entities")
    if (type(message_id) is not int or type(chat) is not dict
            or type(sender) not in (dict, type(None)) or type(date) is not int or not date
            or type(text) not in (str, type(None)) or type(entities) not in (list, type(None))):
        return None
    try:
        own = {
            "message_id": message_id,
            "date": from_timestamp(date, tzinfo=extract_tzinfo_from_defaults(bot)),
            "chat": Chat.de_json(chat, bot),
            "from_user": None if sender is None else User.de_json(sender, bot),
            "text": text,
            "entities": () if entities is None else MessageEntity.de_list(entities, bot),
        }
    except Exception:  # whatever cannot be built here, the library parses (or skips)
        return None
    parsed = Message.__new__(Message)
    put = object.__setattr__  # past the frozen-object guard, as Message.__init__ is
    for name, value in _message_defaults():
        put(parsed, name, value)
    for name, value in own.items():
        put(parsed, name, value)
    put(parsed, "_id_attrs", (message_id, own["chat"]))
    put(parsed, "api_kwargs", MappingProxyType({}))
    put(parsed, "_bot", None)
    put(parsed, "_frozen", True)
    parsed.set_bot(bot)
    update = Update(update_id, message=parsed)
    update.set_bot(bot)
    return update


def _retry_after(payload: bytes) -> object:
    try:
        return json.loads(payload)["parameters"]["retry_after"]
    except (ValueError, KeyError, TypeError):
        return "?"


def apology_due(error: BaseException | None) -> bool:
    """Whether to tell the user something went wrong: only when nothing reached them while
    handling this update, and the failure is not a send that may have arrived after all."""
    if delivered_in_update():
        return False
    return not (isinstance(error, NetworkError) and outcome(error) == "maybe")


def _chat(request_data: RequestData | None) -> Any:
    if request_data is None:
        return "-"
    return request_data.parameters.get("chat_id", "-")


def reason(exc: BaseException) -> str:
    """A failure in a few words for a log line: never a whole HTML page."""
    return _why(exc)


def _why(exc: BaseException) -> str:
    cause = exc.__cause__
    if isinstance(cause, _TRANSPORT):
        return type(cause).__name__
    text = str(exc)
    return text.split(". Parsing")[0][:80] if text else type(exc).__name__


def _log_gave_up(api: str, request_data: RequestData | None, exc: BaseException,
                 kind: str) -> None:
    if kind == "maybe":
        log.warning("%s to chat %s: outcome unknown (%s); not resent", api, _chat(request_data),
                    _why(exc))
    else:
        log.warning("%s to chat %s: not sent (%s); giving up", api, _chat(request_data),
                    _why(exc))
