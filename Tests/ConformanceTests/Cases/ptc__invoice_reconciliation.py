# orchestration: fetch invoices and payments concurrently, match by invoice id, find unpaid/partial/overpaid
import asyncio

async def get_invoices(customer):
    await asyncio.sleep(0)
    return [{"inv": "INV-1", "amount": 1200}, {"inv": "INV-2", "amount": 450}, {"inv": "INV-3", "amount": 980},
            {"inv": "INV-4", "amount": 300}]

async def get_payments(customer):
    await asyncio.sleep(0)
    return [{"inv": "INV-1", "paid": 1200}, {"inv": "INV-2", "paid": 200}, {"inv": "INV-2", "paid": 100},
            {"inv": "INV-4", "paid": 350}, {"inv": "INV-9", "paid": 75}]

async def main():
    invoices, payments = await asyncio.gather(get_invoices("acme"), get_payments("acme"))
    paid = {}
    for p in payments:
        paid[p["inv"]] = paid.get(p["inv"], 0) + p["paid"]
    status = {"paid": [], "partial": [], "unpaid": [], "overpaid": []}
    for inv in invoices:
        got = paid.get(inv["inv"], 0)
        if got == 0:
            key = "unpaid"
        elif got < inv["amount"]:
            key = "partial"
        elif got == inv["amount"]:
            key = "paid"
        else:
            key = "overpaid"
        status[key].append((inv["inv"], inv["amount"], got))
    for key, items in status.items():
        print(f"{key:<9}", ", ".join(f"{i} ({g}/{a})" for i, a, g in items) or "-")
    known = {i["inv"] for i in invoices}
    orphans = sorted(k for k in paid if k not in known)
    print("payments without invoice:", orphans)
    outstanding = sum(a - g for _, a, g in status["partial"] + status["unpaid"])
    print(f"outstanding balance: ${outstanding:,}")

asyncio.run(main())
