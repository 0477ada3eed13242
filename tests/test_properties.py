"""Invariants of every report, for any text at all."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import credscore
from credscore import Report
from credscore.model import encode_json_text
from support import assert_valid_report

# Plain text plus the shapes scraped pages take: lines, quotes, punctuation runs, odd marks.
pieces = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        ".",
        "“",
        "”",
        '"',
        "'",
        "Mr.",
        "said",
        "Kim Jong-il",
        "30,000",
        "reportedly",
        "\u200b",
        "\u202e",
        "\x00",
        "e\u0301",
        "🙂",
        "北朝鮮",
        "Reply",
        "5 years ago",
        "may",
        "May",
        "Notify of",
        "©",
    ]
)
texts = st.one_of(
    st.text(), st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=40).map("".join)
)


@given(texts)
def test_any_text_gives_a_valid_report(text: str) -> None:
    report = credscore.score(text, id="t")
    assert report.error is None, report.error
    assert report.score is not None and 0 <= report.score <= 100
    for result in report.scorers.values():
        assert 0 <= result.score <= 100
    assert_valid_report(report.to_dict(), text)


@given(texts)
def test_same_input_same_report(text: str) -> None:
    assert credscore.score(text, id="t") == credscore.score(text, id="t")


@given(texts)
def test_json_round_trip(text: str) -> None:
    report = credscore.score(text, id=text[:10])
    line = encode_json_text(report.to_json())
    assert Report.from_dict(json.loads(line)) == report
    assert Report.from_dict(report.to_dict()) == report
