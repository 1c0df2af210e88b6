"""Why bytes could not become an `Envelope`, or an `Envelope` a frame."""

from typing import Optional

from .status import StatusCode

# The status each kind puts in the ProtocolError sent before closing (docs/protocol.md, section 2).
_STATUS = {
    "frameTooLarge": StatusCode.RESOURCE_EXHAUSTED,
    "decodedSizeExceeded": StatusCode.RESOURCE_EXHAUSTED,
    "emptyFrame": StatusCode.INVALID_ARGUMENT,
    "malformedEnvelope": StatusCode.INVALID_ARGUMENT,
    "missingBody": StatusCode.INVALID_ARGUMENT,
    "invalidField": StatusCode.INVALID_ARGUMENT,
    "truncated": StatusCode.INVALID_ARGUMENT,
    "unencodableString": StatusCode.INVALID_ARGUMENT,
}


class FrameError(Exception):
    """A decoding or encoding error; `kind` is the name of the Swift `FrameError` case.

    Decoding errors are fatal for the connection: framing cannot resynchronize, so the
    receiver sends `ProtocolError(status_code, message)` and closes. Encoding errors
    (`frameTooLarge`, `unencodableString`) mean nothing was sent.
    """

    def __init__(self, kind: str, message: str) -> None:
        if kind not in _STATUS:
            raise ValueError(f"unknown FrameError kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.message = message

    @property
    def status_code(self) -> StatusCode:
        """The code for the `ProtocolError` that reports this error to the peer."""
        return _STATUS[self.kind]

    # Factories, one per case, with the Swift implementation's messages.

    @classmethod
    def frame_too_large(cls, length: int, limit: int) -> "FrameError":
        return cls("frameTooLarge", f"frame of {length} bytes exceeds the limit of {limit} bytes")

    @classmethod
    def empty_frame(cls) -> "FrameError":
        return cls("emptyFrame", "empty frame (length prefix 0)")

    @classmethod
    def malformed_envelope(cls, length: int) -> "FrameError":
        return cls("malformedEnvelope", f"frame body of {length} bytes is not a valid toolmesh.v1.Envelope")

    @classmethod
    def missing_body(cls) -> "FrameError":
        return cls("missingBody", "envelope holds no known message (body unset or of a newer protocol version)")

    @classmethod
    def invalid_field(cls, field: str, reason: str) -> "FrameError":
        return cls("invalidField", f"invalid field {field}: {reason}")

    @classmethod
    def decoded_size_exceeded(cls, limit: int) -> "FrameError":
        return cls("decodedSizeExceeded", f"decoding the frame would allocate more than {limit} bytes")

    @classmethod
    def truncated(cls, buffered: int, expected: Optional[int]) -> "FrameError":
        if expected is None:
            return cls("truncated", f"stream ended inside a length prefix: {buffered} of 4 bytes received")
        return cls("truncated", f"stream ended inside a frame: {buffered} of {expected} bytes received")

    @classmethod
    def unencodable_string(cls, field: str) -> "FrameError":
        return cls("unencodableString", f"string field {field} contains U+0000, which the protocol cannot carry")
