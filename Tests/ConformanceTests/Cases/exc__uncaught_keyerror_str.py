# uncaught KeyError with a string key: last stderr line is "KeyError: 'email'"
def get_email(user):
    return user["email"]
def notify(users):
    for u in users:
        print("notifying", u["name"])
        print(get_email(u))
print(get_email({"email": "z@x"}))
try:
    get_email({})
except KeyError as e:
    print("handled:", e)
notify([{"name": "ann", "email": "a@x"}, {"name": "bob"}])
