"""A bare collective opening a sentence with a generic claim in the simple present ("Doctors
say ...", "Locals claim ...") is a weasel, not an anonymous attribution; the same noun in
a past report ("Doctors said his condition was stable") stays an attribution.

Own sentences (other nouns, verbs and places than any labeled page)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Segment
from credscore.scorers.hedging import HedgingScorer
from credscore.scorers.sourcing import SourcingScorer


def findings(text: str, scorer: HedgingScorer | SourcingScorer, kind: str) -> list[str]:
    segments = (Segment("body", 0, len(text)),)
    result = scorer.score(analyse(Document("t", text), lambda _: segments))
    return [f.text for f in result.findings if f.kind == kind]


GENERIC_CLAIMS = [
    ("Doctors warn that fizzy drinks erode enamel.", "Doctors warn"),
    ("Doctors say a sudden rash can signal an allergy.", "Doctors say"),
    ("Investors fear the merger will collapse.", "Investors fear"),
    ("Commuters complain the trains are always late.", "Commuters complain"),
    ("Workers insist the scaffolding was never inspected.", "Workers insist"),
    ("Tenants allege the landlord ignored the damp.", "Tenants allege"),
    ("Retired workers argue the dam is unsafe.", "workers argue"),
    ("But residents claim the noise starts at dawn.", "residents claim"),
    ("Some believe the statue was moved at night.", "Some believe"),
]


@pytest.mark.parametrize(("text", "weasel"), GENERIC_CLAIMS)
def test_generic_present_claims_are_weasels(text: str, weasel: str) -> None:
    assert findings(text, HedgingScorer(), "weasel") == [weasel]
    assert findings(text, SourcingScorer(), "attribution") == []


NOT_GENERIC = [
    "Doctors said his condition was stable.",  # particular doctors: an anonymous report
    "Workers at the depot said the gate was open.",
    "The engineers argue that the dam is safe.",  # a definite group
    "Letters and workers say little about it.",  # "and" joins two subjects
    "People say a lot of things about the valley.",  # an object, not a claim
    "Residents say nothing when the inspectors call.",
    "Parents think the timetable is fine.",  # belief verbs: rhetoric
    "Doctors may say otherwise.",
    "Investors don't fear the merger.",
    "Residents pay more for water than they did.",
]


@pytest.mark.parametrize("text", NOT_GENERIC)
def test_other_forms_are_not_generic_weasels(text: str) -> None:
    assert findings(text, HedgingScorer(), "weasel") == []


def test_a_past_report_by_doctors_stays_an_attribution() -> None:
    text = "Doctors said his condition was stable."
    assert findings(text, SourcingScorer(), "attribution") == ["Doctors said"]


@pytest.mark.parametrize(
    ("text", "weasel"),
    [
        ("The old pier was unsafe for years, residents say.", "residents say"),
        ("The hall, locals claim, has flooded twice.", "locals claim"),
        ("It's being claimed that the striker has signed.", "It's being claimed"),
        ("Some staff fear the ward will close.", "Some staff fear"),
        ("Opposition councillors argue the budget is too thin.", "councillors argue"),
    ],
)
def test_postposed_agentless_and_group_forms(text: str, weasel: str) -> None:
    assert findings(text, HedgingScorer(), "weasel") == [weasel]


@pytest.mark.parametrize(
    "text",
    [
        "The depot will close next year, workers said.",  # particular workers: a report
        "The hall, locals say it, has flooded twice.",  # the report does not close
        "Staff said the dog was gentle.",  # a definite organisation's staff, in the past
    ],
)
def test_postposed_and_staff_near_misses(text: str) -> None:
    assert findings(text, HedgingScorer(), "weasel") == []
