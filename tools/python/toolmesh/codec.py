"""One `Envelope` to and from its frame: a 4-byte big-endian length, then the protobuf body."""

import struct

from .decode_budget import check_decode_budget
from .frame_error import FrameError
from .limits import FrameLimits
from .string_fields import first_invalid_utf8_field, first_string_with_nul
from .v1 import mesh_pb2

_PREFIX = struct.Struct(">I")


def decode_envelope(body: bytes, limits: FrameLimits) -> mesh_pb2.Envelope:
    """Parses one frame body (without its prefix) into an `Envelope` with a body set.

    Raises `FrameError`: `decodedSizeExceeded` past the decode budget, `invalidField` for a
    string that is not UTF-8, `malformedEnvelope` for other invalid protobuf, `missingBody`
    when no message this version knows is set. Unknown fields are kept, and ignored.
    """
    check_decode_budget(body, mesh_pb2.Envelope.DESCRIPTOR, limits.max_decoded_bytes)
    envelope = mesh_pb2.Envelope()
    try:
        envelope.ParseFromString(body)
    except Exception:  # DecodeError, or UnicodeDecodeError from the pure-Python backend
        field = first_invalid_utf8_field(body)
        if field is not None:
            raise FrameError.invalid_field(field, "not valid UTF-8") from None
        raise FrameError.malformed_envelope(len(body)) from None
    if envelope.WhichOneof("body") is None:
        raise FrameError.missing_body()
    return envelope


def encode_frame(envelope: mesh_pb2.Envelope, max_frame_bytes: int) -> bytes:
    """The frame for `envelope`: fields in field-number order, defaults omitted, as the
    reference encoder writes them (so golden frames re-encode byte for byte).

    Raises `FrameError`: `unencodableString` when a string holds U+0000 (the C
    implementations cut such strings short), `frameTooLarge` when the body exceeds
    `max_frame_bytes`. Nothing is produced then.
    """
    field = first_string_with_nul(envelope)
    if field is not None:
        raise FrameError.unencodable_string(field)
    body = envelope.SerializeToString()
    if len(body) > max_frame_bytes:
        raise FrameError.frame_too_large(len(body), max_frame_bytes)
    return _PREFIX.pack(len(body)) + body


def read_prefix(prefix: bytes) -> int:
    """The body length a 4-byte prefix announces."""
    return _PREFIX.unpack(prefix)[0]


def message_name(envelope: mesh_pb2.Envelope) -> str:
    """The name of the message `envelope` holds, e.g. `Welcome`, for logs and errors."""
    field = envelope.WhichOneof("body")
    if field is None:
        return "empty Envelope"
    return getattr(envelope, field).DESCRIPTOR.name
