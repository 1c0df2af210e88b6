# orchestration: holdings plus concurrent quote lookups; market value, gain/loss, allocation percentages
import asyncio

QUOTES = {"AAPL": 189.5, "MSFT": 415.25, "NVDA": 880.0, "KO": 60.75}

async def get_holdings(account):
    await asyncio.sleep(0)
    return [{"symbol": "AAPL", "shares": 10, "cost": 150.0}, {"symbol": "MSFT", "shares": 4, "cost": 420.5},
            {"symbol": "NVDA", "shares": 2, "cost": 400.0}, {"symbol": "KO", "shares": 20, "cost": 62.25},
            {"symbol": "XYZ", "shares": 1, "cost": 10.0}]

async def get_quote(symbol):
    await asyncio.sleep(0)
    if symbol not in QUOTES:
        raise LookupError(f"no quote for {symbol}")
    return QUOTES[symbol]

async def main():
    holdings = await get_holdings("acct-1")
    quotes = await asyncio.gather(*(get_quote(h["symbol"]) for h in holdings), return_exceptions=True)
    rows = []
    for h, q in zip(holdings, quotes):
        if isinstance(q, LookupError):
            print("warning:", q)
            continue
        value = h["shares"] * q
        gain = value - h["shares"] * h["cost"]
        rows.append((h["symbol"], h["shares"], q, value, gain))
    total = sum(r[3] for r in rows)
    print(f"{'sym':<5}{'qty':>4}{'price':>9}{'value':>10}{'gain':>10}{'alloc':>8}")
    for sym, qty, price, value, gain in sorted(rows, key=lambda r: -r[3]):
        print(f"{sym:<5}{qty:>4}{price:>9.2f}{value:>10.2f}{gain:>+10.2f}{value / total:>8.1%}")
    print(f"total value: {total:,.2f}")
    winners = [r[0] for r in rows if r[4] > 0]
    losers = [r[0] for r in rows if r[4] < 0]
    print("winners:", winners, "losers:", losers)

asyncio.run(main())
