/// Resolves `\N{NAME}` escapes: common names from a small table, any other name from the
/// Unicode database Swift carries (names and aliases of every scalar), built once on first
/// use. Unknown names are reported as CPython reports them ("unknown Unicode character name").
enum UnicodeNames {
    /// Names in upper case, as in the Unicode database.
    static let table: [String: UInt32] = [
        "NULL": 0x00, "CHARACTER TABULATION": 0x09, "LINE FEED": 0x0A, "CARRIAGE RETURN": 0x0D,
        "ESCAPE": 0x1B, "SPACE": 0x20, "QUOTATION MARK": 0x22, "APOSTROPHE": 0x27, "REVERSE SOLIDUS": 0x5C,
        "NO-BREAK SPACE": 0xA0, "COPYRIGHT SIGN": 0xA9, "REGISTERED SIGN": 0xAE, "DEGREE SIGN": 0xB0,
        "PLUS-MINUS SIGN": 0xB1, "MICRO SIGN": 0xB5, "MIDDLE DOT": 0xB7, "MULTIPLICATION SIGN": 0xD7,
        "DIVISION SIGN": 0xF7, "POUND SIGN": 0xA3, "YEN SIGN": 0xA5, "CENT SIGN": 0xA2, "SECTION SIGN": 0xA7,
        "PILCROW SIGN": 0xB6, "GREEK SMALL LETTER ALPHA": 0x3B1, "GREEK SMALL LETTER BETA": 0x3B2,
        "GREEK SMALL LETTER PI": 0x3C0, "GREEK SMALL LETTER MU": 0x3BC, "GREEK CAPITAL LETTER DELTA": 0x394,
        "GREEK CAPITAL LETTER SIGMA": 0x3A3, "GREEK CAPITAL LETTER OMEGA": 0x3A9,
        "ZERO WIDTH SPACE": 0x200B, "ZERO WIDTH JOINER": 0x200D, "EN DASH": 0x2013, "EM DASH": 0x2014,
        "LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019,
        "LEFT DOUBLE QUOTATION MARK": 0x201C, "RIGHT DOUBLE QUOTATION MARK": 0x201D, "BULLET": 0x2022,
        "HORIZONTAL ELLIPSIS": 0x2026, "PER MILLE SIGN": 0x2030, "EURO SIGN": 0x20AC, "TRADE MARK SIGN": 0x2122,
        "LEFTWARDS ARROW": 0x2190, "UPWARDS ARROW": 0x2191, "RIGHTWARDS ARROW": 0x2192, "DOWNWARDS ARROW": 0x2193,
        "INFINITY": 0x221E, "NOT EQUAL TO": 0x2260, "LESS-THAN OR EQUAL TO": 0x2264,
        "GREATER-THAN OR EQUAL TO": 0x2265, "BLACK SQUARE": 0x25A0, "WHITE SQUARE": 0x25A1,
        "BLACK CIRCLE": 0x25CF, "WHITE CIRCLE": 0x25CB, "BLACK STAR": 0x2605, "WHITE STAR": 0x2606,
        "WARNING SIGN": 0x26A0, "CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BALLOT X": 0x2717,
        "CROSS MARK": 0x274C, "WHITE HEAVY CHECK MARK": 0x2705, "BOX DRAWINGS LIGHT HORIZONTAL": 0x2500,
        "BOX DRAWINGS LIGHT VERTICAL": 0x2502, "FULL BLOCK": 0x2588, "LIGHT SHADE": 0x2591,
        "REPLACEMENT CHARACTER": 0xFFFD, "SNOWMAN": 0x2603, "GRINNING FACE": 0x1F600, "THUMBS UP SIGN": 0x1F44D,
        "ROCKET": 0x1F680, "FIRE": 0x1F525, "SPARKLES": 0x2728, "PARTY POPPER": 0x1F389,
    ]

    /// The scalar called `name` (case-insensitive, as in CPython), or nil if unknown here.
    static func scalar(named name: String) -> Unicode.Scalar? {
        var upper = ""
        for scalar in name.unicodeScalars {
            if scalar.value >= 0x61 && scalar.value <= 0x7A, let shifted = Unicode.Scalar(scalar.value - 0x20) {
                upper.unicodeScalars.append(shifted)
            } else {
                upper.unicodeScalars.append(scalar)
            }
        }
        if let value = table[upper] { return Unicode.Scalar(value) }
        return allNames[upper].flatMap(Unicode.Scalar.init)
    }

    /// Every scalar's name and name alias, for names outside `table` (about 0.1 s to build).
    private static let allNames: [String: UInt32] = {
        var names: [String: UInt32] = [:]
        names.reserveCapacity(300_000)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let name = scalar.properties.name { names[name] = value }
            if let alias = scalar.properties.nameAlias, names[alias] == nil { names[alias] = value }
        }
        return names
    }()
}
