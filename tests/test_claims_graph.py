"""The attribution-chain graph and its GraphML form."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from rawi.claims.graph import chain_graph, to_graphml

ROWS = [
    {"outlet": "قناة <جيم>", "via": ["رويترز"], "speaker_id": "s1", "speaker": "مصدر & آخر", "latin": ""},
    {"outlet": "قناة <جيم>", "via": ["رويترز"], "speaker_id": "s1", "speaker": "مصدر & آخر", "latin": ""},
    {"outlet": "رويترز", "via": [], "speaker_id": "s2", "speaker": "بيسكوف", "latin": "Dmitry Peskov"},
]


def test_edges_follow_each_chain_with_counts() -> None:
    graph = chain_graph(ROWS)
    weights = {(e["source"], e["target"]): e["weight"] for e in graph["edges"]}
    assert {e["kind"] for e in graph["edges"]} == {"relays"}
    assert weights == {
        ("source:قناه جيم", "source:رويترز"): 2,
        ("source:رويترز", "speaker:s1"): 2,
        ("source:رويترز", "speaker:s2"): 1,
    }
    kinds = {n["id"]: (n["kind"], n["statements"]) for n in graph["nodes"]}
    assert kinds["source:رويترز"] == ("outlet", 3)
    assert kinds["source:قناه جيم"] == ("outlet", 2)


def test_graphml_escapes_names_and_parses() -> None:
    root = ET.fromstring(to_graphml(chain_graph(ROWS)))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    labels = {d.text for d in root.findall(".//g:node/g:data[@key='label']", ns)}
    assert {"قناة <جيم>", "مصدر & آخر", "Dmitry Peskov"} <= labels | {
        d.text for d in root.findall(".//g:node/g:data[@key='latin']", ns)
    }
    assert len(root.findall(".//g:edge", ns)) == 3


def test_claims_are_nodes_with_say_deny_and_confirm_edges() -> None:
    claim = {"claim_id": "c1", "claim_text": "الميناء أغلق", "claim_status": "denied"}
    rows = [
        {**ROWS[0], **claim, "claim_role": "first"},
        {**ROWS[1], **claim, "claim_role": "repeat"},
        {**ROWS[2], **claim, "claim_role": "deny"},
    ]
    graph = chain_graph(rows)
    to_claim = {(e["source"], e["kind"]): e["weight"] for e in graph["edges"] if e["target"] == "claim:c1"}
    assert to_claim == {("speaker:s1", "says"): 2, ("speaker:s2", "denies"): 1}
    node = next(n for n in graph["nodes"] if n["id"] == "claim:c1")
    assert (node["kind"], node["status"], node["statements"]) == ("claim", "denied", 3)
    root = ET.fromstring(to_graphml(graph))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert "denies" in {d.text for d in root.findall(".//g:edge/g:data[@key='edge_kind']", ns)}
