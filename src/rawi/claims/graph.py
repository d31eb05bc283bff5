"""The attribution-chain graph: outlet -> intermediary -> ... -> speaker -> claim, with counts.

Built from plain chain rows (outlet, via list, speaker identity and, once claims are built,
the statement's claim and its part in it) and written as GraphML or as a JSON object of nodes
and edges. Chain edges have kind "relays"; a speaker's edge to a claim is "says", "denies" or
"confirms".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import Any
from xml.sax.saxutils import quoteattr

from rawi.arabic.normalize import match_key


def _node_id(kind: str, name: str) -> str:
    """A node id that joins spellings of one outlet or intermediary ("رويترز", "رويترز،"): an
    agency that publishes one article and is relayed in another is one node."""
    return f"{kind}:{match_key(name)}"


CLAIM_EDGE = {"first": "says", "repeat": "says", "deny": "denies", "confirm": "confirms"}


def chain_graph(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Nodes (outlets, intermediaries, speakers, claims) and weighted edges along each statement's
    chain, then from its speaker to its claim; a node that is ever an outlet has kind "outlet";
    a statement whose outlet is unknown starts at its first intermediary."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        path = [(_node_id("source", row["outlet"]), row["outlet"], "outlet", "")] if row["outlet"] else []
        path += [(_node_id("source", v), v, "intermediary", "") for v in row.get("via") or ()]
        path.append((f"speaker:{row['speaker_id']}", row["speaker"], "speaker", row.get("latin") or ""))
        for node_id, label, kind, latin in path:
            node = nodes.setdefault(node_id, {"id": node_id, "label": label, "kind": kind, "latin": latin})
            if kind == "outlet":
                node["kind"] = kind
            node["statements"] = node.get("statements", 0) + 1
        for (a, *_), (b, *_) in pairwise(path):
            if a != b:
                edges[(a, b, "relays")] += 1
        if row.get("claim_id"):
            claim = f"claim:{row['claim_id']}"
            text, status = row.get("claim_text") or "", row.get("claim_status") or ""
            node = nodes.setdefault(
                claim, {"id": claim, "label": text, "kind": "claim", "latin": "", "status": status}
            )
            node["statements"] = node.get("statements", 0) + 1
            edges[(path[-1][0], claim, CLAIM_EDGE.get(row.get("claim_role") or "", "says"))] += 1
    return {
        "nodes": sorted(nodes.values(), key=lambda n: n["id"]),
        "edges": [
            {"source": a, "target": b, "kind": kind, "weight": w} for (a, b, kind), w in sorted(edges.items())
        ],
    }


def to_graphml(graph: dict[str, Any]) -> str:
    """The graph as a GraphML document (node label, kind, Latin form, counts; edge weight)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
        '  <key id="latin" for="node" attr.name="latin" attr.type="string"/>',
        '  <key id="statements" for="node" attr.name="statements" attr.type="int"/>',
        '  <key id="status" for="node" attr.name="status" attr.type="string"/>',
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
        '  <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>',
        '  <graph id="chains" edgedefault="directed">',
    ]
    for node in graph["nodes"]:
        lines.append(f"    <node id={quoteattr(node['id'])}>")
        lines += [
            f'      <data key="{k}">{_text(node[k])}</data>' for k in ("label", "kind", "latin", "statements")
        ]
        if node.get("status"):
            lines.append(f'      <data key="status">{_text(node["status"])}</data>')
        lines.append("    </node>")
    for edge in graph["edges"]:
        lines.append(f"    <edge source={quoteattr(edge['source'])} target={quoteattr(edge['target'])}>")
        lines.append(f'      <data key="weight">{edge["weight"]}</data>')
        lines.append(f'      <data key="edge_kind">{edge["kind"]}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _text(value: Any) -> str:
    """XML character data for one value."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
