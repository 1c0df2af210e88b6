# user objects as dict keys / set elements with __hash__ and __eq__; mutation pitfalls avoided with frozen-like design
class Key:
    def __init__(self, kind, ident):
        self._t = (kind, ident)
    def __hash__(self):
        return hash(self._t)
    def __eq__(self, other):
        return isinstance(other, Key) and self._t == other._t
    def __repr__(self):
        return "Key(%r, %r)" % self._t
cache = {}
for kind, ident in [("user", 1), ("user", 2), ("user", 1), ("team", 1)]:
    k = Key(kind, ident)
    cache[k] = cache.get(k, 0) + 1
print(cache)
print(Key("user", 1) in cache, Key("user", 3) in cache)
uniq = {Key("a", 1), Key("a", 1), Key("b", 2)}
print(len(uniq), sorted(uniq, key=lambda k: k._t))
