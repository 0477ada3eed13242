"""Round 10: copy slips of one quantity missed because of how the value's frame or holder
was read — a common noun that only ever opens sentences ("Turnout was 31.4%.") taken for
a name, the estimate noun a value is "of" taken for a change cue, an unnamed person's age
restated a year or two off, a people count referred back to under another people noun.
Own sentences (other outlets, topics, names, numbers); near misses must stay silent."""

from __future__ import annotations

import pytest

from credscore.quantities import _capitalised_inside
from support import contradiction_pairs

HEAD = "Local news\n"


def later_texts(text: str) -> list[str]:
    return [later for _, later in contradiction_pairs(HEAD + text)]


POSITIVES = [
    # a common noun opening both sentences is a frame word, not a name
    (
        "The parish poll closed at 9pm on Thursday. Attendance was 41.6%.\n"
        "Organisers praised the volunteers who staffed the tables.\n"
        "Attendance across the parish, at 46.1%, was better than organisers had feared.",
        "46.1%",
    ),
    (
        "Occupancy was 72.8% over the festival weekend, the hotel group said.\n"
        "Staff were brought in from other sites to cope.\n"
        "Occupancy at the seafront hotels, at 78.2%, beat every summer weekend.",
        "78.2%",
    ),
    # the estimate noun a value is "of" names that value
    (
        "A surveyor put the cost of restoring the pier at £2.7 million.\n"
        "The trust has until March to apply for lottery money.\n"
        "The restoration estimate of £7.2 million was, its chair said, beyond the town.",
        "£7.2 million",
    ),
    (
        "Engineers valued the repair of the sea wall at $5.8 million in their report.\n"
        "Residents have asked for a public meeting.\n"
        "The repair estimate of $8.5 million was described as conservative.",
        "$8.5 million",
    ),
    # an unnamed person's age restated a year or two off, nobody introduced in between
    (
        "A 52-year-old cyclist was taken to hospital after a collision on the ring road.\n"
        "Her neighbour, Tomas Ferreira, 68, said she rode to work every day.\n"
        "The road was closed for four hours while officers examined the scene.\n"
        "Colleagues have set up a collection for her family.\n"
        "They said the 54-year-old was one of the most careful riders they knew.",
        "54-year-old",
    ),
    (
        "A 38-year-old fisherman was rescued from the water off the harbour wall on Sunday.\n"
        "The lifeboat crew reached him within ten minutes of the call.\n"
        "The crew said the 37-year-old had been in the water for about twenty minutes.",
        "37-year-old",
    ),
    # a capitalised word opening the later sentence ("Neighbours") names nobody
    (
        "A 41-year-old jogger was hit by a cyclist in Hyde Park on Monday.\n"
        "Paramedics treated her at the scene.\n"
        "Neighbours said the 42-year-old was a keen runner.",
        "42-year-old",
    ),
    # a people count referred back to under another people noun, four digits swapped
    (
        "Records of about 36,000 tenants were exposed when the landlord's portal was hacked.\n"
        "The firm said it had reported the incident to the regulator.\n"
        "Letters will go to all 63,000 affected households by the end of the month.",
        "63,000",
    ),
    (
        "Exam results of 15,000 pupils were posted online by mistake, the board said.\n"
        "The page was taken down within an hour.\n"
        "The board has written to all 51,000 affected families.",
        "51,000",
    ),
]


@pytest.mark.parametrize(("text", "later"), POSITIVES)
def test_slip_is_flagged(text: str, later: str) -> None:
    assert any(later in found for found in later_texts(text)), later_texts(text)


NEGATIVES = [
    # a value dated to another moment after it, in its clause
    (
        "The ward poll closed at 10pm. Turnout was 41.2%.\n"
        "In the county election, turnout was 42.1% two years ago."
    ),
    # names opening the sentences but written inside one elsewhere stay names: two
    # people's shares
    (
        "Okafor took 41.6% of the vote in the ward.\n"
        "Mendes took 46.1% of the vote in the ward next door.\n"
        "Both Okafor and Mendes will sit on the council."
    ),
    # an estimate of another thing
    (
        "The estimate of £2.7 million for the pier was published in March.\n"
        "The library roof needs work too. The estimate of £7.2 million for the library "
        "came a week later."
    ),
    # a change size stays a change: "an increase of"
    (
        "The council raised parking charges by an average of 3.4% last year.\n"
        "This year it proposes an increase of 4.3% in the town centre."
    ),
    # "the 54-year-old" introducing someone just named
    (
        "A 52-year-old man was arrested after a car hit a bus shelter on Friday night.\n"
        "Police named the driver of the bus as Daniel Price.\n"
        "The 54-year-old was not hurt."
    ),
    # someone named in full in the later sentence itself
    (
        "A 52-year-old man was arrested after the crash.\n"
        "Witnesses said the road was busy.\n"
        "Teacher Daniel Price said the 54-year-old was not hurt."
    ),
    # an unnamed age far from the later one: another person
    (
        "A 52-year-old man was arrested after the crash.\n"
        "Witnesses said the road was busy.\n"
        "The 31-year-old was released without charge."
    ),
    # two unnamed people a year apart, both aged: unclear who is meant
    (
        "A 52-year-old man and a 53-year-old woman were hurt in the crash.\n"
        "The road was closed for an hour.\n"
        "The 54-year-old was later discharged from hospital."
    ),
    # two people counts under other nouns, not referred back to
    (
        "About 36,000 tenants rent from the association.\n"
        "It employs staff in 63,000 square feet of offices."
    ),
    (
        "The district has about 36,000 tenants.\n"
        "Some 63,000 households in the county receive help with council tax."
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_miss_is_silent(text: str) -> None:
    assert later_texts(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "inside"),
    [
        ("Chidi Okafor spoke. Okafor left. Okafor returned.", "Okafor", True),
        ('"We will fight," Okafor said. Okafor left.', "Okafor", True),
        ("Turnout was low. Turnout rose.", "Turnout", False),
        ("Prep: 20 minutes | Serves: 8\nServes four.", "Serves", False),
        ("Note one.\nNote two. A third Note", "Note", True),
        ("Turnovers rose. Turnout fell.", "Turn", False),
    ],
)
def test_capitalised_inside(text: str, surface: str, inside: bool) -> None:
    assert _capitalised_inside(text, surface) is inside


def test_capitalised_inside_gives_up_on_hostile_input() -> None:
    text = "Turnout rose. " * 10_000
    assert _capitalised_inside(text, "Turnout") is True  # (bounded look: taken for a name)


# a count in words referred back to by what the group was said to be or do
WORDED_POSITIVES = [
    (
        "The league has suspended five players from the Harbourside club over the brawl.\n"
        "The club said it would appeal.\n"
        "The six suspended players will miss the derby on Saturday.",
        "six",
    ),
    (
        "The trust has closed three rural surgeries since the spring.\n"
        "Patients now travel to the town centre.\n"
        "The four closed surgeries served more than a thousand patients.",
        "four",
    ),
    # one name shared, each side naming another too (a league, a cup opponent)
    (
        "The league suspended five players from Welsh side Penrhyn Athletic after the brawl.\n"
        "The club said it would appeal.\n"
        "The six suspended Penrhyn players will miss the cup tie against Bala Town.",
        "six",
    ),
]

WORDED_NEGATIVES = [
    # two named groups
    "Police arrested five Rovers fans after the match.\n"
    "The six arrested City fans were released on bail.",
    "Three men were arrested on Friday.\nThe two men arrested on Saturday were released.",
    "She has three children.\nThe two children from her first marriage live abroad.",
    "The council closed four libraries in 2019.\nThe three libraries left are open on Saturdays.",
    "Two boats capsized in the storm.\nThe three boats that stayed in port were undamaged.",
    # no "the": a count of its own, not one referred back to
    "The club suspended five players in May.\nIn June it suspended six players after a fight.",
    "Rescuers pulled four climbers from the gully.\nThe three rescued climbers were flown out.",
]


@pytest.mark.parametrize(("text", "later"), WORDED_POSITIVES)
def test_worded_count_referred_back(text: str, later: str) -> None:
    assert later in later_texts(text)


@pytest.mark.parametrize("text", WORDED_NEGATIVES)
def test_worded_count_of_another_group_is_silent(text: str) -> None:
    assert later_texts(text) == []


def test_definite_measure_of_a_named_thing_is_its_own_size() -> None:
    text = (
        "At 25 kilometres the leaders were still together, the commentator said.\n"
        "Some 4,200 runners finished, with a further 3,100 in the 12-kilometre Fun Run."
    )
    assert later_texts(text) == []


def test_definite_measure_referred_back_is_still_compared() -> None:
    text = (
        "The storm surge crested early on Friday at 21.4 feet, the agency said.\n"
        "Officials said the 23.1-foot crest flooded the harbour road."
    )
    assert "23.1-foot" in later_texts(text)


# a year of a one-time event with its last two digits swapped, the later sentence's
# subject (described by a relative clause between commas) named next to the earlier year
YEAR_POSITIVES = [
    (
        "The trust bought Holme Viaduct, a nine-arch railway viaduct over the Esk that was "
        "completed in 1864 and closed in 1965.\n"
        "Volunteers will repair the parapets this summer.\n"
        "The viaduct, which is the longest in the county, was built in 1846 by the Whitby "
        "Railway company.",
        "1846",
    ),
    (
        "Governors want to save the Old Grammar School, a three-storey sandstone school on "
        "Kirk Lane that was founded in 1892.\n"
        "The building is now empty.\n"
        "The school, which once taught the poet Ann Grieve, was founded in 1829 by a local "
        "merchant.",
        "1829",
    ),
]

YEAR_NEGATIVES = [
    # another event of the same thing
    "The church, a Gothic building on Mill Road that was built in 1878, is listed.\n"
    "The church, which stands on the green, was restored in 1887 by the Ward family.",
    # another thing described
    "The mill, a red-brick spinning mill on Wharf Street, was completed in 1887.\n"
    "The chapel, which stands opposite, was built in 1878 by the Ashby family.",
    # years far apart: an extension
    "The mill, a red-brick mill on Wharf Street, was completed in 1887.\n"
    "The mill, which later made parachutes, was built in 1920 as an extension.",
]


@pytest.mark.parametrize(("text", "later"), YEAR_POSITIVES)
def test_swapped_year_of_the_described_thing(text: str, later: str) -> None:
    assert later in later_texts(text)


@pytest.mark.parametrize("text", YEAR_NEGATIVES)
def test_year_of_another_event_or_thing_is_silent(text: str) -> None:
    assert later_texts(text) == []


# a day written with a digit more, one value stated as the named thing's date
DATE_POSITIVES = [
    (
        "The fire at the depot broke out on 4 June, the brigade said.\n"
        "Investigators are still on site.\n"
        "The insurer's report gives the date of the fire as 14 June.",
        "14 June",
    ),
    (
        "The cyber attack on the hospital began on 21 March, according to the trust.\n"
        "Systems were restored a week later.\n"
        "A regulator's notice puts the date of the attack at 2 March.",
        "2 March",
    ),
]

DATE_NEGATIVES = [
    # meetings recur: no "date of"
    "The council met on 3 October to discuss the plan.\n"
    "The council met on 13 October and approved the plan.",
    "The hearing was held on 3 May.\nA second hearing took place on 13 May.",
    # the date of another thing
    "The fire broke out on 4 June at the depot.\nThe date of the depot's reopening is 14 June.",
    "The intrusion took place on 3 October but was detected on 13 October.\n"
    "The council gave the date of the detection as 13 October.",
]


@pytest.mark.parametrize(("text", "later"), DATE_POSITIVES)
def test_day_with_a_digit_added_as_the_things_date(text: str, later: str) -> None:
    assert later in later_texts(text)


@pytest.mark.parametrize("text", DATE_NEGATIVES)
def test_other_days_stay_silent(text: str) -> None:
    assert later_texts(text) == []
