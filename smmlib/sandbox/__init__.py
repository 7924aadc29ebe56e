"""The grading sandbox (grader side): every submission runs in a confined kernel.

- ``kernel``: the kernel process: limits, user namespace, Landlock, seccomp, then the guard;
- ``guard``: inside the kernel: snapshot, grading guard, audit hook;
- ``tamper``: inside the kernel, called by the hidden tests: is the test-cell machinery still real?
- ``paths``: what the kernel may read and which paths it must not touch;
- ``report_pipe``: the pipe the guard reports over, read by the worker;
- ``protect_cells``, ``execute``, ``score_guard``: nbgrader preprocessors, in the order
  ``nbgrader_config.py`` runs them (record changed cells, run the notebook, distrust bad scores);
- ``record``: the grading record in the notebook's metadata that the three share.

This file stays empty of imports: the sandboxed kernel imports ``smmlib.sandbox.kernel``
before it is confined, and must not pull in nbgrader.
"""
