"""The proxy driven by the official `anthropic` SDK against a scripted model."""

import threading
import time

import anthropic
import pytest

CODE_TOOL = {"type": "code_execution_20260120", "name": "code_execution"}
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather of a city.",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    "allowed_callers": ["code_execution_20260120"],
}


def tool_use(code, id="toolu_exec1"):
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": "scripted-model",
            "content": [{"type": "text", "text": "Let me compute that."},
                        {"type": "tool_use", "id": id, "name": "execute_code", "input": {"code": code}}],
            "stop_reason": "tool_use", "stop_sequence": None}


def blocks(messages):
    """Every content block of a conversation."""
    return [block for message in messages if isinstance(message["content"], list) for block in message["content"]]


def client(proxy, key="key-1"):
    return anthropic.Anthropic(base_url=proxy, api_key=key, max_retries=0)


def ask(c, messages, tools=(CODE_TOOL,), **extra):
    return c.messages.create(model="scripted-model", max_tokens=1024, tools=list(tools), messages=messages, **extra)


TEAM_PROGRAM = """
import asyncio
members = await get_team_members("engineering")
expenses = await asyncio.gather(*[get_expenses(m["id"], "Q3") for m in members])
print(len(members), round(sum(e["amount_usd"] for items in expenses for e in items), 2))
"""


def test_mesh_tools_only_runs_the_program_in_the_proxy(proxy, upstream):
    upstream.script(tool_use(TEAM_PROGRAM), {"echo_program_output": True, "prefix": "Totals: "})
    message = ask(client(proxy), [{"role": "user", "content": "Total Q3 spend of engineering?"}])
    types = [block.type for block in message.content]
    assert types == ["text", "server_tool_use", "code_execution_tool_result", "text"]
    result = message.content[2].content
    assert result.stdout == "8 33781.95\n" and result.return_code == 0
    assert message.content[3].text == "Totals: 8 33781.95\n"
    assert message.stop_reason == "end_turn"
    first, second = upstream.requests()
    # The code tool became execute_code; its description lists the mesh tools as stubs.
    names = [tool["name"] for tool in first["tools"]]
    assert names == ["execute_code"]
    assert "async def get_expenses(employee_id: str, quarter: Literal['Q1', 'Q2', 'Q3', 'Q4'])" in first["tools"][0]["description"]
    # Only the program's output reached the model: no intermediate tool results.
    assert second["messages"][-1] == {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "toolu_exec1", "content": "8 33781.95\n"}]}
    assert [b.get("name") for b in blocks(second["messages"]) if b["type"] == "tool_use"] == ["execute_code"]
    assert [b["tool_use_id"] for b in blocks(second["messages"]) if b["type"] == "tool_result"] == ["toolu_exec1"]


def test_client_tools_pause_the_program_and_resume_it(proxy, upstream):
    program = """
import asyncio
a, b = await asyncio.gather(get_weather("Oslo"), get_weather(city="Paris"))
print(a["temp"], b["temp"], (await get_team_members("sales"))[0]["name"])
"""
    upstream.script(tool_use(program), {"echo_program_output": True})
    c = client(proxy)
    history = [{"role": "user", "content": "Weather?"}]
    paused = ask(c, history, tools=(CODE_TOOL, WEATHER_TOOL))
    assert paused.stop_reason == "tool_use"
    calls = [block for block in paused.content if block.type == "tool_use"]
    assert sorted(call.input["city"] for call in calls) == ["Oslo", "Paris"]
    assert all(call.caller.type == "code_execution_20260120" for call in calls)
    server_use = next(block for block in paused.content if block.type == "server_tool_use")
    assert all(call.caller.tool_id == server_use.id for call in calls)
    container = paused.container.id
    assert container.startswith("container_")
    history += [{"role": "assistant", "content": paused.content},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": call.id, "content": '{"temp": %d}' % (5 if call.input["city"] == "Oslo" else 14)}
                    for call in calls]}]
    final = ask(c, history, tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": container})
    assert [block.type for block in final.content] == ["code_execution_tool_result", "text"]
    assert final.content[0].content.stdout == "5 14 Ivan Petrov\n"
    assert final.content[1].text == "5 14 Ivan Petrov\n"
    # The model never saw the client tool calls made from code nor their results.
    last = upstream.requests()[-1]
    assert [b.get("name") for b in blocks(last["messages"]) if b["type"] == "tool_use"] == ["execute_code"]
    assert [b["tool_use_id"] for b in blocks(last["messages"]) if b["type"] == "tool_result"] == ["toolu_exec1"]
    assert [tool["name"] for tool in last["tools"]] == ["execute_code"]


def test_streaming_carries_the_same_blocks(proxy, upstream):
    upstream.script(tool_use('print("hi")'), {"echo_program_output": True})
    with client(proxy).messages.stream(model="scripted-model", max_tokens=100, tools=[CODE_TOOL],
                                       messages=[{"role": "user", "content": "hi"}]) as stream:
        events = [event.type for event in stream]
        message = stream.get_final_message()
    assert events[0] == "message_start" and events[-1] == "message_stop"
    assert [block.type for block in message.content] == ["text", "server_tool_use", "code_execution_tool_result", "text"]
    assert message.content[1].input == {"code": 'print("hi")'}
    assert message.content[2].content.stdout == "hi\n"


def test_program_errors_go_to_the_model_as_stderr(proxy, upstream):
    upstream.script(tool_use('await get_team_members("marketing")'), {"echo_program_output": True})
    message = ask(client(proxy), [{"role": "user", "content": "x"}])
    result = message.content[2].content
    assert result.return_code == 1
    assert result.stderr.endswith("ToolError: get_team_members failed (NOT_FOUND): unknown department: marketing\n")
    sent = upstream.requests()[-1]["messages"][-1]["content"][0]
    assert sent["is_error"] is True and "unknown department: marketing" in sent["content"]


def test_bad_resumes_are_precise_errors_and_the_session_survives(proxy, upstream):
    upstream.script(tool_use('print((await get_weather("Oslo"))["temp"])'), {"echo_program_output": True})
    c = client(proxy)
    history = [{"role": "user", "content": "x"}]
    paused = ask(c, history, tools=(CODE_TOOL, WEATHER_TOOL))
    call = next(block for block in paused.content if block.type == "tool_use")
    container = paused.container.id
    history.append({"role": "assistant", "content": paused.content})
    with pytest.raises(anthropic.NotFoundError):
        ask(c, history + [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "1"}]}],
            tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": "container_unknown"})
    with pytest.raises(anthropic.NotFoundError):  # another key cannot resume it
        ask(client(proxy, key="key-2"),
            history + [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "1"}]}],
            tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": container})
    with pytest.raises(anthropic.BadRequestError) as mismatch:
        ask(c, history + [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_other", "content": "1"}]}],
            tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": container})
    assert "do not match the calls pending" in str(mismatch.value)
    with pytest.raises(anthropic.BadRequestError):
        ask(c, history + [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "1"}]}],
            tools=(CODE_TOOL, WEATHER_TOOL))  # no container
    final = ask(c, history + [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": '{"temp": 21}'}]}],
                tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": container})
    assert final.content[0].content.stdout == "21\n"


def test_an_expired_container_is_not_found(proxy, upstream):
    upstream.script(tool_use('await get_weather("Oslo")'))
    c = client(proxy)
    paused = ask(c, [{"role": "user", "content": "x"}], tools=(CODE_TOOL, WEATHER_TOOL))
    call = next(block for block in paused.content if block.type == "tool_use")
    time.sleep(3.5)  # the proxy runs with --session-timeout 3
    with pytest.raises(anthropic.NotFoundError) as expired:
        ask(c, [{"role": "user", "content": "x"}, {"role": "assistant", "content": paused.content},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "1"}]}],
            tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": paused.container.id})
    assert "expired" in str(expired.value)


def test_requests_without_code_execution_pass_through(proxy, upstream):
    upstream.script({"id": "msg_p", "type": "message", "role": "assistant", "model": "scripted-model",
                     "content": [{"type": "text", "text": "plain"}], "stop_reason": "end_turn", "stop_sequence": None})
    message = client(proxy).messages.create(model="scripted-model", max_tokens=10,
                                            messages=[{"role": "user", "content": "hi"}])
    assert message.content[0].text == "plain"
    assert upstream.requests()[-1]["messages"] == [{"role": "user", "content": "hi"}]
    assert [model.id for model in client(proxy).models.list()] == ["scripted-model"]


def test_malformed_json_is_a_400(proxy):
    import urllib.error
    import urllib.request
    request = urllib.request.Request(proxy + "/v1/messages", data=b"{not json", method="POST",
                                     headers={"content-type": "application/json", "x-api-key": "k"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request)
    assert error.value.code == 400
    assert b'"invalid_request_error"' in error.value.read()


def test_two_clients_at_once_keep_their_programs_apart(proxy, upstream):
    program = 'print((await get_weather("%s"))["temp"])'
    # Each client's first request takes a script entry; answers are keyed by the program.
    upstream.script(tool_use(program % "Oslo", id="toolu_a"), tool_use(program % "Rome", id="toolu_b"),
                    {"echo_program_output": True, "prefix": "first: "}, {"echo_program_output": True, "prefix": "second: "},
                    latency_ms=50)
    results = {}

    def conversation(key, city_temps):
        c = client(proxy, key=key)
        history = [{"role": "user", "content": "weather"}]
        paused = ask(c, history, tools=(CODE_TOOL, WEATHER_TOOL))
        call = next(block for block in paused.content if block.type == "tool_use")
        history += [{"role": "assistant", "content": paused.content},
                    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id,
                                                  "content": '{"temp": %d}' % city_temps[call.input["city"]]}]}]
        final = ask(c, history, tools=(CODE_TOOL, WEATHER_TOOL), extra_body={"container": paused.container.id})
        results[key] = (call.input["city"], final.content[0].content.stdout)

    temps = {"Oslo": 3, "Rome": 19}
    threads = [threading.Thread(target=conversation, args=(key, temps)) for key in ("key-a", "key-b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results.values()) == [("Oslo", "3\n"), ("Rome", "19\n")]


def test_bedrock_upstream_gets_signed_invoke_model_requests(bedrock_proxy, upstream):
    upstream.script(tool_use('print(6 * 7)'), {"echo_program_output": True, "prefix": "answer "})
    message = client(bedrock_proxy).messages.create(
        model="anthropic.claude-sonnet-4-5-v1:0", max_tokens=100, tools=[CODE_TOOL],
        messages=[{"role": "user", "content": "6*7?"}])
    assert message.content[-1].text == "answer 42\n"
    first = upstream.requests()[0]
    bedrock = first.pop("_bedrock")
    assert bedrock["path"] == "/model/anthropic.claude-sonnet-4-5-v1%3A0/invoke"
    date = bedrock["x-amz-date"][:8]
    assert bedrock["authorization"].startswith(
        f"AWS4-HMAC-SHA256 Credential=AKIDTEST/{date}/eu-west-1/bedrock/aws4_request, SignedHeaders=")
    assert first["anthropic_version"] == "bedrock-2023-05-31" and "model" not in first
    # Bedrock streams in AWS's event-stream framing; the proxy turns it into SSE as it arrives.
    upstream.script({"id": "msg_b", "type": "message", "role": "assistant", "model": "m",
                     "content": [{"type": "text", "text": "hello"}], "stop_reason": "end_turn", "stop_sequence": None,
                     "usage": {"input_tokens": 3, "output_tokens": 1}})
    with client(bedrock_proxy).messages.stream(model="anthropic.claude-sonnet-4-5-v1:0", max_tokens=10,
                                               messages=[{"role": "user", "content": "hi"}]) as stream:
        assert stream.get_final_message().content[0].text == "hello"
    assert upstream.requests()[-1]["_bedrock"]["path"].endswith("/invoke-with-response-stream")
    # count_tokens goes to Bedrock's CountTokens with the rewritten request; models lists Bedrock's.
    counted = client(bedrock_proxy).messages.count_tokens(model="anthropic.claude-sonnet-4-5-v1:0", tools=[CODE_TOOL],
                                                          messages=[{"role": "user", "content": "hi"}])
    assert counted.input_tokens == 1234
    inner = upstream.requests()[-1]
    assert inner.pop("_bedrock")["path"] == "/model/anthropic.claude-sonnet-4-5-v1%3A0/count-tokens"
    assert inner["anthropic_version"] == "bedrock-2023-05-31" and inner["tools"][0]["name"] == "execute_code"
    assert [m.id for m in client(bedrock_proxy).models.list()] == ["anthropic.claude-sonnet-4-5-v1:0"]
    # Bedrock's own errors keep their meaning: an exhausted script is a 500 from Bedrock.
    with pytest.raises(anthropic.InternalServerError):
        client(bedrock_proxy).messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": "x"}])


def test_count_tokens_counts_the_rewritten_request_and_metrics_count_the_work(proxy, upstream):
    import json as _json
    import urllib.request

    def program_runs():
        metrics = urllib.request.urlopen(proxy + "/metrics").read().decode()
        return int(next(line.split()[1] for line in metrics.splitlines()
                        if line.startswith("toolmesh_proxy_program_runs_total ")))

    before = program_runs()
    upstream.script(tool_use("print(1)"), {"echo_program_output": True})
    ask(client(proxy), [{"role": "user", "content": "x"}])
    assert program_runs() == before + 1
    counted = client(proxy).messages.count_tokens(model="scripted-model", tools=[CODE_TOOL, WEATHER_TOOL],
                                                  messages=[{"role": "user", "content": "hi"}])
    assert counted.input_tokens > 0
    sent = upstream.requests()[-1]
    assert [tool["name"] for tool in sent["tools"]] == ["execute_code"]
    assert "async def get_weather(city: str)" in sent["tools"][0]["description"]
    assert _json.loads(urllib.request.urlopen(proxy + "/health").read()) == {"status": "ok"}


def test_oversized_bodies_are_413(proxy):
    import urllib.error
    import urllib.request
    body = b'{"model": "m", "messages": [{"role": "user", "content": "' + b"x" * (33 << 20) + b'"}]}'
    request = urllib.request.Request(proxy + "/v1/messages", data=body, method="POST",
                                     headers={"content-type": "application/json", "x-api-key": "k"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request)
    assert error.value.code == 413
    assert b'"request_too_large"' in error.value.read()


def test_streams_without_code_execution_pass_through_as_they_arrive(proxy, upstream):
    upstream.script({"id": "msg_s", "type": "message", "role": "assistant", "model": "scripted-model",
                     "content": [{"type": "text", "text": "streamed text"}], "stop_reason": "end_turn", "stop_sequence": None})
    with client(proxy).messages.stream(model="scripted-model", max_tokens=10,
                                       messages=[{"role": "user", "content": "hi"}]) as stream:
        deltas = [event.delta.text for event in stream if event.type == "content_block_delta"]
        final = stream.get_final_message()
    assert deltas == ["stream", "ed text"]
    assert final.content[0].text == "streamed text"
    assert upstream.requests()[-1]["stream"] is True


def test_a_turn_with_a_program_and_a_direct_call_is_answered_together(proxy, upstream):
    direct_tool = {"name": "get_time", "description": "Current time.", "input_schema": {"type": "object", "properties": {}}}
    turn = tool_use('print((await get_weather("Oslo"))["temp"])')
    turn["content"].append({"type": "tool_use", "id": "toolu_direct", "name": "get_time", "input": {}})
    upstream.script(turn, {"echo_program_output": True, "prefix": "model saw: "})
    c = client(proxy)
    tools = (CODE_TOOL, WEATHER_TOOL, direct_tool)
    history = [{"role": "user", "content": "x"}]
    paused = ask(c, history, tools=tools)
    calls = [block for block in paused.content if block.type == "tool_use"]
    assert sorted(call.name for call in calls) == ["get_time", "get_weather"]
    assert next(call for call in calls if call.name == "get_time").caller.type == "direct"
    history += [{"role": "assistant", "content": paused.content},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": call.id,
                     "content": "12:00" if call.name == "get_time" else '{"temp": 4}'} for call in calls]}]
    final = ask(c, history, tools=tools, extra_body={"container": paused.container.id})
    assert final.content[0].content.stdout == "4\n"
    last = upstream.requests()[-1]["messages"][-1]
    assert [(b["tool_use_id"], b["content"]) for b in last["content"]] == [("toolu_direct", "12:00"), ("toolu_exec1", "4\n")]
