#!/usr/bin/env python3
"""Writes the reference results for bounded analysis (src/Graph.Core/Analysis/Bounded).

Sampled betweenness comes from NetworkX 3.6.1's betweenness_centrality(k=..., seed=...), with the
pivots it drew written out so the C# code can be run from the same ones. NetworkX has no disparity
filter, no top-k edge rule, no sampled closeness and no node budget, so those are computed here,
directly from their definitions:

- disparity filter (Serrano, Boguna and Vespignani, "Extracting the multiscale backbone of complex
  weighted networks", PNAS 106(16), 2009): an edge of weight w at a node of strength s and degree
  k > 1 has significance p = (1 - w/s)^(k - 1); at a node of degree 1 it has p = 1 (one edge says
  nothing about how a node spreads its weight). The edge stays when p < alpha at either end.
- top-k per node: an edge stays when it is among the k heaviest edges of either end, ties broken by
  the neighbour's id (ordinal).
- sampled closeness (Eppstein and Wang, 2004) with NetworkX's Wasserman-Faust scaling.
- node budget and bounded picture, as documented on NodeSelection and BoundedPicture.

Run from the repository root:  python3 scripts/networkx/make_bounded_fixtures.py
"""
import json
import math
import os
import random
from collections import deque

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

OUT = os.path.join("tests", "Graph.Core.Tests", "Analysis", "Bounded", "Fixtures")


def weighted(g, seed, low=1, high=5):
    rng = random.Random(seed)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(low, high)
    return g


def skewed_weights(g, seed):
    """Heavy-tailed integer weights (1 + floor of a Pareto draw), as report counts are."""
    rng = random.Random(seed)
    for u, v in g.edges:
        g[u][v]["weight"] = 1 + int(rng.paretovariate(1.5))
    return g


def name(g, prefix):
    return nx.relabel_nodes(g, {v: f"{prefix}{v:03d}" for v in g})


def edge_list(g, index):
    return [[index[u], index[v], d["weight"]] for u, v, d in g.edges(data=True)]


def distance_graph(g):
    h = g.copy()
    for _, _, d in h.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    return h


def sampled_closeness(g, nodes, pivots):
    """Eppstein-Wang: a node's total hop distance estimated from the pivots in its component
    (itself excluded), scaled to its component's size; exact BFS for a node with no such pivot."""
    component = {}
    for c in nx.connected_components(g):
        for v in c:
            component[v] = len(c)
    from_pivot = {s: nx.single_source_shortest_path_length(g, s) for s in pivots}
    n = len(nodes)
    result = []
    for u in nodes:
        reached = component[u] - 1
        if reached == 0 or n == 1:
            result.append(0.0)
            continue
        samples = [from_pivot[s][u] for s in pivots if s != u and u in from_pivot[s]]
        if samples:
            total = reached * sum(samples) / len(samples)
        else:
            total = sum(nx.single_source_shortest_path_length(g, u).values())
        result.append(reached / total * (reached / (n - 1)))
    return result


def betweenness_fixture(file, g, description, k, seed):
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    h = distance_graph(g)
    # NetworkX draws its pivots as random.Random(seed).sample(list(G), k); drawn again here to record them.
    pivots = random.Random(seed).sample(nodes, k)
    sampled = nx.betweenness_centrality(g, k=k, seed=seed)
    sampled_weighted = nx.betweenness_centrality(h, k=k, seed=seed, weight="distance")
    exact = nx.betweenness_centrality(g)
    by_node = lambda d: [d[v] for v in nodes]
    save(file, {
        "description": description,
        "nodes": nodes,
        "edges": edge_list(g, index),
        "pivots": [index[s] for s in pivots],
        "betweenness": by_node(exact),
        "betweenness_weighted": by_node(nx.betweenness_centrality(h, weight="distance")),
        "sampled_betweenness": by_node(sampled),
        "sampled_betweenness_weighted": by_node(sampled_weighted),
        "networkx_sampled_max_abs_error": max(abs(sampled[v] - exact[v]) for v in nodes),
        "closeness": by_node(nx.closeness_centrality(g)),
        "sampled_closeness": sampled_closeness(g, nodes, pivots),
    })


def significance(g, u, v):
    """The disparity filter's p for edge (u, v) seen from u."""
    k = g.degree(u)
    if k == 1:
        return 1.0
    s = g.degree(u, weight="weight")
    return (1.0 - g[u][v]["weight"] / s) ** (k - 1)


def strongest(g, u, k):
    ranked = sorted(g[u], key=lambda v: (-g[u][v]["weight"], v))
    return ranked[:k]


def pair(index, u, v):
    return sorted((index[u], index[v]))


def backbone(g, index, alpha):
    kept = [pair(index, u, v) for u, v in g.edges if significance(g, u, v) < alpha or significance(g, v, u) < alpha]
    return sorted(kept)


def top_k(g, index, k):
    kept = {tuple(pair(index, u, v)) for u in g for v in strongest(g, u, k)}
    return sorted(list(p) for p in kept)


def select(g, scores, budget, forced, neighbours):
    ranked = sorted(g, key=lambda v: (-scores[v], v))
    chosen = set(ranked[:budget])
    links = set()
    for f in forced:
        chosen.add(f)
        for v in strongest(g, f, neighbours):
            chosen.add(v)
            links.add(frozenset((f, v)))
    return chosen, links


def picture(g, index, scores, budget, forced, neighbours, kept_edges):
    chosen, links = select(g, scores, budget, forced, neighbours)
    numbers = {index[v] for v in chosen}
    edges = {tuple(e) for e in kept_edges if e[0] in numbers and e[1] in numbers}
    edges |= {tuple(pair(index, *link)) for link in links}
    return {
        "budget": budget,
        "forced": [index[f] for f in forced],
        "neighbours": neighbours,
        "nodes": sorted(index[v] for v in chosen),
        "edges": sorted(list(e) for e in edges),
    }


def backbone_fixture(file, g, description, forced):
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    strength = dict(g.degree(weight="weight"))
    pagerank = _pagerank_python(g, weight="weight")
    save(file, {
        "description": description,
        "nodes": nodes,
        "edges": edge_list(g, index),
        "significance": [[significance(g, u, v), significance(g, v, u)] for u, v in g.edges],
        "backbone": {str(a): backbone(g, index, a) for a in (0.05, 0.2, 0.5)},
        "top_k": {str(k): top_k(g, index, k) for k in (1, 2, 3)},
        "top_weighted_degree": {str(b): sorted(index[v] for v in select(g, strength, b, [], 0)[0]) for b in (1, 5, 10)},
        "top_pagerank": {str(b): sorted(index[v] for v in select(g, pagerank, b, [], 0)[0]) for b in (5, 10)},
        "pictures": [
            picture(g, index, strength, 10, [], 0, backbone(g, index, 0.2)) | {"filter": "backbone", "alpha": 0.2},
            picture(g, index, strength, 8, forced, 3, backbone(g, index, 0.05)) | {"filter": "backbone", "alpha": 0.05},
            picture(g, index, strength, 12, forced[:1], 2, top_k(g, index, 2)) | {"filter": "top_k", "k": 2},
        ],
    })


def save(file, body):
    body = {"generator": f"networkx {nx.__version__}, scripts/networkx/make_bounded_fixtures.py"} | body
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, file + ".json"), "w", encoding="utf-8") as f:
        json.dump(body, f, indent=1)
        f.write("\n")
    print(f"{file}: {len(body['nodes'])} nodes, {len(body['edges'])} edges")


def karate_with_leaves():
    g = name(nx.karate_club_graph(), "m")
    # A pendant leaf on a hub, a weak leaf on a minor node and an isolated dyad: the degree-1 cases.
    g.add_edge("m000", "leaf1", weight=1)
    g.add_edge("m026", "leaf2", weight=9)
    g.add_edge("dyad1", "dyad2", weight=4)
    return g


if __name__ == "__main__":
    betweenness_fixture("sampled-gnm", name(weighted(nx.gnm_random_graph(300, 900, seed=21), 22), "n"),
                        "G(n=300, m=900), seed 21, weights 1..5; NetworkX k=60, seed 5.", k=60, seed=5)
    betweenness_fixture("sampled-skewed", name(weighted(nx.dual_barabasi_albert_graph(400, 1, 3, 0.8, seed=3), 4), "b"),
                        "Dual Barabasi-Albert (n=400, m1=1, m2=3, p=0.8), seed 3, weights 1..5; NetworkX k=40, seed 9.", k=40, seed=9)
    backbone_fixture("backbone-karate", karate_with_leaves(),
                     "Karate club (interaction counts as weights) plus two leaves and an isolated dyad.",
                     forced=["leaf2", "dyad1"])
    backbone_fixture("backbone-skewed", name(skewed_weights(nx.gnm_random_graph(60, 200, seed=31), 32), "s"),
                     "G(n=60, m=200), seed 31, heavy-tailed weights 1 + floor(Pareto(1.5)).",
                     forced=["s059", "s007"])
