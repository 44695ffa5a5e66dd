"""Is the running bot really working? `careerbot health` answers for a container's HEALTHCHECK.

A live process is not a working bot: polling can be stuck on a dead connection for good while the
process looks fine. So in polling mode the proof is a heartbeat file touched after every
*successful* getUpdates (a long poll returns at least every poll timeout, ~10 s, even with no
messages); in webhook mode it is the bot's own /healthz, served by the same event loop that
handles updates (bot/webhook.py).
"""

from __future__ import annotations

import contextlib
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from .settings import Settings

if TYPE_CHECKING:
    from .sending import SafeRequest

# Healthy while the last successful getUpdates is younger than this. It covers a few failed polls
# in a row (bot/sending.py backs off up to 2 s between retries) without calling a brief
# outage unhealthy.
MAX_AGE_SECONDS = 90.0


class Heartbeat:
    """The heartbeat file: touched by the polling loop, read by `careerbot health`."""

    def __init__(self, path: Path):
        self.path = path

    def beat(self) -> None:
        # The file's mtime is the heartbeat; nothing else is written, so it cannot be torn.
        # A failure is not worth stopping the bot for: health will report it instead.
        with contextlib.suppress(OSError):
            self.path.touch()

    def clear(self) -> None:
        """Remove the file, so a heartbeat left by an earlier run never vouches for this one."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def age(self) -> float | None:
        """Seconds since the last beat, or None if there was none."""
        try:
            return max(0.0, time.time() - self.path.stat().st_mtime)
        except OSError:
            return None

    def request(self) -> SafeRequest:
        """The request object for getUpdates only, which beats after each successful call: the
        polling request of bot/sending.py (capped back-off, poison updates skipped).

        Telegram is imported here, not at the top, so `careerbot health` (run every 30 s by
        Docker) stays quick."""
        from .sending import build_request

        return build_request(polling=True, on_success=self.beat)


def check(settings: Settings, max_age: float = MAX_AGE_SECONDS) -> tuple[bool, str]:
    """(healthy, one line saying why) for the mode the settings select."""
    if settings.webhook_url:
        return _check_endpoint(f"http://127.0.0.1:{settings.port}/healthz")
    age = Heartbeat(settings.heartbeat_path).age()
    if age is None:
        return False, f"no heartbeat at {settings.heartbeat_path}: the bot has not polled yet"
    if age > max_age:
        return False, f"last successful poll {age:.0f}s ago (more than {max_age:.0f}s)"
    return True, f"polling: last successful poll {age:.0f}s ago"


def _check_endpoint(url: str) -> tuple[bool, str]:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 (our own port)
            return True, f"webhook: {url} answered {response.status}"
    except urllib.error.HTTPError as exc:
        return False, f"webhook: {url} answered {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return False, f"webhook: {url} did not answer ({reason})"
