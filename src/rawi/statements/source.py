"""The source of a statement as both language front ends find it: one record for Arabic and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(init=False)  # a written __init__ compiles (a generated one runs interpreted); never mutate it
class Source:
    """Who speaks, as written: name, role, kind and the outlets it came through.

    `plural`, `outlet` and `head` serve back-references ('they', 'the paper', 'the source'):
    the English front end reads them; the Arabic one resolves those from its tokens instead.
    """

    name: str
    role: str | None
    kind: str  # person | organization | anonymous | document (records.SpeakerKind)
    via: tuple[str, ...] = ()
    plural: bool = False
    outlet: bool = False  # a news outlet ('the paper said' points back to it)
    head: str = ""  # the head noun as written ('source' for 'a French diplomatic source in Beirut')

    def __init__(
        self,
        name: str,
        role: str | None,
        kind: str,
        via: tuple[str, ...] = (),
        plural: bool = False,
        outlet: bool = False,
        head: str = "",
    ) -> None:
        self.name = name
        self.role = role
        self.kind = kind
        self.via = via
        self.plural = plural
        self.outlet = outlet
        self.head = head
