"""A scripted Messages API upstream for the proxy's tests.

It answers `POST /v1/messages` with the next response of a script, after an optional
latency, and records every request it receives. Tests drive it over HTTP:

  POST /_script    {"responses": [message, ...], "latency_ms": 0}   replace the script
  GET  /_requests  -> [request body, ...]                            what the proxy sent
  POST /_reset                                                      forget requests and script

A scripted response may be a callable's name in RESPONDERS instead of a message, for answers
that depend on the request (for example echoing the program output back).
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Script:
    def __init__(self):
        self.lock = threading.Lock()
        self.responses = []
        self.requests = []
        self.latency_ms = 0

    def next_response(self, request):
        with self.lock:
            self.requests.append(request)
            if not self.responses:
                return None
            return self.responses.pop(0)


def last_tool_result_text(request):
    """The text of the last tool_result the proxy sent (the program's output)."""
    for message in reversed(request["messages"]):
        if message["role"] != "user" or isinstance(message["content"], str):
            continue
        for block in message["content"]:
            if block.get("type") == "tool_result":
                content = block.get("content")
                return content if isinstance(content, str) else "".join(c.get("text", "") for c in content)
    return ""


def make_handler(script):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def stream(self, message):
            """The message as the Messages API's SSE events, text in two deltas, a pause between."""
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()

            def event(name, data):
                self.wfile.write(f"event: {name}\ndata: {json.dumps(dict(type=name, **data))}\n\n".encode())
                self.wfile.flush()

            event("message_start", {"message": dict(message, content=[], stop_reason=None)})
            for index, block in enumerate(message["content"]):
                event("content_block_start", {"index": index, "content_block": dict(block, text="")})
                half = len(block["text"]) // 2
                for part in (block["text"][:half], block["text"][half:]):
                    event("content_block_delta", {"index": index, "delta": {"type": "text_delta", "text": part}})
                    time.sleep(0.05)
                event("content_block_stop", {"index": index})
            event("message_delta", {"delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                                    "usage": {"output_tokens": 10}})
            event("message_stop", {})
            self.close_connection = True

        def body(self):
            length = int(self.headers.get("content-length", "0"))
            return json.loads(self.rfile.read(length) or b"{}")

        def do_GET(self):
            if self.path == "/_requests":
                with script.lock:
                    self.reply(200, script.requests)
            elif self.path.startswith("/foundation-models"):
                self.reply(200, {"modelSummaries": [{"modelId": "anthropic.claude-sonnet-4-5-v1:0",
                                                     "modelName": "Claude Sonnet 4.5", "providerName": "Anthropic"}]})
            elif self.path.startswith("/v1/models"):
                self.reply(200, {"data": [{"type": "model", "id": "scripted-model", "display_name": "Scripted",
                                           "created_at": "2026-01-01T00:00:00Z"}],
                                 "has_more": False, "first_id": "scripted-model", "last_id": "scripted-model"})
            else:
                self.reply(404, {"type": "error", "error": {"type": "not_found_error", "message": self.path}})

        def do_POST(self):
            body = self.body()
            if self.path == "/_script":
                with script.lock:
                    script.responses = list(body.get("responses", []))
                    script.latency_ms = body.get("latency_ms", 0)
                self.reply(200, {"ok": True})
            elif self.path == "/_reset":
                with script.lock:
                    script.responses, script.requests = [], []
                self.reply(200, {"ok": True})
            elif self.path == "/v1/messages/count_tokens":
                with script.lock:
                    script.requests.append(body)
                self.reply(200, {"input_tokens": len(json.dumps(body)) // 4})
            elif self.path.startswith("/model/") and self.path.endswith("/count-tokens"):
                import base64
                inner = json.loads(base64.b64decode(body["input"]["invokeModel"]["body"]))
                inner["_bedrock"] = {"path": self.path, "authorization": self.headers.get("authorization", "")}
                with script.lock:
                    script.requests.append(inner)
                self.reply(200, {"inputTokens": 1234})
            elif self.path.startswith("/model/") and self.path.endswith("/invoke-with-response-stream"):
                body["_bedrock"] = {"path": self.path, "authorization": self.headers.get("authorization", "")}
                response = script.next_response(body)
                self.send_response(200)
                self.send_header("content-type", "application/vnd.amazon.eventstream")
                self.end_headers()
                for event in sse_events(response):
                    self.wfile.write(event_stream_message(event))
                    self.wfile.flush()
                    time.sleep(0.01)
                self.close_connection = True
            elif self.path.startswith("/model/") and self.path.endswith("/invoke"):
                # Amazon Bedrock's InvokeModel: recorded with its path and signature.
                body["_bedrock"] = {"path": self.path, "authorization": self.headers.get("authorization", ""),
                                    "x-amz-date": self.headers.get("x-amz-date", "")}
                response = script.next_response(body)
                if response is None:
                    self.reply(500, {"message": "script exhausted"})
                    return
                if response.get("echo_program_output"):
                    response = text_message(response.get("prefix", "") + last_tool_result_text(body))
                response.setdefault("usage", {"input_tokens": 5, "output_tokens": 5})
                self.reply(200, response)
            elif self.path == "/v1/messages":
                if self.headers.get("x-api-key") is None:
                    self.reply(401, {"type": "error", "error": {"type": "authentication_error", "message": "no key"}})
                    return
                response = script.next_response(body)
                time.sleep(script.latency_ms / 1000)
                if response is None:
                    self.reply(500, {"type": "error", "error": {"type": "api_error", "message": "script exhausted"}})
                    return
                if response.get("echo_program_output"):
                    response = text_message(response.get("prefix", "") + last_tool_result_text(body))
                elif response.get("agent"):
                    # An agent answers every turn: keep it in the script for the next one.
                    with script.lock:
                        script.responses.insert(0, response)
                    response = AGENTS[response["agent"]](body, response)
                response.setdefault("usage", {"input_tokens": len(json.dumps(body)) // 4, "output_tokens": 10})
                if body.get("stream"):
                    self.stream(response)
                else:
                    self.reply(200, response)
            else:
                self.reply(404, {"type": "error", "error": {"type": "not_found_error", "message": self.path}})

    return Handler


def sse_events(message):
    """The Messages API stream events of a text-only message."""
    yield {"type": "message_start", "message": dict(message, content=[], stop_reason=None)}
    for index, block in enumerate(message["content"]):
        yield {"type": "content_block_start", "index": index, "content_block": dict(block, text="")}
        yield {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": block["text"]}}
        yield {"type": "content_block_stop", "index": index}
    yield {"type": "message_delta", "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
           "usage": {"output_tokens": 3}}
    yield {"type": "message_stop"}


def event_stream_message(event):
    """One AWS event-stream message carrying a Bedrock `chunk` event."""
    import base64
    import struct
    import zlib
    payload = json.dumps({"bytes": base64.b64encode(json.dumps(event).encode()).decode()}).encode()
    headers = b""
    for name, value in ((":event-type", "chunk"), (":content-type", "application/json"), (":message-type", "event")):
        headers += bytes([len(name)]) + name.encode() + b"\x07" + struct.pack(">H", len(value)) + value.encode()
    total = 16 + len(headers) + len(payload)
    prelude = struct.pack(">II", total, len(headers))
    message = prelude + struct.pack(">I", zlib.crc32(prelude)) + headers + payload
    return message + struct.pack(">I", zlib.crc32(message))


def tool_use_message(calls):
    return {"id": "msg_scripted", "type": "message", "role": "assistant", "model": "scripted-model",
            "content": [{"type": "tool_use", "id": f"toolu_{abs(hash(json.dumps(c)))}", "name": c[0], "input": c[1]}
                        for c in calls],
            "stop_reason": "tool_use", "stop_sequence": None}


def tool_results(request):
    """Every tool result in the conversation, by the called tool's name, in order."""
    names = {}
    results = []
    for message in request["messages"]:
        if isinstance(message["content"], str):
            continue
        for block in message["content"]:
            if block.get("type") == "tool_use":
                names[block["id"]] = block["name"]
            elif block.get("type") == "tool_result":
                content = block.get("content")
                text = content if isinstance(content, str) else "".join(c.get("text", "") for c in content)
                results.append((names.get(block["tool_use_id"]), text))
    return results


def expenses_direct(request, spec):
    """A model calling tools one at a time: the team, then each member's expenses, then the answer."""
    results = tool_results(request)
    if not results:
        return tool_use_message([("get_team_members", {"department": "engineering"})])
    members = json.loads(results[0][1])
    done = len(results) - 1
    if done < len(members):
        return tool_use_message([("get_expenses", {"employee_id": members[done]["id"], "quarter": "Q3"})])
    over = [m["name"] for m, (_, text) in zip(members, results[1:])
            if sum(e["amount"] for e in json.loads(text) if e["category"] == "travel") > spec.get("budget", 5000)]
    return text_message(f"{len(over)} engineers exceeded the budget: {', '.join(over)}")


EXPENSES_PROGRAM = """import asyncio
members = await get_team_members("engineering")
expenses = await asyncio.gather(*[get_expenses(m["id"], "Q3") for m in members])
over = [m["name"] for m, items in zip(members, expenses)
        if sum(e["amount"] for e in items if e["category"] == "travel") > %d]
print(len(over), "engineers exceeded the budget:", ", ".join(over))
"""


def expenses_ptc(request, spec):
    """The same model with code execution: one program, then the answer from its output."""
    results = tool_results(request)
    if not results:
        return {"id": "msg_scripted", "type": "message", "role": "assistant", "model": "scripted-model",
                "content": [{"type": "tool_use", "id": "toolu_program", "name": "execute_code",
                             "input": {"code": EXPENSES_PROGRAM % spec.get("budget", 5000)}}],
                "stop_reason": "tool_use", "stop_sequence": None}
    return text_message(results[-1][1].strip())


AGENTS = {"expenses_direct": expenses_direct, "expenses_ptc": expenses_ptc}


def text_message(text):
    return {"id": "msg_scripted", "type": "message", "role": "assistant", "model": "scripted-model",
            "content": [{"type": "text", "text": text}], "stop_reason": "end_turn", "stop_sequence": None}


def main():
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), make_handler(Script()))
    print(f"scripted upstream on 127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
