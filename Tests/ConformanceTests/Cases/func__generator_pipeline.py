# generator pipelines: chained lazy stages (read -> parse -> filter -> transform), evaluation order trace
trace = []
def read(lines):
    for line in lines:
        trace.append(f"read {line!r}")
        yield line
def parse(lines):
    for line in lines:
        name, _, value = line.partition(":")
        yield name.strip(), value.strip()
def only_numeric(pairs):
    for name, value in pairs:
        if value.lstrip("-").isdigit():
            yield name, int(value)
def scale(pairs, k):
    for name, value in pairs:
        yield name, value * k
raw = ["a: 1", "b: x", "c: -3", "d: 10"]
pipeline = scale(only_numeric(parse(read(raw))), 10)
print(trace)
first = next(pipeline)
print(first, trace)
rest = list(pipeline)
print(rest)
print(len(trace))
total = sum(v for _, v in scale(only_numeric(parse(raw)), 1))
print(total)
