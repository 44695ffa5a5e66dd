"""Webhook mode: Telegram posts each update to our URL instead of us polling for it.

For hosts that need it (platforms that wake a service on HTTP, several copies behind one proxy).
This is our own small aiohttp server feeding `Application.update_queue`, as in
python-telegram-bot's customwebhookbot example, rather than `Application.run_webhook`: that one
(tornado) serves no /healthz for a container's health check, and we want the secret check, the
order of shutdown and the answers to bad requests to be ours and tested.

    POST <path of the webhook URL>   an update; 403 without the right secret header, 400 if it is
                                     not an update; 200 once queued (answered in the background)
    GET  /healthz                    200 while updates are being taken, else 503

Shutdown (SIGTERM, SIGINT): /healthz turns 503, the webhook is removed (Telegram keeps new updates
for the next start) unless another copy of the bot is still running on the same store, the
server stops taking requests, then the application answers every update already queued and
finishes those in flight before the process exits.

Several copies behind one proxy (a rolling deploy, a second host): every `ALIVE_EVERY` seconds
each says in the store's `copies` table that it is alive, and the copies compare their flood
guards' notes (bot/flood.py: each counts against its share of a user's limit; a user one copy
quieted is dropped by all). The copy that stops removes the webhook only when no other copy
said it was alive within `ALIVE_WITHIN` seconds: the first copy stopped in a rolling deploy must
not cut Telegram off from the copies still running.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import os
import signal
import socket
import sys
import uuid
from collections.abc import Callable
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import BadRequest, InvalidToken, NetworkError, TimedOut
from telegram.ext import Application

from knowledge.engine import Engine

from . import heap, statedb
from .app import build_application, configure_logging
from .settings import Settings

log = logging.getLogger("careerbot.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
ALIVE_EVERY = 2.0  # seconds between a copy's exchanges with the others through the store
ALIVE_WITHIN = 10.0  # a copy silent for longer is taken for stopped (or crashed)


class WebhookServer:
    """The HTTP side: checks the secret, turns JSON into an Update, queues it."""

    def __init__(self, application: Application, secret: str, path: str):
        self.application = application
        self._secret = secret.encode()
        self.path = path or "/"
        self.ready = False  # what /healthz reports; True once the webhook is set
        self._runner: web.AppRunner | None = None
        web_app = web.Application()
        web_app.router.add_post(self.path, self._update)
        web_app.router.add_get(HEALTH_PATH, self._health)
        self._web_app = web_app

    async def start(self, host: str, port: int) -> None:
        # A short shutdown_timeout: handlers only queue updates, so none runs for long.
        self._runner = web.AppRunner(self._web_app, access_log=None, shutdown_timeout=5.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()

    async def stop(self) -> None:
        """Stop listening, after the requests being received are answered."""
        self.ready = False
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _update(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        # compare_digest: how much of a guess was right must not show in the time taken.
        if not hmac.compare_digest(given, self._secret):
            log.warning("webhook request without the right secret from %s", request.remote)
            return web.Response(status=403, text="forbidden")
        try:
            data = await request.json()
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # whatever is posted, the bot keeps running
            log.warning("webhook request that is not an update (%s)", type(exc).__name__)
            return web.Response(status=400, text="not an update")
        await self.application.update_queue.put(update)
        return web.Response(text="ok")

    async def _health(self, request: web.Request) -> web.Response:
        if self.ready and self.application.running:
            return web.json_response({"ok": True, "mode": "webhook"})
        return web.json_response({"ok": False, "mode": "webhook"}, status=503)


async def serve(
    settings: Settings,
    stop: asyncio.Event,
    *,
    engine: Engine | None = None,
    say: Callable[[str], None] = print,
    started: Callable[[WebhookServer], None] | None = None,
) -> None:
    """Run in webhook mode until `stop` is set, then shut down in the order the module says."""
    assert settings.webhook_url and settings.webhook_secret, "checked by Settings"
    # before the store is opened (which creates it); said once the webhook is set, so a failure
    # to start stays one line
    state_problem = statedb.check(settings.state_location)
    app = build_application(settings, engine=engine)
    server = WebhookServer(app, settings.webhook_secret, urlsplit(settings.webhook_url).path)
    heap.settle()  # start-up is done (bot/heap.py); given back to the collector at the end
    try:
        async with app:  # initialize (getMe: a bad token stops here) ... shutdown
            if app.post_init:
                await app.post_init(app)
            # Listen, then set the webhook, then start processing: a port in use or a URL Telegram
            # refuses stops us before anything has started; updates posted in between wait in
            # the queue.
            await server.start(settings.listen, settings.port)
            try:
                await app.bot.set_webhook(
                    settings.webhook_url,
                    secret_token=settings.webhook_secret,
                    allowed_updates=Update.ALL_TYPES,
                )
                await app.start()
                try:
                    copy = Copy(app)
                    await copy.start()
                    server.ready = True
                    if state_problem:
                        say(f"careerbot: {state_problem}")
                    say(f"CareerBot is starting (webhook, listening on port {settings.port})…")
                    if started:
                        started(server)
                    await stop.wait()
                    server.ready = False
                    say("CareerBot is stopping: finishing the answers in progress…")
                    others = await copy.stopped()
                    if others:
                        log.info("%d other copies of the bot are running: the webhook stays set",
                                 others)
                    else:
                        await _delete_webhook(app)
                    await server.stop()
                finally:
                    await app.stop()  # answers every queued update, waits for those in flight
                    if app.post_stop:
                        await app.post_stop(app)  # the queued question log entries
            finally:
                await server.stop()
    finally:
        heap.unsettle()


class Copy:
    """This process as one of the copies of the bot on a store (module doc). The store may be
    locked or down: then this copy counts as the only one, as before copies were counted."""

    def __init__(self, app: Application):
        self.store = app.bot_data["services"].store
        self.flood = app.bot_data["flood"]
        self.copy_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._stopping = asyncio.Event()
        self._beating: asyncio.Task | None = None

    async def start(self) -> None:
        """The first exchange before this copy says it is ready: a rolling deploy stops the old
        copy once the new one is ready, and the old one must then find the new one counted
        (or it removes the webhook)."""
        await self._beat()
        self._beating = asyncio.create_task(self._keep_saying_alive())

    async def _beat(self) -> None:
        try:
            copies, quiet = await asyncio.to_thread(self.store.copy_beat, self.copy_id,
                                                    ALIVE_WITHIN)
        except Exception as exc:  # noqa: BLE001 - the next beat tries again
            log.warning("could not compare notes with other copies (%s)", exc)
        else:
            self.flood.copies = max(1, copies)
            self.flood.merge(quiet)

    async def _keep_saying_alive(self) -> None:
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), ALIVE_EVERY)
            if not self._stopping.is_set():
                await self._beat()

    async def stopped(self) -> int:
        """Strike this copy off (after its last beat, not before one still being written);
        how many others are still running."""
        self._stopping.set()
        if self._beating is not None:
            await self._beating
        try:
            return await asyncio.to_thread(self.store.copy_stopped, self.copy_id, ALIVE_WITHIN)
        except Exception as exc:  # noqa: BLE001 - then behave as the only copy
            log.warning("could not strike this copy off (%s)", exc)
            return 0


async def _delete_webhook(app: Application) -> None:
    """Remove the webhook so Telegram keeps new updates until the next start (by either mode)."""
    try:
        await app.bot.delete_webhook()
    except Exception as exc:  # shutting down anyway; say so and go on
        log.warning("could not remove the webhook (%s)", exc)


async def _serve_until_signalled(settings: Settings, say: Callable[[str], None]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await serve(settings, stop, say=say)


def run_webhook(settings: Settings, announce: Callable[[str], None] | None = None) -> int:
    """Webhook mode until SIGTERM or SIGINT; start-up failures become one line."""
    configure_logging(settings.token, settings.log_level)
    sys.setswitchinterval(0.0005)  # see bot.app.run
    say = announce or (lambda line: print(line, file=sys.stderr))
    try:
        asyncio.run(_serve_until_signalled(settings, say))
    except InvalidToken:
        say("careerbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather")
        return 2
    except BadRequest as exc:
        say(f"careerbot: Telegram refused the webhook {settings.webhook_url}: {exc.message}")
        return 2
    except (NetworkError, TimedOut) as exc:
        where = settings.api_base_url or "api.telegram.org"
        say(f"careerbot: cannot reach the Telegram Bot API at {where} ({type(exc).__name__})")
        return 3
    except OSError as exc:
        say(f"careerbot: cannot listen on {settings.listen}:{settings.port} ({exc.strerror})")
        return 3
    except statedb.StateDBError as exc:
        say(f"careerbot: {exc}")
        return 4
    return 0
