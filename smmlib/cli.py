"""The `smm` command for lecturers and graders: it parses the command line and hands over.

    smm release [ASSIGNMENT ...]            regenerate release/ from source/ (all by default)
    smm grade ASSIGNMENT --from ZIP|DIR|exchange [--jobs N] [--lms canvas|moodle|brightspace]
              [--worksheet CSV | --gradebook CSV | --roster CSV] [--item NAME] [--pass-mark 5.5]
                                            grade a class: grades.csv, feedback, report, and what
                                            goes back into the LMS (import file, feedback zip)
    smm check [ASSIGNMENT ...]              is this machine ready to grade? (run once after installing)
    smm report [--pass-mark 5.5]            write grading/overview.html over every graded assignment
    smm demo [--assignment A] [--n N]       grade a simulated class of 30 into demo/
    smm bundle [--out DIR]                  build dist/: the wheel, the student starter zip, one zip per assignment

Each subcommand calls one function; where the two share a default, the parser reads it
from the function (`__kwdefaults__`), so it is written once.
"""
import argparse
import sys

from smmlib.grader.course import CourseError, course_root
from smmlib.grader.lms import EXPORT_OPTION, LMS_NAMES, DownloadError, LmsFileError


def main(argv=None):
    """Run `smm`; returns the exit code.

    0 done (every submission graded, or refused because of its own file), 1 nothing to grade,
    2 a problem to fix before grading (nothing was graded; also a failed preflight or `smm check`),
    3 some submissions could not be graded for a reason on the grader's side (kernel, sandbox, database).
    """
    args = parser().parse_args(argv)
    try:
        return args.run(course_root(), args) or 0
    except (CourseError, DownloadError) as error:
        print(f"smm: {error}", file=sys.stderr)
        return 2


def parser():
    """The command-line parser; each subcommand sets `run` to its handler."""
    from smmlib.grader.run import grade
    from smmlib.lecturer.demo import run as demo

    top = argparse.ArgumentParser(prog="smm", description="Course tools for Social Media Management.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("release", help="regenerate release/ from source/")
    p.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    p.set_defaults(run=release_command)

    p = sub.add_parser("grade", help="grade a whole class in one command")
    p.add_argument("assignment")
    p.add_argument("--from", dest="source", required=True,
                   help="LMS download (zip or folder), a submitted/ tree, or 'exchange'")
    p.add_argument("--jobs", type=int, default=grade.__kwdefaults__["workers"],
                   help="parallel workers (default: number of cores)")
    p.add_argument("--lms", choices=LMS_NAMES,
                   help="also write what goes back into this LMS: its import file and bulk feedback zip")
    p.add_argument("--item", help="the assignment's name in the LMS (Canvas: title or id; default: the assignment)")
    p.add_argument("--worksheet", help="Moodle: the grading worksheet downloaded from the assignment (filled in)")
    p.add_argument("--gradebook", help="Canvas: the gradebook export (gives the assignment column's name and id)")
    p.add_argument("--roster", help="Brightspace: the class list or a grades export (OrgDefinedId, Username, names)")
    p.add_argument("--out", help="output folder (default: grading/<assignment>/)")
    p.add_argument("--force", action="store_true", help="regrade every submission, also unchanged ones (and "
                                                          "redo the preflight)")
    p.add_argument("--no-preflight", action="store_true",
                   help="experts only: skip grading the model solution and the release before the class")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--pass-mark", type=float, default=grade.__kwdefaults__["pass_mark"],
                   help="pass mark on the Dutch 1-10 scale for the class report (default: %(default)s, "
                        "i.e. 55%% of the points)")
    p.set_defaults(run=grade_command)

    p = sub.add_parser("report", help="write grading/overview.html over every graded assignment")
    p.add_argument("--pass-mark", type=float, default=grade.__kwdefaults__["pass_mark"],
                   help="pass mark on the Dutch 1-10 scale (default: %(default)s)")
    p.set_defaults(run=report_command)

    defaults = demo.__kwdefaults__
    p = sub.add_parser("demo", help="grade a simulated class of 30 into demo/")
    p.add_argument("--assignment", default=defaults["assignment"])
    p.add_argument("--n", type=int, default=defaults["n"], help="number of simulated students")
    p.add_argument("--jobs", type=int, default=defaults["workers"], help="parallel workers")
    p.set_defaults(run=demo_command)

    p = sub.add_parser("check", help="is this machine ready to grade? packages, sandbox layers, every preflight")
    p.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    p.add_argument("--jobs", type=int, default=2, help="parallel workers per preflight")
    p.set_defaults(run=check_command)

    p = sub.add_parser("bundle", help="build the wheel, the student starter zip and one zip per assignment")
    p.add_argument("--out", help="output folder (default: dist/)")
    p.set_defaults(run=bundle_command)
    return top


def check_command(root, args):
    from smmlib.grader.check import run_check
    return 2 if run_check(root, args.assignments, args.jobs) else 0


def release_command(root, args):
    from smmlib.lecturer.release import release
    release(root, args.assignments)


def grade_command(root, args):
    from smmlib.grader.run import grade
    given = {"moodle": args.worksheet, "canvas": args.gradebook, "brightspace": args.roster}
    wrong = [f"{EXPORT_OPTION[name]} is for --lms {name}" for name, path in given.items() if path and name != args.lms]
    if wrong:
        raise LmsFileError(f"{'; '.join(wrong)} (this run: --lms {args.lms or 'not given'})")
    jobs = grade(args.assignment, args.source, root, workers=args.jobs, lms_name=args.lms, force=args.force,
                 out=args.out, lms_export=given.get(args.lms), item=args.item, show_progress=not args.quiet,
                 pass_mark=check_pass_mark(args.pass_mark), check_first=not args.no_preflight)
    if any(job.status == "failed" and job.cause == "grader" for job in jobs):
        return 3
    return 0 if jobs else 1


def check_pass_mark(value):
    if not 1 <= value <= 10:
        raise CourseError(f"--pass-mark {value:g} is not on the Dutch 1-10 scale (for example 5.5)")
    return value


def report_command(root, args):
    from smmlib.grader.overview import write
    path = write(root / "grading", root, pass_mark=check_pass_mark(args.pass_mark))
    if path is None:
        raise CourseError(f"No graded assignment in {root / 'grading'} (run `smm grade` first).")
    print(f"Overview of every graded assignment: {path}")


def demo_command(root, args):
    from smmlib.lecturer.demo import run
    run(root, assignment=args.assignment, n=args.n, workers=args.jobs)


def bundle_command(root, args):
    from smmlib.lecturer.bundle import build
    for path in build(root, args.out):
        print(f"{path.stat().st_size / 1e6:6.2f} MB  {path}")


if __name__ == "__main__":
    sys.exit(main())
