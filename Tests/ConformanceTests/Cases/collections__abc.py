import collections.abc
from collections.abc import Iterable, Mapping, Sequence, Callable, Set as AbstractSet
import collections
print(Iterable, Mapping, collections.abc.Sequence, isinstance([1], Iterable), isinstance({}, Mapping), isinstance("s", Sequence))
print(isinstance(len, Callable), isinstance(3, Iterable), isinstance({1}, AbstractSet), isinstance(frozenset(), AbstractSet))
print(Iterable[int], Mapping[str, int], collections.Counter("ab"))
def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, "ab")], {4}])))
