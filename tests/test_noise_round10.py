"""Families from accuracy round 10, written before the rules (all names, lists, outlets,
handles and numbers invented): mailing-list digests of replies under an article (e-mail
header blocks, "> quoted" lines, "On ... wrote:", a "-- " signature), the "more" control
that closes a thread of reviews, feed posts or chat messages, a reviews head with its rating
summary, long labels that name a thread, a news ticker above the headline, a live reader
counter, and recipe-card and newsletter chrome; near misses stay article."""

from __future__ import annotations

import pytest

from credscore.noise_rules import line_facts
from test_noise_patterns import PARAGRAPHS, kind_of

HEADLINE = "Harbour ferry timetable cut to four sailings a day from January"
ARTICLE = "\n\n".join(PARAGRAPHS)

# --- mailing-list digests -------------------------------------------------------------------

DIGESTS = [
    (
        "Replies from the Ashcombe allotments mailing list (printed with permission)",
        "Re: [ashcombe-plots] Quarry dust\n"
        "From: Dilys M. <dilys.m@…>\n"
        "Date: Tue, 3 Mar 2026 19:40\n"
        "> Has anyone measured the dust on the beds?\n"
        "We put out sticky cards last summer and they were grey within a week.\n\n"
        "Re: [ashcombe-plots] Quarry dust\n"
        "From: Oskar Lindqvist <oskar@…>\n"
        "Date: Tue, 3 Mar 2026 21:02\n"
        "On Tue, 3 Mar 2026 at 19:40, Dilys M. wrote:\n"
        "> grey within a week\n"
        "Same on plot 14. I have photos if the board wants them.\n",
    ),
    (
        "From the Derrow parents' listserv",
        "From: Priya Raman-Holt\n"
        "Sent: 12 May 2025 07:15\n"
        "Subject: RE: trucks past the school\n"
        "The lorries start before eight, right when the kids are walking in.\n\n"
        "From: Tomasz Wielgosz\n"
        "Sent: 12 May 2025 08:03\n"
        "Subject: RE: trucks past the school\n"
        "Could we ask for a crossing patrol until the permit decision?\n",
    ),
]


@pytest.mark.parametrize(("label", "digest"), DIGESTS)
def test_a_mailing_list_digest_at_the_pages_end_is_a_comment_thread(
    label: str, digest: str
) -> None:
    footer = (
        "-- \nYou received this message because you are subscribed to the list. "
        "To unsubscribe, reply with STOP.\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{label}\n\n{digest}\n{footer}"
    assert kind_of(text, label) == "comments"
    for line in digest.strip().split("\n"):
        if line.strip():
            assert kind_of(text, line) == "comments", line
    assert kind_of(text, "-- ") == "boilerplate"
    assert kind_of(text, PARAGRAPHS[-1]) == "body"


def test_one_email_the_article_quotes_stays_body() -> None:
    email = (
        "From: Greystone Aggregates <press@greystone.example>\n"
        "To: Ashcombe Parish Council\n"
        "Date: 2 March 2026\n"
        "Subject: Dust monitoring\n"
        "We will install two monitors at the boundary before work starts.\n"
    )
    text = f"{HEADLINE}\n\n{PARAGRAPHS[0]}\n\n{email}\n{PARAGRAPHS[1]}\n"
    assert kind_of(text, "From: Greystone") == "body"
    assert kind_of(text, "We will install") == "body"


def test_an_email_exchange_the_article_reproduces_and_goes_on_after_stays_body() -> None:
    exchange = (
        "From: Ines Castellano-Reyes\nDate: 4 March 2026\nSubject: Traffic study\n"
        "The study is from 2019. Can we see a new count?\n\n"
        "From: Malik Oduya-Grant\nDate: 5 March 2026\nSubject: Re: Traffic study\n"
        "A new count will be done in April.\n"
    )
    text = f"{HEADLINE}\n\n{PARAGRAPHS[0]}\n\n{exchange}\n{ARTICLE}\n"
    assert kind_of(text, "From: Ines") == "body"
    assert kind_of(text, "A new count will be done") == "body"


def test_a_timetable_of_from_and_to_lines_is_no_mail_thread() -> None:
    table = "From: Ashcombe Quay\nTo: Derrow Pier\n\nFrom: Derrow Pier\nTo: Ashcombe Quay\n"
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{table}"
    assert kind_of(text, "From: Derrow Pier") != "comments"


# --- the "more" control and control rows that close a thread ---------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Show more reviews ▾",
        "Load more posts",
        "See all 41 reviews",
        "View more answers",
        "▼ Chat replay paused · Show more messages",
        "Newest first | Load more comments",
    ],
)
def test_a_threads_more_control_is_weak_thread_evidence(line: str) -> None:
    facts = line_facts(line)
    assert facts.weak or facts.reply or facts.header, line


@pytest.mark.parametrize(
    "line",
    [
        "Reviews of the show were mixed · Critics",
        "More posts are planned for the spring.",
        "Show more",  # a bare word is handled by the older patterns; no row of items here
        "News · Sport · Weather",
    ],
)
def test_rows_without_a_thread_control_are_not_thread_controls(line: str) -> None:
    facts = line_facts(line)
    assert not facts.reply, line
    if line != "Show more":
        assert not facts.weak, line


@pytest.mark.parametrize(
    ("head", "more"),
    [
        ("Reviews (14)  ★★★★☆ 4.2 from 14 votes", "Show more reviews ▾"),
        ("Customer reviews (3)", "See all 3 reviews"),
        ("Ratings & reviews (27) · 4.8/5", "Load more reviews"),
    ],
)
def test_a_reviews_section_with_its_head_sort_row_and_more_control_is_comments(
    head: str, more: str
) -> None:
    reviews = (
        f"{head}\nLeave a review · Sort: Most helpful\n"
        "Hannelore B. ★★★★★ 3 weeks ago\nWorked with frozen damsons too, just bake longer.\n"
        "👍 Helpful (6) · Reply\n"
        "Kwame A. ★★★☆☆ 5 days ago\nToo sweet for us, I would halve the sugar next time.\n"
        f"👍 Helpful (2) · Reply\n{more}\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{reviews}© 2026 Pantry Notes · Privacy\n"
    for line in (head, "Leave a review", "Too sweet for us", more):
        assert kind_of(text, line) == "comments", line
    assert kind_of(text, "© 2026") == "boilerplate"


@pytest.mark.parametrize(
    "line", ["Reviews (14) ★★★★☆ 4.2 from 14 votes", "Leave a review · Sort: Newest"]
)
def test_reviews_heads_are_strong_thread_headers(line: str) -> None:
    assert line_facts(line).strong_header, line


@pytest.mark.parametrize(
    "line", ["Reviews", "Sort: the council's plan", "Sort", "Leave a review of the plan by Friday."]
)
def test_lines_like_reviews_heads_are_not_strong_headers(line: str) -> None:
    assert not line_facts(line).strong_header, line


def test_a_long_label_that_names_a_chat_replay_heads_the_thread() -> None:
    label = "💬 Live chat replay from the Harbour Radio stream, 3 March (selected messages)"
    chat = (
        "[00:04:10] gullwing_44: four sailings is a joke\n"
        "[00:04:15] islandmum: the 7am boat is the only one I can use\n"
        "[00:04:31] kestrel_k: write to the ferry board everyone\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{label}\n{chat}"
    assert kind_of(text, label) == "comments"
    assert kind_of(text, "islandmum") == "comments"


def test_a_long_label_that_names_no_thread_is_not_pulled_into_it() -> None:
    label = "Selected messages from listeners of the Harbour Radio stream, 3 March 2026"
    chat = (
        "[00:04:10] gullwing_44: four sailings is a joke\n"
        "[00:04:15] islandmum: the 7am boat is the only one I can use\n"
        "[00:04:31] kestrel_k: write to the ferry board everyone\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{label}\n{chat}"
    assert kind_of(text, label) != "comments"


# --- the top of the page: a ticker and a live reader counter above the headline ---------------


@pytest.mark.parametrize(
    "ticker",
    [
        "⚡ BREAKING: Ring road shut both ways after gas leak",
        "🔴 JUST IN: Rovers appoint new manager on two-year deal",
        "🚨 TRAFFIC: Delays of 40 minutes on the coast road",
    ],
)
def test_a_ticker_above_the_headline_is_chrome(ticker: str) -> None:
    text = (
        f"THE ASHCOMBE COURIER\nNews | Sport | Jobs\n{ticker}\nSubscribe from £2 a month | Log in\n"
        f"{HEADLINE}\nBy Ottilie Brandt-Mwangi\n\n{ARTICLE}\n"
    )
    assert kind_of(text, ticker) == "boilerplate"
    assert kind_of(text, HEADLINE) == "title"


def test_a_ticker_shaped_headline_with_no_other_headline_stays_the_title() -> None:
    headline = "🔴 LIVE: Storm Ada latest as 40,000 homes lose power"
    text = f"{headline}\n\nBy Ottilie Brandt-Mwangi\n\n{ARTICLE}\n"
    assert kind_of(text, headline) == "title"


@pytest.mark.parametrize(
    "line",
    [
        "🔥 4.3K people are reading this right now",
        "212 readers viewing this story",
        "1,204 others are looking at this now",
    ],
)
def test_a_live_reader_counter_is_chrome(line: str) -> None:
    assert line_facts(line).boilerplate, line
    text = f"ASHCOMBE NEWS\n{line}\n\n{HEADLINE}\n\n{ARTICLE}\n"
    assert kind_of(text, HEADLINE) == "title"


# --- recipe-card and newsletter chrome --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Did you make this recipe? Tag @pantrynotes on Instagram so I can see it!",
        "Made this recipe? Leave a star rating below.",
        "Did you see the storm? Email us your pictures and videos.",
        "Did you try it? Let us know in the comments.",
        "Were you there? Send us your photos at news@ashcombe.example",
        "Nutrition information is automatically calculated and should be used as an estimate only.",
        "*Nutritional info is an estimate and will vary with the brands you use.",
        "Nutrition facts are provided as a courtesy and are approximate.",
        "🥧 Want more weeknight dinners? Get my free 5-day meal plan when you subscribe!",
        "Grab our free packing checklist when you sign up to the newsletter.",
    ],
)
def test_recipe_card_and_reader_call_chrome_by_family(line: str) -> None:
    assert line_facts(line).boilerplate, line


@pytest.mark.parametrize(
    "line",
    [
        "“Did you see the smoke? Call 999,” one neighbour shouted to another.",
        "Did you see the report? Few people did, and that is the problem.",
        "Nutrition information is missing from most takeaway menus, the study found.",
        "Nutrition labels are required on packaged food under the new rules.",
        "Residents can get a free guide to composting when they sign up for the scheme.",
        "4,300 people are reading this year's report, the library said.",
        "The ferry company said 1,200 people are watching the live stream.",
    ],
)
def test_article_sentences_like_that_chrome_stay_article(line: str) -> None:
    assert not line_facts(line).boilerplate, line


# --- the top block: a lower-case wordmark, a slogan with its menu, a meta row, a summary ------


@pytest.mark.parametrize(
    "line",
    [
        "Funding news for the climate-tech crowd · Deals | Founders | Funds | Jobs | Podcast",
        "Your island, your paper | News | Sport | Letters | Events",
        "Ottilie Brandt-Mwangi | Mar 6, 2026 | 4 min read",
        "Explainer · 7 min read · 2.1K views",
        "By Kwame Asante · 12 min listen",
    ],
)
def test_slogans_with_menus_and_meta_rows_with_a_reading_time_are_chrome(line: str) -> None:
    assert line_facts(line).boilerplate, line


@pytest.mark.parametrize(
    "line",
    [
        "The ferry takes 40 min and costs £4 | The bus takes an hour.",
        "Readers said the guide was a quick read | others disagreed | most liked it.",
        "Ashcombe: quarry dust, lorries and the school run",
    ],
)
def test_rows_and_labels_like_that_chrome_stay_article(line: str) -> None:
    assert not line_facts(line).boilerplate, line


@pytest.mark.parametrize("wordmark", ["the seed round", "morning ferry", "harbourwire"])
def test_a_lower_case_wordmark_above_the_headline_is_not_the_title(wordmark: str) -> None:
    text = (
        f"{wordmark}\nIsland news, weekly · News | Sport | Letters | Events\n\n{HEADLINE}\n"
        f"Ottilie Brandt-Mwangi | Mar 6, 2026 | 4 min read\n\n{ARTICLE}\n"
    )
    assert kind_of(text, wordmark) == "boilerplate"
    assert kind_of(text, HEADLINE) == "title"
    assert kind_of(text, "Ottilie Brandt-Mwangi |") == "boilerplate"


@pytest.mark.parametrize("label", ["TL;DR", "At a Glance", "Summary", "THE SHORT VERSION"])
def test_a_label_above_the_articles_own_summary_points_stays_body(label: str) -> None:
    points = (
        "• The quarry will grow by 40 hectares over the next five years.\n"
        "• Residents of two villages objected to dust and lorry traffic.\n"
    )
    text = f"{HEADLINE}\nBy Ottilie Brandt-Mwangi · 4 min read\n\n{label}\n{points}\n{ARTICLE}\n"
    assert kind_of(text, label) == "body"
    assert kind_of(text, "• The quarry will grow") == "body"


def test_a_label_above_a_list_of_headlines_stays_chrome() -> None:
    links = (
        "• Rovers sack their manager after six defeats in a row\n"
        "• Harbour regatta cancelled for the second year running\n"
    )
    text = f"{HEADLINE}\nBy Ottilie Brandt-Mwangi\n\nElsewhere\n{links}\n{ARTICLE}\n"
    assert kind_of(text, "Elsewhere") == "boilerplate"


def test_a_mail_digest_counts_one_comment_per_sender_line() -> None:
    from credscore.noise_rules import count_comments

    label, digest = DIGESTS[0]
    text = f"{label}\n\n{digest}"
    assert count_comments(text, 0, len(text)) == 2


# --- review platforms: author lines with stars, helpfulness votes, badges, rating heads -------


@pytest.mark.parametrize(
    "line",
    [
        "Hannelore B. ★★★★★ 3 weeks ago",
        "★★★☆☆ Kwame A. · 3 March 2026",
        "⭐⭐⭐⭐ marlow_k · 2 days ago",
    ],
)
def test_a_reviews_author_line_with_stars_opens_a_comment(line: str) -> None:
    assert line_facts(line).timestamp, line


@pytest.mark.parametrize("line", ["★★★★☆ 4/5", "Our verdict: ★★★★☆", "★★★★★ Best buy of 2026"])
def test_a_rating_without_an_author_and_age_is_no_comment_stamp(line: str) -> None:
    assert not line_facts(line).timestamp, line


@pytest.mark.parametrize(
    ("line", "strong"),
    [
        ("Was this review helpful? Yes (3) No (1)", True),
        ("Helpful? 👍 12", False),
        ("Verified Buyer", False),
        ("Showing 1-10 of 124 reviews", False),
    ],
)
def test_review_controls_are_thread_evidence(line: str, strong: bool) -> None:
    facts = line_facts(line)
    assert facts.reply if strong else facts.weak, line


@pytest.mark.parametrize(
    "line",
    [
        "Was this review helpful to the court?",
        "Verified purchases rose 4% last year.",
        "The film has 124 reviews on the site.",
    ],
)
def test_sentences_about_reviews_are_not_thread_evidence(line: str) -> None:
    facts = line_facts(line)
    assert not (facts.reply or facts.weak or facts.header or facts.timestamp), line


def test_a_review_thread_with_helpfulness_votes_and_no_reply_buttons_is_comments() -> None:
    reviews = (
        "4.4 out of 5 stars · 38 reviews\n\n"
        "★★★★★ Hannelore B. · 3 weeks ago\nVerified Buyer\n"
        "Quiet, quick and the basket is easy to clean.\n"
        "Was this review helpful? Yes (6) No (0)\n\n"
        "★★☆☆☆ Kwame A. · 5 days ago\nVerified Buyer\n"
        "The timer stopped working after a month.\n"
        "Was this review helpful? Yes (2) No (1)\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{reviews}\n© 2026 Kitchen Counter · Privacy\n"
    for line in ("4.4 out of 5 stars", "Quiet, quick", "The timer stopped", "Yes (2) No (1)"):
        assert kind_of(text, line) == "comments", line
    assert kind_of(text, PARAGRAPHS[-1]) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Print Recipe",
        "Pin this recipe for later!",
        "👁 12,431 views",
        "💬 312 people are talking about this",
    ],
)
def test_recipe_buttons_and_counters_are_chrome(line: str) -> None:
    assert line_facts(line).boilerplate, line
