#!/usr/bin/env python3
"""Times NetworkX on the graphs `Graph.Bench --bounded` wrote, for comparison with our figures.

    python3 scripts/networkx/bench_bounded_networkx.py artifacts/bench --pivots K [--weighted-pivots K]

Reads <dir>/skewed.txt and <dir>/dense.txt (first line: node count; then "u v weight"). Prints
key=value lines: NetworkX's sampled betweenness (betweenness_centrality(k=K, seed=1)) on the skewed
graph, hop count and 1 / weight, and a plain-Python disparity filter (the same formula as
make_bounded_fixtures.py; NetworkX has none) on the dense graph. Exact betweenness is not run: it
takes NetworkX many minutes at this size (scripts/bench-network.sh estimates it).
"""
import os
import sys
import time

import networkx as nx


def load(path):
    with open(path, encoding="utf-8") as f:
        n = int(f.readline())
        g = nx.Graph()
        g.add_nodes_from(range(n))
        for line in f:
            u, v, w = line.split()
            g.add_edge(int(u), int(v), weight=float(w), distance=1.0 / float(w))
    return g


def timed(name, work):
    start = time.perf_counter()
    result = work()
    print(f"{name}_ms={(time.perf_counter() - start) * 1000:.1f}", flush=True)
    return result


def backbone(g, alpha):
    strength = dict(g.degree(weight="weight"))

    def p(u, w):
        k = g.degree(u)
        return 1.0 if k == 1 else (1.0 - w / strength[u]) ** (k - 1)

    return [(u, v) for u, v, w in g.edges(data="weight") if p(u, w) < alpha or p(v, w) < alpha]


def option(args, name):
    return int(args[args.index(name) + 1]) if name in args else None


def main():
    args = sys.argv[1:]
    folder = args[0] if args and not args[0].startswith("--") else os.path.join("artifacts", "bench")
    pivots = option(args, "--pivots") or 285
    weighted_pivots = option(args, "--weighted-pivots") or 71
    g = load(os.path.join(folder, "skewed.txt"))
    print(f"skewed graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, networkx {nx.__version__}", flush=True)
    timed(f"networkx_betweenness_sampled_k{pivots}", lambda: nx.betweenness_centrality(g, k=pivots, seed=1))
    timed(f"networkx_betweenness_weighted_sampled_k{weighted_pivots}",
          lambda: nx.betweenness_centrality(g, k=weighted_pivots, seed=1, weight="distance"))
    dense = load(os.path.join(folder, "dense.txt"))
    print(f"dense graph: {dense.number_of_nodes()} nodes, {dense.number_of_edges()} edges", flush=True)
    kept = timed("python_backbone", lambda: backbone(dense, 0.05))
    print(f"python_backbone_edges={len(kept)}")


if __name__ == "__main__":
    main()
