# str.encode / bytes.decode basics with utf-8 and ascii, errors modes
s = "na\u00efve caf\u00e9"
b = s.encode()
print(b, len(s), len(b))
print(b.decode() == s, b.decode("utf-8"))
print("abc".encode("ascii"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace") == "\ufffd")
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
