"""Read assignment downloads from Brightspace, Canvas and Moodle; write what goes back into each LMS.

One module per LMS (``canvas``, ``moodle``, ``brightspace``), each citing the LMS's own rule
next to the code that follows it; ``download`` reads any download cleanly (zip quirks,
wrapping folders) and ``tables`` reads and writes the CSV files. This package says which
layout a download has and hands over:

| LMS | what goes back, next to grades.csv | matched on |
|---|---|---|
| Canvas | ``import_canvas.csv`` (gradebook import), ``feedback_canvas.zip`` (Re-Upload Submissions) | user id; user id + attachment id |
| Moodle | ``import_moodle.csv`` (grading worksheet, with a short Dutch comment), ``feedback_moodle.zip`` | participant id |
| Brightspace | ``import_brightspace.csv`` (grades import; needs the class list) | OrgDefinedId / Username |
| plain | an nbgrader ``<student>/<assignment>/<file>.ipynb`` tree: no LMS | folder name |
"""
from pathlib import PurePosixPath

from smmlib.grader.lms import brightspace, canvas, moodle
from smmlib.grader.lms.download import DownloadError, LmsFileError, Submission, pick_notebook, read_files, safe_id
from smmlib.grader.lms.download import expand_archives, strip_wrappers

LMS_NAMES = ("brightspace", "canvas", "moodle")
MODULES = {"brightspace": brightspace, "canvas": canvas, "moodle": moodle}
EXPORT_OPTION = {"brightspace": "--roster", "canvas": "--gradebook", "moodle": "--worksheet"}

__all__ = ["LMS_NAMES", "DownloadError", "LmsFileError", "Submission", "read_download", "detect", "write_import",
           "read_roster", "read_export", "feedback_bundle", "pick_notebook", "safe_id"]


def detect(paths):
    """Which layout do these paths have: 'canvas', 'moodle', 'brightspace' or 'plain' (most entries win)."""
    counts = {name: sum(MODULES[name].matches(p) for p in paths) for name in ("moodle", "brightspace", "canvas")}
    best = max(counts, key=lambda name: counts[name])   # on a tie the first: Moodle, Brightspace, Canvas
    return best if counts[best] else "plain"


def _starts_submissions(top, files, assignment):
    """Is `top` (the one folder everything is in) already where the submissions start?"""
    if any(MODULES[name].matches(top) for name in ("moodle", "brightspace")):
        return True
    return top != "submitted" and any(p.split("/")[1:2] == [assignment] and p.count("/") >= 2 for p in files)


def read_download(source, assignment, layout=None):
    """(layout, submissions) of a download (zip or folder): one Submission per student, sorted by id."""
    files = read_files(source)
    if not files:
        raise DownloadError(f"{source} holds no files")
    files = strip_wrappers(files, lambda top, fs: _starts_submissions(top, fs, assignment))
    layout = layout or detect(list(files))
    if layout in MODULES:
        submissions = MODULES[layout].read(files, assignment)
    else:
        submissions = _read_plain(files, assignment)
    for sub in submissions:
        sub.files = expand_archives(sub.files)
        sub.earlier = [(label, expand_archives(fs)) for label, fs in sub.earlier]
    if not submissions:
        raise DownloadError(f"no submissions found in {source} (layout: {layout}); "
                            f"expected a {' / '.join(LMS_NAMES)} download or a <student>/{assignment}/ tree")
    return layout, sorted(submissions, key=lambda s: s.student_id)


def _read_plain(files, assignment):
    """An nbgrader submitted/ tree: <student>/<assignment>/<files>."""
    students = {}
    for path, data in files.items():
        parts = PurePosixPath(path).parts
        parts = parts[1:] if parts[0] == "submitted" else parts
        if len(parts) >= 3 and parts[1] == assignment:
            sub = students.setdefault(parts[0], Submission(safe_id(parts[0]), parts[0], parts[0], {}))
            sub.files["/".join(parts[2:])] = data
    return list(students.values())


def read_export(lms, path, item, assignment):
    """The LMS's own export given with --worksheet / --gradebook / --roster, checked; LmsFileError if unusable."""
    if lms == "moodle":
        return moodle.read_worksheet(path)
    if lms == "canvas":
        return canvas.read_gradebook(path, item, assignment)
    return brightspace.read_class_list(path)


def read_roster(path):
    """A Brightspace class list export: {full name (lower case): (OrgDefinedId, Username)} (namesakes: the last one)."""
    roster, _ = brightspace.read_class_list(path)
    return {name: found[-1] for name, found in roster.items()}


def write_import(lms, rows, item, max_score, export=None, *, previous=None, now=None, notes=None):
    """Text of the grade-import file for `lms`.

    `rows` are dicts with lms_id, name, total (None: no score) and comment (Moodle's feedback
    text); `export` is what `read_export` returned for the LMS's own export, if given
    (Brightspace needs it: its download has no ids); `previous` the text this function wrote last
    time; messages for the grader are appended to `notes`.
    """
    if lms == "canvas":
        return canvas.import_text(rows, item, export, notes)
    if lms == "moodle":
        return moodle.worksheet_text(rows, max_score, export, now, previous, notes)
    if lms == "brightspace":
        if export is None:
            raise LmsFileError("Brightspace's download names students only by name: pass --roster with "
                               "the class list (or a grades export) to get their OrgDefinedId and Username")
        return brightspace.import_text(rows, item, export, notes)
    raise ValueError(f"unknown LMS {lms!r}; choose from {', '.join(LMS_NAMES)}")


def feedback_bundle(lms, refs, filename):
    """{zip entry name: student} for the LMS's bulk feedback upload; {} where the LMS has none (Brightspace).

    `refs` maps each student with a feedback file to the LMS's name for their submission
    (Submission.entry / .ref); `filename` is the name the feedback file gets.
    """
    if lms not in ("canvas", "moodle"):
        return {}
    return {MODULES[lms].feedback_entry(ref, filename): student for student, ref in refs.items() if ref}
