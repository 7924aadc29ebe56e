"""The report pipe of one kernel run: the guard writes to it, the worker reads it in a thread.

The sandboxed kernel can only write to this pipe (opened by the launcher);
the grading guard's reports carry an HMAC, audit lines do not (a student can
add lines, never remove them). See ``smmlib.sandbox.guard``.
"""
import ast
import os
import select
import threading
import time

# Lines kept per kernel run: an honest notebook sends a few dozen (two guard reports per test cell);
# a notebook that floods the pipe with made-up lines cannot grow the worker's memory and work without end.
MAX_REPORT_LINES = 1000


class KernelRun:
    """One kernel run: its report pipe, the reader thread and what it reported."""

    supported = hasattr(os, "mkfifo")   # not on Windows: no guard there (grade on Linux, WSL or a container)

    def __init__(self, base, number):
        self.number = number
        self.lines = []            # parsed messages in pipe order
        self.hello = None
        self.junk = 0
        self.closed = False
        self.untrusted = False     # the notebook tampered with the grading in this run
        self.finished = False      # set when the worker stops the kernel (the pipe then closes)
        self.audited = 0           # lines already turned into "check by hand" flags
        self.lock = threading.Condition()
        self.stop = False
        self.fifo, self.fd, self.thread = None, None, None
        if not self.supported:
            return
        self.fifo = os.path.join(base, f"report-{number}.fifo")
        os.mkfifo(self.fifo, 0o600)
        self.fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        buffer, had_writer = b"", False
        poller = select.poll()
        poller.register(self.fd, select.POLLIN)
        while not self.stop:
            try:
                poller.poll(50)          # wakes as soon as the kernel writes (at most 50 ms otherwise)
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                continue
            except OSError:
                return
            if not chunk:
                if had_writer:
                    with self.lock:
                        self.closed = True
                        self.lock.notify_all()
                time.sleep(0.05 if had_writer else 0.01)    # no writer yet: the kernel opens it any moment
                continue
            had_writer = True
            buffer += chunk
            if len(buffer) > 4_000_000:  # a flood: keep the reader alive, drop the rest
                buffer = buffer[-100_000:]
                with self.lock:
                    self.junk += 1
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                self._parse(raw)

    def _parse(self, raw):
        try:
            message = ast.literal_eval(raw.decode("ascii"))
            if not isinstance(message, dict) or "kind" not in message:
                raise ValueError
        except Exception:
            with self.lock:
                self.junk += 1
            return
        with self.lock:
            if message["kind"] == "hello":
                if self.hello is None:
                    self.hello = message
            elif len(self.lines) < MAX_REPORT_LINES:
                self.lines.append(message)
            else:
                self.junk += 1     # counted, not kept; later guard reports are lost, so later tests are not trusted
            self.lock.notify_all()

    def wait(self, predicate, timeout):
        with self.lock:
            return self.lock.wait_for(predicate, timeout)

    def close(self):
        self.stop = True
        if self.thread is None:
            return
        self.thread.join(timeout=2)
        try:
            os.close(self.fd)
        except OSError:
            pass
