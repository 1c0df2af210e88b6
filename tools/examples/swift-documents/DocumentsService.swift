import MeshProtocol
import MeshSchema
import MeshWorker

/// An example tool service in Swift: company documents (policies, handbooks) that programs
/// search and read. The travel policy carries the per-level travel budgets that the demo's
/// program checks expenses against.
public enum DocumentsService {
    /// The service's tools: `search_documents` and `get_document`.
    public static let tools: [MeshWorker.Tool] = [search, get]

    static let search = MeshWorker.Tool(ToolSpec(
        name: "search_documents",
        description: "Searches company documents (policies, handbooks) by words in their title and text; best matches first.",
        inputSchema: Array(#"""
            {"type":"object","properties":{
              "query":{"type":"string","minLength":1,"description":"Words to look for."},
              "limit":{"type":"integer","minimum":1,"maximum":20,"default":5}},
             "required":["query"],"additionalProperties":false}
            """#.utf8),
        outputSchema: Array(#"""
            {"type":"array","items":{"type":"object","properties":{
              "id":{"type":"string"},"title":{"type":"string"},"score":{"type":"integer"},"snippet":{"type":"string"}}}}
            """#.utf8),
        idempotent: true
    )) { call in
        // The router has validated the arguments against the schema above.
        let arguments = try JSONValue(parsing: String(decoding: call.arguments, as: UTF8.self)).objectValue
        let query = arguments?["query"]?.stringValue ?? ""
        let limit = arguments?["limit"]?.numberValue.map { Int(max(1, min(20, $0.doubleValue.isFinite ? $0.doubleValue : 5))) } ?? 5
        return JSONValue.array(DocumentLibrary.search(query, limit: limit).map(\.json)).serialized()
    }

    static let get = MeshWorker.Tool(ToolSpec(
        name: "get_document",
        description: "Returns one document by id: title, last update, text, and its structured data (for policies: the figures).",
        inputSchema: Array(#"""
            {"type":"object","properties":{"doc_id":{"type":"string","description":"A document id, e.g. 'travel-policy'."}},
             "required":["doc_id"],"additionalProperties":false}
            """#.utf8),
        outputSchema: Array(#"""
            {"type":"object","properties":{"id":{"type":"string"},"title":{"type":"string"},"updated":{"type":"string"},
             "text":{"type":"string"},"data":{"type":"object"}}}
            """#.utf8),
        idempotent: true
    )) { call in
        let arguments = try JSONValue(parsing: String(decoding: call.arguments, as: UTF8.self)).objectValue
        let id = arguments?["doc_id"]?.stringValue ?? ""
        guard let document = DocumentLibrary.documents.first(where: { $0.id == id }) else {
            let known = DocumentLibrary.documents.map { "'\($0.id)'" }.joined(separator: ", ")
            throw MeshError(code: .notFound, message: "no document '\(id)' (known: \(known))")
        }
        return document.json.serialized()
    }
}
