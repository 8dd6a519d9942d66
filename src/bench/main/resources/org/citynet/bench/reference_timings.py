"""Times python-igraph and NetworkX on an edge list, for `citynet bench`.

Usage: reference_timings.py EDGES NETWORKX_MAX_NODES NETWORKX_SAMPLE [graph-tool]
EDGES: first line n, then one "u v" line per undirected edge (vertices 0..n-1).
NetworkX runs exactly up to NETWORKX_MAX_NODES vertices; above, betweenness uses k =
NETWORKX_SAMPLE source samples and the time is scaled by n / k (marked "extrapolated"), and
closeness is skipped; a sample of 0 skips NetworkX there. With "graph-tool", graph-tool's
betweenness is timed too (OpenMP on all cores). One JSON object per timing on stdout.
"""
import json
import resource
import sys
import time


def timed(tool, measure, call, scale=1.0):
    cpu, wall = time.process_time(), time.perf_counter()
    call()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({"tool": tool, "measure": measure, "wall": wall * scale,
                      "cpu": cpu * scale, "extrapolated": scale != 1.0,
                      "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}),
          flush=True)


def main():
    path, nx_max, nx_sample = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with_graph_tool = len(sys.argv) > 4 and sys.argv[4] == "graph-tool"
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    try:
        import igraph
        g = igraph.Graph(n=n, edges=edges)
        timed("igraph " + igraph.__version__, "betweenness",
              lambda: g.betweenness(directed=False))
        timed("igraph " + igraph.__version__, "closeness", lambda: g.closeness())
    except ImportError:
        print(json.dumps({"tool": "igraph", "missing": True}), flush=True)
    if with_graph_tool:
        try:
            import graph_tool
            import graph_tool.centrality
            gt = graph_tool.Graph(directed=False)
            gt.add_vertex(n)
            gt.add_edge_list(edges)
            threads = graph_tool.openmp_get_num_threads()
            timed("graph-tool %s (%d threads)" % (graph_tool.__version__.split()[0], threads),
                  "betweenness", lambda: graph_tool.centrality.betweenness(gt))
        except ImportError:
            print(json.dumps({"tool": "graph-tool", "missing": True}), flush=True)
    if n > nx_max and nx_sample == 0:
        return
    try:
        import networkx as nx
        h = nx.Graph()
        h.add_nodes_from(range(n))
        h.add_edges_from(edges)
        tool = "networkx " + nx.__version__
        if n <= nx_max:
            timed(tool, "betweenness", lambda: nx.betweenness_centrality(h))
            timed(tool, "closeness", lambda: nx.closeness_centrality(h))
        else:
            k = min(nx_sample, n)
            timed(tool, "betweenness", lambda: nx.betweenness_centrality(h, k=k, seed=1), n / k)
    except ImportError:
        print(json.dumps({"tool": "networkx", "missing": True}), flush=True)


main()
