/*
 * geo_worker: an example ToolMesh worker in C, a small geo/weather lookup service.
 *
 *   geo_worker [--router ADDRESS] [--token TOKEN] [--id ID] [--max-concurrency N] [--quiet]
 *   geo_worker --list-tools     prints "name<TAB>input schema" per tool and exits
 *
 * ADDRESS: HOST:PORT, [IPv6]:PORT or unix:PATH (default $TOOLMESH_ROUTER, else
 * 127.0.0.1:7400). TOKEN defaults to $TOOLMESH_TOKEN. Serves until SIGTERM or SIGINT, then
 * drains: tells the router, finishes the calls in flight (at most 5 s) and exits 0. Exits 1
 * when the router refuses the tools, 2 on bad usage.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geo_tools.h"

/* How long calls in flight may take to finish after SIGTERM. */
#define DRAIN_GRACE_MS 5000

typedef struct options {
    const char *router;
    const char *token;
    const char *id;
    unsigned long max_concurrency;
    int quiet;
} options;

typedef struct program {
    geo_app app;
    tm_worker *worker;
    uv_signal_t sigterm;
    uv_signal_t sigint;
    int status;
} program;

static int usage(void) {
    fprintf(stderr, "usage: geo_worker [--router ADDRESS] [--token TOKEN] [--id ID] [--max-concurrency N] "
                    "[--quiet] | --list-tools\n");
    return 2;
}

static void list_tools(void) {
    for (const geo_tool *t = geo_tools; t->name != NULL; t++) {
        printf("%s\t%s\n", t->name, t->schema);
    }
}

static int parse_options(int argc, char **argv, options *o) {
    const char *env = getenv("TOOLMESH_ROUTER");
    o->router = env && *env ? env : "127.0.0.1:7400";
    o->max_concurrency = 64;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(arg, "--list-tools") == 0) {
            list_tools();
            exit(0);
        } else if (strcmp(arg, "--quiet") == 0) {
            o->quiet = 1;
            continue;
        } else if (value == NULL) {
            return -1;
        } else if (strcmp(arg, "--router") == 0) {
            o->router = value;
        } else if (strcmp(arg, "--token") == 0) {
            o->token = value;
        } else if (strcmp(arg, "--id") == 0) {
            o->id = value;
        } else if (strcmp(arg, "--max-concurrency") == 0) {
            char *end;
            o->max_concurrency = strtoul(value, &end, 10);
            if (*end != '\0' || o->max_concurrency == 0 || o->max_concurrency > 1000000) {
                return -1;
            }
        } else {
            return -1;
        }
        i++;
    }
    return 0;
}

static void on_signal(uv_signal_t *handle, int signum) {
    program *p = handle->data;
    fprintf(stderr, "geo_worker: %s, draining\n", signum == SIGTERM ? "SIGTERM" : "SIGINT");
    tm_worker_drain(p->worker, DRAIN_GRACE_MS);
}

static void on_done(tm_worker *w, int status, const char *message, void *data) {
    program *p = data;
    (void)w;
    if (status != TM_OK) {
        fprintf(stderr, "geo_worker: stopped: %s: %s\n", tm_status_name(status), message);
    }
    p->status = status == TM_OK ? 0 : 1;
    /* The signal handles are all that keeps the loop running now. */
    uv_close((uv_handle_t *)&p->sigterm, NULL);
    uv_close((uv_handle_t *)&p->sigint, NULL);
}

static int configure(program *p, const options *o) {
    const char *error = NULL;
    p->worker = tm_worker_new_checked(p->app.loop, o->router, o->token, &error);
    if (p->worker == NULL) {
        fprintf(stderr, "geo_worker: --router %s: %s\n", o->router, error ? error : "invalid");
        return -1;
    }
    if (o->quiet) {
        tm_worker_set_log(p->worker, NULL, TM_LOG_ERROR, NULL);
    }
    int rc = tm_worker_set_name(p->worker, "geo");
    if (rc == 0 && o->id != NULL) {
        rc = tm_worker_set_id(p->worker, o->id);
    }
    if (rc == 0) {
        rc = tm_worker_set_max_concurrency(p->worker, (uint32_t)o->max_concurrency);
    }
    if (rc == 0) {
        rc = geo_tools_add(p->worker, &p->app);
    }
    if (rc != 0) {
        fprintf(stderr, "geo_worker: %s\n", uv_strerror(rc));
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    options o = {0};
    if (parse_options(argc, argv, &o) != 0) {
        return usage();
    }
    uv_loop_t loop;
    uv_loop_init(&loop);
    program p = {.app = {.loop = &loop}};
    if (configure(&p, &o) != 0) {
        tm_worker_free(p.worker);
        uv_loop_close(&loop);
        return 2;
    }
    uv_signal_init(&loop, &p.sigterm);
    uv_signal_init(&loop, &p.sigint);
    p.sigterm.data = p.sigint.data = &p;
    uv_signal_start(&p.sigterm, on_signal, SIGTERM);
    uv_signal_start(&p.sigint, on_signal, SIGINT);
    tm_worker_start(p.worker, on_done, &p);
    printf("geo_worker serving city_weather, distance_km, refresh_station via %s as %s\n", o.router,
           tm_worker_id(p.worker));
    fflush(stdout);

    uv_run(&loop, UV_RUN_DEFAULT);
    tm_worker_free(p.worker);
    if (uv_loop_close(&loop) != 0) {
        fprintf(stderr, "geo_worker: handles left open at exit\n");
        return 3;
    }
    return p.status;
}
