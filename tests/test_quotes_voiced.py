"""Short quoted stretches that are words said, not terms: after a verb of voicing or
writing ('chanted "..."'), and two listed stretches when one of them is a clause. Own
sentences; the near misses keep terms and titles out."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Segment
from credscore.scorers.sourcing import SourcingScorer


def quotes(text: str) -> list[str]:
    segments = (Segment("body", 0, len(text)),)
    result = SourcingScorer().score(analyse(Document("t", text), lambda _: segments))
    return [f.text for f in result.findings if f.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dock workers chanted "no more cuts" outside the depot.', ["no more cuts"]),
        ('The fans shouted "sell the club" at the directors.', ["sell the club"]),
        ('A steward yelled: "clear the pitch".', ["clear the pitch"]),
        ('The coach admitted he was "furious" and "could not watch".', ["furious", "could not watch"]),
    ],
)
def test_voiced_and_clausal_short_quotes(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Read "The Quiet Harbour" by Ana Ruiz for the full story.',  # imperative + a title
        'The choir sang "Abide With Me" at the gates.',  # a title
        'Investors should read "the small print" first.',  # a phrase
        'Farms use a pesticide called "greenshield" on the slopes.',  # a naming verb
        'The board wants "local ownership" and "fair rents" in the plan.',  # listed terms
    ],
)
def test_terms_and_titles_stay_out(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The owner is reportedly in "final talks" with a buyer.', ["final talks"]),
        ('The player allegedly called the referee "a disgrace to the game".', ["a disgrace to the game"]),
        ('The club is reportedly selling the "Old Stand" naming rights.', []),  # a name
        ('The ferry was "late again" on Monday.', []),  # no report marker: a scare quote
    ],
)
def test_short_quotes_in_a_second_hand_report(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
