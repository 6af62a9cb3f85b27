#!/usr/bin/python3
"""Times a GraphML load and a shortest path in NetworkX or igraph, for comparison with actorgraph.

Usage: graph_clients_bench.py networkx|igraph GRAPH.graphml FROM_ID TO_ID

Prints one JSON object: load_s, path_s (shortest path after the load, undirected as
`actorgraph path` walks by default), hops, peak_rss_mb (of this process), nodes, edges.
Run it with Debian's /usr/bin/python3 (python3-networkx, python3-igraph).
"""

import json
import resource
import sys
import time


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("networkx", "igraph"):
        sys.exit(__doc__)
    library, path, source, target = sys.argv[1:]
    result = {"library": library}
    if library == "networkx":
        import networkx as nx
        start = time.perf_counter()
        g = nx.read_graphml(path)
        result["load_s"] = time.perf_counter() - start
        result["nodes"], result["edges"] = g.number_of_nodes(), g.number_of_edges()
        start = time.perf_counter()
        p = nx.shortest_path(g.to_undirected(as_view=True), source, target)
        result["path_s"] = time.perf_counter() - start
        result["hops"] = len(p) - 1
    else:
        import igraph
        start = time.perf_counter()
        g = igraph.Graph.Read_GraphML(path)
        result["load_s"] = time.perf_counter() - start
        result["nodes"], result["edges"] = g.vcount(), g.ecount()
        start = time.perf_counter()
        ids = g.vs["id"]
        v, u = ids.index(source), ids.index(target)
        p = g.get_shortest_paths(v, to=u, mode="all", output="vpath")[0]
        result["path_s"] = time.perf_counter() - start
        result["hops"] = len(p) - 1
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
