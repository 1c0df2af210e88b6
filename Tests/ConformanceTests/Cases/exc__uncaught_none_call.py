# uncaught TypeError: 'NoneType' object is not callable (callback missing)
def run(callback=None):
    print("before callback")
    return callback(1)
run(lambda x: print("got", x))
try:
    run(None)
except TypeError as e:
    print("handled:", e)
print(callable(None), callable(run))
run()
