# uncaught AttributeError on a user object (attribute name with no close match, so no "Did you mean")
class Order:
    def __init__(self, oid):
        self.oid = oid
def summarize(order):
    return f"{order.oid}: {order.zzyzx_total}"
print("start")
o = Order(7)
print(o.oid, hasattr(o, "zzyzx_total"), getattr(o, "zzyzx_total", "n/a"))
try:
    o.zzyzx_total
except AttributeError as e:
    print("caught once:", e)
print(summarize(Order(7)))
