"""Mentions -> claims: speakers resolved, same-claim pairs joined, reactions linked, status set.

`build_claims` is pure: the CLI feeds it mentions read from the store and writes back what
it returns; tests and the benchmark feed it mentions they make.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice, repeat
from typing import overload

import numpy as np

from rawi.claims.aliases import Alias
from rawi.claims.denials import (
    TARGET_KEYS,
    TARGET_NEIGHBOURS,
    Link,
    back_reference,
    reread,
    resolve_targets,
    target_words,
)
from rawi.claims.embed import Embedder
from rawi.claims.features import (
    Facts,
    Features,
    MatchState,
    block_keys,
    build_features,
    claim_text,
    day_number,
    facts_of,
    match_words,
    mention_frame_keys,
    new_state,
    with_vectors,
)
from rawi.claims.frames import frames_compatible, without_frame_keys
from rawi.claims.headlines import restatements
from rawi.claims.mentions import Mention
from rawi.claims.pairs import (
    NEIGHBOURS,
    WINDOW_DAYS,
    Thresholds,
    candidate_pairs,
    clashes,
    linked_joins,
    same_claim,
    same_reaction,
)
from rawi.claims.speakers import SpeakerIndex, resolve_speakers
from rawi.records import ClaimRole, ClaimStatus, Stance, content_id

LOOKBACK_DAYS = 30
COMPATIBLE_PAIRS = 64  # pairs across two groups read for compatible frames, at most
_SHIFT = 32  # a block place is day << _SHIFT | mention index
_INDEX = (1 << _SHIFT) - 1
STATUS_AFTER: dict[Stance, ClaimStatus] = {"deny": "denied", "confirm": "confirmed"}  # by the last reaction


@dataclass(frozen=True)
class Member:
    """A mention in a claim and its part: first report, repeat, deny or confirm."""

    mention: Mention
    role: ClaimRole
    speaker_id: str


@dataclass(frozen=True)
class Claim:
    """Statements asserting one thing, the reactions to it, and where it stands."""

    id: str
    text: str
    status: ClaimStatus
    members: tuple[Member, ...]

    @property
    def first(self) -> Member:
        """The first report (or, for a claim known only from its denials, the first reaction)."""
        return self.members[0]

    def reactions(self, stance: Stance) -> tuple[Member, ...]:
        """The members that deny (stance "deny") or confirm ("confirm") the claim, earliest first."""
        return tuple(m for m in self.members if m.mention.stance == stance)


@dataclass(frozen=True)
class ClaimSet:
    """Everything `build_claims` found: claims, speaker identities and reaction links."""

    claims: tuple[Claim, ...]
    speakers: SpeakerIndex
    links: tuple[tuple[str, str, str, float, str], ...]  # reaction id, target id, claim id, score, method
    state: MatchState | None = None  # what each mention contributed, for `update_claims`


class _Reread(Sequence[Mention]):
    """Mentions as a claim sees them (see `reread`), each reread when first looked at: an update
    looks at the new statements' neighbourhood, never rereads the whole store."""

    def __init__(self, mentions: list[Mention]) -> None:
        """Over `mentions` as stored (ids, speakers, articles and dates are the same reread)."""
        self.raw = mentions
        self.seen: dict[int, Mention] = {}

    def __len__(self) -> int:
        """How many mentions there are."""
        return len(self.raw)

    @overload
    def __getitem__(self, i: int) -> Mention: ...

    @overload
    def __getitem__(self, i: slice) -> list[Mention]: ...

    def __getitem__(self, i: int | slice) -> Mention | list[Mention]:
        """Mention `i` reread (a slice: each of its mentions)."""
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.raw)))]
        found = self.seen.get(i)
        if found is None:
            found = self.seen[i] = reread(self.raw[i])
        return found


def _find(parent: list[int], i: int) -> int:
    """Root of `i` in a union-find forest, halving paths as it goes."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of `n` nodes joined by `edges`."""
    parent = list(range(n))
    for a, b in edges:
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[_find(parent, i)].append(i)
    return list(groups.values())


def _order(m: Mention, echoes: frozenset[str] = frozenset()) -> tuple[bool, bool, str, str, int]:
    """Reports before reactions, reports cited inside a reaction ('نفت X ما نشرته Y عن ...') after
    the others, then by date (undated last), article and position."""
    return (m.is_reaction, m.id in echoes, m.when or "9999", m.file, m.seq)


def _echoes(members: list[Mention]) -> frozenset[str]:
    """The reports whose words lie inside a reaction of the same article, within it: the claim as its
    denier cites it. A report with the very words of a reaction is no citation: two cues share one
    object ("X announces and Y denies a truce")."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)  # the reactions of each article
    for r in members:
        if r.is_reaction:
            spans[r.article_id].append((r.start, r.end))
    return frozenset(
        m.id
        for m in members
        if not m.is_reaction
        and m.article_id in spans
        and any(
            start <= m.start and m.end <= end and (start, end) != (m.start, m.end)
            for start, end in spans[m.article_id]
        )
    )


def _role(m: Mention, position: int) -> ClaimRole:
    """A member's part: its reaction (deny, confirm), else the first report or a repeat of it."""
    if m.stance == "assert":
        return "first" if position == 0 else "repeat"
    return m.stance


def _claim(mentions: list[Mention], group: list[int], speakers: SpeakerIndex) -> Claim:
    """The Claim of one component: members ordered, roles and status set."""
    echoes = _echoes([mentions[i] for i in group])
    ordered = sorted((mentions[i] for i in group), key=lambda m: _order(m, echoes))
    if echoes and not ordered[0].is_reaction and ordered[0].id not in echoes:
        ordered = [m for m in ordered if m.id not in echoes]  # reported elsewhere: the citation adds nothing
    members = [Member(m, _role(m, pos), speakers.of_mention.get(m.id, "")) for pos, m in enumerate(ordered)]
    reactions = sorted((m for m in ordered if m.is_reaction), key=lambda m: m.when or "")
    status: ClaimStatus = STATUS_AFTER[reactions[-1].stance] if reactions else "reported"
    first = ordered[0]
    return Claim(
        id=content_id("claim", first.id), text=claim_text(first), status=status, members=tuple(members)
    )


def build_claims(
    mentions: list[Mention],
    aliases: Iterable[Alias] = (),
    embedder: Embedder | None = None,
    thresholds: Thresholds | None = None,
) -> ClaimSet:
    """Group reports into claims, then attach each denial or confirmation to the claim of the
    report it reacts to (a reaction with none forms a claim of its own, known only from it)."""
    mentions = [reread(m) for m in mentions]
    thresholds = thresholds or Thresholds()
    state = new_state()
    speakers = resolve_speakers(mentions, aliases, state.speaker_keys)
    features = build_features(mentions, speakers)
    for i, m in enumerate(mentions):
        keyed = features.words[i] | mention_frame_keys(m, features.texts[i])
        state.add(m.id, keyed, Facts(features.nums[i], features.negated[i], features.meta[i]))
    pairs = list(candidate_pairs(features, range(len(mentions)), window=LOOKBACK_DAYS))
    if embedder is not None:
        needed = _compared(mentions, pairs)
        features = with_vectors(features, embedder, needed)
        assert features.vectors is not None
        state.vectors.update((mentions[i].id, features.vectors[i]) for i in needed)
    reports = [(i, j) for i, j in pairs if _joined(mentions, features, i, j, thresholds)]
    reports += linked_joins(features, pairs, reports, _reports_of(mentions, range(len(mentions))))
    links = resolve_targets(mentions, features, pairs)
    alike = [
        (i, j, same)
        for i, j in pairs
        if (same := _alike_reactions(mentions, features, i, j, thresholds)) is not None
    ]
    restated = restatements(mentions, features.speakers, range(len(mentions)))
    groups = _components(len(mentions), _grouped(mentions, reports, links, alike) + restated)
    return replace(_claim_set(mentions, groups, links, speakers), state=state)


def update_claims(
    mentions: list[Mention],
    previous: ClaimSet,
    aliases: Iterable[Alias] = (),
    embedder: Embedder | None = None,
    thresholds: Thresholds | None = None,
) -> ClaimSet:
    """The claims of `mentions` when `previous` holds the claims of all but the new ones. Only the
    neighbourhood of the new mentions (see `_neighbourhood`) is featured, paired and embedded, words
    and vectors of old mentions coming from `previous.state` (which is carried forward, grown);
    each new reaction is resolved, the claims they touch grow or merge, the others are kept."""
    with _no_cycle_collection():
        return _update(mentions, previous, aliases, embedder, thresholds)


def _update(
    mentions: list[Mention],
    previous: ClaimSet,
    aliases: Iterable[Alias],
    embedder: Embedder | None,
    thresholds: Thresholds | None,
) -> ClaimSet:
    """`update_claims`, run with cyclic garbage collection paused."""
    stored = mentions
    seen = _Reread(stored)
    thresholds = thresholds or Thresholds()
    index = {m.id: i for i, m in enumerate(stored)}
    old_groups = [[index[m.mention.id] for m in c.members if m.mention.id in index] for c in previous.claims]
    known = {i for group in old_groups for i in group}
    new = [i for i in range(len(stored)) if i not in known]
    state = previous.state
    if state is None or any(stored[i].id not in state.words for i in known):
        state = _state_of(seen, known)
    for i in new:
        if stored[i].id not in state.words:
            _remember(state, seen[i])
    speakers = resolve_speakers(stored, aliases, state.speaker_keys, previous.speakers)
    articles = {stored[i].article_id for i in new}
    state.changed.update(m.id for m in stored if m.article_id in articles)  # keyed again
    near = _neighbourhood(seen, new, previous, state, speakers, index)
    sub = [seen[i] for i in near]
    local = {m.id: pos for pos, m in enumerate(sub)}
    fresh = {local[stored[i].id] for i in new}
    features = build_features(sub, speakers, state, len(stored))
    pairs = list(candidate_pairs(features, range(len(sub)), window=LOOKBACK_DAYS, only=fresh))
    if embedder is not None:
        cached = {pos: state.vectors[m.id] for pos, m in enumerate(sub) if m.id in state.vectors}
        needed = _compared(sub, pairs, only=fresh)
        features = with_vectors(features, embedder, needed - cached.keys())
        assert features.vectors is not None
        for pos, vector in cached.items():  # row by row: stacking tens of thousands of rows costs more
            features.vectors[pos] = vector
        embedded = [sub[pos].id for pos in needed if pos not in cached]
        state.vectors.update((mention_id, features.vectors[local[mention_id]]) for mention_id in embedded)
        state.changed.update(embedded)
    joined = [(i, j) for i, j in pairs if _joined(sub, features, i, j, thresholds)]
    joined += linked_joins(features, pairs, joined, _reports_of(sub, range(len(sub))))
    reports = [(near[i], near[j]) for i, j in joined]
    resolving = {
        pos for pos, m in enumerate(sub) if m.is_reaction and (pos in fresh or m.article_id in articles)
    }
    found = resolve_targets(sub, features, pairs, _stored_links(previous, local), resolving)
    links = [Link(near[k.reaction], near[k.target], k.score, k.method) for k in found]
    alike = [
        (near[i], near[j], same)
        for i, j in pairs
        if (same := _alike_reactions(sub, features, i, j, thresholds)) is not None
    ]
    ends = {i for pair in reports for i in pair}
    touched = [
        [i for i in group if not seen[i].is_reaction] for group in old_groups if not ends.isdisjoint(group)
    ]
    in_new = [pos for pos, m in enumerate(sub) if m.article_id in articles]
    restated = [(near[h], near[b]) for h, b in restatements(sub, features.speakers, in_new)]
    groups = _regrouped(old_groups, _grouped(seen, reports, links, alike, touched) + restated, new)
    changed = {i for link in links for i in (link.reaction, link.target)} | set(new)
    redone = {stored[link.reaction].id for link in links}
    kept = [row for row in previous.links if row[0] in index and row[1] in index and row[0] not in redone]
    return _updated_set(seen, groups, changed, links, kept, (previous, old_groups, index), speakers, state)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Cyclic garbage collection paused for a while: an update makes few objects, but each full
    collection would walk every object of the store held in memory, a cost growing with the store."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _regrouped(old_groups: list[list[int]], edges: list[tuple[int, int]], new: list[int]) -> list[list[int]]:
    """The groups after an update: the old groups that no edge and no new mention touches, as they
    were, and the components of the new mentions, the edges and the old groups they touch."""
    ends = {i for edge in edges for i in edge}
    ends.update(new)
    group_of = {i: g for g, group in enumerate(old_groups) for i in group}
    joined = {group_of[i] for i in ends if i in group_of}
    nodes = sorted(ends.union(*(old_groups[g] for g in joined)))
    local = {i: pos for pos, i in enumerate(nodes)}
    inner = [(local[a], local[b]) for a, b in edges]
    inner += [(local[group[0]], local[i]) for group in (old_groups[g] for g in joined) for i in group[1:]]
    regrouped = [[nodes[pos] for pos in group] for group in _components(len(nodes), inner)]
    return [group for g, group in enumerate(old_groups) if g not in joined and group] + regrouped


def _state_of(mentions: Sequence[Mention], known: set[int]) -> MatchState:
    """The matching state of the `known` mentions, for a previous build that kept none."""
    state = new_state()
    for i in sorted(known):
        _remember(state, mentions[i])
    return state


def _remember(state: MatchState, m: Mention) -> None:
    """Add a mention's content words and facts to the matching state, from its claim text."""
    text = claim_text(m)
    state.add(m.id, match_words(m), facts_of(text))


def _neighbourhood(
    mentions: _Reread,
    new: list[int],
    previous: ClaimSet,
    state: MatchState,
    speakers: SpeakerIndex,
    index: dict[str, int],
) -> list[int]:
    """The mentions an update looks at, in their order: the new ones and their articles; in each
    block of a new one (its speaker, its rare words) the NEIGHBOURS on either side of it by day
    within the lookback window, which are all it can be paired with; the latest reports before a
    new reaction that hold the rarest words of its target; the targets of the stored links of
    reactions among these."""
    dates: dict[str, int] = {}
    days = [dates.get(m.when) or dates.setdefault(m.when, day_number(m.when) or 0) for m in mentions.raw]
    place = np.array(days, dtype=np.int64) << _SHIFT  # a block's order, (day, index), as one integer
    place += np.arange(len(days), dtype=np.int64)
    old = np.ones(len(days), dtype=bool)
    old[new] = False
    blocks: dict[str, np.ndarray] = {}

    def block(key: str, members: Callable[[], np.ndarray]) -> np.ndarray:
        """The old members of one block key as sorted places (computed once)."""
        if key not in blocks:
            found = members()
            found = found[found >= 0]
            blocks[key] = np.sort(place[found[old[found]]])
        return blocks[key]

    def holding(word: str) -> Callable[[], np.ndarray]:
        """The indices of the mentions that hold `word` (-1 for one no longer there)."""
        ids = state.postings.get(word, ())
        return lambda: np.fromiter(map(index.get, ids, repeat(-1)), dtype=np.int64, count=len(ids))

    by_speaker: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions.raw):
        by_article[m.article_id].append(i)
        by_speaker[speakers.of_mention.get(m.id, m.speaker)].append(i)
    near = set(new)
    for i in new:
        m = mentions[i]
        words = state.words[m.id]
        speaker = speakers.of_mention.get(m.id, m.speaker)
        keyed = [(f"w:{w[2:]}", holding(w[2:])) for w in block_keys(words, speaker, True, state.df)]
        if m.speaker_kind != "anonymous":
            keyed.append((f"s:{speaker}", partial(np.array, by_speaker.get(speaker, []), dtype=np.int64)))
        d = days[i]
        for key, members in keyed:
            sorted_places = block(key, members)
            pos = int(np.searchsorted(sorted_places, place[i]))
            around = sorted_places[max(0, pos - NEIGHBOURS) : pos + NEIGHBOURS]
            if d:
                when = around >> _SHIFT
                around = around[(when == 0) | (np.abs(when - d) <= LOOKBACK_DAYS)]
            near.update((around & _INDEX).tolist())
        if m.is_reaction and not back_reference(m):
            aimed = sorted(target_words(m, without_frame_keys(words)), key=lambda w: (state.df[w], w))[
                : 2 * TARGET_KEYS
            ]
            for w in aimed:
                sorted_places = block(f"w:{w}", holding(w))
                end = int(np.searchsorted(sorted_places, ((d + 1) << _SHIFT) + len(days), side="right"))
                latest = (j for j in _backwards(sorted_places, end) if not mentions[j].is_reaction)
                near.update(islice(latest, TARGET_NEIGHBOURS))
        near.update(by_article[m.article_id])
    linked = {row[0]: row[1] for row in previous.links}
    stored = mentions.raw
    near.update(index[linked[stored[i].id]] for i in list(near) if linked.get(stored[i].id) in index)
    return sorted(near)


def _backwards(places: np.ndarray, end: int, step: int = 4 * TARGET_NEIGHBOURS) -> Iterator[int]:
    """The mention indices of `places[:end]`, last first, converted a few at a time."""
    while end > 0:
        yield from (places[max(0, end - step) : end][::-1] & _INDEX).tolist()
        end -= step


def _updated_set(
    mentions: Sequence[Mention],
    groups: list[list[int]],
    changed: set[int],
    links: list[Link],
    kept: list[tuple[str, str, str, float, str]],
    previous: tuple[ClaimSet, list[list[int]], dict[str, int]],
    speakers: SpeakerIndex,
    state: MatchState,
) -> ClaimSet:
    """The ClaimSet after an update: claims with a new mention or a new link are made again, the
    others kept from the previous set (its claims as index groups, and the index of each mention
    id, come along) with their members' speaker identities brought up to date; every link names
    the claim its reaction is in now."""
    before, old_groups, index = previous
    by_least = {min(group): claim for group, claim in zip(old_groups, before.claims, strict=True) if group}
    was = before.speakers.of_mention
    moved = {index[m] for m, _s in speakers.of_mention.items() - was.items() if m in index}
    confirmed = {row[0] for row in kept} | {
        mentions[link.reaction].id for link in links if mentions[link.reaction].stance == "confirm"
    }
    claims: list[Claim] = []
    claim_of: dict[str, str] = {}
    for group in groups:
        if not changed.isdisjoint(group):
            grouped = [
                _as_report(m) if m.stance == "confirm" and m.id not in confirmed else m
                for m in (mentions[i] for i in group)
            ]
            claim = _claim(grouped, list(range(len(grouped))), speakers)
            claim_of.update((m.id, claim.id) for m in grouped)
            claims.append(claim)
            continue
        claim = by_least[min(group)]
        if moved and not moved.isdisjoint(group):
            members = tuple(
                replace(m, speaker_id=speakers.of_mention.get(m.mention.id, "")) for m in claim.members
            )
            claim = replace(claim, members=members)
        claims.append(claim)
    rows = [(r, t, claim_of.get(r, c), score, how) for r, t, c, score, how in kept]
    rows += [_link_row(mentions, link, claim_of) for link in links]
    return ClaimSet(
        claims=_in_date_order(claims),
        speakers=speakers,
        links=tuple(sorted(rows, key=lambda row: index[row[0]])),
        state=state,
    )


def _in_date_order(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Claims by the date of their first report (undated last), then id: the order a ClaimSet keeps."""
    return tuple(sorted(claims, key=lambda c: (c.first.mention.when or "9999", c.id)))


def _stored_links(previous: ClaimSet, index: dict[str, int]) -> list[Link]:
    """The reaction links of a previous build, as links between mention indices."""
    return [
        Link(index[reaction], index[target], score, method)
        for reaction, target, _claim_id, score, method in previous.links
        if reaction in index and target in index
    ]


def _claim_set(
    mentions: list[Mention], groups: list[list[int]], links: list[Link], speakers: SpeakerIndex
) -> ClaimSet:
    """The ClaimSet of grouped mentions: claims with roles and status, their links, the speakers."""
    confirmed = {link.reaction for link in links if mentions[link.reaction].stance == "confirm"}
    mentions = [
        _as_report(m) if m.stance == "confirm" and i not in confirmed else m for i, m in enumerate(mentions)
    ]
    claims = [_claim(mentions, g, speakers) for g in groups]
    claim_of = {m.mention.id: c.id for c in claims for m in c.members}
    return ClaimSet(
        claims=_in_date_order(claims),
        speakers=speakers,
        links=tuple(_link_row(mentions, link, claim_of) for link in sorted(links, key=lambda k: k.reaction)),
    )


def _grouped(
    mentions: Sequence[Mention],
    reports: list[tuple[int, int]],
    links: list[Link],
    alike: list[tuple[int, int, bool]],
    groups: Iterable[list[int]] = (),
) -> list[tuple[int, int]]:
    """The edges claims are made of: report clusters that hold together (see `_clusters`, which
    starts from `groups` already made, and never joins two reports that `clashes` keeps apart),
    each reaction to the report it reacts to, two reactions that say the same thing, and a reaction
    without a target to a like reaction of its speaker."""

    def clash(i: int, j: int) -> bool:
        """Whether reports `i` and `j` can never be one claim (see `clashes`)."""
        return clashes(claim_text(mentions[i]), claim_text(mentions[j]))

    def compatible(i: int, j: int) -> bool:
        """Whether reports `i` and `j` of two articles may tell one deed (see `frames_compatible`):
        within an article, only what joined counts."""
        mi, mj = mentions[i], mentions[j]
        return mi.article_id != mj.article_id and frames_compatible(claim_text(mi), claim_text(mj))

    edges = _clusters(len(mentions), reports, groups, clash, compatible)
    edges += [(link.reaction, link.target) for link in links]
    linked = {link.reaction for link in links}
    partner: dict[int, int] = {}
    for i, j, same in alike:
        if same:
            edges.append((i, j))
            continue
        for a, b in ((i, j), (j, i)):
            if a not in linked and (b in linked or a not in partner):
                partner[a] = b
    edges += list(partner.items())
    return edges


def _clusters(
    n: int,
    edges: list[tuple[int, int]],
    groups: Iterable[list[int]] = (),
    clash: Callable[[int, int], bool] | None = None,
    compatible: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """The edges kept when two groups of reports join only if at least half of the pairs across
    them are same-claim edges, and no pair across them that is no edge `clash`es (numbers,
    predicates or polarity): one paraphrase never chains two different claims together. The
    pairs looked at are at most twice the edges across, so the check costs what the edges do.
    `groups` are clusters made before (a previous build), whose inner pairs all count as edges.
    Between two small groups (at most COMPATIBLE_PAIRS pairs across), a pair that is no edge but
    `compatible` (the frames of one deed) counts as one: a truce reported with and without its
    parties is one claim though not every wording joined every other."""
    neighbours: dict[int, set[int]] = defaultdict(set)
    for i, j in edges:
        neighbours[i].add(j)
        neighbours[j].add(i)
    members: dict[int, set[int]] = {}
    parent = list(range(n))
    for group in groups:
        if len(group) > 1:
            root = min(group)
            for i in group:
                parent[i] = root
                neighbours[i].update(group)
            members[root] = set(group)
    kept = []
    for i, j in edges:
        ri, rj = _find(parent, i), _find(parent, j)
        if ri == rj:
            continue
        a, b = members.get(ri, {ri}), members.get(rj, {rj})
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        across = sum(len(neighbours[k] & large) for k in small)
        if across * 2 < len(a) * len(b) and not _compatible_enough(
            small, large, neighbours, across, compatible
        ):
            continue
        if clash is not None and any(k not in neighbours[m] and clash(k, m) for k in small for m in large):
            continue
        root, other = min(ri, rj), max(ri, rj)
        parent[other] = root
        members[root] = a | b
        members.pop(other, None)
        kept.append((i, j))
    return kept


def _compatible_enough(
    small: set[int],
    large: set[int],
    neighbours: dict[int, set[int]],
    across: int,
    compatible: Callable[[int, int], bool] | None,
) -> bool:
    """Whether the edges across two small groups and their compatible pairs are half the pairs."""
    if compatible is None or len(small) * len(large) > COMPATIBLE_PAIRS:
        return False
    more = sum(1 for k in small for m in large if m not in neighbours[k] and compatible(k, m))
    return (across + more) * 2 >= len(small) * len(large)


def _as_report(m: Mention) -> Mention:
    """A confirmation that confirms no earlier report ("أقر المجلس الميزانية": approved, passed)
    is an assertion of its own, not a confirmation."""
    return replace(m, stance="assert")


def _compared(
    mentions: list[Mention], pairs: list[tuple[int, int]], only: set[int] | None = None
) -> set[int]:
    """Mentions that are ever compared: those in a candidate pair, and all of an article with a
    reaction (with `only`, a reaction among those)."""
    needed = {i for pair in pairs for i in pair}
    reacting = {m.article_id for i, m in enumerate(mentions) if m.is_reaction and (only is None or i in only)}
    needed.update(i for i, m in enumerate(mentions) if m.article_id in reacting)
    return needed


def _joined(mentions: list[Mention], features: Features, i: int, j: int, t: Thresholds) -> bool:
    """Whether a candidate pair of reports is one claim: close in time and saying the same."""
    if mentions[i].is_reaction or mentions[j].is_reaction or not _close(features.days[i], features.days[j]):
        return False
    return same_claim(features, i, j, t)


def _alike_reactions(
    mentions: list[Mention], features: Features, i: int, j: int, t: Thresholds
) -> bool | None:
    """Whether two reactions of one stance react to the same thing: True when they say the same
    (two outlets carrying one denial), False when one speaker's overlap in one article, else None."""
    mi, mj = mentions[i], mentions[j]
    if not mi.is_reaction or mj.stance != mi.stance or not _close(features.days[i], features.days[j]):
        return None
    if same_claim(features, i, j, t):
        return True
    return False if same_reaction(features, i, j, t) else None


def _reports_of(mentions: Sequence[Mention], among: Iterable[int]) -> set[int]:
    """The indices among `among` of mentions that assert (no denial or confirmation)."""
    return {i for i in among if not mentions[i].is_reaction}


def _close(a: int | None, b: int | None) -> bool:
    """Two reports of one claim lie within WINDOW_DAYS of each other (undated ones always may)."""
    return a is None or b is None or abs(a - b) <= WINDOW_DAYS


def _link_row(
    mentions: Sequence[Mention], link: Link, claim_of: dict[str, str]
) -> tuple[str, str, str, float, str]:
    """A link as ids: reaction, target, the claim both belong to, score, method."""
    reaction, target = mentions[link.reaction], mentions[link.target]
    return (reaction.id, target.id, claim_of[reaction.id], link.score, link.method)
