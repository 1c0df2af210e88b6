import MeshSchema
import PTC
import Testing

@Test func stubsShowSignaturesTypesAndDocumentation() {
    let tool = ToolDescription(
        name: "get_expenses",
        description: "Expense items of an employee in a quarter.",
        inputSchema: schema(#"""
            {"type":"object","properties":{
              "employee_id":{"type":"string","description":"The employee's id."},
              "quarter":{"type":"string","enum":["Q1","Q2","Q3","Q4"]},
              "limit":{"type":["integer","null"],"default":100},
              "tags":{"type":"array","items":{"type":"string"}},
              "currency":{"type":"string"}},
             "required":["employee_id","quarter","currency"],"additionalProperties":false}
            """#),
        outputSchema: schema(#"{"type":"array","items":{"type":"object","properties":{"amount":{"type":"number"},"category":{"type":"string"}}}}"#))
    #expect(PythonStubs.render(tool) == #"""
        async def get_expenses(employee_id: str, quarter: Literal['Q1', 'Q2', 'Q3', 'Q4'], limit: int | None = None, tags: list[str] | None = None, *, currency: str) -> list[dict]:
            """Expense items of an employee in a quarter.

            Args:
                employee_id: The employee's id.
                quarter: one of 'Q1', 'Q2', 'Q3', 'Q4'
                limit: default 100

            Returns:
                list[dict] of dicts with keys 'amount', 'category'
            """
        """#)
}

@Test func schemalessToolsTakeKeywordsAndDocstringsCannotBeClosedEarly() {
    let tool = ToolDescription(name: "echo", description: #"Says """hi"""."#)
    #expect(PythonStubs.render(tool) == #"""
        async def echo(**kwargs) -> Any:
            """Says \"\"\"hi\"\"\".
            """
        """#)
}
