"""Calls through the real router to the test worker (a separate process), with the CLI."""

import json
import time

from mesh_processes import Mesh, RouterProcess, outputs, wait_until


def test_registration_carries_schemas_description_and_flags(mesh):
    (add,) = mesh.tools("add")
    assert add["input_schema"] == {
        "type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]}
    assert add["output_schema"] == {"type": "number"}
    assert add["description"] == "Adds two numbers."
    assert add["idempotent"] is True
    (worker,) = add["workers"]
    assert worker["worker_name"] == "mesh-test"
    assert worker["worker_id"].startswith("mesh-test-")
    assert worker["max_concurrency"] == 16  # the tool's default bound, under the worker's 64
    (nap,) = mesh.tools("nap_sync")
    assert nap["workers"][0]["max_concurrency"] == 32
    assert nap["input_schema"] == {"type": "object"}  # no schema declared


def test_schema_keeps_property_order(mesh):
    # The text listing prints the schema as registered; JSON output would sort the keys.
    text = mesh.tools_text()
    assert '"properties":{"zeta":{"type":"string"},"alpha":{"type":"string"}}' in text


def test_sync_tool_result(mesh):
    done = mesh.call("add", {"a": 2, "b": 40})
    assert (done.returncode, done.stdout.strip()) == (0, "42"), done.stderr


def test_sync_tools_run_on_pool_threads_and_async_ones_on_the_loop(mesh):
    sync = mesh.call("thread_sync")
    asynchronous = mesh.call("thread_async")
    assert json.loads(sync.stdout).startswith("toolmesh-sync-"), sync.stderr
    assert json.loads(asynchronous.stdout) == "MainThread", asynchronous.stderr


def _concurrent_naps(mesh, tool):
    started = time.monotonic()
    calls = [mesh.start_call(tool, {"ms": 100}) for _ in range(20)]
    results = outputs(calls)
    elapsed = time.monotonic() - started
    for code, stdout, stderr in results:
        assert code == 0 and json.loads(stdout) == {"slept_ms": 100}, stderr
    return elapsed


def test_twenty_sync_calls_run_concurrently(mesh):
    elapsed = _concurrent_naps(mesh, "nap_sync")
    # One after another they would take at least 2 s.
    assert elapsed < 1.5, f"20 calls of 100 ms took {elapsed:.2f} s"
    assert json.loads(mesh.call("take_peak").stdout) >= 5


def test_twenty_async_calls_run_concurrently(mesh):
    elapsed = _concurrent_naps(mesh, "nap_async")
    assert elapsed < 1.5, f"20 calls of 100 ms took {elapsed:.2f} s"
    assert json.loads(mesh.call("take_peak").stdout) >= 5


def test_exception_becomes_internal_error_with_its_message(mesh):
    done = mesh.call("fail", {"message": "kaboom 42"})
    assert done.returncode != 0
    assert "INTERNAL: kaboom 42" in done.stderr
    assert done.stdout == ""


def test_tool_error_chooses_its_status_code(mesh):
    done = mesh.call("refuse", {"message": "no such employee", "code": "NOT_FOUND"})
    assert done.returncode != 0
    assert "NOT_FOUND: no such employee" in done.stderr


def test_router_refuses_bad_arguments_before_the_tool_runs(mesh):
    bad = mesh.call("counted", {"n": "five"})
    assert bad.returncode != 0
    assert "INVALID_ARGUMENT: /n: expected integer, got string" in bad.stderr
    good = mesh.call("counted", {"n": 5})
    assert good.returncode == 0, good.stderr
    assert (mesh.worker.state_dir / "counted.log").read_text() == "5\n"


def test_arguments_the_function_cannot_take_are_invalid_argument(mesh):
    done = mesh.call("add", {"a": 1, "b": 2, "c": 3})
    assert done.returncode != 0
    assert "INVALID_ARGUMENT: arguments do not match add()" in done.stderr


def test_deadline_cancels_an_async_handler(mesh, tmp_path):
    marker = tmp_path / "deadline.marker"
    done = mesh.call("wait_for_cancel", {"marker": str(marker)}, "--timeout-ms", "300")
    assert done.returncode != 0
    assert "DEADLINE_EXCEEDED" in done.stderr
    text = wait_until(lambda: marker.exists() and marker.read_text().startswith("cancelled") and marker.read_text(),
                      5, "the handler was not cancelled")
    deadline_ms = int(text.split("deadline_ms=")[1])
    assert 0 < deadline_ms <= 300


def test_client_going_away_cancels_an_async_handler(mesh, tmp_path):
    marker = tmp_path / "cancel.marker"
    call = mesh.start_call("wait_for_cancel", {"marker": str(marker)})
    wait_until(lambda: marker.exists(), 5, "the handler did not start")
    call.kill()
    call.communicate()
    wait_until(lambda: marker.read_text().startswith("cancelled"), 5, "the handler was not cancelled")
    # The worker answered the cancelled call, so the router freed its slot.
    mesh.wait_for_tool("wait_for_cancel", 5, lambda tool: tool["workers"][0]["in_flight"] == 0)


def test_call_context_reports_deadline_and_attempt(mesh):
    done = mesh.call("whoami", "{}", "--timeout-ms", "5000")
    info = json.loads(done.stdout)
    assert info["tool"] == "whoami" and info["attempt"] == 1
    assert 0 < info["deadline_ms"] <= 5000


def test_unix_socket_address(toolmesh_bin, tmp_path, start_worker):
    socket_path = tmp_path / "router.sock"
    router = RouterProcess(toolmesh_bin, tmp_path / "unix-router.log", listen=f"unix:{socket_path}")
    try:
        assert router.address == f"unix:{socket_path}"
        start_worker(router.address)
        cli = Mesh(toolmesh_bin, router.address)
        cli.wait_for_tool("add")
        done = cli.call("add", {"a": 1, "b": 1})
        assert (done.returncode, done.stdout.strip()) == (0, "2"), done.stderr
    finally:
        router.kill()
