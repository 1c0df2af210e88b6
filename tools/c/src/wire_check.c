#include "wire_check.h"

#include <stdio.h>
#include <string.h>

/* The length of the well-formed UTF-8 sequence at s[0..n), or 0 if it is ill-formed. */
static size_t utf8_sequence(const uint8_t *s, size_t n) {
    uint8_t c = s[0];
    if (c < 0x80) {
        return 1;
    }
    size_t len;
    uint8_t lo = 0x80, hi = 0xBF; /* bounds of the second byte (RFC 3629, section 4) */
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* excludes the surrogates U+D800..U+DFFF */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        return 0;
    }
    if (n < len || s[1] < lo || s[1] > hi) {
        return 0;
    }
    for (size_t i = 2; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    return len;
}

int tm_utf8_valid(const uint8_t *bytes, size_t n) {
    size_t i = 0;
    while (i < n) {
        size_t len = utf8_sequence(bytes + i, n - i);
        if (len == 0) {
            return 0;
        }
        i += len;
    }
    return 1;
}

void tm_utf8_sanitize(const char *text, char *out, size_t size) {
    const uint8_t *s = (const uint8_t *)text;
    size_t n = strlen(text), i = 0, o = 0;
    while (i < n) {
        size_t len = utf8_sequence(s + i, n - i);
        const char *piece = len ? text + i : "\xEF\xBF\xBD";
        size_t piece_len = len ? len : 3;
        if (o + piece_len >= size) {
            break;
        }
        memcpy(out + o, piece, piece_len);
        o += piece_len;
        i += len ? len : 1;
    }
    out[o] = '\0';
}

static int field_failed(const ProtobufCMessageDescriptor *d, const ProtobufCFieldDescriptor *f, char *out,
                        size_t size) {
    snprintf(out, size, "%s.%s", d->short_name, f->name);
    return -1;
}

static int check_string(const char *s) {
    return s == NULL || tm_utf8_valid((const uint8_t *)s, strlen(s));
}

static int check_field(const ProtobufCMessage *m, const ProtobufCFieldDescriptor *f, char *out, size_t size) {
    const char *base = (const char *)m;
    const void *member = base + f->offset;
    if (f->label == PROTOBUF_C_LABEL_REPEATED) {
        size_t count = *(const size_t *)(base + f->quantifier_offset);
        void *const *items = *(void *const *const *)member;
        if (f->type != PROTOBUF_C_TYPE_STRING && f->type != PROTOBUF_C_TYPE_MESSAGE) {
            return 0;
        }
        if (count > 0 && items == NULL) {
            return field_failed(m->descriptor, f, out, size);
        }
        for (size_t i = 0; i < count; i++) {
            if (items[i] == NULL) {
                return field_failed(m->descriptor, f, out, size);
            }
            if (f->type == PROTOBUF_C_TYPE_STRING && !check_string(items[i])) {
                return field_failed(m->descriptor, f, out, size);
            }
            if (f->type == PROTOBUF_C_TYPE_MESSAGE && tm_message_check_strings(items[i], out, size) != 0) {
                return -1;
            }
        }
        return 0;
    }
    if (f->type == PROTOBUF_C_TYPE_STRING && !check_string(*(const char *const *)member)) {
        return field_failed(m->descriptor, f, out, size);
    }
    if (f->type == PROTOBUF_C_TYPE_MESSAGE) {
        const ProtobufCMessage *sub = *(const ProtobufCMessage *const *)member;
        if (sub != NULL && tm_message_check_strings(sub, out, size) != 0) {
            return -1;
        }
    }
    return 0;
}

int tm_message_check_strings(const ProtobufCMessage *message, char *field, size_t field_size) {
    const ProtobufCMessageDescriptor *d = message->descriptor;
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
            /* Only the member the oneof's case names holds a value. */
            uint32_t which = *(const uint32_t *)((const char *)message + f->quantifier_offset);
            if (which != f->id) {
                continue;
            }
        }
        if (check_field(message, f, field, field_size) != 0) {
            return -1;
        }
    }
    return 0;
}
