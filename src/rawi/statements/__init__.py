"""Article -> attributed statements: cues, speakers, chains, stance.

`extract_statements` is pure: the same article always gives the same statements.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from rawi.records import Article, Statement
from rawi.statements import english
from rawi.statements.adverbials import colon_draft, prepositional_draft, pronoun_draft, quoted_headline_draft
from rawi.statements.assemble import assemble
from rawi.statements.content import Run, confirming_relative
from rawi.statements.drafts import (
    Draft,
    appeared_in_form,
    appeared_word,
    clause_homograph_form,
    cue_form,
    dual_form,
    relative_object_form,
)
from rawi.statements.finder import (
    addressed_in_quote,
    answered_in_quote,
    circulated_draft,
    elliptic_denials,
    reported_denial,
    reported_in_quote,
    sourced_claim_draft,
    up_to_comma,
    verb_draft,
    within_quote,
)
from rawi.statements.lexicon import Lexicon, arabic
from rawi.statements.quotes import pair_quotes
from rawi.statements.tokens import fold, tokenize

READABLE_SPANS: Final = frozenset({"headline", "caption", "subheading", "paragraph"})


def find_drafts(run: Run, lex: Lexicon) -> list[Draft]:
    """Every statement draft in one run, in text order, prepositional duplicates dropped."""
    drafts: list[Draft] = []
    consumed: set[int] = _quoted_speech(run)
    triggers, openers = lex.triggers, lex.draft_openers
    circulating, claim_starts = lex.words["circulation_passives"], lex.claim_starts
    quoted = {k: close for opening, close in run.quotes.items() for k in range(opening + 1, close)}
    for i, token in enumerate(run.tokens):
        key = token.key
        if key not in openers:
            continue  # most words open nothing: one quick test each
        circulated = circulated_draft(run, i, lex) if key in circulating and i not in consumed else None
        if circulated is not None:
            drafts.append(circulated)
            continue
        pronoun = pronoun_draft(run, i, lex) if key in lex.pronoun_starts and i not in consumed else None
        if pronoun is not None:  # 'وبحسبه، فإن ...', '...، على حد قوله': the speaker taken up
            drafts.append(pronoun)
            continue
        if key not in triggers:
            claim = sourced_claim_draft(run, i, lex) if key in claim_starts and i not in consumed else None
            if claim:
                drafts.append(claim)
            continue
        answerer = answered_in_quote(run, i, lex) if i in quoted else None
        if (
            i in consumed
            and not addressed_in_quote(run, i, lex)
            and not reported_denial(run, i, lex)
            and not (i in quoted and reported_in_quote(run, i, lex))
            and answerer is None
        ):
            continue
        appeared = appeared_in_form(run.tokens, i, lex)
        form = (
            appeared
            or cue_form(token, lex)
            or dual_form(run.tokens, i, lex)
            or relative_object_form(run.tokens, i, lex)
            or clause_homograph_form(run.tokens, i, lex)
        )
        draft = verb_draft(run, i, form, lex) if form else prepositional_draft(run, i, lex)
        if draft is not None and appeared is not None:
            draft = replace(draft, cue=appeared_word(token))
        if draft is not None and form and lex.has("question_lemmas", form.lemma):
            draft = replace(draft, declined=True)  # a question asserts nothing; its asker speaks next
        if draft is not None and i in quoted and i in consumed:
            draft = within_quote(draft, quoted[i])
            draft = up_to_comma(draft, run) if reported_denial(run, i, lex) else draft
        if draft is None:
            continue
        if answerer is not None and draft.source is None:
            draft = replace(draft, source=answerer)  # '"سألته ..., فقال إن"': the one asked replies
        if drafts and draft.bounds.stop <= i:
            draft = _taken_up(run, draft, drafts[-1], lex)
        consumed.update(draft.consumed)
        drafts.append(draft)
    if run.kind != "paragraph" or len(run.tokens) < 40:
        colon = colon_draft(run, lex)
        if colon:
            drafts.append(colon)
    if run.kind == "headline":
        drafts.extend(elliptic_denials(run, drafts, lex))
        opening_quote = quoted_headline_draft(run, drafts, lex)
        drafts.extend([opening_quote] if opening_quote else [])
    return _without_duplicates(_chained(_without_restatements(drafts, lex), lex))


def _taken_up(run: Run, draft: Draft, before: Draft, lex: Lexicon) -> Draft:
    """'اتهم ناشطون البلدية بالإهمال، الأمر الذي نفته': a relative denying or confirming the clause
    before it takes up the content of the statement that closes where that clause does."""
    bounds, earlier, i = draft.bounds, before.bounds, draft.cue_index
    relative = any(confirming_relative(run.tokens, i - w, lex) == w for w in (1, 2, 3) if i >= w)
    if relative and earlier.stop == bounds.stop and bounds.first < earlier.first <= i:
        return replace(draft, bounds=earlier)
    return draft


def _quoted_speech(run: Run) -> set[int]:
    """Token indices inside quotation marks: a speaker's own words or a name, never a cue."""
    inside: set[int] = set()
    for opening, closing in run.quotes.items():
        inside.update(range(opening + 1, closing))
    return inside


def _chained(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'بحسب جريدة الشروق، المدرب قال لإذاعة موزاييك إن ...': the newspaper is a link in the chain.

    A prepositional attribution whose clause holds a verb cue is not a statement of its own:
    its source goes first in that statement's `via`.
    """
    out = list(drafts)
    for outer in drafts:
        if outer.form is not None or outer.source is None or outer.cue in (":", "على لسان"):
            continue
        if outer.source.name.endswith(("ه", "ها", "هم")):
            continue
        if outer.source.kind == "document" and not lex.has("media_heads", fold(outer.source.name.split()[0])):
            continue
        inner = next(
            (
                d
                for d in drafts
                if d.form is not None
                and (outer.cue_index < d.cue_index or _interposed(outer, d))
                and outer.bounds.first <= d.cue_index < outer.bounds.stop
            ),
            None,
        )
        if inner is None or inner.source is None:
            continue
        source = inner.source
        via = source.via if outer.source.name in source.via else (outer.source.name, *source.via)
        chained = replace(inner, source=replace(source, via=via))
        out = [chained if d is inner else d for d in out if d is not outer]
    return out


def _without_restatements(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Drafts without trailing attributions to a document, or to 'the same' source, over a clause whose
    own cue has a named speaker ('وأبرزت الوزارة أن ...، وفق ما أفاد ذات البلاغ'): that is where the
    statement was made, no second statement."""
    return [d for d in drafts if not _restates(d, drafts, lex)]


def _restates(outer: Draft, drafts: list[Draft], lex: Lexicon) -> bool:
    source = outer.source
    if source is None or outer.cue_index < outer.bounds.stop:
        return False
    same = lex.has("sameness_words", fold(source.name.split()[0]))  # 'ذات البلاغ', 'نفس المصدر'
    if source.kind != "document" and not same:
        return False
    if not same and lex.has("media_heads", fold(source.name.split()[0])):
        return False  # 'وفق ما نقلت الصحيفة': an outlet relays, chained into via
    return any(
        d is not outer
        and d.form is not None
        and d.source is not None
        and outer.bounds.first <= d.cue_index < outer.bounds.stop
        for d in drafts
    )


def _interposed(outer: Draft, inner: Draft) -> bool:
    """'قال مسؤول، بحسب الإذاعة، إن ...': the attribution sits between a verb's speaker and its
    content, so the verb's statement comes through it."""
    return outer.bounds.stop <= outer.cue_index < inner.bounds.first


def _without_duplicates(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        span = (draft.bounds.first, draft.bounds.stop)
        overlapping = [d for d in kept if d.bounds.first < span[1] and span[0] < d.bounds.stop]
        elliptic = draft.cue_index >= span[1]  # 'X: claim.. وY تنفي' denies the same words
        if any((d.bounds.first, d.bounds.stop) == span for d in kept) and not elliptic:
            continue
        if draft.form is None and draft.cue != ":" and overlapping:
            continue
        kept.append(draft)
    return sorted(kept, key=lambda d: (d.bounds.first, d.cue_index))


def extract_statements(article: Article) -> tuple[Statement, ...]:
    """Every attributed statement of the article, in text order."""
    if article.lang == "en":
        return english.extract_statements(article)
    if article.lang != "ar":
        return ()
    lex = arabic()
    runs = []
    for span in article.spans:
        if span.kind in READABLE_SPANS:
            tokens = tokenize(article.text, span.start, span.end)
            runs.append(Run(article.text, tokens, pair_quotes(tokens), span.kind))
    return assemble(article, [(run, find_drafts(run, lex)) for run in runs], lex)
