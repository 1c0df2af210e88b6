/*
 * test_golden: the shared test vectors of proto/testdata (docs/protocol.md, section 9).
 *
 * Every NAME.frame must decode to exactly one envelope that means what NAME.txtpb says, and
 * re-encode byte for byte. Every stream in invalid/ must be rejected with the error its
 * README names, also when cut into single bytes, without a crash or an allocation over the
 * frame limit.
 *
 *   test_golden PATH/TO/proto/testdata
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "frame.h"
#include "txtpb.h"

/* Decodes a whole stream given in chunks of `chunk` bytes (0: all at once). Returns the
 * first error (after the end of the stream) and the envelopes decoded before it. */
static tm_frame_error decode_stream(const unsigned char *data, size_t length, size_t chunk, tm_frame_limits limits,
                                    Toolmesh__V1__Envelope **envelopes, size_t capacity, size_t *count) {
    tm_frame_decoder d;
    tm_frame_decoder_init(&d, limits);
    tm_frame_error error = TM_FRAME_OK;
    *count = 0;
    for (size_t offset = 0; offset < length && error == TM_FRAME_OK;) {
        size_t n = chunk && chunk < length - offset ? chunk : length - offset;
        const uint8_t *p = data + offset;
        size_t left = n;
        for (;;) {
            Toolmesh__V1__Envelope *e;
            error = tm_frame_decoder_next(&d, &p, &left, &e);
            if (error != TM_FRAME_OK || e == NULL) {
                break;
            }
            if (*count < capacity) {
                envelopes[(*count)++] = e;
            } else {
                tm_envelope_free(e);
            }
        }
        offset += n;
    }
    if (error == TM_FRAME_OK) {
        error = tm_frame_decoder_finish(&d);
    }
    CHECK(d.body == NULL || d.body_len <= limits.max_frame_bytes, "decoder holds %u bytes over the limit",
          d.body_len);
    tm_frame_decoder_free(&d);
    return error;
}

static void free_envelopes(Toolmesh__V1__Envelope **envelopes, size_t count) {
    for (size_t i = 0; i < count; i++) {
        tm_envelope_free(envelopes[i]);
    }
}

static void check_golden(const char *dir, const char *name) {
    char path[1024];
    size_t frame_len, text_len;
    snprintf(path, sizeof path, "%s/%s.frame", dir, name);
    unsigned char *frame = read_file(path, &frame_len);
    snprintf(path, sizeof path, "%s/%s.txtpb", dir, name);
    unsigned char *text = read_file(path, &text_len);
    if (frame == NULL || text == NULL) {
        free(frame);
        free(text);
        return;
    }
    Toolmesh__V1__Envelope *e[2];
    size_t count;
    tm_frame_error error = decode_stream(frame, frame_len, 0, tm_frame_limits_for(0), e, 2, &count);
    CHECK(error == TM_FRAME_OK && count == 1, "%s.frame: decoding gave %s and %zu envelopes", name,
          tm_frame_error_name(error), count);
    if (count == 1) {
        tm_buf again = {0};
        char detail[160];
        error = tm_frame_encode(e[0], TM_DEFAULT_MAX_FRAME_BYTES, &again, detail, sizeof detail);
        CHECK(error == TM_FRAME_OK, "%s: re-encoding failed: %s", name, detail);
        CHECK(again.len == frame_len && memcmp(again.data, frame, frame_len) == 0,
              "%s: re-encoded %zu bytes differ from the %zu of %s.frame", name, again.len, frame_len, name);
        tm_buf_free(&again);

        txt_tokens expected = {0}, actual = {0};
        char message[300] = "";
        CHECK(txtpb_tokenize((const char *)text, text_len, &expected, message, sizeof message) == 0,
              "%s.txtpb: %s", name, message);
        CHECK(txtpb_render(&e[0]->base, &actual) == 0, "%s: rendering failed", name);
        CHECK(txtpb_compare(&expected, &actual, message, sizeof message) == 0, "%s: decoded frame differs from "
              "%s.txtpb: %s", name, name, message);
        txtpb_free(&expected);
        txtpb_free(&actual);
    }
    free_envelopes(e, count);
    free(frame);
    free(text);
}

/* The error each invalid stream must produce (proto/testdata/invalid/README.md). */
static const struct {
    const char *file;
    tm_frame_error error;
    int status;
} invalid_cases[] = {
    {"length_max.frame", TM_FRAME_TOO_LARGE, TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED},
    {"length_over_limit.frame", TM_FRAME_TOO_LARGE, TOOLMESH__V1__STATUS_CODE__RESOURCE_EXHAUSTED},
    {"length_zero.frame", TM_FRAME_EMPTY, TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT},
    {"garbage.frame", TM_FRAME_MALFORMED, TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT},
    {"junk_body.frame", TM_FRAME_MALFORMED, TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT},
    {"unknown_body.frame", TM_FRAME_MISSING_BODY, TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT},
    {"bad_utf8.frame", TM_FRAME_INVALID_FIELD, TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT},
    {"truncated.frame", TM_FRAME_TRUNCATED, TOOLMESH__V1__STATUS_CODE__INVALID_ARGUMENT},
};

static void check_invalid(const char *dir, const char *file) {
    size_t which = sizeof invalid_cases / sizeof invalid_cases[0];
    for (size_t i = 0; i < sizeof invalid_cases / sizeof invalid_cases[0]; i++) {
        if (strcmp(invalid_cases[i].file, file) == 0) {
            which = i;
        }
    }
    CHECK(which < sizeof invalid_cases / sizeof invalid_cases[0], "invalid/%s has no expected error here", file);
    if (which == sizeof invalid_cases / sizeof invalid_cases[0]) {
        return;
    }
    char path[1024];
    size_t length;
    snprintf(path, sizeof path, "%s/invalid/%s", dir, file);
    unsigned char *data = read_file(path, &length);
    if (data == NULL) {
        return;
    }
    for (size_t chunk = 0; chunk <= 1; chunk++) {
        Toolmesh__V1__Envelope *e[4];
        size_t count;
        tm_frame_error error = decode_stream(data, length, chunk, tm_frame_limits_for(0), e, 4, &count);
        CHECK(error == invalid_cases[which].error && count == 0, "invalid/%s (chunks of %zu): got %s and %zu "
              "envelopes, expected %s", file, chunk, tm_frame_error_name(error), count,
              tm_frame_error_name(invalid_cases[which].error));
        CHECK(tm_frame_error_status(error) == invalid_cases[which].status, "invalid/%s: status %d, expected %d",
              file, tm_frame_error_status(error), invalid_cases[which].status);
        free_envelopes(e, count);
    }
    free(data);
}

/* Every invalid case listed in the README is present, so none is silently skipped. */
static void check_readme_lists(const char *dir) {
    char path[1024];
    size_t length;
    snprintf(path, sizeof path, "%s/invalid/README.md", dir);
    unsigned char *readme = read_file(path, &length);
    if (readme == NULL) {
        return;
    }
    for (size_t i = 0; i < sizeof invalid_cases / sizeof invalid_cases[0]; i++) {
        char needle[80];
        snprintf(needle, sizeof needle, "`%s`", invalid_cases[i].file);
        CHECK(strstr((const char *)readme, needle) != NULL, "invalid/README.md does not list %s",
              invalid_cases[i].file);
    }
    free(readme);
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in `dir` ending with `suffix` (with the suffix cut off when `strip`), sorted. */
static size_t list_files(const char *dir, const char *suffix, int strip, char **names, size_t capacity) {
    DIR *d = opendir(dir);
    CHECK(d != NULL, "cannot open %s", dir);
    size_t count = 0;
    for (struct dirent *entry; d != NULL && (entry = readdir(d)) != NULL && count < capacity;) {
        size_t n = strlen(entry->d_name), s = strlen(suffix);
        if (n > s && strcmp(entry->d_name + n - s, suffix) == 0) {
            names[count] = strdup(entry->d_name);
            if (strip) {
                names[count][n - s] = '\0';
            }
            count++;
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    qsort(names, count, sizeof names[0], by_name);
    return count;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: test_golden PATH/TO/proto/testdata\n");
        return 2;
    }
    const char *dir = argv[1];
    char *names[128];
    size_t count = list_files(dir, ".txtpb", 1, names, 128);
    CHECK(count >= 14, "only %zu golden vectors in %s", count, dir);
    for (size_t i = 0; i < count; i++) {
        check_golden(dir, names[i]);
        free(names[i]);
    }
    char invalid_dir[1024];
    snprintf(invalid_dir, sizeof invalid_dir, "%s/invalid", dir);
    count = list_files(invalid_dir, ".frame", 0, names, 128);
    CHECK(count == sizeof invalid_cases / sizeof invalid_cases[0], "%zu invalid streams, expected %zu", count,
          sizeof invalid_cases / sizeof invalid_cases[0]);
    for (size_t i = 0; i < count; i++) {
        check_invalid(dir, names[i]);
        free(names[i]);
    }
    check_readme_lists(dir);
    return check_summary("test_golden");
}
