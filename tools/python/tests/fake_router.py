"""A scripted stand-in for the router, for behaviour the real one cannot be made to show
(bad frames, silence, tiny frame limits, refused registrations). Built on the SDK's codec."""

import asyncio
from typing import Optional

from toolmesh.codec import encode_frame
from toolmesh.framing import FrameDecoder
from toolmesh.v1 import mesh_pb2

TIMEOUT = 5.0


class FakePeer:
    """The router's end of one worker connection."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.decoder = FrameDecoder()

    async def receive(self, timeout: float = TIMEOUT) -> Optional[mesh_pb2.Envelope]:
        """The next envelope from the worker; None when it closed the connection."""
        async def read():
            while True:
                envelope = self.decoder.next()
                if envelope is not None:
                    return envelope
                data = await self.reader.read(65536)
                if not data:
                    return None
                self.decoder.append(data)
        return await asyncio.wait_for(read(), timeout)

    async def expect(self, kind: str, timeout: float = TIMEOUT, skip=("ping", "pong")):
        """The next message of `kind`, skipping heartbeats; fails on anything else."""
        while True:
            envelope = await self.receive(timeout)
            assert envelope is not None, f"connection closed while waiting for {kind}"
            body = envelope.WhichOneof("body")
            if body == kind:
                return getattr(envelope, kind)
            assert body in skip, f"expected {kind}, got {envelope}"

    async def send(self, **body) -> None:
        self.writer.write(encode_frame(mesh_pb2.Envelope(**body), 1 << 24))
        await self.writer.drain()

    async def send_raw(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def accept(self, welcome: Optional[mesh_pb2.Welcome] = None) -> mesh_pb2.Register:
        """Plays the handshake and registration; returns the worker's `Register`."""
        await self.expect("hello")
        await self.send(welcome=welcome or mesh_pb2.Welcome(
            protocol_version=1, router_id="fake", heartbeat_interval_ms=5000, heartbeat_timeout_ms=15000,
            max_frame_bytes=1 << 24))
        register = await self.expect("register")
        await self.send(register_ack=mesh_pb2.RegisterAck(code=0))
        return register

    async def wait_closed(self, timeout: float = TIMEOUT) -> list:
        """Waits until the worker closes; returns the kinds of what it sent meanwhile."""
        kinds = []
        while True:
            envelope = await self.receive(timeout)
            if envelope is None:
                return kinds
            kinds.append(envelope.WhichOneof("body"))

    def close(self) -> None:
        self.writer.close()


class FakeRouter:
    """Accepts worker connections on 127.0.0.1; `next_peer()` hands them out in order."""

    def __init__(self) -> None:
        self.peers: "asyncio.Queue[FakePeer]" = asyncio.Queue()
        self._all_peers = []
        self.server: Optional[asyncio.AbstractServer] = None
        self.address = ""

    async def __aenter__(self) -> "FakeRouter":
        self.server = await asyncio.start_server(self._accepted, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        self.address = f"127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc) -> None:
        for peer in self._all_peers:
            peer.close()
        self.server.close()
        await self.server.wait_closed()

    async def _accepted(self, reader, writer) -> None:
        peer = FakePeer(reader, writer)
        self._all_peers.append(peer)
        await self.peers.put(peer)

    async def next_peer(self, timeout: float = TIMEOUT) -> FakePeer:
        return await asyncio.wait_for(self.peers.get(), timeout)
