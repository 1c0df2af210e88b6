/* worker_calls.c: calls from the router, their cancellation and their answers
 * (docs/protocol.md, section 5, "The worker's side"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire_check.h"
#include "worker_internal.h"

static const char *const status_names[] = {
    "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
    "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED",
    "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
};

const char *tm_status_name(int status) {
    return status >= 0 && status <= TM_UNAUTHENTICATED ? status_names[status] : "UNKNOWN";
}

void tm__send_result(tm_worker *w, uint64_t id, int status, const char *message, const char *json, size_t length) {
    if (w->conn == NULL) {
        return;
    }
    size_t message_len = message ? strlen(message) : 0;
    /* Invalid UTF-8 would make the router drop the whole connection; U+FFFD takes 3 bytes. */
    char *clean = malloc(message_len * 3 + 1);
    if (clean == NULL) {
        message = "out of memory";
    } else {
        tm_utf8_sanitize(message ? message : "", clean, message_len * 3 + 1);
        message = clean;
    }
    Toolmesh__V1__CallResult result = TOOLMESH__V1__CALL_RESULT__INIT;
    result.call_id = id;
    result.code = (Toolmesh__V1__StatusCode)(status >= 0 && status <= TM_UNAUTHENTICATED ? status : TM_UNKNOWN);
    result.message = (char *)message;
    result.result.data = (uint8_t *)json;
    result.result.len = json ? length : 0;
    Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
    e.body_case = TOOLMESH__V1__ENVELOPE__BODY_RESULT;
    e.result = &result;
    char detail[160];
    if (tm_conn_send(w->conn, &e, detail, sizeof detail) != TM_FRAME_OK) {
        char replacement[200];
        snprintf(replacement, sizeof replacement, "result cannot be sent: %s", detail);
        result.code = TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED;
        result.message = replacement;
        result.result.data = NULL;
        result.result.len = 0;
        tm_conn_send(w->conn, &e, NULL, 0);
    }
    free(clean);
}

static const tm_tool *find_tool(const tm_worker *w, const char *name) {
    for (size_t i = 0; i < w->n_tools; i++) {
        if (strcmp(w->tools[i].name, name) == 0) {
            return &w->tools[i];
        }
    }
    return NULL;
}

/* Copies the call's metadata into one allocation: the pointer array, then the strings. */
static char **copy_metadata(const Toolmesh__V1__Call *call) {
    size_t bytes = call->n_metadata * 2 * sizeof(char *);
    for (size_t i = 0; i < call->n_metadata; i++) {
        bytes += strlen(call->metadata[i]->key) + strlen(call->metadata[i]->value) + 2;
    }
    char **table = malloc(bytes ? bytes : 1);
    if (table == NULL) {
        return NULL;
    }
    char *text = (char *)(table + call->n_metadata * 2);
    for (size_t i = 0; i < call->n_metadata * 2; i++) {
        const Toolmesh__V1__MetadataEntry *entry = call->metadata[i / 2];
        const char *s = i % 2 ? entry->value : entry->key;
        size_t n = strlen(s) + 1;
        memcpy(text, s, n);
        table[i] = text;
        text += n;
    }
    return table;
}

void tm__calls_start(tm_worker *w, const Toolmesh__V1__Call *call) {
    const tm_tool *tool = find_tool(w, call->tool);
    if (tool == NULL) {
        char message[200];
        snprintf(message, sizeof message, "this worker does not serve tool '%.100s'", call->tool);
        tm__send_result(w, call->call_id, TM_NOT_FOUND, message, NULL, 0);
        return;
    }
    const char *args = call->arguments.len ? (const char *)call->arguments.data : "{}";
    size_t args_len = call->arguments.len ? call->arguments.len : 2;
    tm_call *c = calloc(1, sizeof *c + args_len + 1);
    char **metadata = c ? copy_metadata(call) : NULL;
    if (metadata == NULL) {
        free(c);
        tm__send_result(w, call->call_id, TM_RESOURCE_EXHAUSTED, "worker out of memory", NULL, 0);
        return;
    }
    c->worker = w;
    c->tool = tool;
    c->id = call->call_id;
    c->generation = w->generation;
    c->deadline_ms = call->deadline_ms;
    c->attempt = call->attempt;
    c->n_metadata = call->n_metadata;
    c->metadata = metadata;
    c->args_len = args_len;
    memcpy(c->args, args, args_len);
    c->args[args_len] = '\0';
    c->next = w->calls;
    if (w->calls != NULL) {
        w->calls->prev = c;
    }
    w->calls = c;
    w->n_calls++;
    tool->handler(c, c->args, c->args_len, tool->data);
}

static void notify_cancel(tm_call *c, const char *reason) {
    c->cancelled = 1;
    tm__log(c->worker, TM_LOG_DEBUG, "call %llu (%s) cancelled: %s", (unsigned long long)c->id, c->tool->name,
            reason);
    if (c->on_cancel != NULL) {
        c->on_cancel(c, reason, c->cancel_data); /* may answer, and so free, the call */
    }
}

void tm__calls_cancel_id(tm_worker *w, uint64_t generation, uint64_t id, const char *reason) {
    for (tm_call *c = w->calls; c != NULL; c = c->next) {
        if (c->generation == generation && c->id == id) {
            if (!c->cancelled) {
                notify_cancel(c, reason);
            }
            return;
        }
    }
}

void tm__calls_cancel_all(tm_worker *w, uint64_t generation, const char *reason) {
    /* A callback may answer any call, so rescan from the start after each one. */
    for (;;) {
        tm_call *c = w->calls;
        while (c != NULL && (c->cancelled || (generation != 0 && c->generation != generation))) {
            c = c->next;
        }
        if (c == NULL) {
            return;
        }
        notify_cancel(c, reason);
    }
}

/* ---- The public call API ------------------------------------------------------------- */

int tm_call_reply(tm_call *call, int status, const char *message, const char *json, size_t length) {
    if (call == NULL) {
        return UV_EINVAL;
    }
    tm_worker *w = call->worker;
    int dropped = 1;
    if (w->conn != NULL && call->generation == w->generation && tm_conn_is_open(w->conn)) {
        tm__send_result(w, call->id, status, message, json, length);
        dropped = 0;
    }
    if (call->prev != NULL) {
        call->prev->next = call->next;
    } else {
        w->calls = call->next;
    }
    if (call->next != NULL) {
        call->next->prev = call->prev;
    }
    w->n_calls--;
    free(call->metadata);
    free(call);
    if (w->draining && w->n_calls == 0 && w->state != TM_W_FINISHED) {
        tm__finish(w, TM_OK, NULL);
    } else {
        tm__maybe_done(w); /* last: may free the worker */
    }
    return dropped;
}

int tm_call_reply_ok(tm_call *call, const char *json, size_t length) {
    return tm_call_reply(call, TM_OK, NULL, json, length);
}

int tm_call_reply_error(tm_call *call, int status, const char *message) {
    return tm_call_reply(call, status == TM_OK ? TM_UNKNOWN : status, message, NULL, 0);
}

const char *tm_call_tool(const tm_call *call) {
    return call->tool->name;
}

uint64_t tm_call_id(const tm_call *call) {
    return call->id;
}

uint64_t tm_call_deadline_ms(const tm_call *call) {
    return call->deadline_ms;
}

uint32_t tm_call_attempt(const tm_call *call) {
    return call->attempt;
}

size_t tm_call_metadata_count(const tm_call *call) {
    return call->n_metadata;
}

int tm_call_metadata(const tm_call *call, size_t index, const char **key, const char **value) {
    if (index >= call->n_metadata) {
        return UV_EINVAL;
    }
    *key = call->metadata[index * 2];
    *value = call->metadata[index * 2 + 1];
    return 0;
}

tm_worker *tm_call_worker(const tm_call *call) {
    return call->worker;
}

int tm_call_is_cancelled(const tm_call *call) {
    return call->cancelled;
}

int tm_call_on_cancel(tm_call *call, tm_cancel_fn fn, void *cancel_data) {
    if (call->cancelled) {
        return 1;
    }
    call->on_cancel = fn;
    call->cancel_data = cancel_data;
    return 0;
}
