"""Settings from the environment, checked once at start-up with one clear line per problem."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,}$")
# What Telegram accepts as a webhook secret_token (Bot API, setWebhook).
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
TRUE = ("1", "true", "yes", "on")


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class SettingsError(Exception):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)  # never printed
    api_base_url: str | None = None
    data_dir: Path = Path("data")
    admin_ids: frozenset[int] = frozenset()
    default_tz: str = "Asia/Shanghai"
    tip_time: time = time(9, 0)
    # Where knowledge.db is compiled; None: beside the user state in data_dir. The image compiles
    # it at build time into a directory of its own, so the /data volume holds user state only.
    kb_cache_dir: Path | None = None
    # The curated YAML to compile; None: the package's own knowledge/data (drafts, tests).
    kb_source: Path | None = None
    # Webhook mode when set: Telegram posts updates to this public URL (bot/webhook.py).
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    port: int = 8080
    listen: str = "0.0.0.0"
    # Written by the polling loop after each successful getUpdates (bot/health.py).
    heartbeat_file: Path | None = None
    # In a container no one can type into the terminal chat: without a token, stop and say so.
    require_token: bool = False
    # Logged questions older than this many days are deleted (what /privacy promises).
    log_days: int = 90
    # The log level (LOG_LEVEL): DEBUG, INFO, WARNING or ERROR.
    log_level: str = "INFO"
    # User state in PostgreSQL (CAREERBOT_STATE_URL); None: state.db in data_dir.
    state_url: str | None = field(default=None, repr=False)  # may hold a password

    @property
    def knowledge_dir(self) -> Path:
        """Where knowledge.db lives (rebuildable; kept out of the user-state volume in images)."""
        return self.kb_cache_dir or self.data_dir

    @property
    def state_location(self) -> str | Path:
        """Where the user state lives: the PostgreSQL URL, else data_dir/state.db."""
        return self.state_url or self.data_dir / "state.db"

    @property
    def heartbeat_path(self) -> Path:
        return self.heartbeat_file or self.data_dir / "heartbeat"

    def with_webhook(self, url: str) -> Settings:
        """These settings in webhook mode at `url` (`careerbot --webhook-url URL`), checked."""
        return replace(self, webhook_url=_webhook_url(url, self.webhook_secret))

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        token = (env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None
        if token and not TOKEN_RE.match(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then the "
                "secret, as @BotFather gives it)"
            )
        tz = (env.get("CAREERBOT_DEFAULT_TZ") or "Asia/Shanghai").strip()
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError(f"CAREERBOT_DEFAULT_TZ={tz!r} is not a known time zone") from exc
        raw_time = (env.get("CAREERBOT_TIP_TIME") or "09:00").strip()
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", raw_time)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise SettingsError(f"CAREERBOT_TIP_TIME={raw_time!r} must be HH:MM, e.g. 09:00")
        admins = set()
        for part in re.split(r"[,\s]+", env.get("CAREERBOT_ADMIN_IDS") or ""):
            if part:
                if not part.lstrip("-").isdigit():
                    raise SettingsError(f"CAREERBOT_ADMIN_IDS: {part!r} is not a Telegram user id")
                admins.add(int(part))
        secret = (env.get("CAREERBOT_WEBHOOK_SECRET") or "").strip() or None
        if secret and not SECRET_RE.match(secret):
            raise SettingsError(
                "CAREERBOT_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, at most 256 "
                "characters (e.g. the output of `openssl rand -hex 32`)"
            )
        webhook_url = (env.get("CAREERBOT_WEBHOOK_URL") or "").strip() or None
        if webhook_url:
            webhook_url = _webhook_url(webhook_url, secret)
        raw_port = (env.get("PORT") or "8080").strip()
        if not raw_port.isdigit() or not 0 < int(raw_port) < 65536:
            raise SettingsError(f"PORT={raw_port!r} must be a TCP port number, e.g. 8080")
        raw_days = (env.get("CAREERBOT_LOG_DAYS") or "90").strip()
        if not raw_days.isdigit() or int(raw_days) < 1:
            raise SettingsError(f"CAREERBOT_LOG_DAYS={raw_days!r} must be a whole number of days, "
                                "at least 1, e.g. 90")
        kb_cache = (env.get("CAREERBOT_KB_CACHE_DIR") or "").strip()
        heartbeat = (env.get("CAREERBOT_HEARTBEAT_FILE") or "").strip()
        kb_source = (env.get("CAREERBOT_KB_DIR") or "").strip()
        state_url = (env.get("CAREERBOT_STATE_URL") or "").strip() or None
        if state_url and not state_url.startswith(("postgresql://", "postgres://")):
            raise SettingsError("CAREERBOT_STATE_URL must be a postgresql://user:password@host/db"
                                " URL (unset: state.db in CAREERBOT_DATA_DIR)")
        log_level = (env.get("LOG_LEVEL") or "INFO").strip().upper()
        if log_level not in LOG_LEVELS:
            raise SettingsError(f"LOG_LEVEL={log_level!r} must be one of {', '.join(LOG_LEVELS)}")
        return cls(
            token=token,
            api_base_url=(env.get("TELEGRAM_API_BASE_URL") or "").strip() or None,
            data_dir=Path(env.get("CAREERBOT_DATA_DIR") or "data"),
            admin_ids=frozenset(admins),
            default_tz=tz,
            tip_time=time(int(match[1]), int(match[2])),
            kb_cache_dir=Path(kb_cache) if kb_cache else None,
            kb_source=Path(kb_source) if kb_source else None,
            webhook_url=webhook_url,
            webhook_secret=secret,
            port=int(raw_port),
            listen=(env.get("CAREERBOT_LISTEN") or "0.0.0.0").strip(),
            heartbeat_file=Path(heartbeat) if heartbeat else None,
            require_token=(env.get("CAREERBOT_REQUIRE_TOKEN") or "").strip().lower() in TRUE,
            log_days=int(raw_days),
            log_level=log_level,
            state_url=state_url,
        )

    def ensure_data_dir(self) -> Path:
        """Create the data directory, or say plainly why it cannot be used."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # A file of its own, so two processes starting at once cannot trip each other.
            with tempfile.NamedTemporaryFile(dir=self.data_dir, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise SettingsError(
                f"CAREERBOT_DATA_DIR={str(self.data_dir)!r} is not writable ({exc.strerror})"
            ) from exc
        return self.data_dir


def _webhook_url(url: str, secret: str | None) -> str:
    """A webhook URL is only accepted with a secret: without one, anyone who learns the URL
    could post forged updates to the bot."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SettingsError(
            f"webhook URL {url!r} must be a full URL such as https://bot.example.com/telegram"
        )
    if not secret:
        raise SettingsError(
            "webhook mode needs CAREERBOT_WEBHOOK_SECRET (A-Z, a-z, 0-9, _ and -; e.g. the "
            "output of `openssl rand -hex 32`): requests without it are refused"
        )
    return url


@dataclass(frozen=True)
class EnvVar:
    """One setting as the README's settings table shows it (generated by `python -m bot.docs`)."""

    name: str
    default: str
    meaning: str


# Every variable the program reads; tests/test_docs.py fails when code reads one not listed here.
ENVIRONMENT: tuple[EnvVar, ...] = (
    EnvVar("TELEGRAM_BOT_TOKEN", "unset",
           "the bot's token; unset runs the terminal chat (or stops, with "
           "`CAREERBOT_REQUIRE_TOKEN`). Never logged."),
    EnvVar("TELEGRAM_API_BASE_URL", "Telegram's",
           "another Bot API server, e.g. `http://127.0.0.1:8081/bot` (the token is appended)"),
    EnvVar("CAREERBOT_DATA_DIR", "`./data`",
           "where `state.db` (user state, kept) and, unless `CAREERBOT_KB_CACHE_DIR` says "
           "otherwise, `knowledge.db` (rebuildable) live"),
    EnvVar("CAREERBOT_STATE_URL", "`state.db` in `CAREERBOT_DATA_DIR`",
           "user state in PostgreSQL, e.g. `postgresql://careerbot:PASSWORD@db:5432/careerbot`, "
           "shared by several copies of the bot; never logged with its password"),
    EnvVar("CAREERBOT_ADMIN_IDS", "none",
           "Telegram user ids of curators, comma-separated: they get `/stats` and `/unanswered`"),
    EnvVar("CAREERBOT_LOG_DAYS", "`90`",
           "logged questions older than this many days are deleted (at start-up, daily, and by "
           "`careerbot prune`); `/privacy` tells users so"),
    EnvVar("CAREERBOT_DEFAULT_TZ", "`Asia/Shanghai`",
           "time zone for tips when a user names none"),
    EnvVar("CAREERBOT_TIP_TIME", "`09:00`", "default daily tip time"),
    EnvVar("CAREERBOT_KB_DIR", "the package's `knowledge/data`",
           "read the knowledge YAML from elsewhere (drafts, tests)"),
    EnvVar("CAREERBOT_KB_CACHE_DIR", "`CAREERBOT_DATA_DIR`",
           "where `knowledge.db` is compiled; the image uses `/opt/kb`, built with the image"),
    EnvVar("CAREERBOT_WEBHOOK_URL", "unset",
           "webhook mode at this public HTTPS URL (same as `--webhook-url`); unset: long polling"),
    EnvVar("CAREERBOT_WEBHOOK_SECRET", "unset",
           "required in webhook mode: Telegram sends it with every update; requests without it "
           "get 403. `A-Z a-z 0-9 _ -`, e.g. `openssl rand -hex 32`"),
    EnvVar("PORT", "`8080`",
           "webhook mode: the port for updates (at the URL's path) and `/healthz`"),
    EnvVar("CAREERBOT_LISTEN", "`0.0.0.0`", "webhook mode: the address to listen on"),
    EnvVar("CAREERBOT_HEARTBEAT_FILE", "`DATA_DIR/heartbeat`",
           "polling mode: touched after each successful poll, read by `careerbot health` "
           "(image: `/tmp/careerbot.heartbeat`)"),
    EnvVar("CAREERBOT_REQUIRE_TOKEN", "unset",
           "`1`: with no token, stop with one line (exit 2) instead of the terminal chat (set in "
           "the image)"),
    EnvVar("LOG_LEVEL", "`INFO`",
           "`DEBUG`, `INFO`, `WARNING` or `ERROR`. Each fault is one line with chat or user ids, "
           "never message text or the token"),
)
