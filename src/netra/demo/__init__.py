"""Demo world for `netra demo`: a fictional Pemkab Sidomulyo with its OPD, ASN, posts and cases.

Everything is generated from one seed (random.Random), so two runs give the same names, NIPs,
posts and cases. `people` and `posts` are pure generators (no database); `seed` writes the world
through the same services the workspace uses (ingest, case workflow, audit).
"""
