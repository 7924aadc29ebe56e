"""The grading kernel: a sandboxed IPython kernel for autograding (grader side only, never for students).

`smm grade` / `nbgrader autograde` start this module as the kernel process of a
submission (see ``smmlib.sandbox.execute``, which writes its configuration into the
environment variable ``SMM_SANDBOX``). Before any student code runs, it

1. moves into a private working folder that holds only this student's files,
   with its own HOME and TMPDIR, and a minimal environment (no grader secrets);
2. sets resource limits: memory (address space), CPU seconds, file size, open
   files, no core dumps, and (for a non-root grader) the number of threads;
3. drops every privilege: a new user namespace, so even a kernel started by
   root holds no capability outside it;
4. confines the filesystem with Landlock (Linux >= 5.13): read-only access to
   Python, the installed packages, smmlib and the course data; read-write only
   in the private folder. The gradebook, source/ (solutions and hidden tests),
   other students' folders and the grader's home are out of reach, also by an
   absolute path. Where the kernel supports it, Landlock also blocks TCP
   (except the kernel's own ports), signals to processes outside the sandbox,
   and abstract Unix sockets;
5. installs a seccomp filter (x86-64): no new processes (fork, exec), no
   signals to other processes, no ptrace, mount, reboot, module loading, bpf,
   io_uring or namespace changes;
6. installs the grading guard (``__smm_guard__``) and an audit hook that report
   tampering over a pipe the kernel can only write to (read by the worker).

Each step that the platform does not support is skipped and reported in the
first message on the pipe, so the grader sees how much of the sandbox was in
force. Everything here runs inside the kernel process; see ``smmlib/sandbox/execute.py``
for the grader side and the README's grader section for what this protects
against and what it does not.
"""
import ctypes
import errno
import json
import os
import platform
import struct
import sys

try:
    import resource
except ImportError:  # Windows: no resource limits
    resource = None

# ---------------------------------------------------------------------------------------------
# Landlock (ctypes; the constants are from linux/landlock.h)
# ---------------------------------------------------------------------------------------------
_SYS_LANDLOCK_CREATE_RULESET, _SYS_LANDLOCK_ADD_RULE, _SYS_LANDLOCK_RESTRICT_SELF = 444, 445, 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH, _RULE_NET_PORT = 1, 2
FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_REMOVE_DIR, FS_REMOVE_FILE, FS_MAKE_CHAR, FS_MAKE_DIR = 1 << 4, 1 << 5, 1 << 6, 1 << 7
FS_MAKE_REG, FS_MAKE_SOCK, FS_MAKE_FIFO, FS_MAKE_BLOCK = 1 << 8, 1 << 9, 1 << 10, 1 << 11
FS_MAKE_SYM, FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV = 1 << 12, 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1

_FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV
_READ = FS_READ_FILE | FS_READ_DIR
_WRITE = (FS_WRITE_FILE | FS_REMOVE_DIR | FS_REMOVE_FILE | FS_MAKE_DIR | FS_MAKE_REG | FS_MAKE_SYM
          | FS_MAKE_FIFO | FS_MAKE_SOCK | FS_REFER | FS_TRUNCATE)

_libc = None


def _lib():
    """The C library, loaded once (errno kept for ctypes.get_errno)."""
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.syscall.restype = ctypes.c_long
    return _libc


def _syscall(*args):
    result = _lib().syscall(*args)
    return result, ctypes.get_errno() if result < 0 else 0


def landlock_abi():
    """The Landlock ABI version of the running Linux kernel, or 0 when Landlock is not available."""
    if sys.platform != "linux" or platform.machine() not in ("x86_64", "AMD64", "aarch64", "arm64"):
        return 0
    abi, _ = _syscall(ctypes.c_long(_SYS_LANDLOCK_CREATE_RULESET), None, ctypes.c_size_t(0),
                      ctypes.c_uint32(_LANDLOCK_CREATE_RULESET_VERSION))
    return max(int(abi), 0)


def _fs_rights(abi):
    rights = (1 << 13) - 1                      # ABI 1: execute .. make_sym
    if abi >= 2:
        rights |= FS_REFER
    if abi >= 3:
        rights |= FS_TRUNCATE
    if abi >= 5:
        rights |= FS_IOCTL_DEV
    return rights


def landlock(read_paths, write_paths, tcp_bind_ports, abi):
    """Restrict this process (and everything it starts) to the given paths; returns a short status text."""
    handled = _fs_rights(abi)
    attr = struct.pack("QQQ", handled, NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0,
                       SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if abi >= 6 else 0)
    size = 8 if abi < 4 else (16 if abi < 6 else 24)
    buffer = ctypes.create_string_buffer(attr[:size], size)
    fd, err = _syscall(ctypes.c_long(_SYS_LANDLOCK_CREATE_RULESET), buffer, ctypes.c_size_t(size),
                       ctypes.c_uint32(0))
    if fd < 0:
        return f"landlock: not available ({os.strerror(err)})"
    try:
        def add_path(path, rights):
            try:
                pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                return
            try:
                if not os.path.isdir(path):
                    rights &= _FILE_RIGHTS
                rule = ctypes.create_string_buffer(struct.pack("=Qi", rights & handled, pfd), 12)
                res, err = _syscall(ctypes.c_long(_SYS_LANDLOCK_ADD_RULE), ctypes.c_int(fd),
                                    ctypes.c_int(_RULE_PATH_BENEATH), rule, ctypes.c_uint32(0))
                if res < 0:
                    raise OSError(err, f"landlock_add_rule({path}): {os.strerror(err)}")
            finally:
                os.close(pfd)

        for path in read_paths:
            add_path(path, _READ | FS_EXECUTE)
        for path in write_paths:
            add_path(path, _READ | _WRITE)
        if abi >= 4:
            for port in tcp_bind_ports:
                rule = ctypes.create_string_buffer(struct.pack("QQ", NET_BIND_TCP, int(port)), 16)
                res, err = _syscall(ctypes.c_long(_SYS_LANDLOCK_ADD_RULE), ctypes.c_int(fd),
                                    ctypes.c_int(_RULE_NET_PORT), rule, ctypes.c_uint32(0))
                if res < 0:
                    raise OSError(err, f"landlock net rule: {os.strerror(err)}")
        _no_new_privs()
        res, err = _syscall(ctypes.c_long(_SYS_LANDLOCK_RESTRICT_SELF), ctypes.c_int(fd), ctypes.c_uint32(0))
        if res < 0:
            raise OSError(err, f"landlock_restrict_self: {os.strerror(err)}")
    finally:
        os.close(fd)
    extra = (", tcp" if abi >= 4 else "") + (", signals" if abi >= 6 else "")
    return f"landlock ABI {abi}: filesystem{extra}"


def _no_new_privs():
    libc = _lib()
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS)")


# ---------------------------------------------------------------------------------------------
# seccomp (x86-64 only; classic BPF built by hand)
# ---------------------------------------------------------------------------------------------
_AUDIT_ARCH_X86_64 = 0xC000003E
_X86_64 = {
    "clone": 56, "fork": 57, "vfork": 58, "execve": 59, "kill": 62, "tkill": 200, "tgkill": 234,
    "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297, "clone3": 435, "execveat": 322,
}
_X86_64_DENIED = {
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "mount": 165, "umount2": 166,
    "pivot_root": 155, "chroot": 161, "reboot": 169, "kexec_load": 246, "kexec_file_load": 320,
    "init_module": 175, "finit_module": 313, "delete_module": 176, "bpf": 321, "perf_event_open": 298,
    "keyctl": 250, "add_key": 248, "request_key": 249, "setns": 308, "unshare": 272, "swapon": 167,
    "swapoff": 168, "iopl": 172, "ioperm": 173, "acct": 163, "settimeofday": 164, "clock_settime": 227,
    "adjtimex": 159, "sethostname": 170, "setdomainname": 171, "open_by_handle_at": 304,
    "name_to_handle_at": 303, "userfaultfd": 323, "io_uring_setup": 425, "io_uring_enter": 426,
    "io_uring_register": 427, "pidfd_send_signal": 424, "pidfd_open": 434, "pidfd_getfd": 438,
    "fsopen": 430, "fsmount": 432, "move_mount": 429, "open_tree": 428, "mount_setattr": 442,
    "kcmp": 312, "lookup_dcookie": 212, "quotactl": 179, "vhangup": 153,
}
_CLONE_THREAD = 0x00010000
# BPF opcodes
_LD_W_ABS, _JEQ_K, _JSET_K, _JGE_K, _RET_K = 0x20, 0x15, 0x45, 0x35, 0x06
_RET_ALLOW, _RET_ERRNO, _RET_KILL_PROCESS = 0x7FFF0000, 0x00050000, 0x80000000


def seccomp(pid):
    """Install the syscall filter; returns a short status text."""
    if sys.platform != "linux" or platform.machine() not in ("x86_64", "AMD64"):
        return "seccomp: not on x86-64, skipped"
    prog = []

    def ins(code, k, jt=0, jf=0):
        prog.append(struct.pack("HBBI", code, jt, jf, k & 0xFFFFFFFF))

    eperm, enosys = _RET_ERRNO | errno.EPERM, _RET_ERRNO | errno.ENOSYS
    pid_lo = pid & 0xFFFFFFFF
    # Offsets in struct seccomp_data: nr 0, arch 4, ip 8, args 16 + 8*i (low word first on x86-64).
    ins(_LD_W_ABS, 4)
    ins(_JEQ_K, _AUDIT_ARCH_X86_64, 1, 0)
    ins(_RET_K, _RET_KILL_PROCESS)
    ins(_LD_W_ABS, 0)
    ins(_JGE_K, 0x40000000, 0, 1)                     # x32 system calls
    ins(_RET_K, eperm)
    blocks = []
    # clone: threads only
    blocks.append((_X86_64["clone"], [(_LD_W_ABS, 16), (_JSET_K, _CLONE_THREAD, 0, 1), (_RET_K, _RET_ALLOW),
                                      (_RET_K, eperm)]))
    blocks.append((_X86_64["clone3"], [(_RET_K, enosys)]))  # glibc falls back to clone for threads
    for name in ("fork", "vfork", "execve", "execveat", "tkill"):
        blocks.append((_X86_64[name], [(_RET_K, eperm)]))
    for name in ("kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"):
        # first argument must be this process (low word == pid, high word == 0)
        blocks.append((_X86_64[name], [(_LD_W_ABS, 16), (_JEQ_K, pid_lo, 0, 3), (_LD_W_ABS, 20),
                                       (_JEQ_K, 0, 0, 1), (_RET_K, _RET_ALLOW), (_RET_K, eperm)]))
    for number in _X86_64_DENIED.values():
        blocks.append((number, [(_RET_K, eperm)]))
    for number, body in blocks:
        # reload nr, compare, skip the body when it does not match
        ins(_LD_W_ABS, 0)
        ins(_JEQ_K, number, 0, len(body))
        for item in body:
            ins(*item)
    ins(_RET_K, _RET_ALLOW)
    program = b"".join(prog)
    count = len(prog)
    filters = ctypes.create_string_buffer(program, len(program))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(count, ctypes.cast(filters, ctypes.c_void_p))
    _no_new_privs()
    libc = _lib()
    if libc.prctl(22, 2, ctypes.byref(fprog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        return f"seccomp: failed ({os.strerror(ctypes.get_errno())})"
    return "seccomp: no new processes, no signals to other processes, no ptrace/mount/modules"


# ---------------------------------------------------------------------------------------------
# privileges
# ---------------------------------------------------------------------------------------------
def drop_privileges():
    """Leave every capability behind: a new (empty) user namespace, or else clear the capability sets."""
    if sys.platform != "linux":
        return "privileges: not on Linux, unchanged"
    libc = _lib()
    if libc.unshare(0x10000000) == 0:  # CLONE_NEWUSER
        return "privileges: own user namespace (no capabilities outside it)"
    reason = os.strerror(ctypes.get_errno())
    if os.geteuid() != 0:
        return f"privileges: not root; user namespace not available ({reason})"
    # Root without user namespaces: clear the bounding, effective, permitted and inheritable sets.
    for cap in range(64):
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP (errors for unknown caps are fine)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    header, data = Header(0x20080522, 0), (Data * 2)()
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset: cannot drop the capabilities of root")
    return f"privileges: capabilities cleared (user namespace not available: {reason})"


def set_limits(limits):
    """Apply the resource limits; returns a short status text."""
    if resource is None:
        return "limits: not available on this platform"
    done = []
    table = [("memory_mb", resource.RLIMIT_AS, 1024 * 1024, "memory"),
             ("cpu_seconds", resource.RLIMIT_CPU, 1, "cpu"),
             ("file_size_mb", resource.RLIMIT_FSIZE, 1024 * 1024, "file size"),
             ("open_files", resource.RLIMIT_NOFILE, 1, "open files"),
             ("threads", getattr(resource, "RLIMIT_NPROC", None), 1, "threads")]
    for key, which, unit, label in table:
        value = limits.get(key)
        if which is None or not value:
            continue
        wanted = int(value * unit)
        soft, hard = resource.getrlimit(which)
        hard_new = wanted + (5 if key == "cpu_seconds" else 0)
        if hard != resource.RLIM_INFINITY:
            hard_new = min(hard_new, hard)
            wanted = min(wanted, hard)
        try:
            resource.setrlimit(which, (wanted, hard_new))
            done.append(f"{label} {value:g}")
        except (ValueError, OSError):
            pass
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return "limits: " + ", ".join(done)


# ---------------------------------------------------------------------------------------------
# the kernel
# ---------------------------------------------------------------------------------------------
def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    config = json.loads(os.environ.get("SMM_SANDBOX", "{}"))
    conn_index = argv.index("-f") + 1
    work = config.get("work") or os.getcwd()
    status = []

    # The connection file (ports and the message key) moves into the private folder.
    with open(argv[conn_index], encoding="utf-8") as handle:
        connection = json.load(handle)
    own_conn = os.path.join(work, ".kernel.json")
    with open(own_conn, "w", encoding="utf-8") as handle:
        json.dump(connection, handle)
    argv[conn_index] = own_conn

    # The report pipe: write-only for the kernel, read by the worker.
    report_fd = None
    if config.get("fifo"):
        report_fd = os.open(config["fifo"], os.O_WRONLY | os.O_CLOEXEC)
    os.chdir(work)
    sys.path[:] = [p for p in sys.path if p and os.path.abspath(p) != os.path.abspath(os.getcwd())]

    if config.get("confine", True) and sys.platform == "linux":
        status.append(set_limits(config.get("limits", {})))
        status.append(drop_privileges())
        abi = landlock_abi()
        if abi:
            ports = [connection[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")
                     if connection.get("transport", "tcp") == "tcp"]
            status.append(landlock(config.get("read", []), [work] + config.get("write", []), ports, abi))
            readable = tuple(os.path.realpath(p) for p in config.get("read", []) + [work])
            sys.path[:] = [p for p in sys.path
                           if os.path.realpath(p or ".").startswith(readable)]
        else:
            status.append("landlock: not available in this Linux kernel; the filesystem is not confined")
        status.append(seccomp(os.getpid()))
    else:
        status.append("sandbox: confinement off (not Linux, or switched off)")

    try:
        from smmlib.sandbox import guard  # after confinement: the guard's imports are read through Landlock

        guard.run(argv, report_fd, status, config)
    except Exception as error:  # noqa: BLE001 (the grader must learn why the kernel could not start)
        sys.stderr.write(f"{START_ERROR}{start_error(error, config.get('read', []))}\n")
        sys.stderr.flush()
        raise SystemExit(3)


START_ERROR = "smm-kernel-start-error: "


def start_error(error, readable):
    """The cause of a failed kernel start in one line, naming an unreadable path where there is one."""
    path = getattr(error, "filename", None) or getattr(error, "path", None)
    if not path and isinstance(error, ImportError) and "smmlib" in sys.modules:
        path = list(getattr(sys.modules["smmlib"], "__path__", []))[0]
    if path:
        real = os.path.realpath(path)
        allowed = tuple(os.path.realpath(p).rstrip(os.sep) + os.sep for p in readable)
        if not (real + os.sep).startswith(allowed):
            return f"cannot read {real} (sandbox: outside what the grading kernel may read)"
    return f"{type(error).__name__}: {error}".splitlines()[0]


if __name__ == "__main__":
    main()
