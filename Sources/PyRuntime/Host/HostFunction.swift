import MeshSchema

/// A function the host provides; calling it from Python makes a host call.
///
/// With a declared signature (`parameters` not nil) a call binds like a Python function
/// `async def name(p1, p2=None, …)`: positional arguments take the parameters' names in
/// order, and a wrong call raises CPython's `TypeError` in the program before anything
/// reaches the host, so the ``Interpreter/PendingCall`` carries keywords only. Without one,
/// the arguments pass through unchecked.
public struct HostFunction: Sendable {
    /// One declared parameter.
    public struct Parameter: Sendable, Hashable {
        public var name: String
        /// A call that omits a required parameter raises `TypeError`.
        public var isRequired: Bool

        public init(name: String, isRequired: Bool) {
            self.name = name
            self.isRequired = isRequired
        }
    }

    /// The Python name.
    public var name: String
    /// The parameters in positional order, or nil to accept any arguments unchecked.
    public var parameters: [Parameter]?
    /// Whether keywords other than `parameters` are accepted (and passed on as given).
    public var acceptsOtherKeywords: Bool

    public init(name: String, parameters: [Parameter]? = nil, acceptsOtherKeywords: Bool = false) {
        self.name = name
        self.parameters = parameters
        self.acceptsOtherKeywords = acceptsOtherKeywords
    }
}

/// Host functions as Python callables: calling one makes a host-call future.
enum HostFunctionObject {
    static func make(_ function: HostFunction) -> PyBuiltinFunction {
        PyBuiltinFunction(function.name) { vm, args throws(PyError) in
            var request: HostRequest
            if let parameters = function.parameters {
                request = HostRequest(function: function.name, positional: [],
                                      keywords: try bind(args, to: parameters, of: function, vm: vm))
            } else {
                var positional: [JSONValue] = []
                for value in args.positional { positional.append(try vm.json(from: value)) }
                var keywords: [(String, JSONValue)] = []
                for (name, value) in args.keywords { keywords.append((name, try vm.json(from: value))) }
                request = HostRequest(function: function.name, positional: positional, keywords: keywords)
            }
            let future = PyFuture()
            future.hostRequest = request
            return .object(future)
        }
    }

    /// Maps the call's arguments to parameter names, with CPython's messages for a bad call.
    /// The result lists the bound parameters in declaration order, then any other keywords.
    private static func bind(_ args: Arguments, to parameters: [HostFunction.Parameter], of function: HostFunction,
                             vm: VM) throws(PyError) -> [(String, JSONValue)] {
        let name = function.name
        if args.positional.count > parameters.count {
            let required = parameters.prefix { $0.isRequired }.count
            throw Errors.tooManyPositional(name, minimum: required, maximum: parameters.count,
                                           given: args.positional.count)
        }
        var bound = [Value?](repeating: nil, count: parameters.count)
        for (index, value) in args.positional.enumerated() { bound[index] = value }
        var others: [(String, JSONValue)] = []
        for (keyword, value) in args.keywords {
            if let index = parameters.firstIndex(where: { $0.name == keyword }) {
                if bound[index] != nil { throw Errors.typeError("\(name)() got multiple values for argument '\(keyword)'") }
                bound[index] = value
            } else if function.acceptsOtherKeywords {
                others.append((keyword, try vm.json(from: value)))
            } else {
                throw Errors.typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
            }
        }
        let missing = parameters.indices.filter { bound[$0] == nil && parameters[$0].isRequired }.map { parameters[$0].name }
        if !missing.isEmpty { throw Errors.missingArguments(name, missing, kind: "positional") }
        var keywords: [(String, JSONValue)] = []
        for (index, value) in bound.enumerated() {
            if let value { keywords.append((parameters[index].name, try vm.json(from: value))) }
        }
        return keywords + others
    }
}
