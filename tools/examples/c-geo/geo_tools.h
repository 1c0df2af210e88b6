/* geo_tools.h: the example worker's tools (city_weather, distance_km, refresh_station). */
#ifndef GEO_TOOLS_H
#define GEO_TOOLS_H

#include <toolmesh/worker.h>

/** What the handlers share. */
typedef struct geo_app {
    uv_loop_t *loop;
} geo_app;

/** One tool's declaration. */
typedef struct geo_tool {
    const char *name;
    const char *description;
    const char *schema;
    int idempotent;
    unsigned max_concurrency;
    tm_handler_fn handler;
} geo_tool;

/** The tools, ending with an entry whose name is NULL. */
extern const geo_tool geo_tools[];

/** Declares every tool on `w`; 0 or the first error of tm_worker_add_tool. */
int geo_tools_add(tm_worker *w, geo_app *app);

#endif
