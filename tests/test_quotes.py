"""The quote finder: pairing marks, apostrophes, nesting, multi-paragraph quotations."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from credscore.quotes import (
    DOUBLE_MARKS,
    SINGLE_MARKS,
    QuoteIndex,
    find_quoted,
    is_title_case,
    looks_like_name_or_term,
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted(text, paragraphs(text))]


def test_curly_and_straight_double_quotes() -> None:
    text = '“We will win,” she said. "Not today," he replied.'
    assert quoted(text) == ["We will win,", "Not today,"]


def test_single_quotes_as_quotation_marks() -> None:
    assert quoted("Chef calls closure ‘heartbreaking’ as doors shut") == ["heartbreaking"]
    assert quoted("‘We got this wrong,’ she said.") == ["We got this wrong,"]
    assert quoted("'We had no choice,' he said.") == ["We had no choice,"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert quoted("Kim’s films don’t age; it's the ’90s and rock ’n’ roll.") == []
    assert quoted("The players’ union met. The Joneses' dog barked.") == []
    assert quoted("They ’em all and went ’til dawn.") == []


def test_apostrophes_inside_a_quotation() -> None:
    assert quoted("“We don’t have Kim’s films,” he said.") == ["We don’t have Kim’s films,"]
    assert quoted("‘We don’t know,’ she said.") == ["We don’t know,"]


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    text = "“He said ‘run,’ and I ran,” said Omar."
    assert quoted(text) == ["He said ‘run,’ and I ran,"]


def test_quotation_spanning_sentences() -> None:
    text = "“Why? Nobody knows. We will see,” he said."
    assert quoted(text) == ["Why? Nobody knows. We will see,"]


def test_multi_paragraph_quotation_continues() -> None:
    text = "“First paragraph goes on.\n“Second one ends here,” she said.\nAfter."
    stretches = find_quoted(text, paragraphs(text))
    assert [text[s.start : s.end] for s in stretches] == [
        "First paragraph goes on.",
        "Second one ends here,",
    ]
    assert stretches[0].close_mark is None and not stretches[0].continues
    assert stretches[1].continues


def test_unclosed_quote_without_continuation_ends_with_its_paragraph() -> None:
    text = "“Unclosed words here\nNext paragraph has no mark."
    stretches = find_quoted(text, paragraphs(text))
    assert [text[s.start : s.end] for s in stretches] == ["Unclosed words here"]
    assert not any(s.continues for s in stretches)


def test_stray_single_mark_is_dropped() -> None:
    assert quoted("The 'em dash and a lone ‘mark here") == []


def test_inch_marks_are_not_quotes() -> None:
    assert quoted('A 12" record and a 7" single.') == []


def test_quote_index() -> None:
    text = "He said “yes please” twice."
    index = QuoteIndex(find_quoted(text, paragraphs(text)))
    assert text.index("yes") in index
    assert text.index("He") not in index
    assert text.index("twice") not in index


def test_title_case() -> None:
    assert is_title_case(["The", "Lovers", "and", "the", "Despot"])
    assert not is_title_case(["the", "lovers"])
    assert not is_title_case(["We", "will", "win"])


def test_names_and_terms() -> None:
    def judge(text: str) -> bool:
        stretch = find_quoted(text, paragraphs(text))[0]
        return looks_like_name_or_term(text, stretch, 0)

    assert judge("The documentary “The Lovers and the Despot” opens today.")
    assert judge("The so-called “midnight madness” section returns.")
    assert judge("His “hermit kingdom” is isolated.")
    assert not judge("He called it “a timetable without trains and without hope.”")
    assert not judge("“We are borrowing from our children,” Voss said.")


MARKS = sorted(DOUBLE_MARKS | SINGLE_MARKS)


@given(
    st.text(alphabet=st.sampled_from([*MARKS, "a", "B", " ", "\n", ",", ".", "9"]), max_size=300)
)
def test_stretches_exclude_their_marks_and_stay_in_their_paragraph(text: str) -> None:
    spans = paragraphs(text)
    stretches = find_quoted(text, spans)
    previous_end = -1
    for stretch in stretches:
        assert 0 <= stretch.open_mark < stretch.start < stretch.end <= len(text)
        assert text[stretch.open_mark] in DOUBLE_MARKS | SINGLE_MARKS
        if stretch.close_mark is not None:
            assert stretch.end <= stretch.close_mark
            assert text[stretch.close_mark] in DOUBLE_MARKS | SINGLE_MARKS
        assert not text[stretch.start].isspace() and not text[stretch.end - 1].isspace()
        assert any(s <= stretch.open_mark and stretch.end <= e for s, e in spans)
        assert stretch.start > previous_end  # disjoint, in order
        previous_end = stretch.end


def test_hostile_runs_of_marks_finish() -> None:
    # 100k marks: a quadratic pairing would not finish; this must return quickly. (The
    # size-doubling timing ratio lives in benchmarks/sourcing_eval.py.)
    for unit in ['"', "“", "”", "‘", "'", "“a ", "a’"]:
        text = unit * (100_000 // len(unit))
        stretches = find_quoted(text, paragraphs(text))
        assert all(re.fullmatch(r"[^\n]+", text[s.start : s.end]) for s in stretches[:50])
