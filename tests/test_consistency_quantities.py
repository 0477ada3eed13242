"""The generic quantity pass: one (frame, value) comparison for every kind of quantity.

Own sentences (other topics, outlets, names and numbers than any labeled set): positives
where one thing is stated with two values, and near misses that must not fire (changes over
time, other years, other subjects, lists, ranges, rates of other things, approximations).
"""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.quantities import digit_slip, quantity_contradictions
from credscore.scorers.consistency import ConsistencyScorer
from support import contradiction_pairs

HEAD = "Local news roundup\n"


def contradiction_texts(text: str) -> list[tuple[str, str]]:
    return contradiction_pairs(HEAD + text)


POSITIVES = [
    # a duration in hours and minutes, one figure changed
    (
        "Commuters on the coastal line faced average delays of 2 hours and 25 minutes in "
        "October, the regulator found.\nThe regulator said average delays of 3 hours and 25 "
        "minutes showed the timetable had failed.",
        "3 hours and 25 minutes",
    ),
    # a date: the same day in another month
    (
        "Residents of Calder Court have had no hot water since March 14, the tenants' group "
        "said.\nThe tenants, who have had no hot water since April 14, plan a protest.",
        "April 14",
    ),
    # a date written day first
    (
        "The Brackwater folk festival opens on 12 July with a parade.\nOrganisers said the "
        "parade would open the festival on 21 July as usual.",
        "21 July",
    ),
    # the year of a one-time event
    (
        "Tomasz Wierzbicki opened the bakery in 2016 with a single oven.\nWierzbicki, who "
        "opened the bakery in 2018, employs twelve bakers.",
        "2018",
    ),
    # a duration in other units
    (
        "Work on the swing bridge will take 30 months to complete, the port authority said.\n"
        "The swing bridge would take two years to complete, a spokesman added.",
        "two years",
    ),
    # a rate: hours a week
    (
        "Teachers spend an average of five hours a week on paperwork, a union survey found.\n"
        "The survey says teachers spend seven hours a week on paperwork that could be cut.",
        "seven hours",
    ),
    # a count with two digits swapped; the later one bare
    (
        "Lerwick Fiddle Club began as a hobby in a town of 4,700 people.\n"
        "\u201cFor a town of around 7,400, we are very loud,\u201d said its founder.",
        "around 7,400",
    ),
    # a crowd, swapped digits, approximated on both sides
    (
        "The derby drew a crowd of about 38,000 spectators to the Vale ground.\n"
        "Police praised the crowd of around 83,000 for their good behaviour.",
        "around 83,000",
    ),
    # a duration in words and in digits
    (
        "The painting was hidden in the attic for eight years before a roofer found it.\n"
        "After being hidden in the attic for 12 years, it needed careful restoration.",
        "12 years",
    ),
    # money with swapped digits
    (
        "The council approved a \u00a36.3 million grant for the harbour wall.\n"
        "Critics said the \u00a33.6 million grant for the harbour wall was too small.",
        "\u00a33.6 million",
    ),
    # a percentage with swapped digits
    (
        "Turnout in the Vestby referendum was 64% on Sunday, officials said.\n"
        "With turnout in the referendum at 46%, the result is binding.",
        "46%",
    ),
    # a group named by a hypernym, digits swapped
    (
        "The Ardnamurchan ferry carried 1,530 passengers during the storm week.\n"
        "All 1,350 people the ferry carried during the storm week were safe.",
        "1,350 people",
    ),
    # a closure in weeks, one value close to the other
    (
        "The Wrexham lido will close for four weeks of repairs to the pool lining.\n"
        "Swimmers were told the lido would close for five weeks of repairs.",
        "five weeks",
    ),
    # an irregular verb in both frames ("kept" / "keep")
    (
        "Residents kept the Tollcross library open for six years as volunteers.\n"
        "Volunteers who keep the library open for eight years deserve thanks, she said.",
        "eight years",
    ),
]


@pytest.mark.parametrize(("text", "later"), POSITIVES)
def test_one_thing_stated_with_two_values_is_found(text: str, later: str) -> None:
    pairs = contradiction_texts(text)
    assert any(later in found or found in later for _, found in pairs), pairs


NEGATIVES = [
    # a change over time
    "Ticket sales rose from 4,500 last year.\nThis year ticket sales reached 5,400.",
    # other years
    "In 2019 the fair attracted 12,000 visitors.\nIn 2021 the fair attracted 21,000 visitors.",
    # other subjects
    "Nakamura scored 12 points in the first half.\nOkafor scored 21 points after the break.",
    "The bus takes 40 minutes to reach the city centre.\n"
    "The train takes 25 minutes to reach the city centre.",
    # a list of values
    "The three branches have 120, 210 and 102 members.\nThe branch with 210 members is new.",
    # rates of other people
    "Each volunteer works four hours a week at the shelter.\n"
    "The coordinator works six hours a week at the shelter.",
    # a previous one set apart
    "The previous owner ran the shop for 11 years.\nMs Duarte has run the shop for four years.",
    # other things lasting
    "The trial lasted six weeks.\nThe jury deliberated for two days.",
    # an approximation of the precise value
    "About 300 people attended the vigil on Sunday.\nThe vigil was attended by 312 people.",
    # rounding
    "The firm paid $412 million for the mill.\nThe $400 million deal closed in May.",
    # two events a few days apart
    "The bakery closed on March 3 for repairs.\nIt reopened on March 13 with a new oven.",
    # other verbs, same noun
    "The hospital treated 140 patients on Friday.\nIt discharged 104 patients on Saturday.",
    "The club has 450 members.\nAbout 540 members voted in the poll last spring.",
    # last year / this year
    "The museum drew 45,000 visitors last year.\nThis year it expects 54,000 visitors.",
    # a range and a single value
    "Repairs will take between 18 and 24 months.\nThe bridge will reopen after 18 months.",
    # one total and its part
    "The charity raised $2.4 million in 2023.\nOf that, $420,000 went to the food bank.",
    # other ages of one thing in other years
    "The lighthouse was built in 1874.\nIts lamp was replaced in 1847 and again in 1962.",
    # two durations of one kind of thing for two named people
    "Police held Chidi Okafor and Kwame Mensah after the raid.\n"
    "Okafor was kept in custody for nine days.\nMensah was kept in custody for 11 days.",
    # scores and clock times are not quantities of a frame
    "Ravens won 3-1 at home on Saturday.\nThe Ravens led 1-3 at half-time away on Tuesday.",
    # per-unit values of other units
    "Bread costs $4 a loaf at the market.\nMilk costs $3 a litre at the market.",
    # two parts of a whole
    "The east stand holds 4,500 fans.\nThe west stand holds 5,400 fans.",
    "Turnout was 64% in the north of the county.\nIn the south, turnout was 46%.",
    # a change written as "up" / "down"
    "Profits at Halden Freight were down 12% in the spring.\nRevenue was up 21% over the year.",
    # scores and clock times
    "Kickoff was at 3:15 in Lagos.\nThe second half began at 5:13 after a delay.",
    # deadlines set apart by "until"
    "Filers abroad on April 15 get an extension.\nThey may wait until June 15 for filing.",
    # a calendar recurs: one shared word ties no two dates
    "A bail hearing was held on June 8.\nAnother hearing is set for October 8.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_are_not_contradictions(text: str) -> None:
    assert contradiction_texts(text) == []


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("54000", "45000", True),
        ("3200", "2300", True),
        ("7h40", "8h40", True),
        ("7h40", "8h50", False),
        ("412", "421", True),
        ("12", "21", True),
        ("300", "312", False),
        ("1200", "2100", True),
        ("5", "6", False),  # one digit: any two small numbers differ by one digit
        ("120", "1200", False),
    ],
)
def test_digit_slips(a: str, b: str, slip: bool) -> None:
    assert digit_slip(a, b) is slip


def test_the_pass_is_empty_on_text_without_quantities() -> None:
    analysis = analyse(Document("t", HEAD + "Nothing here is counted.\nNor here."))
    assert quantity_contradictions(analysis) == []


def test_one_finding_per_later_value_lists_every_earlier_statement() -> None:
    text = (
        "Budget of $312M approved\n"
        "The city council approved a $312 million budget for the harbour district.\n"
        "The $321 million budget for the harbour district takes effect in January."
    )
    result = ConsistencyScorer(name_variants=False).score(analyse(Document("t", text)))
    found = [f for f in result.findings if f.kind == "contradiction"]
    assert [f.text for f in found] == ["$321 million"]
    related = [span.text for span in found[0].related]
    assert "$312 million" in related
    assert len(related) == len(set(related)) <= 3


def test_a_series_of_yearly_figures_is_not_one_event_dated_twice() -> None:
    text = (
        "In 2019 the fair attracted 12,000 visitors.\nIn 2021 the fair attracted 21,000 visitors."
    )
    assert contradiction_texts(text) == []
