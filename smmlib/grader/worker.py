"""Grade stage of `smm grade`: the worker process, which autogrades students one by one with nbgrader's own API.

It reads student ids (one JSON string per line) on stdin and answers each with
one line ``@@smm@@ {json}`` on stdout. One worker loads nbgrader once and grades
many students, so the start-up cost is paid per worker, not per student.
Several workers run side by side; SQLite waits for a lock instead of failing.

    python -m smmlib.grader.worker <course root> <assignment>
"""
import json
import os
import re
import sys
import time
import traceback

PREFIX = "@@smm@@ "


def load_api(root):
    """nbgrader's API for the course in `root`, configured by its nbgrader_config.py."""
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=root).load_config()
    from smmlib.grader.gradebook import db_url, share_engines, with_lock_timeout

    share_engines()

    config.CourseDirectory.root = root
    url = os.environ.get("SMM_DB_URL") or config.CourseDirectory.get("db_url") or db_url(root)
    config.CourseDirectory.db_url = with_lock_timeout(url)
    coursedir = CourseDirectory(config=config)
    return NbGraderAPI(coursedir=coursedir, config=config)


def feedback(api, assignment, student):
    """Make the Dutch feedback HTML (hidden tests removed) with the course's own configuration."""
    from nbgrader.converters import GenerateFeedback
    from nbgrader.utils import capture_log, temp_attrs

    with temp_attrs(api.coursedir, assignment_id=assignment, student_id=student):
        app = GenerateFeedback(coursedir=api.coursedir, parent=api)
        app.force = True
        return capture_log(app)


def grade_one(api, assignment, student):
    """Autograde one student and make the feedback; a dict with success, seconds and the cause of a failure."""
    start = time.perf_counter()
    try:
        result = api.autograde(assignment, student, force=True, create=True)
        if result.get("success"):
            fb = feedback(api, assignment, student)
            if not fb.get("success"):
                result = {"success": False, "error": "feedback failed: " + (fb.get("error") or fb.get("log", ""))}
    except Exception:  # one broken submission must never stop the worker
        result = {"success": False, "error": traceback.format_exc()}
    error = "\n".join(filter(None, [result.get("log"), result.get("error")])) if not result.get("success") else ""
    return {"student": student, "success": bool(result.get("success")),
            "seconds": round(time.perf_counter() - start, 2), "reason": failure_reason(error) if error else ""}


def failure_reason(text):
    """The real cause of a failed autograde in one line (never nbgrader's "see the above traceback")."""
    lines = [line.strip() for line in (text or "").strip().splitlines() if line.strip()]
    start = [line for line in lines if "kernel could not start:" in line]
    if start:
        return start[-1][start[-1].index("kernel could not start:"):][:300]
    errors = [line for line in lines if re.match(r"^[\w.]*(Error|Exception|Exit)\b.*?:", line)
              and "above traceback" not in line]
    return "autograde failed: " + (errors[-1][:300] if errors else (lines or ["unknown error"])[-1][:300])


def main(argv=None):
    root, assignment = (argv or sys.argv[1:])[:2]
    api = load_api(root)
    print(PREFIX + json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip():
            print(PREFIX + json.dumps(grade_one(api, assignment, json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
