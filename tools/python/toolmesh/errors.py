"""The exceptions of the SDK: the one tools raise, and the ones `Worker.serve` raises."""

from typing import Any, Sequence, Tuple, Union

from .status import StatusCode


class ToolError(Exception):
    """Raised by a tool to fail its call with a chosen status code and message.

    The caller receives `code` and `message` unchanged; `details`, when given, must be
    JSON-serializable and travels as the result's JSON error document. The default code is
    UNKNOWN, the protocol's code for a tool error with no better code; any other exception a
    tool raises is reported as INTERNAL with the exception's message.
    """

    def __init__(self, message: str, code: Union[StatusCode, int, str] = StatusCode.UNKNOWN,
                 details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = StatusCode.coerce(code)
        if self.code == StatusCode.OK:
            raise ValueError("ToolError cannot have status OK")
        self.details = details

    def __repr__(self) -> str:
        return f"ToolError({self.message!r}, code={self.code.name})"


class MeshRefusal(Exception):
    """The router refused this worker for a reason that retrying cannot fix, or the worker's
    own `Hello` or `Register` cannot be encoded (a string with U+0000, a frame over the limit).

    `Worker.serve` raises a subclass of it instead of reconnecting forever.
    """

    def __init__(self, code: StatusCode, message: str) -> None:
        super().__init__(f"{code.name}: {message}")
        self.code = code
        self.message = message


class HandshakeRefused(MeshRefusal):
    """The router answered `Hello` with `ProtocolError`: a wrong or missing token
    (UNAUTHENTICATED) or a protocol version it does not speak (FAILED_PRECONDITION)."""


class RegistrationRefused(MeshRefusal):
    """The router refused the `Register`: nothing was registered.

    `refusals` holds `(tool, code, message)` for each offending tool, e.g.
    `("bad-name", StatusCode.INVALID_ARGUMENT, "...")`.
    """

    def __init__(self, code: StatusCode, message: str,
                 refusals: Sequence[Tuple[str, StatusCode, str]] = ()) -> None:
        detail = "; ".join(f"{tool}: {why}" for tool, _, why in refusals)
        super().__init__(code, f"{message} ({detail})" if detail else message)
        self.refusals = list(refusals)
