/* check.h: the few assertions the C tests use; each counts, failures say where and why. */
#ifndef TM_CHECK_H
#define TM_CHECK_H

#include <stdio.h>
#include <stdlib.h>

static int check_passed;
static int check_failed;

/* Records one check; on failure prints the location and the printf-style explanation. */
#define CHECK(condition, ...)                                        \
    do {                                                             \
        if (condition) {                                             \
            check_passed++;                                          \
        } else {                                                     \
            check_failed++;                                          \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);     \
            fprintf(stderr, __VA_ARGS__);                            \
            fputc('\n', stderr);                                     \
        }                                                            \
    } while (0)

/* Prints "NAME: N passed, N failed" and returns the process exit status. */
static inline int check_summary(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed == 0 && check_passed > 0 ? 0 : 1;
}

/* Reads a whole file; NULL (and a failed check) if it cannot. The caller frees. */
static inline unsigned char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    unsigned char *data = NULL;
    size_t n = 0, cap = 0;
    if (f != NULL) {
        for (;;) {
            if (n == cap) {
                cap = cap ? cap * 2 : 4096;
                unsigned char *bigger = realloc(data, cap + 1);
                if (bigger == NULL) {
                    break;
                }
                data = bigger;
            }
            size_t got = fread(data + n, 1, cap - n, f);
            n += got;
            if (got == 0) {
                break;
            }
        }
        fclose(f);
    }
    CHECK(data != NULL || f == NULL, "out of memory reading %s", path);
    CHECK(f != NULL, "cannot open %s", path);
    if (data != NULL) {
        data[n] = '\0';
    }
    *length = n;
    return data;
}

#endif
