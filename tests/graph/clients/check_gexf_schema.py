"""xmllint accepts our GEXF against the GEXF 1.3 RELAX NG schema (tests/data/gexf-1.3)."""
import os
import shutil
import subprocess

from client_check import expect, setup, skip

output_dir, data_dir = setup()
xmllint = shutil.which("xmllint")
if xmllint is None:
    skip("libxml2-utils (xmllint) is not installed")
schema = os.path.join(data_dir, "gexf-1.3", "gexf.rng")
if not os.path.exists(schema):
    skip("the GEXF 1.3 schema is missing: " + schema)

for name in ("graph.gexf", "diff.gexf"):  # diff.gexf: with the diff status columns and colours
    run = subprocess.run([xmllint, "--noout", "--relaxng", schema,
                          os.path.join(output_dir, name)], capture_output=True, text=True)
    expect(run.returncode == 0, name + " does not validate:\n" + run.stderr)
    print(run.stderr.strip())
