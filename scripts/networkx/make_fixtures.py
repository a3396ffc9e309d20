#!/usr/bin/env python3
"""Writes the reference results our C# metrics are tested against.

Each fixture is a graph (nodes in order, edges as [u, v, weight] with u, v indices) plus what
NetworkX 3.6.1 computes on it. Run from the repository root:

    python3 scripts/networkx/make_fixtures.py

Python is needed only to regenerate the files; the tests read the committed JSON.
"""
import json
import math
import os
import random

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

OUT = os.path.join("tests", "Graph.Core.Tests", "Analysis", "Fixtures")
LOUVAIN_SEED = 42


def karate():
    g = nx.karate_club_graph()
    return nx.relabel_nodes(g, {v: f"m{v}" for v in g})


def random_graph(n, m, seed, weighted):
    rng = random.Random(seed)
    g = nx.gnm_random_graph(n, m, seed=seed)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(1, 5) if weighted else 1
    return nx.relabel_nodes(g, {v: f"n{v}" for v in g})


def disconnected():
    a = random_graph(30, 60, 7, weighted=True)
    b = nx.relabel_nodes(random_graph(12, 20, 8, weighted=True), lambda v: "b" + v)
    g = nx.union(a, b)
    # A pendant chain and isolated nodes: bridges, articulation points and zero scores.
    g.add_edge("n0", "t1", weight=2)
    g.add_edge("t1", "t2", weight=1)
    g.add_nodes_from(["lonely1", "lonely2"])
    return g


def cooperation_projection():
    """A projection shaped like the sample data: actors linked by shared events, weight = reports."""
    events = [
        (1, ["agency:spain-national-police", "agency:europol", "agency:interpol", "country:ES", "country:PT", "country:FR"]),
        (2, ["agency:europol", "agency:eurojust", "country:NL", "country:DE", "country:BE"]),
        (3, ["agency:interpol", "country:BR", "country:CO", "country:ES", "agency:spain-national-police"]),
        (4, ["agency:europol", "country:IT", "agency:carabinieri", "country:FR"]),
        (5, ["agency:europol", "agency:eurojust", "country:FR", "country:DE"]),
        (6, ["agency:fbi", "country:US", "agency:europol", "country:NL"]),
        (7, ["agency:interpol", "country:CO", "country:PE"]),
        (8, ["country:JP", "country:KR"]),
    ]
    g = nx.Graph()
    reports = {}
    for report, actors in events:
        g.add_nodes_from(actors)
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                key = tuple(sorted((a, b)))
                reports.setdefault(key, set()).add(report)
    for (a, b), rs in reports.items():
        g.add_edge(a, b, weight=len(rs))
    return g


def lollipop():
    g = nx.lollipop_graph(6, 4)
    nx.set_edge_attributes(g, 1, "weight")
    return nx.relabel_nodes(g, {v: f"l{v}" for v in g})


def results(g, nodes):
    h = g.copy()
    for u, v, d in h.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    try:
        eigen = nx.eigenvector_centrality(g)
    except nx.PowerIterationFailedConvergence:
        eigen = None
    largest = max(nx.connected_components(g), key=len) if len(g) else set()
    communities = nx.community.louvain_communities(g, weight="weight", seed=LOUVAIN_SEED)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = []
    rng = random.Random(1)
    for _ in range(6):
        s, t = rng.sample(nodes, 2)
        try:
            paths = sorted([index[v] for v in p] for p in nx.all_shortest_paths(g, nodes[index[s]], t))
        except nx.NetworkXNoPath:
            paths = []
        pairs.append({"from": index[s], "to": index[t], "paths": paths})
    by_node = lambda d: [d[v] for v in nodes]
    return {
        "degree": by_node(dict(g.degree)),
        "weighted_degree": by_node(dict(g.degree(weight="weight"))),
        "betweenness": by_node(nx.betweenness_centrality(g)),
        "betweenness_weighted": by_node(nx.betweenness_centrality(h, weight="distance")),
        "closeness": by_node(nx.closeness_centrality(g)),
        "pagerank": by_node(_pagerank_python(g, weight="weight")),
        "eigenvector": by_node(eigen) if eigen is not None else None,
        "clustering": by_node(nx.clustering(g)),
        "core": by_node(nx.core_number(g)),
        "density": nx.density(g),
        "components": nx.number_connected_components(g),
        "diameter": nx.diameter(g.subgraph(largest)) if largest else 0,
        "louvain_modularity": nx.community.modularity(g, communities, weight="weight"),
        "louvain_communities": len(communities),
        "louvain_membership": by_node({v: i for i, c in enumerate(communities) for v in c}),
        "articulation_points": sorted(index[v] for v in nx.articulation_points(g)),
        "bridges": sorted(sorted((index[u], index[v])) for u, v in nx.bridges(g)),
        "shortest_paths": pairs,
    }


def write(name, g, description):
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    fixture = {
        "name": name,
        "description": description,
        "generator": f"networkx {nx.__version__}, scripts/networkx/make_fixtures.py",
        "nodes": nodes,
        "edges": [[index[u], index[v], d.get("weight", 1)] for u, v, d in g.edges(data=True)],
        "results": results(g, nodes),
    }
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")
    print(f"{name}: {len(nodes)} nodes, {g.number_of_edges()} edges")


if __name__ == "__main__":
    write("karate", karate(), "Zachary's karate club with interaction counts as weights (networkx.karate_club_graph).")
    write("random-unweighted", random_graph(60, 150, 11, weighted=False), "G(n=60, m=150), seed 11, unit weights.")
    write("random-weighted", random_graph(80, 240, 12, weighted=True), "G(n=80, m=240), seed 12, integer weights 1..5.")
    write("disconnected", disconnected(), "Two weighted random graphs, a pendant chain and two isolated nodes.")
    write("cooperation-projection", cooperation_projection(), "Actor projection of eight invented events; weight = shared reports.")
    write("lollipop", lollipop(), "Lollipop graph (K6 plus a 4-node tail): articulation points and bridges.")
