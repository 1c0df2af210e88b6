import Testing
@testable import PyFrontend

@Suite struct LexerTokenKinds {
    @Test func namesKeywordsAndOperators() {
        #expect(tokenDump("x = y.z") == "NAME(x) OP(=) NAME(y) OP(.) NAME(z) NEWLINE ENDMARKER")
        #expect(tokenDump("if not a and b or c is None: pass")
            == "KW(if) KW(not) NAME(a) KW(and) NAME(b) KW(or) NAME(c) KW(is) KW(None) OP(:) KW(pass) NEWLINE ENDMARKER")
        #expect(tokenDump("match case _ type") == "NAME(match) NAME(case) NAME(_) NAME(type) NEWLINE ENDMARKER")
        #expect(tokenDump("a **= b //= c >>= d <<= e ... -> := != @=")
            == "NAME(a) OP(**=) NAME(b) OP(//=) NAME(c) OP(>>=) NAME(d) OP(<<=) NAME(e) OP(...) OP(->) OP(:=) OP(!=) OP(@=) NEWLINE ENDMARKER")
        #expect(tokenDump("a<=b>=c==d<e>f") == "NAME(a) OP(<=) NAME(b) OP(>=) NAME(c) OP(==) NAME(d) OP(<) NAME(e) OP(>) NAME(f) NEWLINE ENDMARKER")
    }

    @Test func everyPunctuatorAndKeywordRoundTrips() throws {
        for punctuator in Punctuator.allCases where !["(", ")", "[", "]", "{", "}"].contains(punctuator.rawValue) {
            let tokens = try Lexer.tokenize("a \(punctuator.rawValue) b")
            #expect(tokens[1].kind == .op(punctuator), "\(punctuator.rawValue)")
        }
        for word in ReservedWord.allCases {
            let tokens = try Lexer.tokenize(word.rawValue)
            #expect(tokens[0].kind == .keyword(word))
        }
    }

    @Test func unicodeIdentifiers() {
        #expect(tokenDump("変数 = café") == "NAME(変数) OP(=) NAME(café) NEWLINE ENDMARKER")
        #expect(tokenDump("x = €").hasPrefix("error: invalid character '€' (U+20AC) @1:5"))
        #expect(tokenDump("x = \u{A0}1") == "error: invalid non-printable character U+00A0 @1:5")
    }

    @Test func numbers() {
        #expect(tokenDump("0 00 0_0 7 1_000 0x_fF 0o17 0b1_0")
            == "INT(0) INT(0) INT(0) INT(7) INT(1000) INT(255) INT(15) INT(2) NEWLINE ENDMARKER")
        #expect(tokenDump("1.5 .5 5. 1e3 1E-3 1_000.5e-3 012.5 0e0")
            == "FLOAT(1.5) FLOAT(0.5) FLOAT(5.0) FLOAT(1000.0) FLOAT(0.001) FLOAT(1.0005) FLOAT(12.5) FLOAT(0.0) NEWLINE ENDMARKER")
        #expect(tokenDump("2j 1.5J") == "IMAG(2.0) IMAG(1.5) NEWLINE ENDMARKER")
        #expect(tokenDump("123456789012345678901234567890 0xFFFFFFFFFFFFFFFFFF 9223372036854775807")
            == "BIGINT(123456789012345678901234567890/10) BIGINT(ffffffffffffffffff/16) INT(9223372036854775807) NEWLINE ENDMARKER")
        #expect(tokenDump("1if x else 2") == "INT(1) KW(if) NAME(x) KW(else) INT(2) NEWLINE ENDMARKER")
    }

    @Test func numberErrors() {
        #expect(tokenDump("012") == "error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:1")
        #expect(tokenDump("x = 1abc") == "error: invalid decimal literal @1:5")
        #expect(tokenDump("x = 1_") == "error: invalid decimal literal @1:6")
        #expect(tokenDump("x = 1__0") == "error: invalid decimal literal @1:6")
        #expect(tokenDump("x = 0x") == "error: invalid hexadecimal literal @1:6")
        #expect(tokenDump("0o8") == "error: invalid digit '8' in octal literal @1:3")
        #expect(tokenDump("0b12") == "error: invalid digit '2' in binary literal @1:4")
        #expect(tokenDump("1e") == "error: invalid decimal literal @1:1")
        #expect(tokenDump("1jx") == "error: invalid imaginary literal @1:1")
    }

    @Test func strings() {
        #expect(tokenDump(#"'a' "b" '''c''' """d""""#) == "STR(a) STR(b) STR(c) STR(d) NEWLINE ENDMARKER")
        #expect(tokenDump(#"r'\n' R"\d" u'x' U"y""#) == #"STR(\n) STR(\d) STR(x) STR(y) NEWLINE ENDMARKER"#)
        #expect(tokenDump(#"b'\x00A\101' rb'\x' Br"\n" bR'z'"#)
            == #"BYTES(0,65,65) BYTES(92,120) BYTES(92,110) BYTES(122) NEWLINE ENDMARKER"#)
        #expect(tokenDump("'''a\nb'''") == "STR(a\nb) NEWLINE ENDMARKER")
        #expect(tokenDump("'a\\\nb'") == "STR(ab) NEWLINE ENDMARKER")
        #expect(tokenDump(#"'it\'s' "q\"q""#) == #"STR(it's) STR(q"q) NEWLINE ENDMARKER"#)
    }

    @Test func escapes() throws {
        let tokens = try Lexer.tokenize(#"'\a\b\f\n\r\t\v\0\7\101\x41\u00e9\U0001F600\N{BULLET}\N{em dash}\d\\'"#)
        #expect(tokens[0].kind == .string(.str("\u{07}\u{08}\u{0C}\n\r\t\u{0B}\u{00}\u{07}AAé😀•—\\d\\")))
        #expect(tokenDump(#"'\x4'"#).hasPrefix(#"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#))
        #expect(tokenDump(#"'\N{NO SUCH NAME}'"#).hasPrefix("error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name"))
        #expect(tokenDump(#"'\U00110000'"#).contains("illegal Unicode character"))
        #expect(tokenDump(#"b'\u1234'"#) == #"BYTES(92,117,49,50,51,52) NEWLINE ENDMARKER"#)
        #expect(tokenDump("b'é'") == "error: bytes can only contain ASCII literal characters @1:1")
    }

    @Test func unterminatedStrings() {
        #expect(tokenDump("x = 'abc\ny") == "error: unterminated string literal (detected at line 1) @1:5")
        #expect(tokenDump("x = '''abc\n\ny\n") == "error: unterminated triple-quoted string literal (detected at line 3) @1:5")
        #expect(tokenDump("x = f'abc\n") == "error: unterminated f-string literal (detected at line 1) @1:5")
    }
}

@Suite struct LexerLayout {
    @Test func indentation() {
        #expect(tokenDump("if x:\n    y\n    z\nw\n")
            == "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT NAME(w) NEWLINE ENDMARKER")
        #expect(tokenDump("if a:\n  if b:\n    c\nd")
            == "KW(if) NAME(a) OP(:) NEWLINE INDENT KW(if) NAME(b) OP(:) NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT NAME(d) NEWLINE ENDMARKER")
        #expect(tokenDump("if a:\n  b") == "KW(if) NAME(a) OP(:) NEWLINE INDENT NAME(b) NEWLINE DEDENT ENDMARKER")
    }

    @Test func blankLinesAndCommentsDoNotAffectIndentation() {
        #expect(tokenDump("if x:\n\n  # c\n    \n  y # t\n# end\n")
            == "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER")
        #expect(tokenDump("\n\n# only comments\n") == "ENDMARKER")
        #expect(tokenDump("") == "ENDMARKER")
    }

    @Test func tabsFollowCPython() {
        #expect(tokenDump("if x:\n\ty\n\tz\n") == "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT ENDMARKER")
        #expect(tokenDump("if x:\n\ty\n        z\n") == "error: inconsistent use of tabs and spaces in indentation @3:1")
        #expect(tokenDump("if x:\n        y\n\tz\n") == "error: inconsistent use of tabs and spaces in indentation @3:1")
    }

    @Test func inconsistentDedent() {
        #expect(tokenDump("if x:\n    y\n  z\n") == "error: unindent does not match any outer indentation level @3:4")
    }

    @Test func implicitAndExplicitLineJoining() {
        #expect(tokenDump("x = (1,\n  2)\ny = [\n]\nz = 1 + \\\n 2")
            == "NAME(x) OP(=) OP(() INT(1) OP(,) INT(2) OP()) NEWLINE NAME(y) OP(=) OP([) OP(]) NEWLINE NAME(z) OP(=) INT(1) OP(+) INT(2) NEWLINE ENDMARKER")
        #expect(tokenDump("x = a \\ b") == "error: unexpected character after line continuation character @1:8")
        #expect(tokenDump("x = 1 + \\") == "error: unexpected EOF while parsing @1:10")
    }

    @Test func newlineStyles() {
        #expect(tokenDump("x\r\ny\rz") == "NAME(x) NEWLINE NAME(y) NEWLINE NAME(z) NEWLINE ENDMARKER")
        #expect(tokenDump("\u{FEFF}x") == "NAME(x) NEWLINE ENDMARKER")
        #expect(tokenDump("x = 1\0") == "error: source code string cannot contain null bytes @1:6")
    }

    @Test func bracketErrors() {
        #expect(tokenDump("x = (1]") == "error: closing parenthesis ']' does not match opening parenthesis '(' @1:7")
        #expect(tokenDump("x = (1,\n2]") == "error: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:2")
        #expect(tokenDump("x = 1)") == "error: unmatched ')' @1:6")
        #expect(tokenDump("x = (1,\n") == "error: '(' was never closed @1:5")
        #expect(tokenDump("x = $") == "error: invalid syntax @1:5")
    }

    @Test func tokenPositionsAreByteColumns() throws {
        let tokens = try Lexer.tokenize("é = 'ü'\n  \n")
        #expect(tokens[0].range == SourceRange(start: SourceLocation(line: 1, column: 0), end: SourceLocation(line: 1, column: 2)))
        #expect(tokens[2].range.start.column == 5)
        #expect(tokens[2].range.end.column == 9)
        #expect(tokens[3].kind == .newline)
        #expect(tokens[3].range.start == SourceLocation(line: 1, column: 9))
        #expect(tokens.last?.range.start == SourceLocation(line: 3, column: 0))
    }
}

@Suite struct LexerFStrings {
    @Test func literalPartsAndFields() {
        #expect(tokenDump("f'a{x}b'") == "FSTART FMID(a) OP({) NAME(x) OP(}) FMID(b) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{{x}}'") == "FSTART FMID({x}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f''") == "FSTART FEND NEWLINE ENDMARKER")
        #expect(tokenDump("F'{x!r}' rf'\\d{y}' fR'{z}'")
            == "FSTART OP({) NAME(x) OP(!) NAME(r) OP(}) FEND FSTART FMID(\\d) OP({) NAME(y) OP(}) FEND FSTART OP({) NAME(z) OP(}) FEND NEWLINE ENDMARKER")
    }

    @Test func formatSpecs() {
        #expect(tokenDump("f'{x:>{w}.{p}f}'")
            == "FSTART OP({) NAME(x) OP(:) FMID(>) OP({) NAME(w) OP(}) FMID(.) OP({) NAME(p) OP(}) FMID(f) OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{d[\"k\"]:,}'") == "FSTART OP({) NAME(d) OP([) STR(k) OP(]) OP(:) FMID(,) OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{x:{{}}}'").hasPrefix("FSTART OP({) NAME(x) OP(:)"))
    }

    @Test func nestedQuotesAndFStrings() {
        #expect(tokenDump("f\"{\"a\"}\"") == "FSTART OP({) STR(a) OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f\"{f\"{x}\"}\"") == "FSTART OP({) FSTART OP({) NAME(x) OP(}) FEND OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{a[\"b\"]!s}'") == "FSTART OP({) NAME(a) OP([) STR(b) OP(]) OP(!) NAME(s) OP(}) FEND NEWLINE ENDMARKER")
    }

    @Test func selfDocumentingAndComparisons() {
        #expect(tokenDump("f'{x = }'") == "FSTART OP({) NAME(x) OP(=) OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{a!=b}'") == "FSTART OP({) NAME(a) OP(!=) NAME(b) OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{a==b}'") == "FSTART OP({) NAME(a) OP(==) NAME(b) OP(}) FEND NEWLINE ENDMARKER")
    }

    @Test func multilineFieldsAndEscapes() {
        #expect(tokenDump("f'''{\n x\n}'''") == "FSTART OP({) NAME(x) OP(}) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'{x}\\n\\t'") == "FSTART OP({) NAME(x) OP(}) FMID(\n\t) FEND NEWLINE ENDMARKER")
        #expect(tokenDump("f'\\N{BULLET} {x}'") == "FSTART FMID(• ) OP({) NAME(x) OP(}) FEND NEWLINE ENDMARKER")
    }

    @Test func errors() {
        #expect(tokenDump("f'}'") == "error: f-string: single '}' is not allowed @1:3")
        #expect(tokenDump("f'{x'") == "error: f-string: expecting '}' @1:5")
        #expect(tokenDump("f'{x)}'") == "error: f-string: unmatched ')' @1:5")
    }
}
