"""What a denial rejects when its target is not a plain account: a reply frame fronted before it."""

from __future__ import annotations

from dataclasses import replace

from claims_samples import article, statement
from rawi.claims.aliases import load_aliases
from rawi.claims.build import build_claims
from rawi.claims.denials import replied
from rawi.claims.mentions import Mention, mentions_of


def _links(text: str, said: list[tuple[str, str, dict[str, object]]]) -> list[tuple[str, str]]:
    """(denier, speaker of the report it rejects) for each link made in one article."""
    found = mentions_of(article("a.txt", text, "موقع", [statement(text, c, s, **f) for c, s, f in said]))
    by_id = {m.id: m for m in found}
    claims = build_claims(found, load_aliases())
    return [(by_id[r].speaker, by_id[t].speaker) for r, t, _c, _s, _m in claims.links]


def _denial(content: str, target: str | None) -> Mention:
    """A bare denial mention with this content and target."""
    return Mention(
        id="d", article_id="a", file="a", content=content, speaker="النقابة", start=0, end=len(content),
        speaker_kind="organization", stance="deny", target=target, published=None, outlet=None, seq=0,
        in_headline=False,
    )  # fmt: skip


def test_a_reply_frame_names_what_a_denial_reacts_to_not_what_it_rejects() -> None:
    frame = "تعليقا على قرار الحكومة تجميد الحوار"
    framed = _denial(f"{frame}، وحول اتهامات الوزير بتمويل الاحتجاجات، تنفي النقابة هذه الاتهامات", frame)
    assert replied(framed) == "اتهامات الوزير بتمويل الاحتجاجات"
    question = "ردا على سؤال عن الزيارة"
    asked = _denial(f"{question}، نفى المتحدث أن يكون الرئيس ألغى موعده", question)
    assert replied(asked) == "المتحدث ان يكون الرئيس الغي موعده"
    assert replied(_denial("أي نية لإغلاق المصنع", "أي نية لإغلاق المصنع")) is None
    assert replied(replace(framed, stance="assert")) is None


def test_a_denial_fronted_by_a_reply_frame_takes_the_accusation_not_the_decision() -> None:
    frame = "تعليقا على قرار الحكومة تجميد الحوار مع النقابة"
    deny = {"stance": "deny", "cue": "جاء", "speaker_kind": "organization"}
    denial = f"{frame}، وحول اتهامات وزير الداخلية بتمويل الاحتجاجات في الموانئ، تنفي النقابة هذه الاتهامات"
    text = (
        "خبر\n2024-09-01\nأعلنت الحكومة تجميد الحوار مع النقابة. "
        "وقال وزير الداخلية إن النقابة مولت الاحتجاجات في الموانئ الجنوبية. "
        f"وجاء في بيان النقابة: {denial}.\n"
    )
    assert _links(text, [
        ("تجميد الحوار مع النقابة", "الحكومة", {"speaker_kind": "organization"}),
        ("النقابة مولت الاحتجاجات في الموانئ الجنوبية", "وزير الداخلية", {}),
        (denial, "النقابة", {**deny, "target": frame}),
    ]) == [("النقابة", "وزير الداخلية")]  # fmt: skip
