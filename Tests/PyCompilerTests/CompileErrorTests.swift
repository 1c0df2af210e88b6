import Testing
@testable import PyCompiler

/// CPython 3.12's messages for the checks its symbol table and compiler make after parsing,
/// with their positions (`line:column-endLine:endColumn`, 1-based character columns).
@Test(arguments: [
    ("def f():\n  x=1\n  global x", "name 'x' is assigned to before global declaration @3:3-3:11"),
    ("def f(x):\n  global x", "name 'x' is parameter and global @2:3-2:11"),
    ("def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration @3:3-3:11"),
    ("def f():\n  def g():\n    nonlocal x", "no binding for nonlocal 'x' found @3:5-3:15"),
    ("def f():\n  x=1\n  def g():\n    x=2\n    nonlocal x",
     "name 'x' is assigned to before nonlocal declaration @5:5-5:15"),
    ("def f():\n  print(x)\n  nonlocal x", "name 'x' is used prior to nonlocal declaration @3:3-3:13"),
    ("def f(x):\n  nonlocal x", "name 'x' is parameter and nonlocal @2:3-2:13"),
    ("def f():\n  global x\n  nonlocal x", "name 'x' is nonlocal and global @2:3-2:11"),
    ("def f():\n  x: int\n  global x", "annotated name 'x' can't be global @3:3-3:11"),
    ("def f():\n  global x\n  x: int", "annotated name 'x' can't be global @3:3-3:9"),
    ("[(x:=1) for x in y]", "assignment expression cannot rebind comprehension iteration variable 'x' @1:3-1:4"),
    ("[[(j:=0) for i in range(3)] for j in range(5)]",
     "assignment expression cannot rebind comprehension iteration variable 'j' @1:4-1:5"),
    ("class A:\n  [(y:=1) for x in z]",
     "assignment expression within a comprehension cannot be used in a class body @2:5-2:6"),
    ("[x for x in (y:=[1])]", "assignment expression cannot be used in a comprehension iterable expression @1:14-1:20"),
    ("[i for i in range(5) if (j := 0) for j in range(5)]",
     "comprehension inner loop cannot rebind assignment expression target 'j' @1:38-1:39"),
    ("async def f():\n  yield 1\n  return 2", "'return' with value in async generator @3:3-3:11"),
    ("async def f():\n  yield from x", "'yield from' inside async function @2:3-2:15"),
    ("a, *b, *c = x", "multiple starred expressions in assignment @1:1-1:10"),
    ("x = 1\n\ndef f():\n    y = 2\n    print(z)\n    global z", "name 'z' is used prior to global declaration @6:5-6:13"),
    ("s = 'é'\ndef f():\n    é = 1; global é", "name 'é' is assigned to before global declaration @3:12-3:20"),
])
func compileErrorMessages(source: String, expected: String) {
    #expect(compileError(source) == expected)
}

@Test func validScopingCompiles() {
    #expect(compileError("def f():\n  global x\n  x = 1") == "ok")
    #expect(compileError("def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2") == "ok")
    #expect(compileError("def f():\n  [y := 1 for x in z]\n  return y") == "ok")
}

@Test func errorsCarryFilenameAndSourceLine() throws {
    do {
        _ = try Compiler.compile(source: "def f(x):\n    global x\n", filename: "prog.py")
        Issue.record("expected a SyntaxError")
    } catch {
        #expect(error.filename == "prog.py")
        #expect(error.text == "    global x\n")
        #expect(error.kind == .syntaxError)
    }
}
