"""igraph reads our GraphML with no warning and sees the graph we wrote."""
import os

from client_check import expect, reference, setup, skip

output_dir, _ = setup()
try:
    import igraph
except ImportError:
    skip("python3-igraph is not installed")

g = igraph.Graph.Read_GraphML(os.path.join(output_dir, "graph.graphml"))
ref = reference(output_dir)

expect(g.is_directed(), "the graph should be directed")
expect(g.vcount() == len(ref["nodes"]), "node count %d" % g.vcount())
expect(g.ecount() == len(ref["links"]), "edge count %d" % g.ecount())
by_id = {v["id"]: v for v in g.vs}
for node in ref["nodes"]:
    v = by_id[node["id"]]
    expect(v["label"] == node["label"], "label of %r: %r" % (node["id"], v["label"]))
    expect(v["actor_type"] == node["type"], "type of %r" % node["id"])
edges = {e["id"]: e for e in g.es}
for link in ref["links"]:
    e = edges[link["id"]]
    expect(g.vs[e.source]["id"] == link["source"], "source of %r" % link["id"])
    expect(g.vs[e.target]["id"] == link["target"], "target of %r" % link["id"])
    expect(e["type"] == link["type"], "type of %r" % link["id"])
    expect(e["weight"] == link["weight"], "weight of %r" % link["id"])
    expect(e["negated"] == link["negated"], "negated of %r" % link["id"])
print("igraph %s: %d nodes, %d edges" % (igraph.__version__, g.vcount(), g.ecount()))
