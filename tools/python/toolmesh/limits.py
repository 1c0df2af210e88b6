"""Size limits applied to frames in both directions (docs/protocol.md, section 2)."""

from dataclasses import dataclass
from typing import Optional

#: The default largest frame body: 16 MiB.
DEFAULT_MAX_FRAME_BYTES = 16 << 20

_MAX_PREFIX_VALUE = (1 << 32) - 1


@dataclass(frozen=True)
class FrameLimits:
    """The largest frame body (`max_frame_bytes`) and the memory decoding one frame may use.

    The decode budget defaults to four times the frame limit plus 64 KiB, as in the Swift
    implementation: room for metadata-heavy frames, not for amplification (a 2-byte empty
    repeated submessage costs tens of bytes once decoded).
    """

    max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES
    max_decoded_bytes: int = 0

    def __post_init__(self) -> None:
        frame = max(1, min(self.max_frame_bytes, _MAX_PREFIX_VALUE))
        object.__setattr__(self, "max_frame_bytes", frame)
        if self.max_decoded_bytes <= 0:
            object.__setattr__(self, "max_decoded_bytes", frame * 4 + (64 << 10))

    @classmethod
    def announced(cls, max_frame_bytes: Optional[int]) -> "FrameLimits":
        """The limits for a router that announced `max_frame_bytes` in `Welcome` (0: default)."""
        return cls(max_frame_bytes or DEFAULT_MAX_FRAME_BYTES)
