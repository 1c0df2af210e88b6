# common dict idioms with builtins: max(d, key=d.get), dict.fromkeys, sorted items by value desc then key
scores = {"ann": 90, "bob": 75, "cy": 90, "dee": 60}
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores, key=lambda k: scores[k]))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys(range(3), "x"))
print(sum(scores.values()) / len(scores), sum(scores.values()) // len(scores))
top = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:2]
print(top, dict(top))
print({k: v for k, v in scores.items() if v >= 75})
print(list(scores.items())[-1], next(iter(scores)))
