"""A warm dbt: each dbt invocation of a run forked from one process that has imported dbt already.

A dbt process spends ~2 CPU seconds (5 s of wall on the shared machine) importing dbt before it
reads its first file, and a run starts three (staging, the models rebuilt whole, the year models):
a fixed cost of every run, the new report's included. The server below imports dbt once, at the
start of a run (beside the landing scan and the parse, on the other core), then forks a child per
invocation that runs dbt's own command line (`dbt.cli.main.cli`) with the invocation's arguments,
environment, working folder and standard streams: the same dbt, the same output, the same exit
code, without the import.

dagster-dbt starts `dbt_executable` as a process and reads its standard output; that executable is
CLIENT (`python -m orchestration.core.dbt_warm ARGS...`, `client()` here): it hands
its streams to the server over a Unix socket (SCM_RIGHTS), forwards SIGINT/SIGTERM to the child,
and exits with the child's code. With no server (none started, or not reachable), it execs the
installed dbt: nothing depends on the server being there.

One invocation at a time (the dbt steps share the `duckdb_write` pool); the server forks only from
its single thread, and exits when its parent does. Plain functions; nothing here imports Dagster.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

# The socket of the server a dbt invocation is to be forked from (set by the resource, orchestration/defs/resources.py).
SOCKET_ENV = "GDW_DBT_WARM_SOCKET"
# What the server imports before it accepts: dbt's command line, the DuckDB adapter, the build task and the parser.
PRELOAD = ("dbt.cli.main", "dbt.adapters.duckdb", "dbt.task.build", "dbt.parser.manifest")
# What a child runs: dbt's command line (a click command), as the installed `dbt` script does.
ENTRY = "dbt.cli.main:cli"
READY = b"ready\n"
# dagster-dbt's dbt executable in a run with a warm dbt: runs `client()` in the Python PYTHON_ENV names.
CLIENT = str(Path(__file__).with_name("dbt_warm_client.sh"))
PYTHON_ENV = "GDW_DBT_WARM_PYTHON"
INSTALLED_DBT = str(Path(sys.executable).parent / "dbt")


def _send(sock: socket.socket, message: dict) -> None:
    sock.sendall(json.dumps(message).encode() + b"\n")


def _receive(reader) -> dict:
    line = reader.readline()
    if not line:
        raise ConnectionError("the other end closed the socket")
    return json.loads(line)


# ---------------------------------------------------------------- the server


def _entry(name: str):
    import importlib

    module, attribute = name.split(":")
    return getattr(importlib.import_module(module), attribute)


def _run_dbt(request: dict, fds: list[int], entry: str) -> None:
    """In the forked child: become the invocation (streams, folder, environment), run dbt, exit."""
    for target, fd in enumerate(fds[:3]):
        os.dup2(fd, target)
    for fd in fds:
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    code = 1
    try:
        _entry(entry).main(args=request["args"], prog_name="dbt", standalone_mode=True)
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BaseException:  # noqa: BLE001 - reported as dbt would, on its standard error
        import traceback

        traceback.print_exc()
    finally:
        # what a dbt process does at exit (multiprocessing's finalizers among them: no leaked
        # semaphores), then exit without unwinding into the server's loop
        with contextlib.suppress(BaseException):
            atexit._run_exitfuncs()
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _serve_one(listening: socket.socket, connection: socket.socket, entry: str) -> None:
    buffered, fds, _, _ = socket.recv_fds(connection, 1 << 20, 3)
    # the request is one JSON line; recv_fds may have taken part of it only
    while not buffered.endswith(b"\n"):
        more = connection.recv(1 << 20)
        if not more:
            raise ConnectionError("the client closed the socket mid-request")
        buffered += more
    request = json.loads(buffered)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child keeps only the client's streams
        connection.close()
        listening.close()
        _run_dbt(request, fds, entry)
    for fd in fds:
        os.close(fd)
    try:
        _send(connection, {"pid": pid})
    except OSError:  # the client is gone: its child has nobody to report to
        os.kill(pid, signal.SIGTERM)
    _, status = os.waitpid(pid, 0)
    with contextlib.suppress(OSError):
        _send(connection, {"exit": os.waitstatus_to_exitcode(status)})


def serve(path: str, entry: str = ENTRY) -> None:
    """Import dbt, then fork an invocation of `entry` per connection on the Unix socket `path`, one
    at a time, until the process that started this one exits."""
    parent = os.getppid()
    if entry == ENTRY:
        import importlib

        for module in PRELOAD:
            importlib.import_module(module)
    _entry(entry)
    gc.freeze()  # the imported objects stay out of the children's collections (and their pages shared)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(4)
    server.settimeout(1.0)
    os.write(1, READY)
    try:
        while os.getppid() == parent:
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            connection.settimeout(None)
            with connection, contextlib.suppress(ConnectionError, OSError, ValueError):
                _serve_one(server, connection, entry)
    finally:
        server.close()
        with contextlib.suppress(OSError):
            os.unlink(path)


class WarmDbt:
    """The server process of one run: `start()` launches it (it imports dbt meanwhile), `socket()`
    waits until it is ready and gives its socket (None if it failed: dbt then starts cold),
    `stop()` ends it."""

    def __init__(self, entry: str = ENTRY) -> None:
        self.entry = entry
        self.folder = tempfile.mkdtemp(prefix="gdw-dbt-")
        self.path = os.path.join(self.folder, "dbt.sock")
        self.process: subprocess.Popen | None = None
        self.ready: bool | None = None

    def start(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", __name__, "--serve", self.path, self.entry],
                                        stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)

    def socket(self, timeout: float = 120.0) -> str | None:
        if self.ready is None and self.process is not None:
            import select

            ready, _, _ = select.select([self.process.stdout], [], [], timeout)
            self.ready = bool(ready) and self.process.stdout.readline() == READY
        return self.path if self.ready else None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stdout:
            self.process.stdout.close()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.rmdir(self.folder)


# ---------------------------------------------------------------- the client (dagster-dbt's "dbt")


def client(args: list[str]) -> int:
    """Run `dbt ARGS` in a child of the server named by SOCKET_ENV, or (no server) as the installed dbt."""
    path = os.environ.get(SOCKET_ENV)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        if not path:
            raise OSError("no warm dbt")
        sock.connect(path)
        request = json.dumps({"args": args, "cwd": os.getcwd(), "env": dict(os.environ)}).encode() + b"\n"
        socket.send_fds(sock, [request], [0, 1, 2])
        reader = sock.makefile("rb")
        pid = _receive(reader)["pid"]
    except (OSError, ConnectionError, ValueError, KeyError):
        sock.close()
        os.execv(INSTALLED_DBT, [INSTALLED_DBT, *args])  # cold: the dbt installed beside this Python

    def forward(signum, _frame):
        with contextlib.suppress(OSError):
            os.kill(pid, signum)

    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, forward)
    try:
        code = _receive(reader)["exit"]
    except (ConnectionError, ValueError, KeyError):
        code = 1
    # a child killed by a signal: the code a shell gives it
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(*sys.argv[2:4])
    else:
        sys.exit(client(sys.argv[1:]))
