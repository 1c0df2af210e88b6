"""One connection's life: connect, handshake, register, serve calls until the connection ends."""

import asyncio
import logging
from dataclasses import dataclass
from typing import Mapping, Optional, Set, Tuple

from .address import RouterAddress
from .calls import CallTable
from .codec import message_name
from .connection import ConnectionLost, MeshConnection
from .errors import HandshakeRefused, RegistrationRefused
from .frame_error import FrameError
from .heartbeat import keep_alive
from .invocation import RunSync
from .limits import FrameLimits
from .status import StatusCode
from .tool import Tool
from .v1 import mesh_pb2

logger = logging.getLogger("toolmesh")

PROTOCOL_VERSION = 1
# The router gives a new connection 10 s to say Hello; we give it as long to answer, and
# to accept the connection in the first place.
_CONNECT_TIMEOUT_SECONDS = 10.0
_HANDSHAKE_TIMEOUT_SECONDS = 10.0
# Handshake refusals that a new attempt cannot fix: wrong token, unsupported version,
# malformed Hello. Others (e.g. a router shedding load) are retried.
_PERMANENT_REFUSALS = {StatusCode.UNAUTHENTICATED, StatusCode.FAILED_PRECONDITION,
                       StatusCode.INVALID_ARGUMENT, StatusCode.PERMISSION_DENIED}


@dataclass(frozen=True)
class WorkerIdentity:
    """What the worker tells the router about itself in `Hello` and `Register`."""

    address: RouterAddress
    token: str
    worker_name: str
    worker_id: str
    max_concurrency: int
    labels: Tuple[Tuple[str, str], ...] = ()
    agent: str = ""


@dataclass
class SessionOutcome:
    """How a session ended: whether it got registered, and why it ended (for logs)."""

    registered: bool = False
    reason: str = ""


class Session:
    """Runs one connection to the router. `run` returns when the connection ends for any
    reason the worker survives (it then reconnects), and raises `HandshakeRefused` or
    `RegistrationRefused` for refusals that reconnecting cannot fix. Loop thread only.
    """

    def __init__(self, identity: WorkerIdentity, tools: Mapping[str, Tool], run_sync: RunSync) -> None:
        self._identity = identity
        self._tools = tools
        self._connection: Optional[MeshConnection] = None
        self._calls = CallTable(tools, run_sync, self._send_result, self._on_idle)
        self._state = "connecting"
        self._draining = False
        # Fire-and-forget tasks; asyncio keeps only weak references to tasks.
        self._background: Set[asyncio.Future] = set()
        self.outcome = SessionOutcome()

    async def run(self) -> SessionOutcome:
        """Connects and serves until the connection ends; see the class for what it raises."""
        try:
            connection = await MeshConnection.open(self._identity.address, _CONNECT_TIMEOUT_SECONDS)
        except (OSError, asyncio.TimeoutError) as error:
            self.outcome.reason = f"cannot connect to {self._identity.address}: {str(error) or type(error).__name__}"
            return self.outcome
        self._connection = connection
        heartbeat: Optional[asyncio.Task] = None
        try:
            if self._state == "closed":  # stopped while connecting
                return self.outcome
            self._state = "handshaking"
            welcome = await self._handshake(connection)
            connection.apply_limits(FrameLimits.announced(welcome.max_frame_bytes))
            heartbeat = asyncio.ensure_future(
                keep_alive(connection, welcome.heartbeat_interval_ms, welcome.heartbeat_timeout_ms))
            self._state = "registering"
            try:
                await connection.send(mesh_pb2.Envelope(register=self._register_message()))
            except FrameError as error:  # would fail the same way on every connection
                raise RegistrationRefused(error.status_code, f"Register cannot be sent: {error.message}") from None
            while True:
                envelope = await connection.receive()
                if envelope is None:
                    self.outcome.reason = self.outcome.reason or "the router closed the connection"
                    break
                await self._handle(connection, envelope)
        except (ConnectionLost, FrameError, asyncio.TimeoutError) as error:
            self.outcome.reason = str(error) or type(error).__name__
        finally:
            self._state = "closed"
            if heartbeat is not None:
                heartbeat.cancel()
            self._calls.abandon_all()
            connection.abort()
        return self.outcome

    def begin_drain(self, grace_ms: int) -> None:
        """Tells the router to send no new calls, and closes once the running calls are done.

        Before registration there is nothing to finish, so the connection just closes.
        """
        self._draining = True
        connection = self._connection
        if self._state != "serving" or connection is None:
            self.stop()
            return
        drain = mesh_pb2.Drain(reason="worker is shutting down", grace_ms=grace_ms)
        self._in_background(self._send_then_close_if_idle(connection, mesh_pb2.Envelope(drain=drain)))

    def stop(self) -> None:
        """Ends the session now: running calls are cancelled and their results not sent."""
        self._state = "closed"
        self._calls.abandon_all()
        if self._connection is not None:
            self._connection.abort()

    async def _handshake(self, connection: MeshConnection) -> mesh_pb2.Welcome:
        identity = self._identity
        hello = mesh_pb2.Hello(protocol_version=PROTOCOL_VERSION, peer_kind=mesh_pb2.PEER_KIND_WORKER,
                               token=identity.token, peer_name=identity.worker_name, agent=identity.agent)
        try:
            await connection.send(mesh_pb2.Envelope(hello=hello))
        except FrameError as error:
            raise HandshakeRefused(error.status_code, f"Hello cannot be sent: {error.message}") from None
        while True:
            envelope = await asyncio.wait_for(connection.receive(), _HANDSHAKE_TIMEOUT_SECONDS)
            if envelope is None:
                raise ConnectionLost("the router closed the connection during the handshake")
            kind = envelope.WhichOneof("body")
            if kind == "welcome":
                return envelope.welcome
            if kind == "protocol_error":
                code = StatusCode.from_wire(envelope.protocol_error.code)
                if code in _PERMANENT_REFUSALS:
                    raise HandshakeRefused(code, envelope.protocol_error.message)
                raise ConnectionLost(f"handshake refused: {code.name}: {envelope.protocol_error.message}")
            logger.debug("ignoring %s before Welcome", message_name(envelope))

    def _register_message(self) -> mesh_pb2.Register:
        identity = self._identity
        return mesh_pb2.Register(
            worker_name=identity.worker_name,
            worker_id=identity.worker_id,
            tools=[tool.spec() for tool in self._tools.values()],
            max_concurrency=identity.max_concurrency,
            labels=[mesh_pb2.MetadataEntry(key=key, value=value) for key, value in identity.labels],
        )

    async def _handle(self, connection: MeshConnection, envelope: mesh_pb2.Envelope) -> None:
        kind = envelope.WhichOneof("body")
        if kind == "register_ack" and self._state == "registering":
            self._registered(envelope.register_ack)
        elif kind == "call" and self._state == "serving":
            self._calls.start(envelope.call)
        elif kind == "cancel":
            self._calls.cancel(envelope.cancel.call_id, envelope.cancel.reason)
        elif kind == "ping":
            await connection.send(mesh_pb2.Envelope(pong=mesh_pb2.Pong(nonce=envelope.ping.nonce)))
        elif kind == "drain":
            # The router is shutting down: finish what runs; it closes, and we reconnect.
            logger.info("router is draining: %s", envelope.drain.reason)
        elif kind == "protocol_error":
            code = StatusCode.from_wire(envelope.protocol_error.code)
            self.outcome.reason = f"router reported a protocol error: {code.name}: {envelope.protocol_error.message}"
            logger.warning("%s", self.outcome.reason)
            connection.abort()
        elif kind != "pong":
            logger.debug("ignoring %s in state %s", message_name(envelope), self._state)

    def _registered(self, ack: mesh_pb2.RegisterAck) -> None:
        code = StatusCode.from_wire(ack.code)
        if code != StatusCode.OK:
            refusals = [(r.tool, StatusCode.from_wire(r.code), r.message) for r in ack.refusals]
            raise RegistrationRefused(code, ack.message, refusals)
        self._state = "serving"
        self.outcome.registered = True
        logger.info("registered %d tools with the router at %s", len(self._tools), self._identity.address)

    async def _send_result(self, result: mesh_pb2.CallResult) -> None:
        connection = self._connection
        if connection is None or not connection.is_open:
            return
        try:
            try:
                await connection.send(mesh_pb2.Envelope(result=result))
            except FrameError as error:
                # Too large for a frame, or a string with U+0000: report that instead.
                replacement = mesh_pb2.CallResult(call_id=result.call_id, code=StatusCode.RESOURCE_EXHAUSTED,
                                                  message=f"result cannot be sent: {error.message}")
                await connection.send(mesh_pb2.Envelope(result=replacement))
        except ConnectionLost:
            pass

    def _on_idle(self) -> None:
        if self._draining and self._connection is not None:
            self._in_background(self._connection.close())

    def _in_background(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _send_then_close_if_idle(self, connection: MeshConnection, envelope: mesh_pb2.Envelope) -> None:
        try:
            await connection.send(envelope)
        except ConnectionLost:
            return
        if not self._calls:
            await connection.close()
