# format spec: sign options + - space, zero padding, width, with ints and floats
for v in (5, -5, 0):
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:05}] [{v:+05}] [{v: 5}]")
for v in (2.5, -2.5):
    print(f"[{v:+.1f}] [{v: .2f}] [{v:08.2f}] [{v:+08.3f}]")
print(f"[{-0.0:+}] [{-0.0}] [{0.0:+}]")
print(f"[{12:010}]")
print(f"[{-12:010}]")
print(f"[{1234.5:010,.1f}]")
print(f"[{'x':05}] [{'x':<05}]")
print(f"[{7:=+6}] [{-7:=6}] [{7:*=+6}]")
print(f"[{1e6:+,.0f}] [{-1e6: ,.0f}]")
