"""Settings from the environment, checked once at start-up with one clear line per problem."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,}$")


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
        return cls(
            token=token,
            api_base_url=(env.get("TELEGRAM_API_BASE_URL") or "").strip() or None,
            data_dir=Path(env.get("CAREERBOT_DATA_DIR") or "data"),
            admin_ids=frozenset(admins),
            default_tz=tz,
            tip_time=time(int(match[1]), int(match[2])),
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
