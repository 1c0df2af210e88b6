import time


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


start, wall, counter = time.monotonic(), time.time(), time.perf_counter()
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
print(time.monotonic() - start >= 0.02, time.perf_counter() - counter >= 0.02, time.time() >= wall, wall > 1.6e9)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 5, time.monotonic_ns() > 0, time.process_time() >= 0)
attempt("negative", lambda: time.sleep(-1))
attempt("string", lambda: time.sleep("a"))
attempt("nan", lambda: time.sleep(float("nan")))
attempt("none", lambda: time.sleep(None))
attempt("no argument", lambda: time.sleep())
attempt("time argument", lambda: time.time(1))
