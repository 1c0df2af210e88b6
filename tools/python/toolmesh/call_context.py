"""What a running tool can learn about its call: `current_call()`."""

import contextvars
import threading
import time
from typing import Optional, Sequence, Tuple

from .status import StatusCode

_current: "contextvars.ContextVar[Optional[CallContext]]" = contextvars.ContextVar("toolmesh_call", default=None)


class CallContext:
    """One call as the tool sees it. Safe to read from any thread.

    `deadline` is on the `time.monotonic()` clock, None when the call has none. Async tools
    are cancelled (`asyncio.CancelledError`) when the router cancels the call or the deadline
    passes; sync tools cannot be interrupted, so long-running ones should poll `cancelled` or
    wait with `wait_cancelled(timeout)` and return early.
    """

    def __init__(self, tool: str, call_id: int, metadata: Sequence[Tuple[str, str]], attempt: int,
                 deadline_ms: int) -> None:
        self.tool = tool
        self.call_id = call_id
        self.metadata = tuple(metadata)
        self.attempt = attempt
        self.deadline_ms = deadline_ms
        self.deadline = time.monotonic() + deadline_ms / 1000 if deadline_ms > 0 else None
        self._cancelled = threading.Event()
        self.cancellation: Optional[Tuple[StatusCode, str]] = None

    @property
    def cancelled(self) -> bool:
        """True once the router cancelled the call or its deadline passed."""
        return self._cancelled.is_set()

    def wait_cancelled(self, timeout: Optional[float] = None) -> bool:
        """Blocks until the call is cancelled or `timeout` seconds pass; returns `cancelled`.

        For sync tools: a sleep that ends early when the result is no longer wanted.
        """
        return self._cancelled.wait(timeout)

    def time_remaining(self) -> Optional[float]:
        """Seconds left until the deadline (negative once passed); None without a deadline."""
        return None if self.deadline is None else self.deadline - time.monotonic()

    def mark_cancelled(self, code: StatusCode, reason: str) -> None:
        """Records why the call was cancelled; the first reason wins."""
        if self.cancellation is None:
            self.cancellation = (code, reason)
            self._cancelled.set()


def current_call() -> Optional[CallContext]:
    """The call the calling tool code is serving, or None outside a tool call.

    Works in async tools, in sync tools (their thread runs in a copy of the call's context)
    and in tasks they start.
    """
    return _current.get()


def set_current_call(context: CallContext) -> None:
    """Makes `context` the current call for the running task (used by the worker)."""
    _current.set(context)
