#include "txtpb.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int push(txt_tokens *t, char kind, const char *text, size_t length) {
    if (t->count == t->capacity) {
        size_t capacity = t->capacity ? t->capacity * 2 : 64;
        txt_token *items = realloc(t->items, capacity * sizeof *items);
        if (items == NULL) {
            return -1;
        }
        t->items = items;
        t->capacity = capacity;
    }
    char *copy = malloc(length + 1);
    if (copy == NULL) {
        return -1;
    }
    memcpy(copy, text, length);
    copy[length] = '\0';
    t->items[t->count++] = (txt_token){kind, length, copy};
    return 0;
}

void txtpb_free(txt_tokens *tokens) {
    for (size_t i = 0; i < tokens->count; i++) {
        free(tokens->items[i].text);
    }
    free(tokens->items);
    memset(tokens, 0, sizeof *tokens);
}

/* ---- Text format ---------------------------------------------------------------------- */

static int is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-' || c == '+';
}

/* A quoted string starting at text[*i]; appends its unescaped bytes to `out`. */
static int read_string(const char *text, size_t length, size_t *i, char *out, size_t *out_len) {
    char quote = text[(*i)++];
    while (*i < length && text[*i] != quote) {
        char c = text[(*i)++];
        if (c != '\\') {
            out[(*out_len)++] = c;
            continue;
        }
        if (*i >= length) {
            return -1;
        }
        char e = text[(*i)++];
        const char *simple = strchr("n\nt\tr\r\\\\\"\"''", e);
        if (e >= '0' && e <= '7') {
            unsigned value = (unsigned)(e - '0');
            for (int k = 0; k < 2 && *i < length && text[*i] >= '0' && text[*i] <= '7'; k++) {
                value = value * 8 + (unsigned)(text[(*i)++] - '0');
            }
            out[(*out_len)++] = (char)value;
        } else if (e == 'x') {
            unsigned value = 0;
            int digits = 0;
            while (digits < 2 && *i < length && strchr("0123456789abcdefABCDEF", text[*i]) && text[*i]) {
                char h = text[(*i)++];
                value = value * 16 + (unsigned)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                digits++;
            }
            if (digits == 0) {
                return -1;
            }
            out[(*out_len)++] = (char)value;
        } else if (simple != NULL && e != '\0' && (simple - "n\nt\tr\r\\\\\"\"''") % 2 == 0) {
            out[(*out_len)++] = simple[1];
        } else {
            return -1;
        }
    }
    if (*i >= length) {
        return -1;
    }
    (*i)++;
    return 0;
}

int txtpb_tokenize(const char *text, size_t length, txt_tokens *out, char *error, size_t error_size) {
    char *scratch = malloc(length + 1);
    size_t i = 0;
    int rc = scratch ? 0 : -1;
    while (rc == 0 && i < length) {
        char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
            i++;
        } else if (c == '#') {
            while (i < length && text[i] != '\n') {
                i++;
            }
        } else if (c == '{' || c == '}') {
            rc = push(out, c, &text[i], 1);
            i++;
        } else if (c == '"' || c == '\'') {
            size_t n = 0;
            rc = read_string(text, length, &i, scratch, &n);
            if (rc == 0 && out->count > 0 && out->items[out->count - 1].kind == 's') {
                /* Adjacent strings concatenate, as in C. */
                txt_token *last = &out->items[--out->count];
                char *joined = malloc(last->length + n + 1);
                rc = joined ? 0 : -1;
                if (joined) {
                    memcpy(joined, last->text, last->length);
                    memcpy(joined + last->length, scratch, n);
                    rc = push(out, 's', joined, last->length + n);
                    free(joined);
                }
                free(last->text);
            } else if (rc == 0) {
                rc = push(out, 's', scratch, n);
            }
            if (rc != 0) {
                snprintf(error, error_size, "bad string near offset %zu", i);
            }
        } else if (is_word_char(c)) {
            size_t start = i;
            while (i < length && is_word_char(text[i])) {
                i++;
            }
            rc = push(out, 'w', &text[start], i - start);
        } else {
            snprintf(error, error_size, "unexpected '%c' at offset %zu", c, i);
            rc = -1;
        }
    }
    free(scratch);
    return rc;
}

/* ---- Rendering a message -------------------------------------------------------------- */

static int render_scalar(const ProtobufCFieldDescriptor *f, const void *value, txt_tokens *out) {
    char word[32];
    switch (f->type) {
    case PROTOBUF_C_TYPE_UINT32:
        snprintf(word, sizeof word, "%" PRIu32, *(const uint32_t *)value);
        break;
    case PROTOBUF_C_TYPE_UINT64:
        snprintf(word, sizeof word, "%" PRIu64, *(const uint64_t *)value);
        break;
    case PROTOBUF_C_TYPE_INT32:
        snprintf(word, sizeof word, "%" PRId32, *(const int32_t *)value);
        break;
    case PROTOBUF_C_TYPE_INT64:
        snprintf(word, sizeof word, "%" PRId64, *(const int64_t *)value);
        break;
    case PROTOBUF_C_TYPE_BOOL:
        snprintf(word, sizeof word, "%s", *(const protobuf_c_boolean *)value ? "true" : "false");
        break;
    case PROTOBUF_C_TYPE_ENUM: {
        int number = *(const int *)value;
        const ProtobufCEnumValue *v = protobuf_c_enum_descriptor_get_value(f->descriptor, number);
        if (v != NULL) {
            return push(out, 'w', v->name, strlen(v->name));
        }
        snprintf(word, sizeof word, "%d", number);
        break;
    }
    case PROTOBUF_C_TYPE_STRING: {
        const char *s = *(const char *const *)value;
        return push(out, 's', s, strlen(s));
    }
    case PROTOBUF_C_TYPE_BYTES: {
        const ProtobufCBinaryData *b = value;
        return push(out, 's', (const char *)b->data, b->len);
    }
    case PROTOBUF_C_TYPE_MESSAGE:
        return push(out, '{', "{", 1) || txtpb_render(*(const ProtobufCMessage *const *)value, out) ||
               push(out, '}', "}", 1);
    default:
        snprintf(word, sizeof word, "<type %d>", (int)f->type);
        break;
    }
    return push(out, 'w', word, strlen(word));
}

static size_t scalar_size(ProtobufCType type) {
    switch (type) {
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_INT64: return 8;
    case PROTOBUF_C_TYPE_BOOL: return sizeof(protobuf_c_boolean);
    case PROTOBUF_C_TYPE_STRING:
    case PROTOBUF_C_TYPE_MESSAGE: return sizeof(void *);
    case PROTOBUF_C_TYPE_BYTES: return sizeof(ProtobufCBinaryData);
    default: return 4;
    }
}

/* proto3: a singular field at its default value is not written. */
static int is_default(const ProtobufCFieldDescriptor *f, const void *value) {
    switch (f->type) {
    case PROTOBUF_C_TYPE_STRING: {
        const char *s = *(const char *const *)value;
        return s == NULL || s[0] == '\0';
    }
    case PROTOBUF_C_TYPE_BYTES: return ((const ProtobufCBinaryData *)value)->len == 0;
    case PROTOBUF_C_TYPE_MESSAGE: return *(const void *const *)value == NULL;
    default: {
        static const unsigned char zero[8];
        return memcmp(value, zero, scalar_size(f->type)) == 0;
    }
    }
}

int txtpb_render(const ProtobufCMessage *message, txt_tokens *out) {
    const ProtobufCMessageDescriptor *d = message->descriptor;
    const char *base = (const char *)message;
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        const void *member = base + f->offset;
        if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
            if (*(const uint32_t *)(base + f->quantifier_offset) != f->id) {
                continue;
            }
        } else if (f->label != PROTOBUF_C_LABEL_REPEATED && is_default(f, member)) {
            continue;
        }
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            size_t count = *(const size_t *)(base + f->quantifier_offset);
            const char *items = *(const char *const *)member;
            for (size_t k = 0; k < count; k++) {
                if (push(out, 'w', f->name, strlen(f->name)) ||
                    render_scalar(f, items + k * scalar_size(f->type), out)) {
                    return -1;
                }
            }
        } else if (push(out, 'w', f->name, strlen(f->name)) || render_scalar(f, member, out)) {
            return -1;
        }
    }
    return 0;
}

int txtpb_compare(const txt_tokens *expected, const txt_tokens *actual, char *diff, size_t diff_size) {
    size_t n = expected->count < actual->count ? expected->count : actual->count;
    for (size_t i = 0; i < n; i++) {
        const txt_token *e = &expected->items[i], *a = &actual->items[i];
        if (e->kind != a->kind || e->length != a->length || memcmp(e->text, a->text, e->length) != 0) {
            snprintf(diff, diff_size, "token %zu: expected %c'%.60s', decoded %c'%.60s'", i, e->kind, e->text,
                     a->kind, a->text);
            return -1;
        }
    }
    if (expected->count != actual->count) {
        snprintf(diff, diff_size, "expected %zu tokens, decoded %zu", expected->count, actual->count);
        return -1;
    }
    return 0;
}
