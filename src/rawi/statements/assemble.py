"""Drafts -> Statements: antecedents, back-references, chains, stance, hedges and dates."""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final

from rawi.arabic.normalize import strip_diacritics
from rawi.records import Article, Statement, to_stance
from rawi.statements import build
from rawi.statements.backrefs import (
    ANONYMOUS_NOUNS,
    OWNED,
    anonymous_backref,
    is_source_noun,
    issued_object,
    needs_resolving,
    resolve,
    same_one,
)
from rawi.statements.content import Run, confirming_relative, publishing_verb
from rawi.statements.drafts import Draft, cue_form
from rawi.statements.lexicon import Lexicon
from rawi.statements.names import imperfect_verb_like, is_feminine_name, is_given_name, name_piece
from rawi.statements.naming import SPOKEN_FOR, describe, speaker_kind, spoken_for_pronoun
from rawi.statements.quotes import QUOTE_MARKS, label_heads_of, quote_type
from rawi.statements.speakers import (
    Source,
    clause_subject,
    construct_object,
    framed_subject,
    is_verbal_noun,
    kin_of,
    manner_adverb,
    object_after_definite,
    object_noun_after,
    own_words_of,
    people_in_construct,
    prepositional,
    read_subject,
    relative_antecedent,
    told_by_name,
    withheld_name_end,
)
from rawi.statements.stance import (
    claim_stems,
    confirms,
    dismisses,
    is_claim_noun,
    is_complementizer,
    is_hedged,
    reports,
    stance_of,
    stem,
    takes_up_claim,
)
from rawi.statements.tokens import Token, fold, has_letters, strip_conjunction, tokenize


@dataclass(frozen=True)
class _RoleMentions:
    """Mentions sharing a head title, in text order: their offsets (for bisect) and role words."""

    starts: list[int]
    entries: list[tuple[frozenset[str], Source]]


_NO_MENTIONS: Final = _RoleMentions([], [])


@dataclass
class _Stems:
    """How often each word stem occurs in the runs of one article, counted when a confirmation asks.

    Most articles have no confirmation to check, so nothing is counted; each run is counted at
    most once, and each distinct word stemmed once per article. Plain dicts, not Counters: compiled,
    counting into a dict is direct, where a Counter's missing key calls back into the interpreter.
    """

    runs: list[list[Token]]
    stem_of: dict[str, str] = field(default_factory=dict)  # folded word -> stem, '' without letters
    counted: dict[int, dict[str, int]] = field(default_factory=dict)  # run index -> its stems
    total: dict[str, int] | None = None  # every run's stems
    body: dict[str, int] = field(default_factory=dict)  # runs [start, upto)
    start: int = 0
    upto: int = 0

    def of(self, tokens: list[Token]) -> dict[str, int]:
        """How often each word stem occurs in the tokens."""
        found: dict[str, int] = {}
        for token in tokens:
            word = token.key
            stemmed = self.stem_of.get(word)
            if stemmed is None:
                stemmed = self.stem_of[word] = stem(word) if has_letters(word) else ""
            if stemmed:
                found[stemmed] = found.get(stemmed, 0) + 1
        return found

    def run(self, index: int) -> dict[str, int]:
        """The stems of one run, counted once."""
        found = self.counted.get(index)
        if found is None:
            found = self.counted[index] = self.of(self.runs[index])
        return found

    def headline(self, index: int) -> Callable[[str], int]:
        """What a headline at run `index` sums up: how often a stem occurs in every other run."""
        total = self.total
        if total is None:
            total = self.total = {}
            for k in range(len(self.runs)):
                _add_counts(total, self.run(k))
        own = self.run(index)
        return lambda stem: max(total.get(stem, 0) - own.get(stem, 0), 0)

    def between(self, start: int, stop: int) -> dict[str, int]:
        """The stems of runs [start, stop), summed on from the last call when it can be (read-only)."""
        if start != self.start or stop < self.upto:
            self.start = self.upto = start
            self.body = {}
        while self.upto < stop:
            _add_counts(self.body, self.run(self.upto))
            self.upto += 1
        return self.body


def _add_counts(into: dict[str, int], counts: dict[str, int]) -> None:
    """Add each count of `counts` to `into` (Counter.update, for plain dicts)."""
    for key, n in counts.items():
        into[key] = into.get(key, 0) + n


@dataclass
class _Memory:
    """What the assembly of one article remembers as it reads on (local to one call)."""

    mentions: list[tuple[int, Source]]
    owners: dict[str, Source] = field(default_factory=dict)
    last: Source | None = None
    last_at: int = -1
    last_end: int = -1
    told: set[int] = field(default_factory=set)  # indices of statements whose via is an outlet told
    names: list[Source] = field(default_factory=list)
    families: build.FamilyNames[Source] = field(default_factory=lambda: build.FamilyNames(build.arabic()))
    by_head: dict[str, list[tuple[int, Source]]] | None = None  # mentions by their role's first word
    by_role_word: dict[str, _RoleMentions] | None = None  # mentions by their role's head title
    named_by_role_word: dict[str, Source] = field(default_factory=dict)  # head title -> latest name
    spoken: list[Source] = field(default_factory=list)  # every body speaker so far, for agreement
    verb_gender: dict[str, bool] = field(default_factory=dict)  # folded speaker -> gender of its last cue
    last_run: int = -1  # the run of the last speaker's statement
    by_mention_family: dict[str, Source] | None = None  # family name -> first 'role Name' mention
    anonymous: list[Source] = field(default_factory=list)  # anonymous speakers so far, for 'المصدر'
    seen: list[Token] = field(default_factory=list)
    folded: dict[str, str] = field(default_factory=dict)
    stems: _Stems = field(default_factory=lambda: _Stems([]))  # the article's word stems, for confirmations
    run_index: int = 0  # the run being read
    since: int = 0  # the first run after the last headline
    claims: Counter[str] = field(default_factory=Counter)  # words of claims denied or reported, for rebuttals
    accused_at: int = -2  # the run of the last accusation reported, for a reply right after it
    accuser: str = ""  # who made it (folded): their own reply is no rejection
    headline: Source | None = None  # who the headline quotes, for an elided subject opening the body
    headline_feminine: bool | None = None  # the gender of its headline verb, when it has one

    def add_name(self, source: Source) -> None:
        """Remember a full name, indexed by its family name so `_full_name` need not scan them all."""
        self.names.append(source)
        words = self.key(source.name).split()
        for member in _members(source, words):
            self.families.add(self.key(member.name).split()[-1], member)
        self.add_role(source)

    def add_role(self, source: Source) -> None:
        """Remember a named speaker under its role's head title, for a later bare 'المدافع'."""
        role = self.key(source.role or "").split()
        if role:
            self.named_by_role_word[_role_word(role[0])] = source

    def titled(self, head: str) -> _RoleMentions:
        """The 'role Name' mentions whose role's head title is `head` (indexed once, in text order)."""
        if self.by_role_word is None:
            self.by_role_word = {}
            for start, mention in self.mentions:
                words = tuple(_role_word(w) for w in self.key(mention.role or "").split())
                if words:
                    found = self.by_role_word.setdefault(words[0], _RoleMentions([], []))
                    found.starts.append(start)
                    found.entries.append((frozenset(words[1:]), mention))
        return self.by_role_word.get(head, _NO_MENTIONS)

    def led_by(self, heads: tuple[str, ...]) -> list[Source]:
        """The 'role Name' mentions whose role starts with one of `heads`, in text order (indexed
        once, so each lookup costs the mentions it finds, not all of them)."""
        if self.by_head is None:
            self.by_head = {}
            for position, (_, mention) in enumerate(self.mentions):
                head = self.key(mention.role or "").split()
                if head:
                    self.by_head.setdefault(head[0], []).append((position, mention))
        found = sorted(p for head in dict.fromkeys(heads) for p in self.by_head.get(head, []))
        return [mention for _, mention in found]

    def mention_families(self) -> dict[str, Source]:
        """Family name -> the first 'role Name' mention of a person with it (indexed once)."""
        if self.by_mention_family is None:
            self.by_mention_family = {}
            for _, mention in self.mentions:
                words = self.key(mention.name).split()
                glued = any(w[:1] in "بل" and not name_piece(w) for w in words[1:])  # 'X برصاص': no name
                if mention.kind == "person" and 1 < len(words) <= 3 and not glued:
                    self.by_mention_family.setdefault(words[-1], mention)
        return self.by_mention_family

    def key(self, text: str) -> str:
        """fold(text), computed once per article: names and roles are compared again and again."""
        key = self.folded.get(text)
        if key is None:
            key = self.folded[text] = fold(text)
        return key


_SHORT_WORD: Final = 3  # 'ولد' (son of) inside a name is no conjunction


def _members(source: Source, words: list[str]) -> list[Source]:
    """'سامي نجيب وكريم فارس': each of two coordinated names answers to its own family name.

    A name of one word has no family to index; a coordinated one gives its members, split at a
    word with و that is no given name itself (وليد is a name, وكريم the conjunction and كريم).
    """
    if len(words) < 2:
        return []
    written = source.name.split()
    cut = next(
        (
            k
            for k in range(2, len(words) - 1)
            if words[k].startswith("و") and len(words[k]) > _SHORT_WORD and not name_piece(words[k])
        ),
        None,
    )
    if cut is None or len(written) != len(words):
        return [source]
    first, second = " ".join(written[:cut]), " ".join([written[cut][1:], *written[cut + 1 :]])
    return [Source(first, None, source.kind, source.via), Source(second, None, source.kind, source.via)]


def _mentions(runs: list[Run], lex: Lexicon) -> list[tuple[int, Source]]:
    """Every 'role Name' phrase of the article ('المتحدث باسم الكرملين دميتري بيسكوف'), by offset."""
    found = []
    titles, partitives, heads = lex.title_keys, lex.words["partitive_heads"], lex.mention_heads
    for run in runs:
        quoted = {k for opening, closing in run.quotes.items() for k in range(opening, closing)}
        for k, token in enumerate(run.tokens):
            if token.key not in heads or k in quoted:
                continue  # most words are no title nor partitive head: one quick test each
            if token.key not in titles:
                partitive = _partitive_name(run, k, lex) if token.key in partitives else None
                if partitive:
                    found.append((token.start, partitive))
                continue
            if k > 0 and lex.has_word("titles", run.tokens[k - 1].key):
                continue
            if k > 0 and _before_its_object(run.tokens[k - 1], lex):
                continue
            end = read_subject(run.tokens, k, lex)
            objects = (m for m in range(k + 1, end - 1) if object_after_definite(run.tokens, m, lex))
            end = next(objects, end)  # 'الوزير القرار بشدة': the mention stops at the verb's object
            end = object_noun_after(run.tokens, k, end, lex)  # 'المدرب أداء الحكم': the object
            end = next((m for m in range(k + 1, end) if _indefinite_object(run.tokens, m)), end)
            if end > k + 2 and construct_object(run.tokens, k, lex):
                end = k + 1  # 'استقبل الرئيس وفد البنك': a noun in construct with a body is the object
            if people_in_construct(
                run.tokens, k + 1, end, lex
            ):  # 'ناشد المحافظ سكان القرى': those appealed to
                end = k + 1
            end = _before_b_complement(run.tokens, k, end, lex)
            end = _apposition_closed(run.tokens, k, end)
            end = _before_setting(run.tokens, k, end, lex)
            if run.kind == "headline":  # 'وزير الصحة يطمئن المواطنين': the verb ends the mention
                end = next((m for m in range(k + 1, end) if imperfect_verb_like(run.tokens[m])), end)
            source = describe(run.tokens[k:end], run.text, lex) if end > k else None
            plausible = bool(source and source.role and _plausible_name(source.name, lex))
            if source and source.role and not plausible:
                source = replace(source, name=_name_only(source.name, lex))
                plausible = source.kind == "person" and _plausible_name(source.name, lex)
            if source and source.role and source.kind == "person" and plausible:
                found.append((token.start, source))
            elif source and k > 1 and run.tokens[k - 1].text in "،,":
                named = _apposed_name(run, k - 1, source.name, lex)
                if named:
                    found.append((token.start, named))
    return found


def _before_setting(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """'النائبة هدى سالم في برنامج إذاعي': after the holder's given name, a preposition opens the setting."""
    named = next(
        (
            m
            for m in range(k + 1, end)
            if is_given_name(tokens[m].key) and not lex.has("role_joiners", tokens[m].key)
        ),
        None,
    )  # 'باسم' joins a role; it names no one there
    if named is None:
        return end
    setting = (m for m in range(named + 1, end) if _setting_or_object(tokens[m], lex))
    return next(setting, end)


def _setting_or_object(token: Token, lex: Lexicon) -> bool:
    """A preposition ('في') or a noun with a possessive pronoun ('رغبته'), which no name goes on with."""
    if is_given_name(token.key) or not token.is_alpha:
        return False  # 'علي' is a name
    written = strip_diacritics(token.text)
    possessed = written.endswith(("ه", "ها", "هم")) and len(token.key) > 4 and not written.endswith("الله")
    return lex.has("prepositions", token.key) or possessed


def _apposition_closed(tokens: list[Token], k: int, end: int) -> int:
    """'رئيس الاتحاد، كريم منصور، نيته الاستقالة': a name set off by two commas closes the mention."""
    commas = [m for m in range(k + 1, end) if tokens[m].text in "،,"]
    return commas[1] if len(commas) == 2 and commas[1] - commas[0] > 1 else end


def _accusative_nisba(token: Token) -> bool:
    """'أجنبيا', 'أوروبيا': an indefinite nisba adjective in the accusative."""
    return token.is_alpha and not token.definite and token.key.endswith("يا") and len(token.key) >= 5


def _indefinite_object(tokens: list[Token], m: int) -> bool:
    """'استقبل الرئيس وفدا من الاتحاد', 'التقى الوزير سفيرا أجنبيا': an indefinite accusative noun
    described by من or a nisba after a title is the verb's object, no name of the title's holder."""
    token = tokens[m]
    key = token.key
    if token.definite or not token.is_alpha or not key.endswith("ا") or len(key) < 4 or m + 1 >= len(tokens):
        return False
    after = tokens[m + 1]
    return (after.key == _FROM or _accusative_nisba(after)) and not is_given_name(key)


_FROM: Final = fold("من")


def _before_b_complement(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """'ووعد المحافظ بإعادة فتح الطريق': after a cue taking ب, a mention ends at a word with ب glued
    to it (not باسم nor a name), where the cue's complement starts."""
    form = cue_form(tokens[k - 1], lex) if k > 0 else None
    if form is None or "ب" not in form.preps:
        return end
    glued = (
        m
        for m in range(k + 1, end)
        if tokens[m].key.startswith("ب")
        and not lex.has("b_role_links", tokens[m].key)
        and not name_piece(tokens[m].key)
    )
    return next(glued, end)


def _partitive_name(run: Run, k: int, lex: Lexicon) -> Source | None:
    """'سامر الخطيب أحد مديري الشركة': a name before 'one of the X-s of Y' holds the role X of Y,
    so a later bare 'المدير' is that person (decision 3)."""
    tokens = run.tokens
    if not lex.has("partitive_heads", tokens[k].key) or k == 0 or k + 1 >= len(tokens):
        return None
    plural = tokens[k + 1].key
    if not (plural.endswith("ي") and plural[:-1] in lex.title_keys):
        return None
    end = read_subject(tokens, k + 1, lex)
    if end <= k + 1:
        return None
    named = _apposed_name(run, k, "", lex)
    role = run.text[tokens[k + 1].start : tokens[end - 1].end]
    return replace(named, role=role) if named else None


def _before_its_object(token: Token, lex: Lexicon) -> bool:
    """'حمّل الوزير المصارف المسؤولية': after a verb that speaks with its object, what follows a role
    is that object, no name."""
    form = cue_form(token, lex)
    return form is not None and bool(form.object_nouns)


_ON, _TONGUE = fold("على"), fold("لسان")


def _apposed_name(run: Run, comma: int, role: str, lex: Lexicon) -> Source | None:
    """'محمد بن محمود العلي، سفير السعودية بتونس،': the name before a role in apposition."""
    start = comma
    while start > 0 and comma - start < 4 and run.tokens[start - 1].is_alpha:
        key = run.tokens[start - 1].key
        if (
            any(lex.has(name, key) for name in _NOT_NAMES)
            or key in lex.cues
            or strip_conjunction(key) in lex.cues  # 'وأضاف سامي خليل، المتحدث ...': the name follows the cue
            or lex.has("complementizers", key)
            or (key == _TONGUE and start > 1 and run.tokens[start - 2].key == _ON)
        ):
            break  # 'على لسان سامر خليل، عضو ...': the name starts after على لسان
        start -= 1
    name = run.text[run.tokens[start].start : run.tokens[comma - 1].end] if start < comma else ""
    if not name or run.tokens[start].definite or not _plausible_name(name, lex):
        return None
    return Source(name, role, "person")


def assemble(article: Article, found: list[tuple[Run, list[Draft]]], lex: Lexicon) -> tuple[Statement, ...]:
    """Turn each run's drafts into Statements, resolving who speaks from what came before."""
    memory = _Memory(
        mentions=sorted(_mentions([run for run, _ in found], lex), key=lambda m: m[0]),
        stems=_Stems([run.tokens for run, _ in found]),
    )
    own_outlets = {fold(s) for s in article.sources}
    statements: list[Statement] = []
    cues: list[int] = []
    for index, (run, drafts) in enumerate(found):
        memory.run_index = index
        for draft in drafts:
            statement = _statement(article, run, draft, memory, own_outlets, lex)
            if statement is not None:
                statements.append(statement)
                saying = _relays(draft)
                cues.append(run.tokens[draft.cue_index].start if saying else -1)
                if draft.source is None or not draft.source.via:
                    memory.told.add(len(statements) - 1)
        memory.seen.extend(run.tokens)
        if run.kind == "headline":
            memory.since = index + 1  # the body read before a headline is not read before what follows
    statements = [_rebutting_headline(s, memory.claims, lex) for s in statements]
    statements = _pronoun_targets(statements, lex)
    statements = _held_by_family_name(statements, article.text, lex)
    statements = _headline_issuer(statements, lex)
    statements = _headline_described(statements, lex)
    statements = _headline_shortened_body(statements, lex)
    return _without_house_outlet(_relayed(statements, cues), memory.told, lex)


_PRONOUN_TARGET_REACH: Final = 300  # characters from the statement before to a denial taking it up


def _pronoun_targets(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """'ونفى الوزير هذه الاتهامات، ووصفها بأنها كاذبة', 'تداولت حسابات أنباء ...، لكن النادي وصفها بأنها
    عارية عن الصحة': a denial describing a claim by a pronoun ('وصفها') denies what the statement just
    before denied, or that statement's content; its target is that, not its own predicate."""
    out = list(statements)
    for k in range(1, len(out)):
        statement, before = out[k], out[k - 1]
        key = fold(statement.cue)
        form = lex.cues.get(key) or lex.cues.get(strip_conjunction(key))
        if statement.stance != "deny" or form is None or not (form.object_first and form.with_object):
            continue
        if before.in_headline or not 0 <= statement.start - before.end <= _PRONOUN_TARGET_REACH:
            continue
        target = before.target if before.stance == "deny" and before.target else before.content
        out[k] = replace(statement, target=target)
    return out


def _relays(draft: Draft) -> bool:
    """Does the cue report speech another speaker may relay: a saying verb, or a denial verb
    ('قال إن الحكومة نفت وجود ...': the government's denial comes through the one who tells of it)?"""
    form = draft.form
    if form is None or draft.relative or draft.bounds.stop <= draft.cue_index:
        return False  # '...، وهو ما أكدته الشرطة': a confirmation after the clause is no one's relay
    if form.form_class == "noun":
        return False  # 'انتقد تصريحات الوزير بأن ...': a claim named by its noun is mentioned, not relayed
    if form.needs in ("complement", "document"):  # 'قالت إن التحاليل أثبتت أن': a document told of
        return True
    return form.form_class == "verb" and (
        form.stance == "deny" or (not form.needs and form.stance == "assert")
    )


def _held_by_family_name(statements: list[Statement], text: str, lex: Lexicon) -> list[Statement]:
    """'قال مدرب المنتخب إن ...' then 'وقال حمدان': a title no name holds, when the next other speaker
    is a person named by one family name alone that the article had not written before the title
    spoke, is that person (a family name alone refers back to someone already introduced).
    """
    out = list(statements)
    for index, statement in enumerate(statements):
        if not _unnamed_title(statement, lex):
            continue
        after = (s for s in statements[index + 1 :] if s.speaker != statement.speaker)
        holder = next(after, None)
        if holder is None or not _lone_family_name(holder, statement, text, lex):
            continue
        out = [
            replace(s, speaker=holder.speaker, speaker_role=statement.speaker)
            if s.speaker == statement.speaker and s.speaker_role is None
            else s
            for s in out
        ]
    return out


def _headline_issuer(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """'دراسة: ...' over 'كشفت دراسة أجرتها جامعة X أن ...': a document the headline names by its bare
    head speaks for the issuer of the first document the body quotes."""
    issuer = next((s for s in statements if not s.in_headline and s.speaker_kind == "document"), None)
    if issuer is None or _bare_document(issuer.speaker, lex):
        return statements
    return [
        replace(s, speaker=issuer.speaker) if s.in_headline and _bare_document(s.speaker, lex) else s
        for s in statements
    ]


_SAME_WORDS: Final = 0.5  # share of a headline content's words a body statement must repeat to be its source


def _headline_described(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """'مسؤول أردني: المعبر سيفتح' over 'قال مدير هيئة الحدود X إن المعبر سيفتح ...': a
    headline that names its source by a description is the named person of the body statement that
    repeats most of its words (a headline restates the lead in other words). A description the body
    itself has speak ('وزير النقل' telling a deputy) is that speaker, not the lead's."""
    if not any(s.in_headline and s.speaker_role is None for s in statements):
        return statements
    body = [(s, set(fold(s.content).split())) for s in statements if not s.in_headline]
    if not body:
        return statements
    spoken_in_body = {fold(s.speaker) for s in statements if not s.in_headline}
    out = []
    for statement in statements:
        words = set(fold(statement.content).split()) if statement.in_headline else set()
        described = words and statement.speaker_role is None and fold(statement.speaker) not in spoken_in_body
        if described and (_described_source(statement, lex) or _unnamed_body(statement, lex)):
            best, said = max(body, key=lambda pair: len(words & pair[1]))  # the first of equals: the lead
            named = _named_body_of(best, lex) if _unnamed_body(statement, lex) else _named_person(best, lex)
            if named and len(words & said) >= _SAME_WORDS * len(words):
                statement = replace(
                    statement,
                    speaker=best.speaker,
                    speaker_role=statement.speaker,
                    speaker_kind=best.speaker_kind,
                )
        out.append(statement)
    return out


def _headline_shortened_body(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """'الصحة العالمية: ...' over 'حذرت منظمة الصحة العالمية من ...': a headline names a body by the
    words after its head noun; it is the body the article names in full (the head noun and those words)."""
    bodies = [s for s in statements if not s.in_headline and s.speaker_kind in ("organization", "document")]
    if not bodies or not any(s.in_headline for s in statements):
        return statements
    out = []
    for statement in statements:
        if statement.in_headline and statement.speaker_role is None and _headless(statement.speaker, lex):
            short = fold(statement.speaker)
            full = next((b for b in bodies if _head_before(fold(b.speaker), short, lex)), None)
            if full is not None:
                statement = replace(statement, speaker=full.speaker, speaker_kind=full.speaker_kind)
        out.append(statement)
    return out


def _headless(name: str, lex: Lexicon) -> bool:
    """'الصحة العالمية', 'الداخلية': a definite first word, and no place ('السعودية' names a country)."""
    key = fold(name)
    return key.startswith("ال") and not lex.has("places", key)


def _head_before(full: str, short: str, lex: Lexicon) -> bool:
    """Is `full` the head noun of a body followed by `short` ('منظمة' + 'الصحة العالمية')?"""
    head, _, rest = full.partition(" ")
    return rest == short and lex.has_word("organization_heads", head)


def _described_source(statement: Statement, lex: Lexicon) -> bool:
    """A person or unnamed source given by a title, calling or description ('مسؤول أردني', 'لاعب سوري')."""
    words = fold(statement.speaker).split()
    if statement.speaker_kind not in ("person", "anonymous") or not words:
        return False
    head = words[0].removeprefix("ال")
    return words[0] in lex.title_forms or lex.has("epithet_heads", head) or lex.has("anonymous_heads", head)


def _unnamed_body(statement: Statement, lex: Lexicon) -> bool:
    """'شركة تعدين', 'منظمة إغاثية': a body's head without ال and a word describing it, no name."""
    words = fold(statement.speaker).split()
    return len(words) == 2 and not words[1].startswith("ال") and lex.has("organization_heads", words[0])


def _named_body_of(statement: Statement, lex: Lexicon) -> bool:
    """A body named by its own name ('نوفا'), not by a description or a head noun."""
    words = fold(statement.speaker).split()
    if statement.speaker_kind != "organization" or not words:
        return False
    return not lex.has_word("organization_heads", words[0]) and not words[0].startswith("ال")


def _named_person(statement: Statement, lex: Lexicon) -> bool:
    """A person named by name ('سليم الزعبي'), not by a description."""
    words = fold(statement.speaker).split()
    if statement.speaker_kind != "person" or not words or words[0].startswith("ال"):
        return False
    return not _described_source(statement, lex)


def _bare_document(name: str, lex: Lexicon) -> bool:
    """'دراسة', 'التقرير': a document head alone, which names no issuer."""
    words = fold(name).split()
    return len(words) == 1 and lex.has_noun("document_heads", words[0])


def _unnamed_title(statement: Statement, lex: Lexicon) -> bool:
    """A person spoken of by a title alone ('مدرب المنتخب الوطني'), which one holder has."""
    words = fold(statement.speaker).split()
    if statement.speaker_kind != "person" or statement.speaker_role is not None or not words:
        return False
    return words[0] in lex.title_forms and not lex.has_word("shared_titles", words[0])


def _lone_family_name(holder: Statement, title: Statement, text: str, lex: Lexicon) -> bool:
    """Is the holder a person named by one word, unwritten before the title's statement, of its gender,
    speaking after it (not inside its words)?"""
    words = fold(holder.speaker).split()
    if holder.speaker_kind != "person" or holder.speaker_role is not None or len(words) != 1:
        return False
    if holder.start < title.end or kin_of(holder.speaker, lex) is not None:
        return False  # 'قال المحامي إن موكله قال ...': one spoken of inside the title's words
    word = words[0]
    if word in lex.title_forms or any(
        lex.has_word(name, word) for name in (*_NOT_NAMES, "anonymous_heads", "organization_heads")
    ):
        return False
    feminine = _feminine_cue(holder.cue)
    if feminine is not None and fold(title.speaker).split()[0].endswith("ه") != feminine:
        return False
    return word not in fold(text[: title.start])


def _rebutting_headline(statement: Statement, claims: Counter[str], lex: Lexicon) -> Statement:
    """A headline 'X: لم أفعل ...' rebuts a claim the body reports or denies (read once the body is read)."""
    if not statement.in_headline or statement.stance != "assert":
        return statement
    content = tokenize(statement.content, 0, len(statement.content))
    if not takes_up_claim(content, claims, lex):
        return statement
    return replace(statement, stance=to_stance("deny"), target=statement.content)


def _relayed(statements: list[Statement], cues: list[int]) -> list[Statement]:
    """'قال غوريا إن مسؤولين أخبروه أن ...': a statement inside what someone says comes via them.

    Only saying cues relay (`cues` holds -1 for the others); a denial or confirmation only
    mentions what it denies, so it relays nothing.
    """
    outers = _outer_statements(statements, cues)
    out = []
    for index, statement in enumerate(statements):
        outer = outers.get(index)
        if outer is not None and not statement.via:
            via = build.relayed_via(statement.speaker, (), (outer.speaker, outer.via), build.arabic())
            statement = replace(statement, via=via)
        out.append(statement)
    return out


def _outer_statements(statements: list[Statement], cues: list[int]) -> dict[int, Statement]:
    """For each saying cue, the first (in article order) other assertion whose content holds it.

    One sweep over the cues in text order with a heap of the assertions begun so far (by their
    index), so an article of n statements costs n log n, not n * n.
    """
    eligible = sorted(
        (o.start, index) for index, o in enumerate(statements) if o.stance == "assert" and not o.in_headline
    )
    heap: list[tuple[int, int]] = []  # (index, end) of assertions begun before the cue
    found: dict[int, Statement] = {}
    begun = 0
    for cue, index in sorted((cue, index) for index, cue in enumerate(cues) if cue >= 0):
        while begun < len(eligible) and eligible[begun][0] <= cue:
            other = eligible[begun][1]
            heapq.heappush(heap, (other, statements[other].end))
            begun += 1
        while heap and heap[0][1] <= cue:  # ended before this cue, so before every later one too
            heapq.heappop(heap)
        own = heapq.heappop(heap) if heap and heap[0][0] == index else None
        while heap and heap[0][1] <= cue:
            heapq.heappop(heap)
        if heap:
            found[index] = statements[heap[0][0]]
        if own is not None:
            heapq.heappush(heap, own)
    return found


def _without_house_outlet(statements: list[Statement], told: set[int], lex: Lexicon) -> tuple[Statement, ...]:
    """An outlet that several different speakers 'told' by its bare name is the article's own.

    Outlets that relay others ('نقلت رويترز عن ...') stay, and so does one named by its kind
    ('لوكالة X', 'لصحيفة X'): a paper calls itself by its name alone ('قال لـ"الأيام"').
    """
    speakers_by_outlet: dict[str, set[str]] = {}
    for index in told:
        via = statements[index].via
        if len(via) == 1 and not lex.has_word("media_heads", fold(via[0].split()[0])):
            outlet = fold(statements[index].via[0])
            speakers_by_outlet.setdefault(outlet, set()).add(fold(statements[index].speaker))
    house = {outlet for outlet, speakers in speakers_by_outlet.items() if len(speakers) >= 3}
    if not house:
        return tuple(statements)
    return tuple(
        replace(s, via=tuple(v for v in s.via if fold(v) not in house)) if k in told else s
        for k, s in enumerate(statements)
    )


_POSSESSED_NOUN: Final = ("ته", "تها", "تهم", "تهما")  # folded ة + pronoun: دعوته, مطالبتها


def _plausible_name(name: str, lex: Lexicon) -> bool:
    """One to four words, none of them a function word: 'مقيم في جزيرة مالطا' is no name.

    Nor is a prepositional phrase 'بشراء الأصوات' (ب or ل glued to a noun before a definite one),
    nor an age or a figure ('عمره 30 عاما'): no name is written with digits, nor ends in السابق.
    """
    words = [fold(w) for w in name.split()]
    if any(w.startswith(("بال", "لل")) for w in words) or any(c.isdigit() for c in name):
        return False
    if len(words) > 1 and lex.has("title_adjectives", words[-1].removeprefix("ال")):
        return False  # 'مدافع يونايتد السابق': a role's adjective closes a role, not a name
    if any(is_verbal_noun(Token(w, 0, 0, w), lex) for w in words):
        return False
    if words and lex.has_word("object_heads", words[0]):
        return False  # 'قرار رفع الضرائب' after a title is its object; a family name may be such a noun
    if words and words[0].endswith(_POSSESSED_NOUN) and not is_given_name(words[0]):
        return False  # 'الأمين العام دعوته': a noun with a pronoun after the title is the verb's object
    if len(words) > 1 and words[0][:1] in "بل" and not name_piece(words[0]) and words[1].startswith("ال"):
        return False
    stops = [w for k, w in enumerate(words) if any(lex.has(name, w) for name in _NOT_NAMES)]
    return 0 < len(words) <= 4 and all(
        w == "علي" and _name_around(words, k) for k, w in enumerate(words) if w in stops
    )


def _name_only(name: str, lex: Lexicon) -> str:
    """'ليلى بن علي مقترح التعديل' -> 'ليلى بن علي': a name ends at an object noun, after ال or three words.

    A phrase opening with a preposition glued to a word ('بشراء أصوات') names no one.
    """
    kept: list[str] = []
    for word in name.split():
        key = fold(word)
        glued = key[:1] in "بل" and not name_piece(key) and not kept
        if (
            glued
            or is_verbal_noun(Token(word, 0, 0, key), lex)
            or (kept and not name_piece(fold(kept[-1])) and len(kept) >= 3)
        ):
            break
        kept.append(word)
        if key.startswith("ال") and len(kept) > 1:
            break
    return " ".join(kept) if len(kept) < len(name.split()) else name


def _name_around(words: list[str], k: int) -> bool:
    """Is علي at k a name: after or before a given name or particle ('ليلى بن علي', 'علي حسن')?"""
    return (k > 0 and name_piece(words[k - 1])) or (k + 1 < len(words) and name_piece(words[k + 1]))


_NOT_NAMES: Final = ("subject_stops", "subject_openers", "leading_particles", "claim_nouns")


_PRONOUN_SUBJECTS: Final = frozenset(
    fold(p + w)
    for w in ("لكنه", "لكنها", "لكنهم", "إنه", "إنها", "أنه", "أنها", "لأنه", "لأنها")
    for p in ("", "و", "ف")
)  # 'لكنها وصفت X': the pronoun is the subject, what follows the verb its object


def _source_for(run: Run, draft: Draft, memory: _Memory, lex: Lexicon) -> Source | None:
    source = draft.source
    at = run.tokens[draft.cue_index].start
    if draft.cue_index > 0 and fold(run.tokens[draft.cue_index - 1].text) in _PRONOUN_SUBJECTS:
        source = None
    if source is not None and _prepositional_name(source.name, source.role is None, lex):
        source = None  # 'ووفقا لمقال الكاتب، الذي نشر، قال', 'يقدر بحوالي': a phrase, no speaker
    if source is None or not source.name:
        relative = relative_antecedent(run.tokens, draft.cue_index, run.text, lex)
        if relative is not None and relative.kind == "person":  # 'الخبراء الذين انتقدوا': a group of people
            relative = Source(relative.name, None, speaker_kind(relative.name, False, lex))
        if relative is not None:
            return relative
        if draft.pronoun:  # 'والعجز سينخفض، بحسبه': the pronoun takes up the last speaker that agrees
            feminine = _feminine_pronoun(run.tokens[draft.context[1] - 1].key)
            taken_up = _antecedent(memory, at, feminine)
            agrees = taken_up is not None and _gender(taken_up, memory) in (None, feminine)
            if taken_up is not None and source is not None and source.via:  # 'ونقلت عنه الصحيفة قوله'
                taken_up = Source(taken_up.name, taken_up.role, taken_up.kind, source.via)
            return taken_up if agrees or feminine is None else None
        feminine = _feminine_cue(draft.cue)
        governed = draft.cue_index > 0 and lex.has("noun_governors", run.tokens[draft.cue_index - 1].key)
        # 'سارعت الوزارة إلى نفي ...': after a preposition the cue is a verbal noun, of either gender
        clause = clause_subject(run.tokens, draft.cue_index, lex, None if governed else feminine)
        if clause is None:
            return _antecedent(memory, at, feminine)
        source = describe(run.tokens[clause[0] : clause[1]], run.text, lex)
    group = _group_member(source, run.tokens[: draft.cue_index], lex)
    if group is not None:
        return group
    kin = kin_of(source.name, lex)
    possessor = None
    if kin is not None:
        possessor = _last_named(run.tokens[: draft.cue_index], memory, kin[1]) or _antecedent(
            memory, at, kin[1], headline=False
        )
    if kin is not None and possessor is not None and possessor.kind == "person":
        return Source(f"{kin[0]} {possessor.name}", None, source.kind, source.via)  # 'محاموه' -> 'محامو X'
    described = (
        _described_owner(run.tokens[: draft.cue_index], memory, kin[1], lex) if kin is not None else None
    )
    if kin is not None and described is not None:
        return Source(f"{kin[0]} {described}", None, source.kind, source.via)  # 'عائلته' -> 'عائلة الشاب'
    body = spoken_for_pronoun(source.name)
    spoken_for = _antecedent(memory, at, None) if body else None
    if body and spoken_for is not None and spoken_for.kind == "organization":
        return Source(f"{body} {SPOKEN_FOR} {spoken_for.name}", None, source.kind, source.via)
    owner = own_words_of(source.name, lex)
    framed = framed_subject(run.tokens, draft.cue_index, lex, owner) if owner is not None else None
    if framed is not None:
        source = describe(run.tokens[framed[0] : framed[1]], run.text, lex)
        owner = None
    spoken_of = _antecedent(memory, at, owner) if owner is not None else None
    if spoken_of is not None:
        return spoken_of
    same = same_one(source, lex)
    if same is not None and is_source_noun(same):
        earlier = anonymous_backref(same, memory.anonymous, lex)
        if earlier is not None and earlier.name != same.name:
            return earlier
        if memory.last is not None:
            return memory.last  # 'وذكر المصدر نفسه' with no unnamed source before: the one just cited
    source = same or source
    source = issued_object(source, run.tokens, draft.cue_index, run.text, lex) or source
    pair = _dual_office(source, memory, at) or _dual_taken_up(source, memory)
    if pair is not None:
        return pair
    resolved = _resolved(source, run, draft, memory, lex)
    named = _named(resolved, memory, at, run.kind == "headline")
    if named is resolved:
        named = _named_in_other_words(resolved, memory, at, run.kind == "headline", lex)
    if named.role is None and named.kind in ("person", "anonymous"):
        named = anonymous_backref(named, memory.anonymous, lex) or named
        named = _epithet_of_last(named, _feminine_cue(draft.cue), memory, lex)
    named = _plain_person_of_last(named, memory, lex)
    return _full_name(named, memory)


_MEMBER_PRONOUNS: Final = {
    fold(w): fold(p) for w, p in (("أحدهم", "أحد"), ("إحداهن", "إحدى"), ("بعضهم", "بعض"), ("بعضهن", "بعض"))
}
_GROUP_REACH: Final = 25  # words back from 'وقال أحدهم' to the group it is one of
_SOUND_PLURAL_LENGTH: Final = 5  # letters of a sound plural of people without ال ('مزارعين')


def _group_member(source: Source, before: list[Token], lex: Lexicon) -> Source | None:
    """'التقينا بعدد من السكان، وقال أحدهم': one or some of the people just mentioned, named by the
    partitive and that plural ('أحد السكان'); None when no plural of people is near."""
    partitive = _MEMBER_PRONOUNS.get(fold(source.name))
    if partitive is None:
        return None
    for token in reversed(before[-_GROUP_REACH:]):
        key = strip_conjunction(token.key)
        key = key[1:] if key[:1] in "بل" and len(key) > 4 and key[1:3] == "ال" else key
        bare = key[2:] if key.startswith("ال") else key
        people = lex.has("people_plurals", bare) or (
            bare.endswith(("ين", "ون")) and len(bare) >= _SOUND_PLURAL_LENGTH and not is_given_name(bare)
        )
        if people and token.is_alpha:
            noun = token.text[len(token.key) - len(key) :]
            head = strip_diacritics(source.name)[: len(partitive)]
            return Source(f"{head} {noun}", None, "anonymous", source.via)
        if token.text in ".؟!":
            return None
    return None


def _prepositional_name(name: str, unroled: bool, lex: Lexicon) -> bool:
    """Does a speaker's name open with an according word ('ووفقا لمقال') or, with no role split off,
    any preposition, a word with one glued on ('وفي الوقت') or an adverb?"""
    first = [t for t in tokenize(name.split(" ", 1)[0]) if t.is_word]  # '"بشدة"' as well
    if not first:
        return False
    adverb = manner_adverb(first[0], lex) or lex.has_word(
        "time_prepositions", first[0].key
    )  # '"بشدة"', 'بعد'
    return lex.has_word("according_openers", first[0].key) or (
        unroled and (adverb or prepositional(first[0], lex))
    )


_EPITHET_WORDS: Final = 6  # words of an epithet: head, adjectives, genitive, partitive ('وأحد أبرز نجومه')
_EPITHET_REACH: Final = 2  # paragraphs back that the person an epithet refers to may have last spoken in


def _epithet_of_last(source: Source, feminine: bool | None, memory: _Memory, lex: Lexicon) -> Source:
    """'وأشار الدبلوماسي المغربي', 'وقالت بطلة العرب السابقة': a definite description of a person by
    calling or fame (an epithet head, with ال or before a genitive) refers to the named person who
    spoke just before, when the two agree in gender; an office takes its holder's name in `_named`.
    """
    words = fold(source.name).split()
    last = memory.last
    if (
        not words
        or len(words) > _EPITHET_WORDS
        or last is None
        or last.kind != "person"
        or last.name == source.name
    ):
        return source
    head = words[0] if lex.has("epithet_heads", words[0].removeprefix("ال")) else strip_conjunction(words[0])
    if not lex.has("epithet_heads", head.removeprefix("ال")):
        return source
    genitive = len(words) > 1 and (words[1].startswith("ال") or not words[1].endswith(("ي", "يه")))
    if not head.startswith("ال") and not genitive:
        return source  # 'لاعب مصري': someone not met before; 'نجم النادي' is in construct with its club
    if not head.startswith("ال") and lex.has("office_epithets", head):
        return source  # 'ممثل النيابة': in construct, a representative (an office), not an actor
    last_head = fold(last.name).split()[0]
    if last.role is None and (last_head.startswith("ال") or last_head in lex.title_forms):
        return source  # the last speaker is itself a description, no name
    if memory.run_index - memory.last_run > _EPITHET_REACH:
        return source
    gender = _gender(last, memory)
    if feminine is not None and gender is not None and gender != feminine:
        return source
    return Source(last.name, source.name, "person", source.via)


_PLAIN_WORDS: Final = 3  # 'الرجل', 'الرجل الخمسيني', 'السيدة الأربعينية المسنة'


def _plain_person_of_last(source: Source, memory: _Memory, lex: Lexicon) -> Source:
    """'ويضيف الرجل الخمسيني', 'وتقول المرأة': a plain noun for a man or a woman, with only definite
    adjectives, refers to the person who spoke just before, or to the one unnamed individual
    ('أحد السكان'), when the noun's gender agrees; the noun becomes the role (a clause describing it,
    'الشاب، وهو طالب،', is the noun's role, given up for it)."""
    words = [strip_conjunction(w) for w in fold(source.name).split()]
    last = memory.last
    if not words or len(words) > _PLAIN_WORDS or last is None or source.kind not in ("person", "anonymous"):
        return source
    head = words[0]
    if not head.startswith("ال") or not lex.has("generic_person_nouns", head[2:]):
        return source
    if not all(w.startswith("ال") for w in words[1:]) or last.name == source.name:
        return source
    one = last.kind == "person" or (
        last.kind == "anonymous" and lex.has("partitive_heads", fold(last.name).split()[0])
    )
    if not one or memory.run_index - memory.last_run > _EPITHET_REACH:
        return source
    gender = _gender(last, memory)
    feminine = head.endswith("ه") or head == "الفتاه"
    if head in ("العجوز",) or gender is None or gender == feminine:
        return Source(last.name, source.name, last.kind, source.via)
    return source


_NAME_REACH: Final = 80  # words a possessive pronoun looks back over for the person it refers to


def _last_named(before: list[Token], memory: _Memory, feminine: bool) -> Source | None:
    """'أسرته' after '... اغتيال البطش': the person whose family name was written last before the cue,
    spoken or not (a victim's family speaks for him), if the article named him in full with a role.
    """
    if not memory.mention_families():
        return None
    recent = before[-_NAME_REACH:]
    tokens = itertools.chain(
        reversed(recent),
        reversed(memory.seen[-(_NAME_REACH - len(recent)) :] if len(recent) < _NAME_REACH else []),
    )
    for token in tokens:
        found = memory.mention_families().get(token.key)
        if found is not None:
            return found if _agrees(found, feminine) else None
    return None


_OWNER_REACH: Final = 60  # tokens a kin noun's pronoun looks back over for an unnamed person described


def _described_owner(before: list[Token], memory: _Memory, feminine: bool, lex: Lexicon) -> str | None:
    """'قتل الشاب ... . لكن عائلته نفت': the last definite noun of an unnamed person (owner_nouns) that
    agrees with the pronoun, as written without its conjunction, when no named person owns it."""
    recent = before[-_OWNER_REACH:]
    earlier = memory.seen[-(_OWNER_REACH - len(recent)) :] if len(recent) < _OWNER_REACH else []
    for token in itertools.chain(reversed(recent), reversed(earlier)):
        key = strip_conjunction(token.key)
        if not key.startswith("ال") or len(key) < 4:
            continue
        noun = key[2:]
        if lex.has("epicene_owner_nouns", noun) or (
            lex.has("owner_nouns", noun) and noun.endswith("ه") == feminine
        ):
            return token.text[len(token.key) - len(key) :]
    return None


def _own_outlet(outlet: str, own: set[str]) -> bool:
    """The article's own credited outlet ('الأناضول' for 'وكالة الأناضول') is no intermediary."""
    words = set(fold(outlet).split())
    return any(set(name.split()) <= words for name in own)


def _resolved(source: Source, run: Run, draft: Draft, memory: _Memory, lex: Lexicon) -> Source:
    """What a back-reference ('الوكالة', 'التقرير') stands for, from everything read before the cue."""
    if not needs_resolving(source, lex):
        return source
    recent = run.tokens[max(0, draft.cue_index - _LOOKBACK) : draft.cue_index]
    before = memory.seen[max(0, len(memory.seen) - _LOOKBACK + len(recent)) :] + recent
    return resolve(source, before, run.text, lex, memory.owners)


_LOOKBACK: Final = 3000  # tokens a back-reference looks back over (a long article's worth): linear, not n * n


def _antecedent(memory: _Memory, at: int, feminine: bool | None, headline: bool = True) -> Source | None:
    """Who an elided subject ('وأضاف أن') refers to: the last speaker, or a person named since.

    A mention whose role disagrees in gender with the cue (أضاف / الخبيرة) is passed over.
    """
    after = max(memory.last_at, memory.last_end)
    k = bisect.bisect_left(memory.mentions, at, key=lambda mention: mention[0])
    while k > 0 and memory.mentions[k - 1][0] > after:
        k -= 1
        if _agrees(memory.mentions[k][1], feminine):
            return memory.mentions[k][1]
    last = memory.last
    if last is None:  # the body opens with an elided subject: who the headline quotes, if it agrees
        disagrees = None not in (feminine, memory.headline_feminine) and feminine != memory.headline_feminine
        return memory.headline if headline and not disagrees else None
    if feminine is None:
        return last
    gender = _gender(last, memory, by_verb=memory.last_run != memory.run_index)
    if gender in (None, feminine):
        return last  # in the paragraph it spoke in, a cue of the other gender is a slip of the pen
    agreeing = next((s for s in reversed(memory.spoken) if _gender(s, memory) == feminine), None)
    return agreeing or _agreeing_mention(memory, at, feminine) or last


_MENTION_REACH: Final = 400  # characters back to a named person an elided subject of the other gender fits


def _agreeing_mention(memory: _Memory, at: int, feminine: bool) -> Source | None:
    """'قال سامي العلي إن ... ما صرحت به النائبة هدى سالم ...، مبينة أن': when no speaker agrees with the
    cue, the nearest 'role Name' mention before it whose role agrees, if it is close."""
    k = bisect.bisect_left(memory.mentions, at, key=lambda mention: mention[0])
    for start, mention in reversed(memory.mentions[max(0, k - 8) : k]):
        if at - start > _MENTION_REACH:
            return None
        if mention.role and _feminine_head(mention.role) == feminine:
            return mention
    return None


def _gender(source: Source, memory: _Memory, by_verb: bool = True) -> bool | None:
    """True when a source takes feminine verbs, False masculine, None when it cannot be told.

    A person is told by the head of the role or a given name (هدى), else by the verb it last spoke
    with, as a body is ('قالت الشركة' is feminine, 'قال الجيش' masculine): its noun keeps its gender.
    """
    spoken = memory.verb_gender.get(memory.key(source.name)) if by_verb else None
    if source.kind == "person":
        if source.role:
            return _feminine_head(source.role)
        first = fold(source.name).split()[:1]
        return bool(first) and (is_feminine_name(first[0]) or bool(spoken))
    return spoken


def _feminine_pronoun(key: str) -> bool | None:
    """True for a word ending in ها ('قولها'), False in ه ('بحسبه'), None for a plural or dual."""
    if key.endswith(("هم", "هما")):
        return None
    return key.endswith("ها")


def _feminine_cue(cue: str) -> bool | None:
    """True for قالت / مضيفة, False for قال / مضيفا, None when the form does not say."""
    key = fold(cue)
    if key.endswith(("ت", "ه")) or (key.endswith("تا") and len(key) > 4):  # 'أكدتا': a feminine dual
        return True
    if key.endswith("ا") or key[:1] == "ي":
        return False
    return None if key[:1] == "ت" else False


def _agrees(mention: Source, feminine: bool | None) -> bool:
    if feminine is None or not (mention.role or "").split():
        return True
    return _feminine_head(mention.role or "") == feminine


def _feminine_head(role: str) -> bool:
    """Is the head of a role feminine: its written ة ('المتحدثة'), not a possessive ه ('محاميه')?"""
    head = strip_diacritics(role.split()[0]).rstrip("ـ")
    return head.endswith("ة")


def _title_stem(key: str) -> str:
    """'قائدها' -> 'قائد': a title with a possessive pronoun, else ''."""
    if " " in key:
        return ""
    for suffix in ("ها", "هم", "ه"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix)]
    return ""


def _named(source: Source, memory: _Memory, at: int, headline: bool) -> Source:
    """A role standing alone ('المتحدث باسم الكرملين', 'الوزير') takes the name the article gives it.

    The nearest compatible 'role Name' of the article wins, before the cue first, then after it
    (a headline names by role what the body names in full); else the nearest earlier one with the
    same head title when the description is that title and at most one adjective
    ('المهندس البالغ من العمر'); else the last speaker with the same head title. An unnamed description
    ('مسؤول سوري') is resolved that way only in a headline: in the body it is another source.
    """
    if source.role is not None or not (source.kind == "person" or (headline and source.kind == "anonymous")):
        return source
    key = memory.key(source.name)
    if _unnamed_nearer([_role_word(w) for w in key.split()], memory):
        return source  # 'وناشد المتحدث' right after 'قال متحدث باسم الشرطة': that one, not a named spokesman
    stem = _title_stem(key)
    head = tuple(key.split()[:1])
    for mention in memory.led_by(head + ((stem, "ال" + stem) if stem else ())):
        role = memory.key(mention.role or "")
        possessed = bool(stem) and role.split()[:1] in ([stem], ["ال" + stem])
        if role == key or role.startswith(key + " ") or possessed or _same_holder(role, key):
            return Source(mention.name, mention.role, mention.kind, source.via)
    words = [_role_word(w) for w in key.split()]
    found = _nearest(words, memory, at)
    loose = len(words) == 1 or (len(words) == 2 and key.split()[1].startswith("ال"))
    if found is None and loose:
        found = _nearest(words[:1], memory, at, after=False)
    if found is None and words:
        found = _same_body(key, memory.named_by_role_word.get(words[0]), memory)
    if found is None and words:
        found = _same_body(key, _only_one_titled(words[0], memory), memory)
    if found is not None and _other_office(key, memory.key(found.role or "")):
        found = None
    return source if found is None else Source(found.name, source.name, found.kind, source.via)


def _named_in_other_words(source: Source, memory: _Memory, at: int, headline: bool, lex: Lexicon) -> Source:
    """'رئيسة الحكومة' after 'رئيسة الوزراء X', 'المدرب' after 'المدير الفني للمنتخب X': a role that names
    no one in its own words takes the name given to the same office in other words (role_synonyms)."""
    if source.role is not None:
        return source
    words = memory.key(source.name).split()
    synonyms = lex.maps["role_synonyms"]
    width = next((w for w in (2, 1) if " ".join(words[:w]) in synonyms), 0)
    if not width:
        return source
    alias = " ".join([synonyms[" ".join(words[:width])], *words[width:]])
    other = Source(alias, None, source.kind, source.via)
    found = _named(other, memory, at, headline)
    return source if found is other else Source(found.name, source.name, found.kind, source.via)


def _same_holder(role: str, key: str) -> bool:
    """'مدير أعمال سامي' (a named agent's role) and 'مدير أعمال المطرب اللبناني سامي' (a description):
    the same office of the same person, the shorter role's words all in the longer description and
    both ending with that person's name (not a definite word: 'وزير الخارجية' is no 'وزير الخارجية
    الأمريكي')."""
    short, long = role.split(), key.split()
    return (
        1 < len(short) < len(long)
        and short[-1] == long[-1]
        and not short[-1].startswith("ال")
        and set(short) <= set(long)
    )


_SPOKEN_FOR: Final = fold(SPOKEN_FOR)
_DUAL_ENDINGS: Final = ("ان", "ين")
_SHORT_TITLE: Final = 4  # 'الوزيران' -> 'الوزير': the singular keeps the article and three letters at least


def _dual_office(source: Source, memory: _Memory, at: int) -> Source | None:
    """'الرئيسان الأمريكي والفرنسي': a dual title shared by two adjectives is two offices, each
    named elsewhere in the article ('الرئيس الأمريكي X' ... 'الرئيس الفرنسي Y'): the speaker is 'X وY'."""
    words = source.name.split()
    if source.role is not None or len(words) != 3 or not words[0].startswith("ال") or words[2][:1] != "و":
        return None
    title = fold(words[0])
    duals = (e for e in _DUAL_ENDINGS if title.endswith(e) and len(title) > len(e) + _SHORT_TITLE)
    single = next((title[: -len(e)] for e in duals), "")
    if not single or not fold(words[1]).startswith("ال") or not fold(words[2][1:]).startswith("ال"):
        return None
    names = []
    for adjective in (words[1], words[2][1:]):
        office = Source(f"{single} {adjective}", None, "person")
        found = _named(office, memory, at, headline=False)
        if found is office or found.name == office.name:
            return None
        names.append(found.name)
    return Source(f"{names[0]} و{names[1]}", " ".join(words), "person", source.via)


def _dual_taken_up(source: Source, memory: _Memory) -> Source | None:
    """'الوزيران' after 'وزيرا الزراعة في البلدين' spoke: a bare definite dual title is the last speaker
    named by that title in construct ('وزيرا', 'وزيري'), with the dual as its role."""
    words = fold(source.name).split()
    if source.role is not None or len(words) != 1 or not words[0].startswith("ال"):
        return None
    title = words[0][2:]
    single = next((title[: -len(e)] for e in _DUAL_ENDINGS if title.endswith(e)), "")
    if len(single) < _SHORT_TITLE - 1:
        return None
    construct = (single + "ا", single + "ي")
    for spoken in reversed(memory.spoken):
        first = memory.key(spoken.name).split()[:1]
        if first and (first[0] in construct or strip_conjunction(first[0]) in construct):
            return Source(spoken.name, source.name, spoken.kind, source.via)
    return None


def _unnamed_nearer(words: list[str], memory: _Memory) -> bool:
    """Whether a bare 'المتحدث' refers back to the last unnamed source with that head title ('متحدث
    باسم الجيش') rather than to a person the article names with it: when every such named role
    speaks for something else ('المتحدث باسم الحكومة'), they are other people (a role with no
    complement, or one sharing a word, may be the unnamed one named later: decision 3)."""
    if not words:
        return False
    wanted = set(words[1:])
    for source in reversed(memory.anonymous):
        held = [_role_word(w) for w in memory.key(source.name).split()]
        if held[:1] == words[:1] and wanted <= set(held[1:]):
            own = set(held[1:]) - _ROLE_LINKS
            named = memory.titled(words[0]).entries
            return bool(own and named) and all(rest and not (rest - _ROLE_LINKS) & own for rest, _ in named)
    return False


_ROLE_LINKS = frozenset(fold(w) for w in ("اسم", "في", "من", "لدى"))


def _same_body(key: str, found: Source | None, memory: _Memory) -> Source | None:
    """'المتحدث باسم الجيش' after 'متحدث باسم الجيش' (unnamed) is not the named spokesman of another body.

    The named one stays when the body after باسم is in his role or no unnamed spokesman of it came before.
    """
    words = key.split()
    if found is None or _SPOKEN_FOR not in words[:-1]:
        return found
    body = _role_word(words[words.index(_SPOKEN_FOR) + 1])
    if body in {_role_word(w) for w in memory.key(found.role or "").split()}:
        return found
    return None if any(_speaks_for(memory.key(a.name), body) for a in memory.anonymous) else found


def _speaks_for(key: str, body: str) -> bool:
    """Is `key` an unnamed spokesman description ('متحدث باسم جيش البلاد') of the body word `body`?"""
    words = key.split()
    if _SPOKEN_FOR not in words[:-1]:
        return False
    return body in {_role_word(w) for w in words[words.index(_SPOKEN_FOR) + 1 :]}


def _other_office(key: str, role: str) -> bool:
    """'وزير الخارجية' and 'وزير الدفاع': the same title governing a definite noun the held role
    does not have is another office, held by someone else ('رئيس الأهلي' is 'رئيس النادي الأهلي')."""
    wanted, held = key.split(), role.split()
    if len(wanted) < 2 or len(held) < 2 or _role_word(wanted[0]) != _role_word(held[0]):
        return False
    return wanted[1].startswith("ال") and held[1].startswith("ال") and wanted[1] not in held


def _only_one_titled(head: str, memory: _Memory) -> Source | None:
    """'المكلف بالإعلام بالبرلمان' when the article names one person only with the title المكلف:
    a role in other words for the same office (decision 3) is that person."""
    entries = memory.titled(head).entries
    names = {memory.key(mention.name) for _, mention in entries}
    return entries[0][1] if len(names) == 1 and not entries[0][1].name.startswith("ل") else None


def _nearest(words: list[str], memory: _Memory, at: int, after: bool = True) -> Source | None:
    """The last compatible 'role Name' before offset `at`, else (if `after`) the first one after it.

    Only mentions with the same head title are looked at, from `at` outwards (bisect), so an
    article with many such mentions is not scanned whole for each description.
    """
    found = memory.titled(words[0]) if words else _NO_MENTIONS
    wanted = set(words[1:])
    k = bisect.bisect_left(found.starts, at)
    for j in itertools.chain(range(k - 1, -1, -1), range(k, len(found.starts)) if after else ()):
        rest, mention = found.entries[j]
        if not mention.name.startswith("ل") and wanted <= rest:
            return mention
    return None


def _role_word(key: str) -> str:
    """A role word without ال, لل, ل or ب, and a nisba without its ending: الجزائري -> جزائر.

    Asked of the same words again and again: recent answers are kept (bounded, afresh when full).
    """
    found = _ROLE_WORDS.get(key)
    if found is None:
        if len(_ROLE_WORDS) >= _ROLE_WORDS_MAX:
            _ROLE_WORDS.clear()
        found = _ROLE_WORDS[key] = _bare_role_word(key)
    return found


_ROLE_WORDS: Final[dict[str, str]] = {}  # _role_word's recent answers: word -> bare word
_ROLE_WORDS_MAX: Final = 16384


def _bare_role_word(key: str) -> str:
    """`_role_word`, worked out."""
    for prefix in ("ال", "لل", "ل", "ب"):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            key = key[len(prefix) :]
            break
    for ending in ("يه", "ي"):
        if key.endswith(ending) and len(key) > len(ending) + 2:
            return key[: -len(ending)]
    return key


def _full_name(source: Source, memory: _Memory) -> Source:
    """'بيسكوف' after 'دميتري بيسكوف' earlier: the full name, and its role when none is given.

    A person's family name spelt with other long vowels inside it ('نيكولسون' after 'جون نيكلسون',
    'غوتيرش' after 'انطونيو غوتيريش': transliterations vary, names.same_transliteration) matches when
    no spelling matches exactly; so does a family name written in two words ('بو علام' after 'سمير بوعلام').
    """
    words = memory.key(source.name).split()
    if source.kind == "person" and not source.role and _named_body(source, memory):
        return Source(source.name, None, "organization", source.via)
    if len(words) == 2 and source.kind == "person":
        words = ["".join(words)] if "".join(words) in memory.families else words  # 'بو علام' / 'بوعلام'
    if len(words) != 1:
        return source
    match = memory.families.get(words[0])
    if match is None and source.kind == "person" and not source.role:
        match = memory.mention_families().get(words[0])  # 'الفنان سمير داود' only mentioned, then 'داود'
    if source.name.startswith("ال") and not _named_in_full(match, source):
        return source
    if match is None and source.kind == "person":
        match = memory.families.variant(words[0], lambda k: k.kind == "person")
    if match is None:
        return source
    return Source(match.name, source.role or match.role, match.kind, source.via)


def _named_body(source: Source, memory: _Memory) -> bool:
    """'وأوضحت نوفا تك' after 'شركة نوفا تك' spoke: the name of a body given earlier with its head."""
    key = memory.key(source.name)
    return any(
        name.kind == "organization" and memory.key(name.name).partition(" ")[2] == key
        for name in reversed(memory.names)
    )  # the body's head, then exactly this name


def _named_in_full(match: Source | None, source: Source) -> bool:
    """'العلي' after 'سامي العلي': a definite word is the family name of a person whose full name
    opens with a given name or a name particle (no role or preposition glued to it)."""
    if match is None or match.kind != "person" or source.kind != "person":
        return False
    first = fold(match.name.split()[0])
    return is_given_name(first) or name_piece(first)


_NOT_NAMING: Final = frozenset(fold(w) for w in ("تسمه", "تسمها", "يسمه", "يسمها", "تسمهم", "يسمهم"))


def _name_withheld(run: Run, draft: Draft, lex: Lexicon) -> bool:
    """Does a clause right after the speaker withhold its name ('طلب عدم ذكر اسمه', 'لم تسمه')?"""
    tokens = run.tokens
    k = draft.context[0]
    if k < len(tokens) and tokens[k].text in "،,":
        k += 1
    if k + 1 >= len(tokens):
        return False
    unnamed = tokens[k].key in lex.negators and tokens[k + 1].key in _NOT_NAMING  # 'مسؤول لم تسمه'
    return unnamed or bool(withheld_name_end(tokens, k, lex, before_object=True))


def _statement(
    article: Article, run: Run, draft: Draft, memory: _Memory, own: set[str], lex: Lexicon
) -> Statement | None:
    source = _source_for(run, draft, memory, lex)
    if source is None:
        return None
    if source.kind == "person" and source.role is None and _name_withheld(run, draft, lex):
        source = replace(source, kind="anonymous")  # 'ضابط طلب عدم ذكر اسمه': unnamed by design
    tokens = run.tokens
    content = tokens[draft.bounds.first : draft.bounds.stop]
    if draft.relative:
        content = content[: _marker_start(content, lex)] or content
    start, end = content[0].start, content[-1].end
    if _opens_with_conjunction(run, draft, lex) or _opens_with_preposition(run, draft, content[0], lex):
        start += 1  # 'وارتفع عدد الجرحى ... بحسب الهلال الأحمر', 'أفادت بوصول': without its و or ب
    if len(content) > 1 and content[0].key == "ب" and _opens_with_preposition(run, draft, content[0], lex):
        start = content[1].start  # 'واصفة إياها بـ"الطموحة"': the ب stands alone before the description
    stance, target_stop = stance_of(draft.form, content, lex)
    if stance == "assert" and _may_confirm(draft, lex) and _object_content(run, draft, lex):
        before = _stems_before(run, draft, memory)
        stance = "confirm" if confirms(draft.form, content, before, lex) else stance
    if stance == "assert" and dismisses(draft.form, content, lex) and _object_content(run, draft, lex):
        stance = "deny"
    if stance == "assert" and _judged_claim_before(run, draft, lex):
        stance = "deny"
    if stance == "assert" and _confirms_before(tokens, draft, lex):
        stance = "confirm"
    if stance == "assert" and run.kind != "headline" and takes_up_claim(content, memory.claims, lex):
        stance = "deny"
    if stance == "assert" and _replies_to_accusation(draft, source, memory, lex):
        stance = "deny"
    if _remember_claim(content, stance, target_stop, draft, memory, lex):
        memory.accused_at, memory.accuser = memory.run_index, fold(source.name)
    via = _via(run, draft, source, memory, own, lex)
    in_headline = run.kind == "headline"
    cue_at = tokens[draft.cue_index].start
    embedded = memory.last_at <= cue_at < memory.last_end
    if not in_headline and not draft.relative and not embedded:
        _remember(Source(source.name, source.role, source.kind, via), (start, end), run, draft, memory)
    if in_headline and memory.headline is None and draft.source is not None:
        memory.headline = source  # 'صحيفة X: ...' then 'وأوضحت أن ...' opening the body
        verb = strip_conjunction(fold(draft.cue))  # a headline's ت-imperfect is the third person feminine
        memory.headline_feminine = (
            None if draft.cue == ":" else verb.startswith("ت") or _feminine_cue(draft.cue)
        )
    if draft.declined:
        return None
    found = build.Found(
        source=source,
        cue=draft.cue,
        content=(start, end),
        quote_type=quote_type(article.text[start:end], draft.bounds.whole_quote, _label_heads(lex)),
        stance=stance,
        hedged=is_hedged(draft.form, content, lex),
        target=build.target(
            article.text,
            start,
            _target_end_after(start, content, stance, target_stop, lex),
            stance,
            build.arabic(),
        ),
        when=tuple(t.key for t in tokens[draft.cue_index + 1 : draft.context[1]]),
        via=via,
        in_headline=in_headline,
    )
    return build.statement(article.text, found, article.published, build.arabic())


def _via(
    run: Run, draft: Draft, source: Source, memory: _Memory, own: set[str], lex: Lexicon
) -> tuple[str, ...]:
    """The chain of a statement: relaying outlets, then the outlet told; follow-ups keep it. A
    speaker is never in its own chain (`build.own_via`)."""
    told = (
        _told(run, draft.preface, lex, draft.bounds.first)
        or _told(run, draft.context, lex, draft.bounds.first)
        or _fronted_told(run, draft.cue_index, lex)
        or _according_outlet(run, draft, lex)
    )
    if _told_ours(run, draft.context, lex):
        return ()
    # 'وقال لاحقا للتلفزيون', 'وأكد في مؤتمر صحفي': a new account, through the new outlet or none
    setting = any(lex.has("speech_contexts", t.key) for t in run.tokens[draft.context[0] : draft.context[1]])
    inherited = () if draft.source is None and (told or setting) else source.via
    via = inherited + tuple(v for v in told if v not in inherited)
    if memory.last is not None and not setting and _same_speaker_again(draft, source, memory.last):
        via = via or memory.last.via
    via = tuple(_resolved(Source(v, None, "organization"), run, draft, memory, lex).name for v in via)
    kept: list[str] = []
    for v in via:  # 'لوكالة X' then 'للوكالة' resolved to 'X': one intermediary
        if not _own_outlet(v, own) and not any(set(fold(v).split()) <= set(fold(k).split()) for k in kept):
            kept.append(v)
    return build.own_via(source.name, kept, build.arabic())


def _told_ours(run: Run, context: tuple[int, int], lex: Lexicon) -> bool:
    """'وأضاف لمراسلنا', 'لموفدتنا': told the article's own reporter, so through no intermediary."""
    for token in run.tokens[context[0] : context[1]]:
        key = token.key
        if key.startswith("ل") and key.endswith("نا") and len(key) > 5:
            noun = key[1:-2]
            if lex.has("reporter_nouns", noun[:-1] + "ه" if noun.endswith("ت") else noun):
                return True
    return False


def _same_speaker_again(draft: Draft, source: Source, last: Source) -> bool:
    """'وأضاف', or the last speaker taken up by a role alone ('وأوضح وزير الصحة', 'وأضاف المصدر'): a
    back-reference, so the same account goes on through the same outlets. A name written again opens
    a new one."""
    if draft.source is None:
        return source is last
    by_role = not set(fold(draft.source.name).split()) & set(fold(source.name).split())
    return by_role and fold(source.name) == fold(last.name)


def _remember(source: Source, span: tuple[int, int], run: Run, draft: Draft, memory: _Memory) -> None:
    """The speaker of a body statement becomes the antecedent of what follows."""
    memory.last = source
    memory.last_at, memory.last_end = span
    memory.last_run = memory.run_index
    _remember_owner(run.tokens[draft.cue_index + 1 : draft.context[1]], source, memory)
    if source.kind == "anonymous":
        memory.owners.update(dict.fromkeys(ANONYMOUS_NOUNS, source))
        memory.anonymous.append(source)
    if len(source.name.split()) > 1:
        memory.add_name(source)
    elif source.kind == "person" and source.role and source.name != source.role:
        memory.add_role(source)
    memory.spoken.append(source)
    feminine = _feminine_cue(draft.cue)
    if feminine is not None and draft.source is not None and draft.source.name:
        memory.verb_gender[memory.key(source.name)] = feminine


def _replies_to_accusation(draft: Draft, source: Source, memory: _Memory, lex: Lexicon) -> bool:
    """'اتهمت المعارضة الحكومة بـ... ورد متحدث حكومي قائلا إن ...': a reply by another speaker right
    after an accusation rejects it (a reply to a question asserts)."""
    replies = draft.form is not None and lex.has("reply_lemmas", fold(draft.form.lemma))
    recent = memory.run_index - memory.accused_at <= 1
    return replies and recent and fold(source.name) != memory.accuser


def _remember_claim(
    content: list[Token], stance: str, stop: int | None, draft: Draft, memory: _Memory, lex: Lexicon
) -> bool:
    """A denial's target and an accusation's content are claims a later negation may rebut.

    True when the statement is an accusation (a reply right after it rejects it).
    """
    accuses = draft.form is not None and lex.has("accusation_lemmas", fold(draft.form.lemma))
    if not draft.declined and (stance == "deny" or accuses):
        memory.claims.update(claim_stems(content[: stop or len(content)], lex))
    return accuses and not draft.declined


def _judged_claim_before(run: Run, draft: Draft, lex: Lexicon) -> bool:
    """'واعتبرت الوزارة، في بيان، الاتهامات "حملة مغرضة"': a claim judged before a quoted verdict."""
    if draft.form is None or not lex.has("judgment_lemmas", fold(draft.form.lemma)):
        return False
    k = draft.bounds.first - 1
    while k > draft.cue_index and not run.tokens[k].is_word:
        k -= 1
    return (
        k > draft.cue_index
        and k >= draft.context[0]
        and is_claim_noun(run.tokens[k].key, lex, "disputed_claim_nouns")
    )


def _may_confirm(draft: Draft, lex: Lexicon) -> bool:
    """Is the cue one that confirms with a direct object (أكد)? Checked before counting any stems."""
    return draft.form is not None and lex.has("confirm_lemmas", fold(draft.form.lemma))


def _label_heads(lex: Lexicon) -> frozenset[str]:
    """Heads naming a short quote after them: organisations, media and the label nouns."""
    words = lex.words
    return label_heads_of(words["organization_heads"], words["media_heads"], words["label_heads"])


def _confirms_before(tokens: list[Token], draft: Draft, lex: Lexicon) -> bool:
    """'...، وهو ما أكدته الشرطة': a confirming relative after the clause confirms that clause; so does a
    confirming verb with the clause as its object, joined to the cue that reported it ('على ما أفاد
    شهود وأكدته الشرطة')."""
    i = draft.cue_index
    if draft.bounds.stop > i:
        return False
    form = draft.form
    joined = form is not None and form.with_object and tokens[i].key[:1] == "و"
    if joined and form is not None and lex.has("confirm_lemmas", fold(form.lemma)):
        return True
    return any(confirming_relative(tokens, i - w, lex) == w for w in (1, 2, 3) if i >= w)


def _stems_before(run: Run, draft: Draft, memory: _Memory) -> Callable[[str], int]:
    """How often a word stem was read before a cue: a headline sums up the whole body, the body
    what came before. Asked of one stem, so the counts are not added up into one Counter."""
    stems, index = memory.stems, memory.run_index
    if run.kind == "headline":
        return stems.headline(index)
    body, opening = stems.between(memory.since, index), stems.of(run.tokens[: draft.cue_index])
    return lambda stem: body.get(stem, 0) + opening.get(stem, 0)


def _object_content(run: Run, draft: Draft, lex: Lexicon) -> bool:
    """Is the content the cue's direct object ('أكد الجيش مقتل القائد'), not a clause after أن or a colon?"""
    before = run.tokens[draft.bounds.first - 1] if draft.bounds.first > 0 else None
    if draft.bounds.whole_quote or before is None or draft.bounds.first in run.quotes:
        return False
    return before.text not in ':«"' and not lex.has("complementizers", before.key)


def _opens_with_conjunction(run: Run, draft: Draft, lex: Lexicon) -> bool:
    """Does a sentence-opening clause before its attribution ('وقتل ثلاثة ... حسب مصادر طبية') open with
    the و or ف that joins its sentence to the one before? Not a noun whose first letter is و ('وزارة')."""
    first_at = draft.bounds.first
    first = run.tokens[first_at]
    short = len(first.key) == 3 and lex.has("prepositions", first.key[1:])  # 'وفي حال ...'
    if draft.cue_index < draft.bounds.stop or (len(first.key) < 4 and not short):
        return False
    if first_at > 0 and run.tokens[first_at - 1].text not in ".!?؟":
        return False
    if not first.text.startswith(("و", "ف")) or lex.has("waw_initial_nouns", first.key):
        return False
    return not lex.has("waw_initial_nouns", first.key.removeprefix("ال"))


def _opens_with_preposition(run: Run, draft: Draft, first: Token, lex: Lexicon) -> bool:
    """Does the content open with the cue's own ب, glued to a noun ('ونددت بالعملية', 'أفادت بوصول
    الشحنة') or alone ('واصفة إياها بـ"..."')? The preposition is the cue's, not the speaker's words (not
    'بغداد', a place)."""
    form = draft.form
    if form is None or draft.bounds.first <= draft.cue_index:
        return False
    if lex.has("complementizers", run.tokens[draft.bounds.first - 1].key):
        return False  # 'وصفها بأنها باطلة': the ب was the complementiser's, باطلة is a word of the content
    pronoun = run.tokens[draft.bounds.first - 1].key in _OBJECT_PRONOUNS
    described = form.object_first and (form.with_object or pronoun)  # 'وصفه بالمؤقت', 'واصفا إياها بـ'
    if not ("ب" in form.preps or described) or (form.object_first and not described):
        return False
    if first.key == "ب":
        return True
    if not first.text.startswith("ب") or len(first.key) <= 3 or lex.has_word("places", first.key):
        return False
    rest = Token(first.text[1:], first.start + 1, first.end, first.key[1:])
    derived = rest.key.startswith("ا") and len(rest.key) >= 4 and not is_given_name(rest.key)  # 'بإقالة'
    feminine = (
        rest.key.endswith("ه")
        and len(rest.key) >= 4
        and not is_given_name(rest.key)
        and not any(lex.has(name, first.key) for name in _B_NOUN_HEADS)  # 'بلدية المدينة': a body
    )  # 'بزيادة', 'بمتابعة'
    return rest.definite or derived or feminine or is_verbal_noun(rest, lex)  # 'بالعملية'; not 'بوريس'


_B_NOUN_HEADS: Final = ("organization_heads", "place_heads", "titles", "places")
_OBJECT_PRONOUNS = frozenset(fold(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "إياهن"))


def _marker_start(content: list[Token], lex: Lexicon) -> int:
    """'التقارير التي تناولت أنباء ... غير صحيحة': the relative clause ends before the verdict."""
    stance, stop = stance_of(None, content, lex)
    return stop if stance == "deny" and stop else len(content)


def _remember_owner(context: list[Token], source: Source, memory: _Memory) -> None:
    """'قالت الوزارة في بيان': later 'البيان' speaks for the ministry ('في بيان للوزارة': the same)."""
    for k, token in enumerate(context):
        noun = _owned_noun(token.key.removesuffix("ا"))
        if not noun or fold(source.name) in OWNED:
            continue
        owner = next((t for t in context[k + 1 : k + 4] if t.key.startswith("لل") and len(t.key) > 4), None)
        memory.owners[noun] = Source("ال" + owner.text[2:], None, "organization") if owner else source


_OWNED_CUTS: Final = tuple(len(prefix) for prefix in ("", "ب", "ال", "بال"))  # letters cut before the noun
_OWNED_NOUNS: Final = tuple(sorted(OWNED))


def _owned_noun(key: str) -> str:
    """The noun of OWNED left after the first cut, in the order of the prefixes' lengths, that leaves
    one ('بيان', 'بالبيان'), or ''. A cut leaves a noun when the key ends in it and the lengths agree,
    so no slice is made and hashed per cut (most words end in no such noun)."""
    ends = [noun for noun in _OWNED_NOUNS if key.endswith(noun)]
    if ends:
        for cut in _OWNED_CUTS:
            for noun in ends:
                if len(key) - cut == len(noun):
                    return noun
    return ""


def _target_end_after(start: int, content: list[Token], stance: str, stop: int | None, lex: Lexicon) -> int:
    """`_target_end`, or the content's end when that falls before `start` (the content lost a word that
    stood before the target's stop: 'بـ"التضليل"')."""
    end = _target_end(content, stance, stop, lex)
    return end if end > start else content[-1].end


def _target_end(content: list[Token], stance: str, stop: int | None, lex: Lexicon) -> int:
    """Where a denial's or confirmation's target ends: at token `stop` of the content, else its end;
    a complementiser or quotation mark before the predicate ('الأنباء بأنها "مفبركة"') is left out."""
    if stance == "assert":
        return content[-1].end
    k = stop or len(content)
    described = next((m for m in range(1, k) if _describing_that(content[m].key, lex)), None)
    k = described or k  # 'التقرير بأنه مليء بالمغالطات': what is described, before its بأنه
    while (
        k > 1
        and stop
        and (
            content[k - 1].text in QUOTE_MARKS
            or lex.has("complementizers", content[k - 1].key)
            or is_complementizer(content[k - 1].key)
        )
    ):
        k -= 1
    return content[k - 1].end


def _describing_that(key: str, lex: Lexicon) -> bool:
    """بأنه, بأنها, بأن: the complementiser of a description ('وصف X بأنه Y'), after what is described."""
    return key.startswith("ب") and (lex.has("complementizers", key) or is_complementizer(key[1:]))


def _told(run: Run, context: tuple[int, int], lex: Lexicon, limit: int | None = None) -> tuple[str, ...]:
    """'قال لوكالة X', 'لـ"الرياض"', 'في مقابلة مع X': the outlet told, for `via`; its name ends
    before `limit`, where the content opens ('نفى في تصريح لقناة X | وجود ...')."""
    tokens, text = run.tokens, run.text
    for k in range(context[0], context[1]):
        key = tokens[k].key
        if key.startswith("لل") and lex.has("media_heads", "ال" + key[2:]):  # 'للوكالة': named before
            return ("ال" + tokens[k].text[2:],)
        media = key[1:] if key.startswith("ل") else ""
        if key == "ل" and _called_for(tokens, k, lex):
            continue  # 'تدعو لـ"تحقيق عاجل"': what is called for, no outlet
        if key == "ل" or (media and (lex.has("media_heads", media) or lex.has("outlets", media))):
            return _outlet_name(run, k, lex, limit)
        if _told_in_remarks(tokens, k, lex):  # 'في تصريحات لصوت الشباب'
            return _outlet_name(run, k, lex, limit)
        if k == context[0] and lex.has("outlets", key):  # 'أبلغ المسؤول رويترز أن': the agency told
            return (tokens[k].text,)
        collective = media and lex.has("media_collectives", media) and k + 1 < len(tokens)
        if collective and lex.has("media_words", tokens[k + 1].key):  # 'لوسائل إعلام محلية'
            return _outlet_name(run, k, lex, limit)
        reporter = _reporter_of(tokens, k, lex) or _named_reporter_of(tokens, k, lex)
        if reporter is not None:  # 'لمراسل صحيفة الأيام'
            end = read_subject(tokens, reporter, lex)
            return (text[tokens[reporter].start : tokens[end - 1].end],) if end > reporter else ()
        if _latin_name(tokens[k].text):  # 'لـBBC'
            return (tokens[k].text[1:].lstrip("ـ"),)
        if _published_through(tokens, k, lex):  # 'في بيان نشرته صحيفة X': the outlet that carried it
            end = _before_limit(read_subject(tokens, k + 1, lex), k + 1, limit)
            return (text[tokens[k + 1].start : tokens[end - 1].end],) if end > k + 1 else ()
        interview = lex.has("interview_prepositions", key)
        if interview and k + 1 < len(tokens) and lex.has("media_heads", tokens[k + 1].key):
            end = _before_limit(read_subject(tokens, k + 1, lex), k + 1, limit)
            end = next((m for m in range(k + 2, end) if publishing_verb(tokens[m], lex)), end)
            return (text[tokens[k + 1].start : tokens[end - 1].end],) if end > k + 1 else ()
    return ()


def _published_through(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'في بيان نشرته صحيفة X', 'في مقابلة بثتها قناة X': a verb of publishing with the speech as its
    pronoun object, right after the speech noun, and a news medium as its subject."""
    key = tokens[k].key
    if k == 0 or k + 1 >= len(tokens) or not key.endswith(("ه", "ها")):
        return False
    stem = key[:-2] if key.endswith("ها") else key[:-1]
    if not (lex.has("report_verbs", stem) or publishing_verb(tokens[k], lex)):
        return False
    if not lex.has_noun("speech_contexts", tokens[k - 1].key):
        return False
    outlet = tokens[k + 1].key
    return lex.has("media_heads", outlet) or lex.has("outlets", outlet) or lex.has("outlets", outlet[2:])


def _called_for(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the word after a detached لـ a verbal noun ('لـ"تحقيق عاجل"'), the thing called for?"""
    word = next((t for t in tokens[k + 1 : k + 3] if t.is_word), None)
    return word is not None and is_verbal_noun(word, lex)


def _reporter_of(tokens: list[Token], k: int, lex: Lexicon) -> int | None:
    """'قال لمراسل صحيفة الأيام': told a reporter of an outlet, the outlet (its index)."""
    key = tokens[k].key
    if not key.startswith("ل") or not lex.has("reporter_nouns", key[1:]) or k + 1 >= len(tokens):
        return None
    if tokens[k + 1].text in QUOTE_MARKS and k + 2 < len(tokens) and tokens[k + 2].is_alpha:
        return k + 2  # 'لمراسل "الوطن"': the quoted outlet
    return k + 1 if lex.has("media_heads", tokens[k + 1].key) else None


_NAMED_REPORTER_REACH: Final = 5  # words of a person's name told, before the comma of its apposition


def _named_reporter_of(tokens: list[Token], k: int, lex: Lexicon) -> int | None:
    """'قال لسامي يوسف، مراسل صحيفة "الفجر"، إن': told a person by name whom an apposition makes the
    reporter of an outlet; the outlet (its index)."""
    if not told_by_name(tokens[k].key):
        return None
    reach = range(k + 1, min(len(tokens), k + _NAMED_REPORTER_REACH))
    comma = next((m for m in reach if tokens[m].text in "،,"), None)
    if comma is None or comma + 2 >= len(tokens) or not lex.has("reporter_nouns", tokens[comma + 1].key):
        return None
    outlet = comma + 2
    if tokens[outlet].text in QUOTE_MARKS and outlet + 1 < len(tokens) and tokens[outlet + 1].is_alpha:
        return outlet + 1
    return outlet if lex.has("media_heads", tokens[outlet].key) else None


def _told_in_remarks(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'في تصريح لـX', 'في مقابلة لصوت X': ل glued to an indefinite name right after a speech noun."""
    key = tokens[k].key
    owned = k > 0 and lex.has_noun("document_heads", tokens[k - 1].key) and _is_body(key[1:], lex)
    return (
        k > 0
        and key[:1] == "ل"
        and key[1:2] != "ل"
        and len(key) > 4
        and lex.has("speech_contexts", tokens[k - 1].key)
        and tokens[k].text[1:2].isalpha()
        and not owned  # 'في بيان لوزارة الخارجية': the body whose statement it is, no outlet told
    )


def _is_body(key: str, lex: Lexicon) -> bool:
    """A body's head noun that is no news medium ('وزارة', 'هيئة'; not 'صحيفة', 'قناة')."""
    return lex.has("organization_heads", key) and not lex.has("media_heads", key)


def _latin_name(text: str) -> bool:
    """'لـBBC', 'لCNN': ل glued to a capitalised name in Latin letters, an outlet told."""
    name = text[1:].lstrip("ـ")
    return text[:1] == "ل" and name[:1].isascii() and name[:1].isupper() and name.isalpha()


_FRONTED_REACH: Final = 14  # tokens: 'وفي مقابلة مع قناة "X" الإخبارية، قال'


def _fronted_told(run: Run, cue: int, lex: Lexicon) -> tuple[str, ...]:
    """'وفي مقابلة مع قناة X، قال ...': an interview named at the head of the sentence, before the cue."""
    tokens = run.tokens
    if cue < 3 or tokens[cue - 1].text not in "،,":
        return ()
    start = cue - 2
    while start > max(0, cue - _FRONTED_REACH) and tokens[start - 1].text not in ".!؟?:":
        start -= 1
    if start > 0 and tokens[start - 1].text not in ".!؟?:":
        return ()
    opens = strip_conjunction(tokens[start].key) == "في" and lex.has("speech_contexts", tokens[start + 1].key)
    return _told(run, (start + 2, cue - 1), lex) if opens else ()


_QUOTED_OUTLET_WORDS: Final = 4  # words of an outlet's name in quotation marks after 'وفق ما نقلت'
_RESUMED_FROM: Final = frozenset(fold(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))
_FROM_ANYONE: Final = _RESUMED_FROM | {fold("عن")}


def _according_outlet(run: Run, draft: Draft, lex: Lexicon) -> tuple[str, ...]:
    """'...، بحسب ما نشرته صحيفة X', 'وفقا لوكالة X': an outlet credited after the content relays it."""
    tokens = run.tokens
    k = draft.bounds.stop
    if draft.cue_index >= k:  # 'حسبما أوردت قناة X': the outlet's own statement
        return ()
    while k < len(tokens) and not tokens[k].is_word and tokens[k].text in "،,":
        k += 1
    between = draft.cue_index + 1  # 'وأضاف وفق ما نقلت "X": ...': the relay between the cue and its words
    if (
        draft.source is None
        and between < draft.bounds.first
        and lex.has_word("according_openers", tokens[between].key)
    ):
        k = between
    if k >= len(tokens) or not lex.has_word("according_openers", tokens[k].key):
        return ()
    k += 1
    for _ in range(3):  # 'ما نشرته', 'لما أوردته', 'ما نقلت عنه'
        key = tokens[k].key if k < len(tokens) else ""
        if lex.has("according_relatives", key) or reports(key, lex) or key in _FROM_ANYONE:
            k += 1  # 'نقلا عن وكالة X': عن after the relay too
    if k >= len(tokens):
        return ()
    if k in run.quotes and run.quotes[k] - k <= _QUOTED_OUTLET_WORDS + 1:  # 'وفق ما نقلت "الرياضية"'
        quoted = run.text[tokens[k].end : tokens[run.quotes[k]].start].strip()
        return (quoted,) if quoted and speaker_kind(quoted, False, lex) != "anonymous" else ()
    key = tokens[k].key
    bare = key[1:] if key.startswith("ل") and not key.startswith("لل") else key
    if not (lex.has("media_heads", bare) or lex.has("outlets", bare)):
        return ()
    if bare is key:
        end = read_subject(tokens, k, lex)
        return (run.text[tokens[k].start : tokens[end - 1].end],) if end > k else ()
    return _outlet_name(run, k, lex)


def _before_limit(end: int, start: int, limit: int | None) -> int:
    """An outlet's name read up to `end` stops where the content opens, if that comes first."""
    return min(end, limit) if limit is not None and limit > start else end


def _outlet_name(run: Run, k: int, lex: Lexicon, limit: int | None = None) -> tuple[str, ...]:
    """The outlet named after a ل: 'لـ"الرياض"', 'لوكالة رويترز', 'لرويترز', ending before `limit`."""
    tokens, text = run.tokens, run.text
    start = k + 1
    if start < len(tokens) and start in run.quotes:
        quoted = text[tokens[start].end : tokens[run.quotes[start]].start].strip()
        return () if speaker_kind(quoted, False, lex) == "anonymous" else (quoted,)  # not 'لـ«مديري التعليم»'
    end = max(read_subject(tokens, start, lex), start) if start < len(tokens) else start
    end = _before_limit(end, start, limit)
    end = next((m for m in range(start + 1, end) if publishing_verb(tokens[m], lex)), end)  # 'لقناة X بثته'
    if tokens[k].key == "ل":
        return (text[tokens[start].start : tokens[end - 1].end],) if end > start else ()
    name = text[tokens[k].start + 1 : tokens[end - 1].end] if end > start else tokens[k].text[1:]
    return (name.lstrip("ـ").strip(),)
