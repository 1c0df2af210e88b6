/// CPython's `textwrap.TextWrapper` algorithm: text split into chunks as its `wordsep_re`
/// splits it (whitespace runs, words broken after hyphens between letters, em-dashes), then
/// chunks packed greedily into lines. Lengths count code points, as Python's do.
struct TextWrapOptions {
    var width = 70
    var initialIndent = ""
    var subsequentIndent = ""
    var expandTabs = true
    var replaceWhitespace = true
    var fixSentenceEndings = false
    var breakLongWords = true
    var dropWhitespace = true
    var breakOnHyphens = true
    var tabSize = 8
    var maxLines: Int?
    var placeholder = " [...]"

    static let names = ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                        "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
                        "max_lines", "placeholder"]

    /// Sets the option `name` from a Python value.
    mutating func set(_ vm: VM, _ name: String, _ value: Value) throws(PyError) {
        switch name {
        case "width": width = try vm.intArgument(value)
        case "initial_indent": initialIndent = try vm.str(value)
        case "subsequent_indent": subsequentIndent = try vm.str(value)
        case "expand_tabs": expandTabs = try vm.isTruthy(value)
        case "replace_whitespace": replaceWhitespace = try vm.isTruthy(value)
        case "fix_sentence_endings": fixSentenceEndings = try vm.isTruthy(value)
        case "break_long_words": breakLongWords = try vm.isTruthy(value)
        case "drop_whitespace": dropWhitespace = try vm.isTruthy(value)
        case "break_on_hyphens": breakOnHyphens = try vm.isTruthy(value)
        case "tabsize": tabSize = try vm.intArgument(value)
        case "max_lines": maxLines = value.isNone ? nil : try vm.intArgument(value)
        case "placeholder": placeholder = try vm.str(value)
        default: throw Errors.typeError("TextWrapper.__init__() got an unexpected keyword argument '\(name)'")
        }
    }
}

struct TextWrapper {
    typealias Text = [Unicode.Scalar]
    let options: TextWrapOptions

    static let whitespace: Set<Unicode.Scalar> = ["\t", "\n", "\u{0B}", "\u{0C}", "\r", " "]

    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c == "_" { return true }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { isWord(c) && c.properties.generalCategory != .decimalNumber }
    static func isWordPunctuation(_ c: Unicode.Scalar) -> Bool { isWord(c) || "!\"'&.,?".unicodeScalars.contains(c) }

    static func length(_ s: String) -> Int { s.unicodeScalars.count }

    /// `text.expandtabs(tabsize)`, then whitespace to spaces, as `_munge_whitespace` does.
    func munge(_ text: String) -> Text {
        var out: Text = []
        var column = 0
        for c in text.unicodeScalars {
            if options.expandTabs, c == "\t" {
                let spaces = options.tabSize > 0 ? options.tabSize - column % options.tabSize : 0
                out.append(contentsOf: Array(repeating: " ", count: spaces))
                column += spaces
                continue
            }
            out.append(options.replaceWhitespace && TextWrapper.whitespace.contains(c) ? " " : c)
            column = c == "\n" || c == "\r" ? 0 : column + 1
        }
        return out
    }

    /// `_split`: the chunks `wordsep_re` (or, without hyphen breaking, `wordsep_simple_re`)
    /// splits the text into.
    func split(_ text: Text) -> [String] {
        var chunks: [String] = []
        var p = 0
        while p < text.count {
            let end = options.breakOnHyphens ? matchChunk(text, p) : matchSimple(text, p)
            chunks.append(String(String.UnicodeScalarView(text[p..<end])))
            p = end
        }
        return chunks
    }

    private func matchSimple(_ t: Text, _ p: Int) -> Int {
        let blank = TextWrapper.whitespace.contains(t[p])
        var q = p + 1
        while q < t.count, TextWrapper.whitespace.contains(t[q]) == blank { q += 1 }
        return q
    }

    /// The end of the chunk starting at `p`, alternative by alternative as in `wordsep_re`.
    private func matchChunk(_ t: Text, _ p: Int) -> Int {
        let ws = TextWrapper.whitespace
        if ws.contains(t[p]) {
            var q = p + 1
            while q < t.count, ws.contains(t[q]) { q += 1 }
            return q
        }
        // An em-dash between words: (?<=wp) -{2,} (?=\w)
        if t[p] == "-", p > 0, TextWrapper.isWordPunctuation(t[p - 1]) {
            var q = p
            while q < t.count, t[q] == "-" { q += 1 }
            while q - p >= 2 {
                if q < t.count, TextWrapper.isWord(t[q]) { return q }
                q -= 1
            }
        }
        // A word, possibly hyphenated: \S+? followed by one of three endings.
        var k = p + 1
        while k <= t.count {
            // A hyphen after two letters (or letter-hyphen-letter), before letter -? letter.
            if k < t.count, t[k] == "-" {
                let h = k
                let twoLetters = h >= 2 && TextWrapper.isLetter(t[h - 1]) && TextWrapper.isLetter(t[h - 2])
                let letterHyphenLetter = h >= 3 && TextWrapper.isLetter(t[h - 1]) && t[h - 2] == "-" && TextWrapper.isLetter(t[h - 3])
                if twoLetters || letterHyphenLetter, h + 1 < t.count, TextWrapper.isLetter(t[h + 1]) {
                    if h + 2 < t.count, TextWrapper.isLetter(t[h + 2]) { return h + 1 }
                    if h + 3 < t.count, t[h + 2] == "-", TextWrapper.isLetter(t[h + 3]) { return h + 1 }
                }
            }
            // The end of the word.
            if k == t.count || ws.contains(t[k]) { return k }
            // Before an em-dash.
            if TextWrapper.isWordPunctuation(t[k - 1]), k + 2 < t.count, t[k] == "-", t[k + 1] == "-" {
                var q = k
                while q < t.count, t[q] == "-" { q += 1 }
                if q < t.count, TextWrapper.isWord(t[q]) { return k }
            }
            if ws.contains(t[k]) { return k }
            k += 1
        }
        return t.count
    }

    static func isBlank(_ chunk: String) -> Bool { chunk.unicodeScalars.allSatisfy(\.properties.isWhitespace) }

    /// `_fix_sentence_endings`: two spaces after `[a-z][.!?]["']?` at a chunk's end.
    static func fixSentenceEndings(_ chunks: inout [String]) {
        var i = 0
        while i < chunks.count - 1 {
            let scalars = Array(chunks[i].unicodeScalars)
            var end = scalars.count
            if end > 0, scalars[end - 1] == "\"" || scalars[end - 1] == "'" { end -= 1 }
            let ends = end >= 2 && "!.?".unicodeScalars.contains(scalars[end - 1])
                && ("a"..."z").contains(scalars[end - 2])
            if chunks[i + 1] == " ", ends {
                chunks[i + 1] = "  "
                i += 2
            } else {
                i += 1
            }
        }
    }

    func wrap(_ vm: VM, _ text: String) throws(PyError) -> [String] {
        var chunks = split(munge(text))
        if options.fixSentenceEndings { TextWrapper.fixSentenceEndings(&chunks) }
        return try wrapChunks(vm, chunks)
    }

    /// `_wrap_chunks`.
    func wrapChunks(_ vm: VM, _ chunks: [String]) throws(PyError) -> [String] {
        let length = TextWrapper.length
        guard options.width > 0 else { throw Errors.valueError("invalid width \(options.width) (must be > 0)") }
        if let maxLines = options.maxLines {
            let indent = maxLines > 1 ? options.subsequentIndent : options.initialIndent
            let stripped = options.placeholder.drop { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
            if length(indent) + length(String(stripped)) > options.width {
                throw Errors.valueError("placeholder too large for max width")
            }
        }
        var lines: [String] = []
        var reversed = Array(chunks.reversed())
        while !reversed.isEmpty {
            try vm.tick()
            var line: [String] = []
            var lineLength = 0
            let indent = lines.isEmpty ? options.initialIndent : options.subsequentIndent
            let width = options.width - length(indent)
            if options.dropWhitespace, let last = reversed.last, TextWrapper.isBlank(last), !lines.isEmpty {
                reversed.removeLast()
            }
            while let next = reversed.last, lineLength + length(next) <= width {
                line.append(next)
                lineLength += length(next)
                reversed.removeLast()
            }
            if let next = reversed.last, length(next) > width {
                handleLongWord(&reversed, &line, lineLength, width)
                lineLength = line.reduce(0) { $0 + length($1) }
            }
            if options.dropWhitespace, let last = line.last, TextWrapper.isBlank(last) {
                lineLength -= length(last)
                line.removeLast()
            }
            guard !line.isEmpty else { continue }
            let remainingBlank = options.dropWhitespace && reversed.count == 1 && TextWrapper.isBlank(reversed[0])
            if options.maxLines == nil || lines.count + 1 < options.maxLines ?? 0
                || ((reversed.isEmpty || remainingBlank) && lineLength <= width) {
                lines.append(indent + line.joined())
                continue
            }
            placeholderLine(&lines, &line, lineLength, width, indent)
            break
        }
        return lines
    }

    /// The last line of a truncated text: as many chunks as fit before the placeholder.
    private func placeholderLine(_ lines: inout [String], _ line: inout [String], _ lineLength: Int, _ width: Int,
                                 _ indent: String) {
        let length = TextWrapper.length
        var lineLength = lineLength
        while let last = line.last {
            if !TextWrapper.isBlank(last), lineLength + length(options.placeholder) <= width {
                line.append(options.placeholder)
                lines.append(indent + line.joined())
                return
            }
            lineLength -= length(last)
            line.removeLast()
        }
        if let previous = lines.last {
            let trimmed = String(String.UnicodeScalarView(previous.unicodeScalars.reversed()
                .drop { $0.properties.isWhitespace }.reversed()))
            if length(trimmed) + length(options.placeholder) <= options.width {
                lines[lines.count - 1] = trimmed + options.placeholder
                return
            }
        }
        lines.append(indent + String(options.placeholder.unicodeScalars.drop { $0.properties.isWhitespace }.map(Character.init)))
    }

    /// `_handle_long_word`: breaks a chunk too long for any line (after a hyphen if it can).
    private func handleLongWord(_ reversed: inout [String], _ line: inout [String], _ lineLength: Int, _ width: Int) {
        let spaceLeft = width < 1 ? 1 : width - lineLength
        guard options.breakLongWords else {
            if line.isEmpty, let chunk = reversed.popLast() { line.append(chunk) }
            return
        }
        guard let chunk = reversed.last else { return }
        let scalars = Array(chunk.unicodeScalars)
        var end = min(spaceLeft, scalars.count)
        if options.breakOnHyphens, scalars.count > spaceLeft,
           let hyphen = scalars[0..<max(0, min(spaceLeft, scalars.count))].lastIndex(of: "-"), hyphen > 0,
           scalars[0..<hyphen].contains(where: { $0 != "-" }) {
            end = hyphen + 1
        }
        end = max(0, end)
        line.append(String(String.UnicodeScalarView(scalars[0..<end])))
        reversed[reversed.count - 1] = String(String.UnicodeScalarView(scalars[end...]))
    }
}
