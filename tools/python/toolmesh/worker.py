"""`Worker`: serves Python functions as tools on a ToolMesh router."""

import asyncio
import logging
import os
import random
import signal
import sys
import threading
from typing import Any, Callable, Dict, Mapping, Optional

from .address import parse_address
from .errors import MeshRefusal
from .session import Session, WorkerIdentity
from .sync_runner import DaemonThreadPool
from .tool import DEFAULT_TOOL_CONCURRENCY, Tool, make_tool
from .version import AGENT

logger = logging.getLogger("toolmesh")

DEFAULT_ROUTER = "127.0.0.1:7400"
# Reconnection waits 100 ms, 200 ms, 400 ms, ... after consecutive failures, at most this
# long, as the Swift worker does: a restarted router sees its workers back within a second.
_MAX_RECONNECT_DELAY_SECONDS = 1.0
_FIRST_RECONNECT_DELAY_SECONDS = 0.05


class Worker:
    """A tool service: connects to a router, registers its tools, runs the calls it is sent.

    Tools are plain functions taking the call's arguments as keyword arguments and returning
    a JSON-serializable value. Sync functions run on a pool of threads, async ones on the
    event loop; each call is its own task. When the connection is lost the worker reconnects
    (backoff from 100 ms up to 1 s) and registers again. `serve()` blocks until a drain
    completes (SIGTERM or SIGINT, or `drain()`), or `stop()`.

    `token` defaults to the environment variable TOOLMESH_TOKEN; `name` (the service name
    shared by replicas) to the script's name; `worker_id` to `name` plus a random number,
    kept across reconnects. `max_concurrency` bounds the calls of all tools together that
    the router sends at once; `labels` are free-form key/value pairs for operators.
    """

    def __init__(self, address: str = DEFAULT_ROUTER, token: Optional[str] = None, *, name: Optional[str] = None,
                 worker_id: Optional[str] = None, max_concurrency: int = 64,
                 labels: Optional[Mapping[str, str]] = None, drain_grace_ms: int = 10_000) -> None:
        self._address = parse_address(address)
        self._token = token if token is not None else os.environ.get("TOOLMESH_TOKEN", "")
        self.name = name or _script_name()
        self.worker_id = worker_id or f"{self.name}-{random.getrandbits(64)}"
        self._max_concurrency = max_concurrency
        self._labels = tuple((labels or {}).items())
        self._drain_grace_ms = drain_grace_ms
        self._tools: Dict[str, Tool] = {}
        self._pool = DaemonThreadPool()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._wake: Optional[asyncio.Event] = None
        self._session: Optional[Session] = None
        self._grace_timer: Optional[asyncio.TimerHandle] = None
        self._draining = False
        self._stopped = False
        self._signals_seen = 0

    # Declaring tools

    def add_tool(self, name: str, fn: Callable[..., Any], input_schema: Any = None, output_schema: Any = None,
                 description: Optional[str] = None, idempotent: bool = False,
                 max_concurrency: int = DEFAULT_TOOL_CONCURRENCY, default_deadline_ms: int = 0) -> None:
        """Serves `fn` as tool `name`. Call before `serve()`.

        `input_schema` is the JSON Schema of the arguments object (a dict keeps its key order,
        which is the order of positional arguments in programs; None means any object); the
        router validates every call against it before the tool runs. `description` defaults to
        the docstring. `idempotent` allows the router to retry a call on another worker after a
        failure; `max_concurrency` bounds this tool's calls running here at once (0: only the
        worker's bound); `default_deadline_ms` applies to calls that come without a deadline.
        Raises ValueError when a tool of that name was already added.
        """
        tool = make_tool(fn, name=name, description=description, input_schema=input_schema,
                         output_schema=output_schema, idempotent=idempotent, max_concurrency=max_concurrency,
                         default_deadline_ms=default_deadline_ms)
        if tool.name in self._tools:
            raise ValueError(f"tool '{tool.name}' is already added")
        self._tools[tool.name] = tool

    def tool(self, name: Any = None, description: Optional[str] = None, input_schema: Any = None,
             idempotent: bool = False, max_concurrency: int = DEFAULT_TOOL_CONCURRENCY, *,
             output_schema: Any = None, default_deadline_ms: int = 0) -> Any:
        """Decorator form of `add_tool`: `@worker.tool`, `@worker.tool("name")` or
        `@worker.tool(name=..., input_schema=..., ...)`.

        The name defaults to the function's `__name__`. Returns the function unchanged.
        """
        if callable(name):  # used bare: @worker.tool
            return self.tool()(name)

        def register(function: Callable[..., Any]) -> Callable[..., Any]:
            self.add_tool(name or function.__name__, function, input_schema=input_schema,
                          output_schema=output_schema, description=description, idempotent=idempotent,
                          max_concurrency=max_concurrency, default_deadline_ms=default_deadline_ms)
            return function
        return register

    # Running

    def serve(self, handle_signals: bool = True) -> None:
        """Serves until drained or stopped; blocks. Call once.

        With `handle_signals` (and on the main thread), the first SIGTERM or SIGINT drains:
        the router is sent `Drain`, running calls finish (for at most `drain_grace_ms`), then
        `serve` returns; a second signal stops at once. Raises `HandshakeRefused` (wrong
        token, unsupported version) or `RegistrationRefused` (a tool name or schema the
        router refuses): retrying cannot fix those.
        """
        on_main_thread = threading.current_thread() is threading.main_thread()
        asyncio.run(self.serve_async(handle_signals=handle_signals and on_main_thread))

    async def serve_async(self, handle_signals: bool = False) -> None:
        """`serve` as a coroutine, for programs that run their own event loop."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        signals = (signal.SIGTERM, signal.SIGINT) if handle_signals else ()
        for number in signals:
            self._loop.add_signal_handler(number, self._on_signal, number)
        try:
            await self._reconnect_loop()
        finally:
            for number in signals:
                self._loop.remove_signal_handler(number)
            if self._grace_timer is not None:
                self._grace_timer.cancel()

    def drain(self, grace_ms: Optional[int] = None) -> None:
        """Stops taking calls, lets running calls finish (at most `grace_ms`, default the
        worker's `drain_grace_ms`), then ends `serve`. Callable from any thread."""
        grace = self._drain_grace_ms if grace_ms is None else grace_ms
        self._on_loop(self._begin_drain, grace)

    def stop(self) -> None:
        """Ends `serve` now: running calls are cancelled and their results not sent.
        Callable from any thread."""
        self._on_loop(self._stop_now)

    # Internals (loop thread)

    async def _reconnect_loop(self) -> None:
        failures = 0
        identity = WorkerIdentity(address=self._address, token=self._token, worker_name=self.name,
                                  worker_id=self.worker_id, max_concurrency=self._max_concurrency,
                                  labels=self._labels, agent=AGENT)
        while not (self._draining or self._stopped):
            session = Session(identity, self._tools, self._run_sync)
            self._session = session
            try:
                outcome = await session.run()
            except MeshRefusal as refusal:
                logger.error("router refused this worker: %s", refusal)
                raise
            finally:
                self._session = None
            if self._draining or self._stopped:
                break
            failures = 1 if outcome.registered else failures + 1
            delay = min(_MAX_RECONNECT_DELAY_SECONDS, _FIRST_RECONNECT_DELAY_SECONDS * (1 << min(failures, 10)))
            log = logger.warning if failures == 1 else logger.debug
            log("%s; reconnecting in %d ms", outcome.reason, delay * 1000)
            await self._sleep_unless_woken(delay)

    async def _sleep_unless_woken(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._wake.wait(), seconds)
        except asyncio.TimeoutError:
            pass

    def _run_sync(self, function: Callable[[], Any]) -> "asyncio.Future":
        return asyncio.wrap_future(self._pool.submit(function))

    def _on_loop(self, callback: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            # Not serving (yet): remember, so serve() returns at once.
            self._stopped = True
            return
        loop.call_soon_threadsafe(callback, *args)

    def _begin_drain(self, grace_ms: int) -> None:
        if self._draining or self._stopped:
            return
        self._draining = True
        logger.info("draining: finishing running calls (at most %d ms)", grace_ms)
        self._wake.set()
        if self._session is not None:
            self._session.begin_drain(grace_ms)
        self._grace_timer = self._loop.call_later(grace_ms / 1000, self._stop_now)

    def _stop_now(self) -> None:
        self._stopped = True
        self._wake.set()
        if self._session is not None:
            self._session.stop()

    def _on_signal(self, number: int) -> None:
        self._signals_seen += 1
        if self._signals_seen == 1:
            self._begin_drain(self._drain_grace_ms)
        else:
            logger.info("second signal (%s): stopping now", signal.Signals(number).name)
            self._stop_now()


def _script_name() -> str:
    """The running script's name without extension, e.g. `expenses` for expenses.py."""
    base = os.path.splitext(os.path.basename(sys.argv[0] if sys.argv else ""))[0]
    return base if base and base not in ("__main__", "-c", "-m") else "python-worker"
