"""Checks on `string` fields that the protobuf runtime does not report precisely.

The runtime refuses a body with a string that is not UTF-8, but only as a generic parse
error; the protocol names that case separately (`invalidField`). And it happily encodes
U+0000, which the C implementations cannot carry (`unencodableString`).
"""

from typing import Optional

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

from .descriptors import is_repeated
from .v1 import mesh_pb2

_PROBE_PACKAGE = "toolmesh.v1_utf8_probe"
_probe_envelope_class = None


def first_invalid_utf8_field(body: bytes) -> Optional[str]:
    """The name (`Cancel.reason`) of the first string field in `body`, an `Envelope`, whose
    bytes are not UTF-8; None if every string is valid or `body` is malformed otherwise.

    Parses `body` with a copy of the schema in which every `string` is `bytes`, so the
    runtime keeps the raw bytes instead of refusing the whole message. Error path only.
    """
    probe = _probe_class()()
    try:
        probe.ParseFromString(body)
    except Exception:  # malformed for reasons other than UTF-8
        return None
    return _find_bad_bytes(probe, mesh_pb2.Envelope.DESCRIPTOR)


def first_string_with_nul(message) -> Optional[str]:
    """The name (`CallResult.message`) of the first string field of `message`, recursively,
    that contains U+0000; None if there is none."""
    for field, value in message.ListFields():
        values = value if is_repeated(field) else [value]
        for item in values:
            if field.type == field.TYPE_STRING and "\x00" in item:
                return f"{message.DESCRIPTOR.name}.{field.name}"
            if field.message_type is not None:
                found = first_string_with_nul(item)
                if found:
                    return found
    return None


def _find_bad_bytes(probe, original) -> Optional[str]:
    for field, value in probe.ListFields():
        original_field = original.fields_by_number[field.number]
        values = value if is_repeated(field) else [value]
        for item in values:
            if original_field.type == original_field.TYPE_STRING:
                try:
                    item.decode("utf-8")
                except UnicodeDecodeError:
                    return f"{original.name}.{original_field.name}"
            elif field.message_type is not None:
                found = _find_bad_bytes(item, original_field.message_type)
                if found:
                    return found
    return None


def _probe_class():
    """The `Envelope` class of the bytes-for-strings schema, built once in a private pool."""
    global _probe_envelope_class
    if _probe_envelope_class is None:
        file_proto = descriptor_pb2.FileDescriptorProto()
        mesh_pb2.DESCRIPTOR.CopyToProto(file_proto)
        file_proto.name = "toolmesh/v1/mesh_utf8_probe.proto"
        file_proto.package = _PROBE_PACKAGE
        for message in file_proto.message_type:
            for field in message.field:
                if field.type == field.TYPE_STRING:
                    field.type = field.TYPE_BYTES
                if field.type_name.startswith(".toolmesh.v1."):
                    field.type_name = f".{_PROBE_PACKAGE}." + field.type_name[len(".toolmesh.v1."):]
        pool = descriptor_pool.DescriptorPool()
        pool.Add(file_proto)
        descriptor = pool.FindMessageTypeByName(f"{_PROBE_PACKAGE}.Envelope")
        if hasattr(message_factory, "GetMessageClass"):
            _probe_envelope_class = message_factory.GetMessageClass(descriptor)
        else:  # runtimes before 4.22
            _probe_envelope_class = message_factory.MessageFactory(pool).GetPrototype(descriptor)
    return _probe_envelope_class
