#include "json_lite.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nesting deeper than this is refused, so hostile input cannot exhaust the stack. */
#define MAX_DEPTH 64

typedef struct cursor {
    const char *p;
    const char *end;
} cursor;

static void skip_space(cursor *c) {
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')) {
        c->p++;
    }
}

static int literal(cursor *c, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0) {
        return -1;
    }
    c->p += n;
    return 0;
}

static int hex4(const char *p, unsigned *out) {
    unsigned value = 0;
    for (int i = 0; i < 4; i++) {
        char h = p[i];
        unsigned digit = h >= '0' && h <= '9' ? (unsigned)(h - '0')
                         : h >= 'a' && h <= 'f' ? (unsigned)(h - 'a' + 10)
                         : h >= 'A' && h <= 'F' ? (unsigned)(h - 'A' + 10) : 16u;
        if (digit == 16) {
            return -1;
        }
        value = value * 16 + digit;
    }
    *out = value;
    return 0;
}

/* The length of the well-formed UTF-8 sequence at p (RFC 3629), or 0. */
static size_t utf8_length(const unsigned char *p, const unsigned char *end) {
    unsigned char c = p[0];
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || (size_t)(end - p) < n) {
        return 0;
    }
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && (p[1] < lo || p[1] > hi)) {
        return 0;
    }
    for (size_t i = 2; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    return n;
}

/* string: '"' (char | escape)* '"' */
static int parse_string(cursor *c) {
    c->p++; /* the opening quote */
    while (c->p < c->end) {
        unsigned char ch = (unsigned char)*c->p;
        if (ch == '"') {
            c->p++;
            return 0;
        }
        if (ch < 0x20) {
            return -1;
        }
        if (ch == '\\') {
            if (c->end - c->p < 2) {
                return -1;
            }
            char e = c->p[1];
            unsigned unused;
            if (e == 'u') {
                if (c->end - c->p < 6 || hex4(c->p + 2, &unused) != 0) {
                    return -1;
                }
                c->p += 6;
            } else if (strchr("\"\\/bfnrt", e) != NULL && e != '\0') {
                c->p += 2;
            } else {
                return -1;
            }
            continue;
        }
        size_t n = utf8_length((const unsigned char *)c->p, (const unsigned char *)c->end);
        if (n == 0) {
            return -1;
        }
        c->p += n;
    }
    return -1;
}

static int digits(cursor *c) {
    const char *start = c->p;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
        c->p++;
    }
    return c->p > start ? 0 : -1;
}

/* number: '-'? ('0' | [1-9][0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? */
static int parse_number(cursor *c) {
    if (c->p < c->end && *c->p == '-') {
        c->p++;
    }
    if (c->p < c->end && *c->p == '0') {
        c->p++;
    } else if (digits(c) != 0) {
        return -1;
    }
    if (c->p < c->end && *c->p == '.') {
        c->p++;
        if (digits(c) != 0) {
            return -1;
        }
    }
    if (c->p < c->end && (*c->p == 'e' || *c->p == 'E')) {
        c->p++;
        if (c->p < c->end && (*c->p == '+' || *c->p == '-')) {
            c->p++;
        }
        if (digits(c) != 0) {
            return -1;
        }
    }
    return 0;
}

static int parse_value(cursor *c, int depth, json_value *out);

/* array: '[' (value (',' value)*)? ']';  object: '{' (string ':' value (',' ...)*)? '}' */
static int parse_container(cursor *c, int depth, char close) {
    if (depth >= MAX_DEPTH) {
        return -1;
    }
    c->p++;
    skip_space(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        return 0;
    }
    for (;;) {
        json_value item;
        if (close == '}') {
            skip_space(c);
            if (c->p >= c->end || *c->p != '"' || parse_string(c) != 0) {
                return -1;
            }
            skip_space(c);
            if (c->p >= c->end || *c->p != ':') {
                return -1;
            }
            c->p++;
        }
        if (parse_value(c, depth + 1, &item) != 0) {
            return -1;
        }
        skip_space(c);
        if (c->p < c->end && *c->p == ',') {
            c->p++;
            continue;
        }
        if (c->p < c->end && *c->p == close) {
            c->p++;
            return 0;
        }
        return -1;
    }
}

static int parse_value(cursor *c, int depth, json_value *out) {
    skip_space(c);
    if (c->p >= c->end) {
        return -1;
    }
    const char *start = c->p;
    int rc;
    switch (*c->p) {
    case '{': out->kind = JSON_OBJECT; rc = parse_container(c, depth, '}'); break;
    case '[': out->kind = JSON_ARRAY; rc = parse_container(c, depth, ']'); break;
    case '"': out->kind = JSON_STRING; rc = parse_string(c); break;
    case 't': out->kind = JSON_BOOL; rc = literal(c, "true"); break;
    case 'f': out->kind = JSON_BOOL; rc = literal(c, "false"); break;
    case 'n': out->kind = JSON_NULL; rc = literal(c, "null"); break;
    default: out->kind = JSON_NUMBER; rc = parse_number(c); break;
    }
    out->start = start;
    out->length = (size_t)(c->p - start);
    return rc;
}

int json_parse(const char *text, size_t length, json_value *out) {
    cursor c = {text, text + length};
    if (parse_value(&c, 0, out) != 0) {
        return -1;
    }
    skip_space(&c);
    return c.p == c.end ? 0 : -1;
}

int json_member(const json_value *object, const char *key, json_value *out) {
    if (object->kind != JSON_OBJECT) {
        return -1;
    }
    /* The object was validated by json_parse, so the walk below cannot go astray. */
    cursor c = {object->start + 1, object->start + object->length};
    int found = 0;
    skip_space(&c);
    while (c.p < c.end && *c.p == '"') {
        json_value name, value;
        parse_value(&c, 0, &name);
        skip_space(&c);
        c.p++; /* ':' */
        parse_value(&c, 0, &value);
        char decoded[256];
        if (json_string(&name, decoded, sizeof decoded) >= 0 && strcmp(decoded, key) == 0) {
            *out = value;
            found = 1;
        }
        skip_space(&c);
        if (c.p < c.end && *c.p == ',') {
            c.p++;
            skip_space(&c);
        }
    }
    return found;
}

/* Appends code point `cp` as UTF-8; returns the new length or -1 if it does not fit. */
static long put_utf8(char *buffer, size_t size, long n, unsigned long cp) {
    unsigned char bytes[4];
    int count = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    static const unsigned char lead[] = {0, 0x00, 0xC0, 0xE0, 0xF0};
    for (int i = count - 1; i > 0; i--) {
        bytes[i] = (unsigned char)(0x80 | (cp & 0x3F));
        cp >>= 6;
    }
    bytes[0] = (unsigned char)(lead[count] | cp);
    if ((size_t)n + (size_t)count >= size) {
        return -1;
    }
    memcpy(buffer + n, bytes, (size_t)count);
    return n + count;
}

static int unescape(const char **pp, unsigned long *cp) {
    const char *p = *pp;
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    if (p[1] != 'u') {
        *cp = (unsigned char)to[strchr(from, p[1]) - from];
        *pp = p + 2;
        return 0;
    }
    unsigned high, low;
    hex4(p + 2, &high);
    *pp = p + 6;
    if (high >= 0xDC00 && high <= 0xDFFF) {
        return -1;
    }
    if (high >= 0xD800 && high <= 0xDBFF) {
        if (p[6] != '\\' || p[7] != 'u' || hex4(p + 8, &low) != 0 || low < 0xDC00 || low > 0xDFFF) {
            return -1;
        }
        *pp = p + 12;
        *cp = 0x10000 + ((unsigned long)(high - 0xD800) << 10) + (low - 0xDC00);
        return 0;
    }
    *cp = high;
    return high == 0 ? -1 : 0;
}

long json_string(const json_value *v, char *buffer, size_t size) {
    if (v->kind != JSON_STRING || size == 0) {
        return -1;
    }
    const char *p = v->start + 1, *end = v->start + v->length - 1;
    long n = 0;
    while (p < end) {
        if (*p == '\\') {
            unsigned long cp;
            if (unescape(&p, &cp) != 0 || (n = put_utf8(buffer, size, n, cp)) < 0) {
                return -1;
            }
        } else {
            if ((size_t)n + 1 >= size) {
                return -1;
            }
            buffer[n++] = *p++;
        }
    }
    buffer[n] = '\0';
    return n;
}

int json_number(const json_value *v, double *out) {
    if (v->kind != JSON_NUMBER || v->length >= 64) {
        return -1;
    }
    char copy[64];
    memcpy(copy, v->start, v->length);
    copy[v->length] = '\0';
    errno = 0;
    *out = strtod(copy, NULL);
    return errno == ERANGE && fabs(*out) > 1 ? -1 : 0;
}

/* ---- Output -------------------------------------------------------------------------- */

static void append(json_out *o, const char *bytes, size_t n) {
    if (o->failed) {
        return;
    }
    if (o->length + n + 1 > o->capacity) {
        size_t capacity = o->capacity ? o->capacity : 128;
        while (capacity < o->length + n + 1) {
            capacity *= 2;
        }
        char *data = realloc(o->data, capacity);
        if (data == NULL) {
            o->failed = 1;
            return;
        }
        o->data = data;
        o->capacity = capacity;
    }
    memcpy(o->data + o->length, bytes, n);
    o->length += n;
    o->data[o->length] = '\0';
}

void json_out_raw(json_out *o, const char *text) {
    append(o, text, strlen(text));
}

void json_out_string(json_out *o, const char *text) {
    append(o, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        char escaped[8];
        if (*p == '"' || *p == '\\') {
            escaped[0] = '\\';
            escaped[1] = (char)*p;
            append(o, escaped, 2);
        } else if (*p < 0x20) {
            snprintf(escaped, sizeof escaped, "\\u%04x", *p);
            append(o, escaped, 6);
        } else {
            append(o, (const char *)p, 1);
        }
    }
    append(o, "\"", 1);
}

void json_out_number(json_out *o, double value, int decimals) {
    char text[64];
    snprintf(text, sizeof text, "%.*f", decimals, isfinite(value) ? value : 0.0);
    json_out_raw(o, text);
}

void json_out_key(json_out *o, const char *key) {
    json_out_string(o, key);
    append(o, ":", 1);
}

void json_out_free(json_out *o) {
    free(o->data);
    memset(o, 0, sizeof *o);
}
