"""A headline joins the lead it restates: one speaker, one reporting verb, however worded.

"Rebels announce truce" over "The rebels announced on Monday a ceasefire with the army ..."
share neither a word nor a close sentence vector, yet the headline is the lead's one-line
summary. The speaker's first statement in the body, made with the headline's reporting verb
(its lemma in the extractor's cue lexicon, the plain verbs of saying left out: see
data/headlines.json), is the claim the headline restates.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from rawi.arabic.normalize import match_key
from rawi.claims.features import claim_text
from rawi.claims.mentions import Mention
from rawi.claims.pairs import clashes
from rawi.statements.english.lexicon import english
from rawi.statements.lexicon import arabic

_DATA = json.loads(resources.files("rawi.claims").joinpath("data/headlines.json").read_text("utf-8"))
PLAIN_VERBS = frozenset(match_key(w) for w in _DATA["plain_verbs"])
_LEADS = ("و", "ف")  # a conjunction glued to an Arabic cue: وأعلنت


@lru_cache(maxsize=4096)
def cue_lemma(cue: str, lang: str) -> str:
    """The lemma of a reporting cue as the extractor's lexicon of `lang` has it (match key), or ""
    for a cue it does not list (a colon): "أعلنت" and "تعلن" -> "اعلن", "announced" -> "announce"."""
    if lang == "en":
        found = english().cues.get(" ".join(cue.lower().split()))
        return match_key(found.lemma) if found is not None else ""
    key = match_key(cue)
    cues = arabic().cues
    form = cues.get(cue) or cues.get(key)
    if form is None and key.startswith(_LEADS):
        form = cues.get(key[1:])
    return match_key(form.lemma) if form is not None else ""


def _lead_of(
    headline: Mention, body: list[tuple[int, Mention]], speakers: Sequence[str], h: int
) -> int | None:
    """The body statement a headline statement restates: its speaker's first one in the body, when
    it asserts with the headline's (not plain) reporting verb and nothing in them clashes."""
    lemma = cue_lemma(headline.cue, headline.lang)
    if not lemma or lemma in PLAIN_VERBS:
        return None
    first = next(((b, m) for b, m in body if speakers[b] == speakers[h]), None)
    if first is None:
        return None
    b, lead = first
    if lead.stance != "assert" or cue_lemma(lead.cue, lead.lang) != lemma:
        return None
    return None if clashes(claim_text(headline), claim_text(lead)) else b


def restatements(
    mentions: Sequence[Mention], speakers: Sequence[str], among: Iterable[int]
) -> list[tuple[int, int]]:
    """(headline, lead) index pairs in the articles of the mentions `among` (speakers: each
    mention's speaker identity, by index): each headline assertion with the lead it restates."""
    articles: dict[str, list[int]] = defaultdict(list)
    for i in among:
        articles[mentions[i].article_id].append(i)
    edges = []
    for members in articles.values():
        ordered = sorted(members, key=lambda i: mentions[i].seq)
        body = [(i, mentions[i]) for i in ordered if not mentions[i].in_headline]
        for h in ordered:
            m = mentions[h]
            if (
                m.in_headline
                and m.stance == "assert"
                and (lead := _lead_of(m, body, speakers, h)) is not None
            ):
                edges.append((h, lead))
    return edges
