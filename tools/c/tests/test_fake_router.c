/*
 * test_fake_router: the worker against a scripted router on loopback, for what the real router
 * does not do on demand. Four connections, in order:
 *
 *   1. Welcome arrives one byte per write; Register is checked field by field; RegisterAck,
 *      four Calls and a Ping arrive in one write and their answers must leave in one write
 *      (echo with metadata, unknown tool, a result over the frame limit, Pong); a Cancel
 *      reaches the slow call; idle heartbeats arrive; an oversized length prefix is answered
 *      with ProtocolError RESOURCE_EXHAUSTED and a close.
 *   2. The router goes silent after RegisterAck: the worker leaves after the lease.
 *   3. The handshake is refused (UNAUTHENTICATED): the worker reconnects.
 *   4. The registration is refused: the worker stops and reports why.
 *
 * Every handle is closed at the end (uv_loop_close succeeds).
 */
#include <string.h>

#include "check.h"
#include "frame.h"
#include "toolmesh/worker.h"

#define BIG_RESULT_BYTES (2u << 20)
#define ANNOUNCED_MAX_FRAME (1u << 20)

typedef struct peer {
    uv_tcp_t tcp;
    tm_frame_decoder decoder;
    int index;
    int reads;
} peer;

static struct {
    uv_loop_t loop;
    uv_tcp_t server;
    uv_timer_t trickle;
    uv_timer_t guard;
    peer *current;
    int connections;
    tm_worker *worker;
    int done_status;
    char done_message[512];
    int done_called;
    /* connection 1 */
    int batch_read;
    int batch_answers;
    int cancelled_answer;
    int worker_pings;
    int oversized_sent;
    int protocol_error_seen;
    /* connection 2 */
    uint64_t silent_since;
    /* what the handlers saw */
    char seen_metadata[64];
    uint64_t seen_deadline;
    uint32_t seen_attempt;
    /* trickled bytes */
    tm_buf trickle_bytes;
    size_t trickle_at;
} T;

/* ---- The worker's tools ----------------------------------------------------------------- */

static void echo(tm_call *call, const char *args, size_t length, void *data) {
    (void)data;
    const char *key, *value;
    if (tm_call_metadata(call, 0, &key, &value) == 0) {
        snprintf(T.seen_metadata, sizeof T.seen_metadata, "%s=%s/%zu", key, value, tm_call_metadata_count(call));
    }
    T.seen_deadline = tm_call_deadline_ms(call);
    T.seen_attempt = tm_call_attempt(call);
    tm_call_reply_ok(call, args, length);
}

static void slow_cancelled(tm_call *call, const char *reason, void *data) {
    (void)data;
    char message[200];
    snprintf(message, sizeof message, "stopped: %s", reason);
    tm_call_reply_error(call, TM_CANCELLED, message);
}

static void slow(tm_call *call, const char *args, size_t length, void *data) {
    (void)args, (void)length, (void)data;
    CHECK(tm_call_on_cancel(call, slow_cancelled, NULL) == 0, "on_cancel before any cancel");
}

static void big(tm_call *call, const char *args, size_t length, void *data) {
    (void)args, (void)length, (void)data;
    char *text = malloc(BIG_RESULT_BYTES);
    memset(text, 'a', BIG_RESULT_BYTES);
    text[0] = text[BIG_RESULT_BYTES - 1] = '"';
    tm_call_reply_ok(call, text, BIG_RESULT_BYTES);
    free(text);
}

static void on_done(tm_worker *w, int status, const char *message, void *data) {
    (void)w, (void)data;
    T.done_called++;
    T.done_status = status;
    snprintf(T.done_message, sizeof T.done_message, "%s", message);
    uv_close((uv_handle_t *)&T.server, NULL);
    uv_close((uv_handle_t *)&T.guard, NULL);
    uv_close((uv_handle_t *)&T.trickle, NULL);
}

/* ---- Sending ------------------------------------------------------------------------------ */

typedef struct write_req {
    uv_write_t req;
    uint8_t bytes[];
} write_req;

static void on_written(uv_write_t *req, int status) {
    (void)status;
    free(req);
}

static void send_bytes(peer *p, const uint8_t *bytes, size_t n) {
    write_req *w = malloc(sizeof *w + n);
    memcpy(w->bytes, bytes, n);
    uv_buf_t b = uv_buf_init((char *)w->bytes, (unsigned)n);
    if (uv_write(&w->req, (uv_stream_t *)&p->tcp, &b, 1, on_written) != 0) {
        free(w);
    }
}

static void encode(tm_buf *out, Toolmesh__V1__Envelope *e) {
    CHECK(tm_frame_encode(e, TM_DEFAULT_MAX_FRAME_BYTES, out, NULL, 0) == TM_FRAME_OK, "encoding a test frame");
}

static void send_envelope(peer *p, Toolmesh__V1__Envelope *e) {
    tm_buf out = {0};
    encode(&out, e);
    send_bytes(p, out.data, out.len);
    tm_buf_free(&out);
}

#define ENVELOPE(field, CASE, value)                                  \
    Toolmesh__V1__Envelope field##_e = TOOLMESH__V1__ENVELOPE__INIT;  \
    field##_e.body_case = TOOLMESH__V1__ENVELOPE__BODY_##CASE;        \
    field##_e.field = &(value)

static void on_trickle(uv_timer_t *timer) {
    (void)timer;
    if (T.trickle_at < T.trickle_bytes.len && T.current != NULL) {
        send_bytes(T.current, T.trickle_bytes.data + T.trickle_at++, 1);
    } else {
        uv_timer_stop(&T.trickle);
        tm_buf_free(&T.trickle_bytes);
    }
}

/* Welcome, one byte per write, 1 ms apart. */
static void send_welcome(peer *p, uint32_t timeout_ms) {
    Toolmesh__V1__Welcome welcome = TOOLMESH__V1__WELCOME__INIT;
    welcome.protocol_version = 1;
    welcome.router_id = "fake-router";
    welcome.heartbeat_interval_ms = 100;
    welcome.heartbeat_timeout_ms = timeout_ms;
    welcome.max_frame_bytes = ANNOUNCED_MAX_FRAME;
    ENVELOPE(welcome, WELCOME, welcome);
    (void)p;
    T.trickle_at = 0;
    encode(&T.trickle_bytes, &welcome_e);
    uv_timer_start(&T.trickle, on_trickle, 1, 1);
}

static void send_ack(peer *p, int refuse) {
    Toolmesh__V1__ToolRefusal refusal = TOOLMESH__V1__TOOL_REFUSAL__INIT;
    refusal.tool = "big";
    refusal.code = TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT;
    refusal.message = "bad schema";
    Toolmesh__V1__ToolRefusal *refusals[] = {&refusal};
    Toolmesh__V1__RegisterAck ack = TOOLMESH__V1__REGISTER_ACK__INIT;
    if (refuse) {
        ack.code = TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT;
        ack.message = "1 of 3 tools refused";
        ack.n_refusals = 1;
        ack.refusals = refusals;
    }
    ENVELOPE(register_ack, REGISTER_ACK, ack);
    send_envelope(p, &register_ack_e);
}

/* RegisterAck, four calls and a Ping in a single write. */
static void send_batch(peer *p) {
    tm_buf out = {0};
    Toolmesh__V1__RegisterAck ack = TOOLMESH__V1__REGISTER_ACK__INIT;
    ENVELOPE(register_ack, REGISTER_ACK, ack);
    encode(&out, &register_ack_e);
    Toolmesh__V1__MetadataEntry entry = TOOLMESH__V1__METADATA_ENTRY__INIT;
    entry.key = "trace-id";
    entry.value = "abc";
    Toolmesh__V1__MetadataEntry *metadata[] = {&entry};
    static const char *const tools[] = {"echo", "nope", "slow", "big"};
    for (int i = 0; i < 4; i++) {
        Toolmesh__V1__Call call = TOOLMESH__V1__CALL__INIT;
        call.call_id = 7 + (uint64_t)i;
        call.tool = (char *)tools[i];
        call.arguments.data = (uint8_t *)"{\"x\":1}";
        call.arguments.len = i == 0 ? 7 : 0;
        call.deadline_ms = 5000;
        call.attempt = 2;
        call.n_metadata = 1;
        call.metadata = metadata;
        ENVELOPE(call, CALL, call);
        encode(&out, &call_e);
    }
    Toolmesh__V1__Ping ping = TOOLMESH__V1__PING__INIT;
    ping.nonce = 5;
    ENVELOPE(ping, PING, ping);
    encode(&out, &ping_e);
    T.batch_read = p->reads;
    send_bytes(p, out.data, out.len);
    tm_buf_free(&out);
}

/* ---- What the worker sends ------------------------------------------------------------- */

static void check_hello(const Toolmesh__V1__Hello *h) {
    CHECK(h->protocol_version == 1 && h->peer_kind == TOOLMESH__V1__PEER_KIND__PEER_KIND_WORKER,
          "Hello: version %u, kind %d", h->protocol_version, h->peer_kind);
    CHECK(strcmp(h->token, "tok") == 0 && strcmp(h->peer_name, "test") == 0 && strcmp(h->agent, TM_AGENT) == 0,
          "Hello: token '%s', name '%s', agent '%s'", h->token, h->peer_name, h->agent);
}

static void check_register(const Toolmesh__V1__Register *r) {
    CHECK(strcmp(r->worker_name, "test") == 0 && strcmp(r->worker_id, "id-1") == 0 && r->max_concurrency == 9,
          "Register: name '%s', id '%s', concurrency %u", r->worker_name, r->worker_id, r->max_concurrency);
    CHECK(r->n_tools == 3, "Register: %zu tools", r->n_tools);
    if (r->n_tools == 3) {
        const Toolmesh__V1__ToolSpec *echo_spec = r->tools[0];
        CHECK(strcmp(echo_spec->name, "echo") == 0 && strcmp(echo_spec->description, "Echoes.") == 0 &&
              echo_spec->idempotent && echo_spec->max_concurrency == 4 && echo_spec->input_schema.len == 17 &&
              memcmp(echo_spec->input_schema.data, "{\"type\":\"object\"}", 17) == 0,
              "ToolSpec echo as declared");
        const Toolmesh__V1__ToolSpec *slow_spec = r->tools[1];
        CHECK(strcmp(slow_spec->name, "slow") == 0 && !slow_spec->idempotent && slow_spec->input_schema.len == 0,
              "ToolSpec slow as declared (no schema)");
    }
}

/* One of the four answers to the batch; after the last, cancel the slow call. */
static void batch_answered(peer *p) {
    if (++T.batch_answers != 4) {
        return;
    }
    CHECK(p->reads == T.batch_read + 1, "answers to one read arrive in one write (%d reads)", p->reads - T.batch_read);
    Toolmesh__V1__Cancel cancel = TOOLMESH__V1__CANCEL__INIT;
    cancel.call_id = 9;
    cancel.reason = "test cancel";
    ENVELOPE(cancel, CANCEL, cancel);
    send_envelope(p, &cancel_e);
}

static void on_result(peer *p, const Toolmesh__V1__CallResult *r) {
    switch (r->call_id) {
    case 7:
        CHECK(r->code == 0 && r->result.len == 7 && memcmp(r->result.data, "{\"x\":1}", 7) == 0, "echo result");
        CHECK(strcmp(T.seen_metadata, "trace-id=abc/1") == 0 && T.seen_deadline == 5000 && T.seen_attempt == 2,
              "the handler sees metadata '%s', deadline %llu, attempt %u", T.seen_metadata,
              (unsigned long long)T.seen_deadline, T.seen_attempt);
        break;
    case 8:
        CHECK(r->code == TOOLMESH__V1__STATUS_CODE__NOT_FOUND && strstr(r->message, "'nope'") != NULL,
              "unknown tool: NOT_FOUND (%d, %s)", r->code, r->message);
        break;
    case 10:
        CHECK(r->code == TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED && strstr(r->message, "1048576") != NULL,
              "a result over the announced frame limit: RESOURCE_EXHAUSTED (%d, %s)", r->code, r->message);
        break;
    case 9:
        T.cancelled_answer = 1;
        CHECK(r->code == TOOLMESH__V1__STATUS_CODE__CANCELLED && strstr(r->message, "stopped: test cancel") != NULL,
              "Cancel reaches the handler, which answers CANCELLED (%d, %s)", r->code, r->message);
        return;
    default:
        CHECK(0, "unexpected result for call %llu", (unsigned long long)r->call_id);
        return;
    }
    batch_answered(p);
}

static void on_envelope(peer *p, const Toolmesh__V1__Envelope *e) {
    switch (e->body_case) {
    case TOOLMESH__V1__ENVELOPE__BODY_HELLO:
        check_hello(e->hello);
        if (p->index == 3) {
            Toolmesh__V1__ProtocolError refused = TOOLMESH__V1__PROTOCOL_ERROR__INIT;
            refused.code = TOOLMESH__V1__STATUS_CODE__UNAUTHENTICATED;
            refused.message = "invalid token";
            ENVELOPE(protocol_error, PROTOCOL_ERROR, refused);
            send_envelope(p, &protocol_error_e);
        } else {
            send_welcome(p, p->index == 2 ? 300 : 10000);
        }
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_REGISTER:
        check_register(e->register_);
        if (p->index == 1) {
            send_batch(p);
        } else {
            send_ack(p, p->index == 4);
            T.silent_since = uv_now(&T.loop);
        }
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_RESULT:
        on_result(p, e->result);
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_PONG:
        CHECK(e->pong->nonce == 5, "Pong echoes the nonce");
        batch_answered(p);
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_PING:
        if (p->index == 1 && ++T.worker_pings == 2 && !T.oversized_sent) {
            /* Two idle heartbeats seen; now a frame over the worker's 16 MiB limit. */
            T.oversized_sent = 1;
            send_bytes(p, (const uint8_t *)"\x01\x00\x00\x01", 4);
        }
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_PROTOCOL_ERROR:
        T.protocol_error_seen = 1;
        CHECK(e->protocol_error->code == TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED &&
              strstr(e->protocol_error->message, "16777217") != NULL,
              "an oversized frame is answered RESOURCE_EXHAUSTED (%s)", e->protocol_error->message);
        break;
    default:
        CHECK(0, "unexpected message %d from the worker", (int)e->body_case);
    }
}

/* ---- The fake router's connections ------------------------------------------------------ */

static void on_peer_closed(uv_handle_t *handle) {
    peer *p = handle->data;
    tm_frame_decoder_free(&p->decoder);
    free(p);
}

static void on_alloc(uv_handle_t *handle, size_t size, uv_buf_t *buf) {
    (void)handle;
    *buf = uv_buf_init(malloc(size), (unsigned)size);
}

static void peer_ended(peer *p) {
    if (p->index == 1) {
        CHECK(T.batch_answers == 4 && T.cancelled_answer, "all five calls answered (%d of 4, cancel %d)",
              T.batch_answers, T.cancelled_answer);
        CHECK(T.protocol_error_seen, "connection 1 ends after the worker's ProtocolError");
        CHECK(T.worker_pings >= 2, "the idle worker pinged (%d)", T.worker_pings);
    } else if (p->index == 2) {
        uint64_t silent = uv_now(&T.loop) - T.silent_since;
        CHECK(silent >= 300 && silent < 1500, "the worker leaves a router silent for 300 ms after %llu ms",
              (unsigned long long)silent);
    }
    if (T.current == p) {
        T.current = NULL;
    }
    uv_close((uv_handle_t *)&p->tcp, on_peer_closed);
}

static void on_peer_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    peer *p = stream->data;
    if (nread < 0) {
        free(buf->base);
        peer_ended(p);
        return;
    }
    p->reads += nread > 0;
    const uint8_t *data = (const uint8_t *)buf->base;
    size_t left = (size_t)nread;
    for (;;) {
        Toolmesh__V1__Envelope *e;
        tm_frame_error error = tm_frame_decoder_next(&p->decoder, &data, &left, &e);
        CHECK(error == TM_FRAME_OK, "the worker sent a bad frame: %s", p->decoder.detail);
        if (error != TM_FRAME_OK || e == NULL) {
            break;
        }
        on_envelope(p, e);
        tm_envelope_free(e);
    }
    free(buf->base);
}

static void on_connection(uv_stream_t *server, int status) {
    CHECK(status == 0, "accept: %s", uv_strerror(status));
    peer *p = calloc(1, sizeof *p);
    uv_tcp_init(&T.loop, &p->tcp);
    p->tcp.data = p;
    p->index = ++T.connections;
    tm_frame_decoder_init(&p->decoder, tm_frame_limits_for(0));
    if (uv_accept(server, (uv_stream_t *)&p->tcp) != 0) {
        uv_close((uv_handle_t *)&p->tcp, on_peer_closed);
        return;
    }
    uv_tcp_nodelay(&p->tcp, 1);
    T.current = p;
    uv_read_start((uv_stream_t *)&p->tcp, on_alloc, on_peer_read);
}

static void on_guard(uv_timer_t *timer) {
    (void)timer;
    CHECK(0, "the scenario did not finish within 20 s (at connection %d)", T.connections);
    tm_worker_stop(T.worker);
}

static void quiet(tm_log_level level, const char *line, void *data) {
    (void)data;
    if (getenv("TEST_VERBOSE") != NULL) {
        fprintf(stderr, "worker %d: %s\n", (int)level, line);
    }
}

int main(void) {
    uv_loop_init(&T.loop);
    uv_tcp_init(&T.loop, &T.server);
    uv_timer_init(&T.loop, &T.trickle);
    uv_timer_init(&T.loop, &T.guard);
    struct sockaddr_in any;
    uv_ip4_addr("127.0.0.1", 0, &any);
    uv_tcp_bind(&T.server, (const struct sockaddr *)&any, 0);
    CHECK(uv_listen((uv_stream_t *)&T.server, 8, on_connection) == 0, "listen");
    struct sockaddr_in bound;
    int length = sizeof bound;
    uv_tcp_getsockname(&T.server, (struct sockaddr *)&bound, &length);
    char address[64];
    snprintf(address, sizeof address, "127.0.0.1:%d", ntohs(bound.sin_port));

    T.worker = tm_worker_new(&T.loop, address, "tok");
    CHECK(tm_worker_set_name(T.worker, "test") == 0 && tm_worker_set_id(T.worker, "id-1") == 0, "naming");
    tm_worker_set_max_concurrency(T.worker, 9);
    tm_worker_set_max_reconnect_delay(T.worker, 200);
    tm_worker_set_log(T.worker, quiet, TM_LOG_DEBUG, NULL);
    CHECK(tm_worker_add_tool(T.worker, "echo", "Echoes.", "{\"type\":\"object\"}", 1, 4, echo, NULL) == 0, "add echo");
    CHECK(tm_worker_add_tool(T.worker, "slow", NULL, NULL, 0, 0, slow, NULL) == 0, "add slow");
    CHECK(tm_worker_add_tool(T.worker, "big", "Too big.", NULL, 0, 0, big, NULL) == 0, "add big");
    CHECK(tm_worker_add_tool(T.worker, "echo", "again", NULL, 0, 0, echo, NULL) == UV_EINVAL, "a name twice");
    CHECK(tm_worker_add_tool(T.worker, "bad\xff", NULL, NULL, 0, 0, echo, NULL) == UV_EINVAL, "a name not UTF-8");
    CHECK(tm_worker_start(T.worker, on_done, NULL) == 0, "start");
    CHECK(tm_worker_start(T.worker, on_done, NULL) == UV_EBUSY, "start twice");
    CHECK(tm_worker_free(T.worker) == UV_EBUSY, "no free while running");
    uv_timer_start(&T.guard, on_guard, 20000, 0);

    uv_run(&T.loop, UV_RUN_DEFAULT);
    CHECK(T.connections == 4, "%d connections, expected 4", T.connections);
    CHECK(T.done_called == 1, "done called %d times", T.done_called);
    CHECK(T.done_status == TM_INVALID_ARGUMENT && strstr(T.done_message, "big: bad schema") != NULL,
          "a refused registration stops the worker: %d, %s", T.done_status, T.done_message);
    CHECK(tm_worker_free(T.worker) == 0, "free after done");
    CHECK(uv_loop_close(&T.loop) == 0, "every handle closed");
    return check_summary("test_fake_router");
}
