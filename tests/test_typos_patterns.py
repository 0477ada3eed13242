"""Error patterns found on a blind labeled corpus, each tested on new sentences of our own
(different wording, names and topics from the pages that revealed them)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.confusion import judge
from credscore.model import Finding
from credscore.scorers.typos import TyposScorer
from credscore.spelling import is_common_foreign, is_english, suggest

HEADLINE = "Regional briefing\n"


def findings(body: str) -> list[Finding]:
    return list(TyposScorer().score(analyse(Document("t", HEADLINE + body))).findings)


def kinds(body: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.suggestion) for f in findings(body)]


# --- foreign words and phrases quoted in English text are not typos ------------------


@pytest.mark.parametrize(
    "body",
    [
        "The protesters in yellow vests, the gilets jaunes, marched again on Saturday.",
        "Swedish staff insist on their afternoon fika, a coffee break taken seriously.",
        "“We rode past the flamme rouge together,” the Belgian rider said after the stage.",
        "Her Stockholm flat is furnished in a spirit of lagom, neither too much nor too little.",
        "The tifosi filled the grandstand long before the Italian driver took pole.",
    ],
)
def test_common_foreign_word_is_not_flagged(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "misspelling"] == []


@pytest.mark.parametrize("word", ["flamme", "jaunes", "fika", "lagom", "kaffee"])
def test_common_foreign_words_are_recognised(word: str) -> None:
    assert is_common_foreign(word)


@pytest.mark.parametrize("typo", ["goverment", "parliamnet", "distirct", "becuase", "wrold"])
def test_english_typos_are_not_foreign_words(typo: str) -> None:
    assert not is_common_foreign(typo)


# --- consonant + y before a suffix: the y turns to i ----------------------------------


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        ("Several energy companys raised their tariffs this winter.", "companys", "companies"),
        ("Both citys submitted bids to host the games.", "citys", "cities"),
        ("The two partys agreed a budget late on Friday.", "partys", "parties"),
        ("Rescuers carryed the injured hiker down the slope.", "carryed", "carried"),
        ("Residents said their happyness had little to do with income.", "happyness", "happiness"),
    ],
)
def test_y_to_i_misspelling_found_with_suggestion(body: str, typo: str, intended: str) -> None:
    assert kinds(body) == [("misspelling", typo, intended)]


@pytest.mark.parametrize("word", ["companys", "studyed", "earlyer", "babys"])
def test_y_rule_violations_are_not_english(word: str) -> None:
    assert not is_english(word)


@pytest.mark.parametrize("word", ["plays", "surveyed", "employment", "keys", "companies"])
def test_vowel_y_inflections_stay_english(word: str) -> None:
    assert is_english(word)


def test_y_rule_suggestion_is_the_inflected_form() -> None:
    assert suggest("companys") == "companies"
    assert suggest("worryed") == "worried"


# --- contractions typed without the apostrophe ----------------------------------------


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        ("Honestly I dont know why the ferry was cancelled.", "dont", "don't"),
        ("The landlord said he didnt receive the letter.", "didnt", "didn't"),
        ("Drivers say the new junction isnt any safer.", "isnt", "isn't"),
        ("If youre commuting tomorrow, expect delays.", "youre", "you're"),
        ("Parents said theyre worried about the closure.", "theyre", "they're"),
    ],
)
def test_missing_apostrophe_is_a_misspelling(body: str, typo: str, intended: str) -> None:
    assert kinds(body) == [("misspelling", typo, intended)]


@pytest.mark.parametrize(
    "body",
    [
        "He won't say whether the shop can't open; the cant of politics is a wont of his.",
        "Its owners said the well-worn lets were ill suited to the site.",
    ],
)
def test_real_words_that_look_like_contractions_are_fine(body: str) -> None:
    assert kinds(body) == []


# --- a rare word's missing bigrams say nothing about it -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The forklift driver stacked a pallet of bricks beside the gate.",
        "Inspectors found a pallet of counterfeit batteries in the lorry.",
        "The wine had a smooth finish on the palate, the sommelier said.",
        "Every pallet of timber is checked for pests at the port.",
    ],
)
def test_rare_correct_word_is_not_a_real_word_error(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


def test_frequent_word_absence_still_counts() -> None:
    # "knew" is frequent: its missing bigram next to "brand" is real evidence.
    assert judge("knew", "nothing", "about") is not None
    assert judge("pallet", "a", "of") is None


# --- "then" after a comparative --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "intended"),
    [
        ("Sales grew at a faster pace then the previous quarter, the chain said.", "than"),
        ("Turnout was higher then expected in the western wards.", "than"),
        ("The repair bill was bigger then the council had budgeted.", "than"),
        ("It proved a tougher test then any of the players imagined.", "than"),
    ],
)
def test_then_after_comparative_is_than(body: str, intended: str) -> None:
    found = [k for k in kinds(body) if k[0] == "real_word_error"]
    assert found == [("real_word_error", "then", intended)]


@pytest.mark.parametrize(
    "body",
    [
        "Prices climbed higher, then fell back in the afternoon.",
        "Rents rose faster in 2021; then the market cooled.",
        "Queues were longer then than they are now, residents said.",
        "She arrived two days later then left for Lisbon.",
        "Shares opened lower and then the market recovered.",
    ],
)
def test_temporal_then_after_comparative_is_fine(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


# --- loose/lose and where/were in unambiguous frames ------------------------------------


@pytest.mark.parametrize(
    ("body", "wrong", "intended"),
    [
        ("Farmers fear they will loose their subsidies next year.", "loose", "lose"),
        ("Without rain the growers could loose the harvest.", "loose", "lose"),
        ("Some patients loose weight quickly on the drug.", "loose", "lose"),
        ("When they where young, the brothers sold newspapers.", "where", "were"),
        ("Fans who where inside the stadium were evacuated.", "where", "were"),
        ("We asked if you where aware of the fault.", "where", "were"),
    ],
)
def test_unambiguous_frames_flag_the_slip(body: str, wrong: str, intended: str) -> None:
    found = [k for k in kinds(body) if k[0] == "real_word_error"]
    assert found == [("real_word_error", wrong, intended)]


@pytest.mark.parametrize(
    "body",
    [
        "A loose tile fell from the roof; the dog was let loose in the park.",
        "The policy moved from tight to loose within a year.",
        "Nobody knows where they went, or where we should look.",
        "It is the town where you can still buy a paper for a pound.",
    ],
)
def test_correct_loose_and_where_are_fine(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


@pytest.mark.parametrize("word", ["uplisting", "upskilling", "uprating"])
def test_up_prefix_on_a_known_word_is_not_a_misspelling(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Villagers in the Šumava hory valley voted on Sunday.", []),
        ("The choir sang Kde domov muj at the opening of the Národní divadlo season.", []),
        # across punctuation the accented word is another phrase: a slip stays a slip
        ("The mayor, Zoë Brandt, recieved the petition on Monday.", ["recieved"]),
        ("It was written by Đorđe, studdy notes say.", ["studdy"]),
    ],
)
def test_unknown_words_inside_a_foreign_phrase(text: str, flagged: list[str]) -> None:
    result = TyposScorer().score(analyse(Document("t", text)))
    assert [f.text for f in result.findings if f.kind == "misspelling"] == flagged


# --- real-word errors with a grammatical reason beyond one bigram ---------------------


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        # "it's" (it is / it has) cannot stand before a plain noun as an object
        ("The airline raised it's prices twice in the spring.", "it's", "its"),
        ("The charity doubled it’s budget for flood relief this year.", "it’s", "its"),
        ("Shareholders questioned it's strategy at the annual meeting.", "it's", "its"),
        # nor after a preposition
        ("The museum is proud of it's collection of Roman coins.", "it's", "its"),
        ("Fans waited outside in they're thousands.", "they're", "their"),
        # "who's" before a noun is "whose"
        ("The striker, who's name was on every list, signed on Friday.", "who's", "whose"),
        ("A nurse who's husband works nights said the rota was unfair.", "who's", "whose"),
        # "passed" with no subject after a motion verb is the preposition "past"
        ("The cyclist sped passed a parked van before the crash.", "passed", "past"),
        ("Protesters marched passed the embassy on Sunday afternoon.", "passed", "past"),
        ("She walked passed the gates without looking up.", "passed", "past"),
        # "peak" takes no object: "peaked the interest" is "piqued"
        ("The auction has peaked the interest of several collectors.", "peaked", "piqued"),
        ("The leaked memo peaked their curiosity.", "peaked", "piqued"),
        # a thing designed to go with another "complements" it
        ("The new tram line is designed to compliment the bus network.", "compliment", "complement"),
        ("The ship sailed with a full compliment of crew.", "compliment", "complement"),
        # "in principle" after a verb of assent, or as a parenthetical
        ("Both unions agreed in principal to the new pay offer.", "principal", "principle"),
        ("The plan is, in principal, a sound one.", "principal", "principle"),
        # brakes fail and are slammed on
        ("The lorry's breaks failed on the steep descent into town.", "breaks", "brakes"),
        ("The driver slammed on the breaks when a deer ran out.", "breaks", "brakes"),
        # singular "who" with "lead" is the past tense "led"
        ("A retired teacher who lead the petition said she was delighted.", "lead", "led"),
        ("The engineer who lead the inquiry will brief ministers.", "lead", "led"),
    ],
)
def test_grammatical_real_word_error_found(body: str, typo: str, intended: str) -> None:
    assert ("real_word_error", typo, intended) in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        # "it's" as "it is": predicates, clefts, complement clauses
        "Officials said it's company policy not to comment on staff matters.",
        "It's progress, the minister said, but slow progress.",
        "It's people who make a city, not buildings.",
        "Critics say it's peak season for burglaries in the suburbs.",
        "The mayor thinks it's time for a change at the top.",
        "Because it's government policy, the council has no choice.",
        "The board knows it's culture, not pay, that keeps staff.",
        # "who's" as "who is"
        "Nobody knows who's responsible for the outage.",
        "The coach, who's been in charge since 2019, was sacked.",
        # "passed" as a verb
        "The march passed the embassy without incident.",
        "The bill passed the Senate after a long debate.",
        "The car he drove was passed on to his daughter.",
        # "peaked" without an object
        "Interest in the scheme peaked in March and then fell away.",
        "House prices peaked the following year.",
        # "compliment" as praise
        "Guests rushed to compliment the chef on the tasting menu.",
        "She was quick to compliment her opponent after the match.",
        # "principal" as a head teacher
        "The school's principal agreed to meet parents on Monday.",
        # rest breaks and tax breaks
        "The workers' breaks were cut to fifteen minutes.",
        "The tax breaks held up the budget vote for a week.",
        "The team hit the ground running after the breaks.",
        # plural or collective antecedents take "lead"
        "Teachers who lead after-school clubs will get extra pay.",
        "The people who lead these charities are volunteers.",
        "It was the side who lead the table at Christmas.",
        "Arsenal, who lead the league by three points, host Spurs.",
        # "too" closing a phrase is the adverb
        "But doing nothing has a price too.",
        "The rent went up, and the service charge too, residents said.",
        "Cheaper housing would bring real value too.",
        "The flood did structural damage too, engineers found.",
        "Investors want a decent return too!",
        "Is there a political solution too?",
    ],
)
def test_grammatical_near_misses_not_flagged(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Residents complained that the tower block has been empty since it's been sold twice.",
        "The company admits it's got problems with its supply chain.",
        "The league says it's major news for women's football.",
    ],
)
def test_it_has_and_predicates_after_its_contraction_not_flagged(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        # existential or adverbial "there" cannot stand before a plain noun
        ("Families on the estate fear for there homes after the flood.", "there", "their"),
        ("The new rota will change there lives, nurses warned.", "there", "their"),
        ("The cuts will hurt there budgets next year.", "there", "their"),
        ("The fines could damage there reputation with voters.", "there", "their"),
        # after a verb that takes an infinitive, "to loose" is the verb "lose"
        ("The club is likely to loose its captain to a rival.", "loose", "lose"),
        ("Growers are afraid to loose contracts with supermarkets.", "loose", "lose"),
    ],
)
def test_possessive_and_infinitive_errors_found(body: str, typo: str, intended: str) -> None:
    assert ("real_word_error", typo, intended) in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "Is there hope for the talks after Friday's walkout?",
        "People out there deserve answers, the senator said.",
        "She has lived there years without a complaint.",
        "He was there last week, witnesses said.",
        "Here and there trees had fallen across the road.",
        "The guard sat there arms folded while the crowd grew.",
        "There, officials found the missing ledgers.",
        "Volunteers gave up there weekends ago, one resident joked.",
        "The cafe switched to loose tea in compostable bags.",
        "The goats were set loose on the hillside to graze.",
        "Rules went from strict to loose within a decade.",
    ],
)
def test_there_and_loose_near_misses_not_flagged(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        ("Its not clear who paid for the councillors' trip.", "Its", "It's"),
        ("The chairman said its a risky plan for a small club.", "its", "it's"),
        ("If your not registered by Friday, you cannot vote.", "your", "you're"),
    ],
)
def test_possessive_before_article_or_not_found(body: str, typo: str, intended: str) -> None:
    assert ("real_word_error", typo, intended) in kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "The bond lost its A rating in May.",
        "The band released its not-so-secret third album.",
        "The agency and its a-list clients parted ways.",
        "Your annual statement arrives in March.",
    ],
)
def test_possessive_before_capitalised_or_compound_not_flagged(body: str) -> None:
    assert [k for k in kinds(body) if k[0] == "real_word_error"] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The deal gives the coach free reign over signings.", [("reign", "rein")]),
        ("Police sealed off the construction sight overnight.", [("sight", "site")]),
        ("The levy won't effect current tenants.", [("effect", "affect")]),
        ("Her reign as champion lasted a decade.", []),
        ("The sight of the flooded square shocked residents.", []),
        ("The policy had no effect on prices.", []),
    ],
)
def test_fixed_phrase_real_word_errors(text: str, flagged: list[tuple[str, str]]) -> None:
    result = TyposScorer().score(analyse(Document("t", text)))
    assert [
        (f.text, f.suggestion) for f in result.findings if f.kind == "real_word_error"
    ] == flagged
