"""The frame decoder: any split of the input, several frames per read, limits, sticky errors."""

import pytest

from golden import TESTDATA, golden_names
from toolmesh.codec import encode_frame
from toolmesh.frame_error import FrameError
from toolmesh.framing import FrameDecoder
from toolmesh.limits import FrameLimits
from toolmesh.v1 import mesh_pb2

STREAM = b"".join((TESTDATA / f"{name}.frame").read_bytes() for name in golden_names())


def expected_envelopes():
    decoder = FrameDecoder()
    envelopes = []
    for name in golden_names():
        decoder.append((TESTDATA / f"{name}.frame").read_bytes())
        envelopes.append(decoder.next())
    return envelopes


def drain(decoder):
    envelopes = []
    while True:
        envelope = decoder.next()
        if envelope is None:
            return envelopes
        envelopes.append(envelope)


def test_one_byte_at_a_time():
    decoder = FrameDecoder()
    envelopes = []
    for byte in STREAM:
        decoder.append(bytes([byte]))
        envelopes += drain(decoder)
    assert envelopes == expected_envelopes()
    decoder.finish()


def test_split_at_every_byte_boundary():
    expected = expected_envelopes()
    for split in range(len(STREAM) + 1):
        decoder = FrameDecoder()
        decoder.append(STREAM[:split])
        envelopes = drain(decoder)
        decoder.append(STREAM[split:])
        envelopes += drain(decoder)
        assert envelopes == expected, f"split at {split}"
        decoder.finish()


def test_several_frames_in_one_read():
    decoder = FrameDecoder()
    decoder.append(STREAM)
    assert drain(decoder) == expected_envelopes()
    assert len(expected_envelopes()) == len(golden_names())
    assert decoder.buffered_byte_count == 0


def test_frame_at_the_limit_passes_and_one_over_is_refused():
    limits = FrameLimits(max_frame_bytes=64)
    call = mesh_pb2.Envelope(call=mesh_pb2.Call(call_id=1, tool="t", arguments=b"x" * 40))
    frame = encode_frame(call, 1 << 20)
    body_length = len(frame) - 4
    decoder = FrameDecoder(FrameLimits(max_frame_bytes=body_length))
    decoder.append(frame)
    assert decoder.next() == call
    decoder = FrameDecoder(FrameLimits(max_frame_bytes=body_length - 1))
    decoder.append(frame[:4])
    with pytest.raises(FrameError) as error:
        decoder.next()
    assert error.value.kind == "frameTooLarge" and error.value.status_code.name == "RESOURCE_EXHAUSTED"
    assert limits.max_decoded_bytes == 64 * 4 + (64 << 10)


def test_errors_are_sticky():
    decoder = FrameDecoder()
    decoder.append(bytes(4))
    with pytest.raises(FrameError):
        decoder.next()
    decoder.append((TESTDATA / "ping.frame").read_bytes())
    with pytest.raises(FrameError) as error:
        decoder.next()
    assert error.value.kind == "emptyFrame"
    with pytest.raises(FrameError):
        decoder.finish()


@pytest.mark.parametrize("cut", [1, 3, 4, 6])
def test_stream_ending_inside_a_frame_is_truncated(cut):
    decoder = FrameDecoder()
    decoder.append((TESTDATA / "ping.frame").read_bytes()[:cut])
    assert decoder.next() is None
    with pytest.raises(FrameError) as error:
        decoder.finish()
    assert error.value.kind == "truncated"
    assert ("length prefix" in error.value.message) == (cut < 4)


def test_end_at_a_frame_boundary_is_clean():
    decoder = FrameDecoder()
    decoder.append((TESTDATA / "ping.frame").read_bytes())
    assert decoder.next() is not None
    decoder.finish()


def test_random_corruptions_only_ever_raise_frame_errors():
    """Never crash on a bad frame: every mutated stream decodes or fails with FrameError."""
    import random

    generator = random.Random(20261125)
    outcomes = set()
    for _ in range(3000):
        data = bytearray(STREAM)
        for _ in range(generator.randint(1, 8)):
            data[generator.randrange(len(data))] = generator.randrange(256)
        cut = generator.randint(0, len(data))
        decoder = FrameDecoder(FrameLimits(max_frame_bytes=4096))
        try:
            decoder.append(bytes(data[:cut]))
            drain(decoder)
            decoder.finish()
            outcomes.add("ok")
        except FrameError as error:
            outcomes.add(error.kind)
    assert {"malformedEnvelope", "frameTooLarge", "truncated"} <= outcomes
