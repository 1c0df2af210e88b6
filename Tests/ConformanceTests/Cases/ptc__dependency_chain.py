# orchestration: dependent tool calls (user -> account -> transactions) then concurrent fan-out per account
import asyncio

async def get_user(email):
    await asyncio.sleep(0)
    return {"user_id": "u-9", "email": email, "account_ids": ["a-1", "a-2", "a-3"]}

async def get_account(account_id):
    await asyncio.sleep(0)
    kinds = {"a-1": "checking", "a-2": "savings", "a-3": "credit"}
    return {"id": account_id, "type": kinds[account_id], "currency": "USD"}

async def get_transactions(account_id, month):
    await asyncio.sleep(0)
    n = int(account_id[-1])
    return [{"amount": (-1) ** k * (k + 1) * 25 * n, "desc": f"txn{k}"} for k in range(n + 2)]

async def main():
    user = await get_user("pat@example.com")
    accounts = await asyncio.gather(*(get_account(a) for a in user["account_ids"]))
    txns = await asyncio.gather(*(get_transactions(a["id"], "2024-03") for a in accounts))
    print(f"user {user['user_id']} has {len(accounts)} accounts")
    net_total = 0
    for acct, ts in zip(accounts, txns):
        inflow = sum(t["amount"] for t in ts if t["amount"] > 0)
        outflow = -sum(t["amount"] for t in ts if t["amount"] < 0)
        net = inflow - outflow
        net_total += net
        print(f"  {acct['id']} ({acct['type']:<8}) txns={len(ts)} in={inflow:>5} out={outflow:>5} net={net:>+5}")
    print("net across accounts:", net_total)
    largest = max(((a["id"], t) for a, ts in zip(accounts, txns) for t in ts), key=lambda p: abs(p[1]["amount"]))
    print("largest movement:", largest[0], largest[1])

asyncio.run(main())
