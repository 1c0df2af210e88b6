# record-like classes written by hand (no dataclasses import): __init__, __repr__, __eq__, to_dict, sorting
class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
    def __repr__(self):
        return f"Employee(name={self.name!r}, dept={self.dept!r}, salary={self.salary})"
    def __eq__(self, other):
        return isinstance(other, Employee) and vars(self) == vars(other)
    def to_dict(self):
        return dict(vars(self))
staff = [Employee("zoe", "eng", 120), Employee("al", "ops", 90), Employee("bo", "eng", 110)]
print(staff[0])
print(sorted(staff, key=lambda e: e.salary)[0].name)
print([e.to_dict() for e in staff if e.dept == "eng"])
print(Employee("a", "b", 1) == Employee("a", "b", 1), Employee("a", "b", 1) == Employee("a", "b", 2))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
