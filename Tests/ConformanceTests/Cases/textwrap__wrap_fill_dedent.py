import textwrap
from textwrap import wrap, fill, shorten, dedent, indent, TextWrapper
text = "Look, goof-ball -- use the -b option! The quick brown fox jumps over the lazy dog. Self-explanatory well-known e-mail foo--bar x---y"
for width in [5, 8, 10, 12, 15, 20, 30, 70]:
    print(width, wrap(text, width))
print(wrap(text, 12, break_on_hyphens=False))
print(wrap("a" * 30, 7), wrap("abc-defghijklmnop", 6), wrap("--------", 3), wrap("super-cali-fragilistic-expiali", 9))
print(wrap("word " * 5, 6, break_long_words=False), wrap("tab\there\tand\tthere", 10), wrap("tab\there", 12, expand_tabs=False))
print(fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 20, max_lines=2), wrap(text, 20, max_lines=1, placeholder="..."), wrap("short", 20, max_lines=1))
print(shorten(text, 30), shorten("Hello  world!", 12), shorten("Hello  world!", 11), shorten("Hello world", 10, placeholder="~"))
print(wrap("Done. Next one.\nAnd  more.", 40, fix_sentence_endings=True), wrap("  leading and trailing  ", 10), wrap("  keep  ", 10, drop_whitespace=False))
print(wrap("", 10), wrap("   ", 10), wrap("one\n\ntwo", 4), wrap("naïve café résumé", 6), wrap("1-2 a-1 ab-cd a_b-cd", 4))
print(repr(dedent("    hello\n      world\n    !\n")), repr(dedent("\tx\n\ty")), repr(dedent("  a\n\tb")), repr(dedent("  a\n   \n  b")))
print(repr(dedent("no indent\n  here")), repr(dedent("   \n  x\r\n  y")), repr(dedent("")))
print(repr(indent("a\nb\n\nc", "> ")), repr(indent("a\n  \nb", "+", lambda line: True)), repr(indent("x\r\ny", "-")))
w = TextWrapper(width=15, subsequent_indent="..")
print(w.wrap(text[:60]))
w.width = 25
print(w.fill(text[:60]), w.width)
for bad in [lambda: wrap("x", 0), lambda: wrap("x", 5, max_lines=1, placeholder=" [......]"), lambda: shorten("x"), lambda: wrap("x", 5, bogus=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
