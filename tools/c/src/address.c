#include "address.h"

#include <stdlib.h>
#include <string.h>

static char *copy_range(const char *start, size_t length) {
    char *s = malloc(length + 1);
    if (s != NULL) {
        memcpy(s, start, length);
        s[length] = '\0';
    }
    return s;
}

static int fail(const char **error, const char *why) {
    if (error != NULL) {
        *error = why;
    }
    return UV_EINVAL;
}

/* PORT: decimal 0..65535, digits only. */
static int parse_port(const char *text, uint16_t *port) {
    if (*text == '\0' || strlen(text) > 5) {
        return -1;
    }
    unsigned long value = 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') {
            return -1;
        }
        value = value * 10 + (unsigned long)(*p - '0');
    }
    if (value > 65535) {
        return -1;
    }
    *port = (uint16_t)value;
    return 0;
}

int tm_address_parse(const char *text, tm_address *out, const char **error) {
    memset(out, 0, sizeof *out);
    if (text == NULL) {
        return fail(error, "no address given");
    }
    if (strncmp(text, "unix:", 5) == 0) {
        const char *path = text + 5;
        if (*path == '\0') {
            return fail(error, "empty socket path");
        }
        /* sockaddr_un.sun_path holds 108 bytes including the terminating NUL. */
        if (strlen(path) >= 108) {
            return fail(error, "socket path longer than 107 bytes");
        }
        out->is_unix = 1;
        out->path = copy_range(path, strlen(path));
    } else {
        const char *colon = strrchr(text, ':');
        if (colon == NULL) {
            return fail(error, "expected HOST:PORT or unix:PATH");
        }
        if (parse_port(colon + 1, &out->port) != 0) {
            return fail(error, "port must be a number from 0 to 65535");
        }
        const char *host = text;
        size_t host_len = (size_t)(colon - text);
        if (host_len >= 2 && host[0] == '[' && host[host_len - 1] == ']') {
            host++;
            host_len -= 2;
        } else if (memchr(host, ':', host_len) != NULL) {
            return fail(error, "write IPv6 addresses in brackets, e.g. [::1]:7400");
        }
        if (host_len == 0) {
            return fail(error, "missing host");
        }
        if (host_len == 9 && memcmp(host, "localhost", 9) == 0) {
            host = "127.0.0.1";
            host_len = 9;
        }
        out->host = copy_range(host, host_len);
        if (out->host == NULL) {
            return UV_ENOMEM;
        }
    }
    out->text = copy_range(text, strlen(text));
    if ((out->is_unix && out->path == NULL) || out->text == NULL) {
        tm_address_free(out);
        return UV_ENOMEM;
    }
    return 0;
}

void tm_address_free(tm_address *a) {
    free(a->host);
    free(a->path);
    free(a->text);
    memset(a, 0, sizeof *a);
}

int tm_address_endpoint(const tm_address *a, tm_endpoint *out) {
    memset(out, 0, sizeof *out);
    if (a->is_unix) {
        out->is_unix = 1;
        out->path = a->path;
        return 1;
    }
    if (uv_ip4_addr(a->host, a->port, (struct sockaddr_in *)&out->addr) == 0) {
        return 1;
    }
    return uv_ip6_addr(a->host, a->port, (struct sockaddr_in6 *)&out->addr) == 0;
}

static int same_address(const struct sockaddr_storage *x, const struct sockaddr *y, size_t length) {
    return x->ss_family == y->sa_family && memcmp(x, y, length) == 0;
}

void tm_address_collect(const struct addrinfo *result, tm_endpoint *out, size_t *count, size_t capacity) {
    for (const struct addrinfo *ai = result; ai != NULL && *count < capacity; ai = ai->ai_next) {
        if ((ai->ai_family != AF_INET && ai->ai_family != AF_INET6) || ai->ai_addrlen > sizeof out->addr) {
            continue;
        }
        int seen = 0;
        for (size_t i = 0; i < *count && !seen; i++) {
            seen = same_address(&out[i].addr, ai->ai_addr, ai->ai_addrlen);
        }
        if (!seen) {
            memset(&out[*count], 0, sizeof out[*count]);
            memcpy(&out[*count].addr, ai->ai_addr, ai->ai_addrlen);
            (*count)++;
        }
    }
}
