"""A framed connection to a router on asyncio streams (TCP or Unix domain socket)."""

import asyncio
import logging
from typing import Optional

from .address import RouterAddress
from .codec import encode_frame
from .frame_error import FrameError
from .framing import FrameDecoder
from .limits import FrameLimits
from .v1 import mesh_pb2

logger = logging.getLogger("toolmesh")

_READ_CHUNK_BYTES = 64 << 10
# How long closing waits for queued output to reach a peer that does not read.
_CLOSE_LINGER_SECONDS = 1.0


class ConnectionLost(Exception):
    """The connection failed or closed (`message` says how); the worker reconnects."""


class MeshConnection:
    """Sends and receives envelopes on one connection. Use it from its event loop only.

    A bad frame from the peer is answered with `ProtocolError` and the connection closes,
    as docs/protocol.md requires; `receive` then raises the `FrameError`.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 limits: Optional[FrameLimits] = None) -> None:
        self.limits = limits or FrameLimits()
        self._reader = reader
        self._writer = writer
        self._decoder = FrameDecoder(self.limits)
        self._loop = asyncio.get_running_loop()
        # Lazily created: on Python 3.9 a Lock binds to the loop current at construction.
        self._drain_lock: Optional[asyncio.Lock] = None
        self.last_read_at = self._loop.time()
        self.last_write_at = self._loop.time()
        self.is_open = True

    @classmethod
    async def open(cls, address: RouterAddress, timeout: float) -> "MeshConnection":
        """Connects to `address` within `timeout` seconds; raises OSError or asyncio.TimeoutError."""
        if address.path is not None:
            opening = asyncio.open_unix_connection(address.path)
        else:
            opening = asyncio.open_connection(address.host, address.port)
        reader, writer = await asyncio.wait_for(opening, timeout)
        return cls(reader, writer)

    @property
    def peer(self) -> str:
        """The router's address as text, for logs."""
        name = self._writer.get_extra_info("peername")
        if isinstance(name, tuple):
            return f"{name[0]}:{name[1]}"
        return f"unix:{name}" if name else "router"

    def apply_limits(self, limits: FrameLimits) -> None:
        """Uses `limits` for both directions from now on (the router's announced frame size)."""
        self.limits = limits
        self._decoder.limits = limits

    async def send(self, envelope: mesh_pb2.Envelope) -> None:
        """Queues `envelope` and waits until the socket can take more.

        Raises `FrameError` when the envelope cannot be encoded (nothing is sent; the
        connection stays usable) and `ConnectionLost` when the connection is closed.
        Waiting when the peer does not read slows this side down instead of buffering for it.
        """
        frame = encode_frame(envelope, self.limits.max_frame_bytes)
        if not self.is_open:
            raise ConnectionLost("connection is closed")
        self._writer.write(frame)
        self.last_write_at = self._loop.time()
        if self._drain_lock is None:
            self._drain_lock = asyncio.Lock()
        try:
            async with self._drain_lock:
                await self._writer.drain()
        except (ConnectionError, OSError) as error:
            self.abort()
            raise ConnectionLost(f"write failed: {error}") from error

    async def receive(self) -> Optional[mesh_pb2.Envelope]:
        """The next envelope; None when the peer closed at a frame boundary or this side closed.

        Raises `FrameError` for a bad frame (after telling the peer and closing) or a stream
        that ends inside a frame, and `ConnectionLost` when the socket fails.
        """
        while True:
            try:
                envelope = self._decoder.next()
            except FrameError as error:
                await self._reject(error)
                raise
            if envelope is not None:
                return envelope
            if not self.is_open:
                return None
            try:
                data = await self._reader.read(_READ_CHUNK_BYTES)
            except (ConnectionError, OSError) as error:
                self.abort()
                raise ConnectionLost(f"read failed: {error}") from error
            if not data:
                self.is_open = False
                # A stream cut inside a frame means the peer is gone: no ProtocolError to send.
                self._decoder.finish()
                return None
            self.last_read_at = self._loop.time()
            self._decoder.append(data)

    async def close(self) -> None:
        """Closes after writing what is queued (for at most a second)."""
        if not self.is_open and self._writer.is_closing():
            return
        self.is_open = False
        self._writer.close()
        try:
            await asyncio.wait_for(self._writer.wait_closed(), _CLOSE_LINGER_SECONDS)
        except (asyncio.TimeoutError, ConnectionError, OSError):
            self.abort()

    def abort(self) -> None:
        """Closes at once, discarding queued output."""
        self.is_open = False
        transport = self._writer.transport
        if transport is not None:
            # Also ends a graceful close still waiting to write to a peer that does not read.
            transport.abort()

    async def _reject(self, error: FrameError) -> None:
        """Tells the peer why its frame is refused, then closes (docs/protocol.md, section 2)."""
        logger.warning("closing the connection to %s: %s", self.peer, error.message)
        if self.is_open:
            notice = mesh_pb2.Envelope(protocol_error=mesh_pb2.ProtocolError(
                code=int(error.status_code), message=error.message))
            try:
                self._writer.write(encode_frame(notice, self.limits.max_frame_bytes))
            except (ConnectionError, OSError):
                pass
        await self.close()
