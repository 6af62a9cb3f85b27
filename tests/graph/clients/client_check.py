"""Shared helpers for the client checks: argument handling, skipping, the reference graph.

Each check_*.py is run by ctest as `check_X.py OUTPUT_DIR TEST_DATA_DIR`, where OUTPUT_DIR
holds what graph_fixture_writer wrote. Exit 0 = pass, 1 = fail, 77 = skipped (client absent).
"""
import json
import os
import sys
import warnings

SKIP = 77


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(SKIP)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def setup():
    """Returns (output_dir, data_dir); turns every warning into an error."""
    if len(sys.argv) != 3:
        fail("usage: %s OUTPUT_DIR TEST_DATA_DIR" % sys.argv[0])
    warnings.simplefilter("error")
    return sys.argv[1], sys.argv[2]


def reference(output_dir):
    """The graph as our JSON writer wrote it: the truth the other formats are compared with."""
    with open(os.path.join(output_dir, "graph.json"), encoding="utf-8") as f:
        return json.load(f)


def joined(items):
    """A list as graph/list_codec.h joins it into one GraphML string."""
    return " | ".join(i.replace("\\", "\\\\").replace("|", "\\|") for i in items)
