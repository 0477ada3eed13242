from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from credscore import Document, analyse
from credscore.analysis import TOKEN_RE


def test_sentences_and_tokens_of_a_short_article() -> None:
    text = (
        "Big Headline Here\n\nMr. Smith said on Jan. 5 that 30,000 films were lost. They weren't.\n"
    )
    analysis = analyse(Document("d", text))
    assert [s.segment for s in analysis.sentences] == ["title", "body", "body"]
    sentences = [analysis.sentence_text(s) for s in analysis.sentences]
    assert sentences[1] == "Mr. Smith said on Jan. 5 that 30,000 films were lost."
    assert sentences[2] == "They weren't."
    assert "30,000" in analysis.token_texts and "weren't" in analysis.token_texts
    assert (
        analysis.sentence_of_token(analysis.token_texts.index("weren't")) is analysis.sentences[2]
    )


def test_only_the_article_is_tokenised() -> None:
    from credscore import Segment
    from credscore.segment import normalise_segments

    text = "Body text here.\nA comment below.\n"

    def segmenter(t: str) -> tuple[Segment, ...]:
        return normalise_segments(t, [Segment("body", 0, 16), Segment("comments", 16, len(t))])

    analysis = analyse(Document("d", text), segmenter)
    assert "comment" not in analysis.token_lower
    assert analysis.word_count == 3


@given(st.text())
def test_token_offsets_point_into_the_text(text: str) -> None:
    analysis = analyse(Document("d", text))
    for start, end, token in zip(
        analysis.token_starts, analysis.token_ends, analysis.token_texts, strict=True
    ):
        assert text[start:end] == token
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace()
    assert list(analysis.token_starts) == sorted(analysis.token_starts)


def test_token_pattern_is_linear_on_hostile_input() -> None:
    # a pathological input for naive number/word patterns must still tokenise quickly
    hostile = "1," * 50_000 + "x" + "a-" * 50_000 + "'" * 50_000
    tokens = TOKEN_RE.findall(hostile)
    assert "".join(tokens) == hostile
    assert tokens[0] == "1," * 49_999 + "1"
