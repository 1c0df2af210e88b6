/* worker_session.c: what the worker says on one connection: Hello, Register after Welcome,
 * heartbeats, and the router's messages (docs/protocol.md, sections 3, 4 and 6). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "worker_internal.h"

static void on_heartbeat(uv_timer_t *timer);

void tm__send(tm_worker *w, Toolmesh__V1__Envelope *e) {
    char detail[160];
    if (w->conn != NULL && tm_conn_send(w->conn, e, detail, sizeof detail) != TM_FRAME_OK) {
        tm__log(w, TM_LOG_ERROR, "cannot send a message to the router: %s", detail);
    }
}

void tm__session_opened(tm_conn *c, void *owner) {
    tm_worker *w = owner;
    (void)c;
    w->conn_opened = 1;
    w->state = TM_W_HANDSHAKING;
    Toolmesh__V1__Hello hello = TOOLMESH__V1__HELLO__INIT;
    hello.protocol_version = 1;
    hello.peer_kind = TOOLMESH__V1__PEER_KIND__PEER_KIND_WORKER;
    hello.token = w->token;
    hello.peer_name = w->name;
    hello.agent = TM_AGENT;
    Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
    e.body_case = TOOLMESH__V1__ENVELOPE__BODY_HELLO;
    e.hello = &hello;
    tm__send(w, &e);
}

static void on_welcome(tm_worker *w, const Toolmesh__V1__Welcome *welcome) {
    w->state = TM_W_REGISTERING;
    snprintf(w->router_id, sizeof w->router_id, "%s", welcome->router_id ? welcome->router_id : "");
    w->heartbeat_interval_ms = welcome->heartbeat_interval_ms;
    w->heartbeat_timeout_ms = welcome->heartbeat_timeout_ms;
    /* The limit is symmetric: accept up to what the router announces, never send more. */
    uint32_t announced = welcome->max_frame_bytes ? welcome->max_frame_bytes : TM_DEFAULT_MAX_FRAME_BYTES;
    tm_conn_set_limits(w->conn, announced > TM_DEFAULT_MAX_FRAME_BYTES ? announced : TM_DEFAULT_MAX_FRAME_BYTES,
                       announced);
    uint64_t interval = w->heartbeat_interval_ms > 100 ? w->heartbeat_interval_ms : 100;
    uv_timer_start(&w->beat_timer, on_heartbeat, interval, interval);

    Toolmesh__V1__ToolSpec *specs = calloc(w->n_tools ? w->n_tools : 1, sizeof *specs);
    Toolmesh__V1__ToolSpec **spec_ptrs = calloc(w->n_tools ? w->n_tools : 1, sizeof *spec_ptrs);
    if (specs == NULL || spec_ptrs == NULL) {
        free(specs);
        free(spec_ptrs);
        tm_conn_abort(w->conn, "out of memory building Register");
        return;
    }
    for (size_t i = 0; i < w->n_tools; i++) {
        const tm_tool *t = &w->tools[i];
        toolmesh__v1__tool_spec__init(&specs[i]);
        specs[i].name = t->name;
        specs[i].description = t->description;
        specs[i].input_schema.data = (uint8_t *)t->schema;
        specs[i].input_schema.len = strlen(t->schema);
        specs[i].idempotent = t->idempotent != 0;
        specs[i].max_concurrency = t->max_concurrency;
        spec_ptrs[i] = &specs[i];
    }
    Toolmesh__V1__Register reg = TOOLMESH__V1__REGISTER__INIT;
    reg.worker_name = w->name;
    reg.worker_id = w->id;
    reg.n_tools = w->n_tools;
    reg.tools = spec_ptrs;
    reg.max_concurrency = w->max_concurrency;
    Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
    e.body_case = TOOLMESH__V1__ENVELOPE__BODY_REGISTER;
    e.register_ = &reg;
    char detail[160];
    tm_frame_error error = tm_conn_send(w->conn, &e, detail, sizeof detail);
    free(specs);
    free(spec_ptrs);
    if (error != TM_FRAME_OK) {
        tm__finish(w, TM_INVALID_ARGUMENT, detail);
    }
}

static void on_register_ack(tm_worker *w, const Toolmesh__V1__RegisterAck *ack) {
    if (ack->code != TOOLMESH__V1__STATUS_CODE__OK) {
        /* A refused registration cannot succeed by retrying the same tools. */
        char message[512];
        int n = snprintf(message, sizeof message, "the router refused the tools: %s", ack->message);
        for (size_t i = 0; i < ack->n_refusals && n > 0 && (size_t)n < sizeof message; i++) {
            n += snprintf(message + n, sizeof message - (size_t)n, "; %s: %s", ack->refusals[i]->tool,
                          ack->refusals[i]->message);
        }
        tm__log(w, TM_LOG_ERROR, "%s", message);
        tm__finish(w, (int)ack->code, message);
        return;
    }
    w->failures = 0;
    w->state = TM_W_SERVING;
    tm__log(w, TM_LOG_INFO, "registered %zu tools as %s with router %s", w->n_tools, w->id, w->router_id);
    if (w->draining) {
        Toolmesh__V1__Drain drain = TOOLMESH__V1__DRAIN__INIT;
        drain.reason = "worker is shutting down";
        Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
        e.body_case = TOOLMESH__V1__ENVELOPE__BODY_DRAIN;
        e.drain = &drain;
        tm__send(w, &e);
    }
}

void tm__session_envelope(tm_conn *c, const Toolmesh__V1__Envelope *e, void *owner) {
    tm_worker *w = owner;
    switch (e->body_case) {
    case TOOLMESH__V1__ENVELOPE__BODY_WELCOME:
        if (w->state == TM_W_HANDSHAKING) {
            on_welcome(w, e->welcome);
        }
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_REGISTER_ACK:
        if (w->state == TM_W_REGISTERING) {
            on_register_ack(w, e->register_ack);
        }
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_CALL:
        if (w->state == TM_W_SERVING) {
            tm__calls_start(w, e->call);
        }
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_CANCEL:
        tm__calls_cancel_id(w, w->generation, e->cancel->call_id,
                            e->cancel->reason[0] ? e->cancel->reason : "cancelled by the router");
        break;
    case TOOLMESH__V1__ENVELOPE__BODY_PING: {
        Toolmesh__V1__Pong pong = TOOLMESH__V1__PONG__INIT;
        pong.nonce = e->ping->nonce;
        Toolmesh__V1__Envelope answer = TOOLMESH__V1__ENVELOPE__INIT;
        answer.body_case = TOOLMESH__V1__ENVELOPE__BODY_PONG;
        answer.pong = &pong;
        tm__send(w, &answer);
        break;
    }
    case TOOLMESH__V1__ENVELOPE__BODY_PROTOCOL_ERROR: {
        char reason[400];
        snprintf(reason, sizeof reason, "the router closed the connection: %s: %s",
                 tm_status_name(e->protocol_error->code), e->protocol_error->message);
        tm_conn_abort(c, reason);
        break;
    }
    case TOOLMESH__V1__ENVELOPE__BODY_DRAIN:
        /* The router is going away; the calls running finish, then we reconnect. */
        tm__log(w, TM_LOG_INFO, "the router is draining: %s", e->drain->reason);
        break;
    default:
        break;
    }
}

/* Pings when we have sent nothing for an interval; gives up on a router silent past the lease. */
static void on_heartbeat(uv_timer_t *timer) {
    tm_worker *w = timer->data;
    if (w->conn == NULL || !tm_conn_is_open(w->conn)) {
        return;
    }
    uint64_t now = uv_now(w->loop);
    if (w->heartbeat_timeout_ms > 0 && now - tm_conn_last_read(w->conn) > w->heartbeat_timeout_ms) {
        char reason[96];
        snprintf(reason, sizeof reason, "the router was silent for more than %u ms", w->heartbeat_timeout_ms);
        tm_conn_abort(w->conn, reason);
        return;
    }
    if (now - tm_conn_last_write(w->conn) >= w->heartbeat_interval_ms) {
        Toolmesh__V1__Ping ping = TOOLMESH__V1__PING__INIT;
        ping.nonce = ++w->nonce;
        Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
        e.body_case = TOOLMESH__V1__ENVELOPE__BODY_PING;
        e.ping = &ping;
        tm__send(w, &e);
    }
}
