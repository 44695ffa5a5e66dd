"""Waiting for what another task or process does, with a generous bound: a loaded CI machine
is slow, and a test asserts what happens, not how fast."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def wait_until(predicate: Callable[[], object], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


async def wait_healthy(url: str, timeout: float = 90) -> None:
    """Until `url` (a copy's /healthz) answers 200, as a deploy waits before it stops the
    previous copy."""
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(url, timeout=aiohttp.ClientTimeout(total=1)) as response:
                    if response.status == 200:
                        return
            except (aiohttp.ClientError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} not healthy")
            await asyncio.sleep(0.1)
