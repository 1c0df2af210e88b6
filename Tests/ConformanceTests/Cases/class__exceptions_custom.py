# user exception classes: custom __init__, str(e), args, inheritance, catching by base, extra attributes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, resource, rid):
        super().__init__(f"{resource} {rid} not found")
        self.resource = resource
        self.rid = rid
class RateLimited(AppError):
    def __init__(self, retry_after):
        self.retry_after = retry_after
    def __str__(self):
        return f"retry after {self.retry_after}s"
for exc in [NotFound("user", 42), RateLimited(5), AppError("generic", 1)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e))
try:
    raise NotFound("order", "A1")
except NotFound as e:
    print(e.resource, e.rid, isinstance(e, AppError), isinstance(e, Exception))
class WithDefault(ValueError):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise WithDefault("explicit")
except WithDefault as e:
    print(e)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
