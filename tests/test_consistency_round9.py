"""Round 9: copy slips of one quantity that the generic pass missed for reasons other
than the frame — a change noun the value is the size of ("a 2.3% pay rise"), a word far
back in the clause read as the value's subject, a year that dates another clause.
Own sentences (other outlets, topics, numbers); near misses must stay silent."""

from __future__ import annotations

import pytest

from support import contradiction_pairs

HEAD = "Council news\n"


def contradiction_texts(text: str) -> list[tuple[str, str]]:
    return contradiction_pairs(HEAD + text)


POSITIVES = [
    # the size of a named change: "a 2.3% pay rise" / "the 3.2% rise" (a slip)
    (
        "The trust has offered nurses a 2.3% pay rise for next year.\n"
        "Union leaders said the 3.2% rise was an insult to staff.",
        "3.2%",
    ),
    (
        "Tenants face a 6.8% rent increase from April, the housing association said.\n"
        "Campaigners called the 8.6% increase unaffordable for families on benefits.",
        "8.6%",
    ),
    (
        "Ministers approved a 4.7% fare hike on regional trains last month.\n"
        "Commuters said the 7.4% hike would push many back into their cars.",
        "7.4%",
    ),
    # a word far back in the clause is no subject of the value
    (
        "The closures, agreed by the board on Monday by seven votes to three, are meant to "
        "save £3.4m a year from the library budget.\n"
        "She said shutting the branches would protect other services, and that the savings "
        "of £4.3m would go to schools.",
        "£4.3m",
    ),
    # a year later in the sentence dates another clause, not the value
    (
        "The college has offered lecturers a 2.6% pay rise for 2027-28.\n"
        "The union said the 6.2% rise was well below inflation and that staff had lost a "
        "fifth of their pay since 2010.",
        "6.2%",
    ),
]

# a part of a stated whole, referred back to with another count
PART_POSITIVES = [
    (
        "The county will scrap 14 of its 52 rural bus routes from next spring.\n"
        "Parents said losing the 17 routes would leave villages cut off.",
        "17 routes",
        "14",
    ),
    (
        "The trust plans to close 23 of its 85 community dental clinics.\n"
        "Unions said shutting the 32 clinics would lengthen waiting lists.",
        "32 clinics",
        "23",
    ),
]

PART_NEGATIVES = [
    # parts of one whole held by different subjects
    "Labour won 24 of the 31 seats.\nThe Greens won 5 of the 31 seats.",
    "The airline will cut 16 of its 40 daily flights.\nIt will also cut 18 of its 40 weekly "
    "flights.",
    # the rest of the whole, restricted or set apart
    "The council will close 19 of its 41 libraries next year.\n"
    "The 22 libraries that remain will open fewer hours.",
    "The council will close 19 of its 41 libraries next year.\n"
    "The other 22 libraries will open fewer hours.",
    # a later part, not a back-reference
    "The board will sell 12 of its 30 depots.\nA report said 15 of the 30 depots lose money.",
]


@pytest.mark.parametrize(("text", "later", "earlier"), PART_POSITIVES)
def test_a_part_referred_back_to_with_another_count_is_found(
    text: str, later: str, earlier: str
) -> None:
    assert (earlier, later) in contradiction_texts(text)


@pytest.mark.parametrize("text", PART_NEGATIVES)
def test_parts_and_the_rest_of_a_whole_stay_silent(text: str) -> None:
    assert contradiction_texts(text) == []


NEGATIVES = [
    # two different changes of one kind, not a slip
    "The trust has offered nurses a 2.3% pay rise.\nDoctors were offered a 4.5% pay rise.",
    # a trend: the change noun after a verb of change, values of two years
    "Prices saw a 3.4% rise in 2024.\nIn 2025 prices saw a 4.3% rise.",
    # two people's rises next to the values
    "Each volunteer works 12 hours a week at the shelter.\n"
    "The coordinator works 21 hours a week there.",
    # two things right before the values
    "The bus takes 45 minutes to reach the hospital.\nThe train takes 54 minutes.",
    # another instance
    "Shoppers saw a 1.6% rise in food prices in May.\nAnother 6.1% rise followed in June.",
    # two groups' rises with swapped digits, the later not referring back
    "Pensioners will get a 4.1% increase in April.\nWorkers on benefits get a 1.4% increase.",
    # two shops' discounts with swapped digits: each names its own shop
    "Lidl offered a 12.5% discount on fresh fruit.\nAldi matched it with a 15.2% discount.",
    # amounts of two years
    "The scheme saved £2.7m in 2023.\nThe scheme's savings reached £7.2m in 2025.",
    # a rise and its comparison
    "The council approved a 4.9% council tax rise, up from 9.4% last year.",
]


@pytest.mark.parametrize(("text", "later"), POSITIVES)
def test_one_quantity_misstated_is_found(text: str, later: str) -> None:
    pairs = contradiction_texts(text)
    assert any(later in found or found in later for _, found in pairs), pairs


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_stay_silent(text: str) -> None:
    assert contradiction_texts(text) == []


# the price of a reviewed product: a labelled price line, then a sentence opening with
# another price of it in the writer's voice
PRICE_POSITIVES = [
    (
        "The Nimbus X2 is a small tablet with a bright screen.\n"
        "  • Price: $249 from the maker, $269 at Target\n"
        "The screen is sharp and the speakers are loud.\n"
        "For $294 you get a lot of tablet for the money.",
        "$294",
        "$249",
    ),
    (
        "Verdict on the Aurelo kettle.\n"
        "  • Price: £85 from most kitchen shops\n"
        "It boils a full jug in under three minutes.\n"
        "For £95, you would want a longer cable.",
        "£95",
        "£85",
    ),
]

PRICE_NEGATIVES = [
    # the same price again
    "The Nimbus X2 is a small tablet.\n  • Price: $249 from the maker\n"
    "For $249 you get a lot of tablet for the money.",
    # a price list: no labelled price of the subject before
    "Tickets are on sale now.\nFor $20 you get two tickets.\nFor $30 you get three.",
    # "for" inside a sentence: a purchase, not the subject's price
    "Price: $249\nShe sold her old one for $199 you know, on eBay.",
]


@pytest.mark.parametrize(("text", "later", "earlier"), PRICE_POSITIVES)
def test_a_labelled_price_restated_otherwise_is_found(text: str, later: str, earlier: str) -> None:
    assert (earlier, later) in contradiction_texts(text)


@pytest.mark.parametrize("text", PRICE_NEGATIVES)
def test_price_lists_and_purchases_stay_silent(text: str) -> None:
    assert contradiction_texts(text) == []


# the start of one state stated twice ("halted since 9 May" / "frozen since 11 May")
SINCE_POSITIVES = [
    (
        "Withdrawals have been suspended since 4 March, when the platform's wallets were "
        "drained.\nWith withdrawals now blocked since 7 March and 52,000 savers affected, "
        "regulators are under pressure.",
        "7 March",
        "4 March",
    ),
    (
        "The bridge has been shut since June 12 after inspectors found cracks.\n"
        "Drivers say the bridge, still closed since June 15, adds an hour to their commute.",
        "June 15",
        "June 12",
    ),
]

SINCE_NEGATIVES = [
    # two things, each shut since its own day
    "The road has been closed since 9 May.\nThe bridge has been closed since 14 May.",
    # a state and an event of the same month
    "Withdrawals have been suspended since 4 March.\nRegulators met on 7 March.",
    # two months
    "Withdrawals have been suspended since 4 March.\nWithdrawals have been blocked since "
    "4 April, a second halt.",
]


@pytest.mark.parametrize(("text", "later", "earlier"), SINCE_POSITIVES)
def test_one_state_started_on_two_days_is_found(text: str, later: str, earlier: str) -> None:
    assert (earlier, later) in contradiction_texts(text)


@pytest.mark.parametrize("text", SINCE_NEGATIVES)
def test_states_of_other_things_stay_silent(text: str) -> None:
    assert contradiction_texts(text) == []


# a year with its last two digits swapped, the two nearest words recurring
YEAR_POSITIVES = [
    (
        "The hoard was found by a diver searching a wreck off Mull in 1964 and kept in a "
        "drawer for decades.\nThe diver who searched the wreck in 1946 never spoke of it.",
        "1946",
        "1964",
    ),
    (
        "Engineers drilling a borehole near Tarvin in 1993 struck a brine spring.\n"
        "The engineers who drilled the borehole in 1939 had hoped to find coal.",
        "1939",
        "1993",
    ),
]

YEAR_NEGATIVES = [
    # a recurring achievement: one shared word is not enough
    "The museum bought a painting by Ferreira in 1978.\nThe museum sold a sculpture in 1987.",
    # two years not swapped
    "The diver searched the wreck in 1964.\nThe diver searched the wreck again in 1967.",
    # the same year
    "The diver searched the wreck in 1964.\nThe diver who searched the wreck in 1964 died.",
    # other agents of one kind of event
    "Anna Berg searched the wreck in 1964.\nOlaf Berg searched the wreck in 1946.",
]


@pytest.mark.parametrize(("text", "later", "earlier"), YEAR_POSITIVES)
def test_a_year_with_swapped_digits_is_found(text: str, later: str, earlier: str) -> None:
    assert any(earlier in e and later in f for e, f in contradiction_texts(text))


@pytest.mark.parametrize("text", YEAR_NEGATIVES)
def test_other_years_stay_silent(text: str) -> None:
    assert contradiction_texts(text) == []
