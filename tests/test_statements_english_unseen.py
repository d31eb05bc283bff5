"""Constructions of wire and newspaper English met on unseen news, each with sentences written for
these tests (no text of any corpus or gold set)."""

from __future__ import annotations

import pytest

from test_statements_english import extract, one


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "via"),
    [
        (
            "The central bank will hold rates steady, the Evening Star reported, citing three people "
            "with knowledge of the discussions.",
            "reported",
            "three people with knowledge of the discussions",
            ("Evening Star",),
        ),
        (
            "The rebels have seized the airport, state television said on Sunday, quoting an army officer.",
            "said",
            "army officer",
            ("state television",),
        ),
        (
            "The minister will resign, local media reported, citing sources in his party.",
            "reported",
            "sources in his party",
            ("local media",),
        ),
        (
            "The deal is worth two billion dollars, the Morning Tribune reported on Monday, citing people "
            "familiar with the matter.",
            "reported",
            "people familiar with the matter",
            ("Morning Tribune",),
        ),
    ],
)
def test_a_citing_phrase_after_an_inverted_attribution_names_who_spoke(
    body: str, cue: str, speaker: str, via: tuple[str, ...]
):
    s = one(extract(body), cue)
    assert (s.speaker, s.via, s.speaker_kind) == (speaker, via, "anonymous")
    assert s.content == body.split(",")[0]


def test_a_citing_phrase_with_a_reason_keeps_the_outlet_as_speaker():
    s = one(extract("Flights will be cancelled, the Daily Ledger reported, citing bad weather."), "reported")
    assert (s.speaker, s.via) == ("Daily Ledger", ())
