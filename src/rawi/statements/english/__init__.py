"""English attributed statements from wire stories (Reuters style), rule-based.

`extract_statements` is pure: the same article always gives the same statements. The
language knowledge (cues, titles, source nouns, outlets) lives in data/*_en.json.
"""

from __future__ import annotations

from rawi.records import Article, Statement
from rawi.statements.english.according import according_drafts
from rawi.statements.english.assemble import continued, resolve_drafts, statements
from rawi.statements.english.claims import CLAIM, claim_drafts
from rawi.statements.english.finder import Draft, sentence_drafts
from rawi.statements.english.headline import headline_statements
from rawi.statements.english.lexicon import Lexicon, english
from rawi.statements.english.passive import passive_drafts
from rawi.statements.english.text import Block, blocks, sentences


def block_drafts(text: str, block: Block, lex: Lexicon, previous: Draft | None = None) -> list[Draft]:
    """The drafts of one block in text order, cue-less follow-up sentences attached.

    `previous` is the last statement of the paragraph before: a paragraph that is only a
    quotation carries on a quoted statement ending there.
    """
    found: list[Draft] = []
    for sentence in sentences(text, block, lex):
        drafts = (
            sentence_drafts(text, sentence, lex)
            + according_drafts(text, sentence, lex)
            + claim_drafts(text, sentence, lex)
            + passive_drafts(text, sentence, lex)
        )
        drafts.sort(key=lambda d: d.cue_start)
        drafts = [d for d in drafts if not _framing_claim(d, drafts)]
        if not drafts and previous is not None:
            follow = continued(text, sentence, previous, lex)
            if follow is not None and follow.sentence is sentence:
                drafts = [follow]
            elif follow is not None:
                found[found.index(previous)] = follow
                previous = follow
                continue
        found.extend(drafts)
        previous = _last_outer(drafts) if drafts else None
    return found


def _framing_claim(draft: Draft, drafts: list[Draft]) -> bool:
    """A claim noun between another cue and its content is where that was said ('said in its report
    that growth would slow'), not a statement of its own."""
    return draft.info is CLAIM and any(
        other is not draft and other.cue_end <= draft.cue_start < other.content[0] for other in drafts
    )


def _last_outer(drafts: list[Draft]) -> Draft:
    """The draft a following sentence would continue: the last one not nested in another."""
    outer = [
        d
        for d in drafts
        if not any(o is not d and o.content[0] <= d.cue_start < o.content[1] for o in drafts)
    ]
    return (outer or drafts)[-1]


def extract_statements(article: Article) -> tuple[Statement, ...]:
    """Every attributed statement of an English article, headline first, then in text order."""
    lex = english()
    text = article.text
    drafts: list[Draft] = []
    previous: Draft | None = None
    for block in blocks(article):
        if block.kind == "headline":
            continue
        found = block_drafts(text, block, lex, previous if previous and previous.trailing else None)
        drafts.extend(found)
        previous = _last_outer(found) if found else None
    body = statements(article, resolve_drafts(article, drafts, lex), lex)
    body.sort(key=lambda s: (s.start, s.end))
    return tuple(headline_statements(article, body, lex) + body)
