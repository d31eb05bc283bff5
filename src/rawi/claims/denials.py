"""Denials and confirmations resolved to the statement they deny or confirm.

A reaction's target ("تقريرا لوكالة بلومبرغ", "ما تردد عن ...") is matched against the
reports that could be meant: in the same article first (a report quoted inside the denial
is the surest sign), then reports of other articles that share an entity and came no later.
A back-reference ("هذا تقرير خاطئ", "the story") takes the target of the denial before it,
or else the report just before it. A report is never the denier's own statement, and never a
statement that itself says no (a restatement of the denial, not what it rejects).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from rawi.arabic.normalize import match_key
from rawi.claims.clauses import claim_words
from rawi.claims.countries import DOER_HEADS, GOVERNMENT_WORDS, doers, government, governments, spans, states
from rawi.claims.features import Features
from rawi.claims.frames import deeds_agree, frame
from rawi.claims.headlines import PLAIN_VERBS, cue_lemma
from rawi.claims.mentions import Mention
from rawi.claims.pairs import similarity
from rawi.claims.speakers import generic
from rawi.claims.text import STOPWORDS, content_words, word_key
from rawi.statements.lexicon import arabic as arabic_lexicon

ACCEPT_SAME_ARTICLE = 0.5
INSIDE = 2.0  # a report quoted inside the denial beats any text evidence
ACCEPT_ELSEWHERE = 0.65
NAMED_BONUS = 0.5
SAME_ARTICLE_BONUS = 0.1
TOLD_BONUS = 0.2  # the named source made it with the verb the target names ("ما أعلنته")
AWAY_MARGIN = 0.5  # a report of another article beats one of the denial's own only by this much
ACCUSED_BONUS = 0.3  # a state denies a report naming it as the actor (see `_accuses`)
ECHO_BONUS = 0.3  # a report its speaker's like reaction in another outlet rejects (see `_echoed`)
TARGET_KEYS = 5  # the rarest words of a reaction's target that fetch reports from other articles
TARGET_NEIGHBOURS = 40  # reports fetched per word, the latest first
WINDOW_DAYS = 14  # a report older than this is not what a reaction answers
NAME_WORDS = 3  # a source's name is short; a longer speaker span runs into what it said
_WORDS = json.loads(resources.files("rawi.claims").joinpath("data/reactions.json").read_text("utf-8"))
GENERIC = content_words(" ".join(_WORDS["generic"] + _WORDS["falsity"] + _WORDS["counting"]))
BACK_REFERENCES = content_words(" ".join(_WORDS["back_references"]))
POINTERS = frozenset(match_key(" ".join(_WORDS["back_references"])).split())
DEMONSTRATIVES = frozenset(match_key(" ".join(_WORDS["demonstratives"])).split())
ATTRIBUTIONS = frozenset(word_key(w) for w in match_key(" ".join(_WORDS["attributions"])).split())
RELATIVES = frozenset(match_key(" ".join(_WORDS["relatives"])).split())
PREPOSITIONS = frozenset(match_key(" ".join(_WORDS["prepositions"])).split())


def _denial_verbs() -> frozenset[str]:
    """Every form of the extractor's denial verbs (نفى، نفت، ينفي ...), with و/ف before them."""
    forms = [
        form
        for form, cue in arabic_lexicon().cues.items()
        if cue.stance == "deny" and cue.form_class in ("verb", "participle")
    ]
    keys = match_key(" ".join(forms)).split()
    return frozenset(k for key in keys for k in (key, "و" + key, "ف" + key))


DENIAL_VERBS = _denial_verbs()
REFUSALS = frozenset(
    k
    for form, cue in arabic_lexicon().cues.items()
    if cue.stance == "deny" and match_key(cue.lemma) == match_key("رفض")
    for key in match_key(form).split()
    for k in (key, "و" + key, "ف" + key)
)  # "رفضت": a denial of a claim ("رفضت الاتهامات"), or a refusal of a deed ("رفضت قبول الطالب")
AFFIRMATIONS = frozenset(match_key(" ".join(_WORDS["affirmations"])).split())
APPROVALS = frozenset(match_key(" ".join(_WORDS["approvals"])).split())
RECIPIENT_WORDS = 3  # "أكد لمراسلنا في العاصمة صحة النبأ": the recipient before what is confirmed
REPORT_POINTERS = POINTERS - DEMONSTRATIVES  # "صحة", "الخبر", "التقارير": words that name a report
RELATED = RELATIVES | frozenset(match_key("ما لما بما مما").split())  # "ما أعلنته": what a source said
UNTRUTHS = [tuple(match_key(u).split()) for u in _WORDS["untruths"]]
UNTRUTH_LEADS = frozenset(u[0] for u in UNTRUTHS)  # the first word of each, as written ("عدم", "لا")
UNTRUTH_REACH = 3  # "عدم صحة هذه الأنباء": what is said false follows the untruth within three words
_CONTRASTS = [tuple(match_key(c).split()) for c in _WORDS["contrasts"]]
AGAINST_SPEAKER = [f" {match_key(a)} " for a in _WORDS["against_speaker"]]
SPEAKING_WORDS = frozenset(match_key(" ".join(_WORDS["speaking_words"])).split())
BODY_WORDS = 2  # words of a speaker's body a denial must name: "وزارة الدفاع"
OWN_WORDS = tuple(f"{match_key(w)} " for w in _WORDS["own_words"])
ALLEGATIONS = frozenset(match_key(" ".join(_WORDS["allegation_nouns"])).split())
FABRICATIONS = frozenset(match_key(" ".join(_WORDS["fabrications"])).split())
BODY_PREPOSITIONS = frozenset(match_key("في من لدى باسم at of for from in").split())
SPEAKS_FOR = frozenset(match_key("باسم في لدى for at").split())  # "المتحدث باسم X": X speaks
UNNAMED_SOURCES = frozenset(match_key(" ".join(_WORDS["unnamed_sources"])).split())
TIMES_BACK = frozenset(match_key(" ".join(_WORDS["times_back"])).split())
REPLY_FRAMES = [tuple(match_key(f).split()) for f in _WORDS["reply_frames"]]
_CLAUSE_BREAKS = re.compile("[،,؛;]")
_MARKS = "[\u064b-\u0652\u0640]*"  # diacritics and tatweel, which may sit between any two letters
_STEMS = sorted({w.removesuffix("ة") for w in _WORDS["fabrications"]}, key=len, reverse=True)


def _stems_search(stems: list[str]) -> re.Pattern[str]:
    """A search for any of `stems` in any letter case, marks allowed between their letters."""
    return re.compile("|".join(_MARKS.join(map(re.escape, stem)) for stem in stems) or "(?!)", re.IGNORECASE)


# A case-blind search is slow where letters have case, so the stems written in such letters
# (English) are looked for only in a text holding one of their first letters: an Arabic statement,
# most of a store, never pays for it.
_FABRICATION_STEMS = _stems_search([stem for stem in _STEMS if stem.lower() == stem.upper()])
_CASED_STEMS = [stem for stem in _STEMS if stem.lower() != stem.upper()]
_CASED_FABRICATION_STEMS = _stems_search(_CASED_STEMS)
_CASED_FIRST_LETTERS = re.compile(
    "[" + "".join(sorted({re.escape(stem[0]) for stem in _CASED_STEMS})) + "]" if _CASED_STEMS else "(?!)",
    re.IGNORECASE,
)


def _by_lead(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, so a scan tries only those a text's word can open."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return found


_UNTRUTHS_BY_LEAD = _by_lead(UNTRUTHS)
_CONTRASTS_BY_LEAD = _by_lead(_CONTRASTS)


def asserted_part(text: str) -> list[str]:
    """The match keys of a text up to its first contrast ("X، إلا أن Y" gives X): a report that
    goes on to tell of a denial still asserts what it said first."""
    words = match_key(text).split()
    for i, word in enumerate(words):
        if any(tuple(words[i : i + len(c)]) == c for c in _CONTRASTS_BY_LEAD.get(word, ())):
            return words[:i]
    return words


NEGATIONS = frozenset(match_key("لم لا ليس لن غير لسنا ليست not no never").split())


@dataclass(frozen=True)
class Link:
    """A reaction (deny/confirm) and the mention it reacts to, with how it was found."""

    reaction: int
    target: int
    score: float
    method: str  # inside | text | same-article


def attributed(target: str) -> frozenset[str]:
    """The words of a target that can name a source: the few after an attribution ("ما نشرته
    صحيفة X", "مزاعم X", "المزاعم التي تحدثت عنها X", "a report by X"); a denial's other words say
    what it rejects, not who said it."""
    return content_words(_source_phrase(target))


def _source_phrase(target: str) -> str:
    """The match-key words after a target's attributions, joined: the source they name ("ما أعلنته
    الحكومة الكندية" gives "الحكومه الكنديه")."""
    words = match_key(target).split()
    return " ".join(
        w for i, word in enumerate(words) if word_key(word) in ATTRIBUTIONS for w in _source(words[i + 1 :])
    )


def _source(rest: list[str]) -> list[str]:
    """The words that open with an attribution's possessor ("مزاعم المغرب"), up to what it alleged
    (`_alleged`), past a relative clause's pronoun and verb or participle ("التي تحدثت عنها",
    "الموجهة إليها"); none when a preposition leads into what was alleged ("ادعاءات بقصف ...",
    "مزاعم حول ...")."""
    i = 0
    while i < len(rest) and (
        rest[i] in RELATIVES
        or word_key(rest[i]) in ATTRIBUTIONS
        or _resumptive(rest[i])
        or (i + 1 < len(rest) and _resumptive(rest[i + 1]))
    ):
        i += 1
    if i == len(rest) or rest[i].startswith("ب") or rest[i] in STOPWORDS:
        return []
    name = rest[i : i + NAME_WORDS]
    ends = (k for k, w in enumerate(name) if w in STOPWORDS or w in TIMES_BACK or _alleged(w, k))
    return next((name[:k] for k in ends), name)


def _alleged(word: str, k: int) -> bool:
    """Whether a word after a source's first one opens what it alleged: a noun led by ب that names
    no state ("مزاعم الحكومة بتزوير ...", not "مزاعم حكومة بريطانيا")."""
    return k > 0 and word.startswith("ب") and not states(word)


def _resumptive(word: str) -> bool:
    """A preposition carrying a pronoun ("عنها", "عليه"): in a relative clause it points back, the
    source follows it."""
    return any(word.endswith(p) and word[: -len(p)] in PREPOSITIONS for p in ("ها", "ه", "هم"))


@lru_cache(maxsize=1 << 14)
def name_words(name: str) -> frozenset[str]:
    """The content words of a source's name: its first NAME_WORDS words, and as many after a
    preposition among them that places a description in a body ("مسؤول كبير في الحكومة الكندية",
    "an official at the ministry"): the body is who speaks."""
    words = name.split()
    head = words[:NAME_WORDS]
    at = next((k for k, w in enumerate(head) if match_key(w) in BODY_PREPOSITIONS), None)
    body = words[at + 1 : at + 1 + NAME_WORDS] if at is not None else []
    return content_words(" ".join(head + body))


def _named(m: Mention, source: str) -> bool:
    """Whether the source a reaction's target attributes (`_source_phrase`) names this report's
    source: a body, outlet or intermediary sharing its words, or a speaker standing for the state
    it names ("ما أعلنته الحكومة الكندية" and a report by "أوتاوا")."""
    names = [*m.via, m.reporter, spoken_for(m)] + ([m.speaker] if m.speaker_kind != "person" else [])
    words = content_words(source)
    if any(name_words(n) & words for n in names if n):
        return True
    state = government(source)
    return state is not None and state == government(m.speaker, m.speaker_role)


@lru_cache(maxsize=1 << 12)
def names_only_source(target: str) -> bool:
    """Whether a target says nothing but whose report it is and when ("لما ذكرته الشرطة مساء
    أمس"): a relative and a verb of reporting, the source, pointers and a time told back,
    so a report by any other source is not it (an allegation noun, "مزاعم الشرطة", may be relayed
    by anyone)."""
    source = _source_phrase(target)
    keys = match_key(target).split()
    if not source or source.split()[0] in UNNAMED_SOURCES:
        return False  # "ما نشرته وسائل إعلام" names no one in particular
    if not any(b in RELATED and word_key(w) in ATTRIBUTIONS for b, w in pairwise(keys)):
        return False  # "مزاعم الشرطة" is what the police alleged, whoever relays it
    words = [
        w for w in match_key(target).split()
        if not _pointer(w) and word_key(w) not in ATTRIBUTIONS and w not in TIMES_BACK
    ]  # fmt: skip
    return content_words(" ".join(words)) <= content_words(source) | GENERIC


@lru_cache(maxsize=1 << 12)
def source_verb(target: str, lang: str) -> str:
    """The lemma of the reporting verb a target attributes its report with ("ما أعلنته الحكومة"
    gives "اعلن"), or "" when it names none or a plain verb of saying ("ما قاله", "ما نشرته")."""
    for word in target.split():
        if word_key(match_key(word)) in ATTRIBUTIONS and (lemma := cue_lemma(word, lang)):
            return "" if lemma in PLAIN_VERBS else lemma
    return ""


def _told_so(reaction: Mention, report: Mention) -> bool:
    """Whether a report was made the way the reaction's target says its source made it: "ما أعلنته
    الحكومة" is the government's announcement, not its accusation or its warning; a report told
    with a plain verb of saying or with no verb (a colon) may be either."""
    verb = source_verb(reaction.target or "", reaction.lang)
    lemma = cue_lemma(report.cue, report.lang) if verb else ""
    return not lemma or lemma in PLAIN_VERBS or lemma == verb


@lru_cache(maxsize=1 << 16)
def _says_no(content: str) -> bool:
    """Whether a statement tells of a denial in what it asserts ("الوزارة نفت ذلك") or opens with a
    negation ("لم أستمع"): it agrees with a denial, it is not its target. Cached: one report is
    weighed against many reactions."""
    words = asserted_part(content)
    told = any(w in DENIAL_VERBS and not _refuses_a_deed(words, k) for k, w in enumerate(words))
    return told or bool(set(match_key(content).split()[:3]) & NEGATIONS)


def _refuses_a_deed(words: list[str], k: int) -> bool:
    """Whether the denial verb at `k` refuses a deed rather than a claim: a form of رفض whose
    object is no allegation, report or pointer ("رفضت قبول الطالب", not "رفضت الاتهامات")."""
    if words[k] not in REFUSALS or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    return not (_bare(nxt) in ALLEGATIONS or _pointer(nxt) or nxt in DEMONSTRATIVES)


def score_target(mentions: list[Mention], features: Features, r: int, c: int) -> tuple[float, str]:
    """How likely report `c` is what reaction `r` reacts to, and which evidence says so: meaning,
    or the share of the reaction's words (and of its target's) that the report repeats."""
    rm, cm = mentions[r], mentions[c]
    if rm.article_id == cm.article_id and rm.start <= cm.start and cm.end <= rm.end:
        return INSIDE, "inside"
    if about_the_cause(features, rm, c):
        return 0.0, "cause"
    cosine, _jacc, _cont = similarity(features, r, c)
    source = _source_phrase(rm.target or "")
    target_words = content_words(rm.target or "") - GENERIC - content_words(source)
    said = features.words[r] - GENERIC
    covered = len(target_words & features.words[c]) / len(target_words) if target_words else 0.0
    repeated = len(said & features.words[c]) / len(said) if said else 0.0
    score = max(cosine, covered, repeated)
    if source and _named(cm, source) and _told_so(rm, cm):
        verb = source_verb(rm.target or "", rm.lang)
        score += NAMED_BONUS + TOLD_BONUS * bool(verb and cue_lemma(cm.cue, cm.lang) == verb)
    elif source and names_only_source(rm.target or ""):
        return 0.0, "unnamed"
    if rm.article_id == cm.article_id:
        score += SAME_ARTICLE_BONUS
    if _accuses(rm, cm) or _done_to_denier(rm, cm):
        score += ACCUSED_BONUS
    return score, "text"


def about_the_cause(features: Features, reaction: Mention, c: int) -> bool:
    """Whether what a reaction rejects lies in report `c`'s cause or added statement rather than
    in its claim clause (`claim_words`): "the ministry closed the port because the militia smuggled
    arms" denied as "the militia never smuggled anything" rejects the cause, another claim than the
    closure. Only the words that say what is rejected are weighed (`rejected_words`)."""
    words = features.words[c]
    claim = claim_words(features.texts[c])
    if claim == words:
        return False
    rejected = rejected_words(reaction)
    return features.weight(rejected & (words - claim)) > features.weight(rejected & claim)


@lru_cache(maxsize=1 << 14)
def rejected_words(reaction: Mention) -> frozenset[str]:
    """The words of what a reaction rejects (its target and its content), without those that name
    who denies it (its speaker, the state it speaks for) or who alleged it (the source its target
    attributes): every denial by a ministry names the ministry, whatever it denies."""
    text = f"{reaction.target or ''} {reaction.content}"
    words = content_words(text) - GENERIC
    own = governments(reaction.speaker, reaction.speaker_role)
    keys = match_key(text).split()
    naming = {keys[k] for i, size, state in spans(keys) if state in own for k in range(i, i + size)}
    who = content_words(f"{reaction.speaker} {' '.join(naming)} {_source_phrase(reaction.target or '')}")
    return words - who


def accused_side(reaction: Mention) -> str | None:
    """The state a denial says is accused, when it is the denier's own: it names the state it speaks
    for as an actor ("نفت أنقرة قصفا تركيا", not "قصف مصفاة بالرياض", a place), the accusations
    against itself ("الاتهامات الموجهة إليها") or the body it speaks for (`names_own_body`); else None."""
    state = government(reaction.speaker, reaction.speaker_role)
    if state is None:
        return None
    said = reaction.target or reaction.content
    if state in states(said, actors=True):
        return state
    return state if against_speaker(reaction) or names_own_body(reaction) else None


@lru_cache(maxsize=1 << 14)
def names_own_body(reaction: Mention) -> bool:
    """Whether a denial names the body its speaker speaks for ("لا تشن وزارة الدفاع غارات", said by
    a spokesman for the defence ministry): its organ words (two or more, who speaks and the state
    aside) in a row, not followed by another state."""
    words = match_key(reaction.speaker).split()
    in_state = {k for i, size, _state in spans(words) for k in range(i, i + size)}
    body = [
        _bare(w)
        for k, w in enumerate(words)
        if k not in in_state and w not in SPEAKING_WORDS and _bare(w) in GOVERNMENT_WORDS | DOER_HEADS
    ]
    if len(body) < BODY_WORDS:
        return False
    said = [_bare(w) for w in match_key(reaction.target or reaction.content).split()]
    found = {i for i, _size, _state in spans(said)}
    size = len(body)
    return any(said[i : i + size] == body and i + size not in found for i in range(len(said) - size + 1))


def against_speaker(reaction: Mention) -> bool:
    """Whether what a reaction rejects is the accusations against its speaker ("الاتهامات الموجهة
    إليها", "the allegations against him"): an accusation of it, not an account of the event."""
    padded = f" {match_key(reaction.target or reaction.content)} "
    return any(a in padded for a in AGAINST_SPEAKER)


def _accuses(reaction: Mention, report: Mention) -> bool:
    """Whether a state denies being the actor of a report: the denial says its own side is accused
    (`accused_side`) and the report, said by another side, names it as an actor ("the raid was most
    likely Turkish")."""
    state = accused_side(reaction)
    return (
        state is not None
        and state in states(report.content, actors=True)
        and state not in states(report.speaker)
    )


def _done_to_denier(reaction: Mention, report: Mention) -> bool:
    """Whether a report tells the deed a body denies as done to it or by it, naming it in full
    ("قصفت الطائرات مواقع لجماعة النسر" / "نفت جماعة النسر أن تكون الغارات أصابت مواقعها"): a
    body's name of two words or more, all in the report, and deeds of one family."""
    if reaction.speaker_kind == "person":
        return False
    name = content_words(reaction.speaker)
    if len(name) < BODY_WORDS or not name <= content_words(report.content):
        return False
    denied, told = frame(reaction.target or reaction.content), frame(report.content)
    return bool(denied.deed) and deeds_agree(denied.deed, told.deed)


def _accuses_of_deed(reaction: Mention, report: Mention) -> bool:
    """Whether a report accuses the denier's side of the deed its denial names ("لا تنفذ وزارة
    الدفاع ضربات" / "the raid was most likely American"): it names that side as the doer of a deed
    of the denial's kind, not as a party to something else ("a Russian-American accord")."""
    if not _accuses(reaction, report):
        return False
    denied, told = frame(reaction.target or reaction.content), frame(report.content)
    return deeds_agree(denied.deed, told.deed) and accused_side(reaction) in told.doers


def own_deed(reaction: Mention) -> bool:
    """Whether states deny a deed told without its doer ("نفت باريس ولندن قصف المطار", "denied
    shelling the port"): what they deny is having done it."""
    if not governments(reaction.speaker, reaction.speaker_role):
        return False
    told = frame(reaction.target or reaction.content)
    return bool(told.deed) and not told.doers


def _blames_another(reaction: Mention, report: Mention) -> bool:
    """Whether a report names as the doer of its deed only states other than the deniers': it
    agrees with their denial that they did not do it, it is not the accusation they reject."""
    doers = frame(report.content).doers
    return bool(doers) and doers.isdisjoint(governments(reaction.speaker, reaction.speaker_role))


def third_parties(reaction: Mention) -> frozenset[str]:
    """The states a denial names as the doers of what it rejects, other than its own side and the
    source it attributes the claim to ("نفت الوزارة أن تكون القوات التركية عبرت الحدود", not
    "المزاعم التي تحدثت عنها الحكومة التركية"): what it rejects is that they did it."""
    if accused_side(reaction) is not None:
        return frozenset()
    said = reaction.target or reaction.content
    named = doers(said)
    if not named:
        return named
    return named - governments(reaction.speaker, reaction.speaker_role) - states(_source_phrase(said))


def _names_actor(report: Mention, named: frozenset[str]) -> bool:
    """Whether a report, said by none of them, names one of these states as the doer: a report of
    the deed that names no doer is not the accusation a denial naming one rejects."""
    actors = states(report.content, actors=True)
    return not named.isdisjoint(actors) and named.isdisjoint(states(report.speaker))


def back_reference(m: Mention) -> bool:
    """Whether a reaction's target only points back ("ذلك", "هذا الخبر", "صحته"), or opens with
    a demonstrative and a noun ("هذا الخبر في حديث لقناة محلية")."""
    return points_back(m.target or m.content)


def points_back(text: str) -> bool:
    """Whether a text only points back at something said ("ذلك", "هذا الخبر", "صحته"), or opens
    with a demonstrative and a noun (see `back_reference`)."""
    words = match_key(text).split()
    if len(words) >= 2 and words[0] in DEMONSTRATIVES and (words[1] in POINTERS or words[1].startswith("ال")):
        return True
    pointing = any(w in POINTERS or (w.startswith("لل") and "ال" + w[2:] in POINTERS) for w in words)
    return pointing and content_words(text) <= BACK_REFERENCES | GENERIC


def only_points_back(m: Mention) -> bool:
    """Whether all a reaction says points back, its target and its content alike ("نفى ذلك", "نفيه
    للادعاءات", "تلك الاتهامات ادعاءات ..."): what it rejects was said just before it, whatever
    words the rest shares with other reports ("نفى المزاعم حول ..." names what it rejects)."""
    return points_back(m.target or m.content) and points_back(m.content)


def _restates(mentions: list[Mention], features: Features, r: int, p: int) -> bool:
    """Whether reaction `r` says again what reaction `p` of its article rejects: one speaker saying
    no again, words pointing at what was told ("كل هذه الشائعات"), or a word of what it rejects
    ("المصنع لم يلوث النهر قط" after "نفى المصنع أن تكون مياهه ملوثة للنهر")."""
    if _demonstrative(mentions[r]) or _same_speaker(mentions, features, r, p):
        return True
    return not target_words(mentions[r], features.words[r]).isdisjoint(
        target_words(mentions[p], features.words[p])
    )


def _demonstrative(m: Mention) -> bool:
    """Whether a reaction's target or content holds a demonstrative ("كل هذه الشائعات", "ما نشرته
    المواقع عن تلك القضية"): it speaks of something already told in its article."""
    return not DEMONSTRATIVES.isdisjoint(match_key(f"{m.target or ''} {m.content}").split())


def _lead(
    mentions: list[Mention], features: Features, r: int, reactions: list[int], links: dict[int, Link]
) -> Link | None:
    """The target of the first reaction of the body by the speaker of headline reaction `r` ("الوزارة
    تنفي دعم المتمردين" over "ونفت الوزارة أي تسليح للمتمردين عبر الحدود"): a headline sums up the
    denial its article tells, in fewer words, so its words alone may match another report better
    (a report quoted inside the headline itself still wins: see `resolve_targets`)."""
    body = [
        p
        for p in reactions
        if p in links
        and not mentions[p].in_headline
        and mentions[p].stance == mentions[r].stance
        and _same_speaker(mentions, features, r, p)
    ]
    if not body:
        return None
    first = min(body, key=lambda p: (mentions[p].start, -mentions[p].end))
    return Link(r, links[first].target, links[first].score, "headline")


def _antecedent(
    mentions: list[Mention], features: Features, r: int, before: list[int], links: dict[int, Link]
) -> Link | None:
    """What a reaction that only points back rejects: the nearest statement before it (`before`, in
    text order) that is a report it could reject, or a resolved reaction whose target it takes
    ("نفى الجيش أي مسؤولية عن ... وقال إن تلك الاتهامات ملفقة")."""
    for c in reversed(before):
        if mentions[c].is_reaction:
            if c in links:
                return Link(r, links[c].target, ACCEPT_SAME_ARTICLE, "back-reference")
        elif _eligible(mentions, features, r, c):
            return Link(r, c, ACCEPT_SAME_ARTICLE, "back-reference")
    return None


@lru_cache(maxsize=1 << 12)
def _affirms(cue: str) -> bool:
    """Whether a cue is an affirmation verb ("أكد", "confirmed"); cached: cues are few."""
    return match_key(cue) in AFFIRMATIONS


@lru_cache(maxsize=1 << 12)
def _approves(cue: str) -> bool:
    """Whether a cue is a form of أقر, which approves as often as it acknowledges."""
    return match_key(cue) in APPROVALS


def _approval(m: Mention) -> bool:
    """Whether a confirmation by أقر approves a thing ("أقر البرلمان الموازنة") rather than
    acknowledging what was said ("أقر بوجود أخطاء", "أقر أن ...", "أقر بصحة الخبر")."""
    words = match_key(m.content).split()
    return (
        bool(words)
        and not words[0].startswith("ب")
        and words[0] not in ("ان", "انه", "انها")
        and not (m.target and back_reference(m))
    )


def _of_a_report(m: Mention) -> bool:
    """Whether what a confirmation affirms is a report: it points back at one ("هذا الخبر"), names
    one ("صحة التقارير عن ...") or its source ("ما أعلنته الوزارة"), rather than a plain proposition
    ("يؤكدون نقل الموظف", said anew)."""
    words = match_key(m.target or m.content).split()
    return (
        back_reference(m)
        or not REPORT_POINTERS.isdisjoint(words)
        or any(word_key(w) in ATTRIBUTIONS and before in RELATED for before, w in pairwise(words))
    )


def _pointer(word: str) -> bool:
    """Whether a word points at something said ("هذه", "الأنباء") or opens what a source said ("ما"),
    a preposition before it or not ("للأنباء", "لما نشر")."""
    bare = "ال" + word[2:] if word.startswith("لل") else word[1:] if word[:1] in "لب" else word
    return any(w in POINTERS or w in RELATED for w in (word, bare))


def untruth(content: str) -> str | None:
    """What a statement says is false when it holds an untruth before a back-reference or a source
    ("أكدت عدم صحة هذه المزاعم" gives "هذه المزاعم", "لا صحة لما نشر" gives "لما نشر"): such a
    statement is a denial, whatever its verb; None when it holds none."""
    if UNTRUTH_LEADS.isdisjoint(content.split()):
        return None  # most statements call nothing untrue: no normalising, no scan
    words = asserted_part(content)
    for i, word in enumerate(words):
        for u in _UNTRUTHS_BY_LEAD.get(word, ()):
            end = i + len(u)
            if tuple(words[i:end]) == u and any(_pointer(w) for w in words[end : end + UNTRUTH_REACH]):
                return " ".join(words[end:])
    return None


def _bare(word: str) -> str:
    """A word without its article ("الاتهامات" gives "اتهامات"), when three letters or more remain."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def called_false(content: str) -> str | None:
    """The allegation a statement calls fabricated, an allegation noun and its falsity adjective in
    what it asserts ("يروجون اتهامات مفبركة" gives "اتهامات مفبركه", "spread false allegations"
    gives "false allegations"): such a statement denies what was alleged; None when it calls none so.
    A substring test rules out first the statements with no falsity word at all: most of a store."""
    if _FABRICATION_STEMS.search(content) is None and not (
        _CASED_FIRST_LETTERS.search(content) and _CASED_FABRICATION_STEMS.search(content)
    ):
        return None
    words = asserted_part(content)
    for a, b in pairwise(words):
        if (_bare(a) in ALLEGATIONS and _bare(b) in FABRICATIONS) or (a in FABRICATIONS and b in ALLEGATIONS):
            return f"{a} {b}"
    return None


def _reply_frame(words: list[str]) -> bool:
    """Whether words open with a reply frame ("تعليقا على", "ردا على"), a conjunction before it or not."""
    if words and words[0][:1] in "وف" and words[0][1:] and not any(words[0] == f[0] for f in REPLY_FRAMES):
        words = [words[0][1:], *words[1:]]
    return any(tuple(words[: len(f)]) == f for f in REPLY_FRAMES)


def replied(m: Mention) -> str | None:
    """What a denial fronted by a reply frame rejects ("تعليقا على القرار، وحول مزاعم الوزير بتهريب
    السلاح، تنفي الحركة هذه المزاعم" gives "مزاعم الوزير بتهريب السلاح"): the frame names what it
    reacts to (a decision, a question), what it rejects is said after the frame's clause, before
    the denial verb, or else after it up to the clause's end; None when its target opens with no
    frame or nothing follows it."""
    if m.stance != "deny" or not _reply_frame(match_key(m.target or m.content).split()):
        return None
    clauses = _CLAUSE_BREAKS.split(m.content)
    if not _reply_frame(match_key(clauses[0]).split()):
        return None
    before: list[str] = []
    for clause in clauses[1:]:
        words = match_key(clause).split()
        verb = next((k for k, w in enumerate(words) if w in DENIAL_VERBS), None)
        if verb is None:
            before += words
            continue
        before += words[:verb]
        return _topic(before if content_words(" ".join(before)) else words[verb + 1 :])
    return _topic(before)


def _topic(words: list[str]) -> str | None:
    """Words without the function words that open them ("وحول مزاعم ..." gives "مزاعم ..."), joined."""
    k = 0
    while k < len(words) and (words[k] in STOPWORDS or (words[k][:1] in "وف" and words[k][1:] in STOPWORDS)):
        k += 1
    return " ".join(words[k:]) or None


def reread(m: Mention) -> Mention:
    """The mention as a claim sees it: an affirmation whose object only points back at a report,
    past a recipient ("أكد لنا هذا الخبر", "confirmed the report"), confirms that report; one that
    affirms a plain proposition, or أقر approving a thing ("أقر البرلمان الموازنة"), is a plain
    statement; a statement calling what it points at untrue ("أكد عدم صحة هذه الأنباء") or an
    allegation fabricated ("يروجون اتهامات مفبركة") denies it; a denial fronted by a reply frame
    rejects what follows the frame (`replied`)."""
    if said := replied(m):
        return replace(m, target=said)
    if m.stance == "confirm" and (
        (_approves(m.cue) and _approval(m)) or (_affirms(m.cue) and not _of_a_report(m))
    ):
        return replace(m, stance="assert", target=None)
    if m.stance == "assert" and (false := untruth(m.content) or called_false(m.content)):
        return replace(m, stance="deny", target=false)
    if m.stance not in ("assert", "confirm") or not _affirms(m.cue):
        return m  # a confirmation the extractor found still loses its recipient ('أكد لنا هذا الخبر')
    words = match_key(m.content).split()
    start = 0
    if words and words[0].startswith("ل") and words[0] not in POINTERS:
        start = next((k for k, w in enumerate(words[: RECIPIENT_WORDS + 1]) if w in POINTERS), 0)
    rest = " ".join(words[start:])
    only_back = not POINTERS.isdisjoint(words[start:]) and content_words(rest) <= BACK_REFERENCES | GENERIC
    return replace(m, stance="confirm", target=rest) if rest and only_back else m


def _same_speaker(mentions: list[Mention], features: Features, r: int, c: int) -> bool:
    """Whether two statements have one speaker: one identity, one name inside the other
    ("الوزير" and "الوزير في تغريدة"), or one state however named ("روما" and "إيطاليا")."""
    if features.speakers[r] == features.speakers[c]:
        return True
    side = governments(mentions[r].speaker, mentions[r].speaker_role)
    if side & governments(mentions[c].speaker, mentions[c].speaker_role):
        return True
    a, b = set(match_key(mentions[r].speaker).split()), set(match_key(mentions[c].speaker).split())
    if a and b and (a <= b or b <= a):
        return True
    one, other = mentions[r].speaker, mentions[c].speaker
    same_article = mentions[r].article_id == mentions[c].article_id
    if same_article and (_describes(one, other) or _describes(other, one)):
        return True
    if _heads_role(one, mentions[c].speaker_role) or _heads_role(other, mentions[r].speaker_role):
        return True
    return any(
        body
        and (
            _within_name(body, name) or (same_article and (_describes(body, name) or _describes(name, body)))
        )
        for body, name in ((spoken_for(mentions[r]), other), (spoken_for(mentions[c]), one))
    )


@lru_cache(maxsize=1 << 14)
def _heads_role(description: str, role: str | None) -> bool:
    """Whether a generic description is the head of another speaker's role ("الوالد" and a speaker
    whose role is "والد الطالبة", "الوزير" and "وزير النقل"): one speaker."""
    words = match_key(description).split()
    if not role or len(words) != 1 or not (generic(description) or words[0].startswith("ال")):
        return False  # a bare definite noun ("الوالد") or a generic description describes
    head = match_key(role).split()
    return bool(head) and _bare(words[0]) == _bare(head[0])


def spoken_for(m: Mention) -> str:
    """The body a statement's speaker speaks for, as its name or role says ("المتحدث باسم الوزارة",
    "مسؤول في الشركة", "a spokesman for the ministry" give the body), or ""."""
    return _body_of(m.speaker, m.speaker_role or "")


@lru_cache(maxsize=1 << 14)
def _body_of(speaker: str, role: str) -> str:
    """`spoken_for` of a speaker and role (cached: a speaker is weighed against many reports)."""
    for text in (speaker, role):
        words = text.split()
        at = next((k for k, w in enumerate(words) if match_key(w) in SPEAKS_FOR), None)
        if at is not None and at + 1 < len(words):
            return " ".join(words[at + 1 : at + 1 + NAME_WORDS]).strip("،,")
    return ""


@lru_cache(maxsize=1 << 14)
def _within_name(body: str, name: str) -> bool:
    """Whether one of two names holds all the words of the other ("وزارة الصحة" and "وزارة الصحة
    العامة")."""
    a, b = set(match_key(body).split()), set(match_key(name).split())
    return bool(a and b) and (a <= b or b <= a)


@lru_cache(maxsize=1 << 14)
def _describes(description: str, name: str) -> bool:
    """Whether a generic description is the head noun of a name with the article ("الحزب" for "حزب
    العمال", "الوزارة" for "وزارة الصحة", "the ministry" for "Ministry of Health"): in one article,
    the body named before. Cached: one article's speakers are compared many times."""
    words, named = (
        [w for w in match_key(text).split() if w not in ("the", "a", "an")] for text in (description, name)
    )
    if not (generic(description) and len(words) == 1 and len(named) > 1):
        return False
    return named[0] in (words[0], words[0][2:] if words[0].startswith("ال") else None)


def _eligible(mentions: list[Mention], features: Features, r: int, c: int) -> bool:
    """Whether report `c` could be what reaction `r` rejects: it exists by then, someone else
    said it (or the denier, when it denies having said it: `denies_own_words`), it does not itself
    say no or tell of a denial ("الوزارة نفت ذلك"), and it does not hold the reaction (a report
    that relays a denial or confirmation restates it)."""
    return (
        _not_later(features, r, c)
        and not _relays(mentions[c], mentions[r])
        and not features.negated[c]
        and not _says_no(mentions[c].content)
        and (not _same_speaker(mentions, features, r, c) or denies_own_words(mentions[r]))
    )


def denies_own_words(reaction: Mention) -> bool:
    """Whether a denial rejects having said something ("نفى أن يكون قال إن ...", "denied having
    said ..."): its speaker's own reported statement is then what it denies, not its position."""
    said = f"{match_key(reaction.target or reaction.content)} "
    return said.startswith(OWN_WORDS)


def _relays(report: Mention, reaction: Mention) -> bool:
    """Whether a longer report holds the reaction in what it asserts ("X قال إن مسؤولين يؤكدون Y"); one
    that goes on to tell of a denial after a contrast ("X، إلا أن Z نفى ذلك") still asserts X."""
    same = report.article_id == reaction.article_id
    inside = report.start <= reaction.start and reaction.end <= report.end
    if not (same and inside) or report.end - report.start <= reaction.end - reaction.start:
        return False
    return f" {match_key(reaction.content)} " in f" {' '.join(asserted_part(report.content))} "


def _candidates(
    mentions: list[Mention], features: Features, pairs: list[tuple[int, int]], only: set[int] | None = None
) -> dict[int, set[int]]:
    """Reaction index -> report indices worth scoring: same article, a shared block and window, or
    a rare word of the reaction's target (for the reactions in `only`, when given)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[m.article_id].append(i)
    found: dict[int, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.is_reaction and (only is None or i in only):
            found[i].update(j for j in by_article[m.article_id] if not mentions[j].is_reaction)
    for i, j in pairs:
        ri, rj = mentions[i].is_reaction, mentions[j].is_reaction
        if ri != rj:
            reaction, report = (i, j) if ri else (j, i)
            if only is None or reaction in only:
                found[reaction].add(report)
    for reaction, reports in _by_target_words(mentions, features, only).items():
        found[reaction].update(reports)
    for reaction, reports in _by_source(mentions, features, only).items():
        found[reaction].update(reports)
    return found


def _by_source(
    mentions: list[Mention], features: Features, only: set[int] | None = None
) -> dict[int, set[int]]:
    """Reaction index -> reports of other articles, at most WINDOW_DAYS older, by the source its
    target names and nothing else names (`names_only_source`: "ما أعلنته الحكومة أمس"): such a
    target shares no word with the report, only its source's name."""
    wanted = {
        r: content_words(_source_phrase(m.target or ""))
        for r, m in enumerate(mentions)
        if m.is_reaction and (only is None or r in only) and m.target and names_only_source(m.target)
    }
    if not wanted:
        return {}
    keys = set().union(*wanted.values())
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if not m.is_reaction:
            for name in (m.speaker, spoken_for(m), *m.via, m.reporter or ""):
                for w in name_words(name) & keys:
                    by_word[w].append(i)
    found: dict[int, set[int]] = defaultdict(set)
    for r, words in wanted.items():
        day = features.days[r]
        for w in words:
            found[r].update(
                c for c in by_word.get(w, ())
                if mentions[c].article_id != mentions[r].article_id and _within(day, features.days[c])
            )  # fmt: skip
    return found


def target_words(m: Mention, own: frozenset[str]) -> frozenset[str]:
    """The words of what a reaction rejects: its target's, else its `own` content words, without
    generic or falsity words."""
    words = content_words(m.target) - GENERIC if m.target else frozenset()
    return words or own - GENERIC


def _by_target_words(
    mentions: list[Mention], features: Features, only: set[int] | None = None
) -> dict[int, set[int]]:
    """Reaction index -> reports of other articles that repeat one of the rarest words of its target
    and came at most WINDOW_DAYS before it (a denial in one outlet of a report in another shares the
    report's words, not always its speaker); each word's reports are kept sorted by day, so a reaction
    looks at a bounded slice, never at every report. With `only`, just those reactions, and just
    their target words are indexed."""
    wanted: set[str] | None = None
    if only is not None:
        wanted = {w for r in only for w in target_words(mentions[r], features.words[r])}
    by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if not m.is_reaction:
            for w in features.words[i] if wanted is None else features.words[i] & wanted:
                by_word[w].append((features.days[i] or 0, i))
    for postings in by_word.values():
        postings.sort()
    found: dict[int, set[int]] = defaultdict(set)
    for r, m in enumerate(mentions):
        if not m.is_reaction or back_reference(m) or (only is not None and r not in only):
            continue  # "نفى ذلك" names nothing another outlet could have said
        words = sorted(
            (w for w in target_words(m, features.words[r]) if w in by_word),
            key=lambda w: (len(by_word[w]), w),
        )
        day = features.days[r]
        for w in words[:TARGET_KEYS]:
            postings = by_word[w]
            if day is None:
                window = postings[-TARGET_NEIGHBOURS:]
            else:
                lo = bisect_left(postings, (day - WINDOW_DAYS, -1))
                hi = bisect_right(postings, (day + 1, len(mentions)))
                window = postings[max(lo, hi - TARGET_NEIGHBOURS) : hi]
            found[r].update(c for _d, c in window if mentions[c].article_id != m.article_id)
    return found


def _within(day: int | None, then: int | None) -> bool:
    """Whether a report of day `then` is at most WINDOW_DAYS older and one day newer than `day`."""
    return day is None or then is None or day - WINDOW_DAYS <= then <= day + 1


def _not_later(features: Features, r: int, c: int) -> bool:
    """A report can only be denied once it exists: its day is at most one day after the reaction's."""
    dr, dc = features.days[r], features.days[c]
    return dr is None or dc is None or dc <= dr + 1


def _best(
    mentions: list[Mention],
    features: Features,
    r: int,
    candidates: set[int],
    denied: frozenset[int] = frozenset(),
    echoes: frozenset[int] = frozenset(),
) -> tuple[Link | None, Link | None]:
    """The best-scoring report for reaction `r` in its own article and in other articles, each
    when it scores enough; on a tie, one that another reaction already rejects (`denied`: one
    denial carried by two outlets rejects one report); the reports that its speaker's like
    reactions in other articles reject (`echoes`) score ECHO_BONUS more."""
    scored = [
        (score + ECHO_BONUS * (c in echoes), how, c)
        for c in candidates
        if _eligible(mentions, features, r, c)
        for score, how in [score_target(mentions, features, r, c)]
    ]
    accusing = []
    if against_speaker(mentions[r]):
        accusing = [s for s in scored if s[1] == "inside" or _accuses(mentions[r], mentions[s[2]])]
    elif names_own_body(mentions[r]):
        accusing = [s for s in scored if s[1] == "inside" or _accuses_of_deed(mentions[r], mentions[s[2]])]
    elif others := third_parties(mentions[r]):
        accusing = [s for s in scored if s[1] == "inside" or _names_actor(mentions[s[2]], others)]
    if accusing:
        scored = accusing  # the accusations against a side are the reports that accuse it
    elif own_deed(mentions[r]):
        scored = [s for s in scored if s[1] == "inside" or not _blames_another(mentions[r], mentions[s[2]])]
    words = target_words(mentions[r], features.words[r])

    def rank(s: tuple[float, str, int]) -> tuple[float, bool, float, float, int]:
        """Score first; on a tie the report that holds the target's rarest words (the ones that
        tell one report of an event from another), then the one most about the target, then the nearest."""
        c = s[2]
        focus = len(words & features.words[c]) / len(features.words[c]) if features.words[c] else 0.0
        rare = round(features.covered(words, features.words[c]), 3)
        return (round(s[0], 3), c in denied, rare, focus, -abs(mentions[c].seq - mentions[r].seq))

    found: list[Link | None] = []
    for home, bar in ((True, ACCEPT_SAME_ARTICLE), (False, ACCEPT_ELSEWHERE)):
        part = [s for s in scored if (mentions[s[2]].article_id == mentions[r].article_id) == home]
        top = max(part, key=rank) if part else None
        found.append(Link(r, top[2], round(top[0], 3), top[1]) if top and top[0] >= bar else None)
    if back_reference(mentions[r]):
        return found[0], None  # "نفى ذلك" points into its own article, never at another outlet
    if accusing and found[0] is None and found[1] is not None:
        return None, replace(found[1], method="accused")
    return found[0], found[1]


def _choose(
    r: int, found: tuple[Link | None, Link | None], links: dict[int, Link], away: dict[int, Link]
) -> None:
    """Record reaction `r`'s link: its home report, unless one elsewhere scores AWAY_MARGIN more;
    one found only elsewhere waits in `away` (taken only where the article resolved none at home)."""
    home, elsewhere = found
    if elsewhere is not None and (home is None or elsewhere.score >= home.score + AWAY_MARGIN):
        if home is None and elsewhere.method != "accused":
            away[r] = elsewhere
        else:
            links[r] = elsewhere
    elif home is not None:
        links[r] = home


def _echoed(
    mentions: list[Mention], features: Features, pairs: list[tuple[int, int]], links: dict[int, Link]
) -> dict[int, set[int]]:
    """Reaction index -> the reports that reactions of its stance by its speaker in other articles
    reject (a blocked pair): one denial carried by several outlets rejects one report, which the
    outlet that does not quote it may never share a word with."""
    found: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:
        a, b = mentions[i], mentions[j]
        if not (a.is_reaction and b.stance == a.stance and a.article_id != b.article_id):
            continue
        if _same_speaker(mentions, features, i, j):
            for r, other in ((i, j), (j, i)):
                if other in links:
                    found[r].add(links[other].target)
    return found


def _read_in_context(
    mentions: list[Mention],
    features: Features,
    reactions: list[int],
    order: list[int],
    links: dict[int, Link],
) -> None:
    """Links that one article's text settles (`order`: its statements in text order): a reaction
    that only points back takes what was said just before it (`_antecedent`), one in the headline
    what its speaker's first reaction in the body rejects (`_lead`), unless a report is quoted
    inside it."""
    starts = [mentions[i].start for i in order]
    for r in sorted(reactions, key=lambda i: (mentions[i].start, -mentions[i].end)):
        if only_points_back(mentions[r]):
            before = order[: bisect_left(starts, mentions[r].start)]
            if found := _antecedent(mentions, features, r, before, links):
                links[r] = found
    article = [r for r in order if mentions[r].is_reaction]
    for r in reactions:
        quoted = r in links and links[r].method == "inside"
        if mentions[r].in_headline and not quoted and (found := _lead(mentions, features, r, article, links)):
            links[r] = found


def resolve_targets(
    mentions: list[Mention],
    features: Features,
    pairs: list[tuple[int, int]],
    known: Iterable[Link] = (),
    only: set[int] | None = None,
) -> list[Link]:
    """The report each reaction rejects, its own article first: the best report there (unless one of
    another article scores AWAY_MARGIN more, as when the denial names its outlet), where a report
    is a blocked `pairs` partner or shares a rare word of the reaction's target. A side rejecting the
    accusations against it takes a report accusing it, in its own article or another, and a denial
    naming another state as the doer a report naming it so (`third_parties`); a report
    naming the denier's side as the actor, or rejected by its speaker's like reaction in another
    outlet, counts for more. The article's text then settles what it can (`_read_in_context`:
    back-references, headlines). A reaction left without a report takes the target of the nearest
    resolved reaction in its article that it restates (`_restates`: "ما ورد عار من الصحة" after
    "نفى ما نشره موقع ..."; another source's denial of another thing is no restatement), and only
    in an article where none resolved at home its best report elsewhere. Reactions of `known` links
    (a previous build) keep them; with `only`, only the reactions in it are resolved."""
    links: dict[int, Link] = {link.reaction: link for link in known}
    away: dict[int, Link] = {}
    found_for = _candidates(mentions, features, pairs, only)
    candidates = {r: found for r, found in found_for.items() if r not in links}
    for r, found in candidates.items():
        _choose(r, _best(mentions, features, r, found), links, away)
    rejected = frozenset(
        link.target
        for link in links.values()
        if mentions[link.target].article_id == mentions[link.reaction].article_id
    )
    echoed = _echoed(mentions, features, pairs, links)
    for r, targets in echoed.items():
        if r in candidates:
            candidates[r] |= targets
    again = [
        r for r in candidates if r in away or r in echoed or (r in links and links[r].target not in rejected)
    ]
    for r in again:
        links.pop(r, None)
        away.pop(r, None)
        echoes = frozenset(echoed.get(r, ()))
        _choose(r, _best(mentions, features, r, candidates[r], rejected, echoes), links, away)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.is_reaction:
            by_article[m.article_id].append(i)
    reports: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if not m.is_reaction:
            reports[m.article_id].append(i)
    fixed = {link.reaction for link in known}
    in_text = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].end))
    said: dict[str, list[int]] = defaultdict(list)
    for i in in_text:
        said[mentions[i].article_id].append(i)
    for article, reactions in by_article.items():
        resolved = [r for r in reactions if r in links]
        if not resolved:
            links.update((r, away.pop(r)) for r in reactions if r in away)
        mine = [r for r in reactions if r not in fixed and (only is None or r in only)]
        _read_in_context(mentions, features, mine, said[article], links)
        resolved = [r for r in reactions if r in links]
        for r in reactions:
            if r in links or (only is not None and r not in only):
                continue
            own = [p for p in resolved if _restates(mentions, features, r, p)]
            if own:
                nearest = min(own, key=lambda p: abs(mentions[p].seq - mentions[r].seq))
                links[r] = Link(r, links[nearest].target, ACCEPT_SAME_ARTICLE, "same-article")
            elif not resolved and back_reference(mentions[r]):
                before = [
                    c for c in reports[article]
                    if mentions[c].seq < mentions[r].seq and _eligible(mentions, features, r, c)
                ]  # fmt: skip
                if before:
                    links[r] = Link(r, before[-1], ACCEPT_SAME_ARTICLE, "back-reference")
    for r, link in away.items():
        links.setdefault(r, link)
    return sorted(links.values(), key=lambda link: link.reaction)
