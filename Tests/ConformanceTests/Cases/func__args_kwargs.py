# *args and **kwargs: collection, forwarding, unpacking at call site, ordering of kwargs
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{"y": 5, "z": 6}))
def wrapper(*args, **kwargs):
    return show(*args, **kwargs)
print(wrapper("p", k="v"))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def opts(required, **options):
    return required, sorted(options.items())
print(opts("r", z=1, a=2))
print(show(*(), **{}))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(1, 2, start=10), total())
