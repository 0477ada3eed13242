"""The noise segmenter: layouts, labeled pages, partition and precision properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.model import Segment
from credscore.noise_rules import line_facts
from credscore.segment import (
    comment_sections,
    default_segmenter,
    lines_with_offsets,
    noise_segmenter,
    normalise_segments,
)
from noise_generators import articles
from noise_generators import comment_sections as comment_section_texts
from noise_pages import PAGES, char_prf, load_pages

HOLDOUT = PAGES.with_name("pages_holdout.txt")
BLIND = PAGES.with_name("pages_blind.txt")
MASTHEADS = PAGES.with_name("pages_mastheads.txt")
MASTHEADS_HOLDOUT = PAGES.with_name("pages_mastheads_holdout.txt")
ALL_PAGES = (
    load_pages()
    + load_pages(HOLDOUT)
    + load_pages(BLIND)
    + load_pages(MASTHEADS)
    + load_pages(MASTHEADS_HOLDOUT)
)
# Known weakness: a reader's name and town signed under the LAST letter on a letters page
# look like page chrome after the article's last paragraph.
KNOWN_MISSES = {"letters-to-editor"}


def kinds_by_line(text: str, segments: tuple[Segment, ...]) -> list[tuple[str, str]]:
    """(kind, stripped line) for every non-blank line."""
    result = []
    for start, end in lines_with_offsets(text):
        line = text[start:end].strip()
        if line:
            kind = next(s.kind for s in segments if s.start <= start < s.end)
            result.append((kind, line))
    return result


def kind_of(text: str, needle: str) -> str:
    segments = noise_segmenter(text)
    offset = text.index(needle)
    return next(s.kind for s in segments if s.start <= offset < s.end)


def test_noise_segmenter_is_the_default() -> None:
    assert default_segmenter is noise_segmenter


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True)) if p.name in KNOWN_MISSES else p
        for p in ALL_PAGES
    ],
    ids=lambda page: page.name,
)
def test_labeled_page_lines(page) -> None:  # type: ignore[no-untyped-def]
    predicted = kinds_by_line(page.text, noise_segmenter(page.text))
    gold = kinds_by_line(page.text, page.gold)
    wrong = [(g, p, line) for (g, line), (p, _) in zip(gold, predicted) if g != p]
    assert wrong == []


@pytest.mark.parametrize("kind,minimum", [("comments", 0.95), ("boilerplate", 0.90)])
def test_labeled_pages_character_f1(kind: str, minimum: float) -> None:
    predicted = [noise_segmenter(page.text) for page in ALL_PAGES]
    _, _, f1 = char_prf(ALL_PAGES, predicted, kind)
    assert f1 >= minimum


def test_no_comment_segment_on_clean_labeled_pages() -> None:
    for page in ALL_PAGES:
        if not any(s.kind == "comments" for s in page.gold):
            assert all(s.kind != "comments" for s in noise_segmenter(page.text)), page.name


# --- layouts, one by one -------------------------------------------------------------------

ARTICLE = (
    "Regional rail line to reopen after landslide repairs\n\n"
    "The Hollin Valley line will reopen on Monday, six weeks after a landslide buried the "
    "track near Ashby, the rail operator said on Friday.\n\n"
    "Engineers removed about 9,000 tonnes of earth and rebuilt a retaining wall, said "
    "project manager Ruth Adeyemi.\n\n"
    "Trains will run at reduced speed through the repaired section until the summer.\n\n"
)


@pytest.mark.parametrize(
    "thread",
    [
        "27 Comments\nNotify of\n\nOldest Most Voted\nInline Feedbacks\nView all comments\n"
        "Kasia Nowak\n2 years ago\n\nAbout time, I commute on this line.\n\n"
        "1 year ago\n\nStill slow through Ashby.\n",
        "4 Comments\nSort by Best\nTom Reyes\n• 3 years ago\nFinally!\nReply\nShare ›\n"
        "Ama Boateng\n• 3 years ago\nThe buses were awful.\nReply\nShare ›\n",
        "@trainspotter_uk\n2 years ago\nI filmed the landslide from the bridge.\n14\nReply\n"
        "@mira.k\n1 year ago (edited)\nThanks for the update.\n2\nReply\n",
        "level 1\nrail_nerd\n· 4 yr. ago\nThe retaining wall was the real job.\n41 points\nReply\n"
        "level 2\nashby_local\n· 4 yr. ago\nAgreed.\n12 points\nReply\n",
        "Comments (2)\nJ. Marsh\nMay 3, 2024 at 8:15 am\nGood news for Ashby.\nLog in to Reply\n"
        "Priya\nMay 3, 2024 at 9:40 am\nAny word on weekend trains?\nLog in to Reply\n",
        "Hal Brennan\n5 days ago\nSix weeks is quick for that much earth.\n"
        "Marta Silva\n4 days ago\nI hope they fixed the drainage too.\n",
        "3 thoughts on “Regional rail line to reopen after landslide repairs”\n\n"
        "Owen Price says:\nMay 4, 2024 at 10:02 pm\n\nGreat news.\n\nReply\n",
        # compact ages with no "ago", emoji vote counts (OpenWeb / Viafoura style)
        "Conversation\n12 Comments\nLog in | Sign up\nlena_k · 3d\nThe bus link took twice "
        "as long.\nReply · 👍 14 · 👎 2\n  Dev Patel (Valley Post) · 2d\nThanks, noted.\n"
        "Reply · 👍 3 · 👎 0\n",
        # votes before the name, arrow replies, a named zone with its count
        "Readers' Corner · 9 replies\n▲ 7 ▼  railfan_77 · 5h\nAbout time.\n↳ Reply\n"
        "▲ 2 ▼  ashby.mum · 4h\nWill the school train run?\n↳ Reply\n",
        # dates with a clock time and no "at", a recommend/report/reply bar
        "Comments (41)\nHilltopHarriet\n2 Mar 2025 18:05\nWe waited long enough.\n"
        "Recommend 31 | Report | Reply\nValleyVic\n2 Mar 2025 18:40\nAnd the fares?\n"
        "Recommend 9 | Report | Reply\n",
        # an obituary's guest book: signatures with a place and a date
        "Guest Book (3 entries)\nSign the Guest Book | Send Flowers\n"
        "Ruth & Carl Obi — Ashby, Leics — April 2, 2025\nShe taught both our children.\n"
        "Anonymous — April 3, 2025\nA kind neighbour for forty years.\n",
        # a Simple Machines forum thread: reply headers, member ranks, quotes, a pager
        "« Reply #1 on: 2 April 2025, 19:40 »\nQuote from: ashby_rider\nDoes the ticket cover "
        "it?\nYes, the operator confirmed it in writing.\nValleyCommuter\n"
        "Full Member · Posts: 512\n« Reply #2 on: 2 April 2025, 20:02 »\nMine did too.\n"
        "TrainFan88\nJr. Member · Posts: 40\n",
    ],
    ids=["wpdiscuz", "disqus", "youtube", "reddit", "news-site", "headerless", "wordpress",
         "compact-ages", "votes-first", "dated-recommend", "guest-book", "smf-forum"],
)
def test_comment_layouts(thread: str) -> None:
    text = ARTICLE + thread
    segments = noise_segmenter(text)
    comments = [s for s in segments if s.kind == "comments"]
    assert len(comments) == 1
    assert comments[0].start == len(ARTICLE)
    assert comments[0].end == len(text)
    # the article before the thread is untouched
    assert [s.kind for s in segments if s.end <= len(ARTICLE)] == ["title", "body"]


def test_chrome_after_comments_is_boilerplate() -> None:
    text = (
        ARTICLE
        + "Comments (2)\nJ. Marsh\n3 hours ago\nGood news.\nReply\nPriya\n2 hours ago\nAgreed.\nReply\n\n"
        + "Leave a Reply\nYour email address will not be published.\n© 2024 Valley Post\n"
    )
    assert kind_of(text, "Agreed.") == "comments"
    assert kind_of(text, "Leave a Reply") == "boilerplate"
    assert kind_of(text, "© 2024") == "boilerplate"


@pytest.mark.parametrize(
    "tricky",
    [
        "Reply",
        "5 years ago",
        "Share",
        "Comments",
        "March 3, 2021",
        "March 3, 2021 10:42",
        "Reply · 👍 3",
        "I think the council got this one wrong, and I said so at the meeting.",
        "Reply to the survey by Friday, the council said.",
    ],
)
def test_one_cue_in_an_article_is_not_a_comment_section(tricky: str) -> None:
    paragraphs = ARTICLE.split("\n\n")
    text = "\n\n".join([*paragraphs[:2], tricky, *paragraphs[2:]])
    assert all(s.kind != "comments" for s in noise_segmenter(text))
    assert kind_of(text, "Engineers removed") == "body"


def test_promo_line_between_paragraphs_is_boilerplate() -> None:
    paragraphs = ARTICLE.split("\n\n")
    text = "\n\n".join(
        [*paragraphs[:2], "👉 See also: Ten walks along the old railway", *paragraphs[2:]]
    )
    assert kind_of(text, "👉 See also") == "boilerplate"
    assert kind_of(text, "Engineers removed") == "body"


def test_leading_chrome_then_title() -> None:
    text = "Skip to main content\nMenu\nSearch\n" + ARTICLE
    assert kind_of(text, "Skip to main content") == "boilerplate"
    assert kind_of(text, "Regional rail line") == "title"


def test_repeated_title_is_one_title_segment() -> None:
    title = "Regional rail line to reopen after landslide repairs\n\n"
    text = title + ARTICLE
    segments = noise_segmenter(text)
    assert segments[0] == Segment("title", 0, 2 * len(title))


def test_subheadings_and_list_items_are_body() -> None:
    text = (
        ARTICLE
        + "What changes for passengers\n\n"
        + "  • Trains every 30 minutes at peak times.\n  • Bikes allowed off-peak.\n\n"
        + "The operator will publish a new timetable on its website this week, a spokesperson said.\n"
    )
    assert kind_of(text, "What changes for passengers") == "body"
    assert kind_of(text, "Bikes allowed") == "body"


def test_byline_dateline_and_tags_are_boilerplate() -> None:
    text = (
        "Regional rail line to reopen after landslide repairs\n\n"
        "By Ruth Okoro\nPublished 8:05 AM, June 2, 2024\n\n"
        + ARTICLE.split("\n\n", 1)[1]
        + "Tags: Rail, Transport, Ashby\n"
    )
    for needle in ("By Ruth Okoro", "Published 8:05", "Tags: Rail"):
        assert kind_of(text, needle) == "boilerplate", needle


def test_line_facts_of_a_timestamp_and_a_dateline() -> None:
    assert line_facts("Jane Doe • 3 years ago").timestamp
    assert line_facts("· 5 yr. ago").timestamp
    assert not line_facts("Updated 2 hours ago").timestamp
    assert line_facts("Updated 2 hours ago").boilerplate
    assert line_facts("Reply").reply
    assert line_facts("13 Comments").strong_header


# --- properties ----------------------------------------------------------------------------


@given(st.text())
def test_segments_partition_any_text(text: str) -> None:
    segments = noise_segmenter(text)
    assert normalise_segments(text, segments) == segments
    assert sum(s.end - s.start for s in segments) == len(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Reply",
                "5 years ago",
                "13 Comments",
                "Notify of",
                "Jane Doe",
                "• 2 years ago",
                "Share ›",
                "level 1",
                "12 points",
                "",
                "© 2024",
                "Skip to main content",
                "A sentence of article text that goes on for a while.",
                "  • A list item",
                "👉 See also: more",
                "By Jane Doe",
                "Comments (3)",
                "Like · Reply · 2y",
            ]
        ),
        max_size=60,
    ).map("\n".join)
)
def test_segments_partition_cue_soup(text: str) -> None:
    segments = noise_segmenter(text)
    assert normalise_segments(text, segments) == segments


@given(articles())
def test_a_clean_article_gets_no_comment_segment(article: str) -> None:
    segments = noise_segmenter(article)
    assert all(s.kind != "comments" for s in segments)
    # no paragraph of the article is lost to boilerplate either
    for start, end in lines_with_offsets(article):
        line = article[start:end].strip()
        if len(line.split()) >= 10:
            assert next(s.kind for s in segments if s.start <= start < s.end) in {
                "title",
                "body",
            }, line


@given(articles(), comment_section_texts())
def test_appended_comment_section_is_found_whole(article: str, section: tuple[str, int]) -> None:
    thread, _ = section
    text = article + "\n" + thread
    comments = [s for s in noise_segmenter(text) if s.kind == "comments"]
    assert len(comments) == 1
    assert text[comments[0].start :].strip() == thread.strip()


def test_comment_sections_need_evidence() -> None:
    facts = [line_facts(line) for line in ["Reply", "Some text here.", "Share"]]
    assert comment_sections(facts) == []


# --- precision guards for the masthead, banner and author-note rules -----------------------

BODY = ARTICLE.split("\n\n", 1)[1]


@pytest.mark.parametrize(
    "masthead,menu",
    [
        ("THE ORCHARD VALLEY TIMES", "News  Sports  Business  Arts  Obituaries"),
        ("Granite State Ledger", "Politics | Courts | Schools"),
        ("MILLBROOK PATCH", "Home › Local News › Transport"),
        ("Northshore Daily Wire", "Opinion | Editorials"),
    ],
)
def test_site_name_above_a_menu_is_not_the_title(masthead: str, menu: str) -> None:
    text = f"{masthead}\n{menu}\n{ARTICLE}"
    assert kind_of(text, masthead) == "boilerplate"
    assert kind_of(text, menu) == "boilerplate"
    assert kind_of(text, "Regional rail line") == "title"


@pytest.mark.parametrize("bar", ["Share | Tweet | Email", "Facebook  Twitter  Email  Print"])
def test_short_headline_above_a_share_bar_stays_the_title(bar: str) -> None:
    text = f"Rail line reopens\n{bar}\n\n{BODY}"
    assert kind_of(text, "Rail line reopens") == "title"


def test_spaced_table_row_inside_the_article_is_body() -> None:
    paragraphs = BODY.split("\n\n")
    row = "Station  Opens  Platform"
    text = "Regional rail line to reopen\n\n" + "\n\n".join([paragraphs[0], row, *paragraphs[1:]])
    assert kind_of(text, row) == "body"


@pytest.mark.parametrize(
    "note",
    [
        "Ruth Okafor covers transport and housing for the Valley Ledger.",
        "Marcus Bell is a senior reporter at the Hollin Gazette. Follow him on Mastodon.",
        "Dr. Lena Varga is a professor of geology at Ashby University and a regular contributor.",
    ],
)
def test_author_note_below_the_article_is_boilerplate(note: str) -> None:
    text = ARTICLE + note + "\n"
    assert kind_of(text, note) == "boilerplate"
    assert kind_of(text, "Trains will run") == "body"


@pytest.mark.parametrize(
    "person",
    [
        "Ana Ruiz is a former signal engineer who worked on the line for 30 years before it closed.",
        "Tomas Brennan is a retired farmer whose fields border the track near Ashby.",
        "Keiko Morimoto is the author of two books about the valley, and she rode the first train.",
    ],
)
def test_a_person_in_the_article_is_not_an_author_note(person: str) -> None:
    paragraphs = BODY.split("\n\n")
    middle = "\n\n".join([paragraphs[0], person, *paragraphs[1:]])
    assert kind_of("Regional rail line to reopen\n\n" + middle, person) == "body"
    lede = "\n\n".join([person, *paragraphs])
    assert kind_of("Regional rail line to reopen\n\n" + lede, person) == "body"


@pytest.mark.parametrize(
    "banner",
    [
        "Traffic alert: I-70 closed westbound at exit 12 until 4 p.m.",
        "Live: Council meeting coverage starts at 6 p.m. on Channel 9",
        "Stay informed! Subscribe for breaking news alerts",
        "Please turn on notifications to get our top stories first",
    ],
)
def test_banners_above_the_headline_are_boilerplate(banner: str) -> None:
    text = f"{banner}\n{ARTICLE}"
    assert kind_of(text, banner) == "boilerplate"
    assert kind_of(text, "Regional rail line") == "title"


@pytest.mark.parametrize(
    "headline",
    [
        "Live: Results from every county in the primary",
        "Breaking: Bridge closed after barge strike",
        "Why more readers subscribe to local papers",
    ],
)
def test_headlines_that_share_banner_words_stay_titles(headline: str) -> None:
    text = f"{headline}\n\n{BODY}"
    assert kind_of(text, headline) == "title"


@pytest.mark.parametrize(
    "sentence",
    [
        "Commuters can subscribe to text alerts about delays on the operator's website.",
        "The operator's figures do not necessarily reflect the number of daily riders, she said.",
        "Journal articles about the landslide will be published next year, Adeyemi said.",
    ],
)
def test_article_sentences_with_notice_words_stay_body(sentence: str) -> None:
    paragraphs = BODY.split("\n\n")
    text = "Regional rail line to reopen\n\n" + "\n\n".join(
        [paragraphs[0], sentence, *paragraphs[1:]]
    )
    assert kind_of(text, sentence) == "body"


@pytest.mark.parametrize(
    "thread",
    [
        "Ines Duarte · 2 hours ago\nGreat news for my commute.\nLike · Reply\n\n"
        "Bob K · 1 hour ago\nAbout time.\nLike · Reply\n",
        "Reader Comments (2)   Sort by Oldest\nIvy L\nFinally!\nLike · Reply · 4d\n\n"
        "Sam P\nStill too slow.\nLike · Reply · 3d\n",
        "level 1 · rail_fan_99 · 4 yr. ago · 15 points\nGood news.\nReply  Share  Report  Save\n\n"
        "level 1 · commuter_jo · 4 yr. ago · 9 points\nFinally.\nReply  Share  Report  Save\n",
    ],
)
def test_threads_from_their_first_comment(thread: str) -> None:
    text = ARTICLE + thread
    first = thread.split("\n", 1)[0]
    assert kind_of(text, first) == "comments"
    assert kind_of(text, "Trains will run") == "body"


def test_forum_flair_far_above_a_thread_does_not_open_it() -> None:
    text = (
        "Discussion\n\n" + ARTICLE + "level 1 · rail_fan_99 · 4 yr. ago · 15 points\n"
        "Good news.\nReply  Share  Report  Save\n"
    )
    assert kind_of(text, "The Hollin Valley line") == "body"
    assert kind_of(text, "level 1 · rail_fan_99") == "comments"


@pytest.mark.parametrize(
    "chrome",
    [
        "By Ruth Okoro | rokoro@valleypost.com",
        "Translated by Ines Carvalho | 4 May 2025",
        "Report by Tomás Herrera · Leeds · 12 March 2025",
        "4 minute read · June 2, 2024 8:05 AM BST",
        "If you buy through links in this article, we may earn an affiliate commission.",
        "The views expressed in letters are those of the writers and not of the Valley Post.",
        "All suspects are presumed innocent until proven guilty in a court of law.",
        "Trailmaster 5 kettle: $89 at Walmart | $94 at Target | Check price at Best Buy",
        "Reader rating: 3.8/5 (1,204 votes)",
        "Get the Valley Post Evening Briefing",
        "This review appears in the March issue of Home Audio Monthly.",
        "Have your say: write to letters@valleypost.com with your name and town.",
    ],
)
def test_more_chrome_lines_are_boilerplate(chrome: str) -> None:
    paragraphs = ARTICLE.split("\n\n")
    text = "\n\n".join([*paragraphs[:2], chrome, *paragraphs[2:]])
    assert kind_of(text, chrome[:12]) == "boilerplate"
    assert kind_of(text, "Engineers removed") == "body"


@pytest.mark.parametrize(
    "sentence",
    [
        "The kettle sells for $89 at Walmart, a spokesperson said.",
        "Readers can get the full report from the council website.",
        "This story appeared in print because the editor insisted, Marsh said.",
    ],
)
def test_prose_with_prices_and_promo_words_stays_body(sentence: str) -> None:
    paragraphs = ARTICLE.split("\n\n")
    text = "\n\n".join([*paragraphs[:2], sentence, *paragraphs[2:]])
    assert kind_of(text, sentence[:12]) == "body"
