"""Round 8 families, on sentences of our own (none from a labeled page), each with near
misses that must stay silent:

* the bigram model reads its neighbours through a quotation mark ("a “breech of trust”");
* a simple past in a bare-verb slot ("didn't went", "want to spoke", "would took").
"""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.confusion import past_only_forms
from credscore.scorers.typos import TyposScorer

HEADLINE = "Regional digest\n"


def real_word_errors(body: str) -> list[tuple[str, str | None]]:
    report = TyposScorer().score(analyse(Document("t", HEADLINE + body)))
    return [(f.text, f.suggestion) for f in report.findings if f.kind == "real_word_error"]


# --- neighbours through a quotation mark -------------------------------------------------

THROUGH_QUOTE_ERRORS = [
    ("Critics called the payout a “breech of the rules” and demanded an inquiry.", "breech"),
    ('The union said the closure was a "breech of contract" with its members.', "breech"),
    ("Officials warned of a “brake in the supply chain” after the strike.", "brake"),
    ("Shoppers described the queue as a ‘brake in tradition’ for the market.", "brake"),
]

THROUGH_QUOTE_NEAR_MISSES = [
    "He said the word “knew” twice during the hearing.",
    "The column explained when to use “affect” and when to use “effect” in print.",
    "Readers called the sketch “a breach of taste” in letters to the editor.",
    "The so-called “new normal” has arrived in the office towers.",
    "She said the phrase “their own” appears in the contract twice.",
    "The mayor described the deal as a “peace of mind” guarantee for tenants.",
    "Fans chanted “there” and “here” as the teams came out.",
    'Of the 14 brokers, nine rate the shares "buy" and five "sell".',
    "Most analysts still rate them ‘buy’, two ‘hold’.",
]


@pytest.mark.parametrize(("sentence", "word"), THROUGH_QUOTE_ERRORS)
def test_bigram_context_reads_through_a_quotation_mark(sentence: str, word: str) -> None:
    assert [text for text, _ in real_word_errors(sentence)] == [word]


@pytest.mark.parametrize("sentence", THROUGH_QUOTE_NEAR_MISSES)
def test_quoted_words_in_their_right_use_stay_silent(sentence: str) -> None:
    assert real_word_errors(sentence) == []


def test_quotation_mark_without_a_word_beyond_gives_no_context() -> None:
    # a quote at the sentence's edge: no neighbour, no evidence from that side
    assert real_word_errors("“Breech of what?” she asked.") == []


# --- a simple past where only a bare verb fits ---------------------------------------------

PAST_IN_VERB_SLOT = [
    ("The families said they didn't want to spoke to reporters.", "spoke", "speak"),
    ("Witnesses said the driver didn't went to the police until Monday.", "went", "go"),
    ("The coach said his players would took the criticism on board.", "took", "take"),
    ("Campaigners hope to wrote to every councillor before the vote.", "wrote", "write"),
    ("Officials said they will never gave up on the missing hikers.", "gave", "give"),
    ("Nobody could drove through the flooded underpass on Tuesday.", "drove", "drive"),
    ("The firm had to threw away three tonnes of spoiled stock.", "threw", "throw"),
    ("We can't began the work until the permits arrive.", "began", "begin"),
    ("The team is going to rode the same bikes in the final stage.", "rode", "ride"),
    ("Residents did not chose the new bin collection day.", "chose", "choose"),
    ("Growers say they might not ate much of the harvest themselves.", "ate", "eat"),
]

PAST_NEAR_MISSES = [
    "What they did spoke volumes about the club's priorities.",
    "His will left the farm to a cousin in Nelson.",
    "The council said the bridge fell short of safety standards.",
    "The riders rode to the summit and then spoke to the press.",
    "The chief executive, who took over in May, spoke to staff.",
    "They want to speak to the minister before the vote.",
    "The vote went to a second round, and the motion was carried.",
    "All the might drew from the wind farm was lost.",
    "From hub to spoke, the wheel was rebuilt by hand.",
    "Prices rose from 40 to 52 pence as demand grew.",
    "He could, and did, drove a hard bargain on the lease.",
    "Loggers want to fell the oldest trees before the ban.",
    "The carpenter had to saw the beams by hand.",
    "A can rose to the surface of the canal.",
    "Any lawyer may, as one did, wrote to the court first.",
]


@pytest.mark.parametrize(("sentence", "word", "base"), PAST_IN_VERB_SLOT)
def test_simple_past_in_a_bare_verb_slot(sentence: str, word: str, base: str) -> None:
    assert real_word_errors(sentence) == [(word, base)]


@pytest.mark.parametrize("sentence", PAST_NEAR_MISSES)
def test_past_forms_outside_a_bare_verb_slot_stay_silent(sentence: str) -> None:
    assert real_word_errors(sentence) == []


def test_past_only_forms_come_from_the_irregular_verb_list() -> None:
    forms = past_only_forms()
    assert forms["went"] == "go" and forms["spoke"] == "speak"
    # a past that is also a base form or a participle is never listed
    assert "found" not in forms and "read" not in forms and "put" not in forms


# --- homophone sets (usage-guide pairs), judged only for words frequent enough ------------

HOMOPHONE_ERRORS = [
    ("The army will return to its bass in the north next spring.", "bass", "base"),
    ("It makes no cents to close the library on Saturdays.", "cents", "sense"),
    ("The shop will cell the remaining stock at half price.", "cell", "sell"),
]

HOMOPHONE_NEAR_MISSES = [
    "The ship docked at the quay after a storm in the strait.",
    "The mane of the lion was matted after the storm.",
    "The herd of cattle was moved to higher ground before the flood.",
    "She rode the horse home and her voice was hoarse from shouting.",
    "He paced the corridor while the paste dried on the wallpaper.",
    "A sum of 40,000 pounds was set aside for repairs.",
    "The museum keeps a medal awarded to the first nurse in the district.",
    "The prison cell was searched twice before the visit.",
    "The bass player joined the band in 2019.",
    "Prices rose by a few cents a litre over the summer.",
    "The pier was closed after the storm damaged its deck.",
]


@pytest.mark.parametrize(("sentence", "word", "intended"), HOMOPHONE_ERRORS)
def test_homophone_sets_catch_a_frequent_word_out_of_place(
    sentence: str, word: str, intended: str
) -> None:
    assert real_word_errors(sentence) == [(word, intended)]


@pytest.mark.parametrize("sentence", HOMOPHONE_NEAR_MISSES)
def test_homophones_in_their_right_use_stay_silent(sentence: str) -> None:
    assert real_word_errors(sentence) == []


def test_rare_words_of_the_homophone_sets_are_never_judged() -> None:
    from credscore.confusion import BIGRAM_FLOOR, guarded_pairs, judge
    from credscore.spelling import word_counts

    rare = {word for word, _ in guarded_pairs() if word_counts().get(word, 0) < BIGRAM_FLOOR}
    assert {"quay", "mane", "aide"} <= rare
    # a context where the frequent twin is overwhelmingly likely: still no verdict
    assert judge("quay", "the", "to") is None
    assert judge("mane", "the", "reason") is None


# --- effect/affect before a possessive: one affects someone's thing ----------------------

EFFECT_POSSESSIVE_ERRORS = [
    ("Poor sleep is effecting your mood more than you think.", "effecting", "affecting"),
    ("The strike has effected their ability to travel to work.", "effected", "affected"),
    ("Rising rents are effecting our members across the city.", "effecting", "affecting"),
    ("The flooding effected his business for months.", "effected", "affected"),
    ("The cuts could effect your pension if you retire early.", "effect", "affect"),
    ("A late frost is likely to effect their harvest this year.", "effect", "affect"),
]

EFFECT_POSSESSIVE_NEAR_MISSES = [
    "The lawyers are effecting his release from custody this week.",
    "The envoy effected their escape through the northern border.",
    "The board is effecting its transfer of assets to the trust.",
    "The rebels effected their own withdrawal from the town.",
    "Officials effected their exit from the talks on Friday.",
    "Campaigners want to effect their own plan for the park.",
    "The regiment tried to effect their escape at night.",
    "The effect your decision had on staff was clear.",
    "Officials will effect its sale before the end of the year.",
]


@pytest.mark.parametrize(("sentence", "word", "intended"), EFFECT_POSSESSIVE_ERRORS)
def test_effect_before_a_possessive_is_affect(sentence: str, word: str, intended: str) -> None:
    assert real_word_errors(sentence) == [(word, intended)]


@pytest.mark.parametrize("sentence", EFFECT_POSSESSIVE_NEAR_MISSES)
def test_effecting_an_act_of_ones_own_stays_silent(sentence: str) -> None:
    assert real_word_errors(sentence) == []
