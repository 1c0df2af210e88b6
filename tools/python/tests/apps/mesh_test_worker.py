"""The worker the integration tests run as a separate process.

Usage: mesh_test_worker.py ROUTER_ADDRESS STATE_DIR. Tools record what they observe in files
under STATE_DIR, so tests can check what happened inside the worker. Log lines go to stderr.
"""

import asyncio
import json
import logging
import sys
import threading
import time
from pathlib import Path

from toolmesh import ToolError, Worker, current_call

logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(message)s")
address, state_dir = sys.argv[1], Path(sys.argv[2])
worker = Worker(address, name="mesh-test", max_concurrency=64, drain_grace_ms=10_000)

_lock = threading.Lock()
_running = 0
_peak = 0


def _record(name, text):
    with _lock:
        with open(state_dir / name, "a") as file:
            file.write(text + "\n")


@worker.tool(
    input_schema={"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
                  "required": ["a", "b"]},
    output_schema={"type": "number"},
    idempotent=True,
)
def add(a, b):
    """Adds two numbers."""
    return a + b


@worker.tool(input_schema={"type": "object", "properties": {"zeta": {"type": "string"}, "alpha": {"type": "string"}}})
def ordered(zeta="", alpha=""):
    """Declares its properties zeta before alpha."""
    return [zeta, alpha]


def _enter():
    global _running, _peak
    with _lock:
        _running += 1
        _peak = max(_peak, _running)


def _leave():
    global _running
    with _lock:
        _running -= 1


@worker.tool(max_concurrency=32)
def nap_sync(ms: int):
    _enter()
    try:
        time.sleep(ms / 1000)
    finally:
        _leave()
    return {"slept_ms": ms}


@worker.tool(max_concurrency=32)
async def nap_async(ms: int):
    _enter()
    try:
        await asyncio.sleep(ms / 1000)
    finally:
        _leave()
    return {"slept_ms": ms}


@worker.tool
def take_peak():
    """Returns the most naps that ran at once since the last call, and resets it."""
    global _peak
    with _lock:
        peak, _peak = _peak, 0
    return peak


@worker.tool
def thread_sync():
    return threading.current_thread().name


@worker.tool
async def thread_async():
    return threading.current_thread().name


@worker.tool(input_schema={"type": "object", "properties": {"message": {"type": "string"}}})
def fail(message):
    raise RuntimeError(message)


@worker.tool
def refuse(message, code):
    raise ToolError(message, code=code, details={"why": message})


@worker.tool(input_schema={"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]})
def counted(n):
    _record("counted.log", json.dumps(n))
    return n


@worker.tool
async def wait_for_cancel(marker: str):
    call = current_call()
    Path(marker).write_text("started\n")
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        Path(marker).write_text(f"cancelled deadline_ms={call.deadline_ms}\n")
        raise
    return "not cancelled"


@worker.tool
def hold(ms: int):
    time.sleep(ms / 1000)
    return "held"


@worker.tool
def whoami():
    call = current_call()
    return {"tool": call.tool, "attempt": call.attempt, "deadline_ms": call.deadline_ms}


worker.serve()
print("served", flush=True)
