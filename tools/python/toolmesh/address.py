"""Router addresses in the text forms the Swift side accepts (MeshTransport's SocketAddress)."""

from dataclasses import dataclass
from typing import Optional

# sockaddr_un.sun_path holds 108 bytes including the terminating NUL.
_MAX_UNIX_PATH_BYTES = 107


@dataclass(frozen=True)
class RouterAddress:
    """A TCP endpoint (`host`, `port`) or a Unix domain socket (`path`); exactly one kind is set."""

    host: Optional[str] = None
    port: Optional[int] = None
    path: Optional[str] = None

    def __str__(self) -> str:
        if self.path is not None:
            return f"unix:{self.path}"
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_address(text: str) -> RouterAddress:
    """Parses `HOST:PORT`, `[IPv6]:PORT` or `unix:PATH`, as `toolmesh --router` does.

    `localhost` means 127.0.0.1 (as on the Swift side, so both resolve alike). Raises
    ValueError naming the problem.
    """
    if text.startswith("unix:"):
        path = text[len("unix:"):]
        if not path:
            raise ValueError(f"invalid address {text!r}: empty socket path")
        if len(path.encode()) > _MAX_UNIX_PATH_BYTES:
            raise ValueError(f"invalid address {text!r}: socket path longer than 107 bytes")
        return RouterAddress(path=path)
    host, colon, port_text = text.rpartition(":")
    if not colon:
        raise ValueError(f"invalid address {text!r}: expected HOST:PORT or unix:PATH")
    if not port_text.isdigit() or int(port_text) > 65535:
        raise ValueError(f"invalid address {text!r}: port must be a number from 0 to 65535")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    elif ":" in host:
        raise ValueError(f"invalid address {text!r}: write IPv6 addresses in brackets, e.g. [::1]:7400")
    if host == "localhost":
        host = "127.0.0.1"
    if not host:
        raise ValueError(f"invalid address {text!r}: missing host")
    return RouterAddress(host=host, port=int(port_text))
