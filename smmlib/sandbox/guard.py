"""Inside the grading kernel: the snapshot, the grading guard and the audit hook (grader side only).

``smmlib.sandbox.kernel`` confines the kernel process and then calls :func:`run`,
which starts the IPython kernel. Before the first student cell runs, it

- preloads the libraries the assignments use and takes a snapshot of the
  interpreter: builtins, ``sys.modules``, the globals of library modules, the
  attributes of their classes, IPython's input/AST transformers, display
  formatters and event callbacks, ``sys.stdout``/``sys.stderr``, signal handlers;
- installs an audit hook (``sys.addaudithook``; it cannot be removed) that
  reports suspicious operations started from notebook code: ctypes, walking the
  garbage collector or a generator's frame, trace functions, more audit hooks,
  replacing a library function's code, opening the gradebook or other protected
  paths, starting processes, sockets, signals to other processes;
- defines ``__smm_guard__``: the worker calls it (a silent execute request)
  right before and right after every autograded test cell. Before the cell it
  compares the interpreter with the snapshot, repairs what notebook code changed
  (builtins, sys.modules, monkeypatched modules and classes, transformers,
  formatters, trace functions, timers, background threads, NBGRADER_EXECUTION,
  warnings, ...), hides names in the notebook that shadow builtins, and reports
  every repair. After the cell it puts the hidden names back and checks that no
  thread from the notebook ran alongside the test.

Reports go over a pipe the kernel can only write to (opened by the launcher,
read by the worker). All state of the guard (snapshot, report key, pipe) lives
in the frame of a suspended generator (the "vault"): reading it needs
``gi_frame`` or the garbage collector, which the audit hook reports. Guard
reports carry an HMAC with a key that only the vault holds, so a replaced
``__smm_guard__`` is noticed by the worker ("guard missing"); the vault answers
only when called by the real ``__smm_guard__`` from a top-level cell. Audit
lines need no key: a student can add lines to the pipe, never remove them.

The vault uses only references it captured before any student code ran, so
monkeypatching a module does not change what the guard does.

This is the second line of defence. The first is that the worker never trusts
what the kernel says about scores: see ``smmlib.sandbox.score_guard``.
"""
# One closed world on purpose (the longest sandbox file): the vault's state must live in one
# generator frame, so the snapshot, the repairs and the reports cannot be split into modules.
import builtins
import gc
import os
import sys

PRELOAD = ["numpy", "pandas", "smmlib", "smmlib.grading", "smmlib.datasets", "smmlib.metrics", "smmlib.kpi",
           "smmlib.plan", "smmlib.models", "smmlib.sentiment", "smmlib.definition", "smmlib.channels",
           "smmlib.strategy", "smmlib.content", "smmlib.listening", "smmlib.ads", "smmlib.webcare",
           "smmlib.influencers", "ctypes", "threading", "signal", "gc", "warnings", "hashlib", "hmac"]
# Environment the test cells rely on: NBGRADER_EXECUTION, and the student number whose data the grader chose.
GUARDED_ENV = ("NBGRADER_EXECUTION", "SMM_GRADING_VARIANT")
# Top-level packages whose module globals are watched (smmlib and builtins: any change is undone).
WATCHED = {"smmlib", "pandas", "numpy", "IPython", "ipykernel", "jupyter_client", "zmq", "traitlets",
           "importlib", "builtins", "math", "numbers", "operator", "functools", "warnings", "io", "os",
           "posixpath", "json", "re", "decimal", "fractions", "statistics", "collections", "copy",
           "inspect", "types", "abc", "asyncio", "tornado", "codeop", "ast", "threading", "signal",
           "gc", "ctypes", "hashlib", "hmac", "_thread", "_io", "sys", "encodings", "codecs"}
# Top-level packages whose Python classes are watched.
CLASS_WATCHED = {"smmlib", "pandas", "IPython", "ipykernel", "jupyter_client", "zmq", "traitlets",
                 "importlib", "numbers", "io", "warnings", "asyncio", "tornado", "codeop", "threading",
                 "ctypes", "collections", "json", "inspect", "types", "abc", "functools"}
VOLATILE = {"sys": {"stdout", "stderr", "stdin", "displayhook", "excepthook", "last_type", "last_value",
                    "last_traceback", "ps1", "ps2", "ps3", "tracebacklimit"},
            "warnings": {"filters", "_filters_mutated", "defaultaction", "onceregistry", "_onceregistry",
                         "_filters_version"},
            "threading": {"_trace_hook", "_profile_hook", "_main_thread", "_counter", "_shutdown_locks"}}
BUILTINS_FROM_IPYTHON = {"exit", "quit", "get_ipython", "_", "__", "___", "__smm_guard__"}
BUILTINS_FROM_IPYKERNEL = {"input", "raw_input"}  # ipykernel swaps these in while a cell runs
UNTRUSTED_EVENTS = {
    "sys.addaudithook", "sys.settrace", "sys.setprofile", "sys._current_frames", "gc.get_objects",
    "gc.get_referrers", "gc.get_referents", "ctypes.dlopen", "ctypes.dlsym", "ctypes.dlsym/handle",
    "ctypes.string_at", "ctypes.wstring_at", "ctypes.cdata", "ctypes.cdata/buffer", "ctypes.call_function",
    "ctypes.addressof", "ctypes.PyObj_FromPtr", "ctypes.create_string_buffer",
    "ctypes.create_unicode_buffer", "ctypes.set_errno", "ctypes.set_last_error",
}
FLAG_EVENTS = {
    "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
    "pty.spawn", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo", "os.kill",
    "os.killpg", "signal.pthread_kill", "sqlite3.connect", "sqlite3.connect/handle", "webbrowser.open",
    "urllib.Request", "ftplib.connect", "http.client.connect", "smtplib.connect",
}


def run(argv, report_fd, status, config):
    """Start the IPython kernel with the snapshot, the guard and the audit hook in place."""
    os.environ.pop("SMM_SANDBOX", None)
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(argv)
    try:
        os.unlink(argv[argv.index("-f") + 1])  # the kernel has read its connection file
    except (OSError, ValueError):
        pass
    for name in PRELOAD:
        try:
            __import__(name)
        except Exception as error:  # noqa: BLE001 (a missing optional module must not stop the kernel)
            status.append(f"preload {name}: {error}")
    vault = _vault(app.shell, app.kernel, report_fd, list(status), dict(config))
    hook = next(vault)
    guard = _wrapper(vault.send)
    vault.send(guard.__code__)
    builtins.__smm_guard__ = guard
    vault.send("snapshot")      # takes the snapshot (with the guard in builtins) and says hello on the pipe
    sys.addaudithook(hook)
    del vault, hook, guard, report_fd, config, status
    # Everything alive now is the libraries', the kernel's and the guard's: freeze it, so the guard's
    # garbage collection before each test cell walks only what the notebook made (milliseconds, not 60).
    gc.collect()
    gc.freeze()
    app.start()


def _wrapper(send):
    def __smm_guard__(nonce, cell, when="before"):
        """Called by the grading worker before and after each autograded test cell (not for students)."""
        return send((nonce, cell, when))
    return __smm_guard__


def _vault(shell, kernel, report_fd, status, config):  # noqa: C901 (one closed world on purpose)
    """The guard's private world: a generator whose frame holds all state (see the module docstring)."""
    import _thread
    import ctypes
    import gc
    import signal
    import threading
    import types
    import warnings

    # -- references captured before any student code ran ----------------------------------------
    _type, _isinstance, _len, _list, _dict, _set, _tuple = type, isinstance, len, list, dict, set, tuple
    _str, _ascii, _repr, _callable, _any = str, ascii, repr, callable, any
    _BaseException, _Exception, _object_dict = BaseException, Exception, type.__dict__["__dict__"].__get__
    _mod_dict = types.ModuleType.__dict__["__dict__"].__get__
    _getattribute = object.__getattribute__

    def _inst_dict(obj):
        return _getattribute(obj, "__dict__")
    _sys_modules, _getframe, _current_frames = sys.modules, sys._getframe, sys._current_frames
    _gettrace, _getprofile, _settrace, _setprofile = sys.gettrace, sys.getprofile, sys.settrace, sys.setprofile
    _write, _urandom, _getcwd, _chdir, _environ = os.write, os.urandom, os.getcwd, os.chdir, os.environ
    import time
    _sleep = time.sleep
    _realpath, _normpath, _join, _sep = os.path.realpath, os.path.normpath, os.path.join, os.sep
    _get_ident, _main_ident = _thread.get_ident, threading.main_thread().ident
    _getitimer, _setitimer, _alarm = signal.getitimer, signal.setitimer, signal.alarm
    _getsignal, _signal, _sig_dfl = signal.getsignal, signal.signal, signal.SIG_DFL
    _itimers = (signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
    _gc_callbacks, _gc_enable, _gc_collect = gc.callbacks, gc.enable, gc.collect
    _reset_warnings, _simplefilter = warnings.resetwarnings, warnings.simplefilter
    _setrecursionlimit, _setswitchinterval = sys.setrecursionlimit, sys.setswitchinterval
    _set_digits = getattr(sys, "set_int_max_str_digits", None)
    _meta_path, _path_hooks, _sys_path, _importer_cache = sys.meta_path, sys.path_hooks, sys.path, sys.path_importer_cache
    _async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    _async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
    _FunctionType, _CodeType, _MethodType = types.FunctionType, types.CodeType, types.MethodType
    _builtins_dict = builtins.__dict__
    _tdict = type.__dict__
    _t_flags, _t_mro = _tdict["__flags__"].__get__, _tdict["__mro__"].__get__
    _set_class = object.__dict__["__class__"].__set__
    _zip = zip
    from functools import partial as _partial
    _HEAP = 1 << 9
    try:
        from _hashlib import hmac_digest as _hmac_digest
    except ImportError:  # pragma: no cover (Python without OpenSSL)
        import hmac as _hmac
        _hmac_digest = _hmac.digest
    _sha = "sha256"
    _key = _urandom(32)
    _missing = object()
    state = _list([False])   # state[0]: the guard is running (the audit hook stays quiet then)

    # -- what is notebook code? -----------------------------------------------------------------
    roots = _tuple(_realpath(p).rstrip(_sep) + _sep for p in config.get("read", []) if p)
    work = _realpath(config.get("work") or _getcwd()) + _sep
    protected = _tuple(_realpath(p).rstrip(_sep) + _sep for p in config.get("protected", []) if p)
    trusted_cache = {}

    def trusted_file(filename):
        if not filename or filename[:1] == "<":
            return filename[:8] == "<frozen "
        hit = trusted_cache.get(filename)
        if hit is None:
            real = _realpath(filename)
            hit = real.startswith(roots) and not real.startswith(work)
            trusted_cache[filename] = hit
        return hit

    def made_by_student(value, depth=0):
        """Is `value` code (or an object of a class) written in the notebook? Never runs notebook code."""
        try:
            kind = _type(value)
            if kind is _FunctionType:
                return not trusted_file(value.__code__.co_filename)
            if kind is _CodeType:
                return not trusted_file(value.co_filename)
            if depth > 2:
                return False
            if kind is _MethodType or kind is classmethod or kind is staticmethod:
                return made_by_student(value.__func__, depth + 1)
            if kind is property:
                return _any(made_by_student(f, depth + 1) for f in (value.fget, value.fset, value.fdel) if f)
            if kind is _partial:
                return made_by_student(value.func, depth + 1)
            if type in _t_mro(kind):
                if not _t_flags(value) & _HEAP:
                    return False
                namespace = _object_dict(value)
                if namespace.get("__module__") == "__main__":
                    return True
                return _any(made_by_student(v, depth + 1) for v in _list(namespace.values())[:300]
                            if _type(v) in (_FunctionType, classmethod, staticmethod, property))
            if _t_flags(kind) & _HEAP:  # an instance of a Python class: judge its class
                return made_by_student(kind, depth + 1)
        except _Exception:
            return False
        return False

    def student_frame(frame):
        while frame is not None:
            if not trusted_file(frame.f_code.co_filename):
                return frame
            frame = frame.f_back
        return None

    def same(a, b):
        """Same items by identity (never calls __eq__ of notebook objects)."""
        if _len(a) != _len(b):
            return False
        for x, y in _zip(a, b):
            if x is not y:
                return False
        return True

    def holds(seq, item):
        for x in seq:
            if x is item:
                return True
        return False

    # -- the report pipe --------------------------------------------------------------------------
    sent = {}

    def send_line(message, limit_key=None, limit=3):
        if report_fd is None:
            return
        if limit_key is not None:
            count = sent.get(limit_key, 0)
            if count >= limit:
                return
            sent[limit_key] = count + 1
        line = _ascii(message)
        if _len(line) > 3900:
            line = line[:3890] + "…"
        try:
            _write(report_fd, (line + "\n").encode("ascii", "replace"))
        except _BaseException:
            pass

    # -- the audit hook ---------------------------------------------------------------------------
    watched = UNTRUSTED_EVENTS | FLAG_EVENTS | {"open", "object.__setattr__", "object.__getattr__",
                                               "os.listdir", "os.scandir"}
    busy = _set()

    def forbidden(path):
        if _type(path) is bytes:
            path = path.decode("utf-8", "replace")
        if _type(path) is not _str:
            return False
        full = _normpath(_join(_getcwd(), path)) + _sep
        if full.endswith(".db" + _sep) or "gradebook" in full:
            return True
        return full.startswith(protected) and not full.startswith(roots)

    def hook(event, args):
        if event not in watched or state[0]:
            return
        ident = _get_ident()
        if ident in busy:
            return
        busy.add(ident)
        try:
            if event == "open" or event == "os.listdir" or event == "os.scandir":
                if not args or not forbidden(args[0]):
                    return
                severity, code = "flag", "protected-path"
            elif event == "object.__setattr__":
                if _len(args) < 2 or args[1] != "__code__" or made_by_student(args[0]):
                    return
                severity, code = "untrusted", "code-replaced"
            elif event == "object.__getattr__":
                if _len(args) < 2 or args[1] not in ("gi_frame", "cr_frame", "ag_frame"):
                    return
                severity, code = "untrusted", "frame-access"
            elif event in UNTRUSTED_EVENTS:
                severity, code = "untrusted", "audit"
            else:
                severity, code = "flag", "audit"
            frame = student_frame(_getframe(1))
            if frame is None:
                return
            detail = ", ".join(_repr(a)[:150] for a in args[:2])
            send_line({"kind": "audit", "severity": severity, "code": code, "event": event, "detail": detail,
                       "line": frame.f_lineno}, limit_key=(event, code), limit=3)
        except _BaseException:
            pass
        finally:
            busy.discard(ident)

    # -- the snapshot -----------------------------------------------------------------------------
    wrapper_code = yield hook
    yield None
    snap_builtins = _dict(_builtins_dict)
    snap_modules = _dict(_sys_modules)
    snap_globals = []
    snap_classes = []
    for name, module in _list(_sys_modules.items()):
        top = name.split(".")[0]
        if module is None or top not in WATCHED:
            continue
        try:
            namespace = _mod_dict(module)
        except _Exception:
            continue
        strict = top == "smmlib" or name == "builtins"
        snap_globals.append((name, namespace, _dict(namespace), strict, VOLATILE.get(name, ())))
        if top in CLASS_WATCHED:
            for value in _list(namespace.values()):
                if _isinstance(value, type) and value.__flags__ & (1 << 9) and \
                        _object_dict(value).get("__module__") == name:
                    snap_classes.append((value, _dict(_object_dict(value)), top == "smmlib"))
    snap_stdout, snap_stderr = sys.stdout, sys.stderr
    snap_recursion, snap_switch = sys.getrecursionlimit(), sys.getswitchinterval()
    snap_digits = sys.get_int_max_str_digits() if _set_digits else None
    snap_path, snap_meta, snap_hooks = _list(_sys_path), _list(_meta_path), _list(_path_hooks)
    snap_cwd, snap_env = _getcwd(), [(key, _environ.get(key)) for key in GUARDED_ENV]
    snap_signals = {}
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM, signal.SIGVTALRM, signal.SIGPROF, signal.SIGUSR1,
                signal.SIGUSR2, signal.SIGCHLD, signal.SIGHUP, signal.SIGXCPU, signal.SIGXFSZ):
        snap_signals[sig] = _getsignal(sig)
    transformer_lists = {}
    for attr in ("input_transformers_cleanup", "input_transformers_post", "ast_transformers"):
        current = getattr(shell, attr, None)
        if _type(current) is _list:
            transformer_lists[attr] = (current, _list(current))
    snap_manager = getattr(shell, "input_transformer_manager", None)
    snap_events = shell.events
    snap_callbacks = {name: (callbacks, _list(callbacks)) for name, callbacks in snap_events.callbacks.items()}
    snap_displayhook, snap_formatter = shell.displayhook, shell.display_formatter
    snap_formatters = snap_formatter.formatters
    snap_formatter_items = _dict(snap_formatters)
    snap_printers = []
    for mime, formatter in snap_formatter_items.items():
        for table in (formatter.type_printers, formatter.deferred_printers, getattr(formatter, "singleton_printers", None)):
            if _type(table) is _dict:
                snap_printers.append((mime, table, _dict(table)))
    snap_enabled = {mime: f.enabled for mime, f in snap_formatter_items.items()}
    snap_active = _list(snap_formatter.active_types)
    snap_interactivity = shell.ast_node_interactivity
    snap_precision = snap_formatters["text/plain"].float_precision
    snap_user_ns = shell.user_ns
    snap_user_values = _dict(snap_user_ns)   # IPython's own entries (exit, quit, open, ...)
    snap_gc_callbacks = _list(_gc_callbacks)
    owners = ((shell, "the shell"), (kernel, "the kernel"), (snap_displayhook, "the display hook"),
              (snap_stdout, "sys.stdout"), (snap_stderr, "sys.stderr"), (snap_formatter, "the display formatter"),
              (snap_events, "IPython's events"))
    snap_types = [(owner, _type(owner), label) for owner, label in owners]
    snap_owner_dicts = [(label, _inst_dict(owner), _set(_inst_dict(owner))) for owner, label in owners]
    send_line({"kind": "hello", "key": _key.hex(), "pid": os.getpid(), "status": status})

    stash = {}
    killed = _set()

    # -- the guard --------------------------------------------------------------------------------
    def flag(flags, code, detail, severity="repaired"):
        flags.append({"code": code, "detail": _str(detail)[:300], "severity": severity})

    def repair_namespace(flags, label, live, saved, strict, volatile):
        for name, old in saved.items():
            new = live.get(name, _missing)
            if new is old or name in volatile:
                continue
            if new is _missing:
                live[name] = old
                flag(flags, "monkeypatch", f"{label}.{name} was deleted")
            elif strict or made_by_student(new):
                live[name] = old
                flag(flags, "monkeypatch", f"{label}.{name} was replaced")
        for name in [n for n in _list(live) if _type(n) is not _str or n not in saved]:
            if _type(name) is not _str or made_by_student(live[name]):
                del live[name]
                flag(flags, "monkeypatch", f"{label}.{name!r} was added")

    def notebook_threads():
        found = []
        for ident, frame in _current_frames().items():
            if ident != _main_ident and student_frame(frame) is not None:
                found.append(ident)
        return found

    def before(flags):
        # 1. builtins, sys.modules, module globals and classes (plain dict operations only)
        for name, old in snap_builtins.items():
            new = _builtins_dict.get(name, _missing)
            if new is not old and not (name in BUILTINS_FROM_IPYKERNEL and not made_by_student(new)):
                _builtins_dict[name] = old
                flag(flags, "builtins", f"builtins.{name} was replaced or deleted")
        for name in [n for n in _list(_builtins_dict) if _type(n) is not _str
                     or (n not in snap_builtins and n not in BUILTINS_FROM_IPYTHON)]:
            del _builtins_dict[name]
            flag(flags, "builtins", f"builtins.{name} was added")
        for name, module in snap_modules.items():
            if _sys_modules.get(name, _missing) is not module:
                _sys_modules[name] = module
                flag(flags, "sys.modules", f"sys.modules[{name!r}] was replaced or removed")
        for name, live, saved, strict, volatile in snap_globals:
            repair_namespace(flags, name, live, saved, strict, volatile)
        for cls, saved, strict in snap_classes:
            live = _object_dict(cls)
            for name, old in saved.items():
                new = live.get(name, _missing)
                if new is old:
                    continue
                if new is _missing or strict or made_by_student(new):
                    try:
                        type.__setattr__(cls, name, old)
                        flag(flags, "monkeypatch", f"{cls.__module__}.{cls.__qualname__}.{name} was changed")
                    except _Exception as error:
                        flag(flags, "monkeypatch", f"{cls.__qualname__}.{name}: {error}", "untrusted")
            for name in [n for n in _list(live) if n not in saved]:
                if strict or made_by_student(live[name]):
                    try:
                        type.__delattr__(cls, name)
                    except _Exception:
                        pass
                    flag(flags, "monkeypatch", f"{cls.__module__}.{cls.__qualname__}.{name} was added")
        # 2. threads, trace functions, timers and signals
        if _gettrace() is not None or _getprofile() is not None:
            _settrace(None)
            _setprofile(None)
            flag(flags, "trace", "a trace or profile function was active", "untrusted")
        running = notebook_threads()
        for ident in running:
            killed.add(ident)
            _async_exc(ident, SystemExit)
        for _ in range(50):           # give them a moment to stop
            if not notebook_threads():
                break
            _sleep(0.02)
        survivors = notebook_threads()
        for ident in running:
            flag(flags, "thread", "a thread started in the notebook was running" +
                 ("; it would not stop" if ident in survivors else "; it was stopped"),
                 "untrusted" if ident in survivors else "repaired")
        for which in _itimers:
            if _getitimer(which) != (0.0, 0.0):
                _setitimer(which, 0)
                flag(flags, "signals", "a timer signal was set")
        if _alarm(0):
            flag(flags, "signals", "an alarm signal was set")
        for sig, handler in snap_signals.items():
            current = _getsignal(sig)
            if current is not handler and made_by_student(current):
                _signal(sig, handler if handler is not None else _sig_dfl)
                flag(flags, "signals", f"the handler of signal {sig} was replaced")
        for callback in [c for c in _gc_callbacks if not holds(snap_gc_callbacks, c)]:
            _gc_callbacks.remove(callback)
            flag(flags, "gc", "a garbage collector callback was added")
        for attr in ("last_type", "last_value", "last_traceback"):   # an old error keeps its memory alive
            if getattr(sys, attr, None) is not None:
                setattr(sys, attr, None)
        for formatter_name in ("InteractiveTB", "SyntaxTB"):         # (a MemoryError's frame, for one)
            formatter = getattr(shell, formatter_name, None)
            if formatter is not None and getattr(formatter, "tb", None) is not None:
                formatter.tb = None
        _gc_enable()
        _gc_collect()   # finalizers of notebook objects run now, not during the test
        # 3. IPython: the objects that turn a cell into a score
        for owner, kind, label in snap_types:
            if _type(owner) is not kind:
                _set_class(owner, kind)
                flag(flags, "monkeypatch", f"the class of {label} was changed")
        for label, live, keys in snap_owner_dicts:
            for name in [n for n in _list(live) if _type(n) is _str and n not in keys and made_by_student(live[n])]:
                del live[name]
                flag(flags, "monkeypatch", f"{label}: `{name}` was replaced")
        for attr, (live, saved) in transformer_lists.items():
            if getattr(shell, attr, None) is not live:
                setattr(shell, attr, live)
                flag(flags, "ipython", f"IPython's {attr} were replaced")
            if not same(live, saved):
                live[:] = saved
                flag(flags, "ipython", f"IPython's {attr} were changed")
        if getattr(shell, "input_transformer_manager", None) is not snap_manager:
            shell.input_transformer_manager = snap_manager
            flag(flags, "ipython", "IPython's input transformer manager was replaced")
        if shell.events is not snap_events:
            shell.events = snap_events
            flag(flags, "ipython", "IPython's event manager was replaced")
        for name, (live, saved) in snap_callbacks.items():
            if snap_events.callbacks.get(name) is not live:
                snap_events.callbacks[name] = live
                flag(flags, "ipython", f"IPython's '{name}' callbacks were replaced")
            if not same(live, saved):
                extra = [c for c in live if not holds(saved, c)]
                live[:] = saved + [c for c in extra if not made_by_student(c)]
                if _any(made_by_student(c) for c in extra):
                    flag(flags, "ipython", f"an IPython '{name}' callback from the notebook was removed")
        if shell.displayhook is not snap_displayhook:
            shell.displayhook = snap_displayhook
            flag(flags, "ipython", "IPython's display hook was replaced")
        if shell.display_formatter is not snap_formatter or snap_formatter.formatters is not snap_formatters:
            shell.display_formatter = snap_formatter
            snap_formatter.formatters = snap_formatters
            flag(flags, "ipython", "IPython's display formatter was replaced")
        for mime, formatter in snap_formatter_items.items():
            if snap_formatters.get(mime) is not formatter:
                snap_formatters[mime] = formatter
                flag(flags, "ipython", f"the {mime} formatter was replaced")
            if formatter.enabled != snap_enabled[mime]:
                formatter.enabled = snap_enabled[mime]
                flag(flags, "ipython", f"the {mime} formatter was switched off")
        for mime, live, saved in snap_printers:
            if not same(_list(live.values()), _list(saved.values())) or not same(_list(live), _list(saved)):
                live.clear()
                live.update(saved)
                flag(flags, "ipython", f"a {mime} display printer was added")
        if _list(snap_formatter.active_types) != snap_active:
            snap_formatter.active_types = _list(snap_active)
            flag(flags, "ipython", "the active display types were changed")
        if shell.ast_node_interactivity != snap_interactivity:
            shell.ast_node_interactivity = snap_interactivity
            flag(flags, "ipython", "IPython's ast_node_interactivity was changed")
        snap_formatters["text/plain"].float_precision = snap_precision   # %precision is harmless
        # 4. streams, import system, environment, warnings, limits, working folder
        if sys.stdout is not snap_stdout or sys.stderr is not snap_stderr:
            sys.stdout, sys.stderr = snap_stdout, snap_stderr
            flag(flags, "streams", "sys.stdout or sys.stderr was replaced")
        for live, saved, label in ((_meta_path, snap_meta, "sys.meta_path"), (_path_hooks, snap_hooks, "sys.path_hooks")):
            if not same(live, saved):
                live[:] = saved
                flag(flags, "imports", f"{label} was changed")
        _sys_path[:] = snap_path
        _importer_cache.clear()
        for key, saved in snap_env:
            if _environ.get(key) != saved:
                if saved is None:
                    _environ.pop(key, None)
                else:
                    _environ[key] = saved
                flag(flags, "environment", f"{key} was changed")
        _setrecursionlimit(snap_recursion)
        _setswitchinterval(snap_switch)
        if snap_digits is not None:
            _set_digits(snap_digits)
        _reset_warnings()
        _simplefilter("ignore")
        try:
            _chdir(snap_cwd)
        except OSError:
            pass
        # 5. names in the notebook that shadow builtins: hidden until the test cell has run
        ns = snap_user_ns
        if ns.get("__builtins__", _missing) is not snap_user_values.get("__builtins__", _missing):
            ns["__builtins__"] = snap_user_values.get("__builtins__", builtins)
            flag(flags, "builtins", "the notebook replaced `__builtins__`")
        for name in [n for n in _list(ns) if _type(n) is _str and n in snap_builtins and n[:1] != "_"]:
            value = ns[name]
            if value is snap_builtins[name] or value is snap_user_values.get(name, _missing):
                continue
            stash[name] = ns.pop(name)
            if _callable(value):
                flag(flags, "shadowed", f"the notebook redefines the builtin `{name}`")

    def after(flags):
        ns = snap_user_ns
        for name, value in stash.items():
            if name not in ns:
                ns[name] = value
        stash.clear()
        if notebook_threads():
            flag(flags, "thread", "a thread from the notebook ran alongside the test cell", "untrusted")
        if _gettrace() is not None or _getprofile() is not None:
            flag(flags, "trace", "a trace function was active during the test cell", "untrusted")

    result = None
    while True:
        request = yield result
        result = None
        caller = _getframe(1)
        if caller.f_code is not wrapper_code or _type(request) is not _tuple or _len(request) != 3:
            send_line({"kind": "audit", "severity": "untrusted", "code": "guard-misuse",
                       "event": "guard", "detail": "the guard's vault was called directly", "line": 0})
            continue
        nonce, cell, when = request
        state[0] = True
        flags = []
        try:
            outer = caller.f_back
            if outer is None or outer.f_code.co_name != "<module>" or student_frame(outer.f_back) is not None:
                flag(flags, "guard-call", "the grading guard was called through notebook code", "untrusted")
            if when == "before":
                before(flags)
            else:
                after(flags)
        except _BaseException as error:  # the guard must always report
            flag(flags, "guard-error", f"{_type(error).__name__}: {error}", "untrusted")
        finally:
            state[0] = False
        body = _ascii({"nonce": _str(nonce), "cell": cell, "when": _str(when), "flags": flags})
        mac = _hmac_digest(_key, body.encode("ascii"), _sha).hex()
        send_line({"kind": "guard", "body": body, "mac": mac})
