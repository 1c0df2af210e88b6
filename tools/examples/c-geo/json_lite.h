/*
 * json_lite.h: just enough JSON for a tool's arguments and results.
 *
 * Reading: json_parse checks a whole text against RFC 8259 (strict: UTF-8, no trailing
 * commas, nesting at most 64 deep) and locates its value; json_member finds an object's
 * member; json_string / json_number read scalars. Nothing is allocated: values point into
 * the text. Writing: json_out appends escaped strings and numbers to a growable buffer.
 */
#ifndef JSON_LITE_H
#define JSON_LITE_H

#include <stddef.h>

typedef enum json_kind { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_kind;

/** A value inside a JSON text: its kind and its bytes (a string's include the quotes). */
typedef struct json_value {
    json_kind kind;
    const char *start;
    size_t length;
} json_value;

/** Checks that text[0..length) is exactly one JSON value (with optional whitespace); 0 or -1. */
int json_parse(const char *text, size_t length, json_value *out);

/** The member `key` of `object` (the last one when repeated): 1 found, 0 absent, -1 not an object. */
int json_member(const json_value *object, const char *key, json_value *out);

/**
 * A string value, unescaped, as NUL-terminated UTF-8 in buffer[0..size). Returns its length,
 * or -1 when `v` is not a string, holds \u0000 or a lone surrogate, or does not fit.
 */
long json_string(const json_value *v, char *buffer, size_t size);

/** A number value; 0, or -1 when `v` is not a number or is out of double's range. */
int json_number(const json_value *v, double *out);

/** A growable output buffer; `failed` is set when memory ran out (the text is then cut). */
typedef struct json_out {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
} json_out;

/** Appends `text` as it is. */
void json_out_raw(json_out *o, const char *text);

/** Appends `text` (UTF-8) as a quoted JSON string. */
void json_out_string(json_out *o, const char *text);

/** Appends a finite number with `decimals` digits after the point. */
void json_out_number(json_out *o, double value, int decimals);

/** Appends "key": (a quoted key and a colon). */
void json_out_key(json_out *o, const char *key);

void json_out_free(json_out *o);

#endif
