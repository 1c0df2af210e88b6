"""Turns a byte stream into envelopes, whatever the boundaries the bytes arrive in."""

from typing import Optional

from .codec import decode_envelope, read_prefix
from .frame_error import FrameError
from .limits import FrameLimits
from .v1 import mesh_pb2

# Consumed bytes are dropped once they are the larger part of the buffer and above this
# size, keeping appends amortized O(1) without copying after every frame.
_COMPACT_AFTER_BYTES = 4096


class FrameDecoder:
    """Feed it with `append` as bytes arrive, then call `next` until it returns None.

    A length prefix over the limit is refused as soon as its 4 bytes are in, before any of the
    body is buffered, so a peer cannot make the decoder hold more than one frame plus one
    read. The first error is final: framing cannot resynchronize, so every later `next` or
    `finish` raises it again and the connection must be closed.
    """

    def __init__(self, limits: Optional[FrameLimits] = None) -> None:
        self.limits = limits or FrameLimits()
        self._buffer = bytearray()
        self._read_index = 0
        self._failure: Optional[FrameError] = None

    @property
    def buffered_byte_count(self) -> int:
        """Bytes received and not yet returned as envelopes."""
        return len(self._buffer) - self._read_index

    def append(self, data: bytes) -> None:
        """Adds received bytes (ignored after an error)."""
        if self._failure is None:
            self._buffer += data

    def next(self) -> Optional[mesh_pb2.Envelope]:
        """The next complete envelope, or None when more bytes are needed.

        Raises `FrameError` (see `codec.decode_envelope`, plus `frameTooLarge` and
        `emptyFrame` for the prefix).
        """
        if self._failure is not None:
            raise self._failure
        try:
            return self._decode_next()
        except FrameError as error:
            self._fail(error)
            raise

    def finish(self) -> None:
        """Declares the end of the stream; raises `FrameError` `truncated` if a frame was cut off."""
        if self._failure is not None:
            raise self._failure
        buffered = self.buffered_byte_count
        if buffered == 0:
            return
        length = self._body_length()
        error = FrameError.truncated(buffered, None if length is None else 4 + length)
        self._fail(error)
        raise error

    def _body_length(self) -> Optional[int]:
        if self.buffered_byte_count < 4:
            return None
        return read_prefix(bytes(self._buffer[self._read_index:self._read_index + 4]))

    def _decode_next(self) -> Optional[mesh_pb2.Envelope]:
        length = self._body_length()
        if length is None:
            return None
        if length == 0:
            raise FrameError.empty_frame()
        if length > self.limits.max_frame_bytes:
            raise FrameError.frame_too_large(length, self.limits.max_frame_bytes)
        if self.buffered_byte_count < 4 + length:
            return None
        start = self._read_index + 4
        body = bytes(self._buffer[start:start + length])
        self._read_index = start + length
        self._compact()
        return decode_envelope(body, self.limits)

    def _compact(self) -> None:
        if self._read_index == len(self._buffer):
            self._buffer = bytearray()
            self._read_index = 0
        elif self._read_index > _COMPACT_AFTER_BYTES and self._read_index * 2 > len(self._buffer):
            del self._buffer[:self._read_index]
            self._read_index = 0

    def _fail(self, error: FrameError) -> None:
        self._failure = error
        self._buffer = bytearray()
        self._read_index = 0
