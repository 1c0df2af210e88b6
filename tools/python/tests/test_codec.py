"""Encoding refusals, unknown fields and enums, and the decode budget."""

import time

import pytest

from toolmesh.codec import decode_envelope, encode_frame
from toolmesh.frame_error import FrameError
from toolmesh.limits import FrameLimits
from toolmesh.status import StatusCode
from toolmesh.v1 import mesh_pb2


def varint(value):
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def test_string_with_nul_is_not_encoded():
    envelope = mesh_pb2.Envelope(result=mesh_pb2.CallResult(call_id=1, code=13, message="bad\x00message"))
    with pytest.raises(FrameError) as error:
        encode_frame(envelope, 1 << 20)
    assert error.value.kind == "unencodableString"
    assert "CallResult.message" in error.value.message


def test_nul_in_a_nested_repeated_string_is_found():
    envelope = mesh_pb2.Envelope(register=mesh_pb2.Register(
        tools=[mesh_pb2.ToolSpec(name="ok"), mesh_pb2.ToolSpec(name="x", description="a\x00b")]))
    with pytest.raises(FrameError, match="ToolSpec.description"):
        encode_frame(envelope, 1 << 20)


def test_nul_in_json_bytes_is_fine():
    envelope = mesh_pb2.Envelope(result=mesh_pb2.CallResult(call_id=1, result=b'"a\x00"'))
    assert encode_frame(envelope, 1 << 20)


def test_oversized_envelope_is_not_encoded():
    envelope = mesh_pb2.Envelope(result=mesh_pb2.CallResult(call_id=1, result=b"x" * 100))
    with pytest.raises(FrameError) as error:
        encode_frame(envelope, 100)
    assert error.value.kind == "frameTooLarge"


def test_unknown_fields_are_ignored_and_kept():
    ping = mesh_pb2.Envelope(ping=mesh_pb2.Ping(nonce=7)).SerializeToString()
    body = ping + b"\xa0\x06\x01"  # plus field 100, unknown
    envelope = decode_envelope(body, FrameLimits())
    assert envelope.ping.nonce == 7
    assert envelope.SerializeToString() == body


def test_unknown_status_number_reads_as_unknown():
    body = mesh_pb2.Envelope(result=mesh_pb2.CallResult(call_id=1, code=99)).SerializeToString()
    envelope = decode_envelope(body, FrameLimits())
    assert StatusCode.from_wire(envelope.result.code) == StatusCode.UNKNOWN
    assert StatusCode.from_wire(4) == StatusCode.DEADLINE_EXCEEDED


def test_empty_envelope_is_missing_body():
    with pytest.raises(FrameError) as error:
        decode_envelope(b"\xa0\x06\x01", FrameLimits())
    assert error.value.kind == "missingBody"


def hostile_call(entries):
    inner = b"\x2a\x00" * entries  # Call.metadata: empty MetadataEntry, 2 bytes each
    return b"\x2a" + varint(len(inner)) + inner


def test_amplifying_frame_exceeds_the_decode_budget_quickly():
    body = hostile_call(1_500_000)  # 3 MiB of wire, far more once decoded
    started = time.monotonic()
    with pytest.raises(FrameError) as error:
        decode_envelope(body, FrameLimits())
    assert error.value.kind == "decodedSizeExceeded"
    assert error.value.status_code == StatusCode.RESOURCE_EXHAUSTED
    assert time.monotonic() - started < 10


def test_large_payload_within_the_budget_decodes():
    payload = b'"' + b"x" * (8 << 20) + b'"'
    body = mesh_pb2.Envelope(call=mesh_pb2.Call(call_id=1, tool="t", arguments=payload)).SerializeToString()
    assert decode_envelope(body, FrameLimits()).call.arguments == payload


def test_many_small_entries_within_the_budget_decode():
    envelope = decode_envelope(hostile_call(1000), FrameLimits())
    assert len(envelope.call.metadata) == 1000


def test_budget_is_checked_against_the_limits_given():
    with pytest.raises(FrameError):
        decode_envelope(hostile_call(1000), FrameLimits(max_frame_bytes=1 << 20, max_decoded_bytes=10_000))
