"""Runs one call of a tool and turns whatever happens into exactly one `CallResult`."""

import asyncio
import contextvars
import functools
import inspect
import json
import logging
from typing import Any, Awaitable, Callable, Dict

from .call_context import CallContext, set_current_call
from .errors import ToolError
from .status import StatusCode
from .tool import Tool
from .v1 import mesh_pb2

logger = logging.getLogger("toolmesh")

#: Runs a blocking callable off the event loop and awaits its outcome.
RunSync = Callable[[Callable[[], Any]], Awaitable[Any]]


async def invoke(tool: Tool, call: mesh_pb2.Call, context: CallContext, run_sync: RunSync) -> mesh_pb2.CallResult:
    """Runs `tool` for `call` and returns its result; never raises except when the worker
    itself cancels the task without a cancellation recorded in `context` (it is stopping).

    Outcomes (docs/protocol.md, "The worker's side"): the return value as JSON with OK; a
    `ToolError`'s code, message and details; any other exception as INTERNAL with its message;
    a cancellation of an async tool as the code `context` recorded (CANCELLED or
    DEADLINE_EXCEEDED). Arguments the function cannot accept are INVALID_ARGUMENT, and a
    return value that is not JSON-serializable is INTERNAL.
    """
    set_current_call(context)
    try:
        arguments = _decode_arguments(call.arguments)
        _check_binding(tool, arguments)
        if tool.is_async:
            value = await tool.function(**arguments)
        else:
            thread_context = contextvars.copy_context()
            value = await run_sync(functools.partial(thread_context.run, tool.function, **arguments))
            if inspect.isawaitable(value):  # a sync wrapper around async code
                value = await value
        return mesh_pb2.CallResult(call_id=call.call_id, code=StatusCode.OK, result=_encode_result(value))
    except asyncio.CancelledError:
        if context.cancellation is None:
            raise
        code, reason = context.cancellation
        return _failure(call.call_id, code, reason)
    except ToolError as error:
        return _failure(call.call_id, error.code, error.message, _encode_details(error))
    except (Exception, SystemExit) as error:
        logger.warning("tool %s raised %s", tool.name, type(error).__name__, exc_info=True)
        return _failure(call.call_id, StatusCode.INTERNAL, str(error) or type(error).__name__)


def _decode_arguments(text: bytes) -> Dict[str, Any]:
    """The arguments object. The router has validated it against the schema; this only
    guards against a router that did not (an empty text means `{}`)."""
    if not text:
        return {}
    try:
        value = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ToolError(f"arguments are not valid JSON: {error}", StatusCode.INVALID_ARGUMENT) from None
    if not isinstance(value, dict):
        raise ToolError(f"arguments must be a JSON object, got {type(value).__name__}", StatusCode.INVALID_ARGUMENT)
    return value


def _check_binding(tool: Tool, arguments: Dict[str, Any]) -> None:
    """Refuses arguments the function cannot take, so a schema looser than the signature
    yields INVALID_ARGUMENT rather than a TypeError from inside the call (INTERNAL)."""
    if tool.signature is None:
        return
    try:
        tool.signature.bind(**arguments)
    except TypeError as error:
        raise ToolError(f"arguments do not match {tool.name}(): {error}", StatusCode.INVALID_ARGUMENT) from None


def _encode_result(value: Any) -> bytes:
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8")
    except (TypeError, ValueError) as error:
        raise ToolError(f"result cannot be encoded as JSON: {error}", StatusCode.INTERNAL) from None


def _encode_details(error: ToolError) -> bytes:
    if error.details is None:
        return b""
    try:
        return _encode_result(error.details)
    except ToolError as problem:
        logger.warning("dropping the details of a ToolError: %s", problem.message)
        return b""


def _failure(call_id: int, code: StatusCode, message: str, details: bytes = b"") -> mesh_pb2.CallResult:
    return mesh_pb2.CallResult(call_id=call_id, code=int(code), message=message, result=details)
