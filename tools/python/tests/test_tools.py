"""Declaring tools, and running one call of a tool without any connection."""

import asyncio
import json

import pytest

from toolmesh import StatusCode, ToolError, Worker, current_call
from toolmesh.call_context import CallContext
from toolmesh.invocation import invoke
from toolmesh.sync_runner import DaemonThreadPool
from toolmesh.tool import make_tool
from toolmesh.v1 import mesh_pb2


def test_status_codes_match_the_proto():
    declared = {value.name: value.number for value in mesh_pb2.StatusCode.DESCRIPTOR.values}
    assert declared == {code.name: code.value for code in StatusCode}


def test_status_code_coercion():
    assert StatusCode.coerce("not_found") == StatusCode.NOT_FOUND
    assert StatusCode.coerce(5) == StatusCode.NOT_FOUND
    with pytest.raises(ValueError):
        StatusCode.coerce("NOT_A_CODE")
    with pytest.raises(ValueError):
        StatusCode.coerce(42)
    with pytest.raises(ValueError):
        ToolError("fine", code=StatusCode.OK)
    assert ToolError("x").code == StatusCode.UNKNOWN


def test_defaults_come_from_the_function():
    def get_expenses(employee_id, quarter):
        """Expenses of one employee in one quarter."""

    tool = make_tool(get_expenses)
    spec = tool.spec()
    assert (spec.name, spec.description) == ("get_expenses", "Expenses of one employee in one quarter.")
    assert (spec.input_schema, spec.output_schema) == (b"", b"")
    assert (spec.idempotent, spec.max_concurrency, spec.default_deadline_ms) == (False, 16, 0)
    assert not tool.is_async


def test_schema_dict_keeps_property_order_and_text_passes_through():
    schema = {"type": "object", "properties": {"quarter": {"type": "string"}, "employee_id": {"type": "string"}}}
    tool = make_tool(lambda **kwargs: None, name="t", input_schema=schema, output_schema='{"type": "array"}')
    assert tool.input_schema.decode().index("quarter") < tool.input_schema.decode().index("employee_id")
    assert json.loads(tool.input_schema) == schema
    assert tool.output_schema == b'{"type": "array"}'


def test_async_callables_are_detected():
    async def coroutine_function():
        pass

    class AsyncCallable:
        async def __call__(self):
            pass

    assert make_tool(coroutine_function).is_async
    assert make_tool(AsyncCallable(), name="callable_object").is_async
    assert not make_tool(len, name="builtin").is_async


def test_decorator_forms_and_duplicates():
    worker = Worker("127.0.0.1:1", token="")

    @worker.tool
    def plain():
        """Plain."""

    @worker.tool(name="renamed", description="Given.", idempotent=True, max_concurrency=2)
    async def original():
        pass

    @worker.tool("positional_name")
    def third():
        pass

    assert plain.__name__ == "plain" and original.__name__ == "original"  # returned unchanged
    assert sorted(worker._tools) == ["plain", "positional_name", "renamed"]
    specs = {name: tool.spec() for name, tool in worker._tools.items()}
    assert specs["plain"].description == "Plain."
    assert (specs["renamed"].description, specs["renamed"].idempotent, specs["renamed"].max_concurrency) == (
        "Given.", True, 2)
    with pytest.raises(ValueError, match="already added"):
        worker.add_tool("plain", lambda: None)


def test_token_defaults_to_the_environment(monkeypatch):
    monkeypatch.setenv("TOOLMESH_TOKEN", "from-env")
    assert Worker("127.0.0.1:1")._token == "from-env"
    assert Worker("127.0.0.1:1", token="given")._token == "given"


def run_call(function, arguments=b"{}", deadline_ms=0):
    tool = make_tool(function, name="tool_under_test")
    call = mesh_pb2.Call(call_id=9, tool=tool.name, arguments=arguments, deadline_ms=deadline_ms, attempt=1)
    context = CallContext(tool.name, 9, [], 1, deadline_ms)
    pool = DaemonThreadPool()

    async def run():
        return await invoke(tool, call, context, lambda function: asyncio.wrap_future(pool.submit(function)))
    return asyncio.run(run())


def test_return_value_is_json():
    result = run_call(lambda a, b: {"sum": a + b, "text": "café"}, b'{"a": 1, "b": 2}')
    assert (result.call_id, result.code, result.message) == (9, 0, "")
    assert json.loads(result.result) == {"sum": 3, "text": "café"}


def test_none_is_null_and_empty_arguments_are_an_empty_object():
    result = run_call(lambda: None, b"")
    assert (result.code, result.result) == (0, b"null")


def test_exception_is_internal_with_its_message():
    def broken():
        raise KeyError("missing")

    result = run_call(broken)
    assert (result.code, result.message) == (StatusCode.INTERNAL, "'missing'")


def test_exception_without_message_reports_its_type():
    def broken():
        raise ValueError()

    assert run_call(broken).message == "ValueError"


def test_async_exception_is_internal_too():
    async def broken():
        raise RuntimeError("async failure")

    result = run_call(broken)
    assert (result.code, result.message) == (StatusCode.INTERNAL, "async failure")


def test_tool_error_code_and_message():
    def refuse():
        raise ToolError("not allowed", code=StatusCode.PERMISSION_DENIED)

    result = run_call(refuse)
    assert (result.code, result.message, result.result) == (StatusCode.PERMISSION_DENIED, "not allowed", b"")


def test_unserializable_result_is_internal():
    result = run_call(lambda: {1, 2})
    assert result.code == StatusCode.INTERNAL
    assert result.message.startswith("result cannot be encoded as JSON")
    assert run_call(lambda: float("nan")).code == StatusCode.INTERNAL


def test_arguments_the_function_cannot_take_are_invalid_argument():
    result = run_call(lambda a: a, b'{"b": 1}')
    assert result.code == StatusCode.INVALID_ARGUMENT
    assert result.message.startswith("arguments do not match tool_under_test()")


def test_arguments_that_are_not_an_object_are_invalid_argument():
    assert run_call(lambda: 1, b"[1]").code == StatusCode.INVALID_ARGUMENT
    assert run_call(lambda: 1, b"{not json").code == StatusCode.INVALID_ARGUMENT


def test_current_call_in_sync_and_async_tools():
    def sync_tool():
        call = current_call()
        return [call.tool, call.call_id, call.deadline_ms, call.cancelled]

    async def async_tool():
        call = current_call()
        return [call.tool, call.time_remaining() is not None]

    assert json.loads(run_call(sync_tool, deadline_ms=500).result) == ["tool_under_test", 9, 500, False]
    assert json.loads(run_call(async_tool, deadline_ms=500).result) == ["tool_under_test", True]
    assert current_call() is None


def test_sync_function_returning_a_coroutine_is_awaited():
    async def inner():
        return "from the coroutine"

    assert run_call(lambda: inner()).result == b'"from the coroutine"'
