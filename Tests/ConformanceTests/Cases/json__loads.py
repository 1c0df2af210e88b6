import json

print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x"}'))
print(json.loads('  [1e3, -0, -0.0, 1E-2, 0.5, 123456789012345678901234567890, 1.0]  '))
print(json.loads('"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\u2028"'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"x": {"y": [{"z": []}]}}')["x"]["y"][0])
print(json.loads('"\\u0041\\u00DF"'), json.loads('12'), json.loads('"plain"'), json.loads('null'))
print(json.loads('[1, 2]', object_hook=lambda d: 0))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1, 2.5]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN]', parse_constant=lambda s: "C" + s))
print(json.loads('"tab\there"', strict=False))
print(json.dumps(json.loads('{"k": [1, {"n": "v"}]}')) == '{"k": [1, {"n": "v"}]}')

cases = [
    '', ' ', '[', '[1,', '[1', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b": 2}',
    '{1: 2}', '[1,]', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"tab\there"', '01', '1.', '-', '-x',
    '1e', '1e+', 'nul', 'tru', '[1] x', '{"a": 1}}', '\ufeff[]', 'NaN1', '[\n  1,\n  2,\n  oops\n]',
    '1.5e', '[-]', 'true false',
]
for text in cases:
    try:
        print(repr(text), "->", json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(text), "->", type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
