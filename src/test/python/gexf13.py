"""GEXF 1.3 for the tests: validation against the official GEXF 1.3 RELAX NG grammar
(src/test/resources/gexf-1.3, see its SOURCE.md) with lxml, and read-back with NetworkX.

NetworkX 2.8.8 knows the GEXF namespaces up to 1.2draft; its reader finds the graph by namespace
alone, so this module adds the 1.3 namespace to NetworkX's table of versions and leaves its parser
as it is. The grammar's optional viz module (viz.rng, not in the stored copy) is left out: citynet
writes no viz elements, so a file that uses one fails here.

Usage: gexf13.py FILE...   prints "valid GEXF 1.3: FILE" per file, exits 1 at the first invalid one.
"""
import os
import sys

import networkx as nx
from lxml import etree

RNG = "{http://relaxng.org/ns/structure/1.0}"
GRAMMAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "gexf-1.3", "gexf.rng")
NAMESPACE = "http://gexf.net/1.3"

nx.readwrite.gexf.GEXF.versions.setdefault(
    "1.3",
    {
        "NS_GEXF": NAMESPACE,
        "NS_VIZ": NAMESPACE + "/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": NAMESPACE + " " + NAMESPACE + "/gexf.xsd",
        "VERSION": "1.3",
    },
)


def schema():
    grammar = etree.parse(GRAMMAR)
    for include in grammar.getroot().findall(RNG + "include"):
        if include.get("href") == "viz.rng":
            grammar.getroot().remove(include)
    return etree.RelaxNG(grammar)


def problems(path):
    """The grammar's complaints about the file, empty when it is valid GEXF 1.3."""
    validator = schema()
    if validator.validate(etree.parse(path)):
        return []
    return [f"line {e.line}: {e.message}" for e in validator.error_log]


def read(path):
    """The file as NetworkX reads it, after checking it against the grammar."""
    found = problems(path)
    if found:
        raise ValueError(f"{path} is not valid GEXF 1.3: " + "; ".join(found[:5]))
    return nx.read_gexf(path)


if __name__ == "__main__":
    for file in sys.argv[1:]:
        found = problems(file)
        if found:
            print(f"invalid GEXF 1.3: {file}: " + "; ".join(found[:5]))
            sys.exit(1)
        print(f"valid GEXF 1.3: {file}")
