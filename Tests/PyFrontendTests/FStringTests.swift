import Testing
@testable import PyFrontend

@Suite struct FStringParsing {
    @Test func pep701NestedSameQuotes() {
        #expect(exprDump(#"f"{"a" + f"{x["k"]}"}""#) == #"JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value='a'), op=Add(), right=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)])), conversion=-1)])"#)
        #expect(exprDump(#"f"{", ".join(xs)}""#) == #"JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value=', '), attr='join', ctx=Load()), args=[Name(id='xs', ctx=Load())], keywords=[]), conversion=-1)])"#)
    }

    @Test func selfDocumentingKeepsExpressionText() {
        #expect(exprDump("f'{x = }'") == "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])")
        #expect(exprDump("f'{ a+b=!s}'") == "JoinedStr(values=[Constant(value=' a+b='), FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=115)])")
        #expect(exprDump("f'{x=:>5}'") == "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))])")
    }

    @Test func conversionsAndNestedSpecs() {
        #expect(exprDump("f'{a!a}{b!s}{c!r}'") == "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=97), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115), FormattedValue(value=Name(id='c', ctx=Load()), conversion=114)])")
        #expect(exprDump("f'{x:{w}.{p}f}'") == "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')]))])")
        #expect(exprDump("f'{ratio:.1%} {n:,} {v:>10}'").contains("format_spec=JoinedStr(values=[Constant(value='.1%')])"))
    }

    @Test func concatenation() {
        #expect(exprDump("'a' f'b{c}d' 'e'") == "JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='de')])")
        #expect(exprDump("'a' 'b'") == "Constant(value='ab')")
        #expect(exprDump("b'a' b'b'") == "Constant(value=b'ab')")
        #expect(exprDump("f''") == "JoinedStr(values=[])")
        #expect(exprDump("f'{{}}'") == "JoinedStr(values=[Constant(value='{}')])")
    }

    @Test func multilineReplacementField() {
        #expect(exprDump("f'''{\n  x +\n  y\n}'''") == "JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', ctx=Load())), conversion=-1)])")
        #expect(exprDump("f'{\n x # comment\n}'") == "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])")
    }

    @Test func fieldRanges() throws {
        let module = try Python.parse("s = f'ab{x!r}'\n")
        guard case .assign(_, let value) = module.body[0].kind, case .joinedStr(let parts) = value.kind else {
            Issue.record("expected a JoinedStr")
            return
        }
        #expect(value.range == SourceRange(start: SourceLocation(line: 1, column: 4), end: SourceLocation(line: 1, column: 14)))
        #expect(parts.count == 2)
        #expect(parts[1].range == SourceRange(start: SourceLocation(line: 1, column: 8), end: SourceLocation(line: 1, column: 13)))
        if case .formattedValue(let field, _, _) = parts[1].kind {
            #expect(field.range == SourceRange(start: SourceLocation(line: 1, column: 9), end: SourceLocation(line: 1, column: 10)))
        }
    }
}

@Suite struct LiteralValues {
    @Test func bigIntegersKeepTheirDigits() throws {
        let module = try Python.parse("x = 123456789012345678901234567890\ny = 0xFFFF_FFFF_FFFF_FFFF_FF\nz = 9223372036854775807\n")
        let values = module.body.compactMap { stmt -> Constant? in
            if case .assign(_, let value) = stmt.kind, case .constant(let constant) = value.kind { return constant }
            return nil
        }
        #expect(values == [.bigInt(digits: "123456789012345678901234567890", radix: 10),
                           .bigInt(digits: "ffffffffffffffffff", radix: 16), .int(Int.max)])
        #expect(module.dump().contains("Constant(value=4722366482869645213695)"))
    }

    @Test func constantsAndEllipsis() {
        #expect(exprDump("(None, True, False, ..., 1.5, 'x', b'y')") == "Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False), Constant(value=Ellipsis), Constant(value=1.5), Constant(value='x'), Constant(value=b'y')], ctx=Load())")
        #expect(exprDump("1e400") == "Constant(value=inf)")
    }
}
