/*
 * conn.h: one framed connection to the router over TCP or a Unix socket (internal).
 *
 * Loop thread only. Incoming bytes are decoded into envelopes for the owner; a bad frame is
 * answered with ProtocolError and the connection closes. tm_conn_send encodes into an output
 * buffer that a prepare handle flushes once per loop iteration (uv_try_write first, the rest
 * with one uv_write), so the answers produced while handling one read leave in one write.
 */
#ifndef TM_CONN_H
#define TM_CONN_H

#include <stdint.h>
#include <uv.h>

#include "address.h"
#include "frame.h"

typedef struct tm_conn tm_conn;

/** What a connection tells its owner; every callback runs on the loop thread. */
typedef struct tm_conn_events {
    /** Connected: tm_conn_send may be used from now on. */
    void (*opened)(tm_conn *c, void *owner);
    /** One decoded envelope, in arrival order; freed after the callback returns. */
    void (*envelope)(tm_conn *c, const Toolmesh__V1__Envelope *e, void *owner);
    /**
     * The connection is gone and its handles are closed; called exactly once, also when it
     * never opened. `reason` is NULL after tm_conn_close or a clean end of stream. `c` is
     * freed when this returns.
     */
    void (*closed)(tm_conn *c, const char *reason, void *owner);
} tm_conn_events;

/** Unsent output above which reading pauses (the peer must read our answers first). */
#define TM_CONN_PAUSE_READING_ABOVE (1u << 20)
/** Unsent output below which reading resumes. */
#define TM_CONN_RESUME_READING_BELOW (256u << 10)

/**
 * Starts connecting to `endpoint`. Returns NULL only when memory is short; otherwise exactly
 * one `closed` follows eventually (never from inside this call), after `opened` if the
 * connection was made. `name` is the address as written, for messages.
 */
tm_conn *tm_conn_connect(uv_loop_t *loop, const tm_endpoint *endpoint, const char *name,
                         const tm_conn_events *events, void *owner);

/**
 * Queues `e` for sending. Returns TM_FRAME_OK, or the encoding error (nothing is queued and
 * the connection stays open; `detail` says why). Does nothing (returns TM_FRAME_OK) unless
 * the connection is open. Passing the outbound limit (4 frames) closes the connection.
 */
tm_frame_error tm_conn_send(tm_conn *c, const Toolmesh__V1__Envelope *e, char *detail, size_t detail_size);

/** Frame size limits: what is accepted from the peer, and what may be sent. */
void tm_conn_set_limits(tm_conn *c, uint32_t max_receive, uint32_t max_send);

/** Closes; with `flush`, output already queued is written first (for at most a second). */
void tm_conn_close(tm_conn *c, int flush);

/** Closes at once, discarding unsent output; `closed` reports `reason`. */
void tm_conn_abort(tm_conn *c, const char *reason);

/** Nonzero while open: connected, and not closing. */
int tm_conn_is_open(const tm_conn *c);

/** Loop time (ms) when bytes last arrived, or when the connection opened. */
uint64_t tm_conn_last_read(const tm_conn *c);

/** Loop time (ms) when a frame was last queued, or when the connection opened. */
uint64_t tm_conn_last_write(const tm_conn *c);

#endif
