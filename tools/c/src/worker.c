/* worker.c: the worker's lifecycle: start, connect (resolving names, trying each address),
 * reconnect with backoff after every loss, drain and stop (docs/protocol.md, sections 3
 * and 6). What is said on a connection is in worker_session.c. */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "worker_internal.h"

static void connect_now(tm_worker *w);
static void on_closed(tm_conn *c, const char *reason, void *owner);

static const tm_conn_events conn_events = {tm__session_opened, tm__session_envelope, on_closed};

void tm__log(tm_worker *w, tm_log_level level, const char *format, ...) {
    if (level < w->log_min || w->log == NULL) {
        return;
    }
    char line[768];
    va_list args;
    va_start(args, format);
    vsnprintf(line, sizeof line, format, args);
    va_end(args);
    w->log(level, line, w->log_data);
}

/* ---- Ending --------------------------------------------------------------------------- */

void tm__maybe_done(tm_worker *w) {
    if (w->state != TM_W_FINISHED || w->done_called || w->timers_open > 0 || w->conn != NULL ||
        w->resolving != NULL || w->n_calls > 0) {
        return;
    }
    w->done_called = 1;
    if (w->done != NULL) {
        w->done(w, w->exit_status, w->exit_message, w->done_data);
    }
}

static void on_timer_closed(uv_handle_t *handle) {
    tm_worker *w = handle->data;
    w->timers_open--;
    tm__maybe_done(w);
}

void tm__finish(tm_worker *w, int status, const char *message) {
    if (!w->started || w->state == TM_W_FINISHED) {
        return;
    }
    w->state = TM_W_FINISHED;
    w->exit_status = status;
    snprintf(w->exit_message, sizeof w->exit_message, "%s", message ? message : "");
    uv_close((uv_handle_t *)&w->retry_timer, on_timer_closed);
    uv_close((uv_handle_t *)&w->beat_timer, on_timer_closed);
    uv_close((uv_handle_t *)&w->grace_timer, on_timer_closed);
    /* While the connection still stands, answers given from the cancel callbacks go out. */
    tm__calls_cancel_all(w, 0, "worker is stopping");
    if (w->conn != NULL) {
        tm_conn_close(w->conn, 1);
    }
    if (w->resolving != NULL) {
        uv_cancel((uv_req_t *)w->resolving);
    }
    /* The done callback follows from the close callbacks, never from here. */
}

void tm_worker_stop(tm_worker *w) {
    tm__finish(w, TM_OK, NULL);
}

static void on_grace_over(uv_timer_t *timer) {
    tm_worker *w = timer->data;
    tm__log(w, TM_LOG_WARNING, "drain grace period over with %zu calls running; cancelling them", w->n_calls);
    tm__finish(w, TM_OK, NULL);
}

void tm_worker_drain(tm_worker *w, uint64_t grace_ms) {
    if (!w->started || w->state == TM_W_FINISHED || w->draining) {
        return;
    }
    w->draining = 1;
    grace_ms = grace_ms ? grace_ms : TM_DEFAULT_GRACE_MS;
    tm__log(w, TM_LOG_INFO, "draining: %zu calls in flight, grace %llu ms", w->n_calls,
            (unsigned long long)grace_ms);
    if (w->state == TM_W_SERVING) {
        Toolmesh__V1__Drain drain = TOOLMESH__V1__DRAIN__INIT;
        drain.reason = "worker is shutting down";
        drain.grace_ms = grace_ms;
        Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
        e.body_case = TOOLMESH__V1__ENVELOPE__BODY_DRAIN;
        e.drain = &drain;
        tm__send(w, &e);
    }
    if (w->n_calls == 0) {
        tm__finish(w, TM_OK, NULL);
        return;
    }
    uv_timer_start(&w->grace_timer, on_grace_over, grace_ms, 0);
}

/* ---- Connecting ----------------------------------------------------------------------- */

static void on_retry(uv_timer_t *timer) {
    connect_now(timer->data);
}

static void reconnect_later(tm_worker *w) {
    w->state = TM_W_IDLE;
    w->failures++;
    uint64_t delay = (uint64_t)50 << (w->failures < 10 ? w->failures : 10);
    if (delay > w->max_reconnect_delay_ms) {
        delay = w->max_reconnect_delay_ms;
    }
    uv_timer_stop(&w->beat_timer);
    uv_timer_start(&w->retry_timer, on_retry, delay, 0);
}

static void connect_next_candidate(tm_worker *w) {
    const tm_endpoint *endpoint = &w->candidates[w->next_candidate++];
    w->generation++;
    w->conn_opened = 0;
    w->conn = tm_conn_connect(w->loop, endpoint, w->address.text, &conn_events, w);
    if (w->conn == NULL) {
        tm__log(w, TM_LOG_ERROR, "cannot connect to %s: out of memory", w->address.text);
        reconnect_later(w);
    }
}

static void on_resolved(uv_getaddrinfo_t *req, int status, struct addrinfo *result) {
    tm_worker *w = req->data;
    w->resolving = NULL;
    free(req);
    w->n_candidates = 0;
    if (result != NULL) {
        tm_address_collect(result, w->candidates, &w->n_candidates, TM_MAX_CANDIDATES);
        uv_freeaddrinfo(result);
    }
    if (w->state != TM_W_CONNECTING) {
        tm__maybe_done(w);
        return;
    }
    if (w->n_candidates == 0) {
        tm__log(w, w->failures ? TM_LOG_DEBUG : TM_LOG_WARNING, "cannot resolve %s: %s", w->address.host,
                status < 0 ? uv_strerror(status) : "no address found");
        reconnect_later(w);
        return;
    }
    w->next_candidate = 0;
    connect_next_candidate(w);
}

static void on_handshake_timeout(uv_timer_t *timer) {
    tm_worker *w = timer->data;
    w->next_candidate = w->n_candidates;
    if (w->conn != NULL) {
        tm_conn_abort(w->conn, "the router did not complete the handshake in time");
    } else if (w->resolving != NULL) {
        uv_cancel((uv_req_t *)w->resolving);
    }
}

static void connect_now(tm_worker *w) {
    if (w->state != TM_W_IDLE || w->draining) {
        return;
    }
    w->state = TM_W_CONNECTING;
    uv_timer_start(&w->beat_timer, on_handshake_timeout, TM_HANDSHAKE_TIMEOUT_MS, 0);
    w->next_candidate = 0;
    if (tm_address_endpoint(&w->address, &w->candidates[0])) {
        w->n_candidates = 1;
        connect_next_candidate(w);
        return;
    }
    uv_getaddrinfo_t *req = malloc(sizeof *req);
    char port[8];
    snprintf(port, sizeof port, "%u", (unsigned)w->address.port);
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int rc = req ? uv_getaddrinfo(w->loop, req, on_resolved, w->address.host, port, &hints) : UV_ENOMEM;
    if (rc != 0) {
        free(req);
        tm__log(w, TM_LOG_WARNING, "cannot resolve %s: %s", w->address.host, uv_strerror(rc));
        reconnect_later(w);
        return;
    }
    req->data = w;
    w->resolving = req;
}

int tm_worker_start(tm_worker *w, tm_done_fn done, void *done_data) {
    if (w->started) {
        return UV_EBUSY;
    }
    if (w->id == NULL) {
        uint64_t random = 0;
        uv_random(NULL, NULL, &random, sizeof random, 0, NULL);
        char id[300];
        snprintf(id, sizeof id, "%s-%llu", w->name, (unsigned long long)random);
        if ((w->id = strdup(id)) == NULL) {
            return UV_ENOMEM;
        }
    }
    /* A write to a connection the router has just closed must fail with EPIPE, not kill us. */
    struct sigaction pipe_action;
    if (sigaction(SIGPIPE, NULL, &pipe_action) == 0 && pipe_action.sa_handler == SIG_DFL) {
        pipe_action.sa_handler = SIG_IGN;
        sigaction(SIGPIPE, &pipe_action, NULL);
    }
    uv_timer_init(w->loop, &w->retry_timer);
    uv_timer_init(w->loop, &w->beat_timer);
    uv_timer_init(w->loop, &w->grace_timer);
    w->retry_timer.data = w->beat_timer.data = w->grace_timer.data = w;
    w->timers_open = 3;
    w->started = 1;
    w->done = done;
    w->done_data = done_data;
    w->state = TM_W_IDLE;
    connect_now(w);
    return 0;
}

/* ---- The end of a connection -------------------------------------------------------- */

static void on_closed(tm_conn *c, const char *reason, void *owner) {
    tm_worker *w = owner;
    (void)c;
    w->conn = NULL;
    /* The router fails these calls over or answers them itself; results cannot be sent. */
    tm__calls_cancel_all(w, w->generation, "connection to the router lost");
    if (w->state == TM_W_FINISHED) {
        tm__maybe_done(w);
        return;
    }
    if (w->draining) {
        tm__finish(w, TM_OK, NULL);
        return;
    }
    if (!w->conn_opened && w->next_candidate < w->n_candidates) {
        tm__log(w, TM_LOG_DEBUG, "%s; trying the next address", reason ? reason : "connect failed");
        connect_next_candidate(w);
        return;
    }
    int was_serving = w->state == TM_W_SERVING;
    tm__log(w, was_serving || w->failures == 0 ? TM_LOG_WARNING : TM_LOG_DEBUG, "%s; reconnecting",
            reason ? reason : "connection closed");
    reconnect_later(w);
}
