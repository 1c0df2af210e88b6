# orchestration: gather deals per sales rep, compute weighted pipeline by stage probability, leaderboard
import asyncio

STAGE_PROB = {"lead": 0.1, "qualified": 0.25, "proposal": 0.5, "negotiation": 0.75, "won": 1.0, "lost": 0.0}
DEALS = {
    "kim": [("Acme", 12000, "proposal"), ("Beta", 5000, "won"), ("Gamma", 20000, "lead")],
    "lee": [("Delta", 8000, "negotiation"), ("Echo", 3000, "lost")],
    "max": [("Foxtrot", 15000, "qualified"), ("Golf", 4000, "won"), ("Hotel", 9000, "negotiation")],
}

async def get_deals(rep):
    await asyncio.sleep(0)
    return [{"account": a, "amount": amt, "stage": st} for a, amt, st in DEALS[rep]]

async def main():
    reps = list(DEALS)
    deals = await asyncio.gather(*(get_deals(r) for r in reps))
    board = []
    stage_totals = {}
    for rep, ds in zip(reps, deals):
        weighted = sum(d["amount"] * STAGE_PROB[d["stage"]] for d in ds)
        won = sum(d["amount"] for d in ds if d["stage"] == "won")
        open_deals = [d for d in ds if d["stage"] not in ("won", "lost")]
        board.append((rep, weighted, won, len(open_deals)))
        for d in ds:
            stage_totals[d["stage"]] = stage_totals.get(d["stage"], 0) + d["amount"]
    board.sort(key=lambda b: b[1], reverse=True)
    print(f"{'rep':<5}{'weighted':>11}{'won':>8}{'open':>6}")
    for rep, w, won, n in board:
        print(f"{rep:<5}{w:>11,.0f}{won:>8,}{n:>6}")
    print("stage totals:", {s: stage_totals[s] for s in STAGE_PROB if s in stage_totals})
    print(f"team weighted pipeline: {sum(b[1] for b in board):,.2f}")

asyncio.run(main())
