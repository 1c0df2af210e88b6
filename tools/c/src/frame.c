#include "frame.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire_check.h"

const char *tm_frame_error_name(tm_frame_error error) {
    switch (error) {
    case TM_FRAME_OK: return "ok";
    case TM_FRAME_TOO_LARGE: return "frameTooLarge";
    case TM_FRAME_EMPTY: return "emptyFrame";
    case TM_FRAME_MALFORMED: return "malformedEnvelope";
    case TM_FRAME_MISSING_BODY: return "missingBody";
    case TM_FRAME_INVALID_FIELD: return "invalidField";
    case TM_FRAME_DECODED_SIZE_EXCEEDED: return "decodedSizeExceeded";
    case TM_FRAME_TRUNCATED: return "truncated";
    case TM_FRAME_UNENCODABLE: return "unencodableString";
    case TM_FRAME_NO_MEMORY: return "noMemory";
    }
    return "unknown";
}

int tm_frame_error_status(tm_frame_error error) {
    switch (error) {
    case TM_FRAME_OK: return TOOLMESH__V1__STATUS_CODE__OK;
    case TM_FRAME_TOO_LARGE:
    case TM_FRAME_DECODED_SIZE_EXCEEDED:
    case TM_FRAME_NO_MEMORY: return TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED;
    default: return TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT;
    }
}

tm_frame_limits tm_frame_limits_for(uint32_t max_frame_bytes) {
    tm_frame_limits limits;
    limits.max_frame_bytes = max_frame_bytes ? max_frame_bytes : TM_DEFAULT_MAX_FRAME_BYTES;
    limits.max_decoded_bytes = (size_t)limits.max_frame_bytes * 4 + (64u << 10);
    return limits;
}

static void describe(char *detail, size_t size, const char *format, ...) {
    if (detail == NULL || size == 0) {
        return;
    }
    va_list args;
    va_start(args, format);
    vsnprintf(detail, size, format, args);
    va_end(args);
}

/* ---- Decoding --------------------------------------------------------------------------- */

/* The running total of one decode's allocations (see tm_frame_limits.max_decoded_bytes). */
typedef struct decode_budget {
    size_t remaining;
    int exceeded;
} decode_budget;

static void *budget_alloc(void *context, size_t size) {
    decode_budget *budget = context;
    if (size > budget->remaining) {
        budget->exceeded = 1;
        return NULL;
    }
    budget->remaining -= size;
    return malloc(size ? size : 1);
}

static void budget_free(void *context, void *pointer) {
    (void)context;
    free(pointer);
}

/* The message a set oneof case points at; NULL when no known case is set. */
static const void *envelope_body(const Toolmesh__V1__Envelope *e) {
    switch (e->body_case) {
    case TOOLMESH__V1__ENVELOPE__BODY_HELLO: return e->hello;
    case TOOLMESH__V1__ENVELOPE__BODY_WELCOME: return e->welcome;
    case TOOLMESH__V1__ENVELOPE__BODY_REGISTER: return e->register_;
    case TOOLMESH__V1__ENVELOPE__BODY_REGISTER_ACK: return e->register_ack;
    case TOOLMESH__V1__ENVELOPE__BODY_CALL: return e->call;
    case TOOLMESH__V1__ENVELOPE__BODY_RESULT: return e->result;
    case TOOLMESH__V1__ENVELOPE__BODY_CANCEL: return e->cancel;
    case TOOLMESH__V1__ENVELOPE__BODY_PING: return e->ping;
    case TOOLMESH__V1__ENVELOPE__BODY_PONG: return e->pong;
    case TOOLMESH__V1__ENVELOPE__BODY_DRAIN: return e->drain;
    case TOOLMESH__V1__ENVELOPE__BODY_LIST_TOOLS_REQUEST: return e->list_tools_request;
    case TOOLMESH__V1__ENVELOPE__BODY_LIST_TOOLS_RESPONSE: return e->list_tools_response;
    case TOOLMESH__V1__ENVELOPE__BODY_PROTOCOL_ERROR: return e->protocol_error;
    default: return NULL;
    }
}

tm_frame_error tm_envelope_decode(const uint8_t *body, size_t length, size_t max_decoded_bytes,
                                  Toolmesh__V1__Envelope **envelope, char *detail, size_t detail_size) {
    *envelope = NULL;
    decode_budget budget = {max_decoded_bytes, 0};
    ProtobufCAllocator allocator = {budget_alloc, budget_free, &budget};
    Toolmesh__V1__Envelope *e = toolmesh__v1__envelope__unpack(&allocator, length, body);
    if (e == NULL) {
        if (budget.exceeded) {
            describe(detail, detail_size, "decoding the frame would allocate more than %zu bytes", max_decoded_bytes);
            return TM_FRAME_DECODED_SIZE_EXCEEDED;
        }
        describe(detail, detail_size, "frame body of %zu bytes is not a valid toolmesh.v1.Envelope", length);
        return TM_FRAME_MALFORMED;
    }
    if (envelope_body(e) == NULL) {
        tm_envelope_free(e);
        describe(detail, detail_size, "envelope holds no known message (body unset or of a newer protocol version)");
        return TM_FRAME_MISSING_BODY;
    }
    char field[96];
    if (tm_message_check_strings(&e->base, field, sizeof field) != 0) {
        tm_envelope_free(e);
        describe(detail, detail_size, "invalid field %s: not valid UTF-8", field);
        return TM_FRAME_INVALID_FIELD;
    }
    *envelope = e;
    return TM_FRAME_OK;
}

void tm_envelope_free(Toolmesh__V1__Envelope *envelope) {
    if (envelope != NULL) {
        /* budget_alloc used malloc, so protobuf-c's default allocator (free) releases it. */
        toolmesh__v1__envelope__free_unpacked(envelope, NULL);
    }
}

void tm_frame_decoder_init(tm_frame_decoder *d, tm_frame_limits limits) {
    memset(d, 0, sizeof *d);
    d->limits = limits;
}

void tm_frame_decoder_free(tm_frame_decoder *d) {
    free(d->body);
    d->body = NULL;
}

static tm_frame_error decoder_fail(tm_frame_decoder *d, tm_frame_error error) {
    d->error = error;
    tm_frame_decoder_free(d);
    return error;
}

/* Reads the length prefix; returns 1 once it is complete and acceptable, 0 for more input. */
static int take_prefix(tm_frame_decoder *d, const uint8_t **data, size_t *length) {
    size_t take = 4 - d->prefix_len;
    take = take < *length ? take : *length;
    memcpy(d->prefix + d->prefix_len, *data, take);
    d->prefix_len += (uint32_t)take;
    *data += take;
    *length -= take;
    if (d->prefix_len < 4) {
        return 0;
    }
    d->body_len = (uint32_t)d->prefix[0] << 24 | (uint32_t)d->prefix[1] << 16 | (uint32_t)d->prefix[2] << 8 |
                  (uint32_t)d->prefix[3];
    d->body_have = 0;
    if (d->body_len == 0) {
        describe(d->detail, sizeof d->detail, "empty frame (length prefix 0)");
        d->error = TM_FRAME_EMPTY;
    } else if (d->body_len > d->limits.max_frame_bytes) {
        describe(d->detail, sizeof d->detail, "frame of %u bytes exceeds the limit of %u bytes", d->body_len,
                 d->limits.max_frame_bytes);
        d->error = TM_FRAME_TOO_LARGE;
    }
    return 1;
}

static tm_frame_error finish_frame(tm_frame_decoder *d, const uint8_t *body, Toolmesh__V1__Envelope **envelope) {
    tm_frame_error error =
        tm_envelope_decode(body, d->body_len, d->limits.max_decoded_bytes, envelope, d->detail, sizeof d->detail);
    tm_frame_decoder_free(d);
    d->prefix_len = 0;
    d->body_len = 0;
    d->body_have = 0;
    return error == TM_FRAME_OK ? TM_FRAME_OK : decoder_fail(d, error);
}

tm_frame_error tm_frame_decoder_next(tm_frame_decoder *d, const uint8_t **data, size_t *length,
                                     Toolmesh__V1__Envelope **envelope) {
    *envelope = NULL;
    if (d->error != TM_FRAME_OK) {
        return d->error;
    }
    if (d->prefix_len < 4) {
        if (!take_prefix(d, data, length)) {
            return TM_FRAME_OK;
        }
        if (d->error != TM_FRAME_OK) {
            return decoder_fail(d, d->error);
        }
    }
    if (d->body_have == 0 && *length >= d->body_len) {
        /* The whole body is in this input: decode it in place, without copying. */
        const uint8_t *body = *data;
        *data += d->body_len;
        *length -= d->body_len;
        return finish_frame(d, body, envelope);
    }
    if (d->body == NULL && (d->body = malloc(d->body_len)) == NULL) {
        describe(d->detail, sizeof d->detail, "no memory for a frame of %u bytes", d->body_len);
        return decoder_fail(d, TM_FRAME_NO_MEMORY);
    }
    size_t take = d->body_len - d->body_have;
    take = take < *length ? take : *length;
    memcpy(d->body + d->body_have, *data, take);
    d->body_have += (uint32_t)take;
    *data += take;
    *length -= take;
    if (d->body_have < d->body_len) {
        return TM_FRAME_OK;
    }
    return finish_frame(d, d->body, envelope);
}

tm_frame_error tm_frame_decoder_finish(tm_frame_decoder *d) {
    if (d->error != TM_FRAME_OK) {
        return d->error;
    }
    if (d->prefix_len == 0) {
        return TM_FRAME_OK;
    }
    if (d->prefix_len < 4) {
        describe(d->detail, sizeof d->detail, "stream ended inside a length prefix: %u of 4 bytes received",
                 d->prefix_len);
    } else {
        describe(d->detail, sizeof d->detail, "stream ended inside a frame: %u of %u bytes received",
                 4 + d->body_have, 4 + d->body_len);
    }
    return decoder_fail(d, TM_FRAME_TRUNCATED);
}

/* ---- Encoding --------------------------------------------------------------------------- */

tm_frame_error tm_frame_encode(const Toolmesh__V1__Envelope *envelope, uint32_t max_frame_bytes, tm_buf *out,
                               char *detail, size_t detail_size) {
    char field[96];
    if (tm_message_check_strings(&envelope->base, field, sizeof field) != 0) {
        describe(detail, detail_size, "string field %s is not valid UTF-8", field);
        return TM_FRAME_UNENCODABLE;
    }
    size_t length = toolmesh__v1__envelope__get_packed_size(envelope);
    if (length > max_frame_bytes) {
        describe(detail, detail_size, "frame of %zu bytes exceeds the limit of %u bytes", length, max_frame_bytes);
        return TM_FRAME_TOO_LARGE;
    }
    if (tm_buf_reserve(out, 4 + length) != 0) {
        describe(detail, detail_size, "no memory for a frame of %zu bytes", length);
        return TM_FRAME_NO_MEMORY;
    }
    uint8_t *p = out->data + out->len;
    p[0] = (uint8_t)(length >> 24);
    p[1] = (uint8_t)(length >> 16);
    p[2] = (uint8_t)(length >> 8);
    p[3] = (uint8_t)length;
    toolmesh__v1__envelope__pack(envelope, p + 4);
    out->len += 4 + length;
    return TM_FRAME_OK;
}
