"""The golden frames of proto/testdata (docs/protocol.md, section 9)."""

import re
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[3]
TESTDATA = REPOSITORY / "proto" / "testdata"
INVALID = TESTDATA / "invalid"


def golden_names():
    return sorted(path.stem for path in TESTDATA.glob("*.frame"))


def invalid_expectations():
    """(file name, FrameError kind, status name) for each row of invalid/README.md's table."""
    rows = []
    for line in (INVALID / "README.md").read_text().splitlines():
        match = re.match(r"\|\s*`([a-z0-9_]+\.frame)`\s*\|.*\|\s*`([A-Za-z]+)[^|]*\|\s*([A-Z_]+)\s*\|\s*$", line)
        if match:
            rows.append(match.groups())
    return rows
