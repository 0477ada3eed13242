"""Round 11 families, on sentences of our own (none from a labeled page), each with near
misses that must stay silent:

* grammatical slots a word cannot fill: a determiner before a singular noun of time
  ("ever week": every), a possessive determiner opening a subject after a clause edge
  ("out children are": our), a relative pronoun after a comma ("the club, witch includes":
  which);
* fixed phrases from idiom dictionaries ("raised to the ground", "high tied") and
  collocations that name one sense ("agency personal were", "a shear drop", "the cloths
  they wore", "serial bars", "tonnes of flower", "need the dough by hand", "hours
  stationery");
* sense cues for a pair the bigram model must not judge (cloths / clothes: "the
  cloths they had been sleeping in, some not even dressed");
* a pre-verbal adverb is no evidence between two past forms ("had also brought a").
"""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.scorers.typos import TyposScorer

HEADLINE = "Regional digest\n"


def real_word_errors(body: str) -> list[tuple[str, str | None]]:
    report = TyposScorer().score(analyse(Document("t", HEADLINE + body)))
    return [(f.text, f.suggestion) for f in report.findings if f.kind == "real_word_error"]


ERRORS = [
    ("The school will be monitored by inspectors ever term until it becomes an academy.", "every"),
    ("Bins are now emptied ever week instead of fortnightly.", "every"),
    ("The ferry sails ever morning at seven, weather permitting.", "every"),
    ("Residents pay the charge ever year, the council said.", "every"),
    ("Ever day brings a new delay for commuters.", "every"),
    ("Ever single household will receive a letter.", "every"),
    ('"When it goes, out older people are shipped down the valley like parcels."', "our"),
    ('"If this closes, out children will have nowhere to play," she said.', "our"),
    ('"Without the bus, out young people are cut off," he said.', "our"),
    ('"We love out town and out neighbours are wonderful," she said.', "our"),
    (
        "The firm has made an offer for the club, witch includes the stadium and training ground.",
        "which",
    ),
    ("The council sold the depot, witch was built in 1932.", "which"),
    ("It is a question to witch there is no easy answer.", "which"),
    ("The extent to witch the rules were broken is unclear.", "which"),
    ("She runs a charity, witch has helped 300 families.", "which"),
    ("Officials could not say witch school would close first.", "which"),
    ("A block two doors down was raised to the ground in a similar fire in 2009.", "razed"),
    ("The village was raised to the ground by the retreating army.", "razed"),
    ("Developers plan to raise the chapel to the ground next year.", "raze"),
    ("Troops began raising the town to the ground.", "razing"),
    ("There is nothing to stop the waves reaching the cliff at every high tied.", "tide"),
    ("Walkers were cut off by the rising tied on Saturday.", "tide"),
    ("The council hopes to stem the tied of closures.", "tide"),
    ("The loan should tied them over until spring.", "tide"),
    (
        "One care assistant said agency personal had been covering almost half the night shifts.",
        "personnel",
    ),
    ("Medical personal were on the scene within minutes.", "personnel"),
    ("Key personal have left the firm since the takeover.", "personnel"),
    ("Trained personal were sent to the site.", "personnel"),
    ("Gardens now stop at a shear drop of about eight metres to the beach.", "sheer"),
    ("The house sits above a shear cliff.", "sheer"),
    ("Climbers tackled the shear rock face in the dark.", "sheer"),
    ("The shear number of complaints surprised the council.", "sheer"),
    ("Many families had arrived with only the cloths they were wearing.", "clothes"),
    ("Evacuees fled with nothing but the cloths on their backs.", "clothes"),
    ("She packed a change of cloths for each child.", "clothes"),
    ("They lost everything except the cloths they wore.", "clothes"),
    ("The larder was short of tinned meat, toiletries and serial bars for children.", "cereal"),
    ("He ate a bowl of serial for breakfast.", "cereal"),
    ("The price of breakfast serial has risen.", "cereal"),
    ("Farmers grow serial crops on the plain.", "cereal"),
    ("She got through more than two tonnes of flower in her first year.", "flour"),
    ("Mix 500 grams of flower with the yeast.", "flour"),
    ("Add two cups of flower and a pinch of salt.", "flour"),
    ("Sift the flower into a bowl.", "flour"),
    ("She insists you have to need the dough by hand.", "knead"),
    ("He kneed the dough until it was smooth.", "kneaded"),
    ("Many trains will be out of position after two days stationery in depots.", "stationary"),
    ("The lorry had been stationery for hours.", "stationary"),
    ("Traffic was stationery on the M6 for three hours.", "stationary"),
    ("The car remained stationery at the lights.", "stationary"),
    ("Buses sat stationery for 40 minutes.", "stationary"),
    ("The delay lasted half an our before trains moved.", "hour"),
    ("Staff are paid £12 an our.", "hour"),
    ("The search went on for 48 ours.", "hours"),
    ("Officials could not say weather or not the road would reopen.", "whether"),
    ("It is unclear weather the school will reopen.", "whether"),
    ('"We have lived hear for 30 years," she said.', "here"),
    ('"I was shocked to here the news," she said.', "hear"),
    ("Councillors debated the plan, witch would cost £2m.", "which"),
    ("Residents said there homes were flooded.", "their"),
    ("Their are fears for the future of the pier.", "there"),
    ("The council said it's budget was under pressure.", "its"),
    ("The club could loose its licence.", "lose"),
    ("The hall were the meeting took place was packed.", "where"),
    ("The team could of won the game.", "have"),
    ("The figure is higher then last year.", "than"),
    ("He wanted too see the report.", "to"),
    ("She drove passed the school every day.", "past"),
    ("The inquiry was lead by a former judge.", "led"),
    ("The closure will effect hundreds of families.", "affect"),
    ("The street was quite after the police left.", "quiet"),
    ("She took a deep breathe and carried on.", "breath"),
    ("He ignored the advise of his lawyer.", "advice"),
    ("The council will except the offer.", "accept"),
    ("She gave him a peace of her mind.", "piece"),
    ("There is a whole in the fence.", "hole"),
    ("Dogs are not aloud on the beach.", "allowed"),
    ("Please bare in mind the new rules.", "bear"),
    ("The driver slammed on the breaks.", "brakes"),
    ("The building sight was closed after the accident.", "site"),
    ("The school's principle said the inspection was fair.", "principal"),
    ("The car was stationery at the lights when it was hit.", "stationary"),
    ("Bad whether forced the event to close.", "weather"),
    ("Of coarse the plan has critics.", "course"),
    ("Officials site a lack of funding.", "cite"),
    ("Storms could wreck havoc on the coast.", "wreak"),
    ("Fans waited with baited breath.", "bated"),
    ("Their behaviour was beyond the pail.", "pale"),
    ("The plan did not pass mustard with inspectors.", "muster"),
    ("She felt hunger pains all morning.", "pangs"),
    ("For all intensive purposes the deal is dead.", "intents"),
    ("He strained his vocal chords.", "cords"),
    ("The minister promised to reign in spending.", "rein"),
    ("The council wants to nip the problem in the butt.", "bud"),
    ("The roof remained in tact after the storm.", "intact"),
    ("Residents were lead to believe the plan was dead.", "led"),
    ("The campaign aims to sew the seeds of doubt.", "sow"),
    (
        "Firefighters said residents escaped in the cloths they had been sleeping in, some not even dressed.",
        "clothes",
    ),
    ("Donated cloths, shoes and coats were handed out to the families.", "clothes"),
    ("She had to buy school cloths and a uniform for each child.", "clothes"),
    ("The bakery gets through 40 sacks of flower a week for its bread and pastry.", "flour"),
]

NEAR_MISSES = [
    "It was the warmest ever year on record in Scotland.",
    "It was the first ever season for the club in the top flight.",
    "The biggest ever week for ticket sales came in March.",
    "Prices are ever higher this term.",
    "Has she ever lived here?",
    "It is the club's best ever start to a season.",
    "The only ever winner from the region was a farmer.",
    "Nobody had ever term-limited a mayor before.",
    '"We kicked out older members who never paid," he said.',
    '"Out went the old rules," she said.',
    "They were locked out, older residents said.",
    '"Out here, young people are bored," he said.',
    "Out of 40 schools, 12 are failing.",
    "The council sought out local firms for the contract.",
    "The film follows a young witch who moves to London.",
    "Puritan Salem, witch trials began in 1692.",
    "She dressed as a witch for the parade.",
    "The book, Witch Week, is a children's classic.",
    "Residents described the search as a witch hunt.",
    "The crane raised the beam from the ground to the roof.",
    "The platform was raised two metres above the ground.",
    "Funds were raised to the tune of £40,000.",
    "The boat was tied up at the harbour.",
    "The scores were tied at half time.",
    "Funding is tied to performance.",
    "He said agency personal data had been leaked.",
    "Key personal details were stolen.",
    "Her medical personal history was shared without consent.",
    "Engineers tested the shear strength of the beams.",
    "Wind shear grounded flights at the airport.",
    "Farmers shear the sheep in June.",
    "Staff wiped the tables with damp cloths they had brought.",
    "The cloths were hung out to dry.",
    "Police are hunting a serial burglar.",
    "Check the serial number on the box.",
    "The serial ran for three series.",
    "She bought a bag of flower seeds.",
    "Two tonnes of flower bulbs were planted in the park.",
    "The garden is in full flower.",
    "A flower shop opened on the high street.",
    "We need the dough to pay the rent.",
    "You need the dough to rest overnight.",
    "The bakery needs the dough delivered by five.",
    "The shop sells stationery for schools.",
    "Office stationery was stolen in the raid.",
    "Spending on stationery rose by 5%.",
    "The stationery was stored in the cupboard.",
    "The gales had also brought a Siberian thrush to the headland.",
    "The storm brought a rare warbler to the island.",
    "The easterlies had just brought two shrikes and a wryneck to the cape.",
    "Were they taken to hospital?",
    "Were the children moved to another school?",
    "Where they went next is unknown.",
    "The town where he grew up has changed.",
    "Were the figures correct, the council would have acted.",
    "The hall where the meeting took place was packed.",
    "They were arrested outside the hall.",
    "The places where arrested men were held were grim.",
    "Protesters where arrested men were held chanted slogans.",
    "It was quite a surprise.",
    "The street was quite busy after the police left.",
    "It was not quite by chance.",
    "The room was quiet after the speech.",
    "It is quite as good as last year.",
    "The region as a whole in the past decade grew fast.",
    "The budget as a whole in the end was approved.",
    "The plan, taken as a whole, in my view fails.",
    "A whole in itself, the estate is self-contained.",
    "He dug a hole in the garden.",
    "The club lost 3 hours of training.",
    "For what it's worth was the question.",
    "I don't know how it's done was his reply.",
    "It's a shame, he said.",
    "The principle says that everyone is equal.",
    "The principle of equal pay was agreed.",
    "She put the pail beyond the door.",
    "He passed mustard to his neighbour.",
    "Workers complained of back pains after the shift.",
    "The course was intensive for all students.",
    "She sewed the seeds into the hem of the dress.",
    "She was lacking in tact, critics said.",
    "The factory is sited near the river.",
    "The council will site a new depot near the river.",
    "The site a mile away was cleared.",
    "The memorial site is a common sight for walkers.",
    "The team were the first to arrive.",
    "They were the ones who saw it.",
    "Were he to resign, the party would split.",
    "Even in domains where detailed and predictive understanding is possible, errors occur.",
    "Children scoring high were those who gave evidence of tension.",
    "Staff will be retrained where needed.",
    "The best performers were the pupils who came early.",
    "Wipe the table with damp cloths after each meal.",
    "The cleaners left the cloths in the kitchen.",
    "The altar cloths were embroidered by volunteers.",
    "She decorates each loaf with an edible flower from the garden.",
    "The bakery sells bread, cakes and a single flower for Mother's Day.",
    "Each sourdough loaf is topped with a pressed flower.",
    "The flower show opened on Saturday with 300 entries.",
    "They wore their best clothes to the wedding.",
    "The flour was milled at a watermill in Dorset.",
    "Flour prices have risen by 20% since last year, bakers say.",
]


@pytest.mark.parametrize(("sentence", "intended"), ERRORS)
def test_slot_and_phrase_errors_are_found(sentence: str, intended: str) -> None:
    found = real_word_errors(sentence)
    assert len(found) == 1, found
    assert (found[0][1] or "").lower() == intended


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_stay_silent(sentence: str) -> None:
    assert real_word_errors(sentence) == []


def test_capitalised_slot_word_keeps_its_capital() -> None:
    assert real_word_errors("Ever day brings a new delay for commuters.") == [("Ever", "Every")]
