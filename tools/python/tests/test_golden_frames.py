"""Every golden frame decodes to what its .txtpb says and re-encodes byte for byte; every
invalid stream is refused with the error and status its README names."""

import pytest
from google.protobuf import text_format

from golden import INVALID, TESTDATA, golden_names, invalid_expectations
from toolmesh.codec import encode_frame
from toolmesh.frame_error import FrameError
from toolmesh.framing import FrameDecoder
from toolmesh.limits import DEFAULT_MAX_FRAME_BYTES
from toolmesh.v1 import mesh_pb2


def test_the_golden_set_is_there():
    assert len(golden_names()) >= 13
    assert {"hello", "welcome", "register", "call", "result_ok", "ping"} <= set(golden_names())


@pytest.mark.parametrize("name", golden_names())
def test_golden_frame_decodes_and_reencodes_byte_for_byte(name):
    frame = (TESTDATA / f"{name}.frame").read_bytes()
    expected = text_format.Parse((TESTDATA / f"{name}.txtpb").read_text(), mesh_pb2.Envelope())
    decoder = FrameDecoder()
    decoder.append(frame)
    envelope = decoder.next()
    assert envelope == expected
    assert decoder.next() is None
    decoder.finish()
    assert encode_frame(envelope, DEFAULT_MAX_FRAME_BYTES) == frame
    assert encode_frame(expected, DEFAULT_MAX_FRAME_BYTES) == frame


def test_ping_is_the_worked_example():
    assert (TESTDATA / "ping.frame").read_bytes() == bytes.fromhex("0000000442020801")


def test_invalid_readme_table_is_parsed():
    names = {row[0] for row in invalid_expectations()}
    assert names == {path.name for path in INVALID.glob("*.frame")}


@pytest.mark.parametrize("file_name,kind,status", invalid_expectations())
def test_invalid_frame_is_refused(file_name, kind, status):
    data = (INVALID / file_name).read_bytes()
    decoder = FrameDecoder()
    with pytest.raises(FrameError) as error:
        decoder.append(data)
        decoder.next()
        decoder.finish()  # only a truncated stream gets this far
    assert error.value.kind == kind
    assert error.value.status_code.name == status
    assert decoder.buffered_byte_count <= DEFAULT_MAX_FRAME_BYTES


def test_bad_utf8_names_the_field():
    decoder = FrameDecoder()
    decoder.append((INVALID / "bad_utf8.frame").read_bytes())
    with pytest.raises(FrameError, match=r"invalid field Cancel\.reason: not valid UTF-8"):
        decoder.next()


def test_oversized_prefix_is_refused_before_any_body_arrives():
    decoder = FrameDecoder()
    decoder.append(bytes.fromhex("ffffffff"))
    with pytest.raises(FrameError) as error:
        decoder.next()
    assert error.value.kind == "frameTooLarge"
    assert decoder.buffered_byte_count == 0
