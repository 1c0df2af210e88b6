/* worker_config.c: creating, configuring and freeing a worker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire_check.h"
#include "worker_internal.h"

static const char *const level_names[] = {"debug", "info", "warning", "error"};

static void log_to_stderr(tm_log_level level, const char *line, void *data) {
    (void)data;
    fprintf(stderr, "toolmesh-c: %s: %s\n", level_names[level], line);
}

static int valid_text(const char *s) {
    return s != NULL && tm_utf8_valid((const uint8_t *)s, strlen(s));
}

tm_worker *tm_worker_new_checked(uv_loop_t *loop, const char *address, const char *token, const char **error) {
    const char *ignored;
    error = error ? error : &ignored;
    if (loop == NULL) {
        *error = "no loop given";
        return NULL;
    }
    if (token == NULL) {
        token = getenv("TOOLMESH_TOKEN");
        token = token ? token : "";
    }
    if (!valid_text(token)) {
        *error = "the token is not valid UTF-8";
        return NULL;
    }
    tm_worker *w = calloc(1, sizeof *w);
    if (w == NULL) {
        *error = "out of memory";
        return NULL;
    }
    if (tm_address_parse(address, &w->address, error) != 0) {
        free(w);
        return NULL;
    }
    w->loop = loop;
    w->token = strdup(token);
    w->name = strdup("c-worker");
    w->max_concurrency = 64;
    w->max_reconnect_delay_ms = 1000;
    w->log = log_to_stderr;
    w->log_min = TM_LOG_INFO;
    w->state = TM_W_NEW;
    if (w->token == NULL || w->name == NULL) {
        *error = "out of memory";
        tm_worker_free(w);
        return NULL;
    }
    return w;
}

tm_worker *tm_worker_new(uv_loop_t *loop, const char *address, const char *token) {
    return tm_worker_new_checked(loop, address, token, NULL);
}

static int replace_string(tm_worker *w, char **field, const char *value) {
    if (w->started) {
        return UV_EBUSY;
    }
    if (!valid_text(value) || value[0] == '\0') {
        return UV_EINVAL;
    }
    char *copy = strdup(value);
    if (copy == NULL) {
        return UV_ENOMEM;
    }
    free(*field);
    *field = copy;
    return 0;
}

int tm_worker_set_name(tm_worker *w, const char *name) {
    return replace_string(w, &w->name, name);
}

int tm_worker_set_id(tm_worker *w, const char *id) {
    return replace_string(w, &w->id, id);
}

int tm_worker_set_max_concurrency(tm_worker *w, uint32_t max_concurrency) {
    if (w->started) {
        return UV_EBUSY;
    }
    w->max_concurrency = max_concurrency;
    return 0;
}

int tm_worker_set_max_reconnect_delay(tm_worker *w, uint64_t milliseconds) {
    w->max_reconnect_delay_ms = milliseconds ? milliseconds : 1;
    return 0;
}

void tm_worker_set_log(tm_worker *w, tm_log_fn log, tm_log_level min_level, void *log_data) {
    w->log = log;
    w->log_min = min_level;
    w->log_data = log_data;
}

const char *tm_worker_id(const tm_worker *w) {
    return w->id ? w->id : "";
}

int tm_worker_add_tool(tm_worker *w, const char *name, const char *description, const char *input_schema_json,
                       int idempotent, uint32_t max_concurrency, tm_handler_fn handler, void *tool_data) {
    if (w->started) {
        return UV_EBUSY;
    }
    description = description ? description : "";
    input_schema_json = input_schema_json ? input_schema_json : "";
    if (!valid_text(name) || handler == NULL || !valid_text(description)) {
        return UV_EINVAL;
    }
    for (size_t i = 0; i < w->n_tools; i++) {
        if (strcmp(w->tools[i].name, name) == 0) {
            return UV_EINVAL;
        }
    }
    tm_tool *tools = realloc(w->tools, (w->n_tools + 1) * sizeof *tools);
    if (tools == NULL) {
        return UV_ENOMEM;
    }
    w->tools = tools;
    tm_tool *t = &tools[w->n_tools];
    t->name = strdup(name);
    t->description = strdup(description);
    t->schema = strdup(input_schema_json);
    if (t->name == NULL || t->description == NULL || t->schema == NULL) {
        free(t->name);
        free(t->description);
        free(t->schema);
        return UV_ENOMEM;
    }
    t->idempotent = idempotent != 0;
    t->max_concurrency = max_concurrency;
    t->handler = handler;
    t->data = tool_data;
    w->n_tools++;
    return 0;
}

int tm_worker_free(tm_worker *w) {
    if (w == NULL) {
        return 0;
    }
    if (w->started && !w->done_called) {
        return UV_EBUSY;
    }
    for (size_t i = 0; i < w->n_tools; i++) {
        free(w->tools[i].name);
        free(w->tools[i].description);
        free(w->tools[i].schema);
    }
    free(w->tools);
    tm_address_free(&w->address);
    free(w->token);
    free(w->name);
    free(w->id);
    free(w);
    return 0;
}
