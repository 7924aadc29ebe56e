"""The generator of the course data (the fictional brand Trapkracht), one seed per course and per student.

`build.build_frames` builds the data sets as DataFrames; `datasets/generate.py` writes the
course's base data as CSV. The student's library uses it for per-student variants
(`smmlib.use_variant`).
"""
