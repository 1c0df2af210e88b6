import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, Mapping,
                    NamedTuple, Optional, Protocol, Sequence, Set, Tuple, TypedDict, TypeVar, Union, cast)


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(Any, Optional[int], Union[int, str], Union[int, None], Union[int], Optional[List[int]], List, List[int], Dict[str, int])
print(Callable[[int, str], bool], Callable[..., int], Literal[1, "a"], Tuple[int, ...], Iterable[str], Mapping[str, Any])
print(ClassVar[int], Final, Final[int], Union[int, Union[str, float]], Optional[Union[int, str]], Union[int, int, str])
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str], hash(Optional[int]) == hash(Optional[int]))
T = TypeVar("T")
print(T, TypeVar("U", bound=int), TypeVar("C", covariant=True), typing.TYPE_CHECKING, cast(int, "x"), cast("str", 5))
print(isinstance([], List), isinstance({}, Dict), isinstance((1,), Tuple), isinstance("s", Sequence), isinstance({}, Mapping))
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance(len, Callable), isinstance(iter([]), Iterator), isinstance(set(), Set))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(int), typing.get_origin(int))


def total(values: List[int], scale: Optional[float] = None) -> int:
    return sum(values)


print(total([1, 2, 3]))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point(1), Point(1, 2).norm(), Point._fields, Point._field_defaults, isinstance(Point(1), tuple), Point(3, 4)._asdict())
print(Point(5)._replace(y=1), Point._make([7, 8]), Point.__name__, Point(1) == (1, 0))
Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "x"), Pair._fields)


class Movie(TypedDict, total=False):
    name: str
    year: int


m = Movie(name="Alien", year=1979)
print(m, type(m).__name__, m["name"], Movie.__name__, Movie({"a": 1}))
Config = TypedDict("Config", {"debug": bool})
print(Config(debug=True), type(Config(debug=False)).__name__)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack()
s.push(1)
print(s.items, isinstance(s, Generic))


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()))


class Account:
    rate: ClassVar[float] = 0.05
    owner: str

    def __init__(self, owner: str) -> None:
        self.owner = owner


print(Account("x").owner, Account.rate)


class Tagged(List[int]):
    pass


print(Tagged([1, 2]), isinstance(Tagged(), list))

attempt("instantiate List", lambda: List())
attempt("instantiate Any", lambda: Any())
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance subscripted", lambda: isinstance([], List[int]))
attempt("optional two", lambda: Optional[int, str])
attempt("empty union", lambda: Union[()])
attempt("any subscript", lambda: Any[int])
attempt("new type", lambda: typing.NewType("UserId", int)(5))
attempt("new type repr", lambda: typing.NewType("UserId", int))


def bad_named_tuple():
    class Bad(NamedTuple):
        x: int = 0
        y: int


attempt("namedtuple default order", bad_named_tuple)
