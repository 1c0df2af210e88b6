# orchestration: course roster + per-student scores gathered; averages, letter grades, histogram, top students
import asyncio

ROSTER = {"CS101": ["ana", "ben", "cai", "dev", "eli", "fox"]}

async def get_roster(course):
    await asyncio.sleep(0)
    return ROSTER[course]

async def get_scores(student):
    await asyncio.sleep(0)
    base = sum(ord(c) for c in student) % 40 + 55
    return [min(100, base + k * 4 - 3) for k in range(4)]

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

async def main():
    students = await get_roster("CS101")
    all_scores = await asyncio.gather(*(get_scores(s) for s in students))
    report = []
    for s, scores in zip(students, all_scores):
        avg = sum(scores) / len(scores)
        report.append({"student": s, "scores": scores, "avg": avg, "grade": letter(avg)})
    for r in sorted(report, key=lambda r: (-r["avg"], r["student"])):
        print(f"{r['student']:<4} {r['scores']} avg={r['avg']:.2f} {r['grade']}")
    hist = {g: 0 for g in "ABCDF"}
    for r in report:
        hist[r["grade"]] += 1
    for g, n in hist.items():
        print(f"{g}: {'#' * n}")
    class_avg = sum(r["avg"] for r in report) / len(report)
    print(f"class average: {round(class_avg, 2)}")
    print("above average:", [r["student"] for r in report if r["avg"] > class_avg])

asyncio.run(main())
