"""Comment layouts from accuracy round 7, as families: link-aggregator threads (a handle, an
age and per-comment links "| parent | next"), fediverse replies ("@user@instance · 15h" and a
"↩ 4 🔁 12 ⭐ 58" bar), Reddit exports ("u/name · 5h"), meta lines that end in a comment count
("r/Sub · Posted by u/x · 214 comments", "Discussion (47 points, 23 comments)") and "view
more comments (N)" controls. Several wordings per family and near misses that must stay
article. All names, handles, outlets and numbers are invented."""

from __future__ import annotations

import pytest

from credscore.noise_rules import line_facts
from test_noise_patterns import PARAGRAPHS, kind_of, page_with


@pytest.mark.parametrize(
    "line",
    [
        "kvasir_9  3 hours ago | parent | next",
        "  ottoline 45 minutes ago | prev | next | flag",
        "rbx  1 day ago | root | parent | next",
        "tomasz_w (author)  2 hours ago | parent",
        "pjlee 5 days ago | link | reply",
        "u/harbour_kid · 5h",
        "  u/Gdansk_Nights · 12h · edited",
        "@nadia@toot.example.org · 3h",
        "@larsen_k@mastodon.social · 1d",
        "@finch · 20m",
    ],
)
def test_thread_author_lines_are_comment_timestamps(line: str) -> None:
    assert line_facts(line).timestamp


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 hours ago | Politics | Europe",
        "Posted 2 days ago · 4 min read",
        "The email arrived 3 hours ago, she said.",
        "u/turn",
    ],
)
def test_datelines_and_sentences_are_not_comment_timestamps(line: str) -> None:
    assert not line_facts(line).timestamp


@pytest.mark.parametrize(
    "line",
    [
        "Discussion (47 points, 23 comments)",
        "Thread (112 points, 58 comments)",
        "r/CityCycling · Posted by u/desk_bot · 96 comments",
        "Forum · Started by marta_k · 1.2k replies",
        "Reader forum | 31 responses",
    ],
)
def test_meta_lines_ending_in_a_comment_count_are_strong_headers(line: str) -> None:
    assert line_facts(line).strong_header


@pytest.mark.parametrize(
    "line",
    [
        "Ministers received 4,000 comments",
        "The consultation drew 214 comments",
        "Why the council ignored 900 replies",
    ],
)
def test_headlines_with_a_count_are_not_headers(line: str) -> None:
    assert not line_facts(line).header


@pytest.mark.parametrize(
    "line", ["View more comments (211)", "Load more replies (8)", "Show all comments [1,204]"]
)
def test_more_comments_controls_with_a_count(line: str) -> None:
    facts = line_facts(line)
    assert facts.reply or facts.header


@pytest.mark.parametrize("bar", ["↩ 4  🔁 12  ⭐ 58", "↩ 0 · 🔁 2 · ⭐ 19", "💬 3  ⭐ 41"])
def test_fediverse_reply_bars_are_controls(bar: str) -> None:
    facts = line_facts(bar)
    assert facts.weak or facts.reply


@pytest.mark.parametrize("line", ["★★★★☆ 4", "⭐ 4.5", "⭐⭐⭐ 3", "★★★★★  5"])
def test_star_ratings_are_not_control_bars(line: str) -> None:
    facts = line_facts(line)
    assert not facts.weak and not facts.reply


def _article() -> str:
    return page_with("")


def test_an_aggregator_thread_under_the_article_is_comments() -> None:
    thread = (
        "Discussion (112 points, 58 comments)\n\n"
        "kvasir_9  3 hours ago | parent | next\n"
        "Battery life claims are always measured with everything switched off.\n\n"
        "  ottoline  2 hours ago | parent | next\n"
        "  Same experience here, mine lasted half as long.\n\n"
        "rbx  1 hour ago | next\n"
        "Does anyone know whether the firmware fixes the pairing bug?\n"
    )
    text = _article() + "\n" + thread
    assert kind_of(text, "Discussion (112") == "comments"
    assert kind_of(text, "Battery life claims") == "comments"
    assert kind_of(text, "firmware fixes") == "comments"
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"


def test_fediverse_replies_without_a_header_are_comments() -> None:
    thread = "".join(
        f"@reader{i}@social.example · {i + 2}h\n"
        f"Reply number {i}: I saw the same clip shared in my town.\n"
        f"↩ {i}  🔁 {i + 3}  ⭐ {i + 9}\n\n"
        for i in range(3)
    )
    text = _article() + "\n" + thread + "© 2026 Example Checks\n"
    assert kind_of(text, "Reply number 0") == "comments"
    assert kind_of(text, "Reply number 2") == "comments"
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"


def test_a_reddit_export_with_its_header_is_comments() -> None:
    thread = (
        "r/CityCycling · Posted by u/desk_bot · 96 comments\n"
        "Sort by: Best\n\n"
        "u/harbour_kid · 5h\n"
        "The new lane is great until it just stops at the bridge.\n"
        "  ▲ 40 ▼  Reply  Share\n\n"
        "u/marta_k · 3h\n"
        "Painted lines are not protection.\n"
        "  ▲ 12 ▼  Reply  Share\n\n"
        "View more comments (94)\n"
    )
    text = _article() + "\n" + thread
    assert kind_of(text, "r/CityCycling") == "comments"
    assert kind_of(text, "View more comments") == "comments"


def test_a_quoted_handle_in_the_article_stays_body() -> None:
    sentence = "The post by @nadia@toot.example.org, shared 3h after the fire, was removed."
    assert kind_of(page_with(sentence), sentence) == "body"


# --- page chrome above the article's first paragraph ------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        "Politics desk | Tuesday 3 March 2026",
        "Contributor · 5 min read · 12K views",
        "Analysis · Priya Raman-Okafor in Nairobi · 3 March 2026 · 6 min read · Updated 14:10",
        "Sports desk · 2 min read",
        "★★★☆☆ 3/5",
        "⭐⭐⭐⭐ 4.5/5",
        "Log in / Sign up",
        "Sign in or register",
    ],
)
def test_meta_rows_above_the_first_paragraph_are_boilerplate(meta: str) -> None:
    assert kind_of(page_with(meta, position=0), meta) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    ["Key points", "What the inspectors found", "Our verdict: ★★★★☆", "Ratings: ★★★★☆ for sound"],
)
def test_headings_and_labelled_verdicts_above_the_text_stay_body(line: str) -> None:
    assert kind_of(page_with(line, position=0), line) == "body"


def test_a_dotted_row_inside_the_article_stays_body() -> None:
    row = "Monday · Tuesday · Wednesday are the days the clinic is open to walk-in patients"
    assert kind_of(page_with(row, position=2), row) == "body"


@pytest.mark.parametrize(
    "masthead",
    ["Harbour Gazette — News for the whole coast", "THE MILLBROOK RECORD – Since 1899"],
)
def test_a_masthead_with_its_slogan_is_not_the_title(masthead: str) -> None:
    headline = "Ferry operator cuts winter timetable as fuel costs rise again this year"
    text = (
        f"{masthead}\n\nNews | Sport | Weather | Jobs\n\n{headline}\n\nBy Ana Ruiz\n\n"
        + "\n\n".join(PARAGRAPHS)
    )
    assert kind_of(text, masthead) == "boilerplate"
    assert kind_of(text, headline) == "title"


def test_a_headline_with_a_dash_stays_the_title() -> None:
    headline = "Flood barrier opens — three years late and £40m over budget"
    text = f"{headline}\n\nBy Ana Ruiz\n\n" + "\n\n".join(PARAGRAPHS)
    assert kind_of(text, headline) == "title"


@pytest.mark.parametrize(
    "note",
    [
        "This article originally appeared on Coastline Review.",
        "The post Why the ferry timetable changed appeared first on Harbour Notes.",
        "This story first appeared on the Valley Ledger and is republished with permission.",
    ],
)
def test_syndication_notes_are_boilerplate(note: str) -> None:
    assert kind_of(page_with(note, position=len(PARAGRAPHS)), note) == "boilerplate"


@pytest.mark.parametrize(
    "sentence",
    [
        "The clip first appeared on a video app in May and was shared two million times within a"
        " week, according to the platform's own figures, before the account behind it vanished.",
        "The claim originally appeared on a forum for cyclists, where it was posted as a joke.",
    ],
)
def test_things_that_first_appeared_somewhere_stay_body(sentence: str) -> None:
    assert kind_of(page_with(sentence), sentence) == "body"


def test_a_contact_line_above_a_thread_is_not_its_label() -> None:
    contact = "Got a story about your street? Email desk@valleyledger.example"
    thread = (
        "3 thoughts on “Quarry expansion approved”\n\n"
        "Jo Marsh says:\n4 March 2026 at 10:14\nThey never listen to the villages.\nReply\n\n"
        "Ken Ito says:\n4 March 2026 at 11:02\nJobs matter too.\nReply\n"
    )
    text = page_with("") + "\n" + contact + "\n\n" + thread
    assert kind_of(text, contact) == "boilerplate"
    assert kind_of(text, "3 thoughts on") == "comments"


@pytest.mark.parametrize(
    "credit",
    [
        "Court reporting is funded in part by the Local Democracy Reporting Service.",
        "Our climate coverage is supported by a grant from the Marlow Trust.",
        "Health reporting was funded by readers like you.",
    ],
)
def test_funding_credits_are_boilerplate(credit: str) -> None:
    assert kind_of(page_with(credit, position=len(PARAGRAPHS)), credit) == "boilerplate"


def test_funding_in_the_news_stays_body() -> None:
    sentence = (
        "The broadcaster said its local reporting is funded by the licence fee, and that the"
        " scheme had paid for 165 reporters since 2018, according to its annual report."
    )
    assert kind_of(page_with(sentence), sentence) == "body"


def test_links_under_a_related_header_are_boilerplate_before_a_closing_note() -> None:
    links = "Related stories\n\n• Van driver banned after crash\n• Shop owner fined over labels\n"
    note = "Court reporting is funded in part by the Local Democracy Reporting Service."
    text = page_with("") + "\n" + links + "\n" + note + "\n"
    assert kind_of(text, "• Van driver") == "boilerplate"
    assert kind_of(text, "• Shop owner") == "boilerplate"


def test_an_introduced_list_in_the_article_stays_body() -> None:
    items = "The council listed three options:\n\n• Close the depot\n• Sell the land\n"
    text = page_with(items)
    assert kind_of(text, "• Close the depot") == "body"


@pytest.mark.parametrize(
    "chrome",
    [
        "Rates as of 09:00 CET. Not investment advice.",
        "Data delayed 15 minutes; not trading advice.",
        "Methodology: averages of the last five polls by the data desk. Figures rounded.",
        "Methodology: we matched 4,000 invoices against the register.",
        "Have you seen a claim you want checked? Send it to our tip line.",
        "Got a story about your street? Email the newsdesk.",
        "📢 Can you help? Call 101 quoting log 77 of 3 March, or Crimestoppers on 0800 555 111.",
        "👍 Share this fact check",
        "↗ Share this explainer",
    ],
)
def test_round7_chrome_lines_are_boilerplate(chrome: str) -> None:
    assert kind_of(page_with(chrome), chrome) == "boilerplate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police asked: have you seen this van? Officers want to trace its driver, they said.",
        "The adviser said clients were told the fund was not investment advice but a savings plan.",
        "Share prices fell 4% after the update, the exchange said in a statement on Friday.",
        "The methodology was criticised by two statisticians, who said the sample was too small.",
    ],
)
def test_round7_near_miss_sentences_stay_body(sentence: str) -> None:
    assert kind_of(page_with(sentence), sentence) == "body"
