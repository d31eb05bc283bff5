"""Highlighting escapes every segment and marks speaker, cue and content where they are."""

from __future__ import annotations

import re

from rawi.web.highlight import describe, highlight, locate_marks


def url(name: str) -> str:
    return "/speakers/" + name


TEXT = "قال الوزير إن الحرب انتهت. وأضاف الوزير أن السلام قريب."


def stmt(content: str, speaker: str = "الوزير", cue: str = "قال", **more: object) -> dict:
    start = TEXT.index(content)
    return {"speaker": speaker, "cue": cue, "content": content, "start": start, "end": start + len(content),
            "stance": "assert", **more}  # fmt: skip


def test_speaker_cue_and_content_are_found_near_each_statement() -> None:
    marks = locate_marks(TEXT, [stmt("الحرب انتهت"), stmt("السلام قريب", cue="أضاف")])
    found = {(m.index, m.kind): TEXT[m.start : m.end] for m in marks}
    assert found == {
        (0, "content"): "الحرب انتهت", (0, "cue"): "قال", (0, "speaker"): "الوزير",
        (1, "content"): "السلام قريب", (1, "cue"): "أضاف", (1, "speaker"): "الوزير",
    }  # fmt: skip
    second_speaker = next(m for m in marks if m.index == 1 and m.kind == "speaker")
    assert second_speaker.start > TEXT.index("وأضاف")  # the nearest mention, not the first


def test_highlight_marks_and_links() -> None:
    html = str(highlight(TEXT, [stmt("الحرب انتهت")], url))
    assert '<a class="hl-speaker" href="/speakers/الوزير">الوزير</a>' in html
    assert '<span class="hl-cue">قال</span>' in html
    assert 'class="hl-content stance-assert"' in html and ">الحرب انتهت</mark>" in html


def test_every_segment_is_escaped() -> None:
    text = 'قال <b onclick="x()">فلان</b> إن <script>alert(1)</script> & "كذا".'
    start = text.index("<script>")
    statement = {"speaker": '<b onclick="x()">فلان</b>', "cue": "قال", "content": text[start:-1],
                 "start": start, "end": len(text) - 1, "stance": "deny",
                 "target": "<img onerror=y>"}  # fmt: skip
    html = str(highlight(text, [statement], url))
    assert "<script>" not in html and "<b " not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;كذا&#34;" in html


def test_nested_statements_and_bad_offsets() -> None:
    outer = stmt("الحرب انتهت. وأضاف الوزير أن السلام قريب")
    inner = stmt("السلام قريب", cue="أضاف")
    broken = {"speaker": "س", "cue": "قال", "content": "؟", "start": 50, "end": 999}
    html = str(highlight(TEXT, [outer, inner, broken], url))
    assert html.count('data-s="2"') == 1 and html.count('data-s="1"') >= 2
    assert 'data-s="3"' not in html
    assert re.search(r'<mark [^>]*data-s="1"[^>]*><mark [^>]*data-s="2"[^>]*>السلام قريب</mark></mark>', html)


def test_the_text_is_unchanged_apart_from_markup_and_numbers() -> None:
    import html as html_lib

    rendered = str(highlight(TEXT, [stmt("الحرب انتهت"), stmt("السلام قريب", cue="أضاف")], url))
    without_refs = re.sub(r'<a class="hl-ref"[^>]*>\d+</a>', "", rendered)
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", without_refs)) == TEXT


def test_describe_names_every_field_in_arabic() -> None:
    line = describe({"speaker": "س", "speaker_role": "وزير", "speaker_kind": "anonymous", "cue": "نفى",
                     "quote_type": "direct", "stance": "deny", "hedged": True, "via": ["أ", "ب"],
                     "target": "تقرير", "date": "2024-01-02"})  # fmt: skip
    for part in ("س", "وزير", "مصدر مجهول", "نفى", "مباشر", "نفي", "متحفظ", "أ ← ب", "تقرير", "2024-01-02"):
        assert part in line
