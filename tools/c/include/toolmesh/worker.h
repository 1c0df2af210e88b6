/*
 * toolmesh/worker.h: the ToolMesh worker SDK for C, on libuv.
 *
 * A worker is a tool service: it dials a ToolMesh router, registers its tools and runs the
 * calls the router sends it (docs/protocol.md). This SDK does the protocol: handshake,
 * registration, heartbeats, cancellation, reconnection with backoff (re-registering after a
 * router restart) and graceful drain. You write handlers.
 *
 *     uv_loop_t *loop = uv_default_loop();
 *     tm_worker *w = tm_worker_new(loop, "127.0.0.1:7400", NULL);   // token from $TOOLMESH_TOKEN
 *     tm_worker_set_name(w, "geo");
 *     tm_worker_add_tool(w, "city_weather", "Current weather of a city.",
 *                        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}",
 *                        1, 0, city_weather, app);
 *     tm_worker_start(w, on_done, app);      // on_done runs once the worker has stopped
 *     uv_run(loop, UV_RUN_DEFAULT);          // on SIGTERM call tm_worker_drain(w, 5000)
 *     tm_worker_free(w);
 *
 * Threading: everything here runs on the loop's thread. Handlers are called on it and must
 * not block it; slow work goes to a libuv timer, a uv_work_t or another thread that hands
 * the answer back (uv_async_send) before calling tm_call_reply_*.
 *
 * Compile with -D_POSIX_C_SOURCE=200809L (or _DEFAULT_SOURCE) when using -std=c11: uv.h needs
 * POSIX types.
 */
#ifndef TOOLMESH_WORKER_H
#define TOOLMESH_WORKER_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The SDK's agent string, sent in Hello. */
#define TM_AGENT "toolmesh-c/0.1.0"

/** Status codes: gRPC's numbers (google.rpc.Code), as in mesh.proto's StatusCode. */
typedef enum tm_status {
    TM_OK = 0,
    TM_CANCELLED = 1,
    TM_UNKNOWN = 2,
    TM_INVALID_ARGUMENT = 3,
    TM_DEADLINE_EXCEEDED = 4,
    TM_NOT_FOUND = 5,
    TM_ALREADY_EXISTS = 6,
    TM_PERMISSION_DENIED = 7,
    TM_RESOURCE_EXHAUSTED = 8,
    TM_FAILED_PRECONDITION = 9,
    TM_ABORTED = 10,
    TM_OUT_OF_RANGE = 11,
    TM_UNIMPLEMENTED = 12,
    TM_INTERNAL = 13,
    TM_UNAVAILABLE = 14,
    TM_DATA_LOSS = 15,
    TM_UNAUTHENTICATED = 16
} tm_status;

/** The name of a status code ("NOT_FOUND"); "UNKNOWN" for numbers outside 0..16. */
const char *tm_status_name(int status);

/** A worker: one connection to a router at a time, and its tools. */
typedef struct tm_worker tm_worker;

/**
 * One call of a tool, from the moment its handler is called until it is answered.
 *
 * The handle is valid until exactly one of tm_call_reply / tm_call_reply_ok /
 * tm_call_reply_error is called for it, and invalid right after. Every call MUST be answered
 * exactly once, even after a cancellation or the loss of the connection: the worker does not
 * report that it stopped (tm_done_fn) while a call is unanswered.
 */
typedef struct tm_call tm_call;

/**
 * Runs one call. `arguments` is the arguments object as UTF-8 JSON text of `length` bytes
 * (already checked against the tool's input schema by the router), NUL-terminated for
 * convenience, valid until the call is answered; "{}" when the caller sent none.
 * `tool_data` is the pointer given to tm_worker_add_tool. Answer now or later.
 */
typedef void (*tm_handler_fn)(tm_call *call, const char *arguments, size_t length, void *tool_data);

/**
 * The call was cancelled: the router sent Cancel (the client cancelled or the deadline
 * passed), the connection to the router was lost, or the worker is stopping. `reason` is
 * text for logs. Stop the work if you can and answer the call (TM_CANCELLED, or the real
 * outcome); the answer is sent if the connection still stands and dropped otherwise. Called
 * at most once per call, never after it was answered. It may answer the call from inside.
 */
typedef void (*tm_cancel_fn)(tm_call *call, const char *reason, void *cancel_data);

/**
 * The worker has stopped for good: drained, stopped with tm_worker_stop, or refused by the
 * router. `status` is TM_OK for a normal end; otherwise it says why it ended (for example
 * the RegisterAck's code when the router refused the tools) and `message` says more. When
 * this runs, every handle of the worker is closed and every call answered, so the worker may
 * be freed from inside the callback.
 */
typedef void (*tm_done_fn)(tm_worker *worker, int status, const char *message, void *done_data);

/** Log levels for tm_log_fn. */
typedef enum tm_log_level { TM_LOG_DEBUG = 0, TM_LOG_INFO = 1, TM_LOG_WARNING = 2, TM_LOG_ERROR = 3 } tm_log_level;

/** Receives the worker's log lines (one line, no trailing newline). */
typedef void (*tm_log_fn)(tm_log_level level, const char *line, void *log_data);

/**
 * A worker for the router at `address`: "HOST:PORT" (an IPv4 address, "[IPv6]:PORT", or a
 * host name resolved with getaddrinfo; "localhost" means 127.0.0.1) or "unix:/path/to.sock".
 * `token` is the router's shared secret; NULL takes $TOOLMESH_TOKEN (none when unset).
 *
 * Returns NULL when the address cannot be parsed, the token is not UTF-8 or memory is short.
 * Nothing happens until tm_worker_start.
 */
tm_worker *tm_worker_new(uv_loop_t *loop, const char *address, const char *token);

/** Like tm_worker_new; when it returns NULL and `error` is not NULL, *error is a static explanation. */
tm_worker *tm_worker_new_checked(uv_loop_t *loop, const char *address, const char *token, const char **error);

/**
 * The service's logical name, shared by its replicas (Register.worker_name; default
 * "c-worker"). Before tm_worker_start. Returns 0, or UV_EINVAL / UV_ENOMEM / UV_EBUSY.
 */
int tm_worker_set_name(tm_worker *w, const char *name);

/**
 * This process's identity, kept across reconnects (Register.worker_id; default: the name, a
 * dash and a random 64-bit number). Before tm_worker_start. Returns 0 or UV_E*.
 */
int tm_worker_set_id(tm_worker *w, const char *id);

/** Calls of all tools together the router may send at once (default 64; 0 means 1). */
int tm_worker_set_max_concurrency(tm_worker *w, uint32_t max_concurrency);

/** Longest wait between reconnection attempts, in milliseconds (default 1000). */
int tm_worker_set_max_reconnect_delay(tm_worker *w, uint64_t milliseconds);

/** Where log lines go. Default: INFO and above to stderr, prefixed "toolmesh-c: ". */
void tm_worker_set_log(tm_worker *w, tm_log_fn log, tm_log_level min_level, void *log_data);

/**
 * Declares a tool. Before tm_worker_start. `name` must be a Python identifier of at most 64
 * ASCII characters that is not a Python keyword (the router refuses it otherwise).
 * `input_schema_json` is a JSON Schema of the arguments object (NULL or "" means
 * {"type":"object"}); the order of its "properties" is the order of positional arguments in
 * programs. `max_concurrency` bounds this tool's calls on this worker (0: only the worker's
 * bound). `idempotent` (0/1) allows the router to retry a call on another worker after a
 * failure. The strings are copied. Returns 0, UV_EINVAL (NULL name or handler, name
 * declared twice, invalid UTF-8), UV_EBUSY (already started) or UV_ENOMEM.
 */
int tm_worker_add_tool(tm_worker *w, const char *name, const char *description, const char *input_schema_json,
                       int idempotent, uint32_t max_concurrency, tm_handler_fn handler, void *tool_data);

/**
 * Connects, registers and serves until the worker stops; reconnects and re-registers after
 * every loss of the connection (backoff 100 ms doubling up to the reconnect delay). `done`
 * (may be NULL) runs once, when the worker has stopped and released its handles. Call once.
 * Returns 0 or UV_EBUSY (started before) / UV_ENOMEM; on error nothing was started.
 *
 * If SIGPIPE still has its default action, it is set to ignored, so that writing to a
 * connection the router has just closed fails with EPIPE instead of killing the process.
 */
int tm_worker_start(tm_worker *w, tm_done_fn done, void *done_data);

/**
 * Graceful shutdown, for SIGTERM: tells the router to send no new calls (Drain), lets the
 * calls in flight finish and answers them, then closes and stops. Calls still running after
 * `grace_ms` (0: 10000) are cancelled as by tm_worker_stop. Calling it again does nothing.
 */
void tm_worker_drain(tm_worker *w, uint64_t grace_ms);

/**
 * Stops now: running calls get their cancel notification (answers given from inside it are
 * still sent), the connection closes after writing what is queued (for at most a second).
 * The done callback runs once the last call is answered and the handles are closed.
 */
void tm_worker_stop(tm_worker *w);

/**
 * Frees the worker. Allowed before tm_worker_start, and after the done callback has begun
 * (including from inside it). Returns 0, or UV_EBUSY (and frees nothing) while it runs.
 */
int tm_worker_free(tm_worker *w);

/** The worker id sent in Register (set or generated). */
const char *tm_worker_id(const tm_worker *w);

/* ---- Calls -------------------------------------------------------------------------- */

/** The tool's name. */
const char *tm_call_tool(const tm_call *call);

/** The router's id for this call on the current connection (for logs). */
uint64_t tm_call_id(const tm_call *call);

/** Milliseconds left until the call's deadline when it arrived (the router always sets one). */
uint64_t tm_call_deadline_ms(const tm_call *call);

/** 1 for the first attempt, more when the router retries after a failover. */
uint32_t tm_call_attempt(const tm_call *call);

/** Number of request metadata entries. */
size_t tm_call_metadata_count(const tm_call *call);

/** Metadata entry `index`: sets *key and *value (valid until the call is answered); 0 or UV_EINVAL. */
int tm_call_metadata(const tm_call *call, size_t index, const char **key, const char **value);

/** The worker the call came from. */
tm_worker *tm_call_worker(const tm_call *call);

/** Nonzero once the call was cancelled (see tm_cancel_fn). */
int tm_call_is_cancelled(const tm_call *call);

/**
 * Sets the cancellation callback. If the call is already cancelled, `fn` is not called and 1
 * is returned (check before starting slow work); 0 otherwise.
 */
int tm_call_on_cancel(tm_call *call, tm_cancel_fn fn, void *cancel_data);

/**
 * Answers the call: `status` TM_OK with `json` as the result (UTF-8 JSON text; NULL or
 * length 0 means null), or a failure status with `message` for people and models (invalid
 * UTF-8 is replaced by U+FFFD) and optional `json` details. A status outside 0..16 is sent
 * as TM_UNKNOWN. A result too large for one frame is replaced by RESOURCE_EXHAUSTED.
 * Invalidates `call`.
 *
 * Returns 0 when the answer was queued for the router, 1 when it was dropped because the
 * connection it came on is gone (the router has already failed the call over), UV_EINVAL
 * for a NULL call.
 */
int tm_call_reply(tm_call *call, int status, const char *message, const char *json, size_t length);

/** tm_call_reply(call, TM_OK, NULL, json, length). */
int tm_call_reply_ok(tm_call *call, const char *json, size_t length);

/** tm_call_reply(call, status, message, NULL, 0); a `status` of TM_OK is sent as TM_UNKNOWN. */
int tm_call_reply_error(tm_call *call, int status, const char *message);

#ifdef __cplusplus
}
#endif

#endif /* TOOLMESH_WORKER_H */
