# orchestration program that does not guard a tool failure: a record lacks "amount", last line "KeyError: 'amount'"
import asyncio

async def get_transactions(account):
    await asyncio.sleep(0)
    if account == "acct-3":
        return [{"id": "t9", "amt": 5}]
    return [{"id": f"t{account[-1]}", "amount": 100 * int(account[-1])}]

async def main():
    accounts = ["acct-1", "acct-2", "acct-3"]
    batches = await asyncio.gather(*(get_transactions(a) for a in accounts))
    for acct, txns in zip(accounts, batches):
        total = sum(t["amount"] for t in txns)
        print(acct, total)

asyncio.run(main())
