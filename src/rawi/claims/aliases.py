"""The curated alias file (claims/data/aliases.json) and users' extensions of it.

An entry names one speaker: a Latin form for display and search, its spellings in any
script, and roles that designate exactly that speaker ("المتحدث باسم الكرملين").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rawi.errors import UsageError


@dataclass(frozen=True)
class Alias:
    """One curated speaker: Latin form, kind, spellings and roles."""

    latin: str
    kind: str
    names: tuple[str, ...]
    roles: tuple[str, ...] = ()


def parse_aliases(data: dict[str, Any], origin: str = "aliases") -> tuple[Alias, ...]:
    """Alias entries from the JSON shape {"speakers": [{"latin", "kind", "names", "roles"}]}."""
    entries = data.get("speakers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UsageError("E020", f"{origin}: no 'speakers' list")
    aliases = []
    for i, entry in enumerate(entries):
        names = entry.get("names") if isinstance(entry, dict) else None
        if not isinstance(names, list) or not names or not entry.get("latin"):
            raise UsageError("E020", f"{origin}: entry {i} needs 'latin' and a non-empty 'names' list")
        aliases.append(
            Alias(
                latin=str(entry["latin"]),
                kind=str(entry.get("kind") or "person"),
                names=tuple(str(n) for n in names),
                roles=tuple(str(r) for r in entry.get("roles") or ()),
            )
        )
    return tuple(aliases)


def load_aliases(extra: list[str] | tuple[str, ...] = ()) -> tuple[Alias, ...]:
    """The shipped aliases followed by those of each user file in `extra` (later files add to them)."""
    shipped = resources.files("rawi.claims").joinpath("data/aliases.json").read_text(encoding="utf-8")
    aliases = list(parse_aliases(json.loads(shipped), "aliases.json"))
    for path in extra:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise UsageError("E020", f"{path}: {error}") from error
        aliases.extend(parse_aliases(data, path))
    return tuple(aliases)
