# uncaught user-defined exception with a custom message: last line is "PaymentError: card declined (code 51)"
class PaymentError(Exception):
    def __init__(self, reason, code):
        super().__init__(f"{reason} (code {code})")
        self.code = code
def charge(amount):
    if amount > 100:
        raise PaymentError("card declined", 51)
    return f"charged {amount}"
def checkout(cart):
    total = sum(cart)
    print("total", total)
    return charge(total)
print(checkout([10, 20]))
print(checkout([60, 70]))
