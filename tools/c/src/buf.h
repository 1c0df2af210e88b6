/* buf.h: a growable byte buffer (internal). */
#ifndef TM_BUF_H
#define TM_BUF_H

#include <stddef.h>
#include <stdint.h>

/** Bytes `data[0..len)` in `cap` bytes of heap memory; all zero is the empty buffer. */
typedef struct tm_buf {
    uint8_t *data;
    size_t len;
    size_t cap;
} tm_buf;

/** Makes room for `extra` more bytes. Returns 0, or UV_ENOMEM (the buffer is unchanged). */
int tm_buf_reserve(tm_buf *b, size_t extra);

/** Appends `n` bytes. Returns 0 or UV_ENOMEM. */
int tm_buf_append(tm_buf *b, const void *bytes, size_t n);

/** Releases the memory; the buffer is empty afterwards. */
void tm_buf_free(tm_buf *b);

#endif
