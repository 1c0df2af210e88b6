"""Status codes: gRPC's codes with gRPC's numbers, as `toolmesh.v1.StatusCode` defines them."""

import enum
from typing import Union


class StatusCode(enum.IntEnum):
    """The outcome of a call or an operation (docs/protocol.md, section 8).

    The numbers are the wire values. A number outside 0..16, from a newer peer, means UNKNOWN:
    use `StatusCode.from_wire` for values read off the wire.
    """

    OK = 0
    CANCELLED = 1
    UNKNOWN = 2
    INVALID_ARGUMENT = 3
    DEADLINE_EXCEEDED = 4
    NOT_FOUND = 5
    ALREADY_EXISTS = 6
    PERMISSION_DENIED = 7
    RESOURCE_EXHAUSTED = 8
    FAILED_PRECONDITION = 9
    ABORTED = 10
    OUT_OF_RANGE = 11
    UNIMPLEMENTED = 12
    INTERNAL = 13
    UNAVAILABLE = 14
    DATA_LOSS = 15
    UNAUTHENTICATED = 16

    @classmethod
    def from_wire(cls, number: int) -> "StatusCode":
        """The code for a wire number; unrecognized numbers are UNKNOWN, as in gRPC."""
        try:
            return cls(number)
        except ValueError:
            return cls.UNKNOWN

    @classmethod
    def coerce(cls, code: Union["StatusCode", int, str]) -> "StatusCode":
        """A code given as a member, its number or its name (`"NOT_FOUND"`).

        Raises ValueError for a number outside 0..16 or an unknown name, so a typo in tool
        code fails where it is written rather than turning into UNKNOWN on the wire.
        """
        if isinstance(code, str):
            try:
                return cls[code.upper()]
            except KeyError:
                raise ValueError(f"unknown status code name {code!r}") from None
        return cls(code)

    def __str__(self) -> str:
        return self.name
