# the standard exception hierarchy: LookupError, ArithmeticError, Exception vs BaseException, OSError aliases
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (TimeoutError, OSError),
    (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception),
    (GeneratorExit, Exception), (Exception, BaseException), (AssertionError, Exception),
    (bool, int), (TypeError, ValueError),
]
for sub, base in pairs:
    print(f"{sub.__name__} < {base.__name__}: {issubclass(sub, base)}")
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    [][1]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in KeyError.__mro__])
