#ifndef TOOLMESH_CLIBUV_SHIM_H
#define TOOLMESH_CLIBUV_SHIM_H
#include <uv.h>
#endif
