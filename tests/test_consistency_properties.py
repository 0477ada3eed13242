"""Property tests of the consistency scorer: injected respellings and conflicting figures
are found; different people and clean restatements are not; any text gives a valid result."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import credscore
from credscore import Document, analyse
from credscore.model import Finding
from credscore.scorers.consistency import ConsistencyScorer
from support import assert_valid_report

CONSONANTS = "bdfgklmnprstvz"
VOWELS = "aeiou"

syllable = st.tuples(st.sampled_from(CONSONANTS), st.sampled_from(VOWELS)).map("".join)
name_token = st.lists(syllable, min_size=3, max_size=5).map(lambda s: "".join(s).capitalize())

TEMPLATES = [
    ("{name} said on Monday that the plan was ready. ", "{name}"),
    ("Reporters asked {name} about the budget. ", "{name}"),
    ("The committee, chaired by {name}, met for three hours. ", "{name}"),
    ("\u201cWe are ready,\u201d {name} told the newspaper. ", "{name}"),
    ("A spokesman for {name} declined to comment. ", "{name}"),
]


def run(text: str) -> list[Finding]:
    return list(ConsistencyScorer().score(analyse(Document("t", text))).findings)


def build_text(name: str, occurrences: list[str]) -> tuple[str, list[int]]:
    """Sentences from the templates, each holding one spelling; the offsets of each."""
    text = ""
    offsets: list[int] = []
    for index, spelling in enumerate(occurrences):
        template = TEMPLATES[index % len(TEMPLATES)][0]
        offsets.append(len(text) + template.index("{name}"))
        text += template.format(name=spelling)
    del name
    return text, offsets


@st.composite
def respelling(draw: st.DrawFn, token: str) -> str:
    """One careless change inside a token: swap, drop, double, change a vowel, capital."""
    position = draw(st.integers(min_value=1, max_value=len(token) - 3))
    kind = draw(st.sampled_from(["swap", "drop", "double", "vowel", "case"]))
    if kind == "swap":
        assume(token[position] != token[position + 1])
        return token[:position] + token[position + 1] + token[position] + token[position + 2 :]
    if kind == "drop":
        return token[:position] + token[position + 1 :]
    if kind == "double":
        return token[:position] + token[position] + token[position:]
    if kind == "vowel":
        assume(token[position] in VOWELS)
        other = draw(st.sampled_from([v for v in VOWELS if v != token[position]]))
        return token[:position] + other + token[position + 1 :]
    return token[:position] + token[position].upper() + token[position + 1 :]


@st.composite
def respelled_names(draw: st.DrawFn) -> tuple[str, str, int, int]:
    first, last = draw(name_token), draw(name_token)
    assume(first.lower() != last.lower())
    name = f"{first} {last}"
    if draw(st.booleans()):
        variant = name.replace(" ", "-") if draw(st.booleans()) else f"{first} {last.lower()}"
        if variant.endswith(last.lower()):
            variant = f"{first}-{last}"
    else:
        change_first = draw(st.booleans())
        token = first if change_first else last
        changed = draw(respelling(token))
        assume(changed != token)
        variant = f"{changed} {last}" if change_first else f"{first} {changed}"
    uses = draw(st.integers(min_value=2, max_value=4))
    at = draw(st.integers(min_value=1, max_value=uses))
    return name, variant, uses, at


@given(respelled_names())
def test_one_respelled_occurrence_is_a_name_variant(case: tuple[str, str, int, int]) -> None:
    name, variant, uses, at = case
    occurrences = [name] * uses
    occurrences.insert(at, variant)
    text, offsets = build_text(name, occurrences)
    found = [f for f in run(text) if f.kind == "name_variant"]
    assert len(found) == 1, (text, [f.message for f in found])
    [finding] = found
    assert finding.start == offsets[at]
    assert finding.text == variant
    assert finding.suggestion == name
    assert finding.related[0].start == offsets[0]


@given(name_token, name_token, name_token)
def test_people_sharing_a_surname_are_not_variants(a: str, b: str, surname: str) -> None:
    assume(len({a.lower(), b.lower(), surname.lower()}) == 3)
    # given names that differ in more than one letter are different people
    assume(sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b)) >= 3)
    text, _ = build_text(
        surname, [f"{a} {surname}", f"{b} {surname}", f"{a} {surname}", f"{b} {surname}"]
    )
    assert [f for f in run(text) if f.kind == "name_variant"] == []


@given(
    st.integers(min_value=102, max_value=989),
    st.sampled_from(["purchase", "deal", "acquisition"]),
    name_token,
)
def test_restated_money_with_transposed_digits_conflicts(
    value: int, noun: str, company: str
) -> None:
    digits = str(value)
    transposed = int(digits[0] + digits[2] + digits[1])
    assume(transposed != value)
    text = (
        f"{company} Holdings agreed to buy the yard for ${value} million.\n"
        f"Unions welcomed the news.\n"
        f"{company} Holdings said the ${transposed} million {noun} would be paid in cash."
    )
    [finding] = [f for f in run(text) if f.kind == "contradiction"]
    assert finding.text == f"${transposed} million"
    assert finding.related[0].text == f"${value} million"
    same = text.replace(f"${transposed} million", f"${value} million")
    assert [f for f in run(same) if f.kind == "contradiction"] == []


PIECES = st.sampled_from(
    [
        "Kim Jong-il",
        "Kim Jong Il",
        "KIM",
        "al-",
        "van ",
        "Dr. ",
        "O'Brien",
        "Ó ",
        "$412 million",
        "$421m",
        "30,000 films",
        "the ",
        "1978",
        "1979 abduction",
        ", 54,",
        "-year-old ",
        "around ",
        "over ",
        "%",
        "per cent",
        " ",
        ". ",
        "\n",
        "\u201c",
        "'s ",
        "1,2,3",
        "9" * 30,
        "0.0.0",
    ]
)
texts = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=60).map("".join))


@given(texts)
def test_any_text_gives_a_valid_result(text: str) -> None:
    report = credscore.score(text, id="t")
    result = report.scorers["consistency"]
    assert 0 <= result.score <= 100
    assert_valid_report(report.to_dict(), text)
    article = [s for s in report.segments if s.is_article]
    for finding in result.findings:
        assert finding.text == text[finding.start : finding.end]
        assert any(s.start <= finding.start and finding.end <= s.end for s in article)
        assert finding.related and finding.related[0].end <= len(text)
    assert run(text) == run(text)  # deterministic
