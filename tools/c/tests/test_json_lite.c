/* test_json_lite: the example worker's JSON reader and writer. */
#include <string.h>

#include "check.h"
#include "json_lite.h"

static int parses(const char *text) {
    json_value v;
    return json_parse(text, strlen(text), &v) == 0;
}

static void validation(void) {
    static const char *const good[] = {
        "{}", "[]", " {\"a\" : [1, -2.5e+3, true, false, null, \"x\"]} ", "0", "-0.0", "\"caf\xc3\xa9\"",
        "{\"a\":{\"b\":{\"c\":[[[]]]}}}", "\"\\ud83d\\ude00\"",
    };
    static const char *const bad[] = {
        "", "{", "{\"a\":1,}", "[1,]", "01", "1.", ".5", "+1", "\"\\x\"", "\"a\nb\"", "{\"a\" 1}", "{a:1}",
        "tru", "nul", "\"\xff\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "[] []", "{\"a\":1}}", "\"abc",
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        CHECK(parses(good[i]), "valid JSON refused: %s", good[i]);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(!parses(bad[i]), "invalid JSON accepted: %s", bad[i]);
    }
    char deep[200];
    memset(deep, '[', 100);
    memset(deep + 100, ']', 100);
    CHECK(json_parse(deep, 200, &(json_value){0}) != 0, "nesting of 100 is refused");
}

static void members(void) {
    const char *text = "{\"city\": \"Z\\u00fcrich\", \"n\": 42, \"nested\": {\"city\": \"no\"}, \"city2\": 1, "
                       "\"dup\": 1, \"dup\": 2, \"esc\\\"aped\": \"\\\"q\\\" \\\\ \\/ \\n\"}";
    json_value root, v;
    char s[64];
    double d;
    CHECK(json_parse(text, strlen(text), &root) == 0 && root.kind == JSON_OBJECT, "object parses");
    CHECK(json_member(&root, "city", &v) == 1 && json_string(&v, s, sizeof s) == 7 && strcmp(s, "Z\xc3\xbcrich") == 0,
          "\\u00fc decodes to UTF-8: %s", s);
    CHECK(json_member(&root, "n", &v) == 1 && json_number(&v, &d) == 0 && d == 42, "number member");
    CHECK(json_member(&root, "n", &v) == 1 && json_string(&v, s, sizeof s) < 0, "a number is not a string");
    CHECK(json_member(&root, "missing", &v) == 0, "absent member");
    CHECK(json_member(&root, "dup", &v) == 1 && json_number(&v, &d) == 0 && d == 2, "the last duplicate wins");
    CHECK(json_member(&root, "esc\"aped", &v) == 1 && json_string(&v, s, sizeof s) >= 0 &&
          strcmp(s, "\"q\" \\ / \n") == 0, "escapes in keys and values: %s", s);
    CHECK(json_member(&root, "city", &v) == 1 && json_string(&v, s, 5) < 0, "too small a buffer is refused");
    json_value array;
    CHECK(json_parse("[1]", 3, &array) == 0 && json_member(&array, "a", &v) == -1, "members of an array");

    const char *emoji = "\"\\ud83d\\ude00\"";
    CHECK(json_parse(emoji, strlen(emoji), &v) == 0 && json_string(&v, s, sizeof s) == 4 &&
          memcmp(s, "\xf0\x9f\x98\x80", 4) == 0, "a surrogate pair decodes to one code point");
    const char *lone = "\"\\ud83d\"", *nul = "\"a\\u0000b\"";
    CHECK(json_parse(lone, strlen(lone), &v) == 0 && json_string(&v, s, sizeof s) < 0, "a lone surrogate");
    CHECK(json_parse(nul, strlen(nul), &v) == 0 && json_string(&v, s, sizeof s) < 0, "\\u0000 is refused");
}

static void output(void) {
    json_out o = {0};
    json_out_raw(&o, "{");
    json_out_key(&o, "t\"x");
    json_out_string(&o, "a\\b\n\x01 caf\xc3\xa9");
    json_out_raw(&o, ",");
    json_out_key(&o, "n");
    json_out_number(&o, 877.46, 1);
    json_out_raw(&o, "}");
    const char *expected = "{\"t\\\"x\":\"a\\\\b\\u000a\\u0001 caf\xc3\xa9\",\"n\":877.5}";
    CHECK(!o.failed && strcmp(o.data, expected) == 0, "output: %s", o.data);
    json_value v;
    CHECK(json_parse(o.data, o.length, &v) == 0, "output parses back");
    json_out_free(&o);
}

int main(void) {
    validation();
    members();
    output();
    return check_summary("test_json_lite");
}
