"""Helpers shared by the tests (importable as ``support``: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from credscore.resources import report_schema

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PLUGINS = Path(__file__).resolve().parent / "plugins"

_validator = jsonschema.Draft202012Validator(report_schema())


def schema_errors(report_dict: dict[str, Any]) -> list[str]:
    return [error.message for error in _validator.iter_errors(report_dict)]


def assert_valid_report(report_dict: dict[str, Any], text: str) -> None:
    """The contract, and what the schema cannot say: span texts and the segment partition."""
    assert schema_errors(report_dict) == []
    for result in report_dict["scorers"].values():
        for finding in result["findings"]:
            for span in [finding, *finding.get("related", [])]:
                assert 0 <= span["start"] <= span["end"] <= len(text)
                assert span["text"] == text[span["start"] : span["end"]]
    position = 0
    for segment in report_dict["segments"]:
        assert segment["start"] == position
        assert segment["end"] > segment["start"]
        position = segment["end"]
    assert position == len(text)
    # and it survives JSON
    assert json.loads(json.dumps(report_dict)) == report_dict


def contradiction_pairs(text: str) -> list[tuple[str, str]]:
    """(earlier, later) span texts of the consistency scorer's contradictions in ``text``
    (name variants off)."""
    from credscore import Document, analyse
    from credscore.scorers.consistency import ConsistencyScorer

    result = ConsistencyScorer(name_variants=False).score(analyse(Document("t", text)))
    return [
        (finding.related[0].text, finding.text)
        for finding in result.findings
        if finding.kind == "contradiction"
    ]
