"""Layout families from accuracy round 8, written before the rules (all names, outlets,
handles and numbers invented): a headline under a masthead whose byline block the rules do
not know ("Name, Role", "Name | @handle", "Words: Name | date"), icon and button rows
("🔗 Copy link  ✉ Email", "... [Subscribe]", "[Agree] [Options]"), comment control bars with
an unlisted vote label ("Respect 84 · Reply · Report"), image-board and forum stamps
("Anonymous 20/11/26(Fri)21:14 No.1234"), thread stats and closers ("Topic: 14 replies · 612
views", "End of export · 27 messages"), and near misses that must stay article."""

from __future__ import annotations

import pytest

from credscore.noise_rules import line_facts
from test_noise_patterns import PARAGRAPHS, kind_of, page_with

ARTICLE = "\n\n".join(PARAGRAPHS)

# --- the headline under a masthead, above a byline block the rules do not list ---------------

MASTHEADS = [
    "THE ORMSBY CHRONICLE",
    "Kestrel Valley Herald — news for the whole valley",
    "WIRELINE//NORTH — tech, unplugged",
    "LA VOZ / THE VOICE",
]
BYLINE_BLOCKS = [
    ["Tamsin Oyelaran-Bright, Transport Correspondent", "Monday 3 March 2025 · 4 min read"],
    ["Rafael Quint-Adebayo  |  @rquint_news", "Mon, 3 Mar 2025, 09:40"],
    ["Words: Hollis Brandt-Yu | 03/03/2025"],
    ["Por / By Ximena Calderón-Hart", "3 de marzo de 2025 / March 3, 2025"],
]
HEADLINES = [
    "Bypass plan shelved after cost of the bridge doubles in two years",
    "Ferry firm scraps winter sailings as fuel bills climb for a third year",
]


@pytest.mark.parametrize("masthead", MASTHEADS)
@pytest.mark.parametrize("byline", BYLINE_BLOCKS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_the_headline_above_an_unlisted_byline_block_is_the_title(
    masthead: str, byline: list[str], headline: str
) -> None:
    menu = "News  |  Sport  |  Business  |  Opinion"
    text = f"{masthead}\n{menu}\n\n{headline}\n\n" + "\n".join(byline) + "\n\n" + ARTICLE + "\n"
    assert kind_of(text, headline) == "title"
    assert kind_of(text, masthead) == "boilerplate"
    assert kind_of(text, PARAGRAPHS[0][:30]) == "body"


@pytest.mark.parametrize(
    "bar",
    ["🔗 Copy link  ✉ Email  🖨 Print", "📋 Copy  🐦 Post  ✉ Email", "Share 🡕", "⤴ Share  ♡ Save"],
)
def test_an_icon_row_under_the_byline_is_not_the_title(bar: str) -> None:
    headline = HEADLINES[0]
    text = (
        f"THE ORMSBY CHRONICLE\nNews  |  Sport  |  Business\n\n{headline}\n\n"
        f"Tamsin Oyelaran-Bright, Transport Correspondent\n3 March 2025\n{bar}\n\n{ARTICLE}\n"
    )
    assert kind_of(text, headline) == "title"
    assert kind_of(text, bar) == "boilerplate"


def test_a_headline_with_a_short_kicker_line_stays_the_title() -> None:
    # near miss: no masthead; the first line is the headline and a dek follows
    headline = "Bypass plan shelved after cost of the bridge doubles"
    dek = "Councillors say the money will go to bus lanes instead"
    text = f"{headline}\n{dek}\nTamsin Oyelaran-Bright, Transport Correspondent\n\n{ARTICLE}\n"
    assert kind_of(text, headline) == "title"


# --- rows of icons and buttons ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "🔗 Copy link  ✉ Email  🖨 Print",
        "📧 Email   🐦 Post   🔗 Link",
        "📬 Never miss an update — get the Morning Brief in your inbox. [Sign up]",
        "Accept cookies? We and our partners store data on your device. [Agree] [Options]",
        "We value your privacy. [Accept all] [Manage]",
        "Enjoying our coverage? Support independent journalism. [Donate]",
        "[Return] [Catalog] [Top]",
        "[Home] [Archive] [Search]",
    ],
)
def test_icon_rows_and_button_lines_are_chrome(line: str) -> None:
    assert line_facts(line).boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "“We are not going to pay for it [the bridge] twice,” the mayor said.",
        "Thank you all for coming tonight. [Applause]",
        "The report called the response “inadequate [sic]” and asked for a review.",
        "Temperatures reached 41C 🔥 on Tuesday, the hottest day on record in the town.",
        "The order was signed on May 3 [PDF].",
    ],
)
def test_article_lines_with_brackets_or_emoji_are_not_chrome(line: str) -> None:
    assert not line_facts(line).boilerplate
    assert kind_of(page_with(line), line) == "body"


# --- comment threads: controls, stamps, stats -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Respect 84 · Reply · Report",
        "Cheers 7 | Reply | Flag",
        "Agree (14) · Disagree (2) · Reply",
        "Upvote 5 · Reply",
        "[10:05] ↳ 2 replies · 👍 5",
        "14:32 · Reply · Like",
        "Like (4) · Reply · 2h",
        "Report abuse · Reply",
        "View 2 previous replies",
    ],
)
def test_control_bars_with_an_unlisted_vote_label_or_a_time_are_reply_controls(
    line: str,
) -> None:
    assert line_facts(line).reply


@pytest.mark.parametrize(
    "line",
    ["Labour 84 · Reform 12 · Green 3", "Respect 84", "Round 2 · Report", "Home 2 · Away 1"],
)
def test_score_rows_without_a_reply_word_are_not_controls(line: str) -> None:
    assert not line_facts(line).reply


@pytest.mark.parametrize(
    "line",
    [
        "Anonymous   20/11/26(Fri)21:14   No.88213",
        "Anonymous (ID: a8Xk2q) 11/20/26(Fri)21:14:05 No.4471902",
        "Anonymous 2025-03-03 21:14 No.1022",
        "kestrel_77   03/03/2025 21:14",
        "Ottoline Marsh 3.3.2025 09:02",
        "kestrel_77 wrote on 3 March 2025, 21:14:",
        "#3 kestrel_77 · 3 Mar 2025 21:14",
        "Reply #4 — marlow_k — 03.03.2025, 21:14",
        "marlow_k | 3 March 2025 | 21:14",
        "On 3 March 2025 at 21:14, marlow_k said:",
        "kestrel_77  9:41 AM",
        "marlow_k — Today at 21:14",
        "Marlow King @marlowk · 3h",
    ],
)
def test_a_name_with_a_date_and_time_is_a_comment_stamp(line: str) -> None:
    assert line_facts(line).timestamp


@pytest.mark.parametrize(
    "line",
    [
        "Friday 20/11/2026 21:14",
        "Updated 03/03/2025 21:14",
        "By Jane Roe 03/03/2025 21:14",
        "Published 2025-03-03 09:00",
        "By Jane Roe | 3 March 2025 | 21:14",
        "Updated | 3 March 2025 | 21:14",
        "Friday, 3 March 2025, 21:14",
        "Rovers v United, 3 March 2025, 21:14",
        "BA117 09:41",
        "Platform 4 9:41",
        "Updated today at 09:30",
    ],
)
def test_datelines_with_a_time_are_not_comment_stamps(line: str) -> None:
    assert not line_facts(line).timestamp


def test_a_chat_line_with_a_role_after_the_name_is_a_chat_message() -> None:
    assert line_facts("[09:44] DrTomK (GP): same here, bounced back four times").chat


@pytest.mark.parametrize(
    "line",
    [
        "Topic: 14 replies · 612 views",
        "Thread: 33 posts · 1,204 views",
        "End of export · 27 messages",
        "End of thread · 41 posts",
    ],
)
def test_thread_stats_and_closers_are_thread_evidence(line: str) -> None:
    facts = line_facts(line)
    assert facts.header or facts.weak or facts.reply


@pytest.mark.parametrize(
    "line",
    [
        "Featured Comments | All Comments (63)",
        "Top Comments · All Comments (12)",
        "Comments (8) | Sort by: Newest",
    ],
)
def test_a_row_of_comment_tabs_is_a_comment_header(line: str) -> None:
    assert line_facts(line).strong_header


@pytest.mark.parametrize(
    "line",
    ["Ministers read 4,000 messages · 12 views", "The club has 612 members and 14 teams"],
)
def test_count_lines_in_an_article_are_not_thread_evidence(line: str) -> None:
    facts = line_facts(line)
    assert not (facts.header or facts.weak or facts.reply)


def test_a_thread_of_vote_bars_under_the_article_is_comments() -> None:
    thread = (
        "Featured Comments   |   All Comments (41)\n"
        "Viewing options ▾\n\n"
        "HarbourWatcher\n"
        "Good news at last, the bridge should have been fixed years ago.\n"
        "Respect 31 · Reply · Report\n\n"
        "   tilly_r  ↳ replying to HarbourWatcher\n"
        "   Agreed!\n"
        "   Respect 4 · Reply · Report\n\n"
        "oldtowner\n"
        "Who is paying for it though\n"
        "Respect 12 · Reply · Report\n\n"
        "Load More\n\n"
        "© 2026 Ormsby Chronicle Ltd\n"
    )
    text = f"{HEADLINES[0]}\n\n{ARTICLE}\n\n{thread}"
    for needle in (
        "Featured Comments",
        "HarbourWatcher\n",
        "Agreed!",
        "Who is paying",
        "Load More",
    ):
        assert kind_of(text, needle) == "comments", needle
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"


def test_an_image_board_thread_without_a_header_is_comments() -> None:
    thread = (
        "Anonymous   03/03/25(Mon)21:14   No.5512\n"
        "bet they never build it\n\n"
        "Anonymous   03/03/25(Mon)21:20   No.5519\n"
        ">>5512\n"
        "they said that about the tram too\n\n"
        "Anonymous   04/03/25(Tue)00:37   No.5530\n"
        "source: my cousin works there\n\n"
        "[Return] [Catalog] [Top]\n\n"
        "© 2026 Ormsby Chronicle Ltd\n"
    )
    text = f"{HEADLINES[0]}\n\n{ARTICLE}\n\n{thread}"
    for needle in ("Anonymous   03/03/25(Mon)21:14", "bet they never", "my cousin", "[Return]"):
        assert kind_of(text, needle) == "comments", needle
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"


def test_a_forum_thread_opens_at_its_breadcrumb_and_stats() -> None:
    thread = (
        "Ormsby Forums › Local News › Re: Bypass plan shelved\n"
        "Topic: 9 replies · 210 views\n\n"
        "Re: Bypass plan shelved\n"
        "« Reply #1 on: 3 Mar 2025, 09:14 »\n"
        "Quote\n"
        "Saw this coming a mile off. The survey was done in 2019.\n"
        "marlow_k · Posts: 88\n\n"
        "Re: Bypass plan shelved\n"
        "« Reply #2 on: 3 Mar 2025, 10:02 »\n"
        "Quote\n"
        "Bus lanes will do more for the town anyway.\n"
        "fenwoman · Posts: 301\n\n"
        "Pages: [1] 2   Go Up\n"
    )
    text = f"{HEADLINES[0]}\n\n{ARTICLE}\n\n{thread}"
    assert kind_of(text, "Ormsby Forums") == "comments"
    assert kind_of(text, "Topic: 9 replies") == "comments"
    assert kind_of(text, PARAGRAPHS[-1][:30]) == "body"


def test_a_chat_export_ends_at_its_closing_count() -> None:
    thread = (
        "#ormsby-readers · exported chat\n"
        "──────────────────────\n"
        "[09:41] kestrel_77: the survey was from 2019, of course it's out of date\n"
        "[09:44] DrPaulaW (GP): same story with the clinic extension\n"
        "[09:52] marlow_k: @DrPaulaW the clinic got built in the end though\n"
        "[10:05] ↳ 2 replies · 👍 5\n"
        "──────────────────────\n"
        "End of export · 14 messages\n\n"
        "Ormsby Chronicle · Registered in England No. 01234567 · Terms · Privacy\n"
    )
    text = f"{HEADLINES[0]}\n\n{ARTICLE}\n\n{thread}"
    for needle in ("DrPaulaW", "[10:05]", "End of export"):
        assert kind_of(text, needle) == "comments", needle


# --- chrome inside and after the article ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Caption: Commuters queue for the replacement bus at Ormsby station. Photo: Ada Lin",
        "Most read: 1. Bridge closes for repairs  2. New school term dates  3. Crash on the A6",
        "Trending: 1. Storm warning for the coast 2. Ferry strike called off",
    ],
)
def test_captions_and_inline_link_lists_are_boilerplate(line: str) -> None:
    assert kind_of(page_with(line), line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "The survey ranked three options: 1. a new bridge 2. bus lanes 3. doing nothing.",
        "Caption contests are the paper's oldest tradition, and entries rose again this year.",
    ],
)
def test_article_lines_like_captions_or_lists_stay_body(line: str) -> None:
    assert kind_of(page_with(line), line) == "body"


@pytest.mark.parametrize("subhead", ["Questions from reporters", "Questions from the audience"])
def test_a_subheading_inside_the_article_stays_body(subhead: str) -> None:
    assert kind_of(page_with(subhead), subhead) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Planning a trip? Read our guide to travelling responsibly in the Dales.",
        "New to cycling? Check out our beginner's kit list.",
        "Moving house? Try our mortgage calculator.",
        "This article is part of our Rivers in Crisis series. Next week: the farmers' view.",
        "This story is the second part of a three-part series on rural bus cuts.",
        "Next week: how the valley's farmers are adapting.",
        "Coming next: the ferry crews' side of the story.",
    ],
)
def test_reader_promos_and_series_notes_are_boilerplate(line: str) -> None:
    assert kind_of(page_with(line), line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "“Why now? Read our statement,” the operator's spokesperson said on Tuesday.",
        "Why did the bridge fail? Engineers say the survey missed corrosion in two piers.",
        "The bypass is part of a series of road schemes the county has dropped since 2019.",
        "Next week the council will vote on the plan again, a spokesperson said.",
    ],
)
def test_questions_and_series_in_article_prose_stay_body(line: str) -> None:
    assert kind_of(page_with(line), line) == "body"


def test_a_named_chat_log_under_a_promo_line_keeps_its_name() -> None:
    thread = (
        "#ormsby-readers · exported chat\n"
        "[09:41] kestrel_77: the survey was from 2019\n"
        "[09:44] marlow_k: same story with the clinic\n"
        "[09:52] fenwoman: @marlow_k it got built in the end\n"
    )
    promo = "This article is part of our Roads series. Next week: the cyclists' view."
    text = f"{HEADLINES[0]}\n\n{ARTICLE}\n\n{promo}\n\n{thread}"
    assert kind_of(text, promo) == "boilerplate"
    assert kind_of(text, "#ormsby-readers") == "comments"


def test_rows_of_a_dotted_table_inside_the_article_stay_body() -> None:
    rows = ["Region · Alert · Until", "Coast · Amber · Monday 9am", "Hills · Yellow · Sunday 6pm"]
    text = f"{HEADLINES[0]}\n\n{PARAGRAPHS[0]}\n\n" + "\n".join(rows) + f"\n\n{PARAGRAPHS[1]}\n"
    for row in rows:
        assert kind_of(text, row) == "body", row


def test_a_one_line_menu_between_paragraphs_is_still_chrome() -> None:
    menu = "News · Sport · Weather · Travel"
    text = f"{HEADLINES[0]}\n\n{PARAGRAPHS[0]}\n\n{menu}\n\n{PARAGRAPHS[1]}\n"
    assert kind_of(text, menu) == "boilerplate"


@pytest.mark.parametrize("dateline", ["4 de abril de 2025 / April 4, 2025", "March 4, 2025"])
def test_a_date_right_above_the_first_paragraph_is_not_a_subheading(dateline: str) -> None:
    text = f"{HEADLINES[0]}\n\nBy Teo Blanco-Whitfield\n{dateline}\n\n{ARTICLE}\n"
    assert kind_of(text, dateline) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    ["Love this 😍 so proud 🎉", "wow 🔥🔥 what a night", "Rovers v United 22/11/2026 15:00"],
)
def test_a_social_post_with_emoji_or_a_fixture_is_not_chrome_or_a_stamp(line: str) -> None:
    facts = line_facts(line)
    assert not facts.boilerplate and not facts.timestamp


def test_a_fixture_list_in_the_article_is_not_a_thread() -> None:
    fixtures = [
        "Rovers v United 22/11/2026 15:00",
        "Venue: Park Road",
        "City vs Town 29/11/2026 15:00",
        "Venue: the Marsh Ground",
        "Athletic v Wanderers 06/12/2026 19:45",
    ]
    text = f"{HEADLINES[0]}\n\n{PARAGRAPHS[0]}\n\n" + "\n".join(fixtures) + f"\n\n{PARAGRAPHS[1]}\n"
    assert kind_of(text, "City vs Town") != "comments"
    assert kind_of(text, PARAGRAPHS[1][:30]) == "body"


@pytest.mark.parametrize(
    "masthead", ["Ormsby Chronicle — news since 1881", "KESTREL VALLEY HERALD – the valley's paper"]
)
def test_a_slogan_masthead_right_above_the_headline_and_its_byline_block(masthead: str) -> None:
    headline = HEADLINES[1]
    text = f"{masthead}\n\n{headline}\n\nAna Ruiz · 3 March 2025 · 4 min read\n\n{ARTICLE}\n"
    assert kind_of(text, headline) == "title"
    assert kind_of(text, masthead) == "boilerplate"


def test_a_dash_headline_above_a_dek_keeps_the_title() -> None:
    headline = "Flood barrier opens — three years late and £40m over budget"
    dek = "Residents say the delay cost them two winters of sandbags"
    text = f"{headline}\n{dek}\nAna Ruiz · 3 March 2025\n\n{ARTICLE}\n"
    assert kind_of(text, headline) == "title"
