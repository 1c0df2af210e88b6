# mapping gather results back to keys with zip; dict comprehension over results
import asyncio

PRICES = {"AAPL": 190, "MSFT": 410, "GOOG": 140}

async def get_price(symbol):
    await asyncio.sleep(0)
    if symbol not in PRICES:
        raise KeyError(symbol)
    return PRICES[symbol]

async def main():
    symbols = ["MSFT", "GOOG", "TSLA", "AAPL"]
    results = await asyncio.gather(*(get_price(s) for s in symbols), return_exceptions=True)
    prices = {s: r for s, r in zip(symbols, results) if not isinstance(r, Exception)}
    missing = [s for s, r in zip(symbols, results) if isinstance(r, KeyError)]
    print(prices)
    print("missing:", missing)
    print("total:", sum(prices.values()))

asyncio.run(main())
