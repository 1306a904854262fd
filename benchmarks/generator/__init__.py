"""The generator of raquan's benchmark corpora, one module per thing it holds.

- ``yaml_emitter``: YAML text written the way clerks write it (block style, folded texts);
- ``words``: Vietnamese syllables, place and person names, a pool of unique names;
- ``province``: the made-up province: its units, districts and groups (the unit registry);
- ``themes``: what plans are about: themes, purposes, duties, works, places;
- ``plans``: ``PlanBuilder``, a plan filled with duties up to a size;
- ``results``: the result files units send;
- ``corpus``: the whole corpus written to a folder, its manifest, and the command line
  (``benchmarks/generate.py``);
- ``digest``: the digest of this package, read by ``benchmarks/run.py`` without importing
  raquan.

Everything is drawn from one seeded ``random.Random`` in a fixed order: the same seed gives
the same bytes.
"""
