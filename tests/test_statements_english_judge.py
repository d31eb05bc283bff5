"""Judgements on one statement: hedging, quote type, target, date and told-outlet."""

from __future__ import annotations

import pytest

from rawi.statements import build
from rawi.statements.english.judge import day_words, hedged, quote_type, target, told_outlet
from rawi.statements.english.lexicon import english
from rawi.statements.english.text import Block


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("prices might fall", True),
        ("the deal is reportedly near", True),
        ("output is expected to rise", True),
        ("prices fell sharply", False),
    ],
)
def test_hedges_in_content(content: str, expected: bool):
    assert hedged(content, False, english()) is expected


def test_quote_types():
    text = 'He said "we will win the vote" and "soon".'
    block = Block(0, len(text), "paragraph", ((8, 29), (35, 40)))
    assert quote_type(text, 9, 29, block) == "direct"
    assert quote_type(text, 3, 41, block) == "mixed"
    assert quote_type(text, 0, 7, block) == "indirect"


def test_target_is_a_report_phrase_or_the_whole_content():
    lex = english()
    assert target("press reports suggesting a bid", "deny", lex) == "press reports suggesting a bid"
    assert target("the reports, which ran on Monday", "deny", lex) == "the reports"
    assert target("the company was for sale", "deny", lex) == "the company was for sale"
    assert target("prices rose", "assert", lex) is None


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (" today ", "1987-03-20"),
        (" yesterday", "1987-03-19"),
        (" last Sunday ", "1987-03-15"),
        (" on Friday", "1987-03-20"),
        ("", None),
    ],
)
def test_statement_dates_from_a_friday(frame: str, expected: str | None):
    assert build.statement_date(day_words(frame), "1987-03-20", build.english()) == expected


def test_told_outlet_skips_the_article_own_agency():
    lex = english()
    assert told_outlet(" Reuters ", ("Reuter",), lex) == ()
    assert told_outlet(" the Financial Times ", ("Reuter",), lex) == ("Financial Times",)


def test_a_capitalised_marker_hedges_but_the_month_may_does_not():
    assert hedged("Perhaps the talks will resume", False, english())
    assert not hedged("the talks resumed in May", False, english())
    assert not hedged("sales rose more than expected", False, english())
