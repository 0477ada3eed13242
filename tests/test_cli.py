from __future__ import annotations

import json
from pathlib import Path

import pytest

from credscore.cli import EXIT_OK, EXIT_PARTIAL, main
from support import SEEDS, schema_errors


def test_table_of_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(SEEDS)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["id", "score"]
    assert len(lines) == 1 + len(list(SEEDS.glob("*.txt")))


def test_jsonl_output_validates(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["score", str(SEEDS), "--format", "jsonl", "--output", str(out)]) == EXIT_OK
    reports = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(reports) == 5
    assert all(schema_errors(report) == [] for report in reports)
    assert sorted(r["id"] for r in reports) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_json_and_csv(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["score", str(SEEDS), "--format", "json", "-o", str(out)]) == EXIT_OK
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 5
    out_csv = tmp_path / "out.csv"
    assert main(["score", str(SEEDS), "--format", "csv", "-o", str(out_csv)]) == EXIT_OK
    header = out_csv.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["id", "score", "error"]
    assert "readability.flesch_reading_ease" in header


def test_partial_failure_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("A fine sentence about the council.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(tmp_path), "--format", "jsonl", "-o", str(out)]) == EXIT_PARTIAL
    reports = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert reports["bad.txt"]["error"]["type"] == "binary"
    assert reports["bad.txt"]["score"] is None and schema_errors(reports["bad.txt"]) == []
    assert reports["good.txt"]["error"] is None


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Some text here.")))
    assert main(["score", "-", "--format", "jsonl"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["id"] == "-"


def test_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["score", "--format", "xml", "x"])
    assert exit_info.value.code == 2


def test_scorers_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorers"]) == EXIT_OK
    assert "readability" in capsys.readouterr().out
