/*
 * test_framing: the frame decoder and encoder under every way bytes can arrive.
 *
 * The golden frames, concatenated into one stream, are fed split at every byte boundary,
 * one byte at a time and in pseudo-random chunks; each way must give the same envelopes,
 * which re-encode to the same stream. Then the limits: frame size at and over the limit,
 * the decode budget, the first error staying final, and the encoder's refusals.
 *
 *   test_framing PATH/TO/proto/testdata
 */
#include <dirent.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "frame.h"

#define MAX_FRAMES 64

typedef struct result {
    tm_frame_error error;
    size_t count;
    tm_buf reencoded; /* the envelopes decoded, encoded again */
} result;

/* Feeds `pieces` consecutive parts of the stream (ends[i] is where part i stops). */
static result feed(const uint8_t *data, const size_t *ends, size_t pieces, tm_frame_limits limits) {
    result r = {TM_FRAME_OK, 0, {0}};
    tm_frame_decoder d;
    tm_frame_decoder_init(&d, limits);
    size_t start = 0;
    for (size_t i = 0; i < pieces && r.error == TM_FRAME_OK; i++) {
        const uint8_t *p = data + start;
        size_t left = ends[i] - start;
        start = ends[i];
        for (;;) {
            Toolmesh__V1__Envelope *e;
            r.error = tm_frame_decoder_next(&d, &p, &left, &e);
            if (r.error != TM_FRAME_OK || e == NULL) {
                break;
            }
            r.count++;
            tm_frame_encode(e, TM_DEFAULT_MAX_FRAME_BYTES, &r.reencoded, NULL, 0);
            tm_envelope_free(e);
        }
        CHECK(r.error != TM_FRAME_OK || left == 0, "the decoder left %zu bytes of its input unread", left);
    }
    if (r.error == TM_FRAME_OK) {
        r.error = tm_frame_decoder_finish(&d);
    }
    tm_frame_decoder_free(&d);
    return r;
}

static void expect_stream(const char *how, result r, const tm_buf *stream, size_t frames) {
    CHECK(r.error == TM_FRAME_OK, "%s: %s", how, tm_frame_error_name(r.error));
    CHECK(r.count == frames, "%s: %zu envelopes, expected %zu", how, r.count, frames);
    CHECK(r.reencoded.len == stream->len && memcmp(r.reencoded.data, stream->data, stream->len) == 0,
          "%s: re-encoded stream differs", how);
    tm_buf_free(&r.reencoded);
}

/* All golden frames of `dir`, in one stream. */
static size_t load_stream(const char *dir, tm_buf *stream) {
    DIR *d = opendir(dir);
    CHECK(d != NULL, "cannot open %s", dir);
    size_t frames = 0;
    for (struct dirent *entry; d != NULL && (entry = readdir(d)) != NULL;) {
        size_t n = strlen(entry->d_name);
        if (n > 6 && strcmp(entry->d_name + n - 6, ".frame") == 0) {
            char path[1024];
            size_t length;
            snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
            unsigned char *frame = read_file(path, &length);
            if (frame != NULL) {
                tm_buf_append(stream, frame, length);
                frames++;
            }
            free(frame);
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    return frames;
}

static void split_everywhere(const tm_buf *stream, size_t frames) {
    for (size_t k = 0; k <= stream->len; k++) {
        size_t ends[2] = {k, stream->len};
        char how[64];
        snprintf(how, sizeof how, "split at byte %zu", k);
        expect_stream(how, feed(stream->data, ends, 2, tm_frame_limits_for(0)), stream, frames);
    }
}

static void one_byte_at_a_time(const tm_buf *stream, size_t frames) {
    size_t *ends = malloc(stream->len * sizeof *ends);
    for (size_t i = 0; i < stream->len; i++) {
        ends[i] = i + 1;
    }
    expect_stream("one byte at a time", feed(stream->data, ends, stream->len, tm_frame_limits_for(0)), stream, frames);
    free(ends);
}

static void random_chunks(const tm_buf *stream, size_t frames) {
    uint64_t state = 0x9E3779B97F4A7C15u;
    size_t *ends = malloc(stream->len * sizeof *ends);
    for (int round = 0; round < 200; round++) {
        size_t pieces = 0, at = 0;
        while (at < stream->len) {
            state = state * 6364136223846793005u + 1442695040888963407u;
            at += 1 + (size_t)(state >> 33) % 40;
            ends[pieces++] = at < stream->len ? at : stream->len;
        }
        expect_stream("random chunks", feed(stream->data, ends, pieces, tm_frame_limits_for(0)), stream, frames);
    }
    free(ends);
}

/* Frames at and one over the size limit, and the limit checked on the prefix alone. */
static void frame_limits(void) {
    static const uint8_t ping[] = {0, 0, 0, 4, 0x42, 0x02, 0x08, 0x01};
    size_t all[1] = {sizeof ping};
    result r = feed(ping, all, 1, tm_frame_limits_for(4));
    CHECK(r.error == TM_FRAME_OK && r.count == 1, "a frame at the limit must pass: %s", tm_frame_error_name(r.error));
    tm_buf_free(&r.reencoded);
    r = feed(ping, all, 1, tm_frame_limits_for(3));
    CHECK(r.error == TM_FRAME_TOO_LARGE && r.count == 0, "a frame one over the limit: %s",
          tm_frame_error_name(r.error));
    tm_buf_free(&r.reencoded);

    /* The limit is checked on the prefix alone: nothing of the body is needed. */
    tm_frame_decoder d;
    tm_frame_decoder_init(&d, tm_frame_limits_for(0));
    static const uint8_t huge[] = {0x01, 0x00, 0x00, 0x01};
    const uint8_t *p = huge;
    size_t left = 3;
    Toolmesh__V1__Envelope *e;
    CHECK(tm_frame_decoder_next(&d, &p, &left, &e) == TM_FRAME_OK && e == NULL, "3 prefix bytes need more input");
    left = 1;
    CHECK(tm_frame_decoder_next(&d, &p, &left, &e) == TM_FRAME_TOO_LARGE, "the 4th prefix byte must fail at once");
    CHECK(d.body == NULL, "no body may be buffered for a refused frame");
    CHECK(strstr(d.detail, "16777217") != NULL, "detail names the length: %s", d.detail);
    p = ping;
    left = sizeof ping;
    CHECK(tm_frame_decoder_next(&d, &p, &left, &e) == TM_FRAME_TOO_LARGE && e == NULL,
          "the first error is final, even for good input after it");
    tm_frame_decoder_free(&d);
}

/* protobuf-c expands each 2-byte empty MetadataEntry to a pointer and a struct. */
static void decode_budget(void) {
    enum { ENTRIES = 20000 };
    tm_buf stream = {0};
    uint8_t prefix[4], call_header[8];
    size_t call_len = 2 * ENTRIES; /* each entry: tag 0x2a, length 0 */
    size_t body_len = 1 + 3 + call_len; /* envelope tag, 3-byte varint length, call */
    prefix[0] = (uint8_t)(body_len >> 24);
    prefix[1] = (uint8_t)(body_len >> 16);
    prefix[2] = (uint8_t)(body_len >> 8);
    prefix[3] = (uint8_t)body_len;
    call_header[0] = 0x2a; /* Envelope.call = 5, length-delimited */
    call_header[1] = (uint8_t)(0x80 | (call_len & 0x7f));
    call_header[2] = (uint8_t)(0x80 | ((call_len >> 7) & 0x7f));
    call_header[3] = (uint8_t)(call_len >> 14);
    tm_buf_append(&stream, prefix, 4);
    tm_buf_append(&stream, call_header, 4);
    for (int i = 0; i < ENTRIES; i++) {
        tm_buf_append(&stream, "\x2a\x00", 2); /* Call.metadata = 5, empty */
    }
    size_t all[1] = {stream.len};
    result r = feed(stream.data, all, 1, tm_frame_limits_for(0));
    CHECK(r.error == TM_FRAME_OK && r.count == 1, "20000 metadata entries fit the default budget: %s",
          tm_frame_error_name(r.error));
    tm_buf_free(&r.reencoded);
    tm_frame_limits tight = tm_frame_limits_for(0);
    tight.max_decoded_bytes = 100000;
    r = feed(stream.data, all, 1, tight);
    CHECK(r.error == TM_FRAME_DECODED_SIZE_EXCEEDED, "a 40 KB frame expanding past 100 KB: %s",
          tm_frame_error_name(r.error));
    CHECK(tm_frame_error_status(r.error) == TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED, "budget status");
    tm_buf_free(&r.reencoded);
    tm_buf_free(&stream);
}

static void encoder_refusals(void) {
    Toolmesh__V1__Cancel cancel = TOOLMESH__V1__CANCEL__INIT;
    cancel.call_id = 1;
    cancel.reason = "\xff";
    Toolmesh__V1__Envelope e = TOOLMESH__V1__ENVELOPE__INIT;
    e.body_case = TOOLMESH__V1__ENVELOPE__BODY_CANCEL;
    e.cancel = &cancel;
    tm_buf out = {0};
    tm_buf_append(&out, "xyz", 3);
    char detail[160] = "";
    CHECK(tm_frame_encode(&e, 1024, &out, detail, sizeof detail) == TM_FRAME_UNENCODABLE && out.len == 3,
          "a string that is not UTF-8 is refused and nothing written");
    CHECK(strstr(detail, "Cancel.reason") != NULL, "the refusal names the field: %s", detail);
    cancel.reason = "caf\xc3\xa9 is fine";
    CHECK(tm_frame_encode(&e, 8, &out, detail, sizeof detail) == TM_FRAME_TOO_LARGE && out.len == 3,
          "over the limit is refused and nothing written");
    CHECK(tm_frame_encode(&e, 1024, &out, detail, sizeof detail) == TM_FRAME_OK && out.len == 3 + 4 + 19,
          "a valid frame is appended (%zu bytes)", out.len);
    CHECK(memcmp(out.data, "xyz\x00\x00\x00\x13\x3a\x11\x08\x01\x12\x0d", 13) == 0, "prefix and tags");
    tm_buf_free(&out);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: test_framing PATH/TO/proto/testdata\n");
        return 2;
    }
    tm_buf stream = {0};
    size_t frames = load_stream(argv[1], &stream);
    CHECK(frames >= 14, "only %zu golden frames", frames);
    split_everywhere(&stream, frames);
    one_byte_at_a_time(&stream, frames);
    random_chunks(&stream, frames);
    tm_buf_free(&stream);
    frame_limits();
    decode_budget();
    encoder_refusals();
    return check_summary("test_framing");
}
