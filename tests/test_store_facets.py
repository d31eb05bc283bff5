"""Facet tokens: what a statement is filed under, and the tokens a date range asks for."""

from __future__ import annotations

import pytest

from rawi.store.facets import any_of, date_tokens, facet_tokens, outlet_token


def test_statement_facets() -> None:
    tokens = facet_tokens("deny", "direct", "anonymous", "2018-10-19", "bbc arabic").split()
    assert tokens[:5] == ["stancedeny", "quotedirect", "kindanonymous", "y2018", "m201810"]
    assert tokens[5] == outlet_token("bbc arabic") != outlet_token("bbc")
    assert facet_tokens("assert", "indirect", "person", None, None) == "stanceassert quoteindirect kindperson"
    assert facet_tokens("assert", "mixed", "document", "2019", None).split()[3:] == ["y2019"]


@pytest.mark.parametrize(
    ("since", "until", "tokens"),
    [
        ("2017-11", "2019-02-15", ["m201711", "m201712", "y2018", "m201901", "m201902"]),
        ("2018", "2018", ["y2018"]),
        ("2018-03-05", "2018-03-20", ["m201803"]),
        ("2019", "2018", []),
    ],
)
def test_date_ranges(since: str, until: str, tokens: list[str]) -> None:
    assert date_tokens(since, until) == tokens


def test_open_ranges_reach_the_bounds() -> None:
    assert date_tokens("2098-12", None) == ["m209812", "y2099"]
    assert date_tokens(None, "1900-02") == ["m190001", "m190002"]


def test_any_of() -> None:
    assert any_of(["y2018", "m201901"]) == 'facets : ("y2018" OR "m201901")'
    assert any_of([]) == 'facets : "nomatch"'
