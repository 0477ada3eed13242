from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import Document, analyse
from credscore.confusion import confusion_sets, judge
from credscore.model import Finding
from credscore.pipeline import Pipeline, PipelineConfig
from credscore.scorers.typos import TyposScorer
from credscore.spelling import edit_distance, is_english, known_misspellings, suggest
from support import assert_valid_report

HEADLINE = "Local news in brief\n"


def findings(body: str, **options: object) -> list[Finding]:
    text = HEADLINE + body
    return list(TyposScorer(**options).score(analyse(Document("t", text))).findings)  # type: ignore[arg-type]


def kinds(body: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.text, f.suggestion) for f in findings(body)]


# --- misspellings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "typo", "intended"),
    [
        ("The council said it would recieve the report on Monday.", "recieve", "receive"),
        ("The goverment announced new measures for farmers.", "goverment", "government"),
        ("Officials said the vote was definately postponed.", "definately", "definitely"),
        ("Teh bridge will stay closed until the weekend.", "Teh", "The"),
        ("Protesters gathered outside the parliamnet building.", "parliamnet", "parliament"),
        ("The hospital treated dozens of pateints overnight.", "pateints", "patients"),
        ("Witnesses said the driver had been travelling too fsat.", "fsat", "fast"),
        ("The minister insisted the economy was growign again.", "growign", "growing"),
        ("Voters in the northern distirct were turned away.", "distirct", "district"),
        ("The company blamed the weather for the delyas.", "delyas", "delays"),
        ("It was a well-knwon problem, engineers said.", "knwon", "known"),
    ],
)
def test_misspelling_found_with_suggestion(body: str, typo: str, intended: str) -> None:
    found = [f for f in findings(body) if f.kind == "misspelling"]
    assert [(f.text, f.suggestion) for f in found] == [(typo, intended)]


CLEAN_BODIES = [
    # unusual names, places and brands
    "Ngozi Okonjo-Iweala met Wojciech Przybylski and Katrín Jakobsdóttir in Szczebrzeszyn.",
    "Zyloteq, a start-up from Bhubaneswar, hired Tshisekedi-Mbuyi as its counsel.",
    "Xochimilco's remeros told Apichatpong Weerasethakul about Göbekli Tepe.",
    "The striker Rasmus Højlund joined Borussia Mönchengladbach from Ørsted's sponsor.",
    "Kim Jung Il and Kim Jung Un were mentioned by Tua Tagovailoa and DK Metcalf.",
    # acronyms, handles, URLs, e-mail, hashtags, digits
    "Follow @BBCBreaking, read https://www.example.org/news/live or mail desk@example.co.uk.",
    "The NHS, ONS, ULEZ and NIFRS figures for Q3 2023 were trending as #COVID19 rose.",
    "The Su-27 and the 737 Max 9 flew at 3am; the 5G mast cost £340k and 1.2GW.",
    # British and American spelling, contractions, possessives, compounds
    "The organisation's favourite programme was analysed; the organization's favorite program was analyzed.",
    "They'd said it's the council's job, and the films’ budgets weren't the mayor's.",
    "The long-running, cash-in-transit heist left a well-known ex-president's office demining.",
    "Colour, honour, defence and licence sat beside color, honor, defense and license.",
    # non-Latin scripts and foreign phrases
    "The sign read Добро пожаловать and 欢迎, next to a banner saying bienvenue à tous.",
    "He called it a fait accompli, a sort of schadenfreude, and bona fide realpolitik.",
]


@pytest.mark.parametrize("body", CLEAN_BODIES)
def test_clean_text_has_no_finding(body: str) -> None:
    assert kinds(body) == []


def test_capitalised_unknown_word_mid_sentence_is_a_name() -> None:
    assert kinds("The inquiry was led by Judge Fenwhistle-Aaronovitch of Kilmarnock.") == []


def test_repeated_unknown_word_is_a_term_not_a_typo() -> None:
    body = "The trajinera sank. Another trajinera and a third trajinera were saved."
    assert kinds(body) == []


def test_sentence_of_unknown_words_is_foreign_text() -> None:
    body = "The motto, sempre avanti nunca olvidar ponte, is painted on the wall."
    assert [k for k in kinds(body) if k[0] == "misspelling"] == []


def test_known_misspellings_exclude_real_words() -> None:
    table = known_misspellings()
    assert table["recieve"] == "receive"
    for real in ("their", "there", "loose", "affect", "colour", "its"):
        assert real not in table


@pytest.mark.parametrize(
    "word",
    ["lockdowns", "livestreamed", "decarbonisation", "unvaccinated", "whistleblowers",
     "microplastics", "policymakers", "influencer", "rewilding", "counterintuitive"],
)
def test_modern_news_words_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("typo", ["runing", "fileded", "yearss", "allegeed", "makeing"])
def test_misbuilt_inflections_are_not_english(typo: str) -> None:
    assert not is_english(typo)


def test_frequent_web_misspelling_is_still_flagged() -> None:
    # "occured" is common enough on the web to pass as a word; codespell's list catches it.
    assert kinds("The crash occured shortly after noon.") == [
        ("misspelling", "occured", "occurred")
    ]


def test_suggest_prefers_closest_then_frequent() -> None:
    assert suggest("teh") == "the"
    assert suggest("goverment") == "government"
    assert suggest("qzxjvk") is None
    assert edit_distance("recieve", "receive") == 1
    assert edit_distance("kitten", "sitting") == 3


# --- real-word errors -----------------------------------------------------------------

CONFIDENT_SWAPS = [
    # (clean sentence, correct word, injected wrong word)
    ("The results were better than expected, the chief executive said.", "than", "then"),
    ("Prices are higher than last year, according to the survey.", "than", "then"),
    ("Parents said their children had been sent home early.", "their", "there"),
    ("Residents were told to leave their homes before midnight.", "their", "there"),
    ("The club is trying to lose weight from its wage bill.", "lose", "loose"),
    ("The ruling is likely to affect the outcome of the appeal.", "affect", "effect"),
    ("Officials could not say whether the road would reopen.", "whether", "weather"),
    ("The bill was passed by a narrow margin on Tuesday.", "passed", "past"),
    ("The board voted to accept the offer from the consortium.", "accept", "except"),
    ("It was quite a surprise to the organisers, she said.", "quite", "quiet"),
    ("The company has a brand new factory in the north.", "new", "knew"),
    ("Lawyers will advise the family on its next steps.", "advise", "advice"),
]


# Harder contexts, where one neighbour says little or the bigram statistics are thin: the
# model is allowed to miss some, never to suggest a wrong word or flag the clean sentence.
BROAD_SWAPS = [
    *CONFIDENT_SWAPS,
    ("He said the rules would come into effect next month.", "effect", "affect"),
    ("Forecasters expect the weather to improve on Sunday.", "weather", "whether"),
    ("The principal reason for the delay was a shortage of staff.", "principal", "principle"),
    ("The two sides signed a peace agreement in Geneva.", "peace", "piece"),
    ("Investigators said the brakes had failed on the descent.", "brakes", "breaks"),
    ("The streets were quiet after the curfew began.", "quiet", "quite"),
    ("She knew the risks, her sister told the inquest.", "knew", "new"),
    ("There is nothing new about the scheme, critics said.", "new", "knew"),
    ("The price is lower than it was in the spring.", "than", "then"),
    ("The mayor then resigned, citing ill health.", "then", "than"),
    ("The statue was unveiled in the main square.", "statue", "statute"),
    ("The minister said there was no time to lose today.", "lose", "loose"),
    ("The council will hear objections from residents.", "hear", "here"),
    ("Police said the fire had been brought under control.", "brought", "bought"),
    ("A spokesman said the site would be cleared by Friday.", "site", "sight"),
    ("The latter option was rejected by the board.", "latter", "later"),
    ("He was led away in handcuffs after the verdict.", "led", "lead"),
    ("The company reported a loss for the third quarter.", "loss", "lose"),
    ("They were told to buy tickets in advance.", "buy", "by"),
    ("The whole village turned out to watch.", "whole", "hole"),
]


def test_real_word_hit_rate_on_harder_contexts() -> None:
    hits = 0
    for sentence, correct, wrong in BROAD_SWAPS:
        assert kinds(sentence) == [], sentence
        injected = sentence.replace(f" {correct} ", f" {wrong} ", 1)
        if injected == sentence:
            injected = sentence.replace(f"{correct.capitalize()} ", f"{wrong.capitalize()} ", 1)
        found = [f for f in findings(injected) if f.kind == "real_word_error"]
        assert all(f.text == wrong for f in found), (injected, found)
        assert all(f.suggestion is not None and f.suggestion.lower() == correct for f in found)
        hits += bool(found)
    assert hits / len(BROAD_SWAPS) >= 0.6


@pytest.mark.parametrize(("sentence", "correct", "wrong"), CONFIDENT_SWAPS)
def test_real_word_swap_found_with_suggestion(sentence: str, correct: str, wrong: str) -> None:
    assert kinds(sentence) == []  # the clean sentence is left alone
    injected = sentence.replace(f" {correct} ", f" {wrong} ", 1)
    assert injected != sentence
    found = [f for f in findings(injected) if f.kind == "real_word_error"]
    assert [(f.text, f.suggestion) for f in found] == [(wrong, correct)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CONFIDENT_SWAPS), st.sampled_from(["", "Meanwhile, ", "In Tromsø, "]))
def test_injected_swap_is_found_in_any_position(
    case: tuple[str, str, str], prefix: str
) -> None:
    sentence, correct, wrong = case
    body = prefix + sentence[0].lower() + sentence[1:] if prefix else sentence
    injected = body.replace(f" {correct} ", f" {wrong} ", 1)
    found = [f for f in findings(injected) if f.kind == "real_word_error"]
    assert [(f.text, f.suggestion) for f in found] == [(wrong, correct)]


def test_sentence_initial_real_word_error_keeps_capital() -> None:
    found = findings("Their is no evidence that the vote was rigged.")
    assert [(f.text, f.suggestion) for f in found] == [("Their", "There")]


def test_confusion_sets_are_many_and_symmetric() -> None:
    from credscore.confusion import guarded_pairs
    from credscore.spelling import word_counts

    sets = confusion_sets()
    guarded = guarded_pairs()
    assert len({frozenset((w, *alts)) for w, alts in sets.items()}) >= 100
    for word, alternatives in sets.items():
        for alternative in alternatives:
            if (word, alternative) in guarded:
                # the homophone sets go one way: the rarer twin typed for the common one
                assert word_counts()[alternative] > word_counts()[word]
            else:
                assert word in sets[alternative]


def test_judge_needs_attested_context() -> None:
    assert judge("affect", "the", "of") is not None
    # "then" goes to comparative_then and the context rules, never to the bigram model
    assert judge("then", "better", "expected") is None
    assert judge("then", None, None) is None
    assert judge("threw", None, "for") is None  # one weak side is not enough
    assert judge("table", "the", "was") is None  # not a confusable word


def test_option_turns_real_word_check_off() -> None:
    body = "The results were better then expected."
    assert [f.kind for f in findings(body, real_word_errors=False)] == []


# --- metrics, score, contract ---------------------------------------------------------


def test_metrics_and_score_fall_with_error_rate() -> None:
    clean = TyposScorer().score(analyse(Document("c", HEADLINE + "The mayor spoke. " * 40)))
    dirty_text = HEADLINE + "The mayor spoke. " * 40 + "The goverment said it was better then ever."
    dirty = TyposScorer().score(analyse(Document("d", dirty_text)))
    assert clean.score == 100.0
    assert dirty.metrics["misspellings"] == 1.0
    assert dirty.metrics["real_word_errors"] == 1.0
    words = analyse(Document("d", dirty_text)).word_count
    assert dirty.metrics["misspellings_per_1000_words"] == pytest.approx(1000.0 / words)
    assert 0.0 < dirty.score < clean.score


def test_empty_text_is_neutral() -> None:
    result = TyposScorer().score(analyse(Document("e", "")))
    assert result.score == 50.0
    assert result.findings == ()
    assert result.metrics["misspellings_per_1000_words"] == 0.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["recieve", "their", "there", "then", "than", "Kim", "Jong-il", "knew",
                 "new", "https://x.org/a", "@user", "#tag", "30,000", "’s", "'", "\"",
                 "-", "\n", ". ", "qwzrt", "Добро", "it's", "e-mail", "ALLCAPS"]
            ),
            st.text(max_size=12),
        ),
        max_size=40,
    ).map(" ".join)
)
def test_any_text_gives_a_valid_deterministic_result(text: str) -> None:
    analysis = analyse(Document("h", text))
    result = TyposScorer().score(analysis)
    assert 0.0 <= result.score <= 100.0 and math.isfinite(result.score)
    assert all(math.isfinite(value) and value >= 0 for value in result.metrics.values())
    article = [s for s in analysis.segments if s.is_article]
    for finding in result.findings:
        assert finding.text == text[finding.start : finding.end]
        assert finding.kind in {"misspelling", "real_word_error"}
        assert finding.suggestion
        assert any(s.start <= finding.start and finding.end <= s.end for s in article)
    assert TyposScorer().score(analyse(Document("h", text))) == result


def test_runs_in_the_pipeline_with_a_valid_report() -> None:
    text = HEADLINE + "There is nothing new about the goverment plan, officials said."
    report = Pipeline.from_config(PipelineConfig(scorers=("typos",))).score_document(
        Document("p", text)
    )
    assert_valid_report(report.to_dict(), text)
    assert [f.text for f in report.findings("misspelling")] == ["goverment"]
