import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)

print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(zip(range(3), repeat(0))), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)),
      list(accumulate([])), list(accumulate([], initial=5)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("aabbbc")
first = next(groups)
second = next(groups)
print(first[0], list(first[1]), second[0], list(second[1]), [k for k, _ in groups])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice(range(10), 1, 9, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise("abcd")), list(pairwise([1])), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest("abc", [1, 2])), list(zip_longest([1], [2, 3], fillvalue="-")), list(zip_longest()))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee("x", 3)))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations(range(2), 5)), list(permutations([1, 2, 3])), list(permutations("abc", 2)), list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(4), repeat=4)))
print(type(count()).__name__, type(chain()).__name__)

for f in [lambda: islice("abc", -1), lambda: combinations([1], -1),
          lambda: permutations([1], -2), lambda: islice("abc", 0, 3, 0), lambda: count("a")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
