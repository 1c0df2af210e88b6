# orchestration: reviews per product; naive keyword sentiment, average stars, top words with deterministic ties
import asyncio

REVIEWS = {
    "P1": [(5, "great battery and great screen"), (4, "good value"), (2, "bad speaker but good screen")],
    "P2": [(1, "terrible support, bad build"), (3, "okay value"), (2, "bad battery")],
    "P3": [],
}
POS, NEG = {"great", "good", "excellent"}, {"bad", "terrible", "poor"}

async def get_reviews(product_id):
    await asyncio.sleep(0)
    return [{"stars": s, "text": t} for s, t in REVIEWS[product_id]]

async def main():
    products = sorted(REVIEWS)
    all_reviews = await asyncio.gather(*(get_reviews(p) for p in products))
    words = {}
    for pid, reviews in zip(products, all_reviews):
        if not reviews:
            print(f"{pid}: no reviews")
            continue
        score = 0
        for r in reviews:
            for w in r["text"].replace(",", " ").split():
                words[w] = words.get(w, 0) + 1
                score += (w in POS) - (w in NEG)
        avg = sum(r["stars"] for r in reviews) / len(reviews)
        label = "positive" if score > 0 else "negative" if score < 0 else "neutral"
        print(f"{pid}: {len(reviews)} reviews, avg {avg:.2f} stars, sentiment {score:+d} ({label})")
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top words:", top)

asyncio.run(main())
