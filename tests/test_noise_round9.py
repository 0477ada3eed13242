"""Thread families from accuracy round 9, written before the rules (all names, outlets,
handles and numbers invented): a post's author line with the time BEFORE the date ("Posted
by x at 19:02 20 Nov 2026"), a numbered comment label ("Comment number 3.", "Comment #12"),
count headers with a colon or a "sorted by" ("Reader comments: 27 · Sorted by oldest
first"), counts of messages and notes ("412 messages · showing latest", "1,872 notes"),
per-comment report/rate bars, removal notes with a reason, pagers under a thread, and social
notes ("x reblogged this from y and added:", "x liked this"); near misses stay article."""

from __future__ import annotations

import pytest

from credscore.noise_rules import line_facts
from test_noise_patterns import PARAGRAPHS, kind_of

HEADLINE = "Harbour ferry timetable cut to four sailings a day from January"
ARTICLE = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Posted by gullwing_44 at 19:02 20 Nov 2026",
        "Posted by Mr T Oduya at 7:45 3 March 2025",
        "Posted by kestrel at 21:14 on 03/03/2025",
        "Posted by Annika B at 08.30, 14 Feb 2026",
        "marlow_k at 22:05 on 9 Oct 2025",
    ],
)
def test_an_author_line_with_the_time_before_the_date_is_a_comment_stamp(line: str) -> None:
    assert line_facts(line).timestamp, line


@pytest.mark.parametrize(
    "line",
    [
        "Published at 19:02 20 Nov 2026",
        "Updated at 09:14 on 3 March 2025",
        "Last modified at 11:00 4 May 2024",
        "Kick-off at 15:00 on 22 November 2026",
    ],
)
def test_datelines_with_the_time_first_are_not_comment_stamps(line: str) -> None:
    assert not line_facts(line).timestamp, line


@pytest.mark.parametrize(
    "line",
    ["Comment number 1.", "Comment number 14", "Comment #3", "Comment no. 27", "Comment 5 of 41"],
)
def test_a_numbered_comment_label_opens_a_comment(line: str) -> None:
    facts = line_facts(line)
    assert facts.timestamp or facts.reply, line


@pytest.mark.parametrize(
    "line",
    [
        "Reader comments: 27 · Sorted by oldest first",
        "Comments: 14",
        "Readers' comments: 3 | Sort by newest",
        "412 messages · showing latest",
        "1,872 notes",
        "58 messages",
        "Comments (12) · Sorted by most recent",
    ],
)
def test_comment_and_message_counts_are_thread_headers(line: str) -> None:
    assert line_facts(line).header, line


@pytest.mark.parametrize(
    "line",
    [
        "Comments: the minister said he would reply next week",
        "Notes: figures are rounded to the nearest thousand",
        "The council received 412 messages from residents.",
        "Cases: 27",
        "Sorted by postcode",
    ],
)
def test_article_lines_with_counts_are_not_thread_headers(line: str) -> None:
    assert not line_facts(line).header, line


@pytest.mark.parametrize(
    "line",
    [
        "Report this comment | Rate this: +48 / -3",
        "Report this comment",
        "Rate this: +3 / -12",
        "Report this post · Reply",
        "This comment was removed because it broke the house rules.",
        "This comment has been removed for breaking our community guidelines.",
        "Show more notes",
        "Load older messages",
    ],
)
def test_report_and_rate_bars_and_removal_notes_are_thread_controls(line: str) -> None:
    facts = line_facts(line)
    assert facts.reply or facts.weak, line


@pytest.mark.parametrize(
    "line",
    [
        "Page 1 of 7 · Next ›",
        "‹ Prev · Page 2 of 5 · Next ›",
        "Page 3 of 3",
    ],
)
def test_a_pager_is_weak_thread_evidence(line: str) -> None:
    assert line_facts(line).weak, line


@pytest.mark.parametrize(
    "line",
    [
        "The report was removed because it broke the rules.",
        "Rate this article's usefulness below and tell us why.",
        "Report this to the police, officers said.",
    ],
)
def test_article_sentences_about_reports_and_rates_are_not_controls(line: str) -> None:
    facts = line_facts(line)
    assert not (facts.reply or facts.weak or facts.timestamp), line


@pytest.mark.parametrize(
    "line",
    [
        "fernsandfog reblogged this from harbourwire and added:",
        "tidewatcher-21 reblogged this from fernsandfog",
        "quietlighthouse liked this",
        "saltmarsh_99 reposted this from harbourwire",
    ],
)
def test_social_notes_are_comment_starts(line: str) -> None:
    assert line_facts(line).timestamp, line


@pytest.mark.parametrize(
    "line",
    [
        "Critics liked this.",
        "The mayor liked this idea and shared it.",
        "Voters reblogged this from the campaign.",
    ],
)
def test_sentences_about_liking_are_not_social_notes(line: str) -> None:
    assert not line_facts(line).timestamp, line


def test_a_numbered_comment_thread_with_time_first_stamps_is_comments() -> None:
    thread = (
        "Reader comments: 9 · Sorted by oldest first\n\n"
        "Comment number 1.\n"
        "Posted by gullwing_44 at 18:40 12 Jan 2026\n"
        "Four sailings is a joke. I work shifts.\n"
        "Report this comment | Rate this: +22 / -1\n\n"
        "Comment number 2.\n"
        "Posted by Mrs P Okafor at 19:05 12 Jan 2026\n"
        "The old timetable ran half empty most evenings, to be fair.\n"
        "Report this comment | Rate this: +6 / -15\n\n"
        "Comment number 3.\n"
        "This comment was removed because it broke the house rules.\n\n"
        "Page 1 of 3 · Next ›\n\n"
        "© 2026 Harbour Gazette Ltd. All rights reserved.\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{thread}"
    for needle in (
        "Reader comments",
        "Comment number 1.",
        "Posted by gullwing_44",
        "Four sailings",
        "Report this comment | Rate this: +22",
        "The old timetable",
        "This comment was removed",
        "Page 1 of 3",
    ):
        assert kind_of(text, needle) == "comments", needle
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"
    assert kind_of(text, "© 2026") == "boilerplate"


def test_a_notes_thread_under_a_post_is_comments() -> None:
    notes = (
        "2,140 notes\n\n"
        "fernsandfog reblogged this from harbourwire and added:\n"
        "ferry company is lying about the fuel costs, ask anyone on the island\n"
        "#ferry #islandlife\n\n"
        "quietlighthouse liked this\n\n"
        "tidewatcher-21 reblogged this from fernsandfog and added:\n"
        "^ this. four sailings means no evening ferry at all\n\n"
        "saltmarsh_99 liked this\n\n"
        "Show more notes\n\n"
        "© 2026 HarbourWire. All rights reserved.\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{notes}"
    for needle in ("2,140 notes", "ferry company is lying", "#ferry", "saltmarsh_99", "Show more"):
        assert kind_of(text, needle) == "comments", needle
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"


def test_a_chat_thread_keeps_its_header_and_stops_before_the_invite() -> None:
    chat = (
        "💬 From our Telegram · #ferry-users\n"
        "233 messages · showing latest\n\n"
        "gullwing_44 — Today at 09:12\n"
        "no evening boat from january, great\n\n"
        "islander_jo — Today at 09:15\n"
        "@gullwing_44 petition is up already\n\n"
        "kelp_and_co — Today at 09:31\n"
        "council meeting on the 14th, go\n\n"
        "Load older messages\n\n"
        "Join the Harbour Gazette Telegram → t.me/harbourgazette\n"
        "© 2026 Harbour Gazette Ltd.\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{chat}"
    for needle in ("233 messages", "no evening boat", "council meeting", "Load older"):
        assert kind_of(text, needle) == "comments", needle
    assert kind_of(text, "Join the Harbour") == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Join the ChainWatch Discord → discord.gg/chainwatch",
        "Follow us on Mastodon: mastodon.social/@harbourgazette",
        "Join our WhatsApp channel → whatsapp.com/channel/harbour",
        "Subscribe to the newsletter → harbourgazette.co.uk/newsletter",
    ],
)
def test_an_invitation_with_a_link_is_chrome(line: str) -> None:
    assert line_facts(line).boilerplate, line


@pytest.mark.parametrize(
    "line",
    [
        "Join the queue at the harbour office, officials said.",
        "Islanders can follow the campaign at harbourferry.org.",
        "She said: join us.",
    ],
)
def test_article_lines_with_join_or_a_domain_are_not_chrome(line: str) -> None:
    assert not line_facts(line).boilerplate, line


@pytest.mark.parametrize("platform", ["Discord", "Telegram", "WhatsApp", "Slack"])
def test_a_chat_room_label_under_a_disclaimer_heads_its_thread(platform: str) -> None:
    chat = (
        "Disclaimer: This article is not financial advice.\n\n"
        f"💬 From our {platform} · #ferry-users\n"
        "233 messages · showing latest\n\n"
        "gullwing_44 — Today at 09:12\n"
        "no evening boat from january, great\n\n"
        "islander_jo — Today at 09:15\n"
        "@gullwing_44 petition is up already\n\n"
        "Load older messages\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{chat}"
    assert kind_of(text, "💬 From our") == "comments"
    assert kind_of(text, "Disclaimer") == "boilerplate"


def test_a_label_naming_no_thread_under_a_disclaimer_stays_chrome() -> None:
    chat = (
        "Disclaimer: This article is not financial advice.\n\n"
        "More from our team · #ferry-users\n"
        "233 messages · showing latest\n\n"
        "gullwing_44 — Today at 09:12\n"
        "no evening boat from january, great\n\n"
        "islander_jo — Today at 09:15\n"
        "@gullwing_44 petition is up already\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{chat}"
    assert kind_of(text, "More from our team") == "boilerplate"
    assert kind_of(text, "233 messages") == "comments"


# --- the headline below the page's top block of chrome ---------------------------------------
# A page's first block (lines with no blank line between them) holds the site's name and its
# navigation; a line in that block ABOVE a menu, or a dated meta line in it, is the site's
# slogan, a ticker or a submission note, not the headline, when a headline-like line stands
# on its own after the block and the article follows it.

TOP_BLOCKS = [
    "THE LANTERN\nWestmoor's independent student paper since 1974\nNews   Comment   Sport   Arts",
    "COINDESKTOP\nBTC $64,210 ▲0.8%   ETH $2,904 ▼1.1%   XRP $0.61 ▲2.0%\nNews | Markets | Learn",
    "The Ashby Courier-Herald\nObituaries › Lives Lived\nSubmitted by the family · Friday, March 6, 2026",
    "Tidewater Weekly\nServing the Tidewater villages since 1902\nHome | Local | Sport | Letters",
]
HEADLINES_BELOW = [
    "Harbour ferry timetable cut to four sailings a day from January",
    "Quarry owner fined after dust complaints from three villages",
]


@pytest.mark.parametrize("top", TOP_BLOCKS)
@pytest.mark.parametrize("headline", HEADLINES_BELOW)
def test_the_headline_below_the_top_chrome_block_is_the_title(top: str, headline: str) -> None:
    text = f"{top}\n\n{headline}\n\nBy Ottilie Brandt-Mwangi · 4 min read\n\n{ARTICLE}\n"
    second_line = top.split("\n")[1]
    assert kind_of(text, headline) == "title"
    assert kind_of(text, second_line) == "boilerplate"
    assert kind_of(text, PARAGRAPHS[0][:30]) == "body"


@pytest.mark.parametrize(
    "top",
    [
        "HARBOUR GAZETTE\nHarbour ferry timetable cut to four sailings a day from January",
        "Harbour Gazette\nNews | Sport | Weather\n"
        "Harbour ferry timetable cut to four sailings a day from January",
    ],
)
def test_a_headline_at_the_end_of_the_top_block_keeps_the_title_over_a_standfirst(
    top: str,
) -> None:
    standfirst = "Islanders say the evening boat is their only way home from work"
    text = f"{top}\n\n{standfirst}\n\nBy Ottilie Brandt-Mwangi\n\n{ARTICLE}\n"
    assert kind_of(text, "Harbour ferry timetable") == "title"
    assert kind_of(text, standfirst) != "title"


def test_the_headline_below_a_ticker_block_with_a_long_byline_row_is_the_title() -> None:
    top = "COINDESKTOP\nBTC $64,210 ▲0.8%   ETH $2,904 ▼1.1%   XRP $0.61 ▲2.0%\nNews | Markets | Learn"
    headline = HEADLINES_BELOW[1]
    byline = "by @coindesk_tamsin · Mar 6, 2026 · 5 min read · 12.4K views · 31 comments"
    text = f"{top}\n\n{headline}\n\n{byline}\n\n{ARTICLE}\n"
    assert kind_of(text, headline) == "title"
    assert kind_of(text, "BTC $64,210") == "boilerplate"


# --- chrome after the article: link lists by section, disclaimers, promos, imprints ---------


@pytest.mark.parametrize(
    "line",
    [
        "Most viewed in Business: 1. Port strike talks collapse  2. Ferry fares to rise "
        "3. Bakery chain closes six shops",
        "Most read in Sport: 1) Rovers sack manager 2) Harbour regatta cancelled",
        "Trending on Tidewater Weekly: 1. Storm damage photos 2. Lifeboat rescue",
        "This column is general guidance and is not financial advice. The Harbour Gazette is "
        "not authorised by any regulator.",
        "This guide is general information and not legal advice.",
        "Subscribe to Tidewater Farming Weekly: prices, markets and weather every Friday.",
        "Sign up to The Morning Ferry: the island's news in your inbox at 7am.",
        "Harbour Gazette is published by Tidewater Media Ltd, 4 Quay Street, Ashby AB1 2CD.",
        "The Ledger is owned and operated by Ledger Holdings LLC. All rights reserved.",
        "Baltic Trade Review is published by BTR Media sp. z o.o., ul. Długa 4, Gdańsk.",
    ],
)
def test_chrome_after_the_article_by_family(line: str) -> None:
    assert line_facts(line).boilerplate, line


@pytest.mark.parametrize(
    "line",
    [
        "Most viewed in the region were the videos of the storm, the council said.",
        "The column is not financial advice, she said, but a warning.",
        "Residents who subscribe to the alerts get a text before each cancellation.",
        "The quarterly survey is published by the Office for National Statistics.",
        "The paper is published by a trust that also owns two radio stations.",
        "Residents should subscribe to alerts: the council sends them by text.",
    ],
)
def test_article_sentences_like_chrome_after_the_article_stay_body(line: str) -> None:
    assert not line_facts(line).boilerplate, line


@pytest.mark.parametrize("header", ["3 comments:", "12 Comments:", "1 comment:", "5 responses:"])
def test_a_blog_posts_footer_above_its_comment_count_stays_out_of_the_thread(header: str) -> None:
    thread = (
        "Labels: ferries, island life\n"
        "Posted by Marta K at 9:14 PM\n"
        "Share to X  Share to Facebook  Pin it\n\n"
        f"{header}\n\n"
        "Anonymous said...\n"
        "Four sailings is not enough for anyone who works in town.\n"
        "January 12, 2026 at 10:02 PM\n"
        "Delete\n\n"
        "gullwing_44 said...\n"
        "Write to the councillors, it worked for the bus route.\n"
        "January 13, 2026 at 8:41 AM\n"
        "Delete\n\n"
        "Post a Comment\n"
    )
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{thread}"
    assert line_facts(header).strong_header
    assert kind_of(text, "Posted by Marta K") != "comments"
    assert kind_of(text, header) == "comments"
    assert kind_of(text, "Write to the councillors") == "comments"


# --- a review's verdict after its last paragraph -------------------------------------------

VERDICTS = [
    ("Pros: bright screen, long battery, light enough to hold for hours on the train",
     "Cons: slow charger, no case in the box, the speaker buzzes at full volume"),
    ("The good: quiet motor, easy to clean, the timer is accurate to the minute",
     "The bad: heavy lid, short cable, and the manual is only in German and French"),
]
# ("Our rating: 7/10" is chrome by an earlier rating pattern: left as it was)
SCORES = ["My score: 8.5/10", "Verdict: 4/5", "Overall: 7/10", "Score: 82/100"]


@pytest.mark.parametrize("pair", VERDICTS)
@pytest.mark.parametrize("score", SCORES)
def test_a_reviews_pros_cons_and_score_after_the_text_stay_body(
    pair: tuple[str, str], score: str
) -> None:
    text = (
        f"{HEADLINE}\n\n{ARTICLE}\n\n{pair[0]}\n{pair[1]}\n\n{score}\n\n"
        "Labels: gadgets, reviews\nShare to X  Share to Facebook\n"
    )
    assert kind_of(text, pair[0]) == "body"
    assert kind_of(text, pair[1]) == "body"
    assert kind_of(text, score) == "body"
    assert kind_of(text, "Labels:") == "boilerplate"


@pytest.mark.parametrize(
    "tail",
    [
        "Tags: ferries, island life, council\nFiled under: Local news, Transport, Islands",
        "Page 2/3",
        "Photos: Ana Ruiz / Harbour Gazette",
    ],
)
def test_label_lines_after_a_plain_last_paragraph_stay_chrome(tail: str) -> None:
    text = f"{HEADLINE}\n\n{ARTICLE}\n\n{tail}\n"
    for line in tail.split("\n"):
        assert kind_of(text, line) == "boilerplate", line
