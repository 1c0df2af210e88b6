"""The worker's life against the real router: tokens, router restarts, graceful drain."""

import asyncio
import signal
import time

import pytest

from mesh_processes import Mesh, RouterProcess, outputs, terminate
from toolmesh import HandshakeRefused, StatusCode, Worker


@pytest.fixture
def token_router(toolmesh_bin, tmp_path):
    process = RouterProcess(toolmesh_bin, tmp_path / "token-router.log", token="s3cret")
    yield process
    process.kill()


def test_wrong_token_is_refused(token_router):
    worker = Worker(token_router.address, token="wrong")
    worker.add_tool("echo", lambda **kwargs: kwargs)
    with pytest.raises(HandshakeRefused) as refusal:
        asyncio.run(asyncio.wait_for(worker.serve_async(), 10))
    assert refusal.value.code == StatusCode.UNAUTHENTICATED
    assert refusal.value.message == "invalid token"


def test_missing_token_is_refused(token_router, monkeypatch):
    monkeypatch.delenv("TOOLMESH_TOKEN", raising=False)
    worker = Worker(token_router.address)
    with pytest.raises(HandshakeRefused) as refusal:
        asyncio.run(asyncio.wait_for(worker.serve_async(), 10))
    assert refusal.value.code == StatusCode.UNAUTHENTICATED
    assert refusal.value.message == "missing token"


def test_token_from_environment_is_accepted(toolmesh_bin, token_router, start_worker):
    start_worker(token_router.address, token="s3cret")
    cli = Mesh(toolmesh_bin, token_router.address, token="s3cret")
    cli.wait_for_tool("add")
    done = cli.call("add", {"a": 1, "b": 2})
    assert (done.returncode, done.stdout.strip()) == (0, "3"), done.stderr


def test_worker_registers_again_after_router_restart(toolmesh_bin, tmp_path, start_worker):
    first = RouterProcess(toolmesh_bin, tmp_path / "router1.log")
    address = first.address
    worker = start_worker(address)
    cli = Mesh(toolmesh_bin, address)
    try:
        cli.wait_for_tool("add")
        first.kill()
        second = RouterProcess(toolmesh_bin, tmp_path / "router2.log", listen=address)
        restarted_at = time.monotonic()
        try:
            cli.wait_for_tool("add", timeout=5)
            elapsed = time.monotonic() - restarted_at
            assert elapsed < 2.0, f"re-registered {elapsed:.2f} s after the restart"
            done = cli.call("add", {"a": 20, "b": 22})
            assert (done.returncode, done.stdout.strip()) == (0, "42"), done.stderr
            assert worker.process.poll() is None
        finally:
            second.kill()
    finally:
        first.kill()


def test_sigterm_drains_and_lets_the_running_call_finish(mesh):
    running = mesh.start_call("hold", {"ms": 1500})
    mesh.wait_for_tool("hold", 5, lambda tool: tool["workers"][0]["in_flight"] == 1)
    terminate(mesh.worker.process, signal.SIGTERM)
    # The router marks the worker draining and routes it nothing new.
    mesh.wait_for_tool("hold", 5, lambda tool: tool["workers"][0]["draining"])
    refused = mesh.call("hold", {"ms": 1})
    assert refused.returncode != 0 and "UNAVAILABLE" in refused.stderr, refused.stderr
    ((code, stdout, stderr),) = outputs([running])
    assert (code, stdout.strip()) == (0, '"held"'), stderr
    assert mesh.worker.process.wait(timeout=10) == 0
    assert "draining" in mesh.worker.log()
    assert mesh.tools("hold") == []
