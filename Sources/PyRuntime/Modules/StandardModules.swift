/// The importable modules, by name. Each is built on first import, once per run.
enum StandardModules {
    nonisolated(unsafe) static let factories: [String: (VM) -> PyModule] = [
        "asyncio": Asyncio.makeModule,
        "json": JSONModule.makeModule,
        "math": MathModule.makeModule,
        "itertools": ItertoolsModule.makeModule,
        "collections": CollectionsModule.makeModule,
        "collections.abc": TypingModule.makeAbcModule,
        "functools": FunctoolsModule.makeModule,
        "operator": OperatorModule.makeModule,
        "heapq": HeapqModule.makeModule,
        "bisect": BisectModule.makeModule,
        "copy": CopyModule.makeModule,
        "random": RandomModule.makeModule,
        "statistics": StatisticsModule.makeModule,
        "dataclasses": DataclassesModule.makeModule,
        "typing": TypingModule.makeModule,
        "enum": EnumModule.makeModule,
        "time": TimeModule.makeModule,
        "string": StringModule.makeModule,
        "textwrap": TextwrapModule.makeModule,
    ]
}
