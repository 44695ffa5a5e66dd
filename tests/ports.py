"""Ports for servers a test starts later (a copy of the bot, PostgreSQL) or for nobody.

Asking the kernel for port 0 and closing the socket is racy: the same port is handed out again
to the next `bind(("127.0.0.1", 0))` (the round-robin proxy, the fake Bot API) or as the local
end of an outgoing connection, and the server started later cannot listen (a rolling-deploy test
once found its proxy on the port meant for a copy of the bot). So these ports come from below
the kernel's ephemeral range, where neither of those ever lands, each handed out once per run.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

_EPHEMERAL = Path("/proc/sys/net/ipv4/ip_local_port_range")
_handed_out: set[int] = set()


def _below_ephemeral() -> range:
    try:
        low = int(_EPHEMERAL.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768  # Linux's default
    return range(10000, max(low, 20000))


def free_port() -> int:
    """A port on 127.0.0.1 nothing listens on now and no other test of this run was given."""
    ports = _below_ephemeral()
    for _ in range(200):
        port = random.choice(ports)
        if port in _handed_out:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port in {ports}")
