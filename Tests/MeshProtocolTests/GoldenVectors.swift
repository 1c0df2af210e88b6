import MeshProtocol

/// The Swift values of the golden frames in `proto/testdata`: `NAME.txtpb` holds the same
/// message in protobuf text format and `NAME.frame` its encoding by the reference protobuf
/// implementation.
let goldenVectors: [(name: String, envelope: Envelope)] = [
    ("hello", .hello(Hello(
        protocolVersion: 1, peerKind: .worker, token: "s3cret-token",
        peerName: "expenses-service", agent: "toolmesh-python/0.1.0"))),
    ("welcome", .welcome(Welcome(
        protocolVersion: 1, routerID: "router-7f3a", heartbeatIntervalMs: 5000,
        heartbeatTimeoutMs: 15000, maxFrameBytes: 16_777_216))),
    ("register", .register(Register(
        workerName: "expenses",
        workerID: "3f2b9c1e-8d4a-4f7e-9a61-0c5d2e7b4a10",
        tools: [
            ToolSpec(
                name: "get_team_members",
                description: "List the members of a department.",
                inputSchema: json(#"{"type":"object","properties":{"department":{"type":"string"}},"required":["department"]}"#),
                outputSchema: json(#"{"type":"array"}"#),
                idempotent: true,
                maxConcurrency: 8),
            ToolSpec(
                name: "get_expenses",
                description: "Expense items of one employee in a quarter.",
                inputSchema: json(#"{"type":"object","properties":{"employee_id":{"type":"string"},"quarter":{"type":"string"}}}"#),
                idempotent: true,
                defaultDeadlineMs: 2000),
        ],
        maxConcurrency: 64,
        labels: ["host": "worker-a", "zone": "eu-1"]))),
    ("register_ack", .registerAck(RegisterAck(
        code: .invalidArgument,
        message: "1 of 2 tools refused",
        refusals: [ToolRefusal(tool: "get-expenses", code: .invalidArgument,
                               message: "tool name must be a Python identifier")]))),
    ("call", .call(Call(
        callID: 42,
        tool: "get_expenses",
        arguments: json(#"{"employee_id":"e-17","quarter":"Q3","note":"café €"}"#),
        deadlineMs: 30000,
        metadata: ["trace-id": "4bf92f3577b34da6", "tenant": "acme", "tenant": "acme-eu"],
        idempotent: true))),
    ("result_ok", .result(CallResult(
        callID: 42,
        code: .ok,
        result: json(#"[{"amount":1250.5,"category":"travel"}]"#),
        metadata: ["cache": "miss"],
        workerID: "3f2b9c1e-8d4a-4f7e-9a61-0c5d2e7b4a10",
        attempts: 2))),
    ("result_error", .result(CallResult(
        callID: UInt64.max,
        code: .notFound,
        message: "unknown department: marketing",
        result: json(#"{"department":"marketing"}"#)))),
    ("cancel", .cancel(Cancel(callID: 42, reason: "client cancelled"))),
    ("ping", .ping(Ping(nonce: 1))),
    ("pong", .pong(Pong(nonce: 1))),
    ("drain", .drain(Drain(reason: "SIGTERM", graceMs: 10000))),
    ("list_tools_request", .listToolsRequest(ListToolsRequest(
        requestID: 7, names: ["get_expenses", "get_team_members"]))),
    ("list_tools_response", .listToolsResponse(ListToolsResponse(
        requestID: 7,
        tools: [ToolInfo(
            spec: ToolSpec(
                name: "get_expenses",
                description: "Expense items of one employee in a quarter.",
                inputSchema: json(#"{"type":"object"}"#),
                idempotent: true),
            workers: [
                WorkerInfo(workerID: "w-1", workerName: "expenses", inFlight: 3, maxConcurrency: 16,
                           address: "127.0.0.1:51234"),
                WorkerInfo(workerID: "w-2", workerName: "expenses", maxConcurrency: 16, draining: true,
                           address: "[::1]:51240"),
            ])]))),
    ("protocol_error", .protocolError(ProtocolError(code: .unauthenticated, message: "invalid token"))),
]
