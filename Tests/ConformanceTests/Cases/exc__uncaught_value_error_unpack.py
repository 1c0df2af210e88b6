# uncaught ValueError from unpacking a line with too many fields
def parse_line(line):
    key, value = line.split("=")
    return key, value
try:
    parse_line("novalue")
except ValueError as e:
    print("handled:", e)
print(parse_line("k=v"))
for line in ["a=1", "b=2", "c=3=4"]:
    print(parse_line(line))
