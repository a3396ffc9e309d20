#!/usr/bin/env python3
"""Times NetworkX on the edge list Graph.Bench wrote, and compares its values with ours.

    python3 scripts/networkx/bench_networkx.py artifacts/bench [--sources K]

With --sources K, betweenness runs from K random sources only and its time is scaled by n/K
(printed as betweenness_estimated=1); exact betweenness on 10,000 nodes takes NetworkX many minutes.
Reads <dir>/edges.txt (first line: node count; then "u v weight") and, when present,
<dir>/ours.json; prints key=value lines like Graph.Bench does.
"""
import json
import os
import sys
import time

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python


def load(path):
    with open(path, encoding="utf-8") as f:
        n = int(f.readline())
        g = nx.Graph()
        g.add_nodes_from(range(n))
        for line in f:
            u, v, w = line.split()
            g.add_edge(int(u), int(v), weight=float(w))
    return g


def timed(name, work):
    start = time.perf_counter()
    result = work()
    print(f"{name}_ms={(time.perf_counter() - start) * 1000:.2f}", flush=True)
    return result


def main():
    args = sys.argv[1:]
    sources = None
    if "--sources" in args:
        at = args.index("--sources")
        sources = int(args[at + 1])
        del args[at:at + 2]
    folder = args[0] if args else os.path.join("artifacts", "bench")
    g = load(os.path.join(folder, "edges.txt"))
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, networkx {nx.__version__}", flush=True)
    pagerank = timed("pagerank", lambda: _pagerank_python(g, weight="weight"))
    communities = timed("louvain", lambda: nx.community.louvain_communities(g, weight="weight", seed=42))
    print(f"louvain_modularity={nx.community.modularity(g, communities, weight='weight')!r}")
    print(f"louvain_communities={len(communities)}")
    if sources is not None:
        start = time.perf_counter()
        nx.betweenness_centrality(g, k=sources, seed=1)
        scaled = (time.perf_counter() - start) * 1000 * g.number_of_nodes() / sources
        print(f"betweenness_ms={scaled:.2f}")
        print("betweenness_estimated=1")
        return
    betweenness = timed("betweenness", lambda: nx.betweenness_centrality(g))

    ours_path = os.path.join(folder, "ours.json")
    if os.path.exists(ours_path):
        with open(ours_path, encoding="utf-8") as f:
            ours = json.load(f)
        nodes = range(g.number_of_nodes())
        print(f"betweenness_max_abs_diff={max(abs(ours['betweenness'][v] - betweenness[v]) for v in nodes):.3g}")
        print(f"pagerank_max_abs_diff={max(abs(ours['pagerank'][v] - pagerank[v]) for v in nodes):.3g}")


if __name__ == "__main__":
    main()
