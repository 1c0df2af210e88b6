"""Router address parsing, and the committed generated code being fresh."""

import shutil
import subprocess
from pathlib import Path

import pytest

from toolmesh.address import parse_address

REPOSITORY = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("text,expected", [
    ("127.0.0.1:7400", ("127.0.0.1", 7400, None)),
    ("localhost:80", ("127.0.0.1", 80, None)),
    ("[::1]:7400", ("::1", 7400, None)),
    ("router.internal:7400", ("router.internal", 7400, None)),
    ("unix:/run/toolmesh.sock", (None, None, "/run/toolmesh.sock")),
])
def test_address_forms(text, expected):
    address = parse_address(text)
    assert (address.host, address.port, address.path) == expected
    assert str(parse_address(str(address))) == str(address)


@pytest.mark.parametrize("text,problem", [
    ("7400", "expected HOST:PORT"),
    ("host:port", "port must be a number"),
    ("host:70000", "port must be a number"),
    ("::1:7400", "brackets"),
    (":7400", "missing host"),
    ("unix:", "empty socket path"),
    ("unix:/" + "x" * 200, "longer than 107 bytes"),
])
def test_bad_addresses(text, problem):
    with pytest.raises(ValueError, match=problem):
        parse_address(text)


def test_generated_module_matches_protoc_output(tmp_path):
    protoc = shutil.which("protoc")
    if protoc is None:
        pytest.fail("protoc not found (apt-get install protobuf-compiler); it checks toolmesh/v1/mesh_pb2.py",
                    pytrace=False)
    subprocess.run([protoc, f"--proto_path={REPOSITORY / 'proto'}", f"--python_out={tmp_path}",
                    str(REPOSITORY / "proto" / "toolmesh" / "v1" / "mesh.proto")], check=True)
    generated = (tmp_path / "toolmesh" / "v1" / "mesh_pb2.py").read_bytes()
    committed = (REPOSITORY / "tools" / "python" / "toolmesh" / "v1" / "mesh_pb2.py").read_bytes()
    assert generated == committed, "toolmesh/v1/mesh_pb2.py is stale: run tools/gen-proto"
