"""Who a source phrase names: name, role and kind, and what pronouns and descriptions refer to.

"Norwegian Fisheries Minister Ola Brekke" -> Ola Brekke (role Norwegian Fisheries Minister, person);
"a French diplomatic source in Beirut" -> anonymous; "the company" -> the company named before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import overload

from rawi.statements.english.lexicon import Lexicon
from rawi.statements.source import Source

PARTICLES = frozenset(
    {"de", "van", "von", "al", "el", "bin", "ibn", "bint", "abu", "la", "le", "da", "das", "dos", "di", "der"}
    | {"den", "du", "del", "della", "ter", "ten", "st", "mac"}
)
PREPOSITIONS = frozenset({"in", "of", "for", "at", "from", "with", "on", "to"})
POINTING_TITLES = frozenset(
    {
        "official",
        "minister",
        "spokesman",
        "spokeswoman",
        "secretary",
        "chairman",
        "president",
        "governor",
        "source",
    }
)
GENERIC_ORGS = frozenset(
    {
        "company",
        "firm",
        "group",
        "bank",
        "concern",
        "corporation",
        "government",
        "ministry",
        "department",
        "agency",
        "institute",
        "commission",
        "committee",
        "union",
        "board",
        "fund",
        "council",
        "court",
        "parliament",
        "authority",
        "office",
        "bureau",
        "association",
        "federation",
    }
)


_BRACKETED = re.compile(r"\s*<[^>]*>")
_ACRONYM_AFTER = re.compile(r"(?<=\w)\s+\([A-Z][A-Z.&]{1,7}\)$")


@dataclass(frozen=True)
class Phrase:
    """A source phrase as written, parsed but not yet resolved against earlier sources."""

    source: Source
    pronoun: str = ""  # he | she | they | it ... when the phrase is a pronoun
    definite: bool = False  # 'the spokesman', 'the company': a back-reference
    head: str = ""
    outlet_noun: bool = False  # 'the paper', 'the agency': points back to an outlet
    business: bool = False  # 'the drugmaker', 'the lender': points back to the company named before


def parse(phrase: str, lex: Lexicon) -> Phrase:
    """Name, role and kind of a source phrase ('Trade Minister Ines Moreau').

    A document with a possessive owner speaks for the owner: "the board's statement" -> the board.
    """
    unticked = _BRACKETED.sub("", phrase).strip()  # 'Apex Corp <APX.N>': the ticker is no part of the name
    unticked = _ACRONYM_AFTER.sub("", unticked)  # 'the Nordic Institute (NI)': the acronym repeats the name
    words = (unticked or phrase).replace("<", "").replace(">", "").strip("()").split()
    seen = next(
        (k for k, w in enumerate(words[1:-1], 1) if w.lower() in _SEEN_BY and words[k + 1] == "by"), 0
    )
    words = words[:seen] if seen and lex.has("documents", words[seen - 1]) else words  # 'a memo seen by X'
    owner = _document_owner(words, lex)
    if owner:
        issuer = parse(owner, lex)
        if issuer.source.kind in {"anonymous", "organization"} and not issuer.pronoun:
            return replace(issuer, source=replace(issuer.source, kind="document"))
        return issuer
    if len(words) == 1 and words[0].lower() in _POSSESSIVES:  # 'her' owning a claim: she
        key = _POSSESSIVES[words[0].lower()]
        kind = {"it": "organization", "they": "anonymous", "we": "anonymous"}.get(key, "person")
        return Phrase(Source(words[0], None, kind, plural=key in {"they", "we"}), pronoun=key)
    determiner = ""
    if words and words[0].lower() in lex.words["determiners"]:
        determiner, words = words[0].lower(), words[1:]
    if not words:
        return Phrase(Source(phrase.strip(), None, "anonymous"))
    if len(words) == 1 and words[0].lower() in lex.pronouns:
        key = words[0].lower()
        return Phrase(Source(words[0], None, "person"), pronoun=key)
    head = _head(words, lex)
    if determiner in {"a", "an"} and head in lex.words["anonymous"]:
        name, role, kind = " ".join(words), None, "anonymous"
    else:
        name, role = _split_name(words, lex)
        kind = _kind(words, name, role, head, lex)
        if kind == "organization" and determiner in {"a", "an"} and all(w.islower() for w in words):
            kind = "anonymous"  # 'a consumer group', 'an oil company': an unnamed body
    plural = head.endswith("s") and not head.endswith("ss") and kind in {"anonymous", "document"}
    definite = determiner in {"the", "their", "its", "this"} and name == " ".join(words) and kind != "person"
    # 'The Courier': one masthead word after 'the' names a newspaper too
    single = (
        determiner == "the" and len(words) == 1 and words[0][:1].isupper() and _masthead(["The", *words], lex)
    )
    outlet = " ".join(words).lower() in lex.words["outlets"] or _masthead(words, lex) or single
    kind = "document" if single else kind
    business = definite and all(w.islower() for w in words) and _company_description(head, lex)
    pointing = definite and (_generic(words, lex) or head in lex.words["outlet_nouns"] or business)
    return Phrase(
        Source(name, role, kind, plural=plural, outlet=outlet, head=head),
        definite=pointing,
        head=head,
        outlet_noun=pointing and head in lex.words["outlet_nouns"],
        business=business,
    )


def _document_owner(words: list[str], lex: Lexicon) -> str | None:
    """'the inspector' for "the inspector's report" or "an inspection by the inspector": the
    possessive before, or the by-phrase after, a document head noun."""
    keys = [w.lower() for w in words]
    if "by" in keys[1:-1]:
        by = keys.index("by", 1)
        seen = keys[by - 1] in _SEEN_BY  # 'documents seen by Reuters': a reader, no issuer
        if any(lex.has("documents", w) for w in words[:by]) and not seen:
            return " ".join(words[by + 1 :])
    if "in" in keys[1:-1]:  # 'a report in the Harbour Times': the paper that ran it
        at = keys.index("in", 1)
        paper = words[at + 1 :]
        if lex.has("documents", words[at - 1]) and (
            _masthead(paper, lex) or " ".join(paper).lower().removeprefix("the ") in lex.words["outlets"]
        ):
            return " ".join(paper)
    if "from" in keys[1:-1]:  # 'a statement from the ministry': the sender
        sent = keys.index("from", 1)
        if lex.has("documents", words[sent - 1]):
            return " ".join(words[sent + 1 :])
    for k, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s", "s'")) and lex.has("documents", words[-1]) and k == len(words) - 2:
            owner = [*words[:k], word.removesuffix("'s").removesuffix("’s").removesuffix("'")]
            return " ".join(owner) if owner[-1].lower() not in lex.pronouns else None
    return None


_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we"}
_SEEN_BY = frozenset({"seen", "obtained", "reviewed", "viewed", "examined", "read"})


def _masthead(words: list[str], lex: Lexicon) -> bool:
    """A capitalised title ending in a newspaper word ('The Evening Gazette', 'Harbour Times')."""
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in lex.words["mastheads"]


def _split_name(words: list[str], lex: Lexicon) -> tuple[str, str | None]:
    """('Ola Brekke', 'Norwegian Fisheries Minister') from a title run before a proper name;
    a trailing 'of Peru' stays with the role ('grower spokesman Luis Ortega of Peru')."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() in {"of", "from"} and k < len(words) - 1:
            name, role = _split_title(words[:k], lex)
            if role is not None:
                return name, " ".join([role, *words[k:]])
    return _split_title(words, lex)


def _split_title(words: list[str], lex: Lexicon) -> tuple[str, str | None]:
    for k, word in enumerate(words):
        if word.lower() in {"of", "for"} and k and all(_proper(w, lex) for w in words[:k]):
            return " ".join(words[:k]), " ".join(words[k + 1 :]) or None
        if word.lower() == "at" and k > 1 and all(_proper(w, lex) for w in words[:k]):
            return " ".join(words[:k]), " ".join(words[k + 1 :]) or None  # 'Lars Berg at Fjord Bank'
    run = len(words)
    while run > 0 and _proper(words[run - 1], lex):
        run -= 1
    lower = max((k for k, w in enumerate(words[:-1]) if w.islower()), default=-1)
    kind_noun = lower >= 0 and (
        _business_noun(words[lower], lex) or words[lower] in lex.words["outlet_nouns"]
    )
    if kind_noun and lower < run - 1 and all(w[:1].isupper() for w in words[lower + 1 :]):
        run = lower + 1  # 'utility company Pacific Power': the body's name may hold a listed word
    before = words[run - 1].lower() if run else ""
    described = (
        _title(before, lex)
        or (words[run - 1] in lex.words["outlet_nouns"] if run else False)
        or (run > 0 and _business_noun(words[run - 1], lex))
    )
    if 0 < run < len(words) and (
        described or (before not in PREPOSITIONS and any(_title(w, lex) for w in words[:run]))
    ):
        return " ".join(words[run:]), " ".join(words[:run])
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and all(_proper(w, lex) for w in words[1:]):
        return " ".join(words[1:]), words[0]
    return " ".join(words), None


def _business_noun(word: str, lex: Lexicon) -> bool:
    """A lower-case noun naming a kind of body before its name ('chipmaker Hanil Semiconductor',
    'energy company Brightpath', 'retailer Bargain Barn')."""
    maker = word.endswith("maker") and not lex.has("titles", word)  # a lawmaker is a person
    return word.islower() and (lex.has("organizations", word) or maker)


def _company_description(word: str, lex: Lexicon) -> bool:
    """A noun that describes a company by its trade ('drugmaker', 'lender', 'insurer'), which 'the'
    points back to the company named before; a regulator or a ministry is no company."""
    maker = word.endswith("maker") and not lex.has("titles", word)
    return maker or lex.has("company_descriptions", word)


def _proper(word: str, lex: Lexicon) -> bool:
    """A word of a personal name: capitalised, an initial or a particle, not a title or acronym."""
    if word.lower() in PARTICLES or (len(word) == 2 and word[1] == "." and word[0].isupper()):
        return True
    if re.fullmatch(_INITIALS, word):
        return _initials(word, lex)

    if _ARABIC_ARTICLE.match(word):
        return True
    key = word.lower().rstrip(".,")
    listed = any(key in lex.words[name] for name in ("titles", "anonymous", "organizations", "documents"))
    listed = listed or _title(word, lex)  # 'Secretary-General', 'Director-General': a compound title
    return word[:1].isupper() and not listed and not (word.isupper() and len(word) > 2)


def _initials(word: str, lex: Lexicon) -> bool:
    """True for a person's initials written together ('J.R.'), never 'U.S.' or 'U.N.'."""
    return (
        re.fullmatch(_INITIALS, word) is not None
        and word.lower().rstrip(".") not in lex.words["abbreviations"]
    )


def _title(word: str, lex: Lexicon) -> bool:
    key = word.lower().rstrip(".,")
    return key in lex.words["titles"] or (
        "-" in key and all(p in lex.words["titles"] for p in key.split("-"))
    )


def _head(words: list[str], lex: Lexicon) -> str:
    """The head noun: the last source noun before any preposition ('brokers close to the deal',
    'source in Beirut'), else the last word ('Bank of Chile officials')."""
    keys = [w.lower().rstrip(".,") for w in words]
    cut = next((k for k, key in enumerate(keys[1:], 1) if key in PREPOSITIONS | {"about"}), len(keys))
    nouns = lex.words["anonymous"] | lex.words["documents"] | lex.words["titles"]
    listed = [key for key in keys[:cut] if key in nouns and key not in lex.words["office_words"]]
    if listed:
        return listed[-1]
    return keys[-1] if keys[-1] in nouns or cut == len(keys) else keys[cut - 1]


_BODY_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})


def _kind(words: list[str], name: str, role: str | None, head: str, lex: Lexicon) -> str:
    joined = _joined_kind(words, lex)
    if joined:
        return joined
    keys = {w.lower().rstrip(".,") for w in words}
    if _reporting_medium(words, name, role, lex):
        return "document"  # a newspaper, agency or broadcaster that reports
    if role is not None and name != " ".join(words):
        before = " ".join(words).startswith(role)  # 'chipmaker Hanil', not 'Ann Lee of the institute'
        return "organization" if before and _business_noun(role.split()[-1], lex) else "person"
    if len(words) > 1 and lex.has("organizations", words[-1]) and all(w[:1].isupper() for w in words):
        return "organization"  # 'National Nurses Union', 'Data Protection Commission': a body's name
    linked = [w for w in words if w.lower() not in _BODY_LINKS]
    if len(words) > 2 and all(w[:1].isupper() for w in linked) and keys & lex.words["organizations"]:
        return "organization"  # 'Institute of Economic Research', 'Bureau of Labor Statistics': a body's name
    if head in lex.words["documents"] or (head in lex.words["report_nouns"] and words[-1].islower()):
        return "document"  # 'a newspaper story', 'press reports'
    if head in lex.words["anonymous"] or words[0].lower() in {"some", "several", "many", "most", "one"}:
        return "anonymous"
    plural_title = (
        head.endswith("s") and lex.has("titles", head[:-1]) and not lex.has("organizations", head[:-1])
    )
    if plural_title:  # 'Finance ministers from seven nations', 'Farm leaders': several people, unnamed
        return "anonymous"
    if (
        head in lex.words["titles"]
        and head not in lex.words["organizations"]
        and head not in lex.words["office_words"]
    ):
        return "person" if words[0][:1].isupper() else "anonymous"
    if keys & lex.words["organizations"]:
        return "organization"
    if head.endswith("maker") and not lex.has("titles", head) and head not in _PERSON_MAKERS:
        return "organization"  # 'the carmaker', 'a chipmaker': a company named by its trade
    capitalised = [w for w in words if w.lower() not in PARTICLES]
    if all(w[:1].isupper() or _ARABIC_ARTICLE.match(w) for w in capitalised):
        place = words[0] in lex.words["place_prefixes"]
        acronym = any(w.isupper() and not _initials(w, lex) for w in capitalised)
        if len(capitalised) >= 2 and not place and not acronym:
            return "person"
        return "organization"
    return "anonymous"


_PERSON_MAKERS = frozenset({"lawmaker", "policymaker", "peacemaker", "filmmaker", "kingmaker", "dressmaker"})


def _joined_kind(words: list[str], lex: Lexicon) -> str | None:
    """The kind of two capitalised names joined by 'and' ('Apex and Beta', 'Halden Pharma and
    Brightwell Labs'): the kind both share, a body for one-word names; None otherwise."""
    if "and" not in words or not all(w[:1].isupper() for w in words if w != "and"):
        return None
    k = words.index("and")
    parts = [words[:k], words[k + 1 :]]
    if not all(parts) or any(len(p) == 1 for p in parts):
        return "organization" if all(parts) else None
    kinds = {_kind(p, " ".join(p), None, p[-1].lower(), lex) for p in parts}
    return kinds.pop() if len(kinds) == 1 else None


def _reporting_medium(words: list[str], name: str, role: str | None, lex: Lexicon) -> bool:
    """True for a news medium: a known outlet ('Kyodo'), a masthead ('The Harbour Times'), or a name
    or description headed by a lower-case outlet noun ('Kyodo news agency', 'state radio', 'local
    newspaper Nova Gazeta'); 'the Environmental Protection Agency' is a body."""
    if " ".join(words).lower() in lex.words["outlets"] or _masthead(name.split(), lex):
        return True
    described = [*words[-1:], *(role.split()[-1:] if role else [])]
    return any(w.islower() and w in lex.words["outlet_nouns"] for w in described)


def _generic(words: list[str], lex: Lexicon) -> bool:
    """True for a description that can only point back ('the customs official', 'the company').

    Organisation and document heads point back only when the phrase names nothing
    ('the company', not 'the U.S. State Department').
    """
    head = _head(words, lex)
    if head in lex.words["organizations"] and _of_name(words):
        return False  # 'the Bank of Norway', 'the Ministry of Fisheries': a name, not a pointer
    if len(words) == 1 and head in GENERIC_ORGS:
        return True  # 'the Bank', 'the Fund': the body of that kind named before
    if head in lex.words["anonymous"] or head in lex.words["titles"]:
        return True
    if any(w.endswith(_POSSESSIVE_ENDS) for w in words[:-1]):
        return False  # 'the nurses' union', 'the city's council': the owner makes it a body of its own
    return (head in GENERIC_ORGS or head in lex.words["documents"]) and all(w[:1].islower() for w in words)


_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _of_name(words: list[str]) -> bool:
    """True for a capitalised head with a capitalised 'of' complement ('Bank of Norway')."""
    return any(
        words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        for k in range(1, len(words) - 1)
        if words[k].lower() == "of"
    )


class History(Sequence[Source]):
    """The sources resolved so far, oldest first, each kept once at its latest mention.

    Every look-back over earlier sources (the latest person, the latest body with this head)
    finds in it what it would find in the full list of mentions, in as many steps as there are
    distinct sources; the word endings of the people said index 'Van der Berg' -> 'Anna van der
    Berg' in one step, so a long article costs time in proportion to its length.
    """

    def __init__(self, sources: Iterable[Source] = ()) -> None:
        self._said: dict[tuple[object, ...], Source] = {}
        self._endings: dict[str, str] = {}  # lower-case word ending -> latest person with it
        self._list: list[Source] | None = []
        for source in sources:
            self.add(source)

    def add(self, source: Source) -> None:
        """Note `source` as the latest mention."""
        key = (source.name, source.role, source.kind, source.via, source.plural, source.outlet, source.head)
        self._said.pop(key, None)
        self._said[key] = source
        self._list = None
        if source.kind == "person":
            self._endings.update(name_endings(source.name))

    def person_ending(self, tail: str) -> str | None:
        """The latest person whose lower-case name ends with the words `tail`."""
        return self._endings.get(tail)

    @property
    def _sources(self) -> list[Source]:
        if self._list is None:
            self._list = list(self._said.values())
        return self._list

    @overload
    def __getitem__(self, k: int) -> Source: ...

    @overload
    def __getitem__(self, k: slice) -> list[Source]: ...

    def __getitem__(self, k: int | slice) -> Source | list[Source]:
        return self._sources[k]

    def __len__(self) -> int:
        return len(self._said)

    def __iter__(self) -> Iterator[Source]:
        return iter(self._sources)

    def __reversed__(self) -> Iterator[Source]:
        return reversed(self._sources)


def name_endings(name: str) -> dict[str, str]:
    """Each proper word ending of `name` in lower case ('van der berg', 'der berg', 'berg' for
    'Anna van der Berg'), mapped to the name."""
    lower = name.lower()
    return {lower[k + 1 :]: name for k, char in enumerate(lower) if char == " "}


@dataclass(frozen=True)
class Genders:
    """What the article and the language say of a person's sex: 'm' or 'f', for he/she.

    `written` holds the names the article gives a gendered title or role ('Mrs Pike', 'Anna Pike,
    a spokeswoman'), by full name and by surname; otherwise the given name decides ('Anna').
    """

    written: dict[str, str]
    given: dict[str, str]  # lower-case given name -> 'm' | 'f'
    nouns: dict[str, str]  # lower-case gendered title or role word -> 'm' | 'f'

    def of(self, source: Source) -> str | None:
        """'m', 'f' or None (not known) for `source`."""
        if source.name in self.written:
            return self.written[source.name]
        words = [*(source.role or "").lower().replace(",", " ").split(), *source.name.lower().split()]
        said = {self.nouns[w] for w in words if w in self.nouns}
        if len(said) == 1:
            return said.pop()
        first = source.name.split()[0].lower() if source.kind == "person" and source.name else ""
        return self.given.get(first) or self.written.get(source.name.split()[-1] if source.name else "")

    def fits(self, source: Source, pronoun: str) -> bool:
        """False only when `source` is known to be of the other sex than 'he'/'him' or 'she'."""
        wanted = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun)
        found = self.of(source) if wanted else None
        return found is None or found == wanted


def genders(people: Iterable[tuple[str, list[str]]], lex: Lexicon) -> Genders:
    """The Genders of an article from the (full name, title and role words) it writes, and the
    language's word lists."""
    given = {n: "m" for n in lex.words["masculine_given_names"]} | {
        n: "f" for n in lex.words["feminine_given_names"]
    }
    nouns = {n: "m" for n in lex.words["masculine_words"]} | {n: "f" for n in lex.words["feminine_words"]}
    said: dict[str, set[str]] = {}
    for name, titles in people:
        found = {nouns[w.lower().strip(".,")] for w in titles if w.lower().strip(".,") in nouns}
        for key in (name, name.split()[-1]):
            said.setdefault(key, set()).update(found)
    written = {key: found.pop() for key, found in said.items() if len(found) == 1}
    return Genders(written, given, nouns)


@dataclass(frozen=True)
class Context:
    """What the article says around a phrase: full names by surname, the nearest names before it."""

    people: dict[str, str]
    person: str | None = None  # last personal name written before the phrase
    organization: str | None = None  # last company-like name written before the phrase
    companies: tuple[str, ...] = ()  # every company the article names
    organizations: tuple[str, ...] = ()  # names of bodies written before the phrase, in text order
    roles: tuple[tuple[str, str], ...] = ()  # (person, role in lower case) written before the phrase
    endings: dict[str, str] = field(default_factory=dict)  # word ending -> first of `people` with it
    surnames: dict[str, frozenset[str]] = field(default_factory=dict)  # last word -> `people` with it
    genders: Genders = field(default_factory=lambda: Genders({}, {}, {}))
    persons: tuple[str, ...] = ()  # the last few personal names written before the phrase, latest last
    recent: tuple[tuple[int, str], ...] = ()  # the last few personal names before the phrase, with offsets


def resolve(phrase: Phrase, history: History, context: Context) -> Source:
    """The source a phrase refers to, given the sources resolved before it (latest last).

    Unexplained 'he' and 'the company' fall back to the nearest name written before them.
    """
    if phrase.pronoun:
        found = _pronoun(phrase.pronoun, history, context.genders)
        person = _person_before(phrase.pronoun, context)
        if found is None and phrase.pronoun in {"he", "she"} and person:
            return Source(person, None, "person")
        if (
            found is None
            and phrase.pronoun in {"he", "she"}
            and history
            and bare_surname(history[-1], context)
        ):
            return Source(history[-1].name, None, "person")  # 'Karsten said ... He added': a person
        if found is None and phrase.pronoun == "it" and context.organization:
            return Source(context.organization, None, "organization")
        if found is None and phrase.pronoun == "it" and context.organizations:
            return Source(context.organizations[-1], None, "organization")  # the body named last
        if found is None and phrase.pronoun in {"they", "we"}:
            return replace(phrase.source, kind="anonymous", plural=True)
        return found or phrase.source
    pair = _pair(phrase.source.name, context)
    if pair:
        return Source(pair, phrase.source.name, "organization", plural=True)
    people = _people_pair(phrase.source.name, history, context)
    if people:
        return Source(people, None, "person", plural=True)
    if phrase.definite:
        return _pointed(phrase, history, context) or phrase.source
    source = phrase.source
    if source.kind == "person" and not source.role and any(source.name in name for name in context.companies):
        return replace(source, kind="organization")
    if source.kind in {"organization", "person"}:
        body = _company_named_before(source.name, history, context)
        if body is not None:  # 'Halvorsen Industries Inc said ... Halvorsen said': the company
            return Source(body, source.role, "organization")
        full = _full_name(source.name, history, context)
        if full:
            return Source(full, source.role, "person")
    if source.kind == "organization" and source.name.isupper():
        spelled = next((name for name in reversed(context.organizations) if _spells(source.name, name)), None)
        spelled = spelled or next((e.name for e in reversed(history) if _spells(source.name, e.name)), None)
        if spelled:
            return replace(source, name=spelled)
    if source.kind in _BODIES:
        words = set(source.name.split())
        longer = next(
            (e for e in reversed(history) if e.kind in _BODIES and words < set(e.name.split())), None
        )
        if longer:
            return replace(longer, role=source.role or longer.role)
    return source


_BODIES = frozenset({"organization", "document"})  # 'the Post' after 'the Washington Post'


def _company_named_before(name: str, history: History, context: Context) -> str | None:
    """The body a bare name opens, when the text named that body before and no person of that name
    yet ('Halvorsen Industries Inc said ...' then 'Halvorsen said', its president named later)."""
    if " " in name or not name[:1].isupper():
        return None
    people = [*context.persons, *(e.name for e in history if e.kind == "person")]
    if any(p.split()[-1] == name for p in people):
        return None
    return next((o for o in reversed(context.organizations) if o.split()[0] == name and o != name), None)


def bare_surname(source: Source, context: Context) -> bool:
    """True for a one-word name typed a body for want of evidence ('Karsten'), no company the text names."""
    name = source.name
    return (
        source.kind == "organization"
        and len(name.split()) == 1
        and not name.isupper()
        and not any(name in company.split() for company in context.companies)
    )


def _spells(acronym: str, name: str) -> bool:
    """True when `acronym` is the initials of `name` ('WMO', 'World Meteorological Organization')."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return 2 <= len(acronym) <= 6 and acronym.isalpha() and initials == acronym


def _people_pair(name: str, history: History, context: Context) -> str | None:
    """'Berg and Hale', 'Ann Berg and Tom Hale': two people the article names, joined by 'and'."""
    parts = name.split(" and ")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p.split()) <= 3 for p in parts):
        return None
    known = {*context.people.values(), *(s.name for s in history if s.kind == "person")}
    full = [p if p in known else _full_name(p, history, context) for p in parts]
    return " and ".join(f for f in full if f) if all(f in known for f in full) else None


def _pair(name: str, context: Context) -> str | None:
    """'the two companies' / 'both banks': the last two bodies named before, joined by 'and'."""
    words = name.lower().split()
    if len(words) != 2 or words[0] not in {"two", "both"}:
        return None
    noun = words[1][:-3] + "y" if words[1].endswith("ies") else words[1].removesuffix("s")
    if noun not in GENERIC_ORGS | COMPANY_NOUNS:
        return None
    named = list(dict.fromkeys(reversed(context.organizations)))[:2]
    return f"{named[1]} and {named[0]}" if len(named) == 2 else None


def _pointed(phrase: Phrase, history: History, context: Context) -> Source | None:
    """What a definite description points back to: an earlier source, or a body named before."""
    found = _description(phrase, history)
    if found is None and phrase.head in GENERIC_ORGS:
        named = [
            n
            for n in context.organizations
            if _same_word(_name_head(n), phrase.head) and n.lower() != phrase.head  # not 'Bank' itself
        ]
        if named:
            found = Source(named[-1], None, "organization")
    if found is None and (phrase.head in COMPANY_NOUNS or phrase.business) and context.organization:
        found = Source(context.organization, None, "organization")
    if found is None and not phrase.source.plural:
        found = _role_holder(phrase.source.name, context)
    if found is None:
        return None
    written = phrase.source.name
    within = set(written.split()) <= set(found.name.split())  # 'the Fund' for 'International Monetary Fund'
    role = written if found.kind in {"person", "organization"} and not within else found.role
    return replace(found, role=role)


def _name_head(name: str) -> str:
    """The head word of a body's name: the word before 'of' ('Bank of Norway'), else the last."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _role_holder(description: str, context: Context) -> Source | None:
    """The person the article named with this role before ('the minister', 'the Minister of
    Fisheries' after 'Fisheries Minister Ola Brekke'): every word of the description in the role."""
    wanted = [w for w in description.lower().replace(",", " ").split() if w not in _ROLE_FILLERS]
    for name, role in reversed(context.roles):
        said = role.replace(",", " ").split()
        if wanted and all(any(_same_word(w, r) for r in said) for w in wanted):
            return Source(name, None, "person")
    return None


_ROLE_FILLERS = frozenset({"the", "a", "an", "of", "for", "and"})


def _full_name(name: str, history: History, context: Context) -> str | None:
    """The full personal name a surname or given name stands for ('Lindahl' -> 'Petra Lindahl')."""
    words = name.split()
    if _ARABIC_ARTICLE.match(words[-1].lower()[:1] + words[-1][1:]):
        words[-1] = words[-1][:1].lower() + words[-1][1:]  # 'Al-Jadaan' opening a sentence is 'al-Jadaan'
    if len(words) <= 2 and words[-1] in context.people:
        full = context.people[words[-1]]
        if full != name and (len(words) == 1 or words[0].lower() in PARTICLES):
            return full
    if len(words) != 1:
        return _surname_with_particles(name, history, context)
    for earlier in reversed(history):
        if earlier.kind == "person" and earlier.name.split()[-1].lower() == name.lower():
            return earlier.name
    given = [full for full in context.people.values() if full.split()[0] == name]
    return given[0] if len(given) == 1 else None


def _ends_sentence(word: str, lex: Lexicon) -> bool:
    """A word with a full stop that is no initial or abbreviation ('April.' before 'Unite said')."""
    return (
        word.endswith(".")
        and len(word) > 2
        and word.lower().rstrip(".") not in lex.words["abbreviations"]
        and not re.fullmatch(_INITIALS, word)
    )


def _surname_with_particles(name: str, history: History, context: Context) -> str | None:
    """'Van der Berg' -> 'Anna van der Berg', 'Abu Zaid' -> 'Ali Abu Zaid': a written full name that
    ends with this one, particles matched in any case."""
    tail = name.lower()
    return history.person_ending(tail) or context.endings.get(tail)


COMPANY_SUFFIXES = frozenset(
    {"Inc", "Corp", "Corporation", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "Holdings", "Group"}
)
COMPANY_NOUNS = frozenset(
    {"company", "firm", "group", "concern", "corporation", "bank", "utility", "airline"}
)
_COMPANY_END = re.compile(
    r"<([^>]{2,60})>|\b(?:Inc|Corp|Corporation|Co|Ltd|Plc|PLC|AG|SA|NV|Holdings|Group|Commission|Committee|Council"
    r"|Department|Ministry|Bank|Agency|Board|Association|Union|Institute|Authority|Organization|Organisation"
    r"|Office|Federation|Administration|Service|Fund|Exchange|Court)\b"
)
_ACRONYMED = re.compile(
    r"\b([A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w&'’-]*){1,8})\s+\([A-Z]{2,8}\)"
)
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?")  # a stock code in angle brackets: 'KDK.T', 'APX'
_COMPANY_START = re.compile(r"(?:[A-Z][\w&.'’-]*[ \t\n]+){1,5}$")
_COMPANY_START_COMMA = re.compile(r"(?:[A-Z][\w&.'’-]*[ \t\n]+){0,4}[A-Z][\w&'’-]*,[ \t]+$")
_LEGAL_FORMS = frozenset({"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV"})


def company_mentions(text: str) -> list[tuple[int, str]]:
    """Offset and name of every company or institution the text names ('Apex Mining Corp', '<Teck Corp>'),
    and every name an acronym in brackets follows ('Nordic Council of Ministers (NCM)')."""
    found = [(m.start(1), " ".join(m.group(1).split())) for m in _ACRONYMED.finditer(text)]
    for match in _COMPANY_END.finditer(text):
        window = max(0, match.start() - 80)
        start = _COMPANY_START.search(text, window, match.start())
        if start is None and match.group() in _LEGAL_FORMS:  # 'Acme, Inc.'
            start = _COMPANY_START_COMMA.search(text, window, match.start())
        if match.group(1) and not (_TICKER.fullmatch(match.group(1)) and start):
            found.append((match.start(), match.group(1).strip()))
            continue
        if start:  # 'Apex Mining Corp', and 'Kanto Denki KK <KDK.T>': the name before a ticker
            end = match.end()
            if match.group() not in _LEGAL_FORMS and (of := _OF_NAME.match(text, end)):
                end = of.end()  # 'the Bank of Norway', 'Ministry of Fisheries': the body's name goes on
            name = text[start.start() : end]
            found.append((start.start(), " ".join(name.removeprefix("The ").removeprefix("THE ").split())))
    return found


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,2}")


def _same_word(a: str, b: str) -> bool:
    """Equal words, plural s aside, or one typing slip apart ('offical' / 'official')."""
    a, b = a.removesuffix("s"), b.removesuffix("s")
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    short, long = sorted((a, b), key=len)
    return (
        any(long[:k] + long[k + 1 :] == short for k in range(len(long)))
        if len(short) != len(long)
        else (sum(x != y for x, y in zip(a, b, strict=True)) == 1)
    )


def business_mentions(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """Offset and name of every capitalised name ending in an organisation word ('Brightwater
    Energy', 'Harlow Networks'), which 'the company' can point back to."""
    found = []
    openers = lex.words["sentence_starters"] | lex.words["conjunctions"]
    for match in _NAME.finditer(text):
        words = [w.rstrip(".,") for w in match.group().split()]
        while words and words[0].lower() in openers:
            words = words[1:]
        if (
            len(words) >= 2
            and words[-1].lower() in lex.words["organizations"]
            and words[0] not in lex.words["place_prefixes"]
        ):
            found.append((match.start(), " ".join(words)))
    return found


def person_mentions(text: str, lex: Lexicon) -> list[tuple[int, str, bool]]:
    """Offset, full name and whether a title introduced it, for every personal name the article
    writes out ('Anna Kowal-Brekke', 'Finance Minister Tomas Ruud').

    A single name counts after a title ('President Okoro').
    """
    return [(at, name, bool(titles)) for at, name, titles in name_mentions(text, lex)]


def role_mentions(
    text: str, mentions: list[tuple[int, str, list[str]]], lex: Lexicon
) -> list[tuple[int, str, str]]:
    """Offset, full name and role (lower case) of every person among `mentions` (name_mentions)
    the article names with a role: before the name ('Fisheries Minister Ola Brekke', 'fisheries
    minister Ola Brekke') or in apposition after it ('Ola Brekke, the Minister of Fisheries,')."""
    found = []
    for at, name, titles in mentions:
        lower = _LOWER_ROLE.search(text, max(0, at - 60), at)
        written = _role_tail(lower.group(1).split(), lex) if lower else []
        before = [*(written if _role_words(" ".join(written), lex) else []), *titles]
        end = text.find(name, at) + len(name)
        apposed = _APPOSED_ROLE.match(text, end)
        clause = apposed is not None and any(
            w in lex.cues or w in lex.words["auxiliaries"] for w in apposed.group(1).lower().split()
        )
        after = (
            apposed.group(1).split() if apposed and not clause and _role_words(apposed.group(1), lex) else []
        )
        role = " ".join([*before, *after]).lower()
        if role:
            found.append((at, name, role))
    return found


def _role_tail(words: list[str], lex: Lexicon) -> list[str]:
    """The lower-case words right before a name that can be its role ('led by fisheries minister'
    -> 'fisheries minister'): back to a preposition, determiner or verb."""
    kept: list[str] = []
    for word in reversed(words):
        if (
            word in PREPOSITIONS
            or word in lex.words["determiners"]
            or word in {"by", "and"}
            or word.endswith("ed")
        ):
            break
        kept.insert(0, word)
    return kept


def _role_words(phrase: str, lex: Lexicon) -> bool:
    """True when a phrase holds a title word ('fisheries minister', 'the head of the port')."""
    return any(_title(w, lex) for w in phrase.split())


_LOWER_ROLE = re.compile(r"((?:[a-z][a-z-]+\s+){1,3})$")
_APPOSED_ROLE = re.compile(r",\s+(?:the\s+|a\s+)?([^,;:.\"“”()]{3,70}?)\s*,")  # closed by a comma


def _headline_case(words: list[str], lex: Lexicon) -> bool:
    """True for capitalised words that make a clause, not a name: a present cue first ('Says',
    'Denies') or a function word anywhere ('Will', 'Not', 'To')."""
    first = words[0].lower()
    if first in lex.cues and first.endswith("s") and not first.endswith("ss"):
        return True
    return any(w.lower() in _TITLE_CASE_FUNCTION_WORDS for w in words)


_TITLE_CASE_FUNCTION_WORDS = frozenset(
    {"will", "not", "to", "for", "on", "in", "over", "after", "with", "and", "as", "by", "from", "the"}
    | {"is", "are", "was", "were", "be", "may", "could", "would", "should", "can", "has", "have", "had"}
)


def name_mentions(text: str, lex: Lexicon) -> list[tuple[int, str, list[str]]]:
    """Offset, full name and the capitalised title words before it, for every personal name."""
    people: list[tuple[int, str, list[str]]] = []
    openers = lex.words["sentence_starters"] | lex.words["conjunctions"]
    for match in _NAME.finditer(text):
        for at, words in _sentence_pieces(match, lex):
            if words and len(words[-1]) > 2:
                words[-1] = words[-1].rstrip(".")
            while words and words[0].lower() in openers:
                words = words[1:]
            titles = [k for k, word in enumerate(words[:-1]) if _title(word, lex)]
            if titles and titles[-1] == len(words) - 2 and _given_name(words[-2], lex):
                titles = titles[:-1]  # 'Dean Holt', 'Marshall Lee': a given name, no title
            role = words[: titles[-1] + 1] if titles else []
            words = words[titles[-1] + 1 :] if titles else words
            if len(words) < (1 if titles else 2) or words[0] in lex.words["place_prefixes"]:
                continue
            if _headline_case(words, lex):
                continue  # 'Finance Minister Says Taxes Will Not Rise': a title-case headline, no name
            if all(_proper(w, lex) or (k == 0 and _given_name(w, lex)) for k, w in enumerate(words)):
                people.append((at, " ".join(words), role))
    return people


def _given_name(word: str, lex: Lexicon) -> bool:
    """True for a capitalised word that is a common given name ('Dean' before a surname)."""
    key = word.lower()
    return key in lex.words["masculine_given_names"] or key in lex.words["feminine_given_names"]


def _sentence_pieces(match: re.Match[str], lex: Lexicon) -> list[tuple[int, list[str]]]:
    """A capitalised run cut where a sentence ends inside it ('Ola Brekke. The'), each piece with
    its offset: the name before the full stop counts as much as the words after it."""
    pieces: list[tuple[int, list[str]]] = [(match.start(), [])]
    for word in re.finditer(r"\S+", match.group()):
        written = word.group().removesuffix("'s").removesuffix("’s")
        if not pieces[-1][1]:
            pieces[-1] = (match.start() + word.start(), [])
        pieces[-1][1].append(written)
        if _ends_sentence(written, lex) and word.end() < len(match.group()):
            pieces.append((match.start() + word.end(), []))
    return [(at, words) for at, words in pieces if words]


_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|ar|an|az)-[A-Z]")
_GAP = r"(?:[ \t]+|\n(?![ \t]))"
_INITIALS = r"(?:[A-Z]\.){2,3}"  # 'J.R. Hale': initials written together
_NAME_WORD = rf"(?:{_INITIALS}|(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’.]+(?:-[A-Za-z][a-z'’]+)*)"
_PARTICLE = "|".join(sorted(PARTICLES - {"mac", "st"}, key=len, reverse=True))
_NAME = re.compile(rf"\b{_NAME_WORD}(?:{_GAP}(?:(?:{_PARTICLE}){_GAP}){{0,2}}(?:(?:al|el)-)?{_NAME_WORD})+")


def _person_before(pronoun: str, context: Context) -> str | None:
    """The last personal name written before the phrase that 'he' or 'she' can stand for."""
    genders = context.genders
    if context.person is None or genders.fits(Source(context.person, None, "person"), pronoun):
        return context.person
    fitting = (n for n in reversed(context.persons) if genders.fits(Source(n, None, "person"), pronoun))
    return next(fitting, context.person)


def _pronoun(pronoun: str, history: History, genders: Genders) -> Source | None:
    for earlier in reversed(history):
        if (
            pronoun in {"he", "she", "him"}
            and (earlier.kind == "person" or (earlier.kind == "anonymous" and not earlier.plural))
            and genders.fits(earlier, pronoun)
        ):
            return earlier
        if pronoun in {"they", "we"} and (earlier.plural or earlier.kind == "organization"):
            return earlier
        if pronoun == "it" and earlier.kind in {"organization", "document"}:
            return earlier
    return None


def _description(phrase: Phrase, history: History) -> Source | None:
    """The earlier source a definite description points back to ('the source', 'the company')."""
    head = phrase.head
    if phrase.outlet_noun:
        outlet = next((earlier for earlier in reversed(history) if earlier.outlet), None)
        if outlet:
            return outlet
    for k in range(len(history) - 1, -1, -1):
        earlier = history[k]
        said = [earlier.head, *(earlier.role or "").lower().replace(",", " ").split()]
        if earlier.plural != phrase.source.plural or not any(_same_word(word, head) for word in said):
            continue
        named = [s for s in history[k + 1 :] if s.kind == "person"]
        if earlier.kind != "person" and named and head in {"official", "minister"}:
            return named[-1]
        return earlier
    if phrase.source.plural:
        return None
    wanted = "organization" if head in GENERIC_ORGS else "person"
    if wanted == "person" and (
        head not in POINTING_TITLES or phrase.source.role or len(phrase.source.name.split()) > 3
    ):
        return None
    for earlier in reversed(history):
        if earlier.kind == wanted and (
            wanted == "person" or head in COMPANY_NOUNS or _names_head(earlier.name, head)
        ):
            return earlier
    return None


def _names_head(name: str, head: str) -> bool:
    """'the ministry' may be the 'Finance Ministry' said before, never the 'union' that spoke last
    (a company noun points back to any company: 'the company' after 'Apex Mining')."""
    return any(_same_word(word.lower(), head) for word in name.split())
