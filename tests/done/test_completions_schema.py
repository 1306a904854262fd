"""The JSON Schema of completion files (``raquan schema completions``), in Vietnamese."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from raquan.cli.app import app

runner = CliRunner()


def test_schema_covers_the_completion_file() -> None:
    result = runner.invoke(app, ["schema", "completions"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert set(schema["required"]) == {"raquan", "kind", "plan", "unit"}
    assert schema["properties"]["kind"]["const"] == "completions"
    assert schema["additionalProperties"] is False
    entry = schema["$defs"]["CompletionEntry"]
    assert set(entry["required"]) == {"duty", "date"}
    assert entry["additionalProperties"] is False
    assert entry["properties"]["date"]["description"] == "Ngày hoàn thành, dạng 2023-01-13."
    assert schema["properties"]["entries"]["maxItems"] == 2000
    document = schema["$defs"]["DoneDocument"]["properties"]["number"]
    assert "05/KH-UBND" in document["description"]
