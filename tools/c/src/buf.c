#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <uv.h>

int tm_buf_reserve(tm_buf *b, size_t extra) {
    if (extra <= b->cap - b->len) {
        return 0;
    }
    if (extra > SIZE_MAX / 2 - b->len) {
        return UV_ENOMEM;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    uint8_t *data = realloc(b->data, cap);
    if (data == NULL) {
        return UV_ENOMEM;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

int tm_buf_append(tm_buf *b, const void *bytes, size_t n) {
    if (n == 0) {
        return 0;
    }
    int rc = tm_buf_reserve(b, n);
    if (rc != 0) {
        return rc;
    }
    memcpy(b->data + b->len, bytes, n);
    b->len += n;
    return 0;
}

void tm_buf_free(tm_buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}
