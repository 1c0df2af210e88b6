extension Lexer {
    /// At the start of a logical line: skips blank and comment-only lines, then compares the
    /// indentation with the stack and returns an INDENT or the first DEDENT (queueing the rest),
    /// or nil when the level is unchanged.
    ///
    /// Columns follow CPython: a tab advances to the next multiple of 8 and a form feed resets
    /// the column. `alt` counts tabs as 1 column; disagreement between the two comparisons is a
    /// `TabError`.
    mutating func lexIndentation() throws(SyntaxError) -> Token? {
        while true {
            var column = 0
            var alt = 0
            var position = index
            scan: while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: " "):
                    column &+= 1
                    alt &+= 1
                case UInt8(ascii: "\t"):
                    column = (column / 8 &+ 1) &* 8
                    alt &+= 1
                case 0x0C:
                    column = 0
                    alt = 0
                default:
                    break scan
                }
                position &+= 1
            }
            index = position
            if position >= bytes.count {
                atLineStart = false
                return nil
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\n") {
                // A blank or comment-only line does not affect indentation.
                skipComment()
                if index < bytes.count {
                    index &+= 1
                    startNewLine()
                }
                continue
            }
            atLineStart = false
            return try applyIndentation(column: column, alt: alt)
        }
    }

    /// Pushes or pops indentation levels for a line indented to `column`.
    private mutating func applyIndentation(column: Int, alt: Int) throws(SyntaxError) -> Token? {
        let top = indents.last ?? 0
        let altTop = altIndents.last ?? 0
        if column == top {
            if alt != altTop {
                throw tabError()
            }
            return nil
        }
        if column > top {
            if indents.count > limits.maxNestingDepth {
                throw error("too many levels of indentation", kind: .indentationError, column: 0)
            }
            if alt <= altTop {
                throw tabError()
            }
            indents.append(column)
            altIndents.append(alt)
            tokenStart = lineStart
            tokenLine = line
            tokenColumn = 0
            return finish(.indent)
        }
        var count = 0
        while indents.count > 1, let last = indents.last, column < last {
            indents.removeLast()
            altIndents.removeLast()
            count &+= 1
        }
        if column != indents.last {
            throw error("unindent does not match any outer indentation level", kind: .indentationError,
                        column: lineEndColumn())
        }
        if alt != altIndents.last {
            throw tabError()
        }
        pendingDedents = count &- 1
        begin()
        return finish(.dedent)
    }

    /// CPython's `TabError`, reported without a caret.
    private func tabError() -> SyntaxError {
        error("inconsistent use of tabs and spaces in indentation", kind: .tabError, column: 0)
    }

    /// The byte column of the end of the current line (before its newline).
    func lineEndColumn() -> Int {
        var position = index
        while position < bytes.count && bytes[position] != UInt8(ascii: "\n") {
            position &+= 1
        }
        return position &- lineStart
    }
}
