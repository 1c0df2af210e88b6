"""Processes for the proxy's end-to-end tests: a router with the example team service, the
scripted upstream, and `toolmesh proxy` in front of them, each its own process."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("TOOLMESH_BIN", ROOT / ".build/release/toolmesh"))


def start(args, pattern, timeout=15):
    """Starts a process and waits for a line matching `pattern`; returns (process, match)."""
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + timeout
    seen = []
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line)
        match = re.search(pattern, line)
        if match:
            return process, match
    process.kill()
    raise RuntimeError(f"{args[0]} did not print {pattern!r}; it printed:\n{''.join(seen)}")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def binary():
    if not BINARY.exists():
        pytest.fail(f"toolmesh binary not found at {BINARY}: build it (swift build -c release --product toolmesh) "
                    "or set TOOLMESH_BIN")
    return str(BINARY)


@pytest.fixture(scope="session")
def router(binary):
    process, match = start([binary, "router", "--listen", "127.0.0.1:0", "--log-level", "warning"],
                           r"listening on (\S+)")
    yield match.group(1)
    stop(process)


@pytest.fixture(scope="session")
def team_service(router):
    process = subprocess.Popen([sys.executable, str(ROOT / "tools/examples/python/team_service.py"),
                                "--router", router, "--id", "team"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 15
    while time.time() < deadline:
        listing = subprocess.run([str(BINARY), "tools", "--json", "get_expenses", "--router", router],
                                 capture_output=True, text=True)
        if listing.returncode == 0 and '"worker_id"' in listing.stdout:
            break
        time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("the team service did not register")
    yield process
    stop(process)


class Upstream:
    def __init__(self, url):
        self.url = url

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"content-type": "application/json"})
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read())

    def script(self, *responses, latency_ms=0):
        self.call("POST", "/_reset", {})
        self.call("POST", "/_script", {"responses": list(responses), "latency_ms": latency_ms})

    def requests(self):
        return self.call("GET", "/_requests")


@pytest.fixture(scope="session")
def upstream():
    process, match = start([sys.executable, str(Path(__file__).parent / "scripted_upstream.py")],
                           r"scripted upstream on (\S+)")
    yield Upstream("http://" + match.group(1))
    stop(process)


@pytest.fixture(scope="session")
def proxy(binary, router, team_service, upstream):
    process, match = start([binary, "proxy", "--listen", "127.0.0.1:0", "--upstream", upstream.url,
                            "--router", router, "--session-timeout", "3", "--log-level", "warning"],
                           r"listening on (\S+)")
    address = match.group(1)
    # Hummingbird prints the bound address as [IPv4]host/ip:port on some versions.
    port = address.rsplit(":", 1)[1]
    yield f"http://127.0.0.1:{port}"
    stop(process)


@pytest.fixture(scope="session")
def bedrock_proxy(binary, upstream):
    """The proxy with the Bedrock upstream, pointed at the scripted upstream."""
    environment = dict(os.environ, AWS_ACCESS_KEY_ID="AKIDTEST", AWS_SECRET_ACCESS_KEY="secret", AWS_REGION="eu-west-1")
    process = subprocess.Popen([binary, "proxy", "--listen", "127.0.0.1:0", "--upstream", "bedrock",
                                "--bedrock-endpoint", upstream.url, "--log-level", "warning"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment)
    line = process.stdout.readline()
    match = re.search(r"listening on (\S+)", line)
    if not match:
        process.kill()
        pytest.fail(f"the Bedrock proxy did not start: {line}")
    yield "http://127.0.0.1:" + match.group(1).rsplit(":", 1)[1]
    stop(process)
