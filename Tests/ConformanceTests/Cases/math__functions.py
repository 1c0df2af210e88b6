import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 3))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.copysign(2, -0.0))
print(math.ceil(2.1), math.floor(-2.1), math.trunc(-2.9), math.ceil(5), math.floor(1e20), type(math.ceil(1.5)))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=7), math.prod(range(1, 30)))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 0), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(30), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.isqrt(17), math.isqrt(10**30), math.pow(2, 10), math.pow(2, -1), math.pow(0, 0))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.fmod(-7, 3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.hypot(*range(1, 20)), math.hypot(1e300, 1e300, 1e-300), math.hypot(0.1, 0.2, 0.3), math.remainder(7, 4), math.cbrt(27))
print(math.log(10**400) > 920, math.log(2**1000, 2), math.erf(1), math.gamma(5))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.asin(1), math.acos(0))

errors = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
    lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.comb(3, -2),
    lambda: math.isqrt(-1), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: math.pow(10, 400),
    lambda: math.floor(math.nan), lambda: math.ceil(math.inf), lambda: math.sqrt("4"), lambda: math.acos(2),
    lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1,), (1, 2)), lambda: math.gcd(2.0, 4),
    lambda: math.atanh(1), lambda: math.fmod(1, 0), lambda: math.log(10, 1), lambda: math.fsum([math.inf, -math.inf]),
]
for f in errors:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
