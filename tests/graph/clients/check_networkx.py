"""NetworkX reads our GraphML with no warning and sees the graph we wrote."""
import os

from client_check import expect, joined, reference, setup, skip

output_dir, _ = setup()
try:
    import networkx as nx
except ImportError:
    skip("python3-networkx is not installed")

g = nx.read_graphml(os.path.join(output_dir, "graph.graphml"))
ref = reference(output_dir)

expect(g.is_directed(), "the graph should be directed")
expect(g.number_of_nodes() == len(ref["nodes"]), "node count %d" % g.number_of_nodes())
expect(g.number_of_edges() == len(ref["links"]), "edge count %d" % g.number_of_edges())
expect(g.graph.get("generator") == ref["graph"]["generator"], "graph metadata")
for node in ref["nodes"]:
    data = g.nodes[node["id"]]
    expect(data["label"] == node["label"], "label of %r: %r" % (node["id"], data["label"]))
    expect(data["actor_type"] == node["type"], "type of %r" % node["id"])
    expect(data["mentions"] == node["mentions"], "mentions of %r" % node["id"])
for link in ref["links"]:
    # read_graphml keys parallel edges by their GraphML edge id
    data = g.edges[link["source"], link["target"], link["id"]]
    expect(data["type"] == link["type"], "type of %r" % link["id"])
    expect(data["weight"] == float(link["weight"]), "weight of %r" % link["id"])
    expect(data["docs"] == joined(link["docs"]), "docs of %r: %r" % (link["id"], data["docs"]))
    expect(data["evidence_total"] == link["evidence_total"], "evidence_total of %r" % link["id"])
    expect(data["negated"] is link["negated"], "negated of %r" % link["id"])
    expect(data["color"] == link["color"], "color of %r" % link["id"])
print("networkx %s: %d nodes, %d edges" % (nx.__version__, g.number_of_nodes(),
                                          g.number_of_edges()))

# The diff union (`actorgraph diff A B -o`): every node and edge has a status and its colour.
d = nx.read_graphml(os.path.join(output_dir, "diff.graphml"))
statuses = {"added", "removed", "changed", "unchanged"}
expect(all(data.get("status") in statuses for _, data in d.nodes(data=True)), "node status")
expect(all(data.get("status") in statuses for _, _, data in d.edges(data=True)), "edge status")
expect(d.nodes["zz-only-in-a"]["status"] == "removed", "status of the actor only in A")
expect(d.nodes["zz-only-in-a"]["color"] == "#d62728", "colour of a removed actor")
edge_statuses = sorted(data["status"] for _, _, data in d.edges(data=True))
expect(edge_statuses.count("added") == 1 and edge_statuses.count("changed") == 1,
       "one added and one changed relation: %r" % edge_statuses)
expect(edge_statuses.count("unchanged") == len(ref["links"]) - 2, "the rest unchanged")
for _, _, data in d.edges(data=True):
    if data["status"] == "added":
        expect(data["color"] == "#2ca02c" and data["g"] == 160, "colour of an added relation")
print("networkx: diff union with %d statuses" % (d.number_of_nodes() + d.number_of_edges()))
