"""Keeps the router's lease on this worker fresh, and notices a router that went silent."""

import asyncio
import logging
import random

from .connection import ConnectionLost, MeshConnection
from .v1 import mesh_pb2

logger = logging.getLogger("toolmesh")

# The Swift worker's floor: a router announcing a tiny interval must not make us spin.
_MIN_INTERVAL_MS = 100


async def keep_alive(connection: MeshConnection, interval_ms: int, timeout_ms: int) -> None:
    """Runs until cancelled or until the router is judged gone (docs/protocol.md, section 6).

    Sends `Ping` whenever nothing was sent for `interval_ms` (checked twice per interval), and
    aborts the connection when nothing at all arrived for `timeout_ms` (the lease; 0 never
    gives up), so the worker reconnects instead of waiting on a half-open socket.
    """
    interval = max(interval_ms, _MIN_INTERVAL_MS) / 1000
    timeout = timeout_ms / 1000
    loop = asyncio.get_running_loop()
    nonce = random.getrandbits(32)
    while connection.is_open:
        await asyncio.sleep(interval / 2)
        now = loop.time()
        if timeout > 0 and now - connection.last_read_at > timeout:
            logger.warning("router %s silent for more than %d ms; reconnecting", connection.peer, timeout_ms)
            connection.abort()
            return
        if now - connection.last_write_at >= interval:
            nonce += 1
            try:
                await connection.send(mesh_pb2.Envelope(ping=mesh_pb2.Ping(nonce=nonce)))
            except ConnectionLost:
                return
