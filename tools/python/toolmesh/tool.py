"""A tool as the worker declares it to the router, and the Python function behind it."""

import inspect
import json
from dataclasses import dataclass
from typing import Any, Callable, Optional

from .v1 import mesh_pb2

#: The per-tool concurrency limit when none is given.
DEFAULT_TOOL_CONCURRENCY = 16


@dataclass(frozen=True)
class Tool:
    """One registered tool: its `ToolSpec` fields and its function.

    `input_schema` and `output_schema` are the JSON text sent to the router (empty: none).
    `signature` is the function's, used to refuse arguments it cannot accept before calling
    it; None when Python cannot tell (some builtins).
    """

    name: str
    function: Callable[..., Any]
    description: str
    input_schema: bytes
    output_schema: bytes
    idempotent: bool
    max_concurrency: int
    default_deadline_ms: int
    is_async: bool
    signature: Optional[inspect.Signature]

    def spec(self) -> mesh_pb2.ToolSpec:
        """The declaration sent in `Register`."""
        return mesh_pb2.ToolSpec(
            name=self.name,
            description=self.description,
            input_schema=self.input_schema,
            output_schema=self.output_schema,
            idempotent=self.idempotent,
            max_concurrency=self.max_concurrency,
            default_deadline_ms=self.default_deadline_ms,
        )


def make_tool(function: Callable[..., Any], name: Optional[str] = None, description: Optional[str] = None,
              input_schema: Any = None, output_schema: Any = None, idempotent: bool = False,
              max_concurrency: int = DEFAULT_TOOL_CONCURRENCY, default_deadline_ms: int = 0) -> Tool:
    """A `Tool` for `function`; `name` defaults to its `__name__`, `description` to its docstring.

    Schemas may be a dict (serialized in insertion order, which is the order of positional
    arguments in programs), JSON text (str or bytes, sent as is) or None. The name and the
    schemas are checked by the router at registration, not here. Raises TypeError for a
    function that is not callable or a schema that is not JSON-serializable.
    """
    if not callable(function):
        raise TypeError(f"a tool must be callable, got {type(function).__name__}")
    tool_name = name if name is not None else getattr(function, "__name__", None)
    if not tool_name:
        raise TypeError("the tool has no __name__; pass name=")
    return Tool(
        name=tool_name,
        function=function,
        description=description if description is not None else (inspect.getdoc(function) or ""),
        input_schema=schema_text(input_schema),
        output_schema=schema_text(output_schema),
        idempotent=bool(idempotent),
        max_concurrency=int(max_concurrency),
        default_deadline_ms=int(default_deadline_ms),
        is_async=_is_async(function),
        signature=_signature(function),
    )


def schema_text(schema: Any) -> bytes:
    """A schema as UTF-8 JSON text: dicts serialized keeping key order, text passed through."""
    if schema is None:
        return b""
    if isinstance(schema, bytes):
        return schema
    if isinstance(schema, str):
        return schema.encode("utf-8")
    return json.dumps(schema, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _is_async(function: Callable[..., Any]) -> bool:
    # Callable objects with an async __call__ count too; iscoroutinefunction misses them.
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
        getattr(function, "__call__", None))


def _signature(function: Callable[..., Any]) -> Optional[inspect.Signature]:
    try:
        return inspect.signature(function)
    except (TypeError, ValueError):
        return None
