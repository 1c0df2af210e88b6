/* wire_check.h: what protobuf-c does not check about a message (internal). */
#ifndef TM_WIRE_CHECK_H
#define TM_WIRE_CHECK_H

#include <protobuf-c/protobuf-c.h>
#include <stddef.h>
#include <stdint.h>

/** Nonzero when bytes[0..n) is well-formed UTF-8 (no overlongs, surrogates or values over U+10FFFF). */
int tm_utf8_valid(const uint8_t *bytes, size_t n);

/**
 * Checks every string field of `message` and of the messages it holds, following the
 * descriptors: each must be valid UTF-8, and repeated fields must not hold NULL elements.
 * Returns 0 when all is well; otherwise -1, with "Message.field" written to `field`.
 */
int tm_message_check_strings(const ProtobufCMessage *message, char *field, size_t field_size);

/**
 * Copies `text` into `out` (of `size` > 0 bytes, NUL-terminated, cut at a character
 * boundary) with every ill-formed UTF-8 sequence replaced by U+FFFD.
 */
void tm_utf8_sanitize(const char *text, char *out, size_t size);

#endif
