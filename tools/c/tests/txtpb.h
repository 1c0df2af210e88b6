/*
 * txtpb.h: compares a decoded message with its protobuf text format (tests only).
 *
 * Both sides become token lists: field names and scalar words, strings (unescaped bytes),
 * '{' and '}'; colons, whitespace and comments are dropped. A message is rendered by walking
 * its protobuf-c descriptor in field-number order, skipping fields that hold their default
 * value (proto3), so a .txtpb written the same way compares equal token by token.
 */
#ifndef TM_TXTPB_H
#define TM_TXTPB_H

#include <protobuf-c/protobuf-c.h>
#include <stddef.h>

typedef struct txt_token {
    char kind; /* 'w' word, 's' string, '{' or '}' */
    size_t length;
    char *text;
} txt_token;

typedef struct txt_tokens {
    txt_token *items;
    size_t count;
    size_t capacity;
} txt_tokens;

/** Tokenizes protobuf text format; 0, or -1 with `error` set. */
int txtpb_tokenize(const char *text, size_t length, txt_tokens *out, char *error, size_t error_size);

/** Renders `message` as tokens; 0 or -1 (out of memory). */
int txtpb_render(const ProtobufCMessage *message, txt_tokens *out);

/** 0 when equal; otherwise -1 with the first difference described in `diff`. */
int txtpb_compare(const txt_tokens *expected, const txt_tokens *actual, char *diff, size_t diff_size);

void txtpb_free(txt_tokens *tokens);

#endif
