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


def _forms(word: str) -> tuple[str, ...]:
    """The word and what is left once one conjunction or preposition and an article go."""
    found = [word]
    if word.startswith(_LEADS) and len(word) > 4:
        found.append(word[1:])
    for form in list(found):
        for article in ARTICLE_FORMS:
            if form.startswith(article) and len(form) - len(article) >= 3:
                found.append(form[len(article) :])
                break
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def predicate_classes(text: str) -> frozenset[tuple[str, str]]:
    """The (family, class) pairs the text's main clause uses ("اغتيل القائد" -> death/killing)."""
    found = set()
    for word in main_clause(text).split():
        for form in _forms(word):
            if form in _CLASS_OF:
                found.add(_CLASS_OF[form])
                break
    return frozenset(found)


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
    return any(not _CREDIBILITY.isdisjoint(_forms(word)) for word in main_clause(text).split())
