"""Speaker identity: the spellings, roles and back-references of one speaker merged into one.

Evidence, strongest first: the curated alias file; in the same article a role or a bare
family name that points at a named speaker; across articles full names whose given and
family names are spelling variants, and a bare family name that fits exactly one known
person. Two people who share a family name stay apart unless evidence joins them; a generic
description ("المصدر", "الشرطة") is one speaker in its article only; a name after a relation
("محامي ...", "شقيق ...") is someone else's, so it never joins that person.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from itertools import islice
from operator import ne

from rawi.arabic.normalize import match_key
from rawi.claims.aliases import Alias
from rawi.claims.mentions import Mention
from rawi.claims.names import family_key, name_tokens, same_word, transliterate
from rawi.records import content_id

_WORDS = json.loads(resources.files("rawi.claims").joinpath("data/descriptions.json").read_text("utf-8"))
GENERIC_HEADS = frozenset(match_key(" ".join(_WORDS["heads"])).split())
GENERIC_ADJECTIVES = frozenset(match_key(" ".join(_WORDS["adjectives"])).split())
RELATIONS = frozenset(match_key(" ".join(_WORDS["relations"])).split())


@dataclass(frozen=True)
class Speaker:
    """One speaker across articles: display name, Latin form, kind, spellings and roles seen."""

    id: str
    name: str
    latin: str
    kind: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True)
class SpeakerIndex:
    """Speakers by id, and the speaker id of each mention id."""

    speakers: dict[str, Speaker]
    of_mention: dict[str, str]

    @cached_property
    def sizes(self) -> dict[str, int]:
        """How many mentions each speaker id has."""
        return Counter(self.of_mention.values())


class _Union:
    """Union-find over string keys (local to one resolution run)."""

    def __init__(self) -> None:
        """An empty forest."""
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The root key of `key`'s group."""
        parent = self.parent.setdefault(key, key)
        if parent != key:
            parent = self.parent[key] = self.find(parent)
        return parent

    def union(self, a: str, b: str) -> None:
        """Join the groups of `a` and `b` under the smaller root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def generic(name: str) -> bool:
    """Whether a speaker is named only by a generic description: "المصدر", "مصدر مطلع",
    "الشرطة المحلية", "a senior official" (a head noun and at most one adjective of the list)."""
    words = [w for w in match_key(name).split() if w not in ("the", "a", "an")]
    if words and all(w.isascii() for w in words):
        words.reverse()  # English puts the adjective first: "senior official"
    if not words or len(words) > 2 or words[0] not in GENERIC_HEADS:
        return False
    return len(words) == 1 or words[1] in GENERIC_ADJECTIVES


def related(name: str) -> bool:
    """Whether a name designates someone by a relation to another ("محامي الرئيس فلان")."""
    words = match_key(name).split()
    return bool(words) and words[0] in RELATIONS


def name_key(name: str) -> str:
    """The key one spelling is merged under: its words without titles, letters unified."""
    return " ".join(name_tokens(name))


def _contained(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether every word of `short` has a spelling variant in `long`, in order."""
    i = 0
    for word in long:
        if i < len(short) and same_word(short[i], word):
            i += 1
    return i == len(short)


def same_person(a: str, b: str) -> bool:
    """Two full names (2+ words) of one person: same family name and the shorter's words in the longer."""
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2 or not same_word(ta[-1], tb[-1]):
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return _contained(tuple(short), tuple(long))


def _mention_key(m: Mention, role_names: dict[str, str], family_names: dict[str, set[str]]) -> str:
    """The key of a mention's speaker after in-article evidence (role or bare family name)."""
    if m.speaker_kind == "anonymous":
        return f"anon:{m.article_id}:{match_key(m.speaker)}"
    key = name_key(m.speaker)
    if key in role_names:
        return role_names[key]
    if generic(m.speaker) or related(m.speaker):
        return f"anon:{m.article_id}:{key}"
    if " " not in key:
        full = family_names.get(family_key(key), set())
        if len(full) == 1:
            return next(iter(full))
    return key


def _article_keys(mentions: list[Mention]) -> dict[str, str]:
    """Mention id -> speaker key inside one article (roles and family names attached to full names)."""
    role_names: dict[str, str] = {}
    family_names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        key = name_key(m.speaker)
        if m.speaker_kind == "anonymous" or " " not in key or related(m.speaker):
            continue
        family_names[family_key(key.split()[-1])].add(key)
        if m.speaker_role:
            role_names.setdefault(name_key(m.speaker_role), key)
    return {m.id: _mention_key(m, role_names, family_names) for m in mentions}


def _alias_keys(aliases: Iterable[Alias], union: _Union) -> dict[str, Alias]:
    """Join each alias entry's spellings and roles; key -> entry for every spelling and role."""
    by_key: dict[str, Alias] = {}
    for alias in aliases:
        keys = [name_key(n) for n in (*alias.names, *alias.roles)]
        for key in keys:
            union.union(keys[0], key)
            by_key.setdefault(key, alias)
    return by_key


def _join_full_names(keys: Iterable[str], union: _Union) -> None:
    """Union full names that are spelling variants, blocked by the family name's skeleton prefix."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if " " in key and not key.startswith("anon:"):
            blocks[family_key(key.split()[-1])[:2]].append(key)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if same_person(a, b):
                    union.union(a, b)


def _join_family_names(people: Iterable[str], union: _Union, known: dict[str, Alias]) -> None:
    """Union a bare family name with the one person it can mean; leave it alone when it is ambiguous."""
    people = list(people)
    families: dict[str, set[str]] = defaultdict(set)
    for key in people:
        if " " in key:
            families[family_key(key.split()[-1])].add(union.find(key))
    for key in people:
        if " " in key or key in known:
            continue
        people = families.get(family_key(key), set())
        if len(people) == 1:
            union.union(key, next(iter(people)))


def _display(spellings: Counter[str]) -> str:
    """The spelling shown for a speaker: the most frequent among those with the most words."""
    longest = max(len(name_tokens(s)) for s in spellings)
    return max((s for s in spellings if len(name_tokens(s)) == longest), key=lambda s: (spellings[s], s))


def _speaker(root: str, mentions: list[Mention], alias: Alias | None) -> Speaker:
    """The Speaker record of one merged group of mentions."""
    spellings = Counter(m.speaker for m in mentions)
    kinds = Counter(m.speaker_kind for m in mentions)
    name = _display(spellings)
    roles = sorted({m.speaker_role for m in mentions if m.speaker_role})
    return Speaker(
        id=content_id("speaker", alias.latin if alias else root),
        name=name,
        latin=alias.latin if alias else transliterate(name),
        kind=alias.kind if alias else kinds.most_common(1)[0][0],
        variants=tuple(sorted(spellings)),
        roles=tuple(roles),
    )


def resolve_speakers(
    mentions: Iterable[Mention],
    aliases: Iterable[Alias] = (),
    known: dict[str, str] | None = None,
    previous: SpeakerIndex | None = None,
) -> SpeakerIndex:
    """Merge the speakers of all mentions into identities (see the module docstring for the evidence).
    `known` holds the in-article keys of mentions resolved before (it gains those of the others):
    only articles with a mention not in it are keyed again; an identity of `previous` whose
    mentions are still exactly one group is kept as it was. Evidence is weighed per key, and
    per mention only look-ups and counts are made: an update adding a few statements to a large
    store keys and places the new ones, and makes again only the identities they change."""
    ordered = _by_article(list(mentions))
    ids = [m.id for m in ordered]
    keys: dict[str, str] = {} if known is None else known
    stale = {m.article_id for m in ordered if m.id not in keys}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in ordered if known is None else (m for m in ordered if m.article_id in stale):
        by_article[m.article_id].append(m)
    for group in by_article.values():
        keys.update(_article_keys(group))
    key_of = list(map(keys.__getitem__, ids))
    kind_of: dict[str, tuple[str, int]] = {}  # key -> its most frequent kind (the first seen of those tied)
    for (key, kind), count in Counter(zip(key_of, (m.speaker_kind for m in ordered), strict=True)).items():
        if key not in kind_of or count > kind_of[key][1]:
            kind_of[key] = (kind, count)
    union = _Union()
    alias_keys = _alias_keys(aliases, union)
    people = [key for key, (kind, _count) in kind_of.items() if kind == "person"]
    _join_full_names(people, union)
    _join_family_names(people, union, alias_keys)
    root_of = {key: union.find(key) for key in kind_of}
    alias_of_root = {union.find(k): a for k, a in alias_keys.items()}
    roots = list(map(root_of.__getitem__, key_of))
    kept = _kept(ids, roots, previous)
    at: dict[str, list[int]] = defaultdict(list)
    for n in [n for n, root in enumerate(roots) if root not in kept]:
        at[roots[n]].append(n)
    speakers: dict[str, Speaker] = {}
    speaker_of_root: dict[str, str] = {}
    for root in dict.fromkeys(root_of.values()):
        speaker = kept.get(root) or _speaker(root, [ordered[n] for n in at[root]], alias_of_root.get(root))
        speakers[speaker.id] = speaker
        speaker_of_root[root] = speaker.id
    of_mention = dict(zip(ids, map(speaker_of_root.__getitem__, roots), strict=True))
    return SpeakerIndex(speakers=speakers, of_mention=of_mention)


def _by_article(mentions: list[Mention]) -> list[Mention]:
    """The mentions grouped by article, articles in the order they first appear (the list itself
    when each article's mentions are already together, as the store gives them)."""
    articles = [m.article_id for m in mentions]
    rank = {article: n for n, article in enumerate(dict.fromkeys(articles))}
    if len(rank) == 1 + sum(map(ne, articles, islice(articles, 1, None))) or not mentions:
        return mentions
    return sorted(mentions, key=lambda m: rank[m.article_id])


def _kept(ids: list[str], roots: list[str], previous: SpeakerIndex | None) -> dict[str, Speaker]:
    """Root key -> the identity of `previous` that held exactly its mentions (ids, with the root
    of each), for the groups where one did."""
    if previous is None:
        return {}
    was: dict[str, list[str | None]] = defaultdict(list)
    for root, held in Counter(zip(roots, map(previous.of_mention.get, ids), strict=True)):
        was[root].append(held)
    sizes = Counter(roots)
    kept: dict[str, Speaker] = {}
    for root, helds in was.items():
        first = helds[0] if len(helds) == 1 else None
        speaker = previous.speakers.get(first) if first is not None else None
        if speaker is not None and previous.sizes.get(speaker.id, 0) == sizes[root]:
            kept[root] = speaker
    return kept


def find_speakers(index: SpeakerIndex, query: str) -> list[Speaker]:
    """Speakers a user's query names: any spelling, role or Latin form ("بسكوف", "Peskov")."""
    key = name_key(query)
    wanted = tuple(key.split())
    found = []
    for speaker in index.speakers.values():
        if query.strip().lower() in speaker.latin.lower():
            found.append(speaker)
            continue
        for spelling in (*speaker.variants, *speaker.roles):
            words = name_tokens(spelling)
            if wanted and words and (_contained(wanted, words) or _contained(words, wanted)):
                found.append(speaker)
                break
    return sorted(found, key=lambda s: s.name)
