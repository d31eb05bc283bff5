"""Predicates that tell two claims about one event apart (data/predicates.json).

"The leader was killed" and "the leader died" share their subject and most words; "the border
crossing closed" and "the border crossing reopened" too. Each family holds classes of such
words; two texts that use one family but no common class of it say different things.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from rawi.arabic.normalize import ARTICLE_FORMS, CONJUNCTIONS, PREPOSITIONS, match_key
from rawi.claims.clauses import main_clause

_DATA = json.loads(resources.files("rawi.claims").joinpath("data/predicates.json").read_text("utf-8"))
_CLASS_OF: dict[str, tuple[str, str]] = {
    match_key(form): (family, name)
    for family, classes in _DATA["families"].items()
    for name, forms in classes.items()
    for form in forms
}
_LEADS = tuple(CONJUNCTIONS + PREPOSITIONS)
_REPORTS = json.loads(resources.files("rawi.claims").joinpath("data/reports.json").read_text("utf-8"))
_CREDIBILITY = frozenset(match_key(" ".join(_REPORTS["credibility"])).split())


def _written(form: str) -> set[str]:
    """How a form may be written with one conjunction or preposition and an article before it."""
    fronted = {form} | {article + form for article in ARTICLE_FORMS}
    return fronted | {lead + f for lead in _LEADS for f in fronted}


_CLASS_WRITTEN = {written: key for form, key in _CLASS_OF.items() for written in _written(form)}
_CREDIBILITY_WRITTEN = frozenset(written for form in _CREDIBILITY for written in _written(form))


@lru_cache(maxsize=1 << 16)
def predicate_classes(text: str) -> frozenset[tuple[str, str]]:
    """The (family, class) pairs the text's main clause uses ("اغتيل القائد" -> death/killing)."""
    return frozenset(_CLASS_WRITTEN[w] for w in main_clause(text).split() if w in _CLASS_WRITTEN)


def predicates_agree(a: str, b: str) -> bool:
    """Whether no family is used by both texts with no class in common."""
    pa, pb = predicate_classes(a), predicate_classes(b)
    if not (pa and pb):
        return True
    families = {f for f, _ in pa} & {f for f, _ in pb}
    return all({c for f, c in pa if f == family} & {c for f, c in pb if f == family} for family in families)


@lru_cache(maxsize=1 << 16)
def judges_a_report(text: str) -> bool:
    """Whether the main clause says how credible something is ("وفاة القائد تتسم بالمصداقية"):
    the text judges a report, it does not tell the event."""
    return not _CREDIBILITY_WRITTEN.isdisjoint(main_clause(text).split())
