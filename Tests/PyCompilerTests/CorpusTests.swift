import PyTestSupport
import Testing
@testable import PyCompiler

@Test(arguments: orchestrationCorpus.indices)
func orchestrationCorpusCompiles(index: Int) throws {
    let code = try compileVerified(orchestrationCorpus[index])
    let lines = orchestrationCorpus[index].split(separator: "\n", omittingEmptySubsequences: false).count
    for object in allCodeObjects(code) {
        #expect(object.locations.allSatisfy { $0.line >= 1 && Int($0.line) <= lines })
    }
}

@Test(arguments: snippetCorpus.indices)
func snippetCompiles(index: Int) throws {
    let source = snippetCorpus[index]
    let code = try compileVerified(source)
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
    for object in allCodeObjects(code) {
        #expect(object.locations.allSatisfy { $0.line >= 1 && Int($0.line) <= lines }, "\(source)")
    }
}
