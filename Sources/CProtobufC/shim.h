#ifndef TOOLMESH_CPROTOBUFC_SHIM_H
#define TOOLMESH_CPROTOBUFC_SHIM_H
#include <protobuf-c/protobuf-c.h>
#endif
