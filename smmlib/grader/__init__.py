"""The grading pipeline behind `smm grade` (grader side), one module per stage, in order:

- ``course``: the course directory, and nbgrader's apps run in it;
- ``gradebook``: where the gradebook is, and making sure it knows the assignment;
- ``lms``: read an LMS download (Canvas, Moodle, Brightspace, a submitted/ tree); write its grade-import
  file and bulk feedback zip (a package, one module per LMS);
- ``stage``: put each notebook in submitted/<student>/<assignment>/, one Job per student;
- ``worker`` and ``workers``: autograde in parallel worker processes (each runs nbgrader's autograde,
  in the sandbox of ``smmlib.sandbox``, and makes the feedback with ``feedback``);
- ``exports``: scores to grades.csv, per-student feedback HTML, and what goes back into the LMS;
- ``chosen_answers``: the answers the class chose in judgement exercises (recorded by the hidden tests);
- ``item_stats``: p-value, Rir and Cronbach's alpha (classical test theory) for the report;
- ``report``: the class report (report.html);
- ``overview``: one page over every graded assignment (grading/overview.html);
- ``run``: the command itself: the stages above in one call, `grade()`.

A stage imports only stages above it in this list.
"""
import sys

# jsonschema (under nbformat and nbgrader) checks the "iri" format with rfc3987_syntax when that is
# installed, and rfc3987_syntax builds a parser at import: 1.2 s for every grading process. Grading
# never validates an IRI; without the import jsonschema leaves that one format unchecked.
sys.modules.setdefault("rfc3987_syntax", None)
