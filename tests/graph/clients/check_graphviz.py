"""Graphviz renders our DOT to SVG with nothing on stderr, every node and edge drawn."""
import os
import shutil
import subprocess

from client_check import expect, reference, setup, skip

output_dir, _ = setup()
dot = shutil.which("dot")
if dot is None:
    skip("graphviz is not installed")

svg_path = os.path.join(output_dir, "graph.svg")
run = subprocess.run([dot, "-Tsvg", os.path.join(output_dir, "graph.dot"), "-o", svg_path],
                     capture_output=True, text=True)
expect(run.returncode == 0, "dot failed: " + run.stderr)
expect(run.stderr == "", "dot warned: " + run.stderr)
with open(svg_path, encoding="utf-8") as f:
    svg = f.read()
ref = reference(output_dir)
expect(svg.count('class="node"') == len(ref["nodes"]), "nodes drawn")
expect(svg.count('class="edge"') == len(ref["links"]), "edges drawn")
print("dot rendered %d nodes, %d edges" % (len(ref["nodes"]), len(ref["links"])))
