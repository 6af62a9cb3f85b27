"""The example corpus, built by the real command, opens cleanly in the real clients: NetworkX and
igraph read its GraphML with no warning and see the counts `actorgraph stats` reports, Graphviz
renders its DOT with nothing on standard error, xmllint accepts its GEXF against GEXF 1.3.

usage: check_examples.py ACTORGRAPH_BINARY SOURCE_DIR WORK_DIR  (exit 77: no client installed)
"""
import json
import os
import shutil
import subprocess
import sys
import warnings

binary, source, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
warnings.simplefilter("error")
corpus = os.path.join(source, "examples", "corpus")
files = {}
for fmt in ("graphml", "gexf", "dot"):
    files[fmt] = os.path.join(work, "examples." + fmt)
    subprocess.run([binary, "build", corpus, "-o", files[fmt], "-q"], check=True)
stats = json.loads(subprocess.run([binary, "stats", files["graphml"], "--json", "-q"],
                                  check=True, capture_output=True, text=True).stdout)
nodes, edges = stats["actors"], stats["relations"]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAILED: %s %s" % (name, detail))


try:
    import networkx as nx
    g = nx.read_graphml(files["graphml"])
    check("networkx counts", (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges),
          (g.number_of_nodes(), g.number_of_edges(), nodes, edges))
    check("networkx labels", all("label" in d for _, d in g.nodes(data=True)))
except ImportError:
    print("SKIPPED: networkx")
try:
    import igraph
    g = igraph.Graph.Read_GraphML(files["graphml"])
    check("igraph counts", (g.vcount(), g.ecount()) == (nodes, edges), (g.vcount(), g.ecount()))
except ImportError:
    print("SKIPPED: igraph")
if shutil.which("dot"):
    out = subprocess.run(["dot", "-Tsvg", files["dot"], "-o", os.path.join(work, "e.svg")],
                         capture_output=True, text=True)
    check("dot renders without warning", out.returncode == 0 and not out.stderr, out.stderr)
rng = os.path.join(source, "tests", "data", "gexf-1.3", "gexf.rng")
if shutil.which("xmllint") and os.path.exists(rng):
    out = subprocess.run(["xmllint", "--noout", "--relaxng", rng, files["gexf"]],
                         capture_output=True, text=True)
    check("gexf valid", out.returncode == 0, out.stderr)
if passed + failed == 0:
    print("SKIP: no client installed")
    sys.exit(77)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
