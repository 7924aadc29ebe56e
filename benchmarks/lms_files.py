"""Speed of the LMS side of `smm grade` for a large class: reading the download, writing what goes back.

Builds one download per LMS for N students (the released chapter 4 notebook each, as the
LMS names it), times `read_download`, then times the import file and the bulk feedback zip
for N students with a feedback page like the one `smm grade` writes (the notebook as HTML),
and prints the figures and the zip sizes.

    .venv/bin/python benchmarks/lms_files.py [--n 600]
"""
import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from nbconvert import HTMLExporter

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from smmlib.grader import lms  # noqa: E402
from smmlib.grader.exports import feedback_filename, write_zip  # noqa: E402

A = "ch04_analytics"


def entry(lms_name, i):
    if lms_name == "canvas":
        return f"student{i}_{10000 + i}_{50000 + i}_{A}.ipynb"
    if lms_name == "moodle":
        return f"Student {i}_{10000 + i}_assignsubmission_file/{A}.ipynb"
    return f"13394-{80000 + i} - Student {i} - Mar 14, 2024 1159 PM - {A}.ipynb"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    args = parser.parse_args()
    notebook = (REPO / "release" / A / f"{A}.ipynb").read_bytes()
    page = HTMLExporter().from_filename(str(REPO / "release" / A / f"{A}.ipynb"))[0].encode()   # like the feedback
    print(f"feedback page: {len(page) / 1e3:.0f} kB (the Dutch feedback of chapter 4 is about 170 kB)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for lms_name in ("canvas", "moodle", "brightspace"):
            download = tmp / f"{lms_name}.zip"
            with zipfile.ZipFile(download, "w", zipfile.ZIP_DEFLATED) as archive:
                for i in range(args.n):
                    archive.writestr(entry(lms_name, i), notebook)
            start = time.perf_counter()
            layout, subs = lms.read_download(download, A)
            read = time.perf_counter() - start
            assert layout == lms_name and len(subs) == args.n
            rows = [{"student": s.student_id, "lms_id": s.lms_id, "name": s.name, "total": 17.5,
                     "comment": "<p>Score: 17,5 van 25 punten.</p>"} for s in subs]
            export = None
            if lms_name == "brightspace":
                roster = tmp / "classlist.csv"
                roster.write_text("OrgDefinedId,Username,Last Name,First Name\n" + "".join(
                    f"#{i:07d},#s{i},{i},Student\n" for i in range(args.n)), encoding="utf-8")
                export = lms.read_export("brightspace", roster, None, A)
            start = time.perf_counter()
            text = lms.write_import(lms_name, rows, A, 25, export)
            refs = {s.student_id: s.ref(s.notebook(A)[0]) for s in subs}
            bundle = lms.feedback_bundle(lms_name, refs, feedback_filename(A))
            write_zip(tmp / "feedback.zip", {name: page for name in bundle})
            back = time.perf_counter() - start
            size = (tmp / "feedback.zip").stat().st_size / 1e6 if bundle else 0
            print(f"{lms_name:12s} {args.n} students: read the download {read:5.2f} s; import file "
                  f"({len(text) / 1e3:.0f} kB) and feedback zip ({len(bundle)} files, {size:.1f} MB) {back:5.2f} s")


if __name__ == "__main__":
    main()
