"""The English cue and word lexicons, read once from the data files beside this module."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rawi.statements.cue_schema import validate
from rawi.statements.english.morphology import paradigm

QUANTIFIERS = frozenset(
    {"some", "many", "most", "several", "one", "two", "three", "four", "five", "other", "all"}
)


@dataclass(frozen=True)
class Cue:
    """One surface form of a reporting cue and what it implies."""

    lemma: str
    participle: bool
    stance: str
    hedge: bool
    object: str  # the file's `takes`: clause | np | as | label | to | report (claim) | that (complement)
    addressee: bool
    attitude: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Everything the English extractor knows, with the regexes built from it."""

    cues: dict[str, Cue]
    cue_starts: dict[str, re.Pattern[str]]  # first word of a cue -> the cue forms starting with it
    according_pattern: re.Pattern[str]
    cut_pattern: re.Pattern[str]
    outlet_pattern: re.Pattern[str]
    named_outlet_pattern: re.Pattern[str]  # 'the Dutch broadcaster NOS': group 1 the outlet's name
    masthead_pattern: re.Pattern[
        str
    ]  # 'the Harbour Gazette': group 1 a capitalised title ending in a masthead word
    opener_pattern: re.Pattern[str]  # 'Speaking to X,' 'In an interview with X,': group 1 the outlet phrase
    carrier_pattern: re.Pattern[str]  # 'carried by X': group 1 the outlet phrase
    deny_pattern: re.Pattern[str]
    self_deny_pattern: re.Pattern[str]  # 'it "strongly refutes" ...': a content whose own verb denies
    evaluation_pattern: re.Pattern[str]  # 'wrong', 'false': a rejecting label ('called it "wrong"')
    as_rejection_pattern: re.Pattern[str]  # 'as "entirely false"': what a dismissal labels its object
    claim_pattern: re.Pattern[str]  # group 1: a claim noun; the match ends after its 'that'
    passive_pattern: re.Pattern[str]  # 'were denied by', 'was described by': group 1 the cue
    apposed_pattern: re.Pattern[str]  # '-- a claim denied by its owner': group 1 the cue
    frame_pattern: re.Pattern[str]
    participle_pattern: re.Pattern[str]
    headline_active: dict[str, Cue]
    headline_passive: tuple[str, ...]
    words: dict[str, frozenset[str]]
    pronouns: dict[str, str]

    def has(self, list_name: str, word: str) -> bool:
        """True when `word` (any case, trailing possessive or period dropped) is in the list."""
        return _key(word) in self.words[list_name]


def _key(word: str) -> str:
    word = word.lower().rstrip(".,;:")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word


def _read(name: str) -> dict:
    path = resources.files("rawi.statements.english").joinpath("data", name)
    return json.loads(path.read_text("utf-8"))


_OBJECTS = {"complement": "that", "claim": "report"}  # the engine's names of two shared `takes` values


def _cue(group: dict, lemma: str, participle: bool) -> Cue:
    return Cue(
        lemma=lemma,
        participle=participle,
        stance=group.get("stance", "assert"),
        hedge=bool(group.get("hedge", False)),
        object=_OBJECTS.get(group.get("takes", "clause"), group.get("takes", "clause")),
        addressee=bool(group.get("addressee", False)),
        attitude=bool(group.get("attitude", False)),
    )


def lemma_forms(group: dict, lemma: str, data: dict) -> dict[str, tuple[str, ...]]:
    """The forms of `lemma` a cue group admits, by kind (base, third, past, ing)."""
    made = paradigm(lemma, data["irregular"], frozenset(data["doubling"]))
    every = {"base": (made.base,), "third": (made.third,), "past": made.past, "ing": made.ing}
    return {kind: every[kind] for kind in group.get("forms", every)}


def _groups(data: dict) -> list[dict]:
    """The cue entries conjugated from their lemmas (not those of fixed `written` forms)."""
    return [group for group in data["cues"] if "written" not in group]


def _past_forms(data: dict) -> list[str]:
    """Every listed lemma's past forms, for passive attributions ('were rejected by X')."""
    return [
        form
        for group in _groups(data)
        for lemma in group["lemmas"]
        for form in lemma_forms(group, lemma, data).get("past", ())
    ]


def _cues(data: dict) -> dict[str, Cue]:
    """Every cue form: the paradigms of the listed lemmas, then the fixed phrases."""
    cues: dict[str, Cue] = {}
    for group in _groups(data):
        for lemma in group["lemmas"]:
            for kind, forms in lemma_forms(group, lemma, data).items():
                for form in forms:
                    cues.setdefault(form, _cue(group, lemma, kind == "ing"))
    for phrase in (entry for entry in data["cues"] if "written" in entry):
        for form in phrase["written"]:
            cues.setdefault(form, _cue(phrase, phrase["lemma"], False))
    return cues


def _headline_cues(data: dict) -> dict[str, Cue]:
    """Present-tense cue forms of headlines ('Bakery chain rejects ...', 'Growers question ...'): every
    lemma's base and -s forms, whatever its body forms, plus the listed extras ('sees')."""
    found: dict[str, Cue] = {}
    for group in _groups(data):
        if not group.get("headline", True):
            continue  # 'Court affirms conviction': no report in a headline
        for lemma in group["lemmas"]:
            made = paradigm(lemma, data["irregular"], frozenset(data["doubling"]))
            for form in (made.third, made.base):
                found.setdefault(form, _cue(group, lemma, False))
    headline = data["headline"]
    for form, stance in headline["active"].items():
        extra = {"stance": stance, "hedge": form in headline["hedge"]}
        found.setdefault(form, _cue(extra, form, False))
    return found


def _alternation(phrases: list[str] | dict[str, object]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _opener_alternation(phrases: list[str]) -> str:
    """The interview openers, an adverb of time allowed after their first word ('Speaking later on')."""
    adverb = r"(?:(?:later|earlier|again|also|separately|afterwards)\s+)?"
    made = []
    for phrase in sorted(phrases, key=len, reverse=True):
        first, *rest = phrase.split()
        words = [rf"\s+{adverb if k == 0 else ''}{re.escape(w)}" for k, w in enumerate(rest)]
        made.append(re.escape(first) + "".join(words))
    return "|".join(made)


def _cue_starts(cues: dict[str, Cue]) -> dict[str, re.Pattern[str]]:
    """For each first word of a cue form, a pattern of the forms that start with it."""
    groups: dict[str, list[str]] = {}
    for form in cues:
        groups.setdefault(form.split()[0], []).append(form)
    return {first: re.compile(rf"(?:{_alternation(forms)})\b") for first, forms in groups.items()}


def _cut_pattern(cues: dict[str, Cue], verbs: list[str], refusals: list[str]) -> re.Pattern[str]:
    """Where a leading content ends: ', adding', ', according to', 'and warned', ', but would',
    'but declined', ', but officials declined', ', with one dealer saying', 'and warning that' (a
    coordinated participle cue)."""
    participles = _alternation([form for form, cue in cues.items() if cue.participle])
    finite = _alternation([form for form, cue in cues.items() if not cue.participle])
    return re.compile(
        rf",\s+(?:and\s+|but\s+)?(?:{participles})\b|,\s+according\s+to\b"
        rf"|,\s+with\s+(?:[\w'’-]+\s+){{1,6}}?(?:{participles})\b"
        rf"|(?:,\s*|\s+)(?:and|but)\s+(?:also\s+)?(?:{finite})\b"
        rf"|(?:,\s*|\s+)(?:and|but)\s+(?:also\s+)?(?:{participles})\s+(?=that\b|[\"“])"
        rf"|,\s+(?:and|but)\s+(?:{_alternation(verbs)})\b"
        rf"|,?\s+(?:and|but)\s+(?:{_alternation(refusals)})\b"
        rf"|,\s+(?:and|but)\s+{_REFUSER}\s+(?:{_REFUSING})\b"
    )


_REFUSER = r"(?:he|she|they|officials|(?:the|a|an|its|his|her|their)(?:\s+[\w'’-]+){1,3}?|[A-Z][\w'’-]+)"
# what a reporter notes that a speaker would not tell ('..., but officials declined to confirm it')
_REFUSING = (
    r"declined|refused|gave\s+no|offered\s+no|provided\s+no"
    r"|(?:did|would|could)\s+not\s+(?:elaborate|say|comment|give|specify|disclose|identify|name|confirm)"
)


# when a claim was made, between its noun and its clause: 'a report earlier this week that ...'
_CLAIM_TIME = r"(?:(?:earlier|late|early)\s+)?(?:(?:this|last|on)\s+[A-Za-z]+|today|yesterday|recently)"


def _deny_pattern(words: dict) -> re.Pattern[str]:
    """Contents that reject a claim: a denial word, or an evaluation predicated of or attached to a
    claim ('is simply false', 'a false report', 'no truth in the claims')."""
    evaluation = _alternation(words["deny_evaluations"])
    degree = _alternation(words["deny_degrees"])
    claim = _alternation(words["deny_claim_nouns"])
    copula = r"(?:is|are|was|were|be|been|being|'s|’s)"
    return re.compile(
        rf"\b(?:{_alternation(words['deny_phrases'])}"
        rf"|{copula}\s+[\"“]?(?:(?:{degree})\s+)?(?:{evaluation})(?!\s+to\b)"
        rf"|(?:{degree})\s+(?:{evaluation})"
        rf"|(?:false|fake|fabricated|bogus|untrue)\s+(?:{claim})"
        rf"|no\s+(?:{_alternation(words['deny_no_grounds'])})(?:\s+(?:whatsoever|at\s+all))?[\"”]?"
        r"\s+(?:to|in|for|behind)\b"
        r")\b",
        re.I,
    )


def _as_rejection_pattern(words: dict) -> re.Pattern[str]:
    """'dismissed the photos as doctored', 'rejected the figures as "utterly false"': a rejection verb's
    object labelled with a rejecting word, whatever the object is."""
    evaluation = _alternation([*words["deny_evaluations"], *words["deny_phrases"]])
    degree = _alternation(words["deny_degrees"])
    return re.compile(rf"\bas\s+[\"“]?(?:(?:{degree})\s+)?(?:{evaluation})\b", re.I)


def _frame_pattern(nouns: list[str]) -> re.Pattern[str]:
    """What may sit between a cue and its content: time, place, occasion ('in a statement')."""
    weekday = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    period = (
        r"(?:this|last|next)\s+(?:week|month|year)|(?:earlier|later)\s+(?:this|last)\s+(?:week|month|year)"
    )
    occasion = (
        r"(?:in|at|during|on|after|before)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
        rf"(?:(?!that\b)[\w'’-]+\s+){{0,4}}(?:{_alternation(nouns)})s?"
    )
    reply = (
        r"in\s+(?:reply|response|answer)\s+to\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}?"
        r"(?:query|queries|question|questions|inquiry|request)"
    )
    return re.compile(
        rf"\s*(?:{reply}\b|here\b|without\s+(?:elaboration|elaborating|giving\s+details)\b|(?:(?:(?:late|early)\s+on|on|last|this|late|early)\s+)?(?:today|tonight|yesterday|earlier|later|again|also|{weekday}|{period})\b(?![’'])"
        rf"|{occasion}\b|(?-i:(?:in|on)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})(?=[\s,.]))",
        re.I,
    )


# source nouns, titles and offices are listed in one spelling and met in both ('organisers', 'organizers')
_SPELT_LISTS = (
    "anonymous",
    "titles",
    "organizations",
    "documents",
    "office_words",
    "claim_nouns",
    "report_nouns",
)
_SPELLINGS = (  # a pattern with the stem and the varying letters, and the two spellings of those letters
    (re.compile(r"^(\w{3,})i[sz]((?:e|er|ers|ed|ing|ation|ations)s?)$"), ("is", "iz")),
    (re.compile(r"^((?:lab|neighb|harb|behavi|fav|hon|rum)o)u?(rs?)$"), ("", "u")),
    (re.compile(r"^(defen)[cs](e)$"), ("c", "s")),
    (re.compile(r"^((?:cent|theat))(?:re|er)(s?)$"), ("re", "er")),
)


def spellings(word: str) -> set[str]:
    """`word` in British and American spelling ('organiser', 'organizer'), so that a list needs
    only one of them."""
    found = {word}
    for pattern, forms in _SPELLINGS:
        match = pattern.match(word)
        if match:
            found |= {f"{match.group(1)}{form}{match.group(2)}" for form in forms}
    return found


@cache
def english() -> Lexicon:
    """The English lexicon (read once; immutable afterwards)."""
    cue_data = _read("cues_en.json")
    validate(cue_data, "en", "cues_en.json")
    word_data = _read("words_en.json")
    cues = _cues(cue_data)
    headline = cue_data["headline"]
    words = {name: frozenset(values) for name, values in word_data.items() if isinstance(values, list)}
    for name in _SPELT_LISTS:
        words[name] = frozenset(variant for word in words[name] for variant in spellings(word))
    words["known"] = frozenset(
        set(word_data["pronouns"]).union(
            QUANTIFIERS,
            *(words[name] for name in ("determiners", "anonymous", "titles", "documents", "organizations")),
        )
    )
    return Lexicon(
        cues=cues,
        cue_starts=_cue_starts(cues),
        according_pattern=re.compile(
            rf"\b(?:{_alternation([' '.join(a['words']) for a in cue_data['attributions']])})\b", re.I
        ),
        cut_pattern=_cut_pattern(cues, word_data["coordination_verbs"], word_data["refusal_verbs"]),
        deny_pattern=_deny_pattern(word_data),
        self_deny_pattern=re.compile(
            r"(?:it|we|i|he|she|they)\s+[\"“]?(?:\w+ly\s+)?"
            rf"(?:{_alternation([f for f, c in cues.items() if c.stance == 'deny' and not c.participle])})\b"
            r"[\"”]?\s*",
            re.I,
        ),
        evaluation_pattern=re.compile(rf"\b(?:{_alternation(word_data['deny_evaluations'])})\b", re.I),
        as_rejection_pattern=_as_rejection_pattern(word_data),
        passive_pattern=re.compile(
            rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
            rf"({_alternation(_past_forms(cue_data))})"
            rf"(?:\s+as\s+[^,;:.]{{1,40}}?|\s+[\"“][^\"“”]{{1,60}}[\"”])?\s+by\s+"
        ),
        apposed_pattern=re.compile(
            rf"(?:,|\s+-+|\s*—)\s+(?:a|an|the)\s+(?:{_alternation(word_data['report_nouns'])})\s+"
            rf"({_alternation(_past_forms(cue_data))})\s+by\s+",
            re.I,
        ),
        claim_pattern=re.compile(
            rf"\b({_alternation(word_data['claim_nouns'])})(?:\s+(?:by|in|from|among)(?:\s+[\w'’&.-]+){{1,6}}?)?"
            rf"(?:\s+{_CLAIM_TIME})?\s+that\s+"
            rf"(?!(?:{_alternation([f for f, c in cues.items() if not c.participle])})\b)",
            re.I,
        ),
        named_outlet_pattern=re.compile(
            rf"\b(?:{_alternation(word_data['outlet_nouns'])})\s+((?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}))",
            re.I,
        ),
        outlet_pattern=re.compile(rf"\b(?:{_alternation(word_data['outlets'])})\b(?![\w-])", re.I),
        masthead_pattern=re.compile(
            rf"((?:[A-Z][\w&'’-]*\s+){{1,3}}"
            rf"(?:{_alternation([w.title() for w in word_data['mastheads']])}))\b(?![\w-])"
        ),
        opener_pattern=re.compile(
            rf"(?i:{_opener_alternation(word_data['interview_openers'])})\s+([^,;:\"“”]{{2,80}}?)\s*,"
        ),
        carrier_pattern=re.compile(
            rf"\b(?i:{_alternation(word_data['carriers'])})\s+([^,;:\"“”]{{2,60}}?)(?=\s*[,.;]|\s+that\b|$)"
        ),
        frame_pattern=_frame_pattern(word_data["frame_nouns"]),
        participle_pattern=re.compile(
            rf"\s+(?:{_alternation([form for form, cue in cues.items() if cue.participle])})\b"
        ),
        headline_active=_headline_cues(cue_data),
        headline_passive=tuple(headline["passive"]),
        words=words,
        pronouns=dict(word_data["pronouns"]),
    )


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def find_cues(lex: Lexicon, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Every cue form in text[start:end], in order (a word scan, then the forms at that word)."""
    for word in _LOWER_WORD.finditer(text, start, end):
        forms = lex.cue_starts.get(word.group())
        if forms is not None:
            found = forms.match(text, word.start(), end)
            if found:
                yield found


def cue_of(lex: Lexicon, surface: str) -> Cue:
    """The cue entry of a matched surface form (line breaks inside it folded to spaces)."""
    return lex.cues[" ".join(surface.split())]
