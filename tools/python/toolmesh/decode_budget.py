"""Bounds the memory that decoding one frame may allocate (docs/protocol.md, "decode budget").

A frame size limit alone does not bound memory: protobuf runtimes expand small repeated
submessages many times over. Measured on this runtime's backends, a 2-byte empty
`MetadataEntry` costs about 56 bytes in upb and about 430 in the pure-Python backend, so a
16 MiB frame of them would take 450 MiB to 3 GiB. Before parsing, the body's wire format is
walked (without decoding anything) to count the submessages and repeated elements it would
create; a frame whose estimate exceeds the budget is refused with `decodedSizeExceeded`.
"""

from google.protobuf.internal import api_implementation

from .descriptors import is_repeated
from .frame_error import FrameError

# Estimated bytes per decoded element, with headroom over the measurements above.
_ELEMENT_COST = 64 if api_implementation.Type() == "upb" else 512

# Wire types (protobuf encoding): varint, 64-bit, length-delimited, 32-bit.
_VARINT, _FIXED64, _DELIMITED, _FIXED32 = 0, 1, 2, 5


def check_decode_budget(body: bytes, descriptor, budget: int) -> None:
    """Raises `FrameError.decoded_size_exceeded(budget)` when decoding `body` as a message of
    `descriptor` would allocate more than `budget` bytes (by estimate).

    Cheap for ordinary frames: a body too small to reach the budget even if it were nothing
    but 2-byte elements is not walked at all, and a large payload in one `bytes` field is
    skipped over. Malformed input is left for the parser to reject.
    """
    worst_case = len(body) + (len(body) // 2) * _ELEMENT_COST
    if worst_case <= budget:
        return
    allowed_elements = max(0, budget - len(body)) // _ELEMENT_COST
    if _count_elements(body, descriptor, allowed_elements) > allowed_elements:
        raise FrameError.decoded_size_exceeded(budget)


def _count_elements(body: bytes, descriptor, stop_after: int) -> int:
    """Submessages and repeated-field elements in `body`, counting at most `stop_after` + 1."""
    count = 0
    stack = [(0, len(body), descriptor)]
    while stack:
        position, end, message = stack.pop()
        while position < end:
            tag, position = _read_varint(body, position, end)
            if tag is None:
                return count
            field = message.fields_by_number.get(tag >> 3) if message is not None else None
            wire_type = tag & 7
            if wire_type == _VARINT:
                _, position = _read_varint(body, position, end)
                if position is None:
                    return count
            elif wire_type == _FIXED64:
                position += 8
            elif wire_type == _FIXED32:
                position += 4
            elif wire_type == _DELIMITED:
                length, position = _read_varint(body, position, end)
                if length is None or position + length > end:
                    return count
                if field is not None and field.message_type is not None:
                    count += 1
                    stack.append((position, position + length, field.message_type))
                elif field is not None and is_repeated(field):
                    count += 1
                position += length
            else:
                return count  # groups or invalid wire types: malformed in this schema
            if count > stop_after:
                return count
    return count


def _read_varint(data: bytes, position: int, end: int):
    """(value, next position), or (None, None) when the varint is cut off or too long."""
    value = 0
    shift = 0
    while position < end and shift < 64:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, position
        shift += 7
    return None, None
