import statistics
from statistics import (StatisticsError, fmean, geometric_mean, harmonic_mean, mean, median, median_high,
                        median_low, mode, multimode, pstdev, pvariance, quantiles, stdev, variance)


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(mean([1.1, 2.2, 3.3]), mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([0.1] * 10), mean([1, 2.5]), mean(range(1, 101)))
print(mean([10 ** 20, 1, -(10 ** 20)]), mean([1e308, 1e308, -1e308]), mean([True, False, True]), mean(iter([4, 8])))
print(mean([0.1, 0.2, 0.3, 0.4]), mean([1 / 3, 2 / 3]), mean([-1.5, 2.25, 1e-9]), mean(x / 7 for x in range(10)))
print(fmean([1.1, 2.2, 3.3]), fmean([1, 2, 3]), fmean(iter([0.5, 1.5])), fmean(range(5)), fmean([1e100, 1, -1e100]))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1.5, 2.5]), median(["b", "a", "c"]), median([7]))
print(median_low([4, 1, 3, 2]), median_high([4, 1, 3, 2]), median_low([5, 3, 1]), median_high("dcba"))
print(mode([1, 2, 2, 3, 3]), mode("aabbbc"), mode([(1, 2), (1, 2), 3]), mode([1.5, 1.5, 2]), mode(["x"]))
print(multimode("aabbc"), multimode([1, 2, 3]), multimode([]), multimode([[1] * 2 == [1, 1]]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
ints = [2, 4, 4, 4, 5, 5, 7, 9]
print(variance(ints), pvariance(ints), stdev(ints), pstdev(ints), variance([1, 2, 3, 4]), pvariance([1, 2, 3]))
print(variance([1.1, 2.2, 3.3, 4.4]), stdev([1.1, 2.2, 3.3]), pstdev([0.1, 0.2, 0.3]), variance(range(10)))
print(variance(data, mean(data)), pvariance(ints, 5), variance([1, 2, 3], 2.5), stdev([10 ** 15, 10 ** 15 + 1, 10 ** 15 + 2]))
print(variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]), pstdev([5, 5, 5]), variance([True, False]))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), quantiles(range(1, 11), n=10), quantiles([1.5, 2.5, 10], n=3))
print(quantiles([1, 2, 3, 4, 5], method="inclusive"), quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92], n=5))
print(quantiles([3, 1], n=2), quantiles([0.1, 0.9], n=6, method="inclusive"))
print(harmonic_mean([40, 60]), harmonic_mean([1, 2, 4]), harmonic_mean([2.5, 3, 10]), harmonic_mean([7]), harmonic_mean([1, 0, 3]))
print(harmonic_mean([40, 60], weights=[5, 30]), geometric_mean([54, 24, 36]), geometric_mean([1, 10, 100]), geometric_mean([2.5]))
print(mean([1, float("inf")]), variance([1, float("inf"), 2]), str(mean([1, float("nan")])), median([float("inf"), 1]))
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__, StatisticsError.__name__, repr(StatisticsError))

attempt("mean empty", lambda: mean([]))
attempt("mean str", lambda: mean(["a"]))
attempt("mean int", lambda: mean(5))
attempt("fmean empty", lambda: fmean([]))
attempt("fmean str", lambda: fmean(["a"]))
attempt("median empty", lambda: median([]))
attempt("median low empty", lambda: median_low([]))
attempt("median mixed", lambda: median([1, "a"]))
attempt("median strings", lambda: median(["b", "a"]))
attempt("mode empty", lambda: mode([]))
attempt("mode unhashable", lambda: mode([[1]]))
attempt("variance one", lambda: variance([1]))
attempt("pvariance empty", lambda: pvariance([]))
attempt("stdev one", lambda: stdev([1]))
attempt("pstdev empty", lambda: pstdev([]))
attempt("stdev nan", lambda: stdev([1, float("nan")]))
attempt("quantiles n", lambda: quantiles([1, 2, 3], n=0))
attempt("quantiles method", lambda: quantiles([1, 2, 3], method="x"))
attempt("quantiles empty", lambda: quantiles([]))
attempt("quantiles one", lambda: quantiles([5]))
attempt("harmonic negative", lambda: harmonic_mean([-1, 2]))
attempt("harmonic empty", lambda: harmonic_mean([]))
attempt("harmonic weights", lambda: harmonic_mean([1, 2], weights=[1]))
attempt("geometric empty", lambda: geometric_mean([]))
attempt("geometric negative", lambda: geometric_mean([1, -1]))
attempt("catch as ValueError", lambda: isinstance(StatisticsError("x"), ValueError))
try:
    mean([])
except ValueError as e:
    print("caught", type(e).__name__, e)
