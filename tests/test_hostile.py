"""Hostile and broken text: any Python ``str`` gives a schema-valid report with no error, and
every writer (JSONL, JSON, CSV, table) gets it out without crashing.

Big inputs are marked ``slow`` (deselect with ``-m 'not slow'``); together they stay within
about twenty seconds. Whether time grows linearly is benchmarks/linearity.py's job.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import credscore
from credscore import Report
from credscore.cli import EXIT_OK, main
from credscore.output import jsonl_line
from credscore.strategies import GeneratedArticle, articles, hostile_texts
from support import assert_valid_report, schema_errors

ARTICLE = (
    "Council approves harbour plan\n"
    "The city council approved the plan on Tuesday, Mayor Ana Novak said.\n"
    "“We will keep residents informed,” she said. Critics argue it may cost more.\n"
)

C0_C1 = "".join(chr(c) for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])
ZERO_WIDTH_AND_BIDI = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

CASES: dict[str, str] = {
    "empty": "",
    "one space": " ",
    "whitespace only": " \t\n\r\n\u3000\xa0\u2003\n\n",
    "newlines only": "\n" * 500,
    "NUL bytes": "\x00" * 1000,
    "NUL inside words": ARTICLE.replace("a", "a\x00"),
    "C0 and C1 controls": C0_C1 * 20,
    "controls between sentences": ARTICLE.replace(". ", ".\x1b\x07\x0b\x0c "),
    "lone high surrogate": "\ud800",
    "lone surrogates in text": ARTICLE.replace("council", "coun\udcffcil") + "\ud83d end",
    "surrogate only lines": "\udc80\n\udfff\n\ud800",
    "zero-width and bidi marks": ZERO_WIDTH_AND_BIDI * 50,
    "zero-width inside words": ARTICLE.replace("i", "i\u200b").replace("e", "\u202ee\u202c"),
    "combining marks": "e" + "\u0301" * 5000,
    "zalgo words": " ".join("w" + "\u0336\u0301\u0317" * 20 for _ in range(200)),
    "decomposed accents": unicodedata.normalize("NFD", "Aminata Ouédraogo a déclaré: « Ça va. »"),
    "CRLF line ends": ARTICLE.replace("\n", "\r\n"),
    "lone CR line ends": ARTICLE.replace("\n", "\r"),
    "mixed and unicode line ends": ARTICLE.replace("\n", "\u2028") + "\x85\u2029\x0b\x0c",
    "Chinese": "北朝鮮の指導者は火曜日に声明を発表した。" * 50,
    "Arabic": "قال المتحدث باسم الحكومة إن الجسر سيُعاد فتحه. " * 50,
    "Hindi": "सरकार के प्रवक्ता ने कहा कि पुल फिर से खुलेगा। " * 50,
    "Russian": "Представитель правительства сказал, что мост откроется. " * 50,
    "Thai without spaces": "รัฐบาลกล่าวว่าสะพานจะเปิดอีกครั้ง" * 50,
    "mixed scripts": "Kim Jong-il 金正日 김정일 Ким Чен Ир said: “平壤”. " * 30,
    "emoji": "🙂👍🏽👨‍👩‍👧‍👦🇳🇴🏳️‍🌈" * 300,
    "emoji between words": ARTICLE.replace(" ", " 🔥 "),
    "astral letters": "𝐓𝐡𝐞 𝐜𝐨𝐮𝐧𝐜𝐢𝐥 𝐬𝐚𝐢𝐝. " * 100,
    "unclosed quotes": "“He said " * 2000,
    "nested quotes": "“‘" * 2000 + "word" + "’”" * 2000,
    "quote marks only": "\"'“”‘’«»„‟‹›" * 500,
    "abbreviation storm": "Mr. Dr. U.S. St. Jr. a.m. " * 2000,
    "numbers everywhere": "1,000,000.5 $412 million 30% 1978–79 " * 2000,
    "capitalised names": "Kim Jong Un Ana Novak Li Wei " * 2000,
    "comment markers": "Reply\n5 years ago\nNotify of\n47 Comments\nLoad more comments\n" * 300,
    "one word lines": "\n".join(["Word"] * 5000),
    "very long word": "a" * 200_000,
    "very long number": "9" * 200_000,
    "hyphen and apostrophe runs": "a-" * 50_000 + "b'" * 50_000,
}


def check(text: str) -> Report:
    report = credscore.score(text, id="hostile")
    assert report.error is None, report.error
    assert report.score is not None and 0 <= report.score <= 100
    assert_valid_report(report.to_dict(), text)
    # the JSONL writer escapes lone surrogates; the line reads back to the same report
    line = jsonl_line(report)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert Report.from_dict(json.loads(line)) == report
    return report


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_text_gives_a_valid_report(name: str) -> None:
    report = check(CASES[name])
    assert report.stats.chars == len(CASES[name])


def test_empty_text_is_neutral() -> None:
    report = check("")
    assert report.segments == ()
    assert report.stats.words == report.stats.sentences == 0
    assert all(not result.findings for result in report.scorers.values())


@given(hostile_texts(max_repeats=500))
def test_generated_hostile_runs(text: str) -> None:
    check(text)


HOSTILE_PIECES = [
    "\x00",
    "\ud800",
    "\u202e",
    "\u200b",
    "\r",
    "\r\n",
    "“",
    '"',
    "\u0301",
    "🙂",
    "\x85",
]


@given(
    articles(),
    st.lists(
        st.tuples(st.integers(min_value=0), st.sampled_from(HOSTILE_PIECES)),
        max_size=12,
    ),
)
def test_articles_with_hostile_characters_inserted(
    article: GeneratedArticle, inserts: list[tuple[int, str]]
) -> None:
    text = article.text
    for position, piece in inserts:
        at = position % (len(text) + 1)
        text = text[:at] + piece + text[at:]
    check(text)


# --- big inputs --------------------------------------------------------------------------------
# Each runs in a subprocess with a generous timeout: a superlinear scorer makes these take
# hours, and the suite should then fail with a name instead of hanging. (Whether time grows
# linearly is measured by benchmarks/linearity.py; this is only a guard against a hang.)

TEN_MB = 10 * 1024 * 1024
BIG_TIMEOUT = 300  # seconds; these take well under 20 s together on a linear pipeline


def _ten_megabyte_line() -> str:
    # words, names, numbers, quotes and abbreviations, but never a newline or a sentence end
    unit = "Officials said on Tuesday that Mr. Kim “may” reopen 30,000 bridges, according to CNN; "
    return (unit * (TEN_MB // len(unit) + 1))[:TEN_MB]


BIG_INPUTS: dict[str, Callable[[], str]] = {
    "one 10 MB line": _ten_megabyte_line,
    'a million "': lambda: '"' * 1_000_000,
    "a million .": lambda: "." * 1_000_000,
    "a million “": lambda: "“" * 1_000_000,
    "a million '": lambda: "'" * 1_000_000,
    "quotes nested 100,000 deep": lambda: (
        "“‘«" * 100_000 + "the bridge may reopen" + "»’”" * 100_000
    ),
}


def check_big(name: str) -> None:
    """Run in the subprocess: build the input, score and check it."""
    text = BIG_INPUTS[name]()
    if name == "one 10 MB line":
        assert "\n" not in text and len(text) == TEN_MB
    assert check(text).stats.chars == len(text)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(BIG_INPUTS))
def test_big_hostile_input(name: str) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import test_hostile; "
        "test_hostile.check_big(sys.argv[2])"
    )
    tests = str(Path(__file__).resolve().parent)
    try:
        run = subprocess.run(
            [sys.executable, "-c", script, tests, name],
            capture_output=True,
            text=True,
            timeout=BIG_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"scoring {name} did not finish in {BIG_TIMEOUT} s: superlinear somewhere")
    assert run.returncode == 0, run.stderr[-3000:]


# --- every writer survives hostile ids and texts ------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_cli_writers_with_hostile_ids_and_texts(tmp_path: Path, fmt: str) -> None:
    corpus = tmp_path / "hostile.jsonl"
    records = [
        {"id": name + "\ud800\n\x00\u202e", "text": text}
        for name, text in sorted(CASES.items())
        if len(text) < 20_000
    ]
    # json.dumps escapes lone surrogates as \\udXXX, which is valid JSON
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["score", "--jsonl", str(corpus), "--format", fmt, "-o", str(out)]) == EXIT_OK
    data = out.read_bytes()
    data.decode("utf-8")  # always valid UTF-8 on disk
    if fmt == "jsonl":
        reports = [json.loads(line) for line in data.splitlines()]
        assert [r["id"] for r in reports] == [r["id"] for r in records]
        assert all(schema_errors(r) == [] and r["error"] is None for r in reports)
    elif fmt == "json":
        assert [r["id"] for r in json.loads(data)] == [r["id"] for r in records]
