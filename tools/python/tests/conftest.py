"""Fixtures that start the real router and the test worker (see mesh_processes.py)."""

import pytest

from mesh_processes import Mesh, RouterProcess, WorkerProcess, toolmesh_binary


@pytest.fixture(scope="session")
def toolmesh_bin():
    return toolmesh_binary()


@pytest.fixture
def router(toolmesh_bin, tmp_path):
    process = RouterProcess(toolmesh_bin, tmp_path / "router.log")
    yield process
    process.kill()


@pytest.fixture
def start_worker(tmp_path):
    """Starts test workers; stops the ones still running at the end of the test."""
    started = []

    def start(address, token=None):
        state_dir = tmp_path / f"worker{len(started)}"
        state_dir.mkdir()
        worker = WorkerProcess(address, state_dir, token)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def mesh(toolmesh_bin, router, start_worker):
    """A router with one test worker registered; the CLI pointed at it."""
    worker = start_worker(router.address)
    cli = Mesh(toolmesh_bin, router.address)
    cli.worker = worker
    try:
        cli.wait_for_tool("whoami")
    except AssertionError as error:
        raise AssertionError(f"{error}\nworker log:\n{worker.log()}\nrouter log:\n{router.log()}") from None
    return cli
