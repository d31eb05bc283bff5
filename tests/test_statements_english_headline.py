"""English headlines: cue forms from the lemma paradigms, and the speaker matched in the body."""

from __future__ import annotations

from rawi.records import Statement
from test_statements_english import extract


def head(headline: str, body: str) -> Statement | None:
    """The headline statement of a story, or None."""
    found = [s for s in extract(body, headline=headline) if s.in_headline]
    return found[0] if found else None


def test_a_described_speaker_is_the_body_source_that_says_the_same():
    s = head(
        "Bakery chain rejects closure talk",
        "Sunrise Bakeries on Monday dismissed talk of store closures.\n"
        "    A baker at one branch said staff had been told nothing.",
    )
    assert s is not None and (s.speaker, s.cue, s.stance) == ("Sunrise Bakeries", "rejects", "deny")


def test_a_title_in_the_headline_is_the_person_the_body_names():
    s = head(
        "Rail fares to stay frozen, transport chief says",
        "Transport Minister Lena Ortiz said rail fares would stay frozen until 2026.\n"
        "    Opposition lawmakers said the promise was empty.",
    )
    assert s is not None and (s.speaker, s.content) == ("Lena Ortiz", "Rail fares to stay frozen")


def test_an_acronym_names_the_body_organisation_it_abbreviates():
    s = head("ECB sees inflation easing in spring", "The European Central Bank said inflation would slow.")
    assert s is not None and (s.speaker, s.hedged) == ("European Central Bank", True)


def test_a_source_before_a_colon_speaks():
    s = head(
        "Port director: dock reopening weeks away", "Port director Ian Brekke said the dock would reopen."
    )
    assert s is not None and (s.speaker, s.cue, s.content) == ("Ian Brekke", ":", "dock reopening weeks away")


def test_a_place_named_in_the_headline_stays_as_written():
    s = head("Canada says fishing dispute settled", "Trade envoy Ana Silva said the dispute was over.")
    assert s is not None and s.speaker == "Canada"


def test_a_headline_verb_with_only_a_circumstance_is_no_statement():
    assert head("Ex-mayor testifies in bribery trial", "The former mayor said he took no money.") is None


def test_a_noun_phrase_content_ends_before_its_circumstance():
    s = head("Coach praises striker after derby", "Coach Marta Lind praised her striker.")
    assert s is not None and (s.speaker, s.content) == ("Marta Lind", "striker")


def test_a_phrasal_cue_takes_its_first_word_and_an_evaluation_makes_a_denial():
    out = head("Governor rules out tax rise", "Governor Sam Price ruled out a tax rise.")
    assert out is not None and (out.cue, out.content) == ("rules", "tax rise")
    fiction = head("Senator brands bribery story 'nonsense'", "Senator Jo Park said the story was invented.")
    assert fiction is not None and fiction.stance == "deny"


def test_a_noun_like_headline_form_needs_a_subject_that_can_speak():
    assert head("Safety claims hit airline shares", "Shares fell 4 percent, traders said.") is None
    s = head("Regulator reports rise in complaints", "The energy regulator said complaints rose 9 percent.")
    assert s is not None and (s.cue, s.speaker) == ("reports", "energy regulator")


def test_a_headline_subject_starts_after_a_subordinator():
    s = head("Shares fall as lender warns of losses", "Norland Bank warned that losses would double.")
    assert s is not None and s.speaker == "Norland Bank"
    assert head("Oil prices rise as output report looms", "Prices rose 2 percent.") is None


def test_a_headline_relays_a_statement_inside_its_content():
    found = [
        s
        for s in extract(
            "Coach Marta Lind said the owner had promised her a new contract.",
            headline="Coach says owner promised new contract",
        )
        if s.in_headline
    ]
    assert [(s.speaker, s.cue, s.content, s.via) for s in found] == [
        ("Marta Lind", "says", "owner promised new contract", ()),
        ("owner", "promised", "new contract", ("Marta Lind",)),
    ]


def test_inverted_headline_cue_before_the_speaker():
    s = head("Harvest will be late, says farmers' union", "The weather was cold in April.")
    assert s is not None and (s.speaker, s.cue, s.content) == (
        "farmers' union",
        "says",
        "Harvest will be late",
    )


def test_inverted_headline_with_a_quoted_content():
    s = head("'We will not give up', vows striking dockers' leader", "The strike entered its third week.")
    assert s is not None and (s.cue, s.content) == ("vows", "We will not give up")
    assert "leader" in s.speaker


def test_capitalised_headline_with_a_second_predicate_is_not_inverted():
    s = head("PORT TO CLOSE TERMINAL, FEARS JUNE SLUMP", "The port handled less cargo in May.")
    assert s is None or s.speaker != "JUNE SLUMP"
    t = head("Port To Close Terminal, Fears June Slump", "The port handled less cargo in May.")
    assert t is None or t.speaker != "June Slump"


def test_a_capitalised_title_in_the_headline_is_the_person_the_body_names():
    s = head("MINISTER SAYS TALKS TO RESUME", "Talks will resume next week, Trade Minister Ann Lee said.")
    assert s is not None and s.speaker == "Ann Lee"
    t = head(
        "EX-BANK CHIEF SEES SLOWER GROWTH",
        "Growth will slow next year, said Ann Lee, former president of the central bank.",
    )
    assert t is not None and t.speaker == "Ann Lee"


def test_a_capitalised_plural_body_stays_as_written_without_a_body_of_its_kind():
    s = head("INSTITUTES SEE NO RECESSION", "There will be no recession, their spokesman, Tom Berg, said.")
    assert s is not None and s.speaker == "INSTITUTES"


def test_rejecting_an_offer_is_no_headline_statement():
    assert (
        head("TIN UNION REJECTS CONTRACT", "Three union locals rejected a contract, a union official said.")
        is None
    )
    s = head(
        "Opposition leader rejects funding claims", "Grace Mensah rejected claims that her party took money."
    )
    assert s is not None and (s.stance, s.speaker) == ("deny", "Grace Mensah")


def test_an_intent_cue_takes_a_to_infinitive_and_a_description_its_own_kind():
    s = head(
        "Studio hopes to start filming in spring",
        "Silverline Pictures said it hoped to begin shooting the sequel in April.\n"
        "    A studio spokesman said the dispute might delay the schedule.",
    )
    assert s is not None and (s.speaker, s.content) == ("Silverline Pictures", "to start filming in spring")
    t = head("Mayor vows to end dumping", "Mayor Rosa Diaz said the city would fine dumpers.")
    assert t is not None and (t.speaker, t.content) == ("Rosa Diaz", "to end dumping")
    assert (
        head("Witness testifies to fraud in court", "A witness told the court the accounts were false.")
        is None
    )


def test_a_bracketed_company_and_a_possessive_employer_in_a_headline_match_the_body():
    s = head("<NORDLAND MINING> SEES HIGHER PROFIT", "<Nordland Mining Corp> said it expects profit to rise.")
    assert s is not None and s.speaker == "Nordland Mining Corp"
    t = head(
        "BANK'S LUND SAYS RATES TO STAY",
        "Nordic Bank deputy governor Ole Lund said rates would stay where they are.",
    )
    assert t is not None and t.speaker == "Ole Lund"
