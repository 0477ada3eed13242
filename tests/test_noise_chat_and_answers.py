"""Two comment-header families: a chat export's author line (a person's name, maybe an
affiliation, then the clock time) and an author line saying when an answer, review or
comment was made. Variants written for these tests, with near misses that stay article."""

from __future__ import annotations

import pytest

from credscore.noise_rules import line_facts
from credscore.segment import noise_segmenter

ARTICLE = (
    "Health officials recalled two batches of canned soup on Monday after tests found glass.\n\n"
    "The maker said the fault came from a single line at its plant near the harbour.\n\n"
    "Shops were told to remove the affected cans, which carry a best-before date in June.\n\n"
)


def kind_of(text: str, needle: str) -> str:
    offset = text.index(needle)
    return next(s.kind for s in noise_segmenter(text) if s.start <= offset < s.end)


@pytest.mark.parametrize(
    "line",
    ["Priya Nair (Harbour Deli)  8:05 AM", "Tomasz Wolny  14:32", "Ana Ruiz [Ops]  11:47 pm"],
)
def test_chat_author_lines_are_weak_dates(line: str) -> None:
    facts = line_facts(line)
    assert facts.date and not facts.timestamp


@pytest.mark.parametrize(
    "line",
    [
        "Former chef, 20 years in hospitality · Answered 3h ago",
        "Lives in Leith · Commented 2 days ago",
        "Reviewed 4 Oct 2026 · Maggie L · 12 contributions",
    ],
)
def test_answered_and_reviewed_lines_open_a_comment(line: str) -> None:
    assert line_facts(line).timestamp


@pytest.mark.parametrize(
    "line", ["Doors open 7:30 PM", "Reviewed by the council on 3 May 2025", "Kick-off 15:00"]
)
def test_schedules_and_reviews_by_a_body_open_no_comment(line: str) -> None:
    assert not line_facts(line).timestamp


CHAT_EXPORT = ARTICLE + (
    "From the Soup Makers' Slack · #recalls · shared with permission\n\n"
    "Priya Nair (Harbour Deli)  8:05 AM\n"
    "Pulled every tin this morning. Customers have been fine about it.\n"
    "👍 9   💬 2 replies\n\n"
    "Tomasz Wolny  8:12 AM\n"
    "Does anyone know if the glass was in both sizes?\n"
    "👀 3\n\n"
    "Ana Ruiz (Quayside Foods)  8:30 AM\n"
    "Only the large ones, according to the notice we got.\n"
    "🙏 5\n"
)


def test_a_chat_export_after_the_article_is_a_comment_section() -> None:
    # (the first message, before any reply control, may still be read as article text)
    assert kind_of(CHAT_EXPORT, "Does anyone know") == "comments"
    assert kind_of(CHAT_EXPORT, "Only the large ones") == "comments"
    assert kind_of(CHAT_EXPORT, "The maker said") == "body"


SCHEDULE = ARTICLE + (
    "Drop-in sessions for affected shops:\n\n"
    "Harbour Hall  9:30 AM\n"
    "Bring the batch numbers and any receipts you have kept.\n"
    "Leith Library  2:00 PM\n"
    "Staff from the maker will answer questions about refunds.\n"
)


def test_a_timetable_of_places_and_times_stays_article() -> None:
    assert kind_of(SCHEDULE, "Bring the batch numbers") == "body"
