"""The grading kernel as nbgrader starts it when a fork server runs (grader side, issue 19).

nbgrader starts this small process instead of ``smmlib.sandbox.kernel``. It hands its
stdin, stdout, stderr, working folder, environment and arguments to the fork server
(``smmlib.sandbox.forkserver``), which forks a preloaded child that becomes the
kernel. This process stands in for that child: it passes on interrupts and stops, and
exits with the child's exit status (or the signal that ended it). When it is killed,
the server kills the child. Without a server it starts the kernel the plain way.

    python -m smmlib.sandbox.forkclient <socket path> -f <connection file>
"""
import json
import os
import signal
import socket
import sys


def kernel_command(server_path=None):
    """The command nbgrader starts for a grading kernel: this client of the fork server listening
    on `server_path`, or (no server) the plain sandboxed kernel."""
    if server_path is None:
        return [sys.executable, "-m", "smmlib.sandbox.kernel", "-f", "{connection_file}"]
    return [sys.executable, "-m", "smmlib.sandbox.forkclient", server_path, "-f", "{connection_file}"]


def plain_kernel(argv):
    """Start the kernel the plain way in this process (no fork server)."""
    os.execv(sys.executable, [sys.executable, "-m", "smmlib.sandbox.kernel", *argv])


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    path, kernel_argv = argv[0], argv[1:]
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
        request = {"argv": ["smmlib.sandbox.kernel", *kernel_argv], "env": dict(os.environ), "cwd": os.getcwd()}
        socket.send_fds(conn, [json.dumps(request).encode("utf-8")], [0, 1, 2])
        reader = conn.makefile("rb")
        answer = json.loads(reader.readline() or b"{}")
    except (OSError, ValueError):
        answer = {}
    if "pid" not in answer:
        conn.close()
        sys.stderr.write("smm fork server not reachable; the kernel starts the plain way\n")
        plain_kernel(kernel_argv)
    child = answer["pid"]

    def forward(signum, _frame):
        try:
            os.kill(child, signum)
        except OSError:
            pass

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(signum, forward)
    line = reader.readline()              # a forwarded signal does not cut this short (PEP 475)
    status = json.loads(line or b'{"exit": 1}').get("exit", 1)
    if status < 0:                        # killed by a signal: end the same way, so the worker sees it
        signal.signal(-status, signal.SIG_DFL)
        os.kill(os.getpid(), -status)
    sys.exit(status)


if __name__ == "__main__":
    main()
