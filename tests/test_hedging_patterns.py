"""Failure patterns found on a blind labeled news corpus, each checked on new wording.

Every case below is our own sentence (other names, topics and outlets than the corpus);
the patterns, not the corpus text, are what the rules generalise.
"""

from __future__ import annotations

import pytest

from credscore import Document, analyse
from credscore.model import Segment
from credscore.scorers.hedging import HedgingScorer


def cues(text: str, kind: str) -> list[str]:
    segments = (Segment("body", 0, len(text)),)
    result = HedgingScorer().score(analyse(Document("t", text), lambda _: segments))
    return [f.text for f in result.findings if f.kind == kind]


# ----------------------------------------------- comparative risk is not a hedge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smokers are more likely to develop gum disease than non-smokers.", []),
        ("Girls were less likely than boys to report the bullying.", []),
        ("Night-shift nurses are twice as likely to suffer back injuries.", []),
        ("Renters were three times more likely to be evicted in winter.", []),
        ("Older drivers may be less likely to speed.", ["may"]),
        ("The senator will most likely resign before the vote.", ["most likely"]),
        ("The merger is likely to close in the spring.", ["likely"]),
        ("A recount now seems more likely.", ["seems", "more likely"]),
    ],
)
def test_comparative_likelihood_is_not_a_hedge(text: str, expected: list[str]) -> None:
    assert cues(text, "hedge") == expected


# ----------------------------------------------- "may" of permission is not a hedge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Families may register for the programme at any public library.", []),
        ("Applicants may apply online until Friday.", []),
        ("Readers may contact the newsroom at the address below.", []),
        ("Donors may drop off blankets at the fire station.", []),
        ("Parents may sign up for the evening classes in person.", []),
        ("The same rules may apply to contractors.", ["may"]),
        ("Guests may not park on the lawn.", []),
        ("Everyone may attend the open day.", []),
        ("The drug may not work for older patients.", ["may"]),
        ("The president may visit the border next month.", ["may"]),
        ("The drought may register as the worst on record.", ["may"]),
        ("The virus may spread faster in crowded shelters.", ["may"]),
    ],
)
def test_permission_may_is_not_a_hedge(text: str, expected: list[str]) -> None:
    # "register as" is a verb of measurement, not of enrolling: still epistemic.
    assert cues(text, "hedge") == expected


# ----------------------------------------------- "we could see" is perception


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"From the balcony we could see the smoke rising," she said.', []),
        ("I could tell something was wrong the moment he walked in.", []),
        ("You could feel the tension in the hall.", []),
        ("The coast could see another storm by Thursday.", ["could"]),
        # a misspelt hedge still hedges (codespell's known misspellings of -ly cues)
        ("Apparantly the pumps were never tested.", ["Apparantly"]),
        ("The striker propably left on Tuesday.", ["propably"]),
        ("Fiona Cleary said the pumps were tested.", []),
        # an ability shown or proved is a fact, not a possibility
        ("No airline has yet shown it could fly the route at a profit.", []),
        ("The pilots proved that they could land in fog.", []),
        ("We could see rate cuts as early as March.", ["could"]),
        ("Shoppers could see higher prices this winter.", ["could"]),
    ],
)
def test_could_see_after_a_pronoun_is_perception(text: str, expected: list[str]) -> None:
    assert cues(text, "hedge") == expected


# ----------------------------------------------- agentless forms with "been" / "estimated"


@pytest.mark.parametrize(
    ("text", "weasels", "hedges"),
    [
        ("It's been suggested for years that the dam leaks.", ["It's been suggested"], []),
        ("It’s long been rumoured that the club is for sale.", ["It’s long been rumoured"], []),
        ("It is estimated that half the wells are dry.", ["It is estimated"], []),
        (
            "It has been estimated that fraud costs insurers billions.",
            ["It has been estimated"],
            [],
        ),
        ("It is well known that the bridge needs repairs.", ["It is well known"], []),
        ("The tunnel opened in 2019. It is estimated to cost $4 billion.", [], ["is estimated to"]),
        ("The manor is said to be haunted.", [], ["is said to"]),
    ],
)
def test_agentless_weasel_forms(text: str, weasels: list[str], hedges: list[str]) -> None:
    assert cues(text, "weasel") == weasels
    assert cues(text, "hedge") == hedges


# ----------------------------------------------- vaguely quantified "sources"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other sources claim the deal collapsed over pay.", ["Other sources claim"]),
        ("Some sources say the coach was never consulted.", ["Some sources say"]),
        ("Many sources suggest the launch will slip.", ["Many sources suggest"]),
        ("Several sources familiar with the talks said a deal was near.", []),
        ("Two sources said the minister would resign.", []),
        ("Sources say the budget will be cut.", []),
    ],
)
def test_quantified_sources_are_weasels(text: str, expected: list[str]) -> None:
    assert cues(text, "weasel") == expected


# ----------------------------------------------- bare collectives pinned down by place or report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents near the landfill said the smell returned.",
            ["Residents near the landfill said"],
        ),
        (
            "Commuters on the Green Line complained of delays.",
            ["Commuters on the Green Line complained"],
        ),
        (
            "People on social media are saying the vote was rigged.",
            ["People on social media are saying"],
        ),
        ("Users have been claiming the update drains batteries.", ["Users have been claiming"]),
        ("Parents said the new timetable was confusing.", ["Parents said"]),
        ("People think they know the history of the canal.", []),
        ("People say a lot of things about this town.", []),
        ("The residents said the smell returned.", []),
        ("Voters in Ohio will go to the polls in May.", []),
        ("Researchers at Oxford said the sample was small.", []),
        ("People said to be close to the prince declined to comment.", []),
        ("Residents described the blast as deafening.", []),
        ("Parents of the pupils called the decision an insult.", []),
        ("People in the building were evacuated after the alarm.", []),
        ("People were saying goodbye on the platform.", []),
        (
            "Tenants in the tower have been warning the landlord for years.",
            ["Tenants in the tower have been warning"],
        ),
    ],
)
def test_bare_collectives_with_a_place_or_a_report(text: str, expected: list[str]) -> None:
    assert cues(text, "weasel") == expected


# ----------------------------------------------- advice verbs and misspelled verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts recommend replacing the filter every month.", ["Experts recommend"]),
        ("Many doctors advise against the supplement.", ["Many doctors advise"]),
        ("Analysts beleive the shares are overpriced.", ["Analysts beleive"]),
        ("Critics alledge the contract was rigged.", ["Critics alledge"]),
        ("Some insiders clame the board had already decided.", ["Some insiders clame"]),
        ("Nutritionists and critics recomend fewer snacks.", ["critics recomend"]),
        ("Experts gathered in Vienna on Monday.", []),
        ("Critics wanted a public vote.", []),
        ("Residents voted to keep the library open.", []),
    ],
)
def test_advice_and_misspelled_weasel_verbs(text: str, expected: list[str]) -> None:
    assert cues(text, "weasel") == expected


# ----------------------------------------------- more collectives: partitives, modifiers, stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some of the tenants say the heating never worked.", ["Some of the tenants say"]),
        ("Many of those fans believe the referee was bribed.", ["Many of those fans believe"]),
        ("Several market stall owners said the rent doubled.", ["Several market stall owners said"]),
        (
            "Shopkeepers on the high street said trade had halved.",
            ["Shopkeepers on the high street said"],
        ),
        ("Campaigners argue the quarry will poison the river.", ["Campaigners argue"]),
        ("Environmentalists point to the dying reef.", ["Environmentalists point to"]),
        ("Supporters are adamant the striker will stay.", ["Supporters are adamant"]),
        ("Some members report that the vote was never counted.", ["Some members report"]),
        # not claims pinned on a collective
        ("Some of the shops were closed on Sunday.", []),
        ("The owners said the restaurant would reopen in May.", []),
        ("Activists convinced the mayor to pause the plan.", []),
        ("Owners will be fined if their dogs foul the park.", []),
        ("Members of the choir sang at the funeral.", []),
    ],
)
def test_partitive_modified_and_stance_collectives(text: str, expected: list[str]) -> None:
    assert cues(text, "weasel") == expected


# ----------------------------------------------- requests, negative subjects, trust in a person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could I ask cyclists to use their lights? It is dark by five.", []),
        ("“Could you repeat the figure?” the judge asked.", []),
        ("It left a backlog that nobody could clear.", []),
        ("Frankly, I don't believe them.", []),
        ("Could the bridge close again this winter?", ["Could"]),
        ("The strike could spread to the ports.", ["could"]),
        ("I don't believe the budget adds up.", ["I don't believe"]),
        ("I believe you are mistaken about the date.", ["I believe"]),
        ("No one could say how long the repairs would take.", []),
        ("One could argue the fine is too small.", ["One could argue"]),
    ],
)
def test_requests_negative_subjects_and_trust_are_not_hedges(
    text: str, expected: list[str]
) -> None:
    assert cues(text, "hedge") == expected


# ----------------------------------------------- any plural group after a quantifier; relatives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some dermatologists warn that the cream stings.", ["Some dermatologists warn"]),
        ("Many subscribers complained the app kept crashing.", ["Many subscribers complained"]),
        ("Dozens of parents say the bus never came.", ["Dozens of parents say"]),
        ("Hundreds of users online are reporting outages.", ["Hundreds of users online are reporting"]),
        (
            "Residents who live near the quarry say the blasts crack walls.",
            ["Residents who live near the quarry say"],
        ),
        (
            "Shoppers interviewed outside the mall said prices had doubled.",
            ["Shoppers interviewed outside the mall said"],
        ),
        # not a claim pinned on a vague group
        ("Some years ago the mill said it would close.", []),
        ("Many Republicans say the bill is dead.", []),  # capitalised: a named party
        ("The mayor told residents at a meeting that taxes would rise.", []),
        ("Some 400 workers said they had not been paid.", []),
        ("People who say the vote was rigged offered no proof.", []),
        ("Thousands attended the rally on Sunday.", []),
    ],
)
def test_quantified_plural_groups_and_relative_clauses(text: str, expected: list[str]) -> None:
    assert cues(text, "weasel") == expected


# ----------------------------------------------- stance verbs, "some in the X", telling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some in the fishing community resented the new quota.",
         ["Some in the fishing community resented"]),
        ("Many within the party doubt the leader will survive.",
         ["Many within the party doubt"]),
        ("Some in Washington suspect a leak.", ["Some in Washington suspect"]),
        ("Many parents on the school forum swear by the method.",
         ["Many parents on the school forum swear"]),
        ("Several well-known analysts have since vouched for the figures.",
         ["Several well-known analysts have since vouched"]),
        ("Opponents dismissed the report as propaganda.", ["Opponents dismissed"]),
        ("Drivers told reporters the queues were long.", ["Drivers told"]),
        ("Some residents accused the council of ignoring them.", ["Some residents accused"]),
        # people placed by a phrase but doing, not claiming
        ("Some in the crowd cheered when the result was announced.", []),
        ("Many in the region lost power overnight.", []),
        ("Some within the building were evacuated.", []),
        ("Most in the village remembered the flood.", []),
        # told as something done to them, or a relative clause's own verb
        ("Police told residents to stay indoors.", []),
        ("Passengers were told to leave the train.", []),
        ("Residents who were told to leave returned on Friday.", []),
        ("Workers were accused of stealing fuel.", []),
    ],
)
def test_stance_verbs_placed_quantifiers_and_telling(text: str, expected: list[str]) -> None:
    assert cues(text, "weasel") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm pretty sure the hallway was never painted.", ["I'm pretty sure"]),
        ("We are fairly confident the bridge will hold.", ["We are fairly confident"]),
        ("I’m almost certain the letter was lost.", ["I’m almost certain"]),
        ("As far as we know, the road is still closed.", ["As far as we know"]),
        ("To my knowledge, no charges were filed.", ["To my knowledge"]),
        ("My guess is that rates will rise.", ["My guess is"]),
        ("I presume the invoice has been paid.", ["I presume"]),
        # certainty itself is not a hedge
        ("I am sure you will enjoy the show.", []),
        ("We're confident the repairs are complete.", []),
        ("The panel's knowledge of the case was limited.", []),
    ],
)
def test_qualified_first_person_certainty(text: str, expected: list[str]) -> None:
    assert cues(text, "hedge") == expected


@pytest.mark.parametrize(
    ("text", "weasels", "hedges"),
    [
        ("Lots of readers have complained about the paywall.",
         ["Lots of readers have complained"], []),
        ("A lot of people in the trade will tell you the scheme is broken.",
         ["lot of people in the trade will tell"], []),
        ("Most forecasters do not expect a recession.", ["Most forecasters do not expect"], []),
        ("Most people assume the river will rise.", ["Most people assume"], []),
        ("Word around the newsroom was that the editor had quit.", ["Word around the"], []),
        ("The word is that the deal is done.", ["The word is that"], []),
        # expectation without a quantifier is the consensus figure, not a weasel
        ("Analysts expected revenue of $3bn.", [], []),
        ("A lot of people attended the rally.", [], []),
        ("Many people will be affected by the closure.", [], []),
        ("Opponents were not convinced.", [], []),
        # a quantified collective's stance is pinned on it even with nothing after
        ("A few economists are sceptical.", ["few economists are sceptical"], []),
        ("Many regulators remain doubtful, and most analysts are unconvinced.",
         ["most analysts are unconvinced"], []),
        ("Critics were doubtful about the timetable.", ["Critics were doubtful"], []),
        # "everyone" placed by a phrase, knowing a claim (not a person)
        ("Everybody at the depot knows that the buses are late.",
         ["Everybody at the depot knows"], []),
        ("Everyone across the league believes the referee erred.",
         ["Everyone across the league believes"], []),
        ("Everyone at the bakery knew her by name.", [], []),
        ("Everyone said goodbye at the gate.", [], []),
        ("Many residents know the valley well.", [], []),
        ("The word on the council's plans came late.", [], []),
        # evidence suggests (a hedge); a person suggests (a proposal)
        ("Early results suggest the vaccine works.", [], ["suggest"]),
        ("Prices fell again, which suggests demand is weak.", [], ["suggests"]),
        ("A survey of 2,000 drivers suggests most ignore the limit.", [], ["suggests"]),
        ("I suggest you read the small print.", [], []),
        ("The council suggests residents keep their bins indoors.", [], []),
        ("That is not to suggest the study is wrong.", [], []),
        # "that/this might" is a modal; "with all that might." the noun
        ("It is slow work that might take four years.", [], ["might"]),
        ("With all that might, the army still lost.", [], []),
        ("A wet winter is slightly more likely than not.", [], ["more likely than not"]),
    ],
)
def test_quantities_of_people_hearsay_and_evidence(
    text: str, weasels: list[str], hedges: list[str]
) -> None:
    assert (cues(text, "weasel"), cues(text, "hedge")) == (weasels, hedges)


@pytest.mark.parametrize(
    ("text", "weasels", "hedges"),
    [
        # "could" inside a purpose or time clause is ability or a past event
        ("She held the phone up so her aunt in Lagos could watch the ceremony.", [], []),
        ("The site made me register before I could read the terms.", [], []),
        ("So the council could raise taxes again next year.", [], ["could"]),
        # comparisons and past beliefs told as a story
        ("Dogs understand more than we think.", [], []),
        ("At first we didn't believe we'd win a single game.", [], []),
        ("I don't think the bridge will reopen this year.", [], ["I don't think"]),
        # "as likely" is a comparison only with as/to or a multiplier
        ("Reviewers rated it as likely fake.", [], ["likely"]),
        ("Men were twice as likely to be admitted.", [], []),
        # hearsay in motion, noticing, chorus of posts, everyone saying
        ("Rumors are circulating that the coach will resign.",
         ["Rumors are circulating"], []),
        ("Speculation is mounting that rates will rise.", ["Speculation is mounting"], []),
        ("Viewers have noticed that the host looked tired.", ["Viewers have noticed"], []),
        ("Everybody was talking about the missing funds.", ["Everybody was talking"], []),
        ("Tweets sharing the photo claim it shows the flood.",
         ["Tweets sharing the photo claim"], []),
        ("People living near the quarry said the blasts shook their homes.",
         ["People living near the quarry said"], []),
        ("Residents opposing the plan gathered outside the hall.", [], []),
        ("Fans spotted the singer at the airport.", [], []),
    ],
)
def test_clauses_comparisons_and_hearsay(
    text: str, weasels: list[str], hedges: list[str]
) -> None:
    assert (cues(text, "weasel"), cues(text, "hedge")) == (weasels, hedges)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The threshold might as well be a wall.", []),
        ("We may as well walk home.", []),
        ("The threshold might well be lowered.", ["might well"]),
        ("The council may raise the threshold.", ["may"]),
    ],
)
def test_might_as_well_is_an_idiom(text: str, expected: list[str]) -> None:
    assert cues(text, "hedge") == expected
