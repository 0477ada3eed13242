"""Round 7 families of real-word errors (each with sentences of our own and near misses
that must stay silent): fazed written "phased", the verb "passed" written "past", the
possessive "their" written "they're", "where" written "were" after a demonstrative and a
copula, "too" written "to" before a bare adjective, and waive written "wave" before what
is waived."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.scorers.typos import TyposScorer
from credscore.spelling import is_english

HEADLINE = "Weekend briefing\n"


def real_word_errors(body: str) -> list[tuple[str, str | None]]:
    findings = TyposScorer().score(analyse(Document("t", HEADLINE + body))).findings
    return [(f.text, f.suggestion) for f in findings if f.kind == "real_word_error"]


ROUND7_ERRORS = [
    # faze (disconcert) written "phase", after a verb of seeming or a negation
    ("The goalkeeper seemed completely phased by the noise.", "phased", "fazed"),
    ("She did not look phased at all when the lights failed.", "phased", "fazed"),
    ("The minister appeared phased, pausing for several seconds.", "phased", "fazed"),
    ("Investors were not phased by the warning.", "phased", "fazed"),
    ("Veteran traders remained unphased by the slump.", "unphased", "unfazed"),
    ("He wasn't phased.", "phased", "fazed"),
    # passed (a verb) written "past" after what is passed and a passive "be"
    ("The ordinance was past unanimously on Tuesday night.", "past", "passed"),
    ("Once the sentence was past, the defendant was led away.", "past", "passed"),
    ("The budget was finally past after a six-hour debate.", "past", "passed"),
    ("Two amendments were past by a narrow margin.", "past", "passed"),
    ("Her grandmother has past away after a short illness.", "past", "passed"),
    ("Funding had past the committee stage by then.", "past", "passed"),
    # their written "they're" before a noun, after a word that opens no clause
    ("Residents are urged to check they're insurance before winter.", "they're", "their"),
    ("Two clubs lost they're contract with the league.", "they're", "their"),
    ("Farmers doubt the scheme will protect they're livelihood for long.", "they're", "their"),
    ("Families were asked to update they're profile online.", "they're", "their"),
    ("Shoppers are switching they're bank.", "they're", "their"),
    # where written "were" after a demonstrative and a copula
    ("This is were the plan falls apart.", "were", "where"),
    ("That's were most of the money went.", "were", "where"),
    ("Here is were the new clinic will stand.", "were", "where"),
    # too written "to" before a bare adjective that ends its phrase
    ("The seats are to small for adults.", "to", "too"),
    ("Critics say the fine is to lenient, and want it doubled.", "to", "too"),
    ("The chargers were to expensive.", "to", "too"),
    ("It was far to late to save the harvest.", "to", "too"),
    ("There were way to many candidates for one debate.", "to", "too"),
    # waive written "wave" before what is waived
    ("The college agreed to wave tuition fees for care leavers.", "wave", "waive"),
    ("The club waved the entry charge for children.", "waved", "waived"),
    ("Officials may wave any penalties for late filing.", "wave", "waive"),
    ("The bank is waving overdraft charges until March.", "waving", "waiving"),
    ("The council voted to wave the deposit requirement.", "wave", "waive"),
]


@pytest.mark.parametrize(("text", "wrong", "intended"), ROUND7_ERRORS)
def test_round7_families_flag_the_slip(text: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(text)


ROUND7_NEAR_MISSES = [
    # phased in stages, a phased plan
    "The ban will be phased in over three years.",
    "The cuts seemed phased to hit rural routes last.",
    "Construction was phased by district to limit disruption.",
    "A phased return to work is planned.",
    # past as an adjective or preposition
    "The bill was past its deadline when it reached the floor.",
    "The danger is past, officials said.",
    "He had past convictions for theft.",
    "The verdict was a reminder of past failures.",
    "The budget was past the halfway mark in June.",
    # they're as "they are"
    "Asked about the fans, he said they're family to him.",
    "They're students, not professionals.",
    "Because they're cheap, they sell quickly.",
    "If they're right, rates will fall.",
    "The players know they're favourites.",
    "At the final whistle they're feet from the line.",
    "Parents say they're expert at spotting fakes.",
    "Good luck to them; they're adult enough to decide.",
    "Don't argue with the referees: they're staff.",
    "Asked who the visitors were, he said they're family.",
    # were as a verb
    "This is what the figures were showing all along.",
    "Here were the results of a decade of work.",
    "The question is were the rules followed.",
    # to as a preposition or infinitive
    "The shop is to close next month.",
    "The aim is to clear the backlog by June.",
    "The shift is to small cars and vans.",
    "The council is to blame for the delay.",
    "Prices rose from low to high within a week.",
    "The plan is to free up space for beds.",
    "He drove far to the north.",
    # wave (the motion, the sea)
    "Fans wave flags along the route.",
    "A wave of fines hit the sector last year.",
    "The heat wave fines farmers in lost crops every summer.",
    "Crowds waved goodbye to the ship.",
]


@pytest.mark.parametrize("text", ROUND7_NEAR_MISSES)
def test_round7_near_misses_stay_silent(text: str) -> None:
    assert real_word_errors(text) == []


@pytest.mark.parametrize("word", ["resat", "reran", "retook", "resold", "rewrote", "rebuilt"])
def test_re_prefixed_irregular_pasts_are_english(word: str) -> None:
    assert is_english(word)


# Usage-guide phrase families added in the same round (prey, defuse, fare, tale, sight,
# aloud, bored, sale, deep-seated, affected people, "it's" before an anticipated clause).
PHRASE_FAMILY_ERRORS = [
    ("Your going to love the new menu, the chef said.", "Your", "You're"),
    ("Pensioners fell pray to the phone scam.", "pray", "prey"),
    ("Older drivers are easy pray.", "pray", "prey"),
    ("Mediators tried to diffuse the situation before the vote.", "diffuse", "defuse"),
    ("Army experts were sent to diffuse the device's bomb.", "diffuse", "defuse"),
    ("The bus fair rose to £3 in January.", "fair", "fare"),
    ("It was a cautionary tail for other clubs.", "tail", "tale"),
    ("The lake is out of site from the road.", "site", "sight"),
    ("He bought the van site unseen.", "site", "sight"),
    ("She read the letter allowed, line by line.", "allowed", "aloud"),
    ("Many fans were board by the second half.", "board", "bored"),
    ("The house is up for sell.", "sell", "sale"),
    ("It is a deep seeded grudge.", "seeded", "seated"),
    ("The storm effected thousands of homes.", "effected", "affected"),
    ("The rules effected residents across the county.", "effected", "affected"),
    ("Its unclear who will pay.", "Its", "It's"),
]


@pytest.mark.parametrize(("text", "wrong", "intended"), PHRASE_FAMILY_ERRORS)
def test_phrase_families_flag_the_slip(text: str, wrong: str, intended: str) -> None:
    assert (wrong, intended) in real_word_errors(text)


PHRASE_FAMILY_NEAR_MISSES = [
    "Your going-away party is on Friday.",
    "They pray to the saints every morning.",
    "Lamps diffuse the light evenly.",
    "The diffused bomb fragments were studied.",
    "The county fair opens on Friday.",
    "The air fair attracted pilots.",
    "The dog wagged its tail.",
    "Workers were moved out of the site.",
    "Pupils read, allowed to choose their own books.",
    "They said allowed drugs would be listed.",
    "He was on the board by March.",
    "He called for sell orders to be halted.",
    "The deep seeded trays hold 40 plants.",
    "The scheme effected a transfer of power.",
    "The bank effected payments to thousands of customers.",
    "The fund and its unclear future worry savers.",
    "The council said its hard work had paid off.",
]


@pytest.mark.parametrize("text", PHRASE_FAMILY_NEAR_MISSES)
def test_phrase_family_near_misses_stay_silent(text: str) -> None:
    assert real_word_errors(text) == []
