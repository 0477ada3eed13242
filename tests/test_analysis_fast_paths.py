"""The analysis fast paths give exactly what the straightforward code gives.

* sentence splitting: lines whose every possible break is a sure one are split without
  Punkt's driver (``FastPunkt.plain_break``); compared with nltk's own ``span_tokenize``
  run on every stripped line;
* tokens: the character-class-led split pattern against ``TOKEN_RE.finditer``;
* noise line facts: the one-split path for long lines against the general code.
"""

from __future__ import annotations

import string

from hypothesis import example, given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from credscore.analysis import TOKEN_RE, _line_spans, _tokenize, sentence_spans
from credscore.noise_rules import MAX_BOILERPLATE_CHARS, _line_facts, noise_rules
from credscore.resources import read_lines


def _plain_punkt() -> PunktSentenceTokenizer:
    parameters = PunktParameters()
    parameters.abbrev_types = set(read_lines("abbreviations.txt"))
    return PunktSentenceTokenizer(parameters)


PLAIN = _plain_punkt()


def reference_sentences(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    spans = []
    for line_start, line_end in _line_spans(text, start, len(text) if end is None else end):
        for start, end in PLAIN.span_tokenize(text[line_start:line_end]):
            spans.append((line_start + start, line_start + end))
    return spans


WORDS = st.sampled_from(
    ["said", "It", "no", "Mr", "etc", "U", "ab", "Élan", "naïve", "x", "3", "co-op", "don't",
     "art", "Zoë", "İstanbul", "x²", "ǅemal", "THE", "e.g", "Inc", "Jan", "St", "vs", "2023",
     "10", "1990s", "٣", "3,5"]
)
MARKS = st.sampled_from([".", ".", "?", "!", "...", "", "?!", ".."])
CLOSERS = st.sampled_from(
    ["", "", "", '"', "'", ")", "”", "’", "»", "“", "‘", "«", "]", "}", ";", ":", ",", "-",
     "--", '""', ".”", "(", "*"]
)
OPENERS = st.sampled_from(["", "", "", '"', "“", "(", "'", "‘", "["])
# "\x1c".."\x1f": str.isspace and re's \s take them for white space, nltk's regex module
# does not ("said.\x1csaid.. said" is one sentence for Punkt); the shortcut must agree.
SPACES = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", "", "\n", " \n ", "\x85", "\r",
                          "\x1c", "\x1d", "\x1e", "\x1f"])
PIECE = st.tuples(OPENERS, WORDS, MARKS, CLOSERS, SPACES).map("".join)


@given(st.lists(PIECE, max_size=30).map("".join))
@example("said.\x1csaid.. said")
def test_sentence_spans_equal_punkt_per_line(text: str) -> None:
    assert sentence_spans(text, 0, len(text)) == reference_sentences(text)


PROSE = st.sampled_from(
    ["said.", "said", "It.", 'quote."', "end.”", "Why?", "no!'", "(x.)", "Mr.", "A.", "3.5",
     "well,", "—", 'quote.",', "end.”,", "said.'s", "x.”;", 'said."--', "said.--", "said.-x",
     "“Next", '"Next', '")', "”", "' ", "“", "said.”)", "so.)", "so?]", "wow!»", "Jan.", "ok.",
     "2023.", "In", "in", "10.", "(x)", "1.", "ǅ", "said.;", "said.:", "said.(x", "said.*", "said.@", "said.\n", 'said."\n', "said.  ", "said.\t", "said.”\u00a0", "said.”x", 'said."?']
)


@settings(max_examples=300)
@given(st.lists(PROSE, max_size=40), st.sampled_from([" ", "", "  "]))
def test_sentence_spans_on_plain_prose(pieces: list[str], space: str) -> None:
    text = space.join(pieces)
    assert sentence_spans(text, 0, len(text)) == reference_sentences(text)


@example('He said. "Next one." It ended.” So')
@given(st.lists(PROSE, max_size=12).map(" ".join))
def test_sentence_spans_of_a_segment_that_ends_inside_a_line(text: str) -> None:
    # a plug-in segmenter may cut a line anywhere: nothing after the segment's end counts
    for end in range(len(text) + 1):
        assert sentence_spans(text, 0, end) == reference_sentences(text, 0, end)


TOKEN_TEXT = st.text(
    alphabet=string.ascii_letters[:6] + "0123456789.,:-'’_ \n\t\u00a0()\"“”é²½三", max_size=80
)


@given(TOKEN_TEXT)
def test_tokens_equal_token_pattern(text: str) -> None:
    starts, ends, texts = _tokenize(text, 0, len(text))
    expected = [match.span() for match in TOKEN_RE.finditer(text)]
    assert list(zip(starts, ends, strict=True)) == expected
    assert texts == [text[start:end] for start, end in expected]


LINE_WORDS = st.sampled_from(
    ["This", "material", "may", "not", "be", "published,", "broadcast,", "ALL", "RIGHTS",
     "RESERVED", "reserved.", "Send", "tips", "to", "•", "-", "1.", "İİ", "Σ", "word:",
     "x" * 120, "Share", "Reply", "http://example.com/a-long-link-to-somewhere", "said."]
)


@given(st.lists(LINE_WORDS, min_size=1, max_size=70),
       st.sampled_from([" ", "  ", " \t", "\u00a0 "]), st.sampled_from(["", "\n", " \n"]))
def test_long_line_facts_equal_general_code(words: list[str], space: str, end: str) -> None:
    from credscore import noise_rules as module

    line = space.join(words) + end
    rules = noise_rules()
    fast = _line_facts(line, rules)
    general = _general_line_facts(module, line, rules)
    assert fast == general
    if len(line) > MAX_BOILERPLATE_CHARS:
        assert fast.normalised == "" or fast.chars <= MAX_BOILERPLATE_CHARS


def _general_line_facts(module: object, line: str, rules: object) -> object:
    """The general code: the same function with the long-line path switched off."""
    original = module._long_line_facts  # type: ignore[attr-defined]
    module._long_line_facts = lambda line, rules: None  # type: ignore[attr-defined]
    try:
        return module._line_facts(line, rules)  # type: ignore[attr-defined]
    finally:
        module._long_line_facts = original  # type: ignore[attr-defined]
