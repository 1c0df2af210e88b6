/* worker_internal.h: the worker's state, shared by worker*.c (internal). */
#ifndef TM_WORKER_INTERNAL_H
#define TM_WORKER_INTERNAL_H

#include "address.h"
#include "conn.h"
#include "toolmesh/worker.h"

/* Most addresses one host name may resolve to that are tried in turn. */
#define TM_MAX_CANDIDATES 8
/* Time from starting to connect until Welcome, in milliseconds. */
#define TM_HANDSHAKE_TIMEOUT_MS 10000
/* Drain grace when tm_worker_drain is given 0. */
#define TM_DEFAULT_GRACE_MS 10000

/** A declared tool. */
typedef struct tm_tool {
    char *name;
    char *description;
    char *schema;
    int idempotent;
    uint32_t max_concurrency;
    tm_handler_fn handler;
    void *data;
} tm_tool;

enum tm_worker_state {
    TM_W_NEW,         /* before tm_worker_start */
    TM_W_IDLE,        /* no connection; a reconnect may be pending */
    TM_W_CONNECTING,  /* resolving or connecting */
    TM_W_HANDSHAKING, /* Hello sent, waiting for Welcome */
    TM_W_REGISTERING, /* Register sent, waiting for RegisterAck */
    TM_W_SERVING,     /* registered: calls arrive */
    TM_W_FINISHED     /* stopping or stopped for good */
};

struct tm_call {
    tm_worker *worker;
    tm_call *prev;
    tm_call *next;
    const tm_tool *tool;
    uint64_t id;
    /** The connection (tm_worker.generation) the call came on; the answer goes only there. */
    uint64_t generation;
    uint64_t deadline_ms;
    uint32_t attempt;
    int cancelled;
    tm_cancel_fn on_cancel;
    void *cancel_data;
    size_t n_metadata;
    char **metadata; /* key0, value0, key1, value1, ... in one allocation */
    size_t args_len;
    char args[];     /* NUL-terminated */
};

struct tm_worker {
    uv_loop_t *loop;
    tm_address address;
    char *token;
    char *name;
    char *id;
    uint32_t max_concurrency;
    uint64_t max_reconnect_delay_ms;
    tm_tool *tools;
    size_t n_tools;
    tm_log_fn log;
    tm_log_level log_min;
    void *log_data;
    tm_done_fn done;
    void *done_data;

    enum tm_worker_state state;
    int started;
    int draining;
    int done_called;
    int exit_status;
    char exit_message[512];

    tm_conn *conn;
    int conn_opened;
    /** Counts connections; calls remember the one they came on. */
    uint64_t generation;
    tm_endpoint candidates[TM_MAX_CANDIDATES];
    size_t n_candidates;
    size_t next_candidate;
    uv_getaddrinfo_t *resolving;
    uv_timer_t retry_timer; /* reconnect backoff */
    uv_timer_t beat_timer;  /* handshake deadline, then heartbeats */
    uv_timer_t grace_timer; /* drain deadline */
    int timers_open;
    uint64_t failures;
    uint64_t nonce;
    uint32_t heartbeat_interval_ms;
    uint32_t heartbeat_timeout_ms;
    char router_id[128];

    tm_call *calls;
    size_t n_calls;
};

/* worker.c */
void tm__log(tm_worker *w, tm_log_level level, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/** Stops for good with `status` (TM_OK for a normal end); see tm_worker_stop. */
void tm__finish(tm_worker *w, int status, const char *message);
/** Runs the done callback if everything has ended. Call last: the worker may be freed. */
void tm__maybe_done(tm_worker *w);

/* worker_session.c */
/** Queues `e` on the current connection, logging an encoding failure. */
void tm__send(tm_worker *w, Toolmesh__V1__Envelope *e);
/** The connection is up: sends Hello. */
void tm__session_opened(tm_conn *c, void *owner);
/** One message from the router. */
void tm__session_envelope(tm_conn *c, const Toolmesh__V1__Envelope *e, void *owner);

/* worker_calls.c */
/** Runs a Call from the router (on the current connection). */
void tm__calls_start(tm_worker *w, const Toolmesh__V1__Call *call);
/** Cancels the call `id` of connection `generation`, if it runs. */
void tm__calls_cancel_id(tm_worker *w, uint64_t generation, uint64_t id, const char *reason);
/** Cancels every running call of connection `generation` (0: of every connection). */
void tm__calls_cancel_all(tm_worker *w, uint64_t generation, const char *reason);
/** Sends CallResult{id, status, message} on the current connection. */
void tm__send_result(tm_worker *w, uint64_t id, int status, const char *message, const char *json, size_t length);

#endif
