# retry loop around a flaky async call with attempt counting and final failure
import asyncio

attempts = {}

async def flaky(key, fail_times):
    attempts[key] = attempts.get(key, 0) + 1
    await asyncio.sleep(0)
    if attempts[key] <= fail_times:
        raise ConnectionError(f"{key} attempt {attempts[key]} failed")
    return f"{key} ok after {attempts[key]}"

async def with_retry(key, fail_times, max_tries=3):
    last = None
    for i in range(max_tries):
        try:
            return await flaky(key, fail_times)
        except ConnectionError as e:
            last = e
            print("retrying:", e)
    return f"{key} gave up: {last}"

async def main():
    results = await asyncio.gather(with_retry("a", 0), with_retry("b", 2), with_retry("c", 5))
    for r in results:
        print(r)
    print(attempts)

asyncio.run(main())
