"""Rewrite the cue files from their old keys to the one schema of rawi.statements.cue_schema. Run by hand.

`python bench/rewrite_cue_files.py` rewrites data/cues_ar.json and english/data/cues_en.json in
place, keeping every key's place and the files' layout; a file already rewritten is left as it is,
so the script can run again after merging a branch that still wrote the old keys.

Arabic: 'families' -> 'cues', 'prepositional' -> 'attributions', 'needs' -> 'takes'.
English: 'groups' -> 'cues', 'object' -> 'takes' ('that' -> 'complement', 'report' -> 'claim'),
each of 'phrases' -> a cue with 'lemma' and 'written' (its old 'forms'), 'according' ->
'attributions' (one {'words': [...]} each), '_doc_according' -> '_doc_attributions'.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "src" / "rawi" / "statements"
ENGLISH_TAKES = {"that": "complement", "report": "claim"}

AR_DOC = (
    (
        "'needs' = 'complement' means",
        "'takes' (what the cue takes as content, cue_schema.py) = 'complement' means",
    ),
)
EN_DOC = (
    ("Each group: 'lemmas';", "Each cue: 'lemmas';"),
    ("'object': 'clause'", "'takes' (what the cue takes as content, cue_schema.py): 'clause'"),
    ("'report' (counts only", "'claim' (counts only"),
    ("'that' (counts only when 'that'", "'complement' (counts only when 'that'"),
    (
        "'phrases': fixed cue forms that are no paradigm ('did not rule out').",
        "A cue with 'lemma' and 'written' lists fixed forms that are no paradigm ('did not rule out').",
    ),
)


def renamed(entry: dict[str, Any], old: str, new: str, value: Any = None) -> dict[str, Any]:
    """The entry with key `old` called `new` in the same place (and given `value` when not None)."""
    return {
        (new if key == old else key): (value if key == old and value is not None else item)
        for key, item in entry.items()
    }


def _documented(doc: str, replacements: tuple[tuple[str, str], ...]) -> str:
    for old, new in replacements:
        doc = doc.replace(old, new)
    return doc


def arabic(data: dict[str, Any]) -> dict[str, Any]:
    """The Arabic cue file under the schema's keys."""
    data = renamed(renamed(data, "families", "cues"), "prepositional", "attributions")
    data["cues"] = [renamed(family, "needs", "takes") for family in data["cues"]]
    data["_doc"] = _documented(data["_doc"], AR_DOC)
    return data


def english(data: dict[str, Any]) -> dict[str, Any]:
    """The English cue file under the schema's keys."""
    data = renamed(data, "groups", "cues")
    cues = []
    for group in data["cues"]:
        cues.append(renamed(group, "object", "takes", ENGLISH_TAKES.get(group.get("object", ""))))
    for phrase in data.pop("phrases", []):
        phrase = renamed(phrase, "object", "takes", ENGLISH_TAKES.get(phrase.get("object", "")))
        cues.append({"lemma": phrase.pop("lemma"), "written": phrase.pop("forms"), **phrase})
    data["cues"] = cues
    if "according" in data:
        data = renamed(data, "according", "attributions", [{"words": p.split()} for p in data["according"]])
    doc = data.pop("_doc_according", None)
    if doc is not None:
        data["_doc_attributions"] = doc.replace("'according' lists", "'attributions' lists")
    data["_doc"] = _documented(data["_doc"], EN_DOC)
    return data


def main() -> None:
    """Rewrite both cue files in place."""
    for path, rewrite in (
        (DATA / "data" / "cues_ar.json", arabic),
        (DATA / "english" / "data" / "cues_en.json", english),
    ):
        data = rewrite(json.loads(path.read_text("utf-8")))
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print("rewrote", path)


if __name__ == "__main__":
    main()
