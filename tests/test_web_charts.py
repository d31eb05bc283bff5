"""SVG charts: shapes in proportion to the numbers, labels escaped, empty data said in words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from rawi.web.charts import outlet_chart, share_chart, timeline_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup: object) -> ET.Element:
    return ET.fromstring(str(markup))


def test_timeline_bars_are_proportional() -> None:
    svg = parse(timeline_chart([("2024-01", 2), ("2024-02", 4), ("2024-03", 1)], "label"))
    heights = [float(r.get("height")) for r in svg.iter(f"{SVG}rect")]
    assert heights[1] == 2 * heights[0] == 4 * heights[2]
    assert svg.get("role") == "img" and svg.find(f"{SVG}title").text == "label"


def test_share_chart_widths_add_up() -> None:
    svg = parse(share_chart([("نفي", 1, "#c00"), ("إفادة", 3, "#00c")], "مواقف"))
    bars = [float(r.get("width")) for r in svg.iter(f"{SVG}rect") if r.get("height") == "28"]
    assert bars == [160.0, 480.0]
    assert "نفي: 1 (25%)" in "".join(svg.itertext())


def test_outlet_chart_shows_the_anonymous_share() -> None:
    svg = parse(outlet_chart([("أ", 10, 5), ("ب", 4, 0), ("ج", 3, 3)], "منافذ"))
    widths = [float(r.get("width")) for r in svg.iter(f"{SVG}rect")]
    full = widths[0]
    assert widths == [full, full / 2, full, 0.0, full, full]
    assert "50% من 10" in "".join(svg.itertext())


def test_labels_are_escaped() -> None:
    for markup in (
        timeline_chart([("<script>", 1)], "<b>"),
        share_chart([("<img onerror=x>", 1, '"><script>')], "t"),
        outlet_chart([("<i>x</i>", 2, 1)], "t"),
    ):
        assert not re.search(r"<(script|img|i|b)[ >]", str(markup))
        parse(markup)


def test_no_data_is_said_in_words() -> None:
    assert "لا توجد" in timeline_chart([], "t")
    assert "لا توجد" in share_chart([("x", 0, "#000")], "t")
    assert "لا توجد" in outlet_chart([], "t")


def test_a_month_axis_keeps_the_empty_months() -> None:
    from rawi.web.charts import with_empty_months

    filled = with_empty_months([("2023-11", 2), ("2024-02", 5)])
    assert filled == [("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 5)]
    assert with_empty_months([]) == []
