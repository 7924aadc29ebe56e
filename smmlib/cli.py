"""The `smm` command for lecturers and graders.

    smm release [ASSIGNMENT ...]   regenerate release/ from source/ (all by default)
"""
import argparse
import sys

from smmlib import course


def main(argv=None):
    parser = argparse.ArgumentParser(prog="smm", description="Course tools for Social Media Management.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_release = sub.add_parser("release", help="regenerate release/ from source/")
    p_release.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    args = parser.parse_args(argv)
    try:
        root = course.course_root()
        if args.command == "release":
            course.release(root, args.assignments)
    except course.CourseError as error:
        print(f"smm: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
