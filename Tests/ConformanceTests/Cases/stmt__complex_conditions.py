# complex boolean conditions: precedence of not/and/or, parenthesized groups, any/all with conditions, De Morgan
def check(age, member, coupon):
    if (age >= 65 or member) and not coupon:
        return "discount"
    elif coupon and not (age < 18 or member):
        return "coupon"
    return "full price"
for args in [(70, False, False), (30, True, False), (30, False, True), (10, False, True), (30, True, True)]:
    print(args, check(*args))
a, b = True, False
print((not (a and b)) == ((not a) or (not b)), (not (a or b)) == ((not a) and (not b)))
x = 7
print(0 < x < 10 and x % 2 == 1, x in (1, 3, 7) or x > 100, not x == 7)
