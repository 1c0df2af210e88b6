"""ToolMesh's Python worker SDK: serve Python functions as tools on a ToolMesh router.

    from toolmesh import Worker, ToolError

    worker = Worker("127.0.0.1:7400")

    @worker.tool(input_schema={"type": "object", "properties": {"a": {"type": "number"}}})
    def double(a):
        "Doubles a number."
        return 2 * a

    worker.serve()

The wire protocol is docs/protocol.md of the ToolMesh repository.
"""

from .call_context import CallContext, current_call
from .errors import HandshakeRefused, MeshRefusal, RegistrationRefused, ToolError
from .status import StatusCode
from .version import VERSION as __version__
from .worker import Worker

__all__ = [
    "CallContext",
    "HandshakeRefused",
    "MeshRefusal",
    "RegistrationRefused",
    "StatusCode",
    "ToolError",
    "Worker",
    "current_call",
    "__version__",
]
