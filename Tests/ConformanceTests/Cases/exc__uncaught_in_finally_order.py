# uncaught exception still runs finally blocks (output printed) before the traceback
def work():
    try:
        print("working")
        raise LookupError("resource missing")
    finally:
        print("cleanup 1")
def main():
    try:
        work()
    finally:
        print("cleanup 2")
main()
