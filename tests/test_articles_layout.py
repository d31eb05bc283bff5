"""Units of a text: lines for web scrapes, paragraphs for hard-wrapped wire copy."""

from pathlib import Path

from rawi.articles.layout import units

WRAPPED_WIRE = Path(__file__).parent / "data" / "wrapped_wire.txt"  # our own invented wire text


def test_one_unit_per_line_with_trimmed_offsets():
    text = "  عنوان الخبر  \n\nقال الوزير إن الخطة جاهزة.\n وأضاف أن التنفيذ قريب.\n"
    assert [text[s:e] for s, e in units(text)] == [
        "عنوان الخبر",
        "قال الوزير إن الخطة جاهزة.",
        "وأضاف أن التنفيذ قريب.",
    ]


def test_blank_text_has_no_units():
    assert units(" \n\n\t\n") == []


def test_wrapped_text_is_joined_into_indented_paragraphs():
    lines = [
        "MARKETS RALLY ON RATE CUT",
        "1987-05-04",
        "NEW YORK, May 4 - Stock markets rallied strongly on Monday",
        "after the central bank announced a cut in its discount rate",
        "of half a percentage point, traders in the city said today.",
        '    "This is the news the market was waiting for," said one',
        "senior trader at a large brokerage house in the downtown",
        "district, adding that volume had been unusually heavy too.",
        "    Analysts expect further gains later in the week if the",
        "economic figures due on Thursday confirm a slower economy.",
        " Reuter",
    ]
    text = "\n".join(lines)
    found = [text[s:e] for s, e in units(text)]
    assert found[:2] == lines[:2]
    assert len(found) == 6
    assert found[2].startswith("NEW YORK") and found[2].endswith("traders in the city said today.")
    assert found[-1] == "Reuter"


def test_crlf_and_lone_cr_line_ends_give_the_same_lines():
    for end in ("\r\n", "\r"):
        text = end.join(["عنوان الخبر", "", "قال الوزير إن الخطة جاهزة.", "وأضاف أن التنفيذ قريب."])
        assert [text[s:e] for s, e in units(text)] == [
            "عنوان الخبر",
            "قال الوزير إن الخطة جاهزة.",
            "وأضاف أن التنفيذ قريب.",
        ]


def test_wrapped_text_of_short_indented_paragraphs_is_joined():
    text = WRAPPED_WIRE.read_text(encoding="utf-8")
    found = [text[s:e] for s, e in units(text)]
    assert len(found) == 7
    assert found[3].startswith('"We won') and found[3].endswith('come next year."')
