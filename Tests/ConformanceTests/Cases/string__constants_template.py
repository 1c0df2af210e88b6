import string
from string import Template


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation",
             "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.capwords(" hello   world  "), string.capwords("a-b c-d", "-"), string.capwords("ÉCOLE été"), string.capwords(""))
t = Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}, what="coffee"), t.template)
print(t.safe_substitute(who="x"), Template("$a$b ${c}d").substitute(a=1, b=[2], c=3.5), t.get_identifiers(), t.is_valid())
print(Template("100$").safe_substitute(), Template("${bad name} $ok").safe_substitute(ok="!"), Template("$x_1y").substitute(x_1y="v"))
attempt("missing", lambda: Template("$who likes $what").substitute({"who": "x"}))
attempt("invalid", lambda: Template("bad $").substitute())
attempt("invalid line", lambda: Template("ok\nline two $ here").substitute())
attempt("invalid brace", lambda: Template("${1}").substitute())
attempt("too many", lambda: t.substitute({}, {}))
attempt("valid", lambda: Template("$ x").is_valid())
attempt("capwords int", lambda: string.capwords(5))
