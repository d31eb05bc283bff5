"""Feed HTML fragments become plain text, one paragraph per line."""

from rawi.sources.markup import html_to_text


def test_paragraphs_and_breaks_become_lines():
    assert html_to_text("<p>قال <b>الوزير</b></p><p>ثانيا<br>ثالثا</p>") == "قال الوزير\nثانيا\nثالثا"


def test_scripts_and_styles_are_dropped():
    assert html_to_text("<p>ok</p><script>alert(1)</script><style>p{}</style>") == "ok"


def test_entities_in_plain_text_are_unescaped():
    assert html_to_text("salt &amp; pepper") == "salt & pepper"


def test_broken_markup_still_gives_text():
    assert html_to_text("<p>open <b>never closed") == "open never closed"
    assert html_to_text("") == ""
