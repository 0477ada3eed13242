"""The sourcing scorer's fast paths decide exactly what the straightforward code decides.

Each shortcut is checked against the plain version it stands for: the short path of
``run_name`` for plain runs against ``run_name_reference`` (which reads every run step by
step), and the per-document index sets found by C-level filters against the comprehensions
that test one candidate at a time.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from credscore import Document, analyse
from credscore.analysis import Analysis
from credscore.scorers.sourcing import (
    OPENING_QUOTES,
    SourcingScan,
    lexicon,
    paragraphs_of,
    run_name,
    run_name_reference,
)
from credscore.scorers.sourcing.tracker import _plain_run_name

# Tokens a run of capitalised words may hold: plain names, titles and role words, legal
# forms, particles, initials and periods, possessives, acronyms, digits, non-ASCII letters.
RUN_TOKENS = [
    "Anna",
    "Smith",
    "Mr",
    "Dr",
    "Ms",
    "President",
    "Chief",
    "CEO",
    "Police",
    "Inc",
    "Ltd",
    "Corp",
    "Foods",
    "Times",
    "Post",
    "Ministry",
    "Justice",
    "Department",
    "of",
    "the",
    "van",
    "de",
    "&",
    ".",
    ",",
    "-",
    "F",
    "U",
    "S",
    "Kim's",
    "Kim’s",
    "O'Neil",
    "Jong-il",
    "NATO",
    "WHO",
    "Reuters",
    "Paris",
    "France",
    "Korea",
    "Street",
    "2024",
    "Σίσυφος",
    "ΟΔΟΣ",
    "Ärzte",
    "İstanbul",
    "Revolution",
    "Security",
    "Jews",
    "Committee",
    "Human",
    "Rights",
]


@given(st.lists(st.sampled_from(RUN_TOKENS), min_size=1, max_size=6))
def test_plain_run_name_agrees_with_the_reference(tokens: list[str]) -> None:
    run = tuple(tokens)
    plain = _plain_run_name(run)
    if plain is not None:
        assert plain == run_name_reference(run)
    assert run_name(run) == run_name_reference(run)


@given(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=4))
def test_plain_run_name_agrees_on_any_words(tokens: list[str]) -> None:
    run = tuple(token for token in tokens if " " not in token) or ("X",)
    plain = _plain_run_name(run)
    if plain is not None:
        assert plain == run_name_reference(run)


@pytest.mark.parametrize(
    "run",
    [
        ("Chief", "Anna", "Smith"),  # a role word first: the name follows it
        ("Police", "Chief", "Mark", "Lee"),
        ("Tesla", "CEO", "Elon", "Musk"),
        ("Dr", ".", "Anna", "Smith"),
        ("Mr", "Kim"),
        ("President",),
        ("Inc",),
        ("Orla", "Foods", "Inc"),
        ("Tenbrook", "Analytics", "Ltd"),
        ("Kim's",),
        ("Anna", "Smith's"),
        ("John", "F", ".", "Kennedy"),
        ("Human", "Rights", "Watch"),
        ("Ministry", "of", "Justice"),
        ("NATO",),
        ("Paris",),
        ("ΟΔΟΣ", "Σίσυφος"),
    ],
)
def test_named_runs_agree_with_the_reference(run: tuple[str, ...]) -> None:
    plain = _plain_run_name(run)
    if plain is not None:
        assert plain == run_name_reference(run)
    assert run_name(run) == run_name_reference(run)


def test_plain_runs_take_the_short_path() -> None:
    # (the short path must not be dead code: ordinary names go through it)
    assert _plain_run_name(("Anna", "Smith")) is not None
    assert _plain_run_name(("Mr", "Smith")) is None  # a title first: the reference decides
    assert _plain_run_name(("Orla", "Foods", "Inc")) is None  # a legal form last


WORDS = st.sampled_from(
    [
        "Anna",
        "Smith",
        "The",
        "But",
        "WHO",
        "NATO",
        "A",
        "I",
        "He",
        "said",
        "told",
        "the",
        "of",
        "“",
        "”",
        '"',
        "‘",
        ".",
        ",",
        "U.S.",
        "Kim's",
        "2024",
        "Inc",
        "per",
        "\n",
    ]
)


# a sentence long enough for the segmenter to read the text as an article body
BODY = (
    "The city council met on Tuesday to discuss the new budget for the coming year, "
    "officials said in a statement."
)


@given(st.lists(WORDS, min_size=1, max_size=60), st.sampled_from(["", " “", "\n“"]))
@example(["Anna", "Smith", "said"], " “")  # the token before index 0 is no opening quote
@example(["“", "Anna", "Smith", "said", "WHO", "A", "U.S."], "")
def test_candidate_sets_agree_with_per_candidate_tests(words: list[str], ending: str) -> None:
    text = " ".join(words).replace(" \n ", "\n") + " " + BODY + ending
    analysis = analyse(Document("d", text))
    scan = SourcingScan(analysis)
    tokens, lower = scan.tokens, scan.lower
    acronym = frozenset(
        index
        for index in scan.candidate_indices
        if len(tokens[index]) > 1 and tokens[index].isupper() and not scan.is_number[index]
    )
    assert scan.acronym == acronym
    function_words = lexicon().function_words
    plain = frozenset(
        index
        for index in scan.candidate_indices
        if index not in acronym
        and lower[index] not in function_words
        and not (index > 0 and tokens[index - 1] in OPENING_QUOTES)
    )
    assert scan.plain_name == plain


def paragraphs_of_reference(analysis: Analysis) -> list[tuple[int, int]]:
    """``paragraphs_of`` sentence by sentence, as it was first written."""
    paragraphs: list[tuple[int, int]] = []
    text = analysis.text
    for sentence in analysis.sentences:
        if paragraphs:
            start, end = paragraphs[-1]
            if sentence.start >= end and "\n" not in text[end : sentence.start]:
                paragraphs[-1] = (start, sentence.end)
                continue
        paragraphs.append((sentence.start, sentence.end))
    return paragraphs


SENTENCES = st.sampled_from(
    [
        "Anna Smith said the plan was late.",
        "“We will not stop,” he said.",
        "Prices rose 3.5 per cent in May!",
        "Why now?",
        "Officials declined to comment",
        "",
    ]
)


@given(st.lists(st.tuples(SENTENCES, st.sampled_from([" ", "  ", "\n", "\n\n", " \n "]))))
@example([])
def test_paragraphs_agree_with_the_sentence_by_sentence_version(
    parts: list[tuple[str, str]],
) -> None:
    text = "Council Approves Budget\n" + BODY + "".join(a + b for a, b in parts)
    analysis = analyse(Document("d", text))
    assert paragraphs_of(analysis) == paragraphs_of_reference(analysis)
