/* test_address: router addresses parse as the Swift SocketAddress parses them. */
#include <string.h>

#include "address.h"
#include "check.h"

static void accepts(const char *text, int is_unix, const char *host_or_path, int port, int numeric) {
    tm_address a;
    const char *error = NULL;
    int rc = tm_address_parse(text, &a, &error);
    CHECK(rc == 0, "'%s' refused: %s", text, error ? error : "?");
    if (rc != 0) {
        return;
    }
    const char *got = is_unix ? a.path : a.host;
    CHECK(a.is_unix == is_unix && got != NULL && strcmp(got, host_or_path) == 0 && (is_unix || a.port == port),
          "'%s' parsed as %s %s port %d", text, a.is_unix ? "unix" : "tcp", got ? got : "(null)", a.port);
    CHECK(strcmp(a.text, text) == 0, "'%s' keeps its text", text);
    tm_endpoint endpoint;
    CHECK(tm_address_endpoint(&a, &endpoint) == numeric, "'%s' %s a name lookup", text,
          numeric ? "needs no" : "needs");
    tm_address_free(&a);
}

static void refuses(const char *text, const char *why) {
    tm_address a;
    const char *error = NULL;
    CHECK(tm_address_parse(text, &a, &error) == UV_EINVAL && error != NULL && strstr(error, why) != NULL,
          "'%s' must be refused with '%s' (got '%s')", text, why, error ? error : "accepted");
}

int main(void) {
    accepts("127.0.0.1:7400", 0, "127.0.0.1", 7400, 1);
    accepts("[::1]:7400", 0, "::1", 7400, 1);
    accepts("localhost:80", 0, "127.0.0.1", 80, 1);
    accepts("router.internal:65535", 0, "router.internal", 65535, 0);
    accepts("0.0.0.0:0", 0, "0.0.0.0", 0, 1);
    accepts("unix:/run/toolmesh.sock", 1, "/run/toolmesh.sock", 0, 1);
    accepts("unix:relative.sock", 1, "relative.sock", 0, 1);

    refuses("127.0.0.1", "expected HOST:PORT or unix:PATH");
    refuses("127.0.0.1:65536", "port must be a number");
    refuses("127.0.0.1:-1", "port must be a number");
    refuses("127.0.0.1:", "port must be a number");
    refuses("127.0.0.1:80x", "port must be a number");
    refuses("::1:7400", "write IPv6 addresses in brackets");
    refuses(":7400", "missing host");
    refuses("[]:7400", "missing host");
    refuses("unix:", "empty socket path");
    char long_path[140] = "unix:/";
    memset(long_path + 6, 'a', 107);
    long_path[113] = '\0';
    refuses(long_path, "longer than 107 bytes");
    long_path[112] = '\0'; /* 107 bytes of path: the most that fits */
    accepts(long_path, 1, long_path + 5, 0, 1);
    return check_summary("test_address");
}
