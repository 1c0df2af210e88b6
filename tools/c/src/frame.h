/*
 * frame.h: the ToolMesh framing (docs/protocol.md, section 2), internal.
 *
 * A frame is a 4-byte big-endian body length N (1 <= N <= the frame limit), then N bytes
 * holding one protobuf-encoded toolmesh.v1.Envelope.
 */
#ifndef TM_FRAME_H
#define TM_FRAME_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "toolmesh/v1/mesh.pb-c.h"

/** The default largest frame body: 16 MiB. */
#define TM_DEFAULT_MAX_FRAME_BYTES (16u << 20)

/** Why bytes could not become an Envelope, or an Envelope a frame (Swift's FrameError). */
typedef enum tm_frame_error {
    TM_FRAME_OK = 0,
    TM_FRAME_TOO_LARGE,             /* frameTooLarge: prefix (or encoding) over the limit */
    TM_FRAME_EMPTY,                 /* emptyFrame: length prefix 0 */
    TM_FRAME_MALFORMED,             /* malformedEnvelope: not a valid protobuf Envelope */
    TM_FRAME_MISSING_BODY,          /* missingBody: no known message set */
    TM_FRAME_INVALID_FIELD,         /* invalidField: e.g. a string that is not UTF-8 */
    TM_FRAME_DECODED_SIZE_EXCEEDED, /* decodedSizeExceeded: over the decode budget */
    TM_FRAME_TRUNCATED,             /* truncated: the stream ended inside a frame */
    TM_FRAME_UNENCODABLE,           /* unencodableString: a string to send is not UTF-8 */
    TM_FRAME_NO_MEMORY              /* malloc failed (local; reported like a size limit) */
} tm_frame_error;

/** The camelCase name of the error, as the Swift FrameError case ("frameTooLarge"). */
const char *tm_frame_error_name(tm_frame_error error);

/** The status code for the ProtocolError sent before closing (RESOURCE_EXHAUSTED or INVALID_ARGUMENT). */
int tm_frame_error_status(tm_frame_error error);

/** Size limits of one direction of a connection. */
typedef struct tm_frame_limits {
    /** The largest frame body accepted or produced. */
    uint32_t max_frame_bytes;
    /** The most memory decoding one frame may allocate (protobuf-c expands small submessages). */
    size_t max_decoded_bytes;
} tm_frame_limits;

/** Limits for `max_frame_bytes` (0: the default) with a decode budget of 4x that plus 64 KiB. */
tm_frame_limits tm_frame_limits_for(uint32_t max_frame_bytes);

/**
 * Turns a byte stream into envelopes, whatever the boundaries the bytes arrive in. Holds at
 * most one partial frame body, allocated once its prefix is in and checked against the
 * limit. The first error is final: framing cannot resynchronize.
 */
typedef struct tm_frame_decoder {
    tm_frame_limits limits;
    uint8_t prefix[4];
    uint32_t prefix_len;
    uint32_t body_len;
    uint32_t body_have;
    uint8_t *body;
    tm_frame_error error;
    /** What went wrong, in words (Swift's FrameError description). */
    char detail[160];
} tm_frame_decoder;

void tm_frame_decoder_init(tm_frame_decoder *d, tm_frame_limits limits);

/**
 * Consumes input from *data (advancing it and decreasing *length) until one envelope is
 * complete. Returns TM_FRAME_OK with *envelope set (free it with tm_envelope_free; call
 * again for the rest of the input), or TM_FRAME_OK with *envelope NULL once all input is
 * consumed without completing a frame, or the (sticky) error.
 */
tm_frame_error tm_frame_decoder_next(tm_frame_decoder *d, const uint8_t **data, size_t *length,
                                     Toolmesh__V1__Envelope **envelope);

/** Declares the end of the stream: TM_FRAME_TRUNCATED if a frame was cut off. */
tm_frame_error tm_frame_decoder_finish(tm_frame_decoder *d);

/** Releases the partial frame, if any. */
void tm_frame_decoder_free(tm_frame_decoder *d);

/**
 * Decodes one frame body with at most `max_decoded_bytes` of allocations, and checks what
 * protobuf-c does not (a known body is set, strings are UTF-8). On error writes a
 * description to `detail` (may be NULL).
 */
tm_frame_error tm_envelope_decode(const uint8_t *body, size_t length, size_t max_decoded_bytes,
                                  Toolmesh__V1__Envelope **envelope, char *detail, size_t detail_size);

/** Frees a decoded envelope. */
void tm_envelope_free(Toolmesh__V1__Envelope *envelope);

/**
 * Appends one frame holding `envelope` to `out`, packing straight into it. Fails, leaving
 * `out` as it was, with TM_FRAME_TOO_LARGE over `max_frame_bytes`, TM_FRAME_UNENCODABLE for
 * a string that is not UTF-8, TM_FRAME_NO_MEMORY.
 */
tm_frame_error tm_frame_encode(const Toolmesh__V1__Envelope *envelope, uint32_t max_frame_bytes, tm_buf *out,
                               char *detail, size_t detail_size);

#endif
