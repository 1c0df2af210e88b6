"""The calls running on one connection: one asyncio task per call."""

import asyncio
import logging
from typing import Awaitable, Callable, Dict, Mapping, Optional, Set

from .call_context import CallContext
from .invocation import RunSync, invoke
from .status import StatusCode
from .tool import Tool
from .v1 import mesh_pb2

logger = logging.getLogger("toolmesh")

#: Sends one result to the router; must not raise.
SendResult = Callable[[mesh_pb2.CallResult], Awaitable[None]]


class _RunningCall:
    def __init__(self, tool: Tool, context: CallContext) -> None:
        self.tool = tool
        self.context = context
        self.task: Optional[asyncio.Task] = None
        self.deadline_timer: Optional[asyncio.TimerHandle] = None


class CallTable:
    """Starts each `Call` in its own task and sends exactly one result per call.

    Cancellation (`cancel`, or the call's deadline passing) cancels an async tool's task;
    a sync tool's thread cannot be interrupted, so it is only told (`CallContext.cancelled`)
    and its real outcome is sent when it returns, which keeps the router's count of this
    worker's outstanding calls true. `on_idle` runs whenever the last running call finishes.
    """

    def __init__(self, tools: Mapping[str, Tool], run_sync: RunSync, send_result: SendResult,
                 on_idle: Callable[[], None]) -> None:
        self._tools = tools
        self._run_sync = run_sync
        self._send_result = send_result
        self._on_idle = on_idle
        self._running: Dict[int, _RunningCall] = {}
        self._abandoned = False
        # Tasks sending immediate answers; asyncio keeps only weak references to tasks.
        self._answers: Set[asyncio.Future] = set()

    def __len__(self) -> int:
        return len(self._running)

    def start(self, call: mesh_pb2.Call) -> None:
        """Starts serving `call`; a tool this worker does not serve is answered NOT_FOUND."""
        tool = self._tools.get(call.tool)
        if tool is None:
            self._answer_now(mesh_pb2.CallResult(call_id=call.call_id, code=StatusCode.NOT_FOUND,
                                                 message=f"this worker does not serve tool '{call.tool}'"))
            return
        if call.call_id in self._running:
            # The router never reuses an id while the call runs; a second result would break
            # the exactly-one rule, so the duplicate gets none.
            logger.warning("ignoring a second Call with id %d (a router bug)", call.call_id)
            return
        context = CallContext(call.tool, call.call_id, [(entry.key, entry.value) for entry in call.metadata],
                              call.attempt, call.deadline_ms)
        running = _RunningCall(tool, context)
        self._running[call.call_id] = running
        running.task = asyncio.ensure_future(self._serve(call, running))
        if call.deadline_ms > 0:
            running.deadline_timer = asyncio.get_running_loop().call_later(
                call.deadline_ms / 1000, self.cancel, call.call_id, "deadline exceeded", StatusCode.DEADLINE_EXCEEDED)

    def cancel(self, call_id: int, reason: str, code: StatusCode = StatusCode.CANCELLED) -> None:
        """Stops a running call; unknown ids are ignored (the Cancel may cross the result)."""
        running = self._running.get(call_id)
        if running is None:
            return
        running.context.mark_cancelled(code, reason or "cancelled")
        if running.tool.is_async and running.task is not None:
            running.task.cancel()

    def abandon_all(self) -> None:
        """The connection is gone: cancels every async call, tells every sync one, and sends
        nothing more (the router fails the calls over or answers them itself)."""
        self._abandoned = True
        for call_id in list(self._running):
            running = self._running[call_id]
            running.context.mark_cancelled(StatusCode.UNAVAILABLE, "connection to the router lost")
            if running.task is not None:
                running.task.cancel()

    async def _serve(self, call: mesh_pb2.Call, running: _RunningCall) -> None:
        try:
            result = await invoke(running.tool, call, running.context, self._run_sync)
        except asyncio.CancelledError:
            result = None  # the worker is stopping
        finally:
            if running.deadline_timer is not None:
                running.deadline_timer.cancel()
            self._running.pop(call.call_id, None)
        if result is not None and not self._abandoned:
            await self._send_result(result)
        if not self._running:
            self._on_idle()

    def _answer_now(self, result: mesh_pb2.CallResult) -> None:
        if not self._abandoned:
            task = asyncio.ensure_future(self._send_result(result))
            self._answers.add(task)
            task.add_done_callback(self._answers.discard)
