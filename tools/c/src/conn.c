#include "conn.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum conn_state { CONN_CONNECTING, CONN_OPEN, CONN_CLOSING, CONN_CLOSED };

/* A flushing close waits this long for the peer to take the output. */
#define LINGER_MS 1000
/* An output buffer larger than this is released once written rather than kept for reuse. */
#define KEEP_BUFFER_BYTES (1u << 20)

struct tm_conn {
    uv_loop_t *loop;
    union {
        uv_handle_t handle;
        uv_stream_t stream;
        uv_tcp_t tcp;
        uv_pipe_t pipe;
    } io;
    uv_prepare_t flusher;
    uv_timer_t linger;
    uv_connect_t connect_req;
    int is_tcp;
    int stream_inited;
    int handles_open;
    enum conn_state state;
    int flush_queued;
    int reading_paused;
    tm_frame_decoder decoder;
    uint32_t max_send;
    tm_buf out;       /* encoded, not yet handed to the socket */
    size_t in_writes; /* handed to uv_write, not yet written */
    uint64_t last_read;
    uint64_t last_write;
    const tm_conn_events *events;
    void *owner;
    char name[128];
    int has_reason;
    char reason[256];
    char read_buffer[64 * 1024];
};

/* One uv_write in flight; owns the bytes until the write callback. */
typedef struct write_req {
    uv_write_t req;
    tm_conn *conn;
    uint8_t *data;
    size_t length;
} write_req;

static void close_all(tm_conn *c);
static void start_reading(tm_conn *c);
static void queue_flush(tm_conn *c);

static void set_reason(tm_conn *c, const char *format, ...) {
    if (c->has_reason) {
        return;
    }
    c->has_reason = 1;
    va_list args;
    va_start(args, format);
    vsnprintf(c->reason, sizeof c->reason, format, args);
    va_end(args);
}

#define FAIL(c, ...)              \
    do {                          \
        set_reason(c, __VA_ARGS__); \
        close_all(c);             \
    } while (0)

static size_t unsent(const tm_conn *c) {
    return c->out.len + c->in_writes;
}

/* ---- Lifetime ----------------------------------------------------------------------------- */

static void on_handle_closed(uv_handle_t *handle) {
    tm_conn *c = handle->data;
    if (--c->handles_open > 0) {
        return;
    }
    c->events->closed(c, c->has_reason ? c->reason : NULL, c->owner);
    tm_frame_decoder_free(&c->decoder);
    tm_buf_free(&c->out);
    free(c);
}

static void close_all(tm_conn *c) {
    if (c->state == CONN_CLOSED) {
        return;
    }
    c->state = CONN_CLOSED;
    /* Closing the stream also ends a pending connect and pending writes (UV_ECANCELED). */
    uv_close((uv_handle_t *)&c->linger, on_handle_closed);
    uv_close((uv_handle_t *)&c->flusher, on_handle_closed);
    if (c->stream_inited) {
        uv_close(&c->io.handle, on_handle_closed);
    }
}

static void on_connect(uv_connect_t *req, int status) {
    tm_conn *c = req->data;
    if (c->state != CONN_CONNECTING) {
        return;
    }
    if (status < 0) {
        FAIL(c, "connect to %s: %s", c->name, uv_strerror(status));
        return;
    }
    c->state = CONN_OPEN;
    c->last_read = c->last_write = uv_now(c->loop);
    if (c->is_tcp) {
        uv_tcp_nodelay(&c->io.tcp, 1);
    }
    c->events->opened(c, c->owner);
    if (c->state == CONN_OPEN) {
        start_reading(c);
    }
}

tm_conn *tm_conn_connect(uv_loop_t *loop, const tm_endpoint *endpoint, const char *name,
                         const tm_conn_events *events, void *owner) {
    tm_conn *c = calloc(1, sizeof *c);
    if (c == NULL) {
        return NULL;
    }
    c->loop = loop;
    c->events = events;
    c->owner = owner;
    c->max_send = TM_DEFAULT_MAX_FRAME_BYTES;
    snprintf(c->name, sizeof c->name, "%s", name);
    tm_frame_decoder_init(&c->decoder, tm_frame_limits_for(TM_DEFAULT_MAX_FRAME_BYTES));
    uv_timer_init(loop, &c->linger);
    uv_prepare_init(loop, &c->flusher);
    c->linger.data = c->flusher.data = c->connect_req.data = c;
    c->handles_open = 2;
    c->is_tcp = !endpoint->is_unix;
    int rc = c->is_tcp ? uv_tcp_init(loop, &c->io.tcp) : uv_pipe_init(loop, &c->io.pipe, 0);
    if (rc == 0) {
        c->stream_inited = 1;
        c->handles_open++;
        c->io.handle.data = c;
        if (c->is_tcp) {
            rc = uv_tcp_connect(&c->connect_req, &c->io.tcp, (const struct sockaddr *)&endpoint->addr, on_connect);
        } else {
            uv_pipe_connect(&c->connect_req, &c->io.pipe, endpoint->path, on_connect);
        }
    }
    if (rc != 0) {
        /* `closed` still comes from a close callback, never from inside this call. */
        FAIL(c, "connect to %s: %s", name, uv_strerror(rc));
    }
    return c;
}

static void on_linger(uv_timer_t *timer) {
    close_all(timer->data);
}

void tm_conn_close(tm_conn *c, int flush) {
    if (c->state == CONN_CONNECTING) {
        close_all(c);
        return;
    }
    if (c->state != CONN_OPEN) {
        return;
    }
    c->state = CONN_CLOSING;
    uv_read_stop(&c->io.stream);
    if (flush && unsent(c) > 0) {
        queue_flush(c);
        uv_timer_start(&c->linger, on_linger, LINGER_MS, 0);
    } else {
        close_all(c);
    }
}

void tm_conn_abort(tm_conn *c, const char *reason) {
    if (c->state != CONN_CLOSED) {
        FAIL(c, "%s", reason);
    }
}

int tm_conn_is_open(const tm_conn *c) {
    return c->state == CONN_OPEN;
}

uint64_t tm_conn_last_read(const tm_conn *c) {
    return c->last_read;
}

uint64_t tm_conn_last_write(const tm_conn *c) {
    return c->last_write;
}

void tm_conn_set_limits(tm_conn *c, uint32_t max_receive, uint32_t max_send) {
    c->decoder.limits = tm_frame_limits_for(max_receive);
    c->max_send = max_send ? max_send : TM_DEFAULT_MAX_FRAME_BYTES;
}

/* ---- Reading ------------------------------------------------------------------------------ */

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
    (void)suggested;
    tm_conn *c = handle->data;
    *buf = uv_buf_init(c->read_buffer, sizeof c->read_buffer);
}

/* Tells the peer why its frame is refused, then closes after writing that. */
static void reject_frame(tm_conn *c, tm_frame_error error) {
    set_reason(c, "bad frame from %s: %s", c->name, c->decoder.detail);
    Toolmesh__V1__ProtocolError pe = TOOLMESH__V1__PROTOCOL_ERROR__INIT;
    pe.code = (Toolmesh__V1__StatusCode)tm_frame_error_status(error);
    pe.message = c->decoder.detail;
    Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
    e.body_case = TOOLMESH__V1__ENVELOPE__BODY_PROTOCOL_ERROR;
    e.protocol_error = &pe;
    tm_conn_send(c, &e, NULL, 0);
    tm_conn_close(c, 1);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    tm_conn *c = stream->data;
    if (c->state != CONN_OPEN) {
        return;
    }
    if (nread == UV_EOF) {
        if (tm_frame_decoder_finish(&c->decoder) != TM_FRAME_OK) {
            FAIL(c, "%s: %s", c->name, c->decoder.detail);
        } else {
            FAIL(c, "%s closed the connection", c->name);
        }
        return;
    }
    if (nread < 0) {
        FAIL(c, "read from %s: %s", c->name, uv_strerror((int)nread));
        return;
    }
    c->last_read = uv_now(c->loop);
    const uint8_t *data = (const uint8_t *)buf->base;
    size_t length = (size_t)nread;
    /* The owner may close us while handling an envelope; stop delivering then. */
    while (c->state == CONN_OPEN) {
        Toolmesh__V1__Envelope *e;
        tm_frame_error error = tm_frame_decoder_next(&c->decoder, &data, &length, &e);
        if (error != TM_FRAME_OK) {
            reject_frame(c, error);
            return;
        }
        if (e == NULL) {
            return;
        }
        c->events->envelope(c, e, c->owner);
        tm_envelope_free(e);
    }
}

static void start_reading(tm_conn *c) {
    int rc = uv_read_start(&c->io.stream, on_alloc, on_read);
    if (rc != 0) {
        FAIL(c, "read from %s: %s", c->name, uv_strerror(rc));
    }
}

/* ---- Writing ------------------------------------------------------------------------------ */

static void after_output_drained(tm_conn *c) {
    if (c->state == CONN_CLOSING && unsent(c) == 0) {
        close_all(c);
    } else if (c->state == CONN_OPEN && c->reading_paused && unsent(c) < TM_CONN_RESUME_READING_BELOW) {
        c->reading_paused = 0;
        start_reading(c);
    }
}

static void on_write(uv_write_t *req, int status) {
    write_req *w = (write_req *)req;
    tm_conn *c = w->conn;
    c->in_writes -= w->length;
    free(w->data);
    free(w);
    if (c->state == CONN_CLOSED) {
        return;
    }
    if (status < 0) {
        FAIL(c, "write to %s: %s", c->name, uv_strerror(status));
        return;
    }
    after_output_drained(c);
}

/* Writes queued output: as much as the socket takes now, the rest in one uv_write. */
static void flush(tm_conn *c) {
    if (c->state == CONN_CLOSED || c->out.len == 0) {
        return;
    }
    uv_buf_t b = uv_buf_init((char *)c->out.data, (unsigned)c->out.len);
    int n = uv_try_write(&c->io.stream, &b, 1);
    if (n < 0 && n != UV_EAGAIN) {
        FAIL(c, "write to %s: %s", c->name, uv_strerror(n));
        return;
    }
    size_t sent = n > 0 ? (size_t)n : 0;
    if (sent == c->out.len) {
        c->out.len = 0;
        if (c->out.cap > KEEP_BUFFER_BYTES) {
            tm_buf_free(&c->out);
        }
        after_output_drained(c);
        return;
    }
    write_req *w = malloc(sizeof *w);
    if (w == NULL) {
        FAIL(c, "write to %s: out of memory", c->name);
        return;
    }
    /* The request takes the buffer itself; the next frames start a new one. */
    w->conn = c;
    w->data = c->out.data;
    w->length = c->out.len - sent;
    uv_buf_t rest = uv_buf_init((char *)c->out.data + sent, (unsigned)w->length);
    c->out = (tm_buf){0};
    c->in_writes += w->length;
    int rc = uv_write(&w->req, &c->io.stream, &rest, 1, on_write);
    if (rc != 0) {
        c->in_writes -= w->length;
        free(w->data);
        free(w);
        FAIL(c, "write to %s: %s", c->name, uv_strerror(rc));
    }
}

static void on_prepare(uv_prepare_t *handle) {
    tm_conn *c = handle->data;
    uv_prepare_stop(handle);
    c->flush_queued = 0;
    flush(c);
}

static void queue_flush(tm_conn *c) {
    if (!c->flush_queued) {
        c->flush_queued = 1;
        uv_prepare_start(&c->flusher, on_prepare);
    }
}

tm_frame_error tm_conn_send(tm_conn *c, const Toolmesh__V1__Envelope *e, char *detail, size_t detail_size) {
    if (c->state != CONN_OPEN) {
        return TM_FRAME_OK;
    }
    tm_frame_error error = tm_frame_encode(e, c->max_send, &c->out, detail, detail_size);
    if (error != TM_FRAME_OK) {
        return error;
    }
    c->last_write = uv_now(c->loop);
    size_t limit = (size_t)c->max_send * 4 + 4;
    if (unsent(c) > limit) {
        FAIL(c, "more than %zu bytes of output unsent: %s does not read", limit, c->name);
        return TM_FRAME_OK;
    }
    if (unsent(c) > TM_CONN_PAUSE_READING_ABOVE && !c->reading_paused) {
        c->reading_paused = 1;
        uv_read_stop(&c->io.stream);
    }
    queue_flush(c);
    return TM_FRAME_OK;
}
