"""The page metadata rawi uses (title, site name, URL, date), read by trafilatura's own readers.

trafilatura's `extract_metadata` also searches for authors, categories, tags and a licence,
which rawi never uses and which take most of its time (about 9 of 10 ms on a news page).
This runs the same readers, in the same order and with the same date settings, for the four
fields rawi keeps; a test holds the result equal to `extract_metadata` on real pages.
The readers are module functions of `trafilatura.metadata`, not its documented API, so
pyproject.toml pins trafilatura below the next minor version, to be raised once that test passes on it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_LOG: Final = logging.getLogger(__name__)


def page_metadata(tree: HtmlElement, url: str | None) -> Any:
    """A trafilatura Document holding the page's title, sitename, url and date (the rest unset).

    A reader that fails on odd markup leaves every field unset, as trafilatura's own extraction
    survives the same failure; the page's text is still read.
    """
    from trafilatura.settings import Document

    try:
        return _read(tree, url)
    except (TypeError, ValueError) as error:  # the errors trafilatura's bare_extraction absorbs
        _LOG.warning("page metadata unreadable: %s", error)
        return Document()


def _read(tree: HtmlElement, url: str | None) -> Any:
    """The four fields, read in extract_metadata's order."""
    from htmldate import find_date
    from trafilatura import metadata as readers
    from trafilatura.settings import set_date_params

    found = readers.examine_meta(tree)
    try:
        found = readers.extract_meta_json(tree, found)
    except Exception as error:  # trafilatura guards its JSON-LD reader the same way
        _LOG.warning("page JSON-LD metadata unreadable: %s", error)
    found.title = found.title or readers.extract_title(tree)
    found.url = found.url or readers.extract_url(tree, url)
    found.date = find_date(tree, **set_date_params(True), url=found.url)
    found.sitename = _sitename(found.sitename or readers.extract_sitename(tree), found.url)
    found.clean_and_trim()
    return found


def _sitename(name: str | None, url: str | None) -> str | None:
    """trafilatura's site-name touch-ups: no @ of a Twitter handle, capitalised, else the URL's host."""
    from trafilatura.metadata import META_URL

    if name:
        name = name.lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        return name
    match = META_URL.match(url) if url else None
    return match[1] if match else None
