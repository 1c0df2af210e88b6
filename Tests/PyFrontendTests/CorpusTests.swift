import PyTestSupport
import Testing
@testable import PyFrontend

@Test(arguments: orchestrationCorpus.indices)
func orchestrationProgramParses(index: Int) throws {
    let module = try Python.parse(orchestrationCorpus[index])
    #expect(!module.body.isEmpty)
}

@Test func corpusStatementKinds() throws {
    let module = try Python.parse(orchestrationCorpus[0])
    #expect(module.body.count == 6)
    guard case .asyncFunctionDef(let function) = module.body[2].kind else {
        Issue.record("expected async def")
        return
    }
    #expect(function.name == "fetch_user")
    #expect(function.args.args.map(\.arg) == ["user_id"])
    guard case .try(_, let handlers, _, _) = function.body[0].kind else {
        Issue.record("expected try")
        return
    }
    #expect(handlers.first?.name == "e")
    guard case .assign(_, let value) = module.body[3].kind, case .await(let call) = value.kind,
          case .call(_, let args, _) = call.kind, case .starred(let list, _) = args.first?.kind,
          case .listComp = list.kind else {
        Issue.record("expected await asyncio.gather(*[...])")
        return
    }
}
