"""Round 11: one thing stated twice with two values that are no copy slip of each other —
a one-time event of one subject dated on two days of one month, a figure an actor
"estimates" misstated by swapped digits. Own sentences (other outlets, topics, names,
numbers); near misses must stay silent."""

from __future__ import annotations

import pytest

from support import contradiction_pairs

HEAD = "Local news\n"


def later_texts(text: str) -> list[str]:
    return [later for _, later in contradiction_pairs(HEAD + text)]


POSITIVES = [
    # one subject's one-time event dated on two days of one month
    (
        "The library will close on 12 March, the trust confirmed.\n"
        "Volunteers have started boxing up the local history collection.\n"
        "The library is now due to close on 26 March, after which the building will be sold.",
        "26 March",
    ),
    (
        "Staff were told the depot would close on June 4.\n"
        "Unions said they had not been consulted.\n"
        "Managers insisted the depot would close on June 18 whatever the outcome of talks.",
        "June 18",
    ),
    (
        "The new bridge will open on 9 September, the county council said.\n"
        "Traffic has been diverted through the village for two years.\n"
        "Engineers say the bridge should open on 23 September if the weather holds.",
        "23 September",
    ),
    # a figure an actor estimates, its digits swapped
    (
        "Up to 62 jobs could go at the plant, the union warned on Monday.\n"
        "The company said no decision had been taken.\n"
        "A leaked memo estimates that 26 jobs at the plant will be cut by spring.",
        "26 jobs",
    ),
    (
        "About 1,280 trees along the canal need felling, according to the trust.\n"
        "Residents have asked for a second opinion.\n"
        "The trust estimates 1,820 trees along the canal must come down.",
        "1,820 trees",
    ),
]

POSITIVES += [
    # a measure of one thing, digits swapped, one in a fact box's "label: value" line
    (
        "The glacier has been shrinking by 3.6 kilometres a decade, the study found.\n"
        "Researchers used satellite images going back to the 1980s.\n"
        "\u2022 Glacier shrinking, average per decade: 6.3 kilometres\n"
        "\u2022 Satellite images studied: 412",
        "6.3 kilometres",
    ),
    (
        "The flood wall along the quay stands 1.7 metres high, the agency said.\n"
        "Shopkeepers spent Monday pumping out cellars.\n"
        "The flood wall, 7.1 metres high along the quay, held through the night.",
        "7.1 metres",
    ),
    (
        "The pier will stretch 256 feet into the bay, the council said.\n"
        "Work is due to start in the spring.\n"
        "When finished, the pier will stretch 265 feet into the bay.",
        "265 feet",
    ),
]

POSITIVES += [
    # where one change started, stated twice with swapped digits
    (
        "Annual membership will go up from \u00a33,450 to \u00a33,600 in April, the club said.\n"
        "Members will vote on the plan next month.\n"
        "The membership fee, rising from \u00a34,350, is among the highest in the county.",
        "\u00a34,350",
    ),
    (
        "The parish roll grew from 1,540 to 1,910 residents over the decade.\n"
        "New houses on the edge of the village account for most of the rise.\n"
        "The parish roll, up from 1,450 residents, is now the largest in the district.",
        "1,450 residents",
    ),
    (
        "Season tickets rose from $612.50 to $640 this year, the team confirmed.\n"
        "Fans' groups said they had not been consulted.\n"
        "Season tickets jumped from $621.50 in one go.",
        "$621.50",
    ),
]

POSITIVES += [
    # the size of one change, stated twice: digits swapped, or one digit off
    (
        "Passenger numbers at the airport saw a rise of 12.5% last year, its owners said.\n"
        "The new terminal opened in the spring.\n"
        "Passenger numbers at the airport grew by 15.2% over the year, the report adds.",
        "15.2%",
    ),
    (
        "Referrals to the clinic have grown by 46% since the pandemic, staff say.\n"
        "Waiting lists are now longer than a year.\n"
        "The rise of 36% in referrals to the clinic since the pandemic has stretched staff.",
        "36%",
    ),
    (
        "Visitor numbers at the castle showed a fall of 17% over the summer.\n"
        "The trust blamed the weather.\n"
        "Visitor numbers at the castle dropped by 27% over the summer months.",
        "27%",
    ),
]

POSITIVES += [
    # a decimal copied with its last digit dropped where rounding would keep it
    (
        "The county's share of council tax will rise by 2.99% in April.\n"
        "Councillors approved the budget on Thursday night.\n"
        "The rise of 2.9% in the county's share of council tax is the maximum allowed.",
        "2.9%",
    ),
    (
        "The standard mortgage rate at the building society will be 5.47% from Monday.\n"
        "Borrowers on tracker deals are not affected.\n"
        "Its standard mortgage rate of 5.4% applies to existing borrowers too.",
        "5.4%",
    ),
]

NEGATIVES = [
    # two subjects' events in one month
    "The library will close on 12 March, the trust confirmed.\n"
    "Volunteers have started boxing up the collection.\n"
    "The museum will close on 26 March for a refit.",
    # a recurring event: two days of one month are two meetings
    "The committee will meet on 4 May to discuss the plans.\n"
    "Objectors have until the end of April to respond.\n"
    "The committee will meet again on 18 May to vote.",
    # one event, two subjects' dates (a consultation and a building)
    "The consultation will close on 15 January.\n"
    "The council received 300 responses last year.\n"
    "The hall itself is set to close on 31 January.",
    # an estimate set against a count, values not slipped
    "Police said 4,000 people attended the march.\n"
    "Traffic was stopped for an hour.\n"
    "Organisers estimate 6,500 people attended.",
    # an estimate of another thing
    "Up to 62 jobs could go at the plant, the union warned.\n"
    "The company said no decision had been taken.\n"
    "It estimates that 26 vans will be sold off.",
    # two changes' starts of two things
    "Bus fares will go up from \u00a32.35 to \u00a32.50 in April.\n"
    "The operator blamed fuel costs.\n"
    "Parking charges, rising from \u00a33.25, will also go up.",
    # two changes' starts, digits swapped but far apart
    "Bus fares will rise from \u00a31.80 to \u00a32.00 in April.\n"
    "Passengers were angry.\n"
    "Train fares, rising from \u00a38.10, will go up too.",
    # a change's start against the value it reached (not a start)
    "The roll grew from 1,540 to 1,910 residents over the decade.\n"
    "New houses account for most of the rise.\n"
    "The parish now has 1,450 homes on its register.",
    # one change's start stated again, the same value
    "Rents will go up from \u00a3845 to \u00a3880 a month.\n"
    "Tenants were told by letter.\n"
    "Rents rising from \u00a3845 a month will hit families hardest.",
    # two changes of two things, one digit apart
    "Sales at the bakery saw a rise of 38% last year.\n"
    "The owner opened a second shop in May.\n"
    "Staff costs at the bakery grew by 28% as wages went up.",
    # changes in two directions
    "Passenger numbers saw a rise of 12% at the airport.\n"
    "The new terminal opened in the spring.\n"
    "Cargo at the airport fell by 21% in the same period.",
    # a change's size and a level
    "Referrals to the clinic have grown by 46% since the pandemic.\n"
    "Waiting lists are now longer than a year.\n"
    "Some 64% of referrals to the clinic are now from schools.",
    # a decimal rounded, not a digit dropped
    "The county's share of council tax will rise by 2.92% in April.\n"
    "Councillors approved the budget on Thursday night.\n"
    "The rise of 2.9% in the county's share of council tax is the maximum allowed.",
    # a digit dropped, but another scale
    "Tickets for the theatre cost \u00a34.99 online.\n"
    "The box office opens at noon.\n"
    "The theatre's \u00a34.9m refit will finish in the spring.",
    # a dropped digit of two different rates
    "Mortgage rates at the building society will rise to 5.47% from Monday.\n"
    "Borrowers on tracker deals are not affected.\n"
    "Savings accounts at the building society will pay 5.4% from Monday.",
    # two things measured, digits swapped
    "The tower is 34 metres tall, the architects said.\n"
    "Planners approved it in March.\n"
    "The pool next to it is 43 metres long.",
    # a measure's change, not its value
    "The river rose by 1.2 metres overnight.\n"
    "Homes on the lower streets were evacuated.\n"
    "By Tuesday the river stood 2.1 metres above its usual level.",
    # a fact box of other figures
    "The storm brought 45 millimetres of rain to the town.\n"
    "Roads were closed for hours.\n"
    "Wettest day on record: 54 millimetres in 1968",
]


@pytest.mark.parametrize(("text", "later"), POSITIVES)
def test_round11_contradictions_are_found(text: str, later: str) -> None:
    assert later in later_texts(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_round11_near_misses_stay_silent(text: str) -> None:
    assert later_texts(text) == []
