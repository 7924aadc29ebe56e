"""Lecturer tools: release the assignments, build the hand-out, show the grader's path on a simulated class.

- ``release``: regenerate release/ from source/ (`smm release`, `make release`);
- ``bundle``: the wheel, the student starter zip and one zip per assignment for the LMS (`smm bundle`, `make dist`);
- ``simulated_class``: submissions made from a release (full, partial, blank, broken), for the demo, tests and benchmarks;
- ``demo``: `smm demo` (`make demo`): grade a simulated class as a Canvas download, into demo/.
"""
