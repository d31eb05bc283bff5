"""HTML fragments (feed item content) -> plain text with one paragraph per line."""

from __future__ import annotations

import re
from html import unescape

from lxml import etree, html

BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
    }
)  # fmt: skip
DROPPED = ("script", "style", "noscript", "template")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")


def html_to_text(fragment: str) -> str:
    """The readable text of an HTML fragment: block elements break lines, scripts are dropped."""
    if "<" not in fragment:
        return _tidy(unescape(fragment))
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    for element in list(root.iter(*DROPPED)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    """Collapse runs of spaces, strip each line, and drop empty lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
