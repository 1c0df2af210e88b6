"""The wire contract, toolmesh.v1: `mesh_pb2` is protoc's output for proto/toolmesh/v1/mesh.proto.

Regenerate it with `tools/gen-proto`; never edit it by hand.
"""
