/* address.h: router addresses, as the Swift SocketAddress parses them (internal). */
#ifndef TM_ADDRESS_H
#define TM_ADDRESS_H

#include <stdint.h>
#include <uv.h>

/** "HOST:PORT", "[IPv6]:PORT" or "unix:PATH", parsed. */
typedef struct tm_address {
    int is_unix;
    /** Host without brackets ("localhost" is replaced by 127.0.0.1); NULL for Unix sockets. */
    char *host;
    uint16_t port;
    /** Socket path; NULL for TCP. */
    char *path;
    /** The text as given, for logs. */
    char *text;
} tm_address;

/** One place to connect to: a resolved socket address or a Unix socket path. */
typedef struct tm_endpoint {
    int is_unix;
    struct sockaddr_storage addr;
    const char *path;
} tm_endpoint;

/** Parses `text`. Returns 0, or UV_EINVAL with *error (static text) / UV_ENOMEM. */
int tm_address_parse(const char *text, tm_address *out, const char **error);

void tm_address_free(tm_address *a);

/** Fills `out` when no name lookup is needed (Unix socket, numeric IPv4/IPv6); returns 1 then, else 0. */
int tm_address_endpoint(const tm_address *a, tm_endpoint *out);

/** Appends the distinct TCP endpoints of a getaddrinfo result to out[*count], up to `capacity`. */
void tm_address_collect(const struct addrinfo *result, tm_endpoint *out, size_t *count, size_t capacity);

#endif
