"""Candidate pairs by blocking (shared entity, time window) and the same-claim decision.

Inside each block mentions are sorted by day and each is compared with the next ones
while they fall in the window, up to a fixed number: work grows linearly, never as all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rawi.claims.clauses import claim_clause, claim_words, says_no, tenses_clash
from rawi.claims.countries import states
from rawi.claims.features import Features, one_speaker, propositions
from rawi.claims.frames import (
    CASUALTIES,
    FRAME_PREFIX,
    PERSONAL,
    SHARED_DEEDS,
    VIOLENT,
    casualty_cause,
    deeds_agree,
    doer_named_apart,
    frame,
    frames_compatible,
    frames_join,
    one_member,
    places_differ,
)
from rawi.claims.predicates import judges_a_report, predicates_agree
from rawi.claims.text import (
    CONCEPT_PREFIX,
    NOT_THINGS,
    containment,
    counted_keys,
    dating_years,
    jaccard,
    negated,
    numbers,
    spans_of_time,
    times_ago,
)

WINDOW_DAYS = 14
FRAME_DAYS = 2  # outlets tell one deed within days; a like deed by one doer weeks later is another
FRAME_BLOCK = f"w:{FRAME_PREFIX}"
NEIGHBOURS = 40
COUNT_AT = 5  # a count this high or higher tells one deed from another ("18 targets")
YEAR_FROM = 1900  # a number from here on may be a year


@dataclass(frozen=True)
class Thresholds:
    """When two texts say the same thing: one strong signal, or enough evidence added up.

    Evidence is cosine + containment_weight * word containment, plus same_speaker when one
    speaker says both in different articles, or in a headline and its article (otherwise a
    speaker's next sentence is rarely a repetition); tuned on tests/data/claims_gold.jsonl.
    """

    cosine_high: float = 0.88
    jaccard_high: float = 0.5
    combined: float = 0.9
    combined_across: float = 1.1  # two outlets on one event share its words: more evidence needed
    containment_weight: float = 0.8
    same_speaker: float = 0.15
    lexical_only_containment: float = 0.6
    reaction_overlap: float = 0.3
    core_overlap: float = 0.5
    min_words: int = 3  # shorter texts ("its support") need one speaker and near-identical words


def candidate_pairs(
    features: Features,
    members: Iterable[int],
    window: int = WINDOW_DAYS,
    neighbours: int = NEIGHBOURS,
    only: set[int] | None = None,
) -> Iterator[tuple[int, int]]:
    """Each pair of `members` that shares a block key and lies within `window` days, once (with
    `only`, just the pairs that hold one of those: the same pairs, found from them alone). A frame
    block pairs reports of different articles only: frames join nothing within an article."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for key in features.keys[i]:
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for key, block in blocks.items():
        across = key.startswith(FRAME_BLOCK)
        block.sort(key=lambda i: features.days[i] or 0)
        if only is None:
            starts: Iterable[int] = range(len(block))
        else:
            mine = [pos for pos, i in enumerate(block) if i in only]
            if not mine:
                continue
            starts = sorted({p for pos in mine for p in range(max(0, pos - neighbours), pos + 1)})
        for pos in starts:
            i = block[pos]
            day_i = features.days[i]
            for j in block[pos + 1 : pos + 1 + neighbours]:
                day_j = features.days[j]
                if day_i is not None and day_j is not None and day_j - day_i > window:
                    break
                if only is not None and i not in only and j not in only:
                    continue
                if across and features.articles[i] == features.articles[j]:
                    continue
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def similarity(features: Features, i: int, j: int) -> tuple[float, float, float]:
    """(cosine, jaccard, containment) of two mentions' texts; cosine is 0 without vectors."""
    cosine = 0.0
    if features.vectors is not None:
        cosine = float(features.vectors[i] @ features.vectors[j])
    wi, wj = features.words[i], features.words[j]
    return cosine, jaccard(wi, wj), containment(wi, wj)


def claim_similarity(features: Features, i: int, j: int) -> tuple[float, float, float]:
    """`similarity` over what two texts claim, wording aside (synonyms and states as one key;
    worked out only for the pairs that get this far, and once per text)."""
    cosine = 0.0
    if features.vectors is not None:
        cosine = float(features.vectors[i] @ features.vectors[j])
    pi, pj = propositions(features.texts[i]), propositions(features.texts[j])
    if features.langs[i] == features.langs[j] and _of_different_things(pi, pj):
        return cosine, 0.0, 0.0
    return cosine, jaccard(pi, pj), containment(pi, pj)


def _of_different_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two texts say one predicate of different things ("shepherds killed in the valley" / "border
    guards killed"): each names something besides concepts, and they share no such word (read in
    one language only: two languages share no word)."""
    things_a = {key for key in a if not key.startswith(CONCEPT_PREFIX) and key not in NOT_THINGS}
    things_b = {key for key in b if not key.startswith(CONCEPT_PREFIX) and key not in NOT_THINGS}
    return bool(things_a and things_b) and things_a.isdisjoint(things_b)


def evidence(features: Features, i: int, j: int, t: Thresholds) -> float:
    """Added-up evidence that two mentions say the same thing (see Thresholds)."""
    cosine, _jacc, cont = claim_similarity(features, i, j)
    repeats = features.articles[i] != features.articles[j] or features.headline[i] or features.headline[j]
    bonus = t.same_speaker if repeats and features.speakers[i] == features.speakers[j] else 0.0
    return cosine + t.containment_weight * cont + bonus


def same_claim(features: Features, i: int, j: int, t: Thresholds) -> bool:
    """Whether two mentions assert the same thing (numbers, times told back from the day, places
    named after a place noun, and the states named as actors, when both give some, must agree:
    "Turkish jets struck" is not "Russian jets struck"; a negated and an affirmative text, or a
    text about a report and one about the event, only on a near-identical meaning; very short
    texts only from one speaker, and only on near-identical words or meaning: "the truce" is not
    a longer sentence that mentions it)."""
    ni, nj = features.nums[i], features.nums[j]
    if ni and nj and not ni & nj:
        return False
    ti, tj = times_ago(features.texts[i]), times_ago(features.texts[j])
    if ti and tj and not ti & tj:
        return False  # "two years ago" / "two days ago"
    if places_differ(features.texts[i], features.texts[j]):
        return False  # "in the city of X" / "in the city of Y"
    if _same_frame(features, i, j) or _one_counted_deed(features, i, j):
        return True
    return _says_same(features, i, j, t) and _actors_agree(features, i, j) and _agree(features, i, j, t)


def _same_frame(features: Features, i: int, j: int) -> bool:
    """Whether two reports of different articles tell one deed by one doer (`frames_join`: "the
    agency killed him" / "accused Russian intelligence of the murder"), with no shared word
    needed, as long as their polarity, predicates, tense and kind (an event, not a report of it)
    agree."""
    return _frames_may_join(features, i, j) and _frames_join(features, i, j)


def _one_counted_deed(features: Features, i: int, j: int) -> bool:
    """Whether two reports of different articles tell one violent deed with one count of what it
    hit ("قصفت 18 هدفا للجماعة" / "ضربت ثمانية عشر موقعا للجماعة"): the same numbers, one of them
    a count of things (COUNT_AT or more, no year, no span of time or age: "35 عاما"), the same
    deed and no doer named apart, and a thing both name besides concepts (the target or the
    place); with what any two frames must share (`_frames_may_join`)."""
    ni, nj = features.nums[i], features.nums[j]
    if not ni or ni != nj:
        return False
    ti, tj = features.texts[i], features.texts[j]
    if not any(_counts(n) for n in ni - spans_of_time(ti) - spans_of_time(tj)):
        return False
    fi, fj = frame(ti), frame(tj)
    if fi.deed not in VIOLENT or fi.deed == CASUALTIES or not deeds_agree(fi.deed, fj.deed):
        return False
    if (
        fi.pattern
        or fj.pattern
        or doer_named_apart(ti, tj)
        or (fi.doers and fj.doers and fi.doers.isdisjoint(fj.doers))
    ):
        return False
    things = [
        {k for k in propositions(t) if not k.startswith(CONCEPT_PREFIX) and k not in NOT_THINGS}
        for t in (ti, tj)
    ]
    return bool(things[0] & things[1]) and _frames_may_join(features, i, j)


def _counts(number: str) -> bool:
    """Whether a number is a count that tells one deed from another: COUNT_AT or more, no year."""
    try:
        value = float(number)
    except ValueError:
        return False
    return COUNT_AT <= value < YEAR_FROM


def _frames_may_join(features: Features, i: int, j: int) -> bool:
    """What two reports joined by their frames must share besides them: two articles, a few days
    apart, one kind (event or report of it), one polarity, predicate class and tense, and no
    date in another year for a deed a doer may repeat."""
    if features.articles[i] == features.articles[j] or features.meta[i] != features.meta[j]:
        return False
    di, dj = features.days[i], features.days[j]
    if di is None or dj is None or abs(di - dj) > FRAME_DAYS:
        return False
    ti, tj = features.texts[i], features.texts[j]
    if frame(ti).deed not in PERSONAL and _dated_elsewhere(features, i, j):  # one dies once
        return False
    if not predicates_agree(ti, tj) or _polarity_differs(features, i, j):
        return False
    headline = features.headline[i] or features.headline[j]
    return (headline or not tenses_clash(ti, tj)) and judges_a_report(ti) == judges_a_report(tj)


def linked_joins(
    features: Features, pairs: Iterable[tuple[int, int]], joined: list[tuple[int, int]], reports: set[int]
) -> list[tuple[int, int]]:
    """More same-claim pairs between two articles that some `joined` pair already links (they cover
    one event): two reports of one shared deed (a truce, talks, a pledge: `SHARED_DEEDS`) whose
    frames agree (`frames_compatible`), whoever says them and whether or not they name the
    parties; two counts of its casualties only as one count (`_one_count`); membership told of
    one person (`one_member`).
    Violent deeds are left out: one event holds many of them."""
    articles = features.articles
    linked = {(articles[a], articles[b]) for a, b in joined if articles[a] != articles[b]}
    linked |= {(b, a) for a, b in linked}
    done = set(joined)
    found = []
    for i, j in pairs:
        if (i, j) in done or i not in reports or j not in reports or (articles[i], articles[j]) not in linked:
            continue
        ti, tj = features.texts[i], features.texts[j]
        ni, nj = features.nums[i], features.nums[j]
        deed = frame(ti).deed
        if one_member(ti, tj) and _frames_may_join(features, i, j):
            found.append((i, j))
            continue
        if deed not in SHARED_DEEDS or (ni and nj and not ni & nj):
            continue
        if deed == CASUALTIES and not _one_count(ti, tj, ni, nj):
            continue
        if frames_compatible(ti, tj) and _frames_may_join(features, i, j):
            found.append((i, j))
    return found


def _one_count(a: str, b: str, na: frozenset[str], nb: frozenset[str]) -> bool:
    """Whether two counts of casualties may be one: the same numbers (or none), the same states
    named (whose dead they are), and one deed they fell to ("جراء الغارة" / "جراء الهجوم"), told by both."""
    return na == nb and states(a) == states(b) and deeds_agree(casualty_cause(a), casualty_cause(b))


def _agree(features: Features, i: int, j: int, t: Thresholds) -> bool:
    """What two texts that say the same by their words must also share (checked last, so only
    such pairs pay for it): their main clauses (what follows "in response to" or "because" is a
    cause, not the claim), their predicates ("killed" is not "died"), their tense outside a
    headline ("will sign" is not "signed"), and whether they judge a report ("his death is
    credible" is not "he died") unless they mean nearly the same."""
    ti, tj = features.texts[i], features.texts[j]
    cut = claim_words(ti) != features.words[i] or claim_words(tj) != features.words[j]
    if cut and _core_overlap(features, ti, tj) < t.core_overlap:
        return False
    if not predicates_agree(ti, tj) or doer_named_apart(ti, tj):
        return False
    headline = features.headline[i] or features.headline[j]  # a headline drops the tense
    if tenses_clash(ti, tj) and not headline:
        return False
    return judges_a_report(ti) == judges_a_report(tj) or similarity(features, i, j)[0] >= t.cosine_high


def _core_overlap(features: Features, a: str, b: str) -> float:
    """How much of the lighter of two main clauses the other holds, each word weighed by its
    rarity, and each state both name ("Tehran" / "Iran") or number both give ("40" / "أربعين")
    weighing as much as their mean word (a count's words, the number and what it counts, are no
    words of their own: "40 شخصا" / "أربعين مصابا")."""
    ca, cb = claim_clause(a), claim_clause(b)
    wa, wb = claim_words(a) - counted_keys(ca), claim_words(b) - counted_keys(cb)
    shared = len(states(ca) & states(cb)) + len(numbers(ca) & numbers(cb))
    words = wa | wb
    typical = features.weight(words) / len(words) if words else 0.0
    lighter = min(features.weight(wa), features.weight(wb)) + typical * shared
    return (features.weight(wa & wb) + typical * shared) / lighter if lighter else 0.0


def _frames_join(features: Features, i: int, j: int) -> bool:
    """`frames_join` of two reports: by their doers, or said by one named speaker in one script (a
    name in two scripts is a weaker identity); a violent deed told by one speaker without a doer
    must also be told of the same things ("shepherds killed" is not "guards killed", see
    `_of_different_things`)."""
    ti, tj = features.texts[i], features.texts[j]
    own = (features.own[i], features.own[j])
    if frames_join(ti, tj, own=own):
        return True
    if not one_speaker(features, i, j) or _latin(ti) != _latin(tj) or not frames_join(ti, tj, True, own):
        return False
    deed = frame(ti).deed
    return (deed not in VIOLENT and deed not in PERSONAL) or not _of_different_things(
        propositions(ti), propositions(tj)
    )


def _latin(text: str) -> bool:
    """Whether a text is written in Latin letters (English), not Arabic ones."""
    return not any("\u0600" <= ch <= "\u06ff" for ch in text)


def _dated_elsewhere(features: Features, i: int, j: int) -> bool:
    """Whether either text is dated to a year other than that of its own day ("قتله عام 2009" said
    this year): it tells a past deed, not the one of the day. A year that names a thing ("حرب
    2014", see `dating_years`) dates nothing."""
    for k in (i, j):
        day = features.days[k]
        if day is not None and dating_years(features.texts[k]) - {str(date.fromordinal(day).year)}:
            return True
    return False


def _actors_agree(features: Features, i: int, j: int) -> bool:
    """Whether the states two texts name as actors, when both name some, share one (checked last:
    only pairs that say the same otherwise pay for it)."""
    si, sj = states(features.texts[i], actors=True), states(features.texts[j], actors=True)
    return not (si and sj) or bool(si & sj)


def _polarity_differs(features: Features, i: int, j: int) -> bool:
    """Whether one main clause says no and the other does not (a text with no negation word at
    all says yes: only texts holding one are read for their main clause)."""
    ni, nj = features.negated[i], features.negated[j]
    if not (ni or nj):
        return False
    return (ni and says_no(features.texts[i])) != (nj and says_no(features.texts[j]))


def _says_same(features: Features, i: int, j: int, t: Thresholds) -> bool:
    """The evidence part of `same_claim`: short texts, report or event, meaning and words, and
    polarity (read last, for pairs that pass on the rest, and only below a near-identical meaning)."""
    short = min(len(features.words[i]), len(features.words[j])) < t.min_words
    if short and features.speakers[i] != features.speakers[j]:
        return False
    cosine, jacc, cont = claim_similarity(features, i, j)
    if short:
        return jacc >= t.jaccard_high or cosine >= t.cosine_high
    if features.meta[i] != features.meta[j]:
        return cosine >= t.cosine_high
    if cosine >= t.cosine_high:
        return True
    if features.vectors is None:
        same = jacc >= t.jaccard_high or (cont >= t.lexical_only_containment and jacc >= t.jaccard_high / 2)
    else:
        same = jacc >= t.jaccard_high or evidence(features, i, j, t) >= _bar(features, i, j, t)
    return same and not _polarity_differs(features, i, j)


def _bar(features: Features, i: int, j: int, t: Thresholds) -> float:
    """The evidence two texts need: more from two outlets in one language (they share the event's
    words whatever they say), the base bar in one article or across languages (no shared words)."""
    across = features.articles[i] != features.articles[j]
    return t.combined_across if across and features.langs[i] == features.langs[j] else t.combined


def same_reaction(features: Features, i: int, j: int, t: Thresholds) -> bool:
    """Two denials (or confirmations) by one speaker in one article, on overlapping words or meaning."""
    if features.articles[i] != features.articles[j] or features.speakers[i] != features.speakers[j]:
        return False
    cosine, _jacc, cont = similarity(features, i, j)
    return max(cosine, cont) >= t.reaction_overlap


@lru_cache(maxsize=1 << 16)
def _facts(text: str) -> tuple[frozenset[str], bool]:
    """A claim text's numbers and whether its main clause says no (cached: a text meets many)."""
    return numbers(text), negated(text) and says_no(text)


def clashes(a: str, b: str) -> bool:
    """Whether two claim texts can never be one claim, however a chain of paraphrases links them:
    each gives numbers and they share none ("12 killed" / "30 killed"), they use one predicate
    family with no class in common ("killed" / "died"), one main clause says no and the other yes,
    one names who did a violent deed and the other does not (see `doer_named_apart`), one tells
    what will happen and the other what was ("his death will delay the talks" / "he died"), each
    tells a time back from its day and they share no unit ("two years ago" / "two days ago"), or
    each names places after a place noun and they share none ("in the village of X" / "of Y")."""
    (na, noa), (nb, nob) = _facts(a), _facts(b)
    ta, tb = times_ago(a), times_ago(b)
    return (
        bool(na and nb and not na & nb)
        or noa != nob
        or not predicates_agree(a, b)
        or doer_named_apart(a, b)
        or tenses_clash(a, b)
        or bool(ta and tb and not ta & tb)
        or places_differ(a, b)
    )
