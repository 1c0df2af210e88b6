"""Team and expenses service: an example ToolMesh worker in Python, backed by SQLite.

Tools:
  list_departments()                        -> ["engineering", ...]
  get_team_members(department)              -> [{"id", "name", "level", "home_city"}, ...]
  get_expenses(employee_id, quarter)        -> [{"date", "category", "amount_usd", "city", "description"}, ...]

Run:  python3 team_service.py --router 127.0.0.1:7400 [--db PATH] [--latency-ms N]
The database is created in memory from the seed data below unless --db names a file.
"""

import argparse
import asyncio
import sqlite3
import threading

from toolmesh import ToolError, Worker

EMPLOYEES = [
    # id, name, department, level, home city
    ("e101", "Ada Park", "engineering", "senior", "New York"),
    ("e102", "Bilal Khan", "engineering", "mid", "New York"),
    ("e103", "Chen Wei", "engineering", "staff", "London"),
    ("e104", "Dana Ruiz", "engineering", "junior", "Madrid"),
    ("e105", "Emeka Obi", "engineering", "senior", "London"),
    ("e106", "Fatima Zahra", "engineering", "mid", "Berlin"),
    ("e107", "Goran Ilic", "engineering", "junior", "Berlin"),
    ("e108", "Hana Sato", "engineering", "senior", "Tokyo"),
    ("e201", "Ivan Petrov", "sales", "mid", "New York"),
    ("e202", "Julia Costa", "sales", "senior", "London"),
    ("e301", "Kofi Mensah", "support", "junior", "Oslo"),
]

# employee, date, category, amount in USD, city, description
EXPENSES = [
    ("e101", "2026-07-08", "travel", 1840.00, "Paris", "Flight JFK-CDG, customer onsite"),
    ("e101", "2026-07-09", "travel", 1260.50, "Paris", "Hotel, 3 nights"),
    ("e101", "2026-08-19", "travel", 2350.00, "London", "Flight JFK-LHR, platform summit"),
    ("e101", "2026-08-20", "travel", 980.25, "London", "Hotel, 2 nights"),
    ("e101", "2026-08-21", "meals", 96.40, "London", "Team dinner"),
    ("e102", "2026-07-15", "travel", 420.00, "Madrid", "Train and hotel, partner visit"),
    ("e102", "2026-09-02", "equipment", 1299.00, "New York", "Laptop"),
    ("e103", "2026-07-21", "travel", 3100.00, "Tokyo", "Flight LHR-HND, conference talk"),
    ("e103", "2026-07-22", "travel", 1450.00, "Tokyo", "Hotel, 5 nights"),
    ("e103", "2026-09-10", "travel", 2980.00, "Sydney", "Flight LHR-SYD, launch"),
    ("e103", "2026-09-11", "travel", 1120.00, "Sydney", "Hotel, 4 nights"),
    ("e104", "2026-08-05", "travel", 2140.00, "New York", "Flight and hotel, onboarding week"),
    ("e104", "2026-08-06", "travel", 1275.80, "New York", "Hotel extension"),
    ("e104", "2026-08-07", "training", 450.00, "Madrid", "Online course"),
    ("e105", "2026-07-03", "travel", 310.00, "Paris", "Eurostar, design review"),
    ("e105", "2026-09-14", "travel", 890.00, "Berlin", "Flight and hotel, team offsite"),
    ("e106", "2026-08-12", "travel", 2600.00, "New York", "Flight BER-JFK, customer onsite"),
    ("e106", "2026-08-13", "travel", 1900.00, "New York", "Hotel, 4 nights"),
    ("e106", "2026-08-14", "meals", 180.00, "New York", "Meals, 4 days"),
    ("e107", "2026-09-22", "travel", 640.00, "Paris", "Train and hotel, meetup"),
    ("e108", "2026-07-28", "travel", 4200.00, "New York", "Flight HND-JFK, planning week"),
    ("e108", "2026-07-29", "travel", 2300.00, "New York", "Hotel, 6 nights"),
    ("e201", "2026-08-01", "travel", 5200.00, "Sydney", "Customer visit"),
    ("e202", "2026-07-11", "travel", 700.00, "Paris", "Client lunch trip"),
    ("e301", "2026-08-30", "software", 120.00, "Oslo", "Ticketing plugin"),
]

QUARTERS = {"Q1": ("01", "03"), "Q2": ("04", "06"), "Q3": ("07", "09"), "Q4": ("10", "12")}


def open_database(path):
    """Opens (and seeds, if empty) the database; one connection shared under a lock."""
    db = sqlite3.connect(path, check_same_thread=False)
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS employees (
            id TEXT PRIMARY KEY, name TEXT, department TEXT, level TEXT, home_city TEXT);
        CREATE TABLE IF NOT EXISTS expenses (
            employee_id TEXT REFERENCES employees(id), date TEXT, category TEXT,
            amount_usd REAL, city TEXT, description TEXT);
        """
    )
    if db.execute("SELECT COUNT(*) FROM employees").fetchone()[0] == 0:
        db.executemany("INSERT INTO employees VALUES (?, ?, ?, ?, ?)", EMPLOYEES)
        db.executemany("INSERT INTO expenses VALUES (?, ?, ?, ?, ?, ?)", EXPENSES)
        db.commit()
    return db


def build_worker(router, db, latency_ms=0, token=None, worker_id=None):
    """The worker with the three tools, reading from `db`."""
    lock = threading.Lock()
    worker = Worker(router, token=token, name="team-service", worker_id=worker_id)

    def query(sql, params=()):
        with lock:
            return db.execute(sql, params).fetchall()

    async def pause():
        # A real service would wait on its database or an API; the demo makes that visible.
        if latency_ms:
            await asyncio.sleep(latency_ms / 1000)

    @worker.tool(
        input_schema={"type": "object", "properties": {}, "additionalProperties": False},
        output_schema={"type": "array", "items": {"type": "string"}},
        idempotent=True,
    )
    async def list_departments():
        """Lists the company's departments."""
        await pause()
        return [row[0] for row in query("SELECT DISTINCT department FROM employees ORDER BY 1")]

    @worker.tool(
        input_schema={
            "type": "object",
            "properties": {"department": {"type": "string", "description": "Department name, e.g. 'engineering'."}},
            "required": ["department"],
            "additionalProperties": False,
        },
        output_schema={
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "level": {"type": "string"},
                    "home_city": {"type": "string"},
                },
            },
        },
        idempotent=True,
    )
    async def get_team_members(department):
        """Lists the members of a department with their level and home city."""
        await pause()
        rows = query(
            "SELECT id, name, level, home_city FROM employees WHERE department = ? ORDER BY id", (department,)
        )
        if not rows:
            raise ToolError(f"unknown department: {department}", code="NOT_FOUND")
        return [{"id": r[0], "name": r[1], "level": r[2], "home_city": r[3]} for r in rows]

    @worker.tool(
        input_schema={
            "type": "object",
            "properties": {
                "employee_id": {"type": "string", "description": "An employee id from get_team_members."},
                "quarter": {"type": "string", "enum": sorted(QUARTERS), "description": "Quarter of 2026."},
            },
            "required": ["employee_id", "quarter"],
            "additionalProperties": False,
        },
        output_schema={
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "date": {"type": "string"},
                    "category": {"type": "string"},
                    "amount_usd": {"type": "number"},
                    "city": {"type": "string"},
                    "description": {"type": "string"},
                },
            },
        },
        idempotent=True,
    )
    async def get_expenses(employee_id, quarter):
        """Lists an employee's expense items in a quarter of 2026 (amounts in USD)."""
        await pause()
        if not query("SELECT 1 FROM employees WHERE id = ?", (employee_id,)):
            raise ToolError(f"unknown employee: {employee_id}", code="NOT_FOUND")
        first, last = QUARTERS[quarter]
        rows = query(
            "SELECT date, category, amount_usd, city, description FROM expenses "
            "WHERE employee_id = ? AND substr(date, 6, 2) BETWEEN ? AND ? ORDER BY date",
            (employee_id, first, last),
        )
        return [
            {"date": r[0], "category": r[1], "amount_usd": r[2], "city": r[3], "description": r[4]} for r in rows
        ]

    return worker


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--router", default="127.0.0.1:7400")
    parser.add_argument("--token", default=None)
    parser.add_argument("--id", default=None, help="worker id, stable across reconnects")
    parser.add_argument("--db", default=":memory:", help="SQLite file (default: in memory, seeded)")
    parser.add_argument("--latency-ms", type=int, default=0, help="simulated backend latency per call")
    args = parser.parse_args()
    worker = build_worker(args.router, open_database(args.db), args.latency_ms, args.token, args.id)
    worker.serve()


if __name__ == "__main__":
    main()
