"""Round 6: which entity a definite description or pronoun names (salience), and the
attribution families found missing on unseen pages, each with sentences of our own."""

from __future__ import annotations

import pytest

from credscore.analysis import analyse
from credscore.model import Document, ScorerResult
from credscore.scorers.sourcing import SourcingScorer


def score(body: str, title: str = "Headline here") -> ScorerResult:
    return SourcingScorer().score(analyse(Document("t", f"{title}\n\n{body}")))


def attributions(body: str, title: str = "Headline here") -> list[tuple[str, str | None]]:
    return [(f.text, f.source) for f in score(body, title).findings if f.kind == "attribution"]


def source_of(body: str, cue_text: str) -> str | None:
    for text, source in attributions(body):
        if cue_text in text:
            return source
    raise AssertionError(f"no attribution holding {cue_text!r} in {attributions(body)}")


# -- "the company": the business, not a code, a region, a stockist list or a university ----


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            "The Norwegian maker Fjellbakk AS recalled 4,000 kettles.\n\n"
            "In a notice posted on the regulator's portal (reference B77/2210), the company "
            "said no injuries had been reported.",
            "the company said",
            "Fjellbakk",
        ),
        (
            "The Dutch cheesemaker Hoeve Lindenhof BV is withdrawing a soft cheese.\n\n"
            "It was sold at Jumbo, Plus and several delis across Friesland and Drenthe.\n\n"
            "The company said in a statement that the fault lay with a supplier.",
            "The company said",
            "Hoeve Lindenhof",
        ),
        (
            "Tarn Valley Water warned customers to save water.\n\n"
            "Researchers at the University of Keswick have modelled the reservoir levels.\n\n"
            "The company says it will spend £90 million on leaks.",
            "The company says",
            "Tarn Valley Water",
        ),
        (
            "Orvane Ltd makes the pumps.\n\n"
            "The firm said in a statement that it would cooperate. Regulators in Quebec "
            "opened an inquiry, according to the Canadian Food Inspection Agency.\n\n"
            '"No customer was harmed," the statement said.',
            "the statement said",
            "Orvane",
        ),
    ],
)
def test_the_company_is_the_salient_business(body: str, cue: str, expected: str) -> None:
    source = source_of(body, cue)
    assert source is not None and expected in source


def test_the_company_with_no_business_named_is_no_code() -> None:
    body = "The alert (ref A12/0091) went out on Monday. The company said it was sorry."
    source = source_of(body, "The company said")
    assert source is not None and "A12" not in source


# -- "it" after "the X campaign/group says": the body the name modifies -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The district council approved the depot. But the Keep Ashdown Green campaign "
            "says it has 900 signatures. It argues that the lorries would block the lane.",
            "Keep Ashdown Green",
        ),
        (
            "Port officials backed the plan. The Harbour Tenants group says rents doubled. "
            "It claims that 40 families have left.",
            "Harbour Tenants",
        ),
    ],
)
def test_it_is_the_body_a_name_modified(body: str, expected: str) -> None:
    source = source_of(body, "It ")
    assert source is not None and expected in source


def test_the_company_is_no_region_it_was_sold_across() -> None:
    body = (
        "Velmo recalled a heater.\n\n"
        "It was sold by independent shops across Tyrol and Vorarlberg.\n\n"
        "The company said no fires had been reported."
    )
    assert source_of(body, "The company said") == "Velmo"


def test_a_business_named_after_in_stays_a_business() -> None:
    body = "Shares in Korvant rose 8%. The company said orders had doubled."
    assert source_of(body, "The company said") == "Korvant"


# -- a person after "the <role> of <Place/Body>," and "<Name> in <Place> says" ------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        ("The mayor of Ourense, Lucía Varela, told the radio the bridge was safe.", "told",
         "Lucía Varela"),
        ("The head teacher of Greenbank Primary, Alison Reddy, said classes would resume.",
         "said", "Alison Reddy"),
        ("The director of the Orla Trust, Sam Whitby, said the money was spent.", "said",
         "Sam Whitby"),
        ("Janet in Bodmin says her well has been dry since June.", "says", "Janet"),
        ("Priya from Leicester told us the buses were late again.", "told", "Priya"),
    ],
)
def test_person_after_role_of_place_or_placed_first_name(
    body: str, cue: str, expected: str
) -> None:
    assert source_of(body, cue) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Traders in Nairobi said demand for dollars was modest.",
        "Migrants from Syria said the camp was full.",
        "Farmers in Kent said the rain came late.",
    ],
)
def test_a_plural_group_placed_somewhere_is_no_first_name(body: str) -> None:
    sources = [source for _, source in attributions(body)]
    assert all(source not in {"Traders", "Migrants", "Farmers"} for source in sources)


# -- an object relative has its own subject: "a fee which the union says" -----------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        (
            "The Rail and Harbour Workers Union called a strike over a fee which the union "
            "says is unfair.",
            "the union says",
            "Union",
        ),
        (
            "The Westmoor Tenants Association met on Monday. Rents rose by 9%, a rise that the "
            "association says is unlawful.",
            "the association says",
            "Westmoor Tenants Association",
        ),
    ],
)
def test_object_relative_subject(body: str, cue: str, expected: str) -> None:
    found = [(text, source) for text, source in attributions(body) if cue in text]
    assert found and found[0][0].startswith(cue.split()[0])
    assert found[0][1] is not None and expected in found[0][1]


# -- a surname with a one-letter slip still names the person ------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        ("Estate agent Tomasz Wiśniewski sold the flat. Later Wisnewski said it was cheap.",
         "Wisnewski said", "Tomasz Wiśniewski"),
        ("Farmer Simon Thackeray owns the land. Mr Thackery said he was angry.",
         "Thackery said", "Simon Thackeray"),
        ("Coach Ingrid Halvorsen praised the squad. Halvorson said the defence was solid.",
         "Halvorson said", "Ingrid Halvorsen"),
    ],
)
def test_one_letter_surname_slip_joins_the_person(body: str, cue: str, expected: str) -> None:
    assert source_of(body, cue) == expected


def test_a_different_surname_is_not_joined() -> None:
    body = "Kate Morrison chairs the board. Harrison said the vote was close."
    assert source_of(body, "Harrison said") == "Harrison"


# -- not attributions: evidence that "suggests", a cue word after an ordinal ---------------


@pytest.mark.parametrize(
    "body",
    [
        "Replays suggest the ball may have struck his arm.",
        "Photographs suggest the wall had been cracked for months.",
        "A new survey of 2,000 gardens suggests hedgehogs are in decline.",
        "Early assessments suggested at least 300 homes were damaged.",
        "The data suggest the drug works better in older patients.",
        "Gutierrez was booked again, his fifth caution of the season.",
        "It was the council's third warning to the landlord this year.",
        "Her latest claim was rejected by the tribunal.",
        "The club issued a 2nd warning to fans about flares.",
    ],
)
def test_evidence_and_ordinal_nouns_are_not_attributions(body: str) -> None:
    assert attributions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dr Ana Ruiz suggested that the council had erred.", "Ana Ruiz"),
        ("The minister suggested that the vote be delayed.", "minister"),
        ("Ana Ruiz chairs the club. She first said the pitch was unsafe.", "Ana Ruiz"),
    ],
)
def test_a_speaker_who_suggests_still_attributes(body: str, expected: str) -> None:
    sources = [source for _, source in attributions(body)]
    assert expected in sources


# -- outlets that report, set-off cues, blame and quoted descriptions ----------------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        ("The Frankfurter Rundschau reports that the tram strike will end.", "reports",
         "Frankfurter Rundschau"),
        ("The Irish Examiner reports that rents rose again.", "reports", "Irish Examiner"),
        ("Lawmakers passed the budget by 61 votes to 40 on Monday, El Comercio reports, "
         "ending months of talks.", "reports", "El Comercio"),
        ("Nordlys's editorial argues that the ferry subsidy must stay.", "argues", "Nordlys"),
        ("Some residents think Ms Okafor will profit, a claim she described as "
         '"pure fantasy".', "described", "Okafor"),
        ("Hallam Rail cancelled 300 trains. The operator blames a shortage of drivers.",
         "blames", "operator"),
    ],
)
def test_outlet_reports_set_off_cues_blame_describe(body: str, cue: str, expected: str) -> None:
    source = source_of(body, cue)
    assert source is not None and expected in source


@pytest.mark.parametrize(
    "body",
    [
        "She blamed herself for the crash.",
        "He told himself it would pass.",
        "The fire was blamed on a faulty heater.",
        "He described the scene in detail.",
        "The report was described as \"flawed\" by the panel.",
        "The Polish claims were rejected by the court.",
        "He studied records of wrecks: Coast Guard reports, insurance filings, diaries.",
    ],
)
def test_reflexive_passive_and_noun_cues_are_not_attributions(body: str) -> None:
    assert attributions(body) == []


# -- "the paper" is the paper named before, in any language; research groups --------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        ("KOREA — Chosun Ilbo (Seoul)\n\nExports fell 4%, according to customs data cited by "
         "the Chosun Ilbo. The paper reports that chipmakers cut output.", "The paper reports",
         "Chosun Ilbo"),
        ("Prices rose again, the Helsingin Sanomat said on Monday. The newspaper said that "
         "rents were up 6%.", "The newspaper said", "Helsingin Sanomat"),
        ("Scientists at the University of Tartu tracked 300 storks. They found that young "
         "birds flew further.", "They found", "University of Tartu"),
        ("A team from Kyoto University sampled 40 reefs. Corals recovered faster in shade, "
         "a pattern the authors say is new.", "the authors say", "Kyoto University"),
    ],
)
def test_paper_and_research_group_resolve(body: str, cue: str, expected: str) -> None:
    source = source_of(body, cue)
    assert source is not None and expected in source


@pytest.mark.parametrize(
    "body",
    [
        "My neighbours went out. They found that the door was open.",
        "Scientists at the University of Tartu tracked storks for years.\n\n"
        "The hikers set off at dawn. Later that day the weather turned badly. "
        "They found that the path was gone.",
        "They found the keys under the mat.",
    ],
)
def test_they_found_without_researchers_is_a_discovery(body: str) -> None:
    assert [text for text, _ in attributions(body) if "found" in text] == []


# -- a report quoted by a speaker is an attribution of its own -----------------------------


@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [
        ('"The landlord said no, then texted an apology," Mr Obi said.', "The landlord said",
         "anonymous"),
        ('"My grandmother said the river froze every winter," Ines Costa recalled.',
         "My grandmother said", "anonymous"),
        ('"She told us the shop would close in May," said Dev Rao.', "She told", None),
    ],
)
def test_quoted_report_is_an_attribution(body: str, cue: str, expected: str | None) -> None:
    found = [(text, source) for text, source in attributions(body) if text.startswith(cue)]
    assert found == [(cue, expected)]


@pytest.mark.parametrize(
    "body",
    [
        '"They say electric buses are the future," Ana Ruiz said.',
        '"We are exactly where we said we would be," Ana Ruiz said.',
        '"My father told me to find a proper job," Ana Ruiz said.',
        '"Nobody said a word about it," Ana Ruiz said.',
    ],
)
def test_generic_or_first_person_reports_in_quotes_are_not(body: str) -> None:
    assert [text for text, _ in attributions(body)] == ["Ana Ruiz said"]


def test_a_quoted_report_never_speaks_the_quotation() -> None:
    body = 'Mr Obi rents a flat. "The landlord said no," Mr Obi said.'
    quotes = [f for f in score(body).findings if f.kind == "quote"]
    assert [f.source for f in quotes] == ["Obi"]


def test_blame_reported_by_an_outlet_is_the_outlets_report() -> None:
    body = "Skyline Rail cut 90 trains. The operator blamed a signal fault, per the Daily Post."
    assert [text for text, _ in attributions(body)] == ["per the Daily Post"]


def test_an_outlet_that_reported_is_never_the_company() -> None:
    body = (
        "Brisa Foods Ltd recalled its pasta. The firm blamed a supplier, per the Wall Street "
        'Journal.\n\n"We are sorry," the company said.'
    )
    assert source_of(body, "the company said") == "Brisa Foods"


def test_relative_clause_with_object_is_kept_in_the_subject() -> None:
    body = "Engineers who inspected the bridge last month said corrosion had spread."
    assert attributions(body) == [
        ("Engineers who inspected the bridge last month said", "anonymous")
    ]


def test_a_specific_public_body_is_no_business_named_before() -> None:
    body = (
        "The developer, Arden Solar Ltd, says the farm would power 9,000 homes.\n\n"
        "A report commissioned by the council found that the lanes were too narrow."
    )
    source = source_of(body, "found")
    assert source is not None and "Arden" not in source


def test_document_commissioned_by_a_business_noun_is_that_business() -> None:
    body = (
        "The developer, Marlow Homes Ltd, wants to put 300 houses on the field.\n\n"
        "A drainage study commissioned by the developer found that flooding was rare."
    )
    assert source_of(body, "found") == "Marlow Homes"
