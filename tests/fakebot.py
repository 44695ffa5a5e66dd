"""A fake Telegram Bot API server for offline end-to-end tests.

The real python-telegram-bot ``Bot``/``Application`` talks HTTP to this server on 127.0.0.1;
nothing ever reaches the internet.  Typical use::

    async with FakeBotAPI() as fake:
        app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
        app.add_handler(CommandHandler("start", start))
        async with polling(app):
            fake.push_message(42, "/start")
            await fake.wait_for_calls("sendMessage", chat_id=42)
        assert fake.sent(42) == ["Welcome!"]

Wire format (PTB 22, ``HTTPXRequest``): POST with form-encoded fields, where string values
are sent verbatim and every other value is JSON-encoded; multipart/form-data when files are
uploaded.  JSON bodies and GET query strings are accepted too.  All parsed parameters are
recorded with JSON values decoded (``Call.params``).

Answers use Telegram's JSON shapes (``{"ok": true, "result": ...}`` and
``{"ok": false, "error_code": ..., "description": ..., "parameters": {...}}``), so PTB
de-serialises results and raises its usual exceptions (RetryAfter, Forbidden, BadRequest,
InvalidToken, Conflict, NetworkError, TimedOut).

Everything is bounded: getUpdates never waits longer than its ``timeout`` (capped at
``max_poll_timeout``), hangs never outlast their ``seconds``, ``stop()`` wakes every waiting
request, and a watchdog stops a forgotten server after ``max_lifetime`` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import inspect
import itertools
import json
import logging
import re
import socket
import time
from collections import Counter, defaultdict, deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

__all__ = [
    "BOT_USERNAME",
    "CLIENT_CLOSED",
    "DROPPED",
    "DEFAULT_TOKEN",
    "Call",
    "FakeBotAPI",
    "UploadedFile",
    "polling",
]

_LOG = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456:TEST-token"
BOT_USERNAME = "careerbot_test_bot"
BOT_FIRST_NAME = "CareerBot"
CLIENT_CLOSED = 499  # Call.status of a request whose client hung up before it was answered
DROPPED = 444  # Call.status of a request whose connection the server dropped (nginx's 444)
DEFAULT_GROUP_USER_ID = 7001  # sender of pushed group messages when no user_id is given

MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64

# fmt: off
# Parameters that are strings in the Bot API.  PTB sends strings verbatim (not JSON-encoded),
# so these must never be JSON-decoded (a text of "123" must stay "123").
STRING_FIELDS = frozenset(
    {
        "text", "caption", "parse_mode", "caption_parse_mode", "explanation",
        "explanation_parse_mode", "question", "question_parse_mode", "callback_query_id",
        "inline_message_id", "inline_query_id", "url", "description", "short_description",
        "name", "title", "language_code", "action", "emoji", "business_connection_id",
        "message_effect_id", "file_id", "photo", "document", "audio", "video", "animation",
        "voice", "video_note", "sticker", "thumbnail", "address", "first_name", "last_name",
        "phone_number", "vcard", "payload", "currency", "provider_token", "start_parameter",
        "secret_token", "ip_address", "shipping_query_id", "pre_checkout_query_id",
        "error_message", "query", "next_offset", "custom_title", "web_app_query_id",
        "game_short_name", "invite_link", "foursquare_id", "foursquare_type",
        "google_place_id", "google_place_type", "set_name", "sticker_set_name",
    }
)

UPDATE_TYPES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post",
        "business_connection", "business_message", "edited_business_message",
        "deleted_business_messages", "message_reaction", "message_reaction_count",
        "inline_query", "chosen_inline_result", "callback_query", "shipping_query",
        "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer",
        "my_chat_member", "chat_member", "chat_join_request", "chat_boost",
        "removed_chat_boost",
    }
)

CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)

# fmt: on

DEFAULT_DESCRIPTIONS = {
    400: (
        "Bad Request: message is not modified: specified new message content and reply "
        "markup are exactly the same as a current content and reply markup of the message"
    ),
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: (
        "Conflict: terminated by other getUpdates request; make sure that only one bot "
        "instance is running"
    ),
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

_NOT_MODIFIED = DEFAULT_DESCRIPTIONS[400]
_CONFLICT = DEFAULT_DESCRIPTIONS[409]
# The methods that send a message: what `latency` slows down.
_SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "copyMessage", "forwardMessage"})
_PATH_RE = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z0-9_]+)/?$")
_LEADING_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_])")
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_@])@[A-Za-z][A-Za-z0-9_]{4,31}(?![A-Za-z0-9_])")
_COMMAND_NAME_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_TAG_RE = re.compile(r"<[^>]*>")

# What nginx in front of the Bot API answers when the backend is down: HTML, not JSON.
NGINX_HTML = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)


# --------------------------------------------------------------------------------------------
# Public records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request (stored in ``Call.params`` under its part name)."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(eq=False)
class Call:
    """One request the bot made.  Unpacks like ``method, params, time = call``.

    ``time`` is ``time.monotonic()`` at arrival.  ``status`` is the HTTP status answered
    (``None`` while the request is still being answered, e.g. hanging; ``CLIENT_CLOSED``
    = 499 if the client hung up first), ``response`` the JSON body answered.
    """

    method: str
    params: dict[str, Any]
    time: float
    index: int
    status: int | None = None
    response: dict[str, Any] | None = None
    peer: int | None = None  # the client's port: which connection (so which process) sent it

    def __iter__(self):
        return iter((self.method, self.params, self.time))

    @property
    def chat_id(self) -> int | str | None:
        return _norm_chat(self.params.get("chat_id"))

    @property
    def ok(self) -> bool:
        return self.status == 200


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class _Drop(Exception):
    """Raised inside request handling to cut the connection without an answer."""


@dataclass
class _Fault:
    kind: str  # "fail" | "hang" | "drop_before" | "drop_after"
    method: str  # lower-cased
    remaining: int
    chat_id: int | str | None = None
    status: int = 500
    description: str = ""
    parameters: dict | None = None
    seconds: float = 0.0
    html: bool = False


class _Signal:
    """A broadcast 'something changed' notification that waiters can await with a timeout."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, timeout: float) -> None:
        event = self._event
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), max(0.0, timeout))


def _norm_chat(chat_id: Any) -> int | str | None:
    if chat_id is None or isinstance(chat_id, bool):
        return None
    if isinstance(chat_id, int):
        return chat_id
    if isinstance(chat_id, float) and chat_id.is_integer():
        return int(chat_id)
    text = str(chat_id).strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text


def _as_int(value: Any, default: int) -> int:
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _decode_value(key: str, value: Any) -> Any:
    """JSON-decode a transported value unless the Bot API declares it a string."""
    if not isinstance(value, str) or key in STRING_FIELDS:
        return value
    stripped = value.strip()
    if not stripped:
        return value
    try:
        return json.loads(stripped, parse_constant=_reject_constant)
    except ValueError:
        return value


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _visible_length(text: str, parse_mode: Any) -> int:
    """Approximate length after entity parsing (HTML tags are not counted)."""
    if isinstance(parse_mode, str) and parse_mode.lower() == "html":
        text = html.unescape(_TAG_RE.sub("", text))
    return len(text)


def _error_body(status: int, description: str, parameters: dict | None = None) -> dict:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return body


def _update_type(update: dict) -> str | None:
    return next((key for key in update if key != "update_id"), None)


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


class FakeBotAPI:
    """A fake Telegram Bot API on ``127.0.0.1``.  See the module docstring."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = BOT_USERNAME,
        first_name: str = BOT_FIRST_NAME,
        max_poll_timeout: float = 50.0,
        max_lifetime: float | None = 600.0,
    ) -> None:
        self.token = token
        bot_id = _as_int(token.split(":", 1)[0], 123456)
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
        }
        self.max_poll_timeout = max_poll_timeout
        self.max_lifetime = max_lifetime

        # server
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._watchdog: asyncio.Task | None = None
        self._closing = asyncio.Event()

        # records
        self.calls: list[Call] = []
        self.stats: Counter[str] = Counter()
        # Seconds every message send waits before it is answered (set_latency).
        self.latency = 0.0
        self.rejected: list[tuple[str, str]] = []  # (token, method) of wrong-token requests
        self._calls_signal = _Signal()

        # updates
        self._update_ids = itertools.count(1)
        self._queue: list[dict[str, Any]] = []
        self._updates_signal = _Signal()
        self._poll_generation = 0
        self._allowed_updates: frozenset[str] | None = None
        self.delivered: list[dict[str, Any]] = []
        self.webhook_url = ""
        # webhook mode: what setWebhook/deleteWebhook did, and each POST of an update to the bot
        self.webhook_secret: str | None = None
        self.webhook_history: list[tuple[str, str]] = []  # (method, url)
        self.webhook_deliveries: list[tuple[int, int | None]] = []  # (update_id, HTTP status)
        self._webhook_task: asyncio.Task | None = None

        # chats & messages
        self._chats: dict[int | str, dict[str, Any]] = {}
        self._last_mid: dict[int | str, int] = defaultdict(int)
        self._messages: dict[int | str, dict[int, dict[str, Any]]] = defaultdict(dict)
        self._history: dict[int | str, list[dict[str, Any]]] = defaultdict(list)
        self.deleted: list[tuple[int | str, int]] = []
        self.keyboards: dict[int | str, dict[str, Any]] = {}  # reply keyboards shown per chat
        self.polls: dict[str, dict[str, Any]] = {}
        self._poll_votes: dict[str, dict[int, list[int]]] = defaultdict(dict)
        self._poll_ids = itertools.count(5_000_000_000_000_000_001)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(4_382_000_000_000_001)
        self._callbacks: dict[str, dict[str, Any]] = {}
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self._inline_ids = itertools.count(7_100_000_000_000_001)
        self._inline_queries: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, dict[str, Any]] = {}  # answerInlineQuery params by query
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[int | str | None, dict[str, Any]] = {}
        # setMyDescription / setMyShortDescription, by language code ("" for the default)
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}

        # fault injection
        self._faults: list[_Fault] = []
        self._rate_global: int | None = None
        self._rate_chat: int | None = None
        self._rate_window = 1.0
        self._rate_methods: frozenset[str] = frozenset({"sendmessage"})
        self._rate_times: deque[float] = deque()
        self._rate_chat_times: dict[int | str | None, deque[float]] = defaultdict(deque)

        handlers: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "logOut": self._true,
            "close": self._true,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendPoll": self._send_poll,
            "stopPoll": self._stop_poll,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendChatAction": self._send_chat_action,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "getMyShortDescription": self._get_my_short_description,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
        }
        self._handlers = {name.lower(): (name, fn) for name, fn in handlers.items()}

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> FakeBotAPI:
        if self._runner is not None:
            raise RuntimeError("FakeBotAPI already started")
        # fresh loop-bound primitives, so one instance can be restarted in another loop
        self._closing = asyncio.Event()
        self._calls_signal = _Signal()
        self._updates_signal = _Signal()

        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: a request whose client went away (PTB cancelled a long poll or
        # timed out on a hang) is cancelled instead of lingering and answering nobody.
        runner = web.AppRunner(
            app, access_log=None, shutdown_timeout=2.0, handler_cancellation=True
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.1", 0))
            sock.setblocking(False)
            site = web.SockSite(runner, sock)
            await site.start()
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = sock.getsockname()[1]
        if self.max_lifetime:
            self._watchdog = asyncio.create_task(self._expire(self.max_lifetime))
        _LOG.debug("FakeBotAPI listening on %s", self.base_url)
        return self

    async def stop(self) -> None:
        """Stop serving; wakes long polls and hangs so shutdown is prompt.  Idempotent."""
        self._closing.set()
        self._updates_signal.notify()
        self._calls_signal.notify()
        webhook_task, self._webhook_task = self._webhook_task, None
        if webhook_task is not None:
            webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await webhook_task
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None and watchdog is not asyncio.current_task():
            watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watchdog
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> FakeBotAPI:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _expire(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)
            return
        _LOG.warning("FakeBotAPI still running after %.0fs; stopping it", seconds)
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeBotAPI not started")
        return self._port

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url()`` / ``Bot(base_url=...)``; PTB appends
        the token."""
        return f"http://127.0.0.1:{self.port}/bot"

    # ---------------------------------------------------------------- HTTP

    async def _handle(self, request: web.Request) -> web.Response:
        match = _PATH_RE.match(request.path)
        if match is None:
            self.stats["404"] += 1
            return web.json_response(_error_body(404, "Not Found"), status=404)
        token, raw_method = match.group("token"), match.group("method")
        if token != self.token:
            self.rejected.append((token, raw_method))
            self.stats["401"] += 1
            return web.json_response(_error_body(401, "Unauthorized"), status=401)
        try:
            params = await self._read_params(request)
        except ValueError as exc:
            self.stats["400"] += 1
            body = _error_body(400, f"Bad Request: can't parse request: {exc}")
            return web.json_response(body, status=400)

        method, handler = self._handlers.get(raw_method.lower(), (raw_method, None))
        peername = request.transport.get_extra_info("peername") if request.transport else None
        call = Call(method=method, params=params, time=time.monotonic(), index=len(self.calls),
                    peer=peername[1] if peername else None)
        self.calls.append(call)
        self.stats[method] += 1
        self._calls_signal.notify()

        try:
            if self.latency and method in _SENDS:
                await asyncio.sleep(self.latency)  # a far or busy server: the answer comes late
            status, body = await self._answer(call, handler)
        except asyncio.CancelledError:
            call.status = CLIENT_CLOSED  # the client disconnected before the answer
            self._calls_signal.notify()
            raise
        except _Drop:
            call.status = DROPPED
            self.stats["dropped"] += 1
            self._calls_signal.notify()
            if request.transport is not None:
                request.transport.abort()  # RST: the client sees the connection reset
            return web.Response(status=500)  # written nowhere: the connection is gone
        call.status, call.response = status, body
        if status != 200:
            self.stats[str(status)] += 1
        self._calls_signal.notify()
        if isinstance(body, str):
            return web.Response(text=body, status=status, content_type="text/html")
        return web.json_response(body, status=status)

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.method in ("POST", "PUT", "PATCH") and request.body_exists:
            ctype = request.content_type
            if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        params[key] = UploadedFile(
                            key, value.filename, value.content_type, value.file.read()
                        )
                    elif isinstance(value, bytes | bytearray):
                        params[key] = UploadedFile(key, None, None, bytes(value))
                    else:
                        params[key] = value
            else:
                raw = (await request.read()).decode("utf-8", "replace").strip()
                if raw.startswith("{"):
                    body = json.loads(raw)
                    if not isinstance(body, dict):
                        raise ValueError("JSON body must be an object")
                    params.update(body)
                elif raw:
                    params.update(parse_qsl(raw, keep_blank_values=True))
        return {key: _decode_value(key, value) for key, value in params.items()}

    async def _answer(
        self, call: Call, handler: Callable[[dict[str, Any]], Any] | None
    ) -> tuple[int, dict[str, Any] | str]:
        if self._take_fault("drop_before", call) is not None:
            raise _Drop  # nothing done: the message is not delivered
        hang = self._take_fault("hang", call)
        if hang is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), hang.seconds)
        fail = self._take_fault("fail", call)
        if fail is not None:
            if fail.html:
                reason = DEFAULT_DESCRIPTIONS.get(fail.status, "Error")
                return fail.status, NGINX_HTML.format(status=fail.status, reason=reason)
            return fail.status, _error_body(fail.status, fail.description, fail.parameters)
        if self._take_fault("drop_after", call) is not None:
            # answered (a message is delivered), then the connection is cut before the reply
            if handler is not None:
                with contextlib.suppress(_ApiError):
                    result = handler(call.params)
                    if inspect.isawaitable(result):
                        await result
            raise _Drop
        if self._rate_limited(call):
            self.stats["rate_limited"] += 1
            return 429, _error_body(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if handler is None:
            return 200, {"ok": True, "result": True}
        try:
            result = handler(call.params)
            if inspect.isawaitable(result):
                result = await result
        except _ApiError as err:
            return err.status, _error_body(err.status, err.description, err.parameters)
        return 200, {"ok": True, "result": result}

    # ---------------------------------------------------------------- faults & rate

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | str | None = None,
        parameters: dict[str, Any] | None = None,
        html: bool = False,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (for ``chat_id`` if given) with an error.

        ``description`` defaults per status (403 blocked-by-user, 400 message-not-modified, ...).
        For 429, ``retry_after`` defaults to 1 and goes into ``parameters.retry_after``.
        ``html=True`` answers nginx's HTML error page instead of JSON (a 5xx from the proxy).
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        params = dict(parameters or {})
        if status == 429 and retry_after is None:
            retry_after = 1
        if retry_after is not None:
            params["retry_after"] = retry_after
        if description is None:
            description = DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        description = description.replace("{retry_after}", str(retry_after))
        self._faults.append(
            _Fault(
                kind="fail",
                method=method.lower(),
                remaining=times,
                chat_id=_norm_chat(chat_id),
                status=status,
                description=description,
                parameters=params or None,
                html=html,
            )
        )

    def drop_next(
        self,
        method: str,
        *,
        after: bool = False,
        times: int = 1,
        chat_id: int | str | None = None,
    ) -> None:
        """Cut the connection of the next ``times`` calls of ``method`` without an answer.

        ``after=False``: before doing anything (a message is *not* delivered);
        ``after=True``: once the call is done (a message *is* delivered, the bot never
        hears so).  The call's status is ``DROPPED``; the client sees a reset connection.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        kind = "drop_after" if after else "drop_before"
        self._faults.append(
            _Fault(kind=kind, method=method.lower(), remaining=times, chat_id=_norm_chat(chat_id))
        )

    def hang_next(
        self, method: str, seconds: float, *, times: int = 1, chat_id: int | str | None = None
    ) -> None:
        """Delay the answer to the next ``times`` calls of ``method`` by ``seconds``.

        The call is then answered normally (or by a pending ``fail_next``); ``stop()`` cuts the
        hang short.  Use a short client read timeout to provoke ``telegram.error.TimedOut``.
        """
        if not 0 <= seconds <= 120:
            raise ValueError("seconds must be within [0, 120]")
        if times < 1:
            raise ValueError("times must be >= 1")
        self._faults.append(
            _Fault(
                kind="hang",
                method=method.lower(),
                remaining=times,
                chat_id=_norm_chat(chat_id),
                seconds=seconds,
            )
        )

    def clear_faults(self) -> None:
        """Drop pending fail_next/hang_next rules and switch rate mode off."""
        self._faults.clear()
        self.set_rate_limit(None)

    def set_latency(self, seconds: float) -> None:
        """Answer every message send `seconds` after it arrived, as a far or busy Bot API server
        does (arrival times, and so the rate limit, are unchanged)."""
        self.latency = seconds

    def set_rate_limit(
        self,
        per_second: int | None,
        per_chat_per_second: int | None = None,
        *,
        methods: Iterable[str] = ("sendMessage",),
        window: float = 1.0,
    ) -> None:
        """Rate mode: calls of ``methods`` beyond ``per_second`` (all chats) or
        ``per_chat_per_second`` (one chat) within a sliding ``window`` get
        429 ``retry_after=1``; they are counted in ``stats["429"]`` and
        ``stats["rate_limited"]``.  Only accepted calls occupy the window.
        ``set_rate_limit(None)`` switches it off."""
        for value in (per_second, per_chat_per_second):
            if value is not None and value < 1:
                raise ValueError("rates must be >= 1 or None")
        self._rate_global = per_second
        self._rate_chat = per_chat_per_second
        self._rate_methods = frozenset(m.lower() for m in methods)
        self._rate_window = window
        self._rate_times.clear()
        self._rate_chat_times.clear()

    def _take_fault(self, kind: str, call: Call) -> _Fault | None:
        method = call.method.lower()
        for fault in self._faults:
            if fault.kind != kind or fault.method != method:
                continue
            if fault.chat_id is not None and fault.chat_id != call.chat_id:
                continue
            fault.remaining -= 1
            if fault.remaining <= 0:
                self._faults.remove(fault)
            return fault
        return None

    def _rate_limited(self, call: Call) -> bool:
        if call.method.lower() not in self._rate_methods:
            return False
        if self._rate_global is None and self._rate_chat is None:
            return False
        now = time.monotonic()
        horizon = now - self._rate_window
        chat_times = self._rate_chat_times[call.chat_id]
        for window in (self._rate_times, chat_times):
            while window and window[0] <= horizon:
                window.popleft()
        if self._rate_global is not None and len(self._rate_times) >= self._rate_global:
            return True
        if self._rate_chat is not None and len(chat_times) >= self._rate_chat:
            return True
        self._rate_times.append(now)
        chat_times.append(now)
        return False

    # ---------------------------------------------------------------- updates (test side)

    def _enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        self._queue.append(update)
        self._updates_signal.notify()
        return update

    def _user(
        self, user_id: int, first_name: str, language_code: str | None, username: str | None
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def push_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        chat_type: str = "private",
        first_name: str = "Ann",
        username: str | None = None,
        chat_title: str = "Test group",
        entities: list[dict[str, Any]] | None = None,
        mentions: bool = False,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """Deliver a user's text message; returns the update dict.

        A leading ``/command`` (optionally ``@botname``) gets a ``bot_command`` entity so
        PTB's CommandHandler sees it; ``mentions=True`` also marks ``@username`` mentions.
        Pass ``entities`` to set them explicitly instead.  ``reply_to`` makes it a reply
        to a stored message of that chat.
        """
        if chat_type not in ("private", "group", "supergroup"):
            raise ValueError(f"unsupported chat_type {chat_type!r}")
        chat_key = _norm_chat(chat_id)
        if user_id is None:
            user_id = chat_id if chat_type == "private" else DEFAULT_GROUP_USER_ID
        if chat_type == "private":
            chat: dict[str, Any] = {"id": chat_id, "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
        else:
            chat = {"id": chat_id, "type": chat_type, "title": chat_title}
        self._chats[chat_key] = chat

        if entities is None:
            entities = []
            command = _LEADING_COMMAND_RE.match(text)
            if command:
                entities.append(
                    {"type": "bot_command", "offset": 0, "length": _utf16_len(command.group())}
                )
            if mentions:
                for found in _MENTION_RE.finditer(text):
                    entities.append(
                        {
                            "type": "mention",
                            "offset": _utf16_len(text[: found.start()]),
                            "length": _utf16_len(found.group()),
                        }
                    )
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_key),
            "from": self._user(user_id, first_name, language_code, username),
            "chat": dict(chat),
            "date": int(time.time()),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            target = self._messages[chat_key].get(reply_to)
            if target is not None:
                message["reply_to_message"] = self._reply_copy(target)
        self._messages[chat_key][message["message_id"]] = message
        return self._enqueue({"update_id": next(self._update_ids), "message": message})

    def push_callback(
        self,
        chat_id: int,
        message_id: int,
        data: str | None,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Ann",
        username: str | None = None,
    ) -> dict[str, Any]:
        """Deliver an inline button press on message ``message_id`` of ``chat_id``.

        The callback_query's ``message`` is the stored (current) message; an unknown id
        yields a minimal message.  Returns the update dict (query id at
        ``update["callback_query"]["id"]``)."""
        chat_key = _norm_chat(chat_id)
        if user_id is None:
            private = self._chat(chat_key)["type"] == "private"
            user_id = chat_id if private else DEFAULT_GROUP_USER_ID
        stored = self._messages[chat_key].get(message_id)
        if stored is not None:
            message = copy.deepcopy(stored)
        else:
            message = {
                "message_id": message_id,
                "from": dict(self.bot_user),
                "chat": dict(self._chat(chat_key)),
                "date": int(time.time()),
            }
        query_id = str(next(self._callback_ids))
        query: dict[str, Any] = {
            "id": query_id,
            "from": self._user(user_id, first_name, language_code, username),
            "message": message,
            "chat_instance": f"-{abs(hash(str(chat_key))) % 10**18}",
        }
        if data is not None:
            query["data"] = data
        self._callbacks[query_id] = query
        return self._enqueue({"update_id": next(self._update_ids), "callback_query": query})

    def press_button(
        self, chat_id: int, text: str, *, message_id: int | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        """Press the inline button labelled ``text`` (in ``message_id``, or the newest bot
        message that has it).  Extra keyword arguments go to :meth:`push_callback`."""
        chat_key = _norm_chat(chat_id)
        candidates = (
            [self._messages[chat_key].get(message_id)]
            if message_id is not None
            else list(reversed(self._bot_messages(chat_key)))
        )
        for message in candidates:
            if message is None:
                continue
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button.get("text") == text and "callback_data" in button:
                        return self.push_callback(
                            chat_id, message["message_id"], button["callback_data"], **kwargs
                        )
        raise LookupError(f"no callback button {text!r} in chat {chat_id}")

    def push_poll_answer(
        self,
        poll_id: str,
        user_id: int,
        option_ids: list[int],
        *,
        first_name: str = "Ann",
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        """Deliver a poll_answer (empty ``option_ids`` = vote retracted).  Vote counts of a
        poll the bot sent are updated."""
        poll = self.polls.get(str(poll_id))
        if poll is not None:
            votes = self._poll_votes[str(poll_id)]
            if option_ids:
                votes[user_id] = list(option_ids)
            else:
                votes.pop(user_id, None)
            for index, option in enumerate(poll["options"]):
                option["voter_count"] = sum(index in chosen for chosen in votes.values())
            poll["total_voter_count"] = len(votes)
        persistent = [
            poll["options"][i]["persistent_id"]
            if poll is not None and 0 <= i < len(poll["options"])
            else str(i)
            for i in option_ids
        ]
        answer = {
            "poll_id": str(poll_id),
            "user": self._user(user_id, first_name, language_code, None),
            "option_ids": list(option_ids),
            "option_persistent_ids": persistent,  # required since Bot API 9.6
        }
        return self._enqueue({"update_id": next(self._update_ids), "poll_answer": answer})

    def push_inline_query(
        self,
        user_id: int,
        query: str,
        *,
        offset: str = "",
        chat_type: str | None = "sender",
        language_code: str | None = "en",
        first_name: str = "Ann",
    ) -> dict[str, Any]:
        """Deliver an inline query (`@bot query` typed in some chat); the answer is recorded in
        ``inline_answers[query_id]``.  Returns the update dict (id at
        ``update["inline_query"]["id"]``)."""
        query_id = str(next(self._inline_ids))
        inline: dict[str, Any] = {
            "id": query_id,
            "from": self._user(user_id, first_name, language_code, None),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            inline["chat_type"] = chat_type
        self._inline_queries[query_id] = inline
        return self._enqueue({"update_id": next(self._update_ids), "inline_query": inline})

    def push_raw(self, update: dict[str, Any]) -> dict[str, Any]:
        """Deliver ``update`` verbatim (for malformed updates).  A fresh ``update_id`` is
        added if it has none; an int ``update_id`` given by the caller is kept."""
        update = dict(update)
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        elif isinstance(update["update_id"], int):
            start = max(update["update_id"] + 1, next(self._update_ids))
            self._update_ids = itertools.count(start)
        return self._enqueue(update)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        return list(self._queue)

    # ---------------------------------------------------------------- waiting & inspection

    def mark(self) -> int:
        """Position in the call log; pass as ``after=`` to only see later calls."""
        return len(self.calls)

    def calls_for(
        self, method: str | None = None, *, chat_id: int | str | None = None, after: int = 0
    ) -> list[Call]:
        wanted_chat = _norm_chat(chat_id)
        return [
            call
            for call in self.calls[after:]
            if (method is None or call.method.lower() == method.lower())
            and (wanted_chat is None or call.chat_id == wanted_chat)
        ]

    async def wait_for_calls(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5,
        *,
        chat_id: int | str | None = None,
        after: int = 0,
        completed: bool = True,
    ) -> list[Call]:
        """Wait until at least ``count`` calls of ``method`` (to ``chat_id`` if given) exist
        after position ``after`` (see :meth:`mark`) and, with ``completed``, are finished
        (answered, or abandoned by the client); return all of them, oldest first.
        Raises ``TimeoutError`` after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.calls_for(method, chat_id=chat_id, after=after)
            if completed:
                found = [call for call in found if call.status is not None]
            if len(found) >= count:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._closing.is_set():
                seen = Counter(call.method for call in self.calls[after:])
                raise TimeoutError(
                    f"waited {timeout}s for {count} x {method}"
                    f"{f' to chat {chat_id}' if chat_id is not None else ''}, got {len(found)};"
                    f" calls seen: {dict(seen)}"
                )
            await self._calls_signal.wait(remaining)

    def sent(self, chat_id: int | str) -> list[str]:
        """Texts (or captions) of messages the bot sent to the chat, in order, as sent
        (history: later edits and deletions do not change it; polls are not included)."""
        texts = []
        for message in self._history[_norm_chat(chat_id)]:
            text = message.get("text", message.get("caption"))
            if text is not None:
                texts.append(text)
        return texts

    def sent_messages(self, chat_id: int | str) -> list[dict[str, Any]]:
        """Snapshots of every message the bot sent to the chat, as sent."""
        return copy.deepcopy(self._history[_norm_chat(chat_id)])

    def messages(self, chat_id: int | str) -> list[dict[str, Any]]:
        """What the user sees now: the bot's messages still in the chat, edits applied."""
        return copy.deepcopy(self._bot_messages(_norm_chat(chat_id)))

    def message(self, chat_id: int | str, message_id: int) -> dict[str, Any] | None:
        """Current state of any stored message (bot's or user's), or None."""
        found = self._messages[_norm_chat(chat_id)].get(message_id)
        return copy.deepcopy(found) if found is not None else None

    def last_message(self, chat_id: int | str) -> dict[str, Any] | None:
        """Current state of the newest bot message still in the chat, or None."""
        current = self._bot_messages(_norm_chat(chat_id))
        return copy.deepcopy(current[-1]) if current else None

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Commands stored by setMyCommands for that scope (default scope if None)."""
        return copy.deepcopy(self._commands.get(self._commands_key(scope, language_code), []))

    def _bot_messages(self, chat_key: int | str | None) -> list[dict[str, Any]]:
        bot_id = self.bot_user["id"]
        return [
            message
            for _, message in sorted(self._messages[chat_key].items())
            if message.get("from", {}).get("id") == bot_id
        ]

    # ---------------------------------------------------------------- helpers (server side)

    def _chat(self, chat_key: int | str | None) -> dict[str, Any]:
        if chat_key is None:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        chat = self._chats.get(chat_key)
        if chat is None:
            if isinstance(chat_key, int) and chat_key > 0:
                chat = {"id": chat_key, "type": "private", "first_name": "Ann"}
            elif isinstance(chat_key, int):
                kind = "supergroup" if str(chat_key).startswith("-100") else "group"
                chat = {"id": chat_key, "type": kind, "title": "Test group"}
            else:
                raise _ApiError(400, "Bad Request: chat not found")
            self._chats[chat_key] = chat
        return chat

    def _next_message_id(self, chat_key: int | str) -> int:
        self._last_mid[chat_key] += 1
        return self._last_mid[chat_key]

    @staticmethod
    def _reply_copy(message: dict[str, Any]) -> dict[str, Any]:
        reply = copy.deepcopy(message)
        reply.pop("reply_to_message", None)
        return reply

    @staticmethod
    def _check_inline_markup(markup: Any) -> dict[str, Any] | None:
        """Validate reply_markup; return it if it is an inline keyboard, else None."""
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _ApiError(
                400,
                "Bad Request: can't parse inline keyboard button: "
                "InlineKeyboardMarkup must be an Array of Arrays",
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise _ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: Text must be non-empty",
                    )
                if set(button) == {"text"}:
                    raise _ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard",
                    )
                data = button.get("callback_data")
                if data is not None and not (
                    1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
                ):
                    raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    @staticmethod
    def _check_text(params: dict[str, Any], key: str = "text") -> str:
        text = params.get(key)
        if text is None or (isinstance(text, str) and not text.strip()):
            raise _ApiError(400, "Bad Request: message text is empty")
        text = str(text)
        if _visible_length(text, params.get("parse_mode")) > MAX_TEXT_LENGTH:
            raise _ApiError(400, "Bad Request: message is too long")
        return text

    def _new_bot_message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        """Validate the common send* parameters, then store and return a new bot message."""
        chat_key = _norm_chat(params.get("chat_id"))
        chat = self._chat(chat_key)
        markup = params.get("reply_markup")
        inline = self._check_inline_markup(markup)
        reply_to_id: int | None = None
        reply_params = params.get("reply_parameters")
        if isinstance(reply_params, dict):
            reply_to_id = _as_int(reply_params.get("message_id"), 0) or None
            lenient = bool(reply_params.get("allow_sending_without_reply"))
        else:
            reply_to_id = _as_int(params.get("reply_to_message_id"), 0) or None
            lenient = bool(params.get("allow_sending_without_reply"))
        target = self._messages[chat_key].get(reply_to_id) if reply_to_id else None
        if reply_to_id and target is None and not lenient:
            raise _ApiError(400, "Bad Request: message to be replied not found")

        assert chat_key is not None
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_key),
            "from": dict(self.bot_user),
            "chat": dict(chat),
            "date": int(time.time()),
        }
        if target is not None:
            message["reply_to_message"] = self._reply_copy(target)
        message.update(content)
        if inline is not None:
            message["reply_markup"] = copy.deepcopy(inline)
        elif isinstance(markup, dict):
            if "keyboard" in markup:
                self.keyboards[chat_key] = copy.deepcopy(markup)
            elif markup.get("remove_keyboard"):
                self.keyboards.pop(chat_key, None)
        self._messages[chat_key][message["message_id"]] = message
        self._history[chat_key].append(copy.deepcopy(message))
        return copy.deepcopy(message)

    def _find_message(self, params: dict[str, Any], not_found: str) -> dict[str, Any]:
        chat_key = _norm_chat(params.get("chat_id"))
        message_id = _as_int(params.get("message_id"), 0)
        message = self._messages.get(chat_key, {}).get(message_id) if chat_key else None
        if message is None:
            raise _ApiError(400, f"Bad Request: {not_found}")
        return message

    def _file_info(self, value: Any, kind: str) -> dict[str, Any]:
        number = next(self._file_ids)
        info: dict[str, Any] = {
            "file_id": value if isinstance(value, str) else f"{kind}-file-{number}",
            "file_unique_id": f"{kind}-unique-{number}",
        }
        if isinstance(value, UploadedFile):
            info["file_size"] = len(value.data)
            if kind == "document":
                if value.filename:
                    info["file_name"] = value.filename
                if value.content_type:
                    info["mime_type"] = value.content_type
        return info

    # ---------------------------------------------------------------- Bot API methods

    def _true(self, params: dict[str, Any]) -> bool:
        return True

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = str(params.get("url") or "")
        secret = params.get("secret_token")
        self.webhook_secret = str(secret) if secret else None
        self.webhook_history.append(("setWebhook", self.webhook_url))
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(map(str, allowed)) or None
        if params.get("drop_pending_updates"):
            self._queue.clear()
        if self.webhook_url and (self._webhook_task is None or self._webhook_task.done()):
            self._webhook_task = asyncio.create_task(self._deliver_to_webhook())
        self._updates_signal.notify()
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_history.append(("deleteWebhook", self.webhook_url))
        self.webhook_url = ""
        self.webhook_secret = None
        if params.get("drop_pending_updates"):
            self._queue.clear()
        self._updates_signal.notify()
        return True

    async def _deliver_to_webhook(self) -> None:
        """While a webhook is set, POST queued updates to it one at a time, with the secret
        header, like Telegram: an update leaves the queue only when answered 200; otherwise it
        is tried again a little later."""
        import aiohttp

        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            while self.webhook_url and not self._closing.is_set():
                batch = self._deliverable(1)
                if not batch:
                    await self._updates_signal.wait(1.0)
                    continue
                update = batch[0]
                headers = {"Content-Type": "application/json"}
                if self.webhook_secret:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret
                status: int | None
                try:
                    async with session.post(
                        self.webhook_url, data=json.dumps(update), headers=headers
                    ) as response:
                        status = response.status
                except (aiohttp.ClientError, TimeoutError):
                    status = None
                self.webhook_deliveries.append((update["update_id"], status))
                self._calls_signal.notify()
                if status == 200:
                    self._queue = [u for u in self._queue if u != update]
                    self.delivered.append(update)
                else:
                    await asyncio.sleep(0.2)

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._queue = [
                u
                for u in self._queue
                if not isinstance(u.get("update_id"), int) or u["update_id"] >= offset
            ]
        elif offset < 0:
            self._queue = self._queue[offset:]

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        if self._allowed_updates is not None:
            self._queue = [
                u
                for u in self._queue
                if _update_type(u) not in UPDATE_TYPES or _update_type(u) in self._allowed_updates
            ]
        return copy.deepcopy(self._queue[:limit])

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset"), 0)
        limit = min(max(_as_int(params.get("limit"), 100), 1), 100)
        try:
            timeout = float(params.get("timeout") or 0)
        except (TypeError, ValueError):
            timeout = 0.0
        timeout = min(max(timeout, 0.0), self.max_poll_timeout)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(map(str, allowed)) or None

        self._confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._updates_signal.notify()  # an older long poll gets 409, like Telegram
        deadline = time.monotonic() + timeout
        while True:
            if generation != self._poll_generation:
                raise _ApiError(409, _CONFLICT)
            batch = self._deliverable(limit)
            if batch:
                self.delivered.extend(batch)
                return batch
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._closing.is_set():
                return []
            await self._updates_signal.wait(remaining)

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        text = self._check_text(params)
        return self._new_bot_message(params, text=text)

    def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        photo = params.get("photo")
        if photo is None:
            raise _ApiError(400, "Bad Request: there is no photo in the request")
        info = {**self._file_info(photo, "photo"), "width": 320, "height": 240}
        content: dict[str, Any] = {"photo": [info]}
        if params.get("caption"):
            content["caption"] = str(params["caption"])
        return self._new_bot_message(params, **content)

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        document = params.get("document")
        if document is None:
            raise _ApiError(400, "Bad Request: there is no document in the request")
        content: dict[str, Any] = {"document": self._file_info(document, "document")}
        if params.get("caption"):
            content["caption"] = str(params["caption"])
        return self._new_bot_message(params, **content)

    def _send_poll(self, params: dict[str, Any]) -> dict[str, Any]:
        question = params.get("question")
        if not isinstance(question, str) or not 1 <= len(question) <= 300:
            raise _ApiError(400, "Bad Request: poll question must be non-empty")
        raw_options = params.get("options")
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            raise _ApiError(400, "Bad Request: poll must have at least 2 option")
        if len(raw_options) > 12:
            raise _ApiError(400, "Bad Request: poll can't have more than 12 options")
        options = []
        for index, option in enumerate(raw_options):
            text = option.get("text") if isinstance(option, dict) else option
            if not isinstance(text, str) or not 1 <= len(text) <= 100:
                raise _ApiError(400, "Bad Request: poll options length must not exceed 100")
            options.append({"text": text, "voter_count": 0, "persistent_id": str(index)})
        poll_type = params.get("type") or "regular"
        if poll_type not in ("regular", "quiz"):
            raise _ApiError(400, "Bad Request: wrong poll type specified")
        quiz = poll_type == "quiz"
        poll: dict[str, Any] = {
            "id": str(next(self._poll_ids)),
            "question": question,
            "options": options,
            "total_voter_count": 0,
            "is_closed": bool(params.get("is_closed", False)),
            "is_anonymous": bool(params.get("is_anonymous", True)),
            "type": poll_type,
            "allows_multiple_answers": bool(params.get("allows_multiple_answers", False)),
            "allows_revoting": bool(params.get("allows_revoting", not quiz)),
            "members_only": bool(params.get("members_only", False)),
        }
        if quiz:
            # Bot API 9.6: correct_option_ids (PTB 22.8 always sends this); the older
            # correct_option_id is still accepted from raw clients.
            correct = params.get("correct_option_ids")
            if correct is None and params.get("correct_option_id") is not None:
                correct = [params["correct_option_id"]]
            if (
                not isinstance(correct, list)
                or not correct
                or not all(isinstance(i, int) and 0 <= i < len(options) for i in correct)
                or correct != sorted(set(correct))
            ):
                raise _ApiError(400, "Bad Request: wrong correct option ID specified")
            poll["correct_option_ids"] = correct
            if params.get("explanation"):
                poll["explanation"] = str(params["explanation"])
        if params.get("description"):
            poll["description"] = str(params["description"])
        for key in ("open_period", "close_date"):
            if params.get(key) is not None:
                poll[key] = params[key]
        message = self._new_bot_message(params, poll=poll)
        # keep one live poll object shared by the stored message and self.polls
        chat_key = _norm_chat(params.get("chat_id"))
        stored = self._messages[chat_key][message["message_id"]]
        self.polls[poll["id"]] = stored["poll"]
        return message

    def _stop_poll(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._find_message(params, "message with poll to stop not found")
        poll = message.get("poll")
        if poll is None:
            raise _ApiError(400, "Bad Request: message with poll to stop not found")
        if poll["is_closed"]:
            raise _ApiError(400, "Bad Request: poll has already been closed")
        markup = params.get("reply_markup")
        inline = self._check_inline_markup(markup)
        poll["is_closed"] = True
        if inline is not None:
            message["reply_markup"] = copy.deepcopy(inline)
        return copy.deepcopy(poll)

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        text = self._check_text(params)
        inline = self._check_inline_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        message = self._find_message(params, "message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise _ApiError(400, "Bad Request: message can't be edited")
        if "text" not in message:
            raise _ApiError(400, "Bad Request: there is no text in the message to edit")
        if text == message["text"] and inline == message.get("reply_markup"):
            raise _ApiError(400, _NOT_MODIFIED)
        message["text"] = text
        message.pop("entities", None)
        if inline is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = copy.deepcopy(inline)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        inline = self._check_inline_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        message = self._find_message(params, "message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise _ApiError(400, "Bad Request: message can't be edited")
        if inline == message.get("reply_markup"):
            raise _ApiError(400, _NOT_MODIFIED)
        if inline is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = copy.deepcopy(inline)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _delete_message(self, params: dict[str, Any]) -> bool:
        message = self._find_message(params, "message to delete not found")
        chat_key = _norm_chat(params.get("chat_id"))
        assert chat_key is not None
        del self._messages[chat_key][message["message_id"]]
        self.deleted.append((chat_key, message["message_id"]))
        return True

    def _delete_messages(self, params: dict[str, Any]) -> bool:
        chat_key = _norm_chat(params.get("chat_id"))
        ids = params.get("message_ids")
        if chat_key is None or not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise _ApiError(400, "Bad Request: message identifiers are not specified")
        for message_id in ids:
            if self._messages[chat_key].pop(_as_int(message_id, 0), None) is not None:
                self.deleted.append((chat_key, _as_int(message_id, 0)))
        return True

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._callbacks or query_id in self.callback_answers:
            raise _ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = dict(params)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        """Telegram's checks: a known query answered once, at most 50 results with unique
        ids of at most 64 bytes, each article with a title and message content."""
        query_id = str(params.get("inline_query_id", ""))
        if query_id not in self._inline_queries or query_id in self.inline_answers:
            raise _ApiError(400, "Bad Request: query is too old and response timeout expired "
                            "or query ID is invalid")
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise _ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or any(not i or len(i.encode()) > 64 for i in ids):
            raise _ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for r in results:
            if r.get("type") == "article":
                content = r.get("input_message_content") or {}
                if not r.get("title") or not content.get("message_text"):
                    raise _ApiError(400, "Bad Request: RESULT_TITLE_EMPTY or MESSAGE_EMPTY")
                self._check_text(content, "message_text")
                self._check_inline_markup(r.get("reply_markup"))
        self.inline_answers[query_id] = dict(params)
        return True

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._chat(_norm_chat(params.get("chat_id")))
        if params.get("action") not in CHAT_ACTIONS:
            raise _ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
        if not isinstance(scope, dict):
            scope = {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(language_code or "")

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _ApiError(400, "Bad Request: can't parse commands JSON object")
        stored = []
        for command in commands:
            if not isinstance(command, dict):
                raise _ApiError(400, "Bad Request: can't parse BotCommand JSON object")
            name, description = command.get("command"), command.get("description")
            if not isinstance(name, str) or not _COMMAND_NAME_RE.match(name):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
            stored.append({"command": name, "description": description})
        key = self._commands_key(params.get("scope"), self._language_code(params))
        if stored:
            self._commands[key] = stored
        else:
            self._commands.pop(key, None)
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        return copy.deepcopy(self._commands.get(key, []))

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self._commands.pop(key, None)
        return True

    @staticmethod
    def _language_code(params: dict[str, Any]) -> str:
        """"" or a two-letter ISO 639-1 code, as the Bot API requires for menus and profiles."""
        code = str(params.get("language_code") or "")
        if code and not re.fullmatch(r"[a-z]{2}", code):
            raise _ApiError(400, "Bad Request: language code is invalid")
        return code

    def _set_text_by_language(
        self, store: dict[str, str], params: dict[str, Any], field: str, limit: int
    ) -> bool:
        code = self._language_code(params)
        text = params.get(field)
        text = "" if text is None else str(text)
        if len(text) > limit:
            raise _ApiError(400, f"Bad Request: {field} is too long")
        if text:
            store[code] = text
        else:  # an empty text removes the one for that language
            store.pop(code, None)
        return True

    def _set_my_description(self, params: dict[str, Any]) -> bool:
        return self._set_text_by_language(self.descriptions, params, "description", 512)

    def _get_my_description(self, params: dict[str, Any]) -> dict[str, str]:
        code = self._language_code(params)
        return {"description": self.descriptions.get(code, self.descriptions.get("", ""))}

    def _set_my_short_description(self, params: dict[str, Any]) -> bool:
        return self._set_text_by_language(
            self.short_descriptions, params, "short_description", 120
        )

    def _get_my_short_description(self, params: dict[str, Any]) -> dict[str, str]:
        code = self._language_code(params)
        found = self.short_descriptions.get(code, self.short_descriptions.get("", ""))
        return {"short_description": found}

    def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in (
            "default",
            "commands",
            "web_app",
        ):
            raise _ApiError(400, "Bad Request: can't parse menu button")
        self.menu_buttons[_norm_chat(params.get("chat_id"))] = dict(button)
        return True

    def _get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_key = _norm_chat(params.get("chat_id"))
        button = self.menu_buttons.get(chat_key) or self.menu_buttons.get(None)
        return dict(button or {"type": "default"})


@contextlib.asynccontextmanager
async def polling(
    app: Any, *, timeout: int = 1, drop_pending_updates: bool = False, **polling_kwargs: Any
) -> AsyncIterator[Any]:
    """Run a PTB ``Application`` with long polling for the duration of the block, then
    stop and shut it down cleanly (also when the block raises)."""
    await app.initialize()
    try:
        await app.start()
        try:
            await app.updater.start_polling(
                poll_interval=0,
                timeout=timeout,
                drop_pending_updates=drop_pending_updates,
                **polling_kwargs,
            )
            try:
                yield app
            finally:
                if app.updater.running:
                    await app.updater.stop()
        finally:
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()
