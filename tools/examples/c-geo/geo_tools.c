/* geo_tools.c: the handlers of the example worker. Arguments have passed the input schema
 * in the router; the handlers still check what they read, as a worker should. */
#include "geo_tools.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geo_data.h"
#include "json_lite.h"

/* Longest city name read from arguments, in bytes. */
#define NAME_BYTES 256

/* Reads the string member `key` of the arguments into `out`, or answers the call with the
 * error and returns -1. */
static int string_argument(tm_call *call, const char *args, size_t length, const char *key, char *out) {
    json_value root, value;
    char message[160];
    if (json_parse(args, length, &root) != 0 || json_member(&root, key, &value) != 1) {
        snprintf(message, sizeof message, "/: missing property '%s'", key);
        tm_call_reply_error(call, TM_INVALID_ARGUMENT, message);
        return -1;
    }
    if (json_string(&value, out, NAME_BYTES) < 0) {
        snprintf(message, sizeof message, "/%s: expected a string of at most %d bytes", key, NAME_BYTES - 1);
        tm_call_reply_error(call, TM_INVALID_ARGUMENT, message);
        return -1;
    }
    return 0;
}

/* The city named by argument `key`, or NULL after answering NOT_FOUND / INVALID_ARGUMENT. */
static const geo_city *city_argument(tm_call *call, const char *args, size_t length, const char *key) {
    char name[NAME_BYTES];
    if (string_argument(call, args, length, key, name) != 0) {
        return NULL;
    }
    const geo_city *city = geo_find_city(name);
    if (city == NULL) {
        char message[NAME_BYTES + 32];
        snprintf(message, sizeof message, "unknown city: %s", name);
        tm_call_reply_error(call, TM_NOT_FOUND, message);
    }
    return city;
}

static void reply_json(tm_call *call, json_out *out) {
    if (out->failed) {
        tm_call_reply_error(call, TM_RESOURCE_EXHAUSTED, "out of memory");
    } else {
        tm_call_reply_ok(call, out->data, out->length);
    }
    json_out_free(out);
}

static void weather_fields(json_out *out, const geo_city *city) {
    json_out_key(out, "city");
    json_out_string(out, city->name);
    json_out_raw(out, ",");
    json_out_key(out, "country");
    json_out_string(out, city->country);
    json_out_raw(out, ",");
    json_out_key(out, "temperature_c");
    json_out_number(out, city->temperature_c, 1);
    json_out_raw(out, ",");
    json_out_key(out, "conditions");
    json_out_string(out, city->conditions);
    json_out_raw(out, ",");
    json_out_key(out, "humidity_pct");
    json_out_number(out, city->humidity_pct, 0);
}

/* city_weather {city} -> the current reading. */
static void city_weather(tm_call *call, const char *args, size_t length, void *data) {
    (void)data;
    const geo_city *city = city_argument(call, args, length, "city");
    if (city == NULL) {
        return;
    }
    json_out out = {0};
    json_out_raw(&out, "{");
    weather_fields(&out, city);
    json_out_raw(&out, "}");
    reply_json(call, &out);
}

/* distance_km {from, to} -> great-circle distance. */
static void distance_km(tm_call *call, const char *args, size_t length, void *data) {
    (void)data;
    const geo_city *from = city_argument(call, args, length, "from");
    if (from == NULL) {
        return;
    }
    const geo_city *to = city_argument(call, args, length, "to");
    if (to == NULL) {
        return;
    }
    json_out out = {0};
    json_out_raw(&out, "{");
    json_out_key(&out, "from");
    json_out_string(&out, from->name);
    json_out_raw(&out, ",");
    json_out_key(&out, "to");
    json_out_string(&out, to->name);
    json_out_raw(&out, ",");
    json_out_key(&out, "km");
    json_out_number(&out, geo_distance_km(from, to), 1);
    json_out_raw(&out, "}");
    reply_json(call, &out);
}

/* ---- refresh_station: asynchronous, cancellable ------------------------------------- */

/* One refresh in progress: a timer standing in for the station's network round trip. */
typedef struct refresh {
    uv_timer_t timer;
    tm_call *call;
    const geo_city *city;
    unsigned latency_ms;
} refresh;

static void free_refresh(uv_handle_t *handle) {
    free(handle->data);
}

static void refresh_done(uv_timer_t *timer) {
    refresh *r = timer->data;
    json_out out = {0};
    json_out_raw(&out, "{");
    weather_fields(&out, r->city);
    json_out_raw(&out, ",");
    json_out_key(&out, "station");
    json_out_string(&out, r->city->station);
    json_out_raw(&out, ",");
    json_out_key(&out, "latency_ms");
    json_out_number(&out, r->latency_ms, 0);
    json_out_raw(&out, "}");
    reply_json(r->call, &out);
    uv_close((uv_handle_t *)&r->timer, free_refresh);
}

static void refresh_cancelled(tm_call *call, const char *reason, void *data) {
    refresh *r = data;
    fprintf(stderr, "geo_worker: call %llu (refresh_station %s) cancelled: %s\n", (unsigned long long)tm_call_id(call),
            r->city->name, reason);
    char message[200];
    snprintf(message, sizeof message, "cancelled: %s", reason);
    tm_call_reply_error(call, TM_CANCELLED, message);
    uv_close((uv_handle_t *)&r->timer, free_refresh);
}

/* refresh_station {city, latency_ms} -> a fresh reading, after latency_ms. */
static void refresh_station(tm_call *call, const char *args, size_t length, void *data) {
    geo_app *app = data;
    json_value root, value;
    double latency = 0;
    if (json_parse(args, length, &root) == 0 && json_member(&root, "latency_ms", &value) == 1 &&
        (json_number(&value, &latency) != 0 || latency < 0 || latency > 60000 || latency != (unsigned)latency)) {
        tm_call_reply_error(call, TM_INVALID_ARGUMENT, "/latency_ms: expected an integer from 0 to 60000");
        return;
    }
    const geo_city *city = city_argument(call, args, length, "city");
    if (city == NULL) {
        return;
    }
    refresh *r = malloc(sizeof *r);
    if (r == NULL) {
        tm_call_reply_error(call, TM_RESOURCE_EXHAUSTED, "out of memory");
        return;
    }
    r->call = call;
    r->city = city;
    r->latency_ms = (unsigned)latency;
    uv_timer_init(app->loop, &r->timer);
    r->timer.data = r;
    tm_call_on_cancel(call, refresh_cancelled, r);
    uv_timer_start(&r->timer, refresh_done, r->latency_ms, 0);
}

const geo_tool geo_tools[] = {
    {"city_weather", "Current weather of a city: temperature in Celsius, conditions and humidity.",
     "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":100,"
     "\"description\":\"City name, e.g. Paris\"}},\"required\":[\"city\"],\"additionalProperties\":false}",
     1, 0, city_weather},
    {"distance_km", "Great-circle distance between two cities, in kilometres.",
     "{\"type\":\"object\",\"properties\":{\"from\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":100},"
     "\"to\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":100}},\"required\":[\"from\",\"to\"],"
     "\"additionalProperties\":false}",
     1, 0, distance_km},
    {"refresh_station", "Asks a city's weather station for a fresh reading; the station answers after "
     "latency_ms milliseconds (simulated network latency).",
     "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":100},"
     "\"latency_ms\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":60000}},\"required\":[\"city\"],"
     "\"additionalProperties\":false}",
     0, 16, refresh_station},
    {NULL, NULL, NULL, 0, 0, NULL},
};

int geo_tools_add(tm_worker *w, geo_app *app) {
    for (const geo_tool *t = geo_tools; t->name != NULL; t++) {
        int rc = tm_worker_add_tool(w, t->name, t->description, t->schema, t->idempotent, t->max_concurrency,
                                    t->handler, app);
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}
