"""A headline joins the lead it restates: one speaker, one reporting verb, however worded."""

from __future__ import annotations

from claims_samples import article, statement
from rawi.claims.aliases import load_aliases
from rawi.claims.build import Claim, ClaimSet, build_claims, update_claims
from rawi.claims.headlines import cue_lemma
from rawi.claims.mentions import Mention, mentions_of

TRUCE = (
    "جبهة الوادي تعلن الهدنة والجيش ينفي\n2024-06-10\n"
    "أعلنت جبهة الوادي مساء الأحد وقفا لإطلاق النار مع الجيش في القرى الجنوبية. "
    "وقال قائد الجبهة إن مقاتليه سيلتزمون به. ونفى الجيش التوصل إلى أي هدنة.\n"
)
BRIDGE = (
    "المعارضة تعلن مقاطعة الانتخابات\n2024-06-11\n"
    "أكدت المعارضة أن الجسر الشمالي أغلق منذ أسبوع. وأعلنت المعارضة أنها لن تشارك في الاقتراع.\n"
)
ROAD = "المعارضة تقول إن الطريق مفتوح\n2024-06-12\nقالت المعارضة إن الجسر الشمالي أغلق منذ أسبوع.\n"
ORG = {"speaker_kind": "organization"}


def _truce() -> list[Mention]:
    """A headline report and its denial on one word, the lead worded otherwise, a second speaker."""
    return mentions_of(article("truce.txt", TRUCE, "موقع", [
        statement(TRUCE, "الهدنة", "جبهة الوادي", cue="تعلن", in_headline=True, **ORG),
        statement(TRUCE, "الهدنة", "الجيش", cue="ينفي", stance="deny", in_headline=True, **ORG),
        statement(TRUCE, "وقفا لإطلاق النار مع الجيش في القرى الجنوبية", "جبهة الوادي", cue="أعلنت", **ORG),
        statement(TRUCE, "مقاتليه سيلتزمون به", "قائد الجبهة", cue="قال"),
        statement(TRUCE, "التوصل إلى أي هدنة", "الجيش", cue="نفى", stance="deny", **ORG),
    ]))  # fmt: skip


def _apart() -> list[Mention]:
    """Headlines whose speaker first says something else in the body, or only 'says'."""
    return [
        *mentions_of(article("bridge.txt", BRIDGE, "موقع", [
            statement(BRIDGE, "مقاطعة الانتخابات", "المعارضة", cue="تعلن", in_headline=True, **ORG),
            statement(BRIDGE, "الجسر الشمالي أغلق منذ أسبوع", "المعارضة", cue="أكدت", **ORG),
            statement(BRIDGE, "لن تشارك في الاقتراع", "المعارضة", cue="وأعلنت", **ORG),
        ])),
        *mentions_of(article("road.txt", ROAD, "موقع", [
            statement(ROAD, "الطريق مفتوح", "المعارضة", cue="تقول", in_headline=True, **ORG),
            statement(ROAD, "الجسر الشمالي أغلق منذ أسبوع", "المعارضة", cue="قالت", **ORG),
        ])),
    ]  # fmt: skip


def _claim_holding(claims: ClaimSet, file: str, content: str) -> Claim:
    return next(
        c
        for c in claims.claims
        if any((m.mention.file, m.mention.content) == (file, content) for m in c.members)
    )


def test_a_headline_joins_the_lead_its_speaker_gives_with_the_same_verb() -> None:
    claims = build_claims(_truce(), load_aliases())
    claim = _claim_holding(claims, "truce.txt", "وقفا لإطلاق النار مع الجيش في القرى الجنوبية")
    roles = {(m.mention.content, m.role) for m in claim.members}
    assert ("الهدنة", "first") in roles or ("الهدنة", "repeat") in roles
    assert claim.status == "denied"
    assert "مقاتليه سيلتزمون به" not in {m.mention.content for m in claim.members}


def test_a_report_sharing_its_words_with_a_denial_is_no_citation_and_stays_a_member() -> None:
    claims = build_claims(_truce(), load_aliases())
    members = {(m.mention.speaker, m.role) for c in claims.claims for m in c.members}
    assert ("جبهة الوادي", "first") in members or ("جبهة الوادي", "repeat") in members
    assert sum(1 for c in claims.claims for m in c.members if m.mention.content == "الهدنة") == 2


def test_a_headline_stays_apart_from_another_first_statement_or_a_plain_say() -> None:
    claims = build_claims(_apart(), load_aliases())
    boycott = _claim_holding(claims, "bridge.txt", "مقاطعة الانتخابات")
    assert {m.mention.content for m in boycott.members} == {"مقاطعة الانتخابات"}
    road = _claim_holding(claims, "road.txt", "الطريق مفتوح")
    assert {m.mention.content for m in road.members} == {"الطريق مفتوح"}


def test_an_update_joins_a_headline_to_its_lead_as_the_full_build_does() -> None:
    everything = [*_apart(), *_truce()]
    full = build_claims(everything, load_aliases())
    for cut in (3, 5, 7):
        updated = update_claims(everything, build_claims(everything[:cut], load_aliases()), load_aliases())
        shape = {frozenset((m.mention.id, m.role) for m in c.members) for c in updated.claims}
        assert shape == {frozenset((m.mention.id, m.role) for m in c.members) for c in full.claims}, cut


def test_cue_lemmas_gather_the_forms_of_one_verb() -> None:
    assert cue_lemma("أعلنت", "ar") == cue_lemma("وأعلنت", "ar") == cue_lemma("يعلنون", "ar") != ""
    assert cue_lemma("announced", "en") == cue_lemma("announces", "en") != ""
    assert cue_lemma(":", "ar") == ""
