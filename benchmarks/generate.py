"""Realistic synthetic corpora for raquan's benchmarks: a province, its plans, and result files.

``python benchmarks/generate.py OUT --size 1MB [--seed 1]`` writes into ``OUT``:

* ``plans/units.yaml``: the unit registry of a whole (made-up) province: the provincial bodies,
  and ten districts (one city, one town, eight rural districts), each with its People's
  Committee, office, twelve departments, centre, mass organisations, armed forces and 15 to 25
  communes, wards or townships whose names are built from Vietnamese syllables; groups by kind
  (province-wide) and by members (one district's communes, departments, ...);
* ``plans/*.yaml``: plans (``kind: plan``) issued by the districts, valid for ``raquan check``:
  header, legal bases, preamble, sections, one organisation section of assignment blocks whose
  duties print their deadline with ``{deadline}``, deadlines on working days inside the period,
  partners, deliverables, events, recipients covering every assigned unit through the groups,
  signature, attachments mentioned in the text;
* ``reports/<plan>/*.yaml``: result files (``kind: report``) from a share of the units that
  must report, after the event they report on;
* ``manifest.json``: the counts, and what the benchmark runner needs (a unit for ``raquan due``
  and a day to view its agenda on).

The plan files are filled with duties until their total size reaches ``--size`` (``1MB`` is
10^6 bytes: 50 files; ``10MB``: 500 files; or a number of bytes). Everything is drawn from one
seeded ``random.Random``: the same seed gives the same bytes. The code is the package
``benchmarks/generator/``, one module per thing it holds.
"""

from __future__ import annotations

import sys

from generator.corpus import main

if __name__ == "__main__":
    sys.exit(main())
