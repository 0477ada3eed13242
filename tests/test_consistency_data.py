"""The consistency word lists read from data files (months, currencies, approximators)."""

from __future__ import annotations

import calendar

from credscore import facts
from credscore.resources import read_text


def test_month_numbers_follow_the_calendar() -> None:
    numbers = facts.month_numbers()
    for number in range(1, 13):
        full = calendar.month_name[number].lower()
        short = calendar.month_abbr[number].lower()
        assert numbers[full] == number
        assert numbers[short] == number
    assert numbers["sept"] == 9
    assert set(numbers.values()) == set(range(1, 13))
    assert facts.months() == frozenset(numbers)


def test_calendar_words_are_months_and_weekdays() -> None:
    words = facts.calendar_words()
    assert facts.months() <= words
    assert {day.lower() for day in calendar.day_name} <= words
    assert len(words) == len(facts.months()) + 7


def test_currency_words_are_lower_case_words() -> None:
    words = facts.currency_words()
    assert {"dollars", "euros", "yen", "usd"} <= words
    assert all(word.isalpha() and word.islower() for word in words)
    assert not words & facts.CURRENCY_SYMBOLS


def test_approximator_words_are_words_of_the_approximator_phrases() -> None:
    phrase_words = {word for phrase in facts.approximators() for word in phrase}
    skipped = facts.approximator_words()
    assert skipped
    assert skipped <= phrase_words
    # words that begin other phrases are not skipped (see the data file's header)
    assert not {"in", "of", "as", "an"} & skipped


def test_the_data_files_open_with_a_header() -> None:
    for name in ("currency_words.txt", "months.txt", "approximator_words.txt"):
        assert read_text(f"consistency/{name}").startswith("# ")


def test_a_month_is_a_date_and_a_currency_word_makes_money() -> None:
    from credscore.analysis import analyse
    from credscore.model import Document

    text = "The firm paid 300 euros in March 2021. It sold 12 March shares."
    found = facts.extract_facts(analyse(Document("d", text)), [])
    kinds = [(fact.kind, fact.value) for fact in found]
    assert ("money", 300.0) in kinds
    assert any(kind == "year" and value > 2021 for kind, value in kinds)  # "March 2021"
    assert not any(kind == "count" and value == 12.0 for kind, value in kinds)
