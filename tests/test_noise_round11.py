"""Accuracy round 11: families of thread, review-list, title and footer layouts.

Each family is tested on variants written for these tests (other names, platforms, dates and
separators than any labeled page), with near misses that must stay article text.
"""

from __future__ import annotations

import pytest

from credscore.noise_rules import line_facts
from credscore.segment import noise_segmenter

ARTICLE = (
    "The county council approved the new bus timetable on Tuesday after a long debate.\n\n"
    "Councillor Mara Lindqvist said the changes would cut waiting times for most riders.\n\n"
    "Opponents said rural villages would lose their only evening service under the plan.\n\n"
)


def kind_of(text: str, needle: str) -> str:
    segments = noise_segmenter(text)
    offset = text.index(needle)
    return next(s.kind for s in segments if s.start <= offset < s.end)


# --- forum posts headed by a handle and a weekday with a day-month-year date ---------------

@pytest.mark.parametrize(
    "header",
    [
        "kestrel_77 · Wed 03-Mar-25 21:14:05",
        "Ann Lind | Fri 5-Dec-2025 09:02",
        "BobT - Mon 12-Jan-26 18:30",
        "quietlane · Sun 1-Feb-26 07:45:10",
    ],
)
def test_forum_headers_with_weekday_and_hyphen_dates_open_a_comment(header: str) -> None:
    assert line_facts(header).timestamp


@pytest.mark.parametrize(
    "line",
    [
        "Kick-off: Sat 14-Mar-26 15:00",
        "Rovers v United · Sat 14-Mar-26 15:00",
        "Published Tue 17-Nov-26 10:12",
    ],
)
def test_fixtures_and_datelines_are_no_forum_header(line: str) -> None:
    assert not line_facts(line).timestamp


FORUM = (
    "Parents face longer school runs\n\n"
    + ARTICLE
    + "Forums › Parenting › Schools › Is anyone else worried about the new catchment?\n\n"
    "mumofthree_88 · Thu 19-Nov-26 08:01:13\n"
    "Our bus stop is going. No idea how the little one gets to school now.\n"
    "Reply | Report\n\n"
    "Dadinthecar · Thu 19-Nov-26 08:40:52\n"
    "We will just drive, like everyone else. Traffic will be awful.\n"
    "Reply | Report\n\n"
    "hollyhock · Thu 19-Nov-26 09:15:00\n"
    "Write to the council, they do read them.\n"
    "Reply | Report\n"
)


def test_forum_thread_with_breadcrumb_title_is_comments() -> None:
    assert kind_of(FORUM, "Forums › Parenting") == "comments"
    assert kind_of(FORUM, "mumofthree_88") == "comments"
    assert kind_of(FORUM, "Write to the council") == "comments"
    assert kind_of(FORUM, "Opponents said") == "body"


def test_a_breadcrumb_above_the_headline_stays_outside_threads() -> None:
    page = "News › Local › Transport\n\nParents face longer school runs\n\n" + ARTICLE
    assert kind_of(page, "News › Local") != "comments"
    assert kind_of(page, "Parents face") == "title"


# --- a review list under an article ---------------------------------------------------------

REVIEWS = (
    "Riverside cafe named best in the county\n\n"
    + ARTICLE
    + "The Mill Cafe — Reviews\n"
    "4.6 | Very good | 1,204 ratings\n"
    "Write a review\n\n"
    "Rating: 5 out of 5 bubbles\n"
    "Ann K | 37 contributions\n"
    "Lovely scones\n"
    "The best scones I have had this year, and the staff were kind to our dog.\n"
    "Date of visit: March 2026\n"
    "👍 Helpful (3) · Share\n\n"
    "Rating: 2 out of 5 bubbles\n"
    "Tomasz W | 4 contributions\n"
    "Slow service\n"
    "We waited forty minutes for two coffees on a quiet Monday.\n"
    "Date of visit: February 2026\n"
    "👍 Helpful (1) · Share\n"
    "   Response from the owner · 2 weeks ago\n"
    "   Sorry Tomasz, we were two staff down that day.\n\n"
    "Show more reviews\n"
)


def test_a_review_list_is_a_comment_section() -> None:
    for needle in ("4.6 | Very good", "Ann K |", "Lovely scones", "Response from the owner"):
        assert kind_of(REVIEWS, needle) == "comments", needle
    assert kind_of(REVIEWS, "Opponents said") == "body"


@pytest.mark.parametrize(
    "line",
    [
        "JoHexham · 2 reviews · GB",
        "Sam Ode · Local Guide · 120 reviews · 30 photos",
        "Ann K | 37 contributions",
    ],
)
def test_reviewer_lines_open_a_comment(line: str) -> None:
    assert line_facts(line).timestamp


@pytest.mark.parametrize(
    "line",
    ["End of thread · 41 posts", "★ 4.8 · 212 reviews", "Overall · 1,204 ratings"],
)
def test_counts_of_a_list_are_no_reviewer_line(line: str) -> None:
    assert not line_facts(line).timestamp


def test_a_review_articles_own_rating_is_not_a_thread() -> None:
    page = (
        "Review: the Kestrel e-bike is quick but heavy\n\n"
        "Rated 4 out of 5 stars\n\n" + ARTICLE + "Our verdict: a fine commuter bike.\n"
    )
    assert "comments" not in {segment.kind for segment in noise_segmenter(page)}


@pytest.mark.parametrize(
    "line", ["👍 Useful (18) · Share", "♥ Helpful 4 · Share", "👍 Thanks (2) | Share"]
)
def test_vote_rows_beside_a_share_button_are_controls(line: str) -> None:
    facts = line_facts(line)
    assert facts.weak or facts.reply


def test_a_row_of_scores_is_no_control() -> None:
    facts = line_facts("Labour 84 · Reform 12")
    assert not (facts.weak or facts.reply)


# --- a link post's header right above its replies' header -----------------------------------

@pytest.mark.parametrize(
    "post",
    ["Posted in r/Lakeside by u/lakeside_news_bot · 5h", "Posted to #local by @ann_b · 2d"],
)
def test_a_link_posts_header_above_the_reply_count_joins_the_thread(post: str) -> None:
    page = (
        "Bridge closed after crash\n\n" + ARTICLE + post + "\n"
        "48 comments · Sort by: Top\n\n"
        "u/riverwatcher · 4h\n"
        "Saw the queue from the hill, it went back miles.\n"
        "▲ 31 ▼   Reply   Share\n\n"
        "u/k_tolland · 3h\n"
        "Hope the driver is ok.\n"
        "▲ 12 ▼   Reply   Share\n"
    )
    assert kind_of(page, post) == "comments"
    assert kind_of(page, "Opponents said") == "body"


def test_a_posts_header_above_its_own_text_is_no_thread() -> None:
    page = (
        "r/buses\nPosted by u/night_rider_9 · 2 yr. ago\nDiscussion\n\n"
        "Why do evening buses stop so early in small towns?\n\n" + ARTICLE
    )
    assert "comments" not in {segment.kind for segment in noise_segmenter(page)}


# --- the headline under a masthead, a wordmark, an icon menu or a ticker --------------------

HEADLINE = "Harbour wall repairs to start in spring after years of delay"
LEAD = "\n\nBy Ola Brandt\n\n" + ARTICLE


@pytest.mark.parametrize(
    "top",
    [
        "NORTH SHORE WEEKLY 🌊 | Your coast, your news\n☰ Menu   Harbour   Sport   Opinion",
        "what's on in KELSO 🎭\nEat · Shop · Events · Advertise",
        "LAKELAND LEDGER\n🔍 Search   News   Sport   Weather   Jobs",
        "ALPINE TRADE WEEKLY\nMarkets | Retail | Jobs\n"
        "Markets: DAX 18,204 ▲0.3% | Vail (NYSE: MTN) $201.4 ▼1.1% | Gold $2,410",
    ],
)
def test_the_headline_below_the_pages_top_chrome_is_the_title(top: str) -> None:
    page = top + "\n\n" + HEADLINE + LEAD
    assert kind_of(page, HEADLINE) == "title"
    assert kind_of(page, top.split("\n")[0]) == "boilerplate"


def test_a_first_line_headline_with_a_site_name_after_a_bar_stays_the_title() -> None:
    page = "Harbour wall repairs to start in spring | Coast News" + LEAD
    assert kind_of(page, "Harbour wall") == "title"


# --- footers, captions and bylines ----------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Photo 1 of 6: A bungalow left hanging over the cliff edge after the storm",
        "Image 3/12 — Crowds at the gate on opening day",
        "Lucinda Achterberg, environment correspondent",
        "Tomás Ruiz, senior health reporter",
        "The Valley Echo is a member of the Independent Press Standards Organisation.",
        "Echo Media Ltd, 3 Bridge St. Registered in England No. 01234567.",
        "Full results from every class are in this week's print edition.",
        "NEW customers: bet £10 get £30 in free bets ›  18+ BeGambleAware.org",
    ],
)
def test_page_chrome_lines(line: str) -> None:
    assert line_facts(line).boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The photo of six miners was taken in 1921, the museum said.",
        "The firm, registered in England and Wales, collapsed in March with debts of £4m.",
        "Our correspondent in Lima reported the first cases on Monday.",
    ],
)
def test_article_sentences_that_look_alike_are_not_chrome(line: str) -> None:
    assert not line_facts(line).boilerplate


@pytest.mark.parametrize(
    "line,terminal",
    [("Watch this space. Up the Rovers! 🔴⚪", True), ("So proud of the team 🎉", False),
     ("It was over…", True)],
)
def test_emoji_after_a_sentence_end_still_ends_it(line: str, terminal: bool) -> None:
    assert line_facts(line).terminal is terminal


# --- links without list markers under a link-list header; the site's note about itself -----

@pytest.mark.parametrize("header", ["More on this story", "Related stories", "Most read"])
def test_unmarked_links_under_a_link_list_header_are_chrome(header: str) -> None:
    page = (
        "Bus cuts approved\n\n" + ARTICLE + header + "\n"
        "Winter fuel: who can still claim help?\n"
        "Rail fares to rise by 4.6% in March\n\n"
        "© 2026 Valley News\n"
    )
    assert kind_of(page, "Winter fuel") == "boilerplate"
    assert kind_of(page, "Rail fares") == "boilerplate"
    assert kind_of(page, "Opponents said") == "body"


def test_a_link_list_header_does_not_swallow_the_article_below_it() -> None:
    page = (
        "Bus cuts approved\n\nRelated stories\n\n"
        "The county council approved the new bus timetable on Tuesday after a long debate.\n\n"
        + ARTICLE
    )
    assert kind_of(page, "The county council approved the new bus") == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Commute North West is an independent travel-news site. Times may change.",
        "Valley Eats is a reader-funded food guide.",
        "The Lantern is a not-for-profit news site. Donate to keep it free.",
    ],
)
def test_a_sites_note_about_itself_is_chrome(line: str) -> None:
    assert line_facts(line).boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "The inquiry is an independent review of the council's spending.",
        "Bellingcat is an independent investigative collective that works with open sources.",
    ],
)
def test_an_article_sentence_about_independence_is_not_chrome(line: str) -> None:
    assert not line_facts(line).boilerplate


# --- review lists of other platforms' shapes (star lines with a date or age, reviewer counts,
# "found this helpful" votes, reaction rows, a list head with its order) ---------------------

REVIEW_PAGES = {
    'amazon': (
        'Kettle maker recalls 40,000 units over faulty lids\n'
        '\n'
        'The company said on Monday that the lids of its Model K2 kettles could open when the kettle was tipped.\n'
        '\n'
        'No injuries had been reported, a spokesperson said, but customers should stop using the kettles at once.\n'
        '\n'
        'Customers can return the kettle to any store for a full refund, the firm added in a statement.\n'
        '\n'
        'Customer reviews\n'
        '4.5 out of 5\n'
        '1,204 global ratings\n'
        '\n'
        'Jane D.\n'
        '★★★★★ Great kettle\n'
        'Reviewed in the United Kingdom on 3 March 2026\n'
        'Verified Purchase\n'
        'Boils fast and quiet. Lid has been fine for me.\n'
        '12 people found this helpful\n'
        'Helpful | Report\n'
        '\n'
        'Marek P.\n'
        '★★☆☆☆ Lid pops open\n'
        'Reviewed in the United Kingdom on 9 February 2026\n'
        'Verified Purchase\n'
        'The lid opened twice while pouring. Glad they are recalling it.\n'
        '3 people found this helpful\n'
        'Helpful | Report\n'
        '\n'
        'See more reviews\n'
    ),
    'google': (
        'New bakery opens on the high street\n'
        '\n'
        'A new bakery opened on the high street on Saturday, with a queue that stretched past the post office.\n'
        '\n'
        'Owner Lena Brandt said she had spent two years looking for the right shop before signing the lease.\n'
        '\n'
        'The shop will open six days a week and sell bread, buns and cakes baked on site every morning.\n'
        '\n'
        'Reviews\n'
        '\n'
        'Sam Ode\n'
        'Local Guide · 120 reviews · 30 photos\n'
        '★★★★★ 2 weeks ago\n'
        'Lovely place, the cardamom buns sold out by ten.\n'
        'Like  Share\n'
        '\n'
        'Priya N\n'
        '4 reviews\n'
        '★★★★☆ a month ago\n'
        'Good bread, a bit pricey for the size.\n'
        'Like  Share\n'
        'Response from the owner a month ago\n'
        'Thanks Priya, we will keep an eye on the sizes!\n'
        '\n'
        'More reviews (43)\n'
    ),
    'yelp': (
        'Diner wins county award for its breakfast\n'
        '\n'
        'The Corner Diner was named best breakfast in the county at an awards night on Thursday.\n'
        '\n'
        'Judges praised its pancakes and its service, the organisers said in a statement on Friday.\n'
        '\n'
        'Owner Rosa Delgado said the award belonged to her staff, some of whom had worked there for 20 years.\n'
        '\n'
        'Recommended Reviews\n'
        '\n'
        'Ann K.\n'
        'Portland, OR\n'
        '12 friends · 37 reviews · 20 photos\n'
        '★★★★☆ Mar 3, 2026\n'
        'Pancakes are great, coffee is fine, staff are lovely.\n'
        'Helpful 3   Thanks 0   Love this 1\n'
        '\n'
        'Dee W.\n'
        'Salem, OR\n'
        '2 friends · 5 reviews\n'
        '★★★★★ Feb 20, 2026\n'
        'Best hash browns in the state.\n'
        'Helpful 1   Thanks 0   Love this 0\n'
    ),
}
REVIEW_FIRST_LINES = {
    "amazon": ("Customer reviews", "Jane D.", "Helpful | Report"),
    "google": ("Reviews", "Sam Ode", "Response from the owner"),
    "yelp": ("Recommended Reviews", "Ann K.", "Love this 0"),
}


@pytest.mark.parametrize("platform", sorted(REVIEW_PAGES))
def test_review_lists_in_other_layouts_are_comments(platform: str) -> None:
    page = REVIEW_PAGES[platform]
    for needle in REVIEW_FIRST_LINES[platform]:
        assert kind_of(page, needle) == "comments", needle
    paragraphs = [line for line in page.split("\n\n")[1:4]]
    for paragraph in paragraphs:
        assert kind_of(page, paragraph[:30]) == "body"


def test_a_product_reviews_own_rating_and_date_are_not_a_thread() -> None:
    page = (
        "Review: the Kestrel K2 kettle boils fast but the lid worries us\n\n"
        "★★★★☆ 3 March 2026\n\nBy Jane Roe\n\n" + ARTICLE
        + "Pros: fast, quiet and easy to clean after a week of daily use.\n"
        "Cons: the lid opened twice while we were pouring from a full kettle.\n\n"
        "Verdict: 4/5\n"
    )
    assert "comments" not in {segment.kind for segment in noise_segmenter(page)}


# --- bulletin boards: "by handle » date" headers, date-time-post-number headers, rank lines ---

BOARD_PAGES = {
    'phpbb': (
        'Town council backs new cycle lanes\n'
        '\n'
        'The town council voted on Monday to build two new cycle lanes along the river road.\n'
        '\n'
        'Councillor Ada Moss said the lanes would make the school run safer for hundreds of families.\n'
        '\n'
        'Work is due to start in April and should be finished before the end of the summer.\n'
        '\n'
        'Re: Cycle lanes on the river road\n'
        'by kestrel77 » Tue Nov 17, 2026 10:12 am\n'
        'About time. The river road is lethal at 8am.\n'
        'Top\n'
        '\n'
        'Re: Cycle lanes on the river road\n'
        'by old_harry » Tue Nov 17, 2026 11:40 am\n'
        'Where are the cars meant to go then?\n'
        'Top\n'
        '\n'
        'Re: Cycle lanes on the river road\n'
        'by MossFan » Wed Nov 18, 2026 8:02 pm\n'
        'Anywhere but past the school, Harry.\n'
        'Top\n'
    ),
    'vb': (
        'Town council backs new cycle lanes\n'
        '\n'
        'The town council voted on Monday to build two new cycle lanes along the river road.\n'
        '\n'
        'Councillor Ada Moss said the lanes would make the school run safer for hundreds of families.\n'
        '\n'
        'Work is due to start in April and should be finished before the end of the summer.\n'
        '\n'
        '11-17-2026, 10:12 AM   #2\n'
        'kestrel77\n'
        'Junior Member\n'
        'About time. The river road is lethal at 8am.\n'
        '\n'
        '11-17-2026, 11:40 AM   #3\n'
        'old_harry\n'
        'Senior Member\n'
        'Where are the cars meant to go then?\n'
        '\n'
        '11-18-2026, 08:02 PM   #4\n'
        'MossFan\n'
        'Member\n'
        'Anywhere but past the school, Harry.\n'
    ),
}


@pytest.mark.parametrize("board", sorted(BOARD_PAGES))
def test_board_threads_are_comments(board: str) -> None:
    page = BOARD_PAGES[board]
    for needle in ("kestrel77", "old_harry", "Where are the cars", "Anywhere but past"):
        assert kind_of(page, needle) == "comments", needle
    assert kind_of(page, "Work is due to start") == "body"


@pytest.mark.parametrize(
    "line",
    [
        "11-17-2026, 10:12 AM   #2",
        "#14 · Tue 17 Nov 2026 10:12",
        "17/11/2026 10:12 · Post #3",
    ],
)
def test_post_numbered_stamps_open_a_comment(line: str) -> None:
    assert line_facts(line).timestamp


@pytest.mark.parametrize(
    "line",
    ["By Jane Roe | 17 Nov 2026 10:12", "11-17-2026, 10:12 AM", "Updated 17/11/2026 10:12"],
)
def test_bylines_and_datelines_open_no_comment(line: str) -> None:
    assert not line_facts(line).timestamp


# --- more tops of pages: a longer name in capitals, a paywall meter, a ticker on the first
# line, a longer wordmark in lower case above a menu --------------------------------------

@pytest.mark.parametrize(
    "top",
    [
        "THE NORTH WALES COAST AND COUNTRY",
        "EAST ANGLIAN COAST & COUNTRY\nPREMIUM · You have 2 free articles left. Log in",
        "Markets: FTSE 100 8,412.6 ▲0.4% | Brent $81.2 ▼0.6% | GBP/USD 1.27",
        "morning brew on the tyne ☕\nNews · Food · Events",
        "RIVERSIDE RAMBLER | walks, pubs and people of the Wye",
    ],
)
def test_more_page_tops_above_the_headline(top: str) -> None:
    page = top + "\n\n" + HEADLINE + LEAD
    assert kind_of(page, HEADLINE) == "title"
    assert kind_of(page, top.split("\n")[0]) == "boilerplate"


def test_a_headline_in_capitals_over_a_standfirst_sentence_stays_the_title() -> None:
    page = (
        "POLICE SEEK WITNESSES AFTER CRASH\n\n"
        "A driver, 45, was hurt on the A1 near Alnwick on Tuesday night.\n\n" + LEAD
    )
    assert kind_of(page, "POLICE SEEK") == "title"


@pytest.mark.parametrize(
    "line",
    [
        "Lucinda Achterberg | Environment Correspondent",
        "Tom Ruiz — Political Editor",
        "Sara Onu, environment correspondent, in Lowestoft",
        "Kirsty Bell, education correspondent @kbell",
    ],
)
def test_bylines_with_a_role_after_a_bar_dash_or_comma(line: str) -> None:
    assert line_facts(line).boilerplate


def test_a_headline_ending_in_a_role_after_a_dash_is_no_byline() -> None:
    assert not line_facts("Police name man — reporter").boilerplate


# --- a forum's author lines with a date and no time, under a breadcrumb with the thread title

DATED_FORUM = (
    'Library to close on Saturdays from January\n'
    '\n'
    'The county council said the library would close on Saturdays from January to save £40,000 a year.\n'
    '\n'
    'Campaigners said the change would hit working parents hardest, as Saturday was their only free day.\n'
    '\n'
    'A consultation on the plan runs until 12 December, the council said.\n'
    '\n'
    'Community › Our Town › Saturday library closures — is anyone going to the meeting?\n'
    '\n'
    'pebble_and_moss · Wed 18-Nov-26\n'
    'Saturday is the only day I can take the kids. This is awful.\n'
    'Quote | Reply | Report\n'
    '\n'
    'Arthur Dent · Wed 18-Nov-26\n'
    "I'll be there. Bring a sign.\n"
    'Quote | Reply | Report\n'
    '\n'
    'LibraryLover · Thu 19-Nov-26\n'
    'Does anyone know what time it starts?\n'
    'Quote | Reply | Report\n'
)


def test_author_lines_with_a_date_only_make_a_thread_with_reply_controls() -> None:
    for needle in ("Community › Our Town", "pebble_and_moss", "Bring a sign", "LibraryLover"):
        assert kind_of(DATED_FORUM, needle) == "comments", needle
    assert kind_of(DATED_FORUM, "A consultation on the plan") == "body"


@pytest.mark.parametrize("line", ["Wrenshaw · Tue 17-Nov-26", "kestrel_77 | 3 Mar 2025"])
def test_author_lines_with_a_date_only_are_weak_dates(line: str) -> None:
    facts = line_facts(line)
    assert facts.date and not facts.timestamp


def test_a_byline_with_a_date_alone_opens_no_thread() -> None:
    page = "Library to close on Saturdays\n\nJane Roe · 3 March 2025\n\n" + ARTICLE
    assert "comments" not in {segment.kind for segment in noise_segmenter(page)}
    assert kind_of(page, "Library to close") == "title"
