import json
rows = json.loads("[{\"a\": 1}, {\"a\": 2},]")
