"""Round-8 families of the sourcing scorer, each checked with sentences of our own (other
wording, names and topics than the labeled pages): positives and near misses."""

from __future__ import annotations

import pytest

from credscore.analysis import analyse
from credscore.entities import plural_group_noun
from credscore.model import Document, ScorerResult
from credscore.scorers.sourcing import SourcingScorer


def score(body: str, title: str = "Headline here") -> ScorerResult:
    return SourcingScorer().score(analyse(Document("t", f"{title}\n\n{body}")))


def attributions(body: str, title: str = "Headline here") -> list[tuple[str, str | None]]:
    return [(f.text, f.source) for f in score(body, title).findings if f.kind == "attribution"]


# -- "according to" attributes whatever noun phrase follows ------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "The pillow is filled with recycled fibre, according to the brand.",
            "according to the brand",
            "brand",
        ),
        (
            "Kessling Freight, which runs the depot, has 310 idle lorries, according to"
            " figures it filed with the transport regulator.",
            "according to figures it filed with the transport regulator",
            "Kessling Freight",
        ),
        (
            "About 75 beds are blocked every night, according to the board's own minutes.",
            "according to the board's own minutes",
            "board",
        ),
        (
            "According to a pitch deck circulated among lenders, the yard would build"
            " four ferries a year.",
            "According to a pitch deck circulated among lenders",
            "pitch deck circulated",
        ),
        (
            "Stocks reached 91,000 tonnes, according to growers' estimates compiled by"
            " a Lisbon broker.",
            "according to growers' estimates compiled by a Lisbon broker",
            "growers",
        ),
    ],
)
def test_according_to_any_description_attributes(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    "body",
    [
        "The trains ran according to plan.",
        "Seats were allocated according to need.",
        "Plots were priced according to the size of each garden.",
        "The prize money is shared according to the rules of the league.",
        "Everything went according to schedule on Tuesday.",
        "Pupils are grouped according to ability.",
        "The town may double in size, according to rumours circulating online.",
        "Candidates are ranked according to how many votes they won.",
        "Fines were set according to the way each driver had behaved.",
        "The minerals are sorted according to crystal system.",
        "Verbs change according to tense and mood.",
        "Rations varied according to circumstances.",
        "According to the old myth, the lake has no bottom.",
        "Pay rises according to a formula agreed in 2019.",
    ],
)
def test_according_to_a_standard_or_rumour_is_no_attribution(body: str) -> None:
    assert attributions(body) == []


# -- vague collectives: acronym plurals, "local people", bare evidence nouns ------------


@pytest.mark.parametrize(
    "body",
    [
        "Some GPs have said they are rewriting prescriptions every week.",
        "Many MPs believe the bill will fail.",
        "Several NGOs have warned that the camps are overcrowded.",
        "Some CEOs say the rules are unworkable.",
        "Local people say the ferry is always late in winter.",
        "Ordinary people believe the tax is unfair.",
        "Studies have shown that noise raises blood pressure.",
        "Research suggests the vaccine halves the risk.",
        "Surveys show that most drivers speed on that road.",
    ],
)
def test_vague_collectives_cite_nobody(body: str) -> None:
    assert attributions(body) == []


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The GPs said they would strike on Monday.", "GPs said"),
        ("Two MPs said they would vote against it.", "MPs said"),
        ("The study found no link between the two.", "The study found"),
        ("Two studies found the opposite.", "Two studies found"),
        ("Court records show he was fined twice.", "Court records show"),
        ("NHS England said the figures were provisional.", "NHS England said"),
    ],
)
def test_specific_groups_and_documents_still_attribute(body: str, cue: str) -> None:
    assert cue in [text for text, _ in attributions(body)]


def test_acronym_plurals_of_roles_are_groups_but_things_are_not() -> None:
    assert plural_group_noun("gps", "GPs")
    assert plural_group_noun("ngos", "NGOs")
    assert not plural_group_noun("suvs", "SUVs")
    assert not plural_group_noun("pcs", "PCs")
    assert not plural_group_noun("doctors", "Doctors")  # (capitalised words as before)


# -- appositives holding a plural possessive; "One said"; accounts; pleas ----------------


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "Ines Halloran, chair of the Riverside Tenants' Association, said the lifts"
            " had failed again.",
            "Ines Halloran, chair of the Riverside Tenants' Association, said",
            "Ines Halloran",
        ),
        (
            "Tom Reyes, secretary of the Growers' Union, said the harvest was late.",
            "Tom Reyes, secretary of the Growers' Union, said",
            "Tom Reyes",
        ),
        (
            "Four porters described the night shift. One said the corridor was full by ten.",
            "One said",
            "anonymous",
        ),
        (
            "Several drivers spoke to us. Another told the Gazette that shifts had doubled.",
            "Another told the Gazette",
            "anonymous",
        ),
    ],
)
def test_appositives_and_one_of_a_group(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


def test_a_bodys_accounts_are_a_data_source() -> None:
    found = attributions("Kestrel Mining's annual accounts show it paid £4m in fees.")
    assert [text for text, _ in found] == ["Kestrel Mining's annual accounts show"]


@pytest.mark.parametrize(
    "body",
    [
        "Dale Brennan, 39, of Quarry Road, admitted 14 counts of theft at an earlier hearing.",
        "She denied two charges of assault.",
        "The builder admitted all charges.",
    ],
)
def test_pleas_are_not_attributions(body: str) -> None:
    assert attributions(body) == []


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("The firm denied the claims.", "The firm denied"),
        ("He denied being at the depot that night.", "He denied"),
        ("He also admitted starting the fire.", "He also admitted"),
        ("The council admitted that the report was late.", "The council admitted"),
    ],
)
def test_denials_and_admissions_of_fact_still_cite(body: str, cue: str) -> None:
    assert cue in [text for text, _ in attributions(body)]


# -- who is cited: agents before an auxiliary, joined roles, company spokespeople ---------


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "More pharmacies are running short, a survey by the Western Pharmacy Guild"
            " has found.",
            "a survey by the Western Pharmacy Guild has found",
            "Western Pharmacy Guild",
        ),
        (
            "The rocket will fly in 2028, said founder and chief executive Marta Oyelowo-Lind.",
            "said founder and chief executive Marta Oyelowo-Lind",
            "Marta Oyelowo-Lind",
        ),
        (
            'The Kestrel Dynamics launch slipped again. "The test ran as planned," a company'
            " spokesperson said.",
            "a company spokesperson said",
            "Kestrel Dynamics",
        ),
        (
            "Glyncoed RFC has 200 juniors. Parent volunteer Ines Aranburu, who moved to"
            ' Glyncoed from Bilbao, runs the under-8s. "I knew nothing," she said.',
            "she said",
            "Ines Aranburu",
        ),
    ],
)
def test_sources_behind_auxiliaries_roles_and_clubs(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


# -- Spanish and French cues of bilingual pages ------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        (
            "Según datos del Instituto Nacional de Estadística, el paro bajó al 11%.",
            "Según datos del Instituto Nacional de Estadística",
        ),
        (
            "Selon le ministère de la Santé, 40 % des enfants sont concernés.",
            "Selon le ministère de la Santé",
        ),
        ('"La biblioteca abrirá en marzo", explicó Lucía Ferrándiz.', "explicó Lucía Ferrándiz"),
        ("Ramón Etxebarria dijo que el puente estaba cerrado.", "Ramón Etxebarria dijo"),
    ],
)
def test_spanish_and_french_cues(body: str, cue: str) -> None:
    assert cue in [text for text, _ in attributions(body)]


def test_present_tense_spanish_forms_that_are_english_words_are_no_cues() -> None:
    assert attributions("The dice rolled twice and the croupier smiled.") == []


# -- subjects held apart by a relative clause; "heard from X that" ------------------------


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "A user claiming to work for the venue wrote that staff had been told to stop.",
            "A user claiming to work for the venue wrote",
            "anonymous",
        ),
        (
            "A man identifying himself as a former driver told the forum that the depot"
            " would close.",
            "A man identifying himself as a former driver told the forum",
            "anonymous",
        ),
        (
            "A woman who lives next door said she heard shouting.",
            "A woman who lives next door said",
            "anonymous",
        ),
        (
            "The court heard from prosecutor Rachel Okoro that the victims were all over 70.",
            "The court heard from prosecutor Rachel Okoro",
            "Rachel Okoro",
        ),
        (
            "The tribunal heard from Ms Kaur that she had been dismissed without notice.",
            "The tribunal heard from Ms Kaur",
            "Kaur",
        ),
    ],
)
def test_separated_subjects_and_hearings(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    "body",
    [
        "A man carrying a bag walked into the bank.",
        "A man wearing a mask told staff to open the safe.",
        "I haven't heard from Tom Ellis since March.",
        "We heard from friends that the shop had shut.",
        "The band heard from Ada Mills in May and signed her.",
    ],
)
def test_actions_and_plain_hearing_are_not_attributions(body: str) -> None:
    assert attributions(body) == []


# -- claimed figures, what a claim takes, an interviewer's "you said" ---------------------


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "Sonavik claims eight hours per charge with noise cancelling on.",
            "Sonavik claims",
            "Sonavik",
        ),
        (
            "Our guest is the hydrologist Ama Osei-Tutu. Roadford is at 34%, you said.",
            "you said",
            "Ama Osei-Tutu",
        ),
        (
            "We spoke to the luthier Hélène Marchand. You've written that maple is harder.",
            "You've written",
            "Hélène Marchand",
        ),
        ("Ana Ruiz has written that the law is flawed.", "Ana Ruiz has written", "Ana Ruiz"),
    ],
)
def test_claimed_figures_and_interviewees(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    "body",
    [
        "The storm claimed three lives.",
        "Rebels claimed the town on Friday.",
        "She claimed the title in 2019.",
        "If you said yes, you were wrong.",
        "The letter, written by a pupil, was read aloud.",
        "He has written three novels.",
        "The book was written in 1990.",
    ],
)
def test_claims_that_take_and_other_near_misses(body: str) -> None:
    assert attributions(body) == []


# -- phrasal statements ("ruled out", "singled out") and an outlet's "has learned that" ---


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "Chief executive Lars Dijk spoke on Tuesday. He ruled out raising equity.",
            "He ruled out",
            "Lars Dijk",
        ),
        (
            "Manager Niall Kerr praised the squad. He singled out Okonjo, who joined on loan.",
            "He singled out",
            "Niall Kerr",
        ),
        (
            "TechPulse has learned that the backup server had no password.",
            "TechPulse has learned",
            "TechPulse",
        ),
    ],
)
def test_phrasal_statements_and_outlet_reporting(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    "body",
    [
        "The referee ruled out the goal for offside.",
        "An injury ruled him out of the final.",
        "He was ruled out of the final.",
        "Ana Ruiz was told on Monday. Ruiz has learned that her contract will end.",
        "She learned that the shop had closed.",
        "The Ledger has learned a lot from the case.",
    ],
)
def test_acts_and_finding_out_are_not_attributions(body: str) -> None:
    assert attributions(body) == []


# -- a body named through the description an appositive gave it --------------------------


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "Larkspur Homes, the housing association that runs the estate, has 900 repairs"
            " waiting. The Housing Ombudsman is looking at it. The tenants' association has"
            " written to MPs. The association says it has hired staff.",
            "The association says",
            "Larkspur Homes",
        ),
        (
            "Kelso Folk Festival drew 20,000 people. She said the fence failed, the"
            " festival told the Courier.",
            "the festival told the Courier",
            "Kelso Folk Festival",
        ),
    ],
)
def test_bodies_named_by_their_description(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        ("Maria Lopez, the union's treasurer, spoke. The union said it would strike.",
         "The union said", "union"),
        ("Jo Li, a trust member, spoke first. The trust said it would appeal.",
         "The trust said", "trust"),
    ],
)
def test_a_person_described_by_a_body_is_not_that_body(
    body: str, cue: str, source: str
) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "It sounds odd, but Nebulon Dynamics insists it is just engineering. The Nevada"
            " startup said on Tuesday that its rocket completed a test.",
            "The Nevada startup said",
            "Nebulon Dynamics",
        ),
        (
            "Orla Foods Ltd makes soup in Ireland. The Cork company said sales rose.",
            "The Cork company said",
            "Orla Foods",
        ),
    ],
)
def test_a_business_described_by_its_place(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        (
            "One ground-handling supervisor, who asked not to be named, told the Courier that"
            " the system had failed twice.",
            "One ground-handling supervisor, who asked not to be named, told the Courier",
        ),
        (
            "A baggage supervisor who asked not to be named told the Courier the belt broke.",
            "A baggage supervisor who asked not to be named told the Courier",
        ),
        (
            "Two engineers, speaking anonymously, said the crane was faulty.",
            "Two engineers, speaking anonymously, said",
        ),
        (
            "A planner, who was not authorised to speak publicly, said the scheme would slip.",
            "A planner, who was not authorised to speak publicly, said",
        ),
    ],
)
def test_sources_unnamed_by_request_are_anonymous(body: str, cue: str) -> None:
    assert (cue, "anonymous") in attributions(body)


def test_a_named_person_asking_for_anonymity_stays_named() -> None:
    assert ("Ana Ruiz, who asked not to be named, said", "Ana Ruiz") in attributions(
        "Ana Ruiz, who asked not to be named, said the gate was open."
    )


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "Fewer than 40 people spoke at the hearing, a number that Andre Lind-Moreno"
            ' called "embarrassing for a city of 140,000".',
            "Andre Lind-Moreno called",
            "Andre Lind-Moreno",
        ),
        ('It was a plan which Mayor Ruiz called "reckless".', "Mayor Ruiz called", "Ruiz"),
    ],
)
def test_characterising_calls_after_a_relative_object(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


def test_a_title_named_after_a_relative_is_no_report() -> None:
    assert attributions('They watched a film that Tom Ellis called "Heat".') == []


@pytest.mark.parametrize(
    ("body", "cue", "source"),
    [
        (
            "Save Elm Fields says the site floods. The campaign paid for its own survey,"
            " which found the opposite.",
            "its own survey, which found",
            "Save Elm Fields",
        ),
        (
            "The council cited a 2023 audit, which showed that half the bridges were unsafe.",
            "a 2023 audit, which showed",
            "2023 audit",
        ),
    ],
)
def test_findings_attached_by_a_relative(body: str, cue: str, source: str) -> None:
    assert (cue, source) in attributions(body)


def test_a_display_is_not_a_finding() -> None:
    assert attributions("They built a database, which shows every flight in real time.") == []


# -- words a vague collective is quoted as saying are still quotations --------------------


def quotes_of(body: str) -> list[str]:
    return [f.text for f in score(body).findings if f.kind == "quote"]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            'Insiders claim a listing on a major exchange is coming "within weeks", and the'
            " price could rise.",
            "within weeks",
        ),
        (
            'Many commenters claimed the ban had been "slipped through" the Senate without a'
            " vote.",
            "slipped through",
        ),
        ('Some residents say the square is "a building site with benches".',
         "a building site with benches"),
    ],
)
def test_short_quotes_in_vague_claims(body: str, quoted: str) -> None:
    assert quoted in quotes_of(body)


@pytest.mark.parametrize(
    "body",
    [
        'Critics say the new levy is a "stealth tax".',
        'Some fans say the best album is "Northern Lights".',
        'The shop sells what it calls "heritage loaves".',
    ],
)
def test_terms_and_titles_in_vague_claims_are_not_quotes(body: str) -> None:
    assert quotes_of(body) == []
