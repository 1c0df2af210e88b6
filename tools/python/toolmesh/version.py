"""The SDK's version, also sent to the router as `Hello.agent`."""

VERSION = "0.1.0"
AGENT = f"toolmesh-python/{VERSION}"
