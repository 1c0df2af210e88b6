"""Runs the real `toolmesh` router and CLI, and the test worker, as separate processes."""

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Union

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]
TEST_WORKER = Path(__file__).resolve().parent / "apps" / "mesh_test_worker.py"
STARTUP_SECONDS = 10.0


def toolmesh_binary() -> Path:
    """$TOOLMESH_BIN, else <repo>/.build/release/toolmesh; fails the test when missing."""
    path = Path(os.environ.get("TOOLMESH_BIN") or REPOSITORY / ".build" / "release" / "toolmesh")
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"toolmesh binary not found at {path}: build it with "
                    f"`swift build -c release --product toolmesh` or set TOOLMESH_BIN", pytrace=False)
    return path


def clean_environment(token: Optional[str] = None) -> Dict[str, str]:
    """The test's environment without TOOLMESH_TOKEN, or with `token` as TOOLMESH_TOKEN."""
    environment = {key: value for key, value in os.environ.items() if key != "TOOLMESH_TOKEN"}
    if token is not None:
        environment["TOOLMESH_TOKEN"] = token
    return environment


class RouterProcess:
    """`toolmesh router` listening on `listen` (port 0: a free port); `address` is where."""

    def __init__(self, binary: Path, log_path: Path, listen: str = "127.0.0.1:0", token: Optional[str] = None):
        arguments = [str(binary), "router", "--listen", listen, "--drain-ms", "1000"]
        if token is not None:
            arguments += ["--token", token]
        self.log_path = log_path
        self._log = open(log_path, "ab")
        self.process = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=self._log,
                                        env=clean_environment())
        self.address = self._read_address()

    def _read_address(self) -> str:
        ready, _, _ = select.select([self.process.stdout], [], [], STARTUP_SECONDS)
        line = self.process.stdout.readline().decode() if ready else ""
        prefix = "toolmesh router listening on "
        if not line.startswith(prefix):
            self.kill()
            raise AssertionError(f"router did not start: {line!r}")
        return line[len(prefix):].strip()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        """Ends the router abruptly, like a crash."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.process.stdout.close()
        self._log.close()


class WorkerProcess:
    """tests/apps/mesh_test_worker.py serving `router`, with its state files in `state_dir`."""

    def __init__(self, router_address: str, state_dir: Path, token: Optional[str] = None):
        self.state_dir = state_dir
        self.log_path = state_dir / "worker.log"
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen([sys.executable, str(TEST_WORKER), router_address, str(state_dir)],
                                        stdout=subprocess.PIPE, stderr=self._log, env=clean_environment(token))

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.process.stdout.close()
        self._log.close()


class Mesh:
    """The CLI pointed at one router."""

    def __init__(self, binary: Path, address: str, token: Optional[str] = None):
        self.binary = binary
        self.address = address
        self.token = token

    def _options(self) -> List[str]:
        options = ["--router", self.address]
        if self.token is not None:
            options += ["--token", self.token]
        return options

    def call_command(self, tool: str, arguments: Union[dict, str] = "{}", *extra: str) -> List[str]:
        text = arguments if isinstance(arguments, str) else json.dumps(arguments)
        return [str(self.binary), "call", tool, text, *self._options(), *extra]

    def call(self, tool: str, arguments: Union[dict, str] = "{}", *extra: str,
             timeout: float = 30) -> subprocess.CompletedProcess:
        """`toolmesh call`; stdout holds the JSON result, stderr `Error: CODE: message`."""
        return subprocess.run(self.call_command(tool, arguments, *extra), capture_output=True, text=True,
                              timeout=timeout, env=clean_environment())

    def start_call(self, tool: str, arguments: Union[dict, str] = "{}", *extra: str) -> subprocess.Popen:
        return subprocess.Popen(self.call_command(tool, arguments, *extra), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=clean_environment())

    def tools(self, *names: str) -> List[dict]:
        """`toolmesh tools --json`, parsed."""
        done = subprocess.run([str(self.binary), "tools", "--json", *self._options(), *names],
                              capture_output=True, text=True, timeout=30, env=clean_environment())
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def tools_text(self) -> str:
        done = subprocess.run([str(self.binary), "tools", *self._options()], capture_output=True, text=True,
                              timeout=30, env=clean_environment())
        assert done.returncode == 0, done.stderr
        return done.stdout

    def wait_for_tool(self, name: str, timeout: float = STARTUP_SECONDS,
                      condition: Callable[[dict], bool] = lambda tool: True) -> dict:
        """Polls the listing until `name` is registered and `condition(tool)` holds."""
        return wait_until(lambda: next((tool for tool in self.tools(name) if condition(tool)), None), timeout,
                          f"tool {name} did not show up as expected on {self.address}")


def wait_until(probe: Callable[[], object], timeout: float, failure: str, interval: float = 0.02):
    """Polls `probe` until it returns something truthy, which is returned; fails after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(failure)
        time.sleep(interval)


def terminate(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)


def outputs(processes: Sequence[subprocess.Popen], timeout: float = 30) -> List[tuple]:
    """(returncode, stdout, stderr) of each process, waiting for all."""
    results = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=timeout)
        results.append((process.returncode, stdout, stderr))
    return results
