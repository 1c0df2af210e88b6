# orchestration: contacts from several CRM sources, normalize emails, merge duplicates, report conflicts
import asyncio

async def get_contacts(source):
    await asyncio.sleep(0)
    data = {
        "hubspot": [{"email": "Ann@Example.com ", "name": "Ann Lee", "phone": "555-0101"},
                    {"email": "bo@example.com", "name": "Bo Chan", "phone": None}],
        "salesforce": [{"email": "ann@example.com", "name": "Ann Lee", "phone": "555-0199"},
                       {"email": "cy@example.com", "name": "Cy Diaz", "phone": "555-0303"}],
        "sheet": [{"email": "BO@EXAMPLE.COM", "name": "Bo  Chan", "phone": "555-0202"},
                  {"email": "", "name": "No Email", "phone": None},
                  {"email": "cy@example.com", "name": "C. Diaz", "phone": "555-0303"}],
    }
    return data[source]

async def main():
    sources = ["hubspot", "salesforce", "sheet"]
    lists = await asyncio.gather(*(get_contacts(s) for s in sources))
    merged = {}
    skipped = 0
    conflicts = []
    for src, contacts in zip(sources, lists):
        for c in contacts:
            email = c["email"].strip().lower()
            if not email:
                skipped += 1
                continue
            name = " ".join(c["name"].split())
            entry = merged.setdefault(email, {"name": name, "phones": [], "sources": []})
            entry["sources"].append(src)
            if c["phone"] and c["phone"] not in entry["phones"]:
                entry["phones"].append(c["phone"])
            if entry["name"] != name:
                conflicts.append((email, entry["name"], name))
    for email, e in sorted(merged.items()):
        print(f"{email:<17} {e['name']:<8} phones={e['phones']} sources={'+'.join(e['sources'])}")
    print("skipped (no email):", skipped)
    print("name conflicts:", conflicts)
    print("multi-phone:", [e for e, v in sorted(merged.items()) if len(v["phones"]) > 1])

asyncio.run(main())
