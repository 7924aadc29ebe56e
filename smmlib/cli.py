"""The `smm` command for lecturers and graders.

    smm release [ASSIGNMENT ...]            regenerate release/ from source/ (all by default)
    smm grade ASSIGNMENT --from ZIP|DIR|exchange [--jobs N] [--lms canvas|moodle|brightspace]
                                            grade a class: grades.csv, LMS import file, feedback, report
    smm bundle [--out DIR]                  build dist/: the wheel, the student starter zip, one zip per assignment
"""
import argparse
import sys

from smmlib import course, lms


def main(argv=None):
    parser = argparse.ArgumentParser(prog="smm", description="Course tools for Social Media Management.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_release = sub.add_parser("release", help="regenerate release/ from source/")
    p_release.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    p_grade = sub.add_parser("grade", help="grade a whole class in one command")
    p_grade.add_argument("assignment")
    p_grade.add_argument("--from", dest="source", required=True,
                         help="LMS download (zip or folder), a submitted/ tree, or 'exchange'")
    p_grade.add_argument("--jobs", type=int, default=None, help="parallel workers (default: number of cores)")
    p_grade.add_argument("--lms", choices=lms.LMS_NAMES, help="also write this LMS's grade-import file")
    p_grade.add_argument("--item", help="grade item name in the LMS (default: the assignment name)")
    p_grade.add_argument("--roster", help="Brightspace class list export (OrgDefinedId, Username, names)")
    p_grade.add_argument("--out", help="output folder (default: grading/<assignment>/)")
    p_grade.add_argument("--force", action="store_true", help="regrade every submission, also unchanged ones")
    p_grade.add_argument("--quiet", action="store_true", help="no progress bar")
    p_demo = sub.add_parser("demo", help="grade a simulated class of 30 into demo/")
    p_demo.add_argument("--assignment", default="ch04_analytics")
    p_demo.add_argument("--n", type=int, default=30, help="number of simulated students")
    p_demo.add_argument("--jobs", type=int, default=None)
    p_bundle = sub.add_parser("bundle", help="build the wheel, the student starter zip and one zip per assignment")
    p_bundle.add_argument("--out", help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    try:
        root = course.course_root()
        if args.command == "release":
            course.release(root, args.assignments)
        elif args.command == "grade":
            from smmlib import bulk_grade
            jobs = bulk_grade.grade(args.assignment, args.source, root, jobs=args.jobs, lms_name=args.lms,
                                    force=args.force, out=args.out, roster=args.roster, item=args.item,
                                    show_progress=not args.quiet)
            return 0 if jobs else 1
        elif args.command == "demo":
            from smmlib import demo
            demo.run(root, args.assignment, args.n, args.jobs)
        elif args.command == "bundle":
            from smmlib import bundle
            for path in bundle.build(root, args.out):
                print(f"{path.stat().st_size / 1e6:6.2f} MB  {path}")
    except (course.CourseError, lms.DownloadError) as error:
        print(f"smm: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
