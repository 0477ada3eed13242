from __future__ import annotations

import json
from pathlib import Path

import pytest

from credscore import Finding, Report, ScorerResult, Segment, Span, Stats
from credscore.model import SCHEMA_ID, ReportError, encode_json_text
from credscore.resources import report_schema


def _report() -> Report:
    text = "Officials said the bridge may reopen."
    finding = Finding.at(
        text, "hedging", "hedge", 26, 29, "A hedge.", related=(Span.of(text, 0, 9),)
    )
    return Report(
        id="doc",
        score=71.5,
        scorers={
            "hedging": ScorerResult(score=80, weight=1, metrics={"hedges": 1}, findings=[finding])
        },
        segments=(Segment("body", 0, len(text)),),
        stats=Stats(len(text), 6, 1),
    )


def test_to_dict_has_the_contract_shape() -> None:
    data = _report().to_dict()
    assert data["schema"] == SCHEMA_ID
    finding = data["scorers"]["hedging"]["findings"][0]
    assert finding["text"] == "may"
    assert finding["related"] == [{"start": 0, "end": 9, "text": "Officials"}]
    assert "suggestion" not in finding and "source" not in finding
    assert data["error"] is None


def test_round_trip_through_dict_and_json() -> None:
    report = _report()
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_json(report.to_json()) == report


def test_from_dict_rejects_other_schemas() -> None:
    data = _report().to_dict()
    data["schema"] = "something/2"
    with pytest.raises(ValueError, match=r"not a credscore\.report/1"):
        Report.from_dict(data)


def test_scores_outside_range_are_rejected() -> None:
    with pytest.raises(ValueError):
        ScorerResult(score=101)
    with pytest.raises(ValueError):
        ScorerResult(score=float("nan"))
    with pytest.raises(ValueError):
        ScorerResult(score=50, weight=-1)


def test_span_end_before_start_is_rejected() -> None:
    with pytest.raises(ValueError):
        Span(5, 4, "")


def test_a_report_without_score_needs_an_error() -> None:
    with pytest.raises(ValueError):
        Report(id="x", score=None)
    failed = Report.failed("x", "decode_error", "not UTF-8")
    assert failed.error == ReportError("decode_error", "not UTF-8")
    assert Report.from_dict(failed.to_dict()) == failed


def test_lone_surrogates_survive_the_json_writer() -> None:
    text = "bad \udc80 byte"
    report = Report(
        id=text,
        score=50,
        segments=(Segment("body", 0, len(text)),),
        stats=Stats(len(text), 2, 1),
    )
    line = encode_json_text(report.to_json())
    line.decode("utf-8")  # valid UTF-8
    assert Report.from_dict(json.loads(line)) == report


def test_packaged_schema_is_the_shared_contract() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "report.schema.json"
    if not shared.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert json.loads(shared.read_text(encoding="utf-8")) == report_schema()
