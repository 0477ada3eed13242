"""Hypothesis strategies for the noise tests: clean articles and comment sections in the
layouts people scrape. Names, outlets and sentences are invented and varied on purpose."""

from __future__ import annotations

from hypothesis import strategies as st

FIRST = [
    "Ana",
    "Bjorn",
    "Chidi",
    "Dolores",
    "Emeka",
    "Farah",
    "Giulia",
    "Hiroshi",
    "Ines",
    "Jakub",
    "Kwame",
    "Leila",
    "Mateo",
    "Noor",
    "Olga",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
]
LAST = [
    "Abara",
    "Bergstrom",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fonseca",
    "Gallagher",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
]
HANDLES = ["@river_fox", "@n0rthstar", "@TheQuietOne", "@kettle88", "@mapmaker", "@late_bloomer"]
UNITS = ["minute", "hour", "day", "week", "month", "year"]
ARTICLE_SENTENCES = [
    "The council approved the budget on Tuesday after a long debate over road repairs.",
    "Officials said the new clinic would open in the spring and serve about 4,000 patients.",
    "Researchers measured the river's temperature every hour for three summers.",
    "The company reported a loss of $12 million in the second quarter, its first in a decade.",
    "Residents who attended the meeting asked for more street lighting near the school.",
    "“We have waited a long time for this,” said one shop owner on the high street.",
    "The bridge was closed for two weeks while engineers inspected its supports.",
    "Five years ago, the same site held a car park and a shuttered factory.",
    "Reply slips were sent to every household, and most were returned within a month.",
    "Some parents said the timetable change would make mornings harder for working families.",
    "The report recommends planting 2,000 trees along the ring road by 2030.",
    "Ticket prices will rise by 5 percent in January, the operator confirmed.",
]
SUBHEADINGS = [
    "What happens next",
    "Why it matters",
    "The background",
    "Key figures",
    "A long road",
]
LIST_ITEMS = [
    "  • Free parking on weekends for the first month.",
    "  • A new bus route linking the station and the hospital.",
    "- More benches in the central square",
    "1. Register online before the end of the month.",
    "2. Bring proof of address to the library.",
]
TITLES = [
    "Town approves plan for new library",
    "Why the river is warming faster than expected",
    "Hospital wait times fall for the first time in years",
    "Bus fares to rise in January",
    "Inside the fight over the old mill site",
]
COMMENT_TEXTS = [
    "Totally agree with this.",
    "I don't think the numbers add up, honestly.",
    "My family has lived here for thirty years and we were never asked.",
    "Great reporting, thank you.",
    "Who is paying for all of this? Not the developers, that's for sure.",
    "This is the best news I've heard all week!",
    "lol as if that will ever happen",
    "I might be wrong, but the same plan failed in 2012.",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A clean article: a title and paragraphs, maybe subheadings, lists and tricky lines
    (a lone "Reply", a lone relative date, a first-person sentence) in its first half. (A
    lone timestamp line right above a header-less thread is ambiguous even to a reader; see
    docs/noise.md, known weaknesses.)"""
    lines = [draw(st.sampled_from(TITLES)), ""]
    for _ in range(draw(st.integers(2, 7))):
        kind = draw(st.sampled_from(["paragraph", "paragraph", "paragraph", "subheading", "list"]))
        if kind == "paragraph":
            sentences = draw(st.lists(st.sampled_from(ARTICLE_SENTENCES), min_size=1, max_size=4))
            lines += [" ".join(sentences), ""]
        elif kind == "subheading":
            lines += [draw(st.sampled_from(SUBHEADINGS)), ""]
        else:
            lines += [*draw(st.lists(st.sampled_from(LIST_ITEMS), min_size=1, max_size=3)), ""]
    if draw(st.booleans()):
        tricky = draw(
            st.sampled_from(
                ["Reply", "2 years ago", "I think we got this one wrong.", "Share", "12"]
            )
        )
        position = draw(st.integers(2, max(2, len(lines) // 2)))
        lines.insert(position, tricky)
    lines += [" ".join(draw(st.lists(st.sampled_from(ARTICLE_SENTENCES), min_size=2, max_size=3)))]
    return "\n".join(lines) + "\n"


def _name(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"


def _ago(draw: st.DrawFn) -> str:
    count = draw(st.integers(1, 11))
    unit = draw(st.sampled_from(UNITS))
    return f"{count} {unit}{'s' if count > 1 else ''} ago"


@st.composite
def comment_sections(draw: st.DrawFn) -> tuple[str, int]:
    """A comment section in one of several layouts, and how many comments it holds."""
    layout = draw(
        st.sampled_from(
            [
                "wpdiscuz",
                "wordpress",
                "disqus",
                "youtube",
                "reddit",
                "news",
                "headerless",
                "facebook",
            ]
        )
    )
    count = draw(st.integers(2, 6))
    lines: list[str] = []
    if layout == "wpdiscuz":
        lines += [
            f"{count} Comments",
            "Notify of",
            "",
            "Oldest Most Voted",
            "Inline Feedbacks",
            "View all comments",
        ]
    elif layout == "wordpress":
        lines += [f"{count} thoughts on “{draw(st.sampled_from(TITLES))}”", ""]
    elif layout == "disqus":
        lines += [f"{count} Comments", "Sort by Best"]
    elif layout == "youtube":
        lines += [f"{count} Comments", "Sort by"]
    elif layout == "news":
        lines += [f"Comments ({count})"]
    for index in range(count):
        text = draw(st.sampled_from(COMMENT_TEXTS))
        if layout == "wpdiscuz":
            lines += [_name(draw), _ago(draw), "", text, ""]
        elif layout == "wordpress":
            lines += [
                f"{_name(draw)} says:",
                f"March {index + 3}, 2023 at 9:1{index} am",
                "",
                text,
                "",
                "Reply",
            ]
        elif layout == "disqus":
            lines += [_name(draw), f"• {_ago(draw)}", text, "Reply", "Share ›"]
        elif layout == "youtube":
            lines += [
                draw(st.sampled_from(HANDLES)),
                _ago(draw),
                text,
                str(draw(st.integers(0, 999))),
                "Reply",
            ]
        elif layout == "reddit":
            lines += [
                f"level {1 + index % 2}",
                draw(st.sampled_from(HANDLES))[1:],
                f"· {draw(st.integers(1, 9))} yr. ago",
                text,
                f"{draw(st.integers(1, 500))} points",
                "Reply",
                "Share",
            ]
        elif layout == "news":
            lines += [
                _name(draw),
                f"Jan {index + 2}, 2024 at 6:0{index} pm",
                text,
                "Log in to Reply",
            ]
        elif layout == "headerless":
            lines += [_name(draw), _ago(draw), text]
        else:
            lines += [_name(draw), text, f"Like · Reply · {draw(st.integers(1, 9))}y"]
    return "\n".join(lines) + "\n", count
