# format spec for strings: s type, precision truncation, width with unicode
s = "hello world"
print(f"[{s:s}]")
print(f"[{s:.5}]")
print(f"[{s:10.3}]")
print(f"[{s:>15.4s}]")
print("[{:>6}]".format("\u00e9t\u00e9"))
print(format("abc", ""), format("abc", "s"))
print("{:.2}".format("xyz"))
print("{:^11s}".format("mid"))
