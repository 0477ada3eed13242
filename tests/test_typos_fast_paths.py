"""The typos scorer's fast paths decide exactly what the straightforward code decides.

The scorer skips most tokens on decisions made per distinct form (set operations, cached
gates) and keeps its lexicons packed. Each shortcut is checked here against the plain
version it replaces: a reference scorer that walks every token as the original code did,
the frozenset a packed word set stands for, the SymSpell delete index the distance-2
search replaces, and the regex a web-run prefilter stands in front of.
"""

from __future__ import annotations

import bisect
import marshal
import math
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import Document, analyse, spelling
from credscore.analysis import Analysis, Sentence
from credscore.confusion import (
    bigram_tables,
    compound_rules,
    confusion_sets,
    decisive_neighbours,
    evidence_neighbours,
    judge,
)
from credscore.model import Finding
from credscore.packed_words import PackedWords
from credscore.scorers import typos
from credscore.scorers.typos import (
    FOREIGN_RUN,
    MIN_UNKNOWN_BUDGET,
    OPENERS,
    RUN_RE,
    UNKNOWN_SHARE_BUDGET,
    WEB_RUN_RE,
    TyposScorer,
    _is_plain,
    _may_hold_web_run,
    _part_check,
    _word_parts,
    confusion_words,
    known_part_checks,
    part_checks,
)
from credscore.spelling import (
    FAR_SUGGESTION_MIN_COUNT,
    _deletes,
    _far_candidates,
    edit_distance,
    is_common_foreign,
    suggest,
    word_counts,
)

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

# --- the reference: every token walked, as the scorer did before its fast paths ---------


def _reference_web_covers(analysis: Analysis, sentence: Sentence, position: int) -> bool:
    runs = [
        (match.start(), match.end())
        for match in RUN_RE.finditer(analysis.text, sentence.start, sentence.end)
        if WEB_RUN_RE.search(match.group())
    ]
    return any(start <= position < end for start, end in runs)


def _reference_initial(analysis: Analysis, sentence: Sentence, index: int) -> bool:
    for previous in range(index - 1, sentence.first_token - 1, -1):
        if analysis.is_word[previous] or analysis.token_texts[previous] not in OPENERS:
            return False
    return True


def _reference_find(scorer: TyposScorer, analysis: Analysis) -> tuple[Finding, ...]:
    findings: list[Finding] = []
    unknown: list[tuple[int, int, str]] = []
    confusable = confusion_words()
    for sentence in analysis.sentences:
        sentence_unknown: list[tuple[int, int, str]] = []
        for index in sentence.token_indices:
            lower = analysis.token_lower[index]
            if _is_plain(lower) or not analysis.is_word[index] or lower[0].isdigit():
                continue
            token = analysis.token_texts[index]
            initial = sentence.segment == "title" or _reference_initial(analysis, sentence, index)
            if token[0].isupper() and not initial:
                continue
            found: list[Finding] = []
            candidates: list[tuple[int, int, str]] = []
            if lower in compound_rules() and (token == lower or initial):
                found.append(typos.compound_finding(analysis, index))
            elif lower in confusable:
                real_word = scorer._real_word_error(
                    analysis, sentence, index, initial, typos._DocumentIndex(analysis)
                )
                if real_word is not None:
                    found.append(real_word)
            else:
                for part in _word_parts(token, analysis.token_starts[index]):
                    if _is_plain(part.text.lower()):
                        continue
                    correction, is_unknown = _part_check(part.text, initial)
                    spot = (part.start, part.end, part.text)
                    if correction is not None:
                        found.append(typos._known_misspelling(analysis, spot, correction))
                    elif is_unknown:
                        candidates.append(spot)
            if (found or candidates) and not _reference_web_covers(
                analysis, sentence, analysis.token_starts[index]
            ):
                findings.extend(found)
                sentence_unknown.extend(candidates)
        if len(sentence_unknown) < FOREIGN_RUN:
            unknown.extend(sentence_unknown)
    budget = max(MIN_UNKNOWN_BUDGET, UNKNOWN_SHARE_BUDGET * analysis.word_count)
    if unknown and scorer.check_unknown_words and len(unknown) <= budget:
        lower_counts: Counter[str] = Counter()
        capitalised: set[str] = set()
        for sentence in analysis.sentences:
            first = True
            for index in sentence.token_indices:
                if not analysis.is_word[index]:
                    continue
                token, lower = analysis.token_texts[index], analysis.token_lower[index]
                if token == lower:
                    lower_counts[lower] += 1
                elif not first:
                    capitalised.add(lower)
                first = False
        for start, end, text in unknown:
            if lower_counts[text] > 1 or text in capitalised or is_common_foreign(text):
                continue
            correction = suggest(text)
            if correction is not None:
                message = f"'{text}' is not an English word; did you mean '{correction}'?"
                findings.append(
                    Finding.at(
                        analysis.text, "typos", "misspelling", start, end, message,
                        suggestion=correction,
                    )
                )
    findings.sort(key=lambda finding: (finding.start, finding.end))
    return tuple(findings)


# --- documents: many layouts, typos, names, confusables, web runs ----------------------

_WORD_TEXT = (
    "the government said their new plan would affect the loss of jobs then than "
    "there were knew new to too know now of have could would lose loose whether weather "
    "recieve goverment teh occured dont wont its it's it’s well-known anti-Trump "
    "Smith-Jones O'Brien Zyxqa qzvkt plann becuase parliamnet companys partys fika "
    "www.example.com @handle #tag a.b.cd e.g. x_y a=b 30,000 2nd ² “quoted” «dit» — "
    "higher lower expected steeper decline sector Recieve Goverment Their Then The"
)
WORDS = _WORD_TEXT.split()


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(
        st.lists(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join),
            min_size=1,
            max_size=6,
        )
    )
    ends = draw(st.lists(st.sampled_from([". ", "? ", "\n", " ", "! "]), min_size=len(lines)))
    return "".join(line + end for line, end in zip(lines, ends))


def _injected_documents(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    raw = (BENCHMARKS / "typos_clean_news.txt").read_text(encoding="utf-8")
    paragraphs = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    sets = confusion_sets()
    texts = []
    for _ in range(count):
        words = rng.choice(paragraphs).split(" ")
        for _ in range(rng.randrange(1, 4)):
            at = rng.randrange(len(words))
            word = words[at]
            if word.lower() in sets and rng.random() < 0.6:
                words[at] = rng.choice(sets[word.lower()])
            elif len(word) > 3:
                cut = rng.randrange(1, len(word) - 1)
                words[at] = word[:cut] + word[cut + 1 :]
        title = rng.choice(["Regional news roundup", "Goverment recieves reports", "Teh end"])
        texts.append(title + "\n" + " ".join(words).replace("'", rng.choice(["'", "’"])))
    return texts


OPTIONS = [
    {},
    {"real_word_errors": False},
    {"unknown_words": False},
    {"min_log_ratio": 1.0},
    {"min_log_ratio": 6.0},
]


@pytest.mark.parametrize("options", OPTIONS)
def test_scorer_matches_the_reference_on_injected_news(options: dict[str, object]) -> None:
    scorer = TyposScorer(**options)  # type: ignore[arg-type]
    found = 0
    for index, text in enumerate(_injected_documents(60, seed=len(str(options)))):
        analysis = analyse(Document(f"d{index}", text))
        expected = _reference_find(scorer, analysis)
        assert scorer.find(analysis) == expected
        found += len(expected)
    assert found > 0  # the comparison saw findings, not only empty results


@settings(max_examples=60, deadline=None)
@given(documents(), st.sampled_from(OPTIONS))
def test_scorer_matches_the_reference_on_generated_text(
    text: str, options: dict[str, object]
) -> None:
    scorer = TyposScorer(**options)  # type: ignore[arg-type]
    analysis = analyse(Document("g", text))
    assert scorer.find(analysis) == _reference_find(scorer, analysis)


# --- the shortcuts one by one -----------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(
    st.sets(st.text(alphabet="abcé\n\U0010ffff", max_size=5), max_size=40),
    st.lists(st.text(alphabet="abcé\n\U0010ffff", max_size=5), max_size=20),
    st.integers(min_value=1, max_value=4),
)
def test_packed_words_hold_exactly_their_words(
    words: set[str], probes: list[str], prefix: int
) -> None:
    packed = PackedWords(words, prefix=prefix)
    plain = {word for word in words if "\n" not in word}
    assert len(packed) == len(plain)
    for probe in [*probes, *words]:
        assert (probe in packed) == (probe in plain)


@settings(max_examples=100, deadline=None)
@given(
    st.sets(st.text(alphabet="abcé\n", max_size=5), max_size=40),
    st.lists(st.text(alphabet="abcé\n", max_size=5), max_size=20),
    st.integers(min_value=1, max_value=4),
)
def test_packed_words_rebuilt_from_their_state_are_the_same_set(
    words: set[str], probes: list[str], prefix: int
) -> None:
    # the disk cache stores a packed set as its state (built-in types) and rebuilds it
    packed = PackedWords(words, prefix=prefix)
    state = packed.state()
    rebuilt = PackedWords.from_state(marshal.loads(marshal.dumps(state)))
    assert len(rebuilt) == len(packed)
    for probe in [*probes, *words]:
        assert (probe in rebuilt) == (probe in packed)


def test_foreign_words_match_a_fresh_build() -> None:
    from credscore.spelling import FOREIGN_LANGUAGES, _common_abroad, foreign_words, wordfreq_words

    for language, packed in zip(FOREIGN_LANGUAGES, foreign_words(), strict=True):
        words = wordfreq_words(language, "small", _common_abroad)
        assert len(packed) == len(set(words))
        assert all(word in packed for word in words[::97])


def _plain_derived_by_prefix(word: str) -> bool:
    """``_derived_by_prefix`` as first written: the prefix loop, no gates."""
    for prefix in spelling._prefixes():
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= (5 if len(prefix) <= 2 else 4):
            return rest in word_counts() or spelling._derived_by_suffix(rest)
    return False


def _plain_closed_compound(word: str) -> bool:
    parts = spelling._compound_parts()
    return any(word[:cut] in parts and word[cut:] in parts for cut in range(4, len(word) - 3))


_PARTS_SAMPLE = sorted(spelling._compound_parts())[::50]
_PREFIX_SAMPLE = list(spelling._prefixes())


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="abcdeinorstuy", max_size=14),
        st.tuples(st.sampled_from(_PARTS_SAMPLE), st.sampled_from(_PARTS_SAMPLE)).map("".join),
        st.tuples(
            st.sampled_from(_PREFIX_SAMPLE), st.sampled_from(sorted(word_counts())[::400])
        ).map("".join),
        st.tuples(st.sampled_from(_PARTS_SAMPLE), st.text(alphabet="aeiorsty", max_size=6)).map(
            "".join
        ),
    )
)
def test_english_gates_decide_as_the_plain_loops(word: str) -> None:
    assert spelling._derived_by_prefix(word) == _plain_derived_by_prefix(word)
    assert spelling._closed_compound(word) == _plain_closed_compound(word)
    if "y" not in word:
        assert spelling.y_rule_correction(word) is None  # what the is_english gate assumes


def test_english_gates_on_known_compounds_and_prefixed_words() -> None:
    assert spelling._closed_compound("newsroomstaff") == _plain_closed_compound("newsroomstaff")
    assert spelling.is_english("rethinking")
    assert not spelling.is_english("companys")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZw W.@_x-/ \n#=K\u212a", max_size=30), st.data())
def test_web_prefilter_never_hides_a_web_mark(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    if WEB_RUN_RE.search(text, start, end) is not None:
        assert _may_hold_web_run(text, start, end)


def test_web_prefilter_skips_plain_sentences() -> None:
    text = "The minister said the plan would work."
    assert not _may_hold_web_run(text, 0, len(text))
    assert _may_hold_web_run("See www.", 0, 8)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcrRieEvV-'’sSTt", min_size=1, max_size=16), st.booleans())
def test_known_part_checks_are_the_known_misspellings_among_part_checks(
    token: str, initial: bool
) -> None:
    # past the unknown-word budget only these are asked, without the unknown-word test
    if not token[0].isalpha() or token.lower() in confusion_words():
        return
    expected = tuple(check for check in part_checks(token, initial) if check[3] is not None)
    assert known_part_checks(token, initial) == expected


def test_confusable_gate_keeps_every_context_with_a_verdict() -> None:
    lefts, rights = evidence_neighbours()
    rng = random.Random(3)
    sets = confusion_sets()
    vocabulary = [word for word, count in word_counts().items() if count > 50_000_000]
    vocabulary += [word for members in sets.values() for word in members]
    verdicts = 0
    for _ in range(4000):
        word = rng.choice(sorted(sets))
        left, right = rng.choice(vocabulary), rng.choice(vocabulary)
        for min_log_ratio in (0.0, 3.5):
            if judge(word, left, right, min_log_ratio=min_log_ratio) is not None:
                verdicts += 1
                assert left in lefts.get(word, ()) or right in rights.get(word, ())
    assert verdicts > 0


@pytest.mark.parametrize("min_log_ratio", [0.0, 1.0, 3.5, 6.0])
def test_decisive_gate_keeps_every_context_with_a_verdict(min_log_ratio: float) -> None:
    lefts, rights = decisive_neighbours(min_log_ratio)
    wide_lefts, wide_rights = evidence_neighbours()
    before, after = bigram_tables()
    rng = random.Random(int(min_log_ratio * 10))
    sets = confusion_sets()
    verdicts = 0
    for _ in range(3000):
        word = rng.choice(sorted(sets))
        alternative = rng.choice(sets[word])
        # neighbours the alternative is attested with, so that verdicts happen
        left = rng.choice(sorted(before.get(alternative, {"the": 0})))
        right = rng.choice(sorted(after.get(alternative, {"the": 0})))
        for context in ((left, right), (left, None), (None, right)):
            if judge(word, *context, min_log_ratio=min_log_ratio) is not None:
                verdicts += 1
                assert context[0] in lefts.get(word, ()) or context[1] in rights.get(word, ())
    assert verdicts > 0
    # narrower than the evidence gate, which it refines
    assert all(lefts[word] <= wide_lefts[word] for word in lefts)
    assert sum(map(len, rights.values())) < sum(map(len, wide_rights.values()))


@pytest.fixture(scope="module")
def delete_index() -> dict[str, set[str]]:
    """The SymSpell delete index the distance-2 search replaces."""
    index: dict[str, set[str]] = {}
    for word, count in word_counts().items():
        if count < FAR_SUGGESTION_MIN_COUNT or not word.isalpha():
            continue
        index.setdefault(word, set()).add(word)
        for deleted in set(_deletes(word)):
            index.setdefault(deleted, set()).add(word)
    return index


@pytest.mark.parametrize(
    "word",
    ["goverzmant", "accomodatoin", "qwertyuiop", "hte", "aple", "ca\nt", "x", "", "thier",
     "parliamnet", "informaiton", "becuase", "wierdly", "zzzzz"],
)
def test_far_candidates_match_the_delete_index(
    word: str, delete_index: dict[str, set[str]]
) -> None:
    expected = set(delete_index.get(word, ()))
    for deleted in _deletes(word):
        expected.update(delete_index.get(deleted, ()))
    assert _far_candidates(word) == expected
    # suggest keeps them all without measuring: each is within two edits
    assert all(edit_distance(word, candidate) <= 2 for candidate in expected)


def test_sentence_lookup_matches_bisect_on_first_tokens() -> None:
    # the fast paths find a token's sentence by bisect on first tokens
    analysis = analyse(Document("s", "Title here\nOne two. Three four!\n\n“Five” six seven."))
    starts = [sentence.first_token for sentence in analysis.sentences]
    for index in range(len(analysis.token_texts)):
        which = bisect.bisect_right(starts, index) - 1
        assert analysis.sentences[which].first_token <= index < analysis.sentences[which].end_token


def test_real_word_errors_still_found_after_the_gate() -> None:
    analysis = analyse(Document("r", "Brief\nThe prices were higher then expected, and nothing knew happened."))
    kinds = {(f.kind, f.text, f.suggestion) for f in TyposScorer().find(analysis)}
    assert ("real_word_error", "then", "than") in kinds
    assert ("real_word_error", "knew", "new") in kinds
    assert not math.isnan(TyposScorer().score(analysis).score)


def test_wordfreq_reader_agrees_with_wordfreq() -> None:
    wordfreq = pytest.importorskip("wordfreq")
    from credscore.spelling import FOREIGN_MIN_FREQUENCY, wordfreq_words

    ours = set(wordfreq_words("sv", "small", lambda frequency: frequency >= FOREIGN_MIN_FREQUENCY))
    theirs = {
        word
        for word, frequency in wordfreq.get_frequency_dict("sv", wordlist="small").items()
        if frequency >= FOREIGN_MIN_FREQUENCY
    }
    assert ours == theirs
    assert not re.search(r"\s", "".join(sorted(ours)[:100]))
