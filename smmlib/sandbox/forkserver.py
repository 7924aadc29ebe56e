"""A fork server for grading kernels (grader side, issue 19): import once, fork per submission.

Starting a grading kernel costs about as much CPU as grading the notebook: Python,
ipykernel, numpy, pandas, matplotlib, seaborn and smmlib are imported anew for every
student. One fork server per grading worker imports them once. For each kernel the
worker's ``smmlib.sandbox.forkclient`` (the process nbgrader starts) asks the server for
a child; the child takes over the client's stdin, stdout and stderr, working folder and
environment, and then runs ``smmlib.sandbox.kernel.main`` exactly as a freshly started
kernel would: private folder, resource limits, user namespace, Landlock, seccomp and the
grading guard, all applied in the child before any student code. The child exits after
one notebook; the server itself never runs a notebook's code.

The server is one thread and one loop (``selectors``): new requests, clients that went
away (their child is killed) and children that ended (their exit status goes back to the
client, which exits with it). Only on Linux; elsewhere ``start`` returns ``None`` and the
worker uses the plain launcher.

    python -m smmlib.sandbox.forkserver <socket path>
"""
import gc
import json
import os
import selectors
import signal
import socket
import struct
import sys
import time

from smmlib.sandbox import kernel

# What a grading kernel imports anyway (smmlib.sandbox.guard.PRELOAD plus ipykernel and the plotting stack).
PRELOAD = ["ipykernel.kernelapp", "ipykernel.ipkernel", "IPython", "numpy", "pandas", "matplotlib",
           "matplotlib.pyplot", "seaborn", "smmlib", "smmlib.sandbox.kernel", "smmlib.sandbox.guard",
           # what the kernel imports while it starts and runs a notebook (its debugger alone is 0.1 s)
           "ipykernel.debugger", "IPython.core.debugger", "IPython.core.completerlib", "IPython.core.logger",
           "IPython.core.oinspect", "IPython.extensions.storemagic", "tornado.queues", "tornado.platform.asyncio",
           "faulthandler", "pandas.core.reshape.reshape", "pandas.io.formats.html", "pandas.io.formats.string"]
# Set before the imports, as the kernel's environment has them (see SandboxedExecute._env).
IMPORT_ENV = {"MPLBACKEND": "Agg", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
              "NUMEXPR_NUM_THREADS": "1"}
READY = b"ready\n"


def preload():
    """Import what every grading kernel needs; returns the seconds it took."""
    started = time.perf_counter()
    os.environ.update(IMPORT_ENV)
    from smmlib.sandbox.guard import PRELOAD as KERNEL_PRELOAD

    for name in PRELOAD + KERNEL_PRELOAD:
        __import__(name)
    gc.collect()
    gc.freeze()          # children inherit these objects frozen: their collections skip them, pages stay shared
    return time.perf_counter() - started


def _child(request, fds, selector, sockets):
    """In the forked child: become the kernel process the client would have started. Never returns."""
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        selector.close()                  # the server's epoll, sockets and pipes are not the kernel's business
        for sock in sockets:
            sock.detach()
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(3, os.sysconf("SC_OPEN_MAX"))
        os.setsid()
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        sys.path[0] = os.getcwd()          # as `python -m` in this folder would have it
        sys.argv = list(request["argv"])
        kernel.main(sys.argv[1:])
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException as error:  # noqa: BLE001 (the worker must learn why the kernel stopped)
        try:
            os.write(2, f"{kernel.START_ERROR}{type(error).__name__}: {error}\n".encode())
        except OSError:
            pass
    finally:
        os._exit(code)


def _exit_status(status):
    """waitpid's status as the client reports it: the exit code, or minus the signal that killed the child."""
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1


def serve(path):
    """Listen on the Unix socket `path` and fork a kernel per request until stdin closes (the worker stopped)."""
    preload()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    os.chmod(path, 0o600)
    listener.listen(16)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    clients = {}          # child pid -> client connection
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ, "accept")
    selector.register(wake_read, selectors.EVENT_READ, "child")
    selector.register(sys.stdin, selectors.EVENT_READ, "stop")
    sys.stdout.buffer.write(READY)
    sys.stdout.flush()
    try:
        while True:
            for key, _ in selector.select():
                if key.data == "stop" and not sys.stdin.buffer.read1(1):
                    return
                if key.data == "accept":
                    _fork_one(listener, selector, clients)
                elif key.data == "child":
                    os.read(wake_read, 512)
                    _reap(selector, clients)
                elif isinstance(key.data, int):          # a client went away: its kernel goes too
                    _kill(key.data)
    finally:
        for pid in list(clients):
            _kill(pid)


def _descends_from_server(pid):
    """True when process `pid` is this server or one of its descendants (a kernel must never ask for a kernel)."""
    while pid > 1:
        if pid == os.getpid():
            return True
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
                pid = int(next(line.split()[1] for line in status if line.startswith("PPid:")))
        except (OSError, StopIteration, ValueError):
            return True                      # cannot tell: refuse
    return False


def _fork_one(listener, selector, clients):
    conn, _ = listener.accept()
    fds = []
    try:
        pid, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
        if uid != os.getuid() or _descends_from_server(pid):
            raise PermissionError("only the grader's own processes may ask for a kernel")
        message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
        request = json.loads(message.decode("utf-8"))
        if len(fds) != 3:
            raise ValueError("expected stdin, stdout and stderr")
    except (OSError, ValueError) as error:
        for fd in fds:
            os.close(fd)
        _send(conn, {"error": str(error)})
        conn.close()
        return
    pid = os.fork()
    if pid == 0:
        _child(request, fds, selector, [listener, conn, *clients.values()])
    for fd in fds:
        os.close(fd)
    clients[pid] = conn
    selector.register(conn, selectors.EVENT_READ, pid)
    _send(conn, {"pid": pid})


def _send(conn, message):
    """One JSON line to a client; a client that went away is no error."""
    try:
        conn.sendall(json.dumps(message).encode() + b"\n")
    except OSError:
        pass


def _reap(selector, clients):
    while clients:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = clients.pop(pid, None)
        if conn is not None:
            selector.unregister(conn)
            _send(conn, {"exit": _exit_status(status)})
            conn.close()


def _kill(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


class ForkServer:
    """A running fork server for one worker: ``path`` is its socket; ``close()`` stops it."""

    def __init__(self, process, path, folder):
        self.process, self.path, self.folder = process, path, folder

    def close(self):
        import shutil

        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def start(env):
    """Start a fork server with the kernels' environment `env`: (ForkServer, "") or (None, the reason why not)."""
    import subprocess
    import tempfile

    if sys.platform != "linux" or not hasattr(os, "fork") or not hasattr(socket, "send_fds"):
        return None, "the fork server needs Linux; grading kernels start the plain way"
    folder = tempfile.mkdtemp(prefix="smm-forkserver-")
    path = os.path.join(folder, "socket")
    cache = os.path.join(tempfile.gettempdir(), f"smm-forkserver-cache-{os.getuid()}")   # matplotlib's font list
    os.makedirs(cache, mode=0o700, exist_ok=True)
    if os.stat(cache).st_uid != os.getuid():          # not ours: build the list in the private folder
        cache = folder
    env = dict(env, HOME=folder, MPLCONFIGDIR=cache, XDG_CACHE_HOME=cache)
    with open(os.path.join(folder, "server.err"), "wb") as err:
        process = subprocess.Popen([sys.executable, "-m", "smmlib.sandbox.forkserver", path], env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, cwd=folder)
    line = process.stdout.readline()
    if line != READY:
        process.kill()
        process.wait()
        with open(os.path.join(folder, "server.err"), "rb") as err:
            lines = err.read().decode(errors="replace").strip().splitlines() or ["no reason given"]
        return None, f"the fork server did not start ({lines[-1][:200]}); grading kernels start the plain way"
    return ForkServer(process, path, folder), ""


_SHARED = {"kernels": 0}


def shared(env):
    """This grading process's fork server: (ForkServer or None, the reason if None).

    The first kernel of a process starts the plain way: a process that grades one notebook
    (``nbgrader autograde --student``) would not earn back the server's imports. The second
    kernel starts the server; every kernel after that is forked.
    """
    import atexit

    _SHARED["kernels"] += 1
    if _SHARED["kernels"] < 2:
        return None, ""
    if "server" not in _SHARED:
        server, note = start(env)
        _SHARED.update(server=server, note=note)
        if server is not None:
            atexit.register(server.close)
    server = _SHARED["server"]
    if server is not None and server.process.poll() is not None:
        _SHARED.update(server=None, note="the fork server stopped; grading kernels start the plain way")
    return _SHARED["server"], _SHARED["note"]


if __name__ == "__main__":
    serve(sys.argv[1])
