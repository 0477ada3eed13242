"""One-edit slips that make another real word ("cloud" for could, "sea" for see, "threw"
for through), decided by part-of-speech frames of closed-class words: each family tested
on sentences of our own (other names, topics, layouts), with near misses that must stay
silent (the same words in their right use)."""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.scorers.typos import TyposScorer
from credscore.spelling import is_english

HEADLINE = "Regional roundup\n"


def real_word_errors(body: str) -> list[tuple[str, str | None]]:
    findings = TyposScorer().score(analyse(Document("t", HEADLINE + body))).findings
    return [(f.text, f.suggestion) for f in findings if f.kind == "real_word_error"]


ONE_EDIT_ERRORS = [
    # a noun one letter from a modal, before a bare verb
    ("The operator cloud face a fine of up to £20,000.", "cloud", "could"),
    ("Ministers said the scheme wood be reviewed in spring.", "wood", "would"),
    ("Anyone who skips the test mist have a doctor's note.", "mist", "must"),
    ("The bypass cloud become a bottleneck within a year.", "cloud", "could"),
    ("Critics warn the merger cold mean higher fares.", "cold", "could"),
    # a noun in a verb slot after a negated auxiliary
    ("It is the sort of loyalty you don't sea in modern football.", "sea", "see"),
    ("Staff said they couldn't here the alarm over the machines.", "here", "hear"),
    ("The figures doesn't seam to add up, the auditor said.", "seam", "seem"),
    ("Passengers won't meat the minister until June.", "meat", "meet"),
    ("The regulator did not except the company's explanation.", "except", "accept"),
    ("Fans don't loose interest that easily.", "loose", "lose"),
    # past (beyond) a possessive expiry
    ("Milk was sold passed its use-by date at two corner shops.", "passed", "past"),
    ("Inspectors found yoghurt stored passed its expiry date.", "passed", "past"),
    ("Much of the fleet is well passed its prime.", "passed", "past"),
    # ensure before a clause
    ("He checked twice to insure we had the right documents.", "insure", "ensure"),
    ("The club is insuring they can field a side on Saturday.", "insuring", "ensuring"),
    # different (adjective)
    ("Coaching a youth side is a completely difference job.", "difference", "different"),
    ("Each ward has a difference approach to recycling.", "difference", "different"),
    # streamed online
    ("Tonight's hearing will be steamed online from 7pm.", "steamed", "streamed"),
    ("The steaming service lost 200,000 subscribers in a quarter.", "steaming", "streaming"),
    # through
    ("The delivery van went threw the barrier at speed.", "threw", "through"),
    ("Volunteers are sifting threw the archive by hand.", "threw", "through"),
    ("Energy bills went threw the roof last winter.", "threw", "through"),
    ("A shortage would send rents threw the roof.", "threw", "through"),
    # break
    ("The visitors scored twice after the brake, and held on.", "brake", "break"),
    ("Nurses said they rarely get a lunch brake on the ward.", "brake", "break"),
    ("The firm will get a tax brake worth £3 million.", "brake", "break"),
    # led
    ("The inquiry has lead to three resignations.", "lead", "led"),
    ("The rescue was lead by two off-duty paramedics.", "lead", "led"),
    # principal, councillor
    ("The vice principle, Ana Ruiz, said lessons would resume.", "principle", "principal"),
    ("Two town counsellors abstained in the vote on parking.", "counsellors", "councillors"),
    ("A parish counsellor raised the matter at the meeting.", "counsellor", "councillor"),
    # then after a comparative and a noun, before a subject pronoun
    ("We sold more tickets then we expected.", "then", "than"),
    ("She has won fewer races then he has this season.", "then", "than"),
    # role nouns and what they govern
    ("The team manger, Lucia Ferro, was sent to the stands.", "manger", "manager"),
    ("Cuts to pubic health budgets will hit rural areas hardest.", "pubic", "public"),
    ("Results from the clinical trail are due in March.", "trail", "trial"),
    ("Three men will stand trail in Leeds next year.", "trail", "trial"),
    ("The strike was bought to an end after nine days.", "bought", "brought"),
    ("The form asks for your martial status and income.", "martial", "marital"),
    ("The port relies on causal workers paid by the hour.", "causal", "casual"),
    ("Fewer collage students are taking out loans.", "collage", "college"),
    ("Medical personal were on the scene within minutes.", "personal", "personnel"),
    ("She filed a compliant with the ombudsman in May.", "compliant", "complaint"),
    ("All new boilers must be fully complaint by 2027.", "complaint", "compliant"),
    ("The lorry cut thorough the hedge and into a field.", "thorough", "through"),
    ("A window cleaner found the widow frame had rotted.", "widow", "window"),
    ("The couple hosted a diner party for the volunteers.", "diner", "dinner"),
    ("The lose of the contract cost 40 jobs.", "lose", "loss"),
    ("Her dairy entries from 1944 were published last year.", "dairy", "diary"),
    ("The relay team will try to brake the record again.", "brake", "break"),
    ("The channel was braking news every few minutes.", "braking", "breaking"),
    ("Police sealed off the building sight overnight.", "sight", "site"),
    ("The ferry was cancelled two weak ago.", "weak", "week"),
    ("Turnout was hire than in 2019.", "hire", "higher"),
    ("The bored of directors met on Monday.", "bored", "board"),
    ("Residents had herd nothing about the plans.", "herd", "heard"),
    ("Several patience were moved to other wards.", "patience", "patients"),
    ("The principle of Westbrook Primary School, Ian Lowe, apologised.", "principle", "principal"),
    ("Parents met the school principle Maria Okafor on Friday.", "principle", "principal"),
    ("It was, in their believe, a fair deal.", "believe", "belief"),
    ("Our devise was tested on 40 patients.", "devise", "device"),
    ("Last night counsellors voted 7-2 to close the library.", "counsellors", "councillors"),
    ("In Marion County, counselors voted 5 to 4 against the levy.", "counselors", "councilors"),
    # function words
    ("Volunteers brought food an their own tools.", "an", "and"),
    ("Kovac is on of the best young players in the league.", "on", "one"),
    ("Officials said the are reviewing the footage.", "the", "they"),
    ("By then we new that the bridge would close.", "new", "knew"),
    ("The knew rules take effect in April.", "knew", "new"),
    ("After midnight the harbour was quite.", "quite", "quiet"),
]


@pytest.mark.parametrize(("body", "word", "intended"), ONE_EDIT_ERRORS)
def test_one_edit_slip_is_found(body: str, word: str, intended: str) -> None:
    assert (word, intended) in real_word_errors(body)


ONE_EDIT_NEAR_MISSES = [
    # the nouns in their right use
    "Thick cloud cover kept temperatures low overnight.",
    "The cloud face of the mountain was hidden all day.",
    "Storage moved to the cloud, and costs fell.",
    "A night be remembered? Not this one.",
    "One night never seemed so long.",
    "Oak wood faces the weather better than pine.",
    "Morning mist became a problem for pilots.",
    "The cold became unbearable after midnight.",
    "Saturday night became a celebration.",
    "How high can sea levels rise by 2100?",
    "Why can't sea walls be built faster?",
    "Will sea ice recover this winter?",
    "The boats can't sail until the storm passes; they won't by then.",
    "I can't here, not in front of everyone.",
    "It can't here, not with these rules.",
    "Everyone except the goalkeeper was booked.",
    "The bill passed its second reading on Tuesday.",
    "Prices have passed their peak, analysts said.",
    "The yoghurt had passed its expiry date, she admitted.",
    "The firm will insure the building against flood damage.",
    "They did not insure their van.",
    "It made a difference to how we work.",
    "There is a difference of opinion on the council.",
    "A difference engine was built in the 1990s.",
    "The difference between the two bids is small.",
    "Make a difference today.",
    "She steamed the vegetables and served them.",
    "A steaming pot sat on the stove.",
    "The steaming service of the old railway runs on Sundays",
    "He threw the ball back into play.",
    "The storm threw the roof off a barn.",
    "The striker threw himself to the ground.",
    "She went to the bank and threw her old cards away.",
    "The car's brake failed on the hill.",
    "After the brake pads were replaced, the van passed its test.",
    "Lead pipes were replaced in 2010.",
    "Children who have lead in their blood need tests.",
    "The council has lead poisoning data for every ward.",
    "She will lead the team at the next race.",
    "A core principle of the scheme is fairness.",
    "The principle of free movement applies.",
    "A school counsellor helped the pupils after the fire.",
    "Marriage counsellors see more couples in January.",
    "Then we expected the worst.",
    "If you want more, then you should pay for it.",
    "He scored twice and then he left.",
    "They won more games, then they lost three in a row.",
    "The nativity scene had a manger and a donkey.",
    "The pubic bone was fractured in the fall.",
    "A hiking trail runs along the ridge.",
    "The murder trail tour starts at the old prison.",
    "She bought two tickets to the final.",
    "Martial law was declared in the capital.",
    "The study found a causal link between smoking and cancer.",
    "A collage of photos hung in the hall.",
    "Keep your medical, personal and financial records safe.",
    "She submitted a compliant bid for the contract.",
    "The audit was thorough and took months.",
    "A widow of the late mayor spoke at the service.",
    "The widow shopping in the market stopped to talk.",
    "The diner menu changes every week.",
    "She ran though the doctors had told her not to.",
    "You lose a lot of sleep over it.",
    "The farm kept a dairy herd until 1990.",
    "He had to brake hard on the ice.",
    "Braking hard, the driver avoided the deer.",
    "It was a sight to behold.",
    "The weak pound pushed up prices.",
    "They hire staff every summer.",
    "Pupils were bored of the same old lessons.",
    "The herd of cattle was moved.",
    "Vaccination builds herd immunity.",
    "Patience is wearing thin among fans.",
    "The principle of Occam's razor applies here.",
    "The principle of Equal Pay was set out in 1970.",
    "A school principle of fairness guides the rules.",
    "Let her breathe, the doctor said.",
    "They devise their plans in secret.",
    "School counsellors voted to strike over pay.",
    "It was an a priori decision.",
    "The light was on of its own accord.",
    "Are we new to this? Not really.",
    "She knew the rules by heart.",
    "The result was quite good.",
    "The harbour was quiet.",
    "Did it work? Not quite.",
    "Counsellors voted for a shorter working week, 300 of them in favour.",
    "A school counsellor and a council counsellor spoke to the families.",
]


@pytest.mark.parametrize("body", ONE_EDIT_NEAR_MISSES)
def test_one_edit_near_miss_is_silent(body: str) -> None:
    assert real_word_errors(body) == []


@pytest.mark.parametrize(
    "word", ["sulphites", "sulphate", "dehumanised", "vapourised", "colourings"]
)
def test_british_spelling_of_a_known_word_is_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["sulphitez", "colorus", "desaert", "momentoes", "vapourisde", "hourse"])
def test_british_variant_rule_does_not_accept_misspellings(word: str) -> None:
    assert not is_english(word)


def test_french_adjective_ending_in_english_prose_is_a_misspelling() -> None:
    body = "Some argue that cities act as accidentel laboratories for evolution."
    findings = TyposScorer().score(analyse(Document("t", HEADLINE + body))).findings
    assert [(f.kind, f.text, f.suggestion) for f in findings] == [
        ("misspelling", "accidentel", "accidental")
    ]


def test_french_phrase_with_el_ending_is_not_flagged() -> None:
    body = "The menu promised a vin naturel from a small cellar near Lyon."
    findings = TyposScorer().score(analyse(Document("t", HEADLINE + body))).findings
    assert findings == ()
