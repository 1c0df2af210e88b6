import bisect
import heapq
from heapq import heapify, heappop, heappush, heappushpop, heapreplace, merge, nlargest, nsmallest


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


h = []
for value in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]:
    heappush(h, value)
    print(h[0], end=" ")
print()
print(h)
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 15, 12, 14, 13]
heapify(data)
print(data)
print(heapreplace(data, 20), data, heappushpop(data, -1), heappushpop(data, 30), data)
big = [(i * 7919) % 5003 for i in range(3000)]
heapify(big)
print(big[:12], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
print([heappop(big) for _ in range(8)])
tasks = []
for priority, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
    heappush(tasks, (priority, name))
print(tasks, [heappop(tasks) for _ in range(len(tasks))])

nums = [5, 1, 8, 3, 9, 2, 8, 5]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, []), nlargest(0, nums), nlargest(-2, nums))
print(nlargest(20, nums), nsmallest(20, iter(nums)), nlargest(2, iter(nums)), nsmallest(4, "heapq"))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(nlargest(2, people, key=lambda p: p[1]), nsmallest(3, people, key=lambda p: p[1]), nlargest(1, people, key=lambda p: p[1]))
print(list(merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])), list(merge()), list(merge([], [1])))
print(list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(merge([(1, "x")], [(1, "a")], key=lambda t: t[0])), type(merge([1])).__name__)

attempt("pop empty", lambda: heappop([]))
attempt("replace empty", lambda: heapreplace([], 1))
attempt("push tuple", lambda: heappush((), 1))
attempt("push one arg", lambda: heappush([]))
attempt("heapify int", lambda: heapify(1))
attempt("pushpop empty", lambda: heappushpop([], 3))
attempt("mixed types", lambda: heappush([1, "a", 2], 0))
attempt("nlargest mixed", lambda: nlargest(2, [1, "a", 3]))
attempt("nsmallest str n", lambda: nsmallest("a", [1]))
attempt("nlargest float n", lambda: nlargest(1.5, [1, 2]))
attempt("merge int", lambda: list(merge([1], 5)))

scores = [10, 20, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 20), bisect.bisect(scores, 5), bisect.bisect(scores, 99))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 20, 0, 2), bisect.bisect_left(scores, 20, hi=1), bisect.bisect_left(scores, 20, 0, -1))
print(bisect.bisect_left("aceg", "d"), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left(range(0, 100, 5), 42))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("ann", 1), ("bob", 4), ("cy", 9)]
print(bisect.bisect_left(records, 4, key=lambda r: r[1]), bisect.bisect_right(records, 4, key=lambda r: r[1]))
ordered = []
for value in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(ordered, value)
print(ordered)
bisect.insort_left(ordered, 4)
bisect.insort_right(ordered, 4.0)
bisect.insort(ordered, 0, 0, 0)
print(ordered)
bisect.insort(records, ("dee", 5), key=lambda r: r[1])
bisect.insort_left(records, ("eve", 1), key=lambda r: r[1])
print(records)

attempt("lo negative", lambda: bisect.bisect_left([1, 2], 1, -1))
attempt("hi too big", lambda: bisect.bisect_left([1, 2], 1, 0, 10))
attempt("mixed", lambda: bisect.bisect_left([1, 2], "a"))
attempt("not a sequence", lambda: bisect.bisect_left(5, 1))
attempt("insort tuple", lambda: bisect.insort((1, 2), 1))
attempt("lo str", lambda: bisect.bisect([1, 2], 1, "a"))
