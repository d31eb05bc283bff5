"""One schema for the cue file of every language (data/cues_ar.json, english/data/cues_en.json).

Both files have the same shape: a `cues` list of entries and an `attributions` list, plus the
top-level keys only one language needs; keys starting with `_` are documentation. A key means
the same in both files:

- `lemma` (one citation form) or `lemmas` (several sharing every other key): what the cue is;
- `stance`: the stance the cue itself carries (assert, deny, confirm; assert when absent);
- `hedge`: a cue of expectation or belief, whose statements are hedged;
- `takes`: what the cue takes as content. Shared values: `clause` (the default: a content clause,
  a complementiser optional), `complement` (only when a complementiser, colon or quotation
  introduces it: the form alone is ambiguous), `claim` (only when its object is a claim or report
  noun: 'rejected the claims', رفض الاتهامات). Each language adds its own values (`LANGUAGES`);
- an attribution (`according to`, بحسب): `words`, the phrase word by word, and `cue`, what the
  record shows as the cue (the phrase when absent).

`validate` checks a file against the schema when its loader reads it, so a misspelt or misplaced
key stops the load with a message naming the file, the entry and the keys allowed there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

STANCES: Final = frozenset({"assert", "deny", "confirm"})
TAKES: Final = frozenset({"clause", "complement", "claim"})

TOP_KEYS: Final[Mapping[str, type]] = {"cues": list, "attributions": list}
CUE_KEYS: Final[Mapping[str, type]] = {
    "lemma": str,
    "lemmas": list,
    "stance": str,
    "hedge": bool,
    "takes": str,
}
ATTRIBUTION_KEYS: Final[Mapping[str, type]] = {"words": list, "cue": str}


@dataclass(frozen=True)
class LanguageKeys:
    """The keys and `takes` values only one language's cue file has, each with its type."""

    top: Mapping[str, type] = field(default_factory=dict)
    cue: Mapping[str, type] = field(default_factory=dict)
    takes: frozenset[str] = frozenset()
    lemma: str = "lemma or lemmas"  # which of the two an entry must give


LANGUAGES: Final[Mapping[str, LanguageKeys]] = {
    # Arabic: one lemma per entry, with the stems paradigm.py conjugates; `takes` also 'relay' (the
    # source follows عن), 'document' (the subject is a document), 'object' (speaks through one of
    # its `object_nouns`). Every key is described in the file's own `_doc`.
    "ar": LanguageKeys(
        top={"negators": list, "future_negators": list, "designations": list},
        cue={
            "perfect": str,
            "perfect_short": str,
            "imperfect": str,
            "imperfect_short": str,
            "participle": str,
            "masdar": list,
            "homographs": list,
            "clause_homographs": list,
            "impersonal": list,
            "preps": list,
            "object_nouns": list,
            "objects": bool,
            "relative_objects": bool,
            "object_first": bool,
            "negatable": bool,
            "decides": bool,
            "object_between": bool,
            "negated_hedge": bool,
            "addressee": bool,
            "greets": bool,
            "declines": bool,
            "b_masdar": bool,
        },
        takes=frozenset({"relay", "document", "object"}),
        lemma="lemma",
    ),
    # English: lemmas conjugated by morphology.py, or `written` fixed forms ('did not rule out');
    # `takes` also 'np', 'as', 'label', 'to'. Every key is described in the file's own `_doc`.
    "en": LanguageKeys(
        top={"irregular": dict, "doubling": list, "headline": dict},
        cue={"forms": list, "written": list, "attitude": bool, "addressee": bool, "headline": bool},
        takes=frozenset({"np", "as", "label", "to"}),
    ),
}


class CueFileError(ValueError):
    """A cue file that does not follow the schema: the message names the file, entry and key."""


def validate(data: Any, language: str, name: str) -> None:
    """Check a cue file read from JSON against the schema of `language`; raise CueFileError."""
    own = LANGUAGES[language]
    if not isinstance(data, dict):
        raise CueFileError(f"{name}: the file must hold one JSON object")
    _check_keys(data, {**TOP_KEYS, **own.top}, name, "the top level", own.top)
    for key in TOP_KEYS:
        if key not in data:
            raise CueFileError(f"{name}: the top level lacks '{key}'")
    for k, entry in enumerate(data["cues"]):
        _check_cue(entry, own, name, k)
    for k, entry in enumerate(data["attributions"]):
        where = f"attribution {k}"
        _check_keys(entry, ATTRIBUTION_KEYS, name, where, {})
        if not entry.get("words") or not all(isinstance(w, str) for w in entry["words"]):
            raise CueFileError(f"{name}: {where} needs 'words', a non-empty list of words")


def _check_cue(entry: Any, own: LanguageKeys, name: str, k: int) -> None:
    """One entry of `cues`: known keys of the right types, a lemma, a known stance and `takes`."""
    lemma = entry.get("lemma", entry.get("lemmas")) if isinstance(entry, dict) else None
    where = f"cue {k}" + (f" ({lemma})" if lemma else "")
    _check_keys(entry, {**CUE_KEYS, **own.cue}, name, where, own.cue)
    given = [key for key in ("lemma", "lemmas") if key in entry and key in own.lemma.split()]
    if len(given) != 1 or any(key in entry for key in ("lemma", "lemmas") if key not in given):
        raise CueFileError(f"{name}: {where} must give {own.lemma}")
    if entry.get("stance", "assert") not in STANCES:
        raise CueFileError(f"{name}: {where} has stance '{entry['stance']}'; stances: {_listed(STANCES)}")
    takes = TAKES | own.takes
    if entry.get("takes", "clause") not in takes:
        raise CueFileError(f"{name}: {where} takes '{entry['takes']}'; values: {_listed(takes)}")


def _check_keys(
    entry: Any, allowed: Mapping[str, type], name: str, where: str, language_only: Mapping[str, type]
) -> None:
    """Every key of `entry` (bar `_doc...`) is allowed there and holds a value of its type."""
    if not isinstance(entry, dict):
        raise CueFileError(f"{name}: {where} must be a JSON object")
    for key, value in entry.items():
        if key.startswith("_"):
            continue
        if key not in allowed:
            shared = _listed(k for k in allowed if k not in language_only)
            own = _listed(language_only) or "none"
            raise CueFileError(
                f"{name}: {where} has unknown key '{key}'; shared keys: {shared}; this language's: {own}"
            )
        if not isinstance(value, allowed[key]):
            raise CueFileError(f"{name}: {where}: '{key}' must be a {allowed[key].__name__}")


def _listed(keys: Any) -> str:
    """Keys for a message, sorted and comma-separated."""
    return ", ".join(sorted(keys))
