"""A throwaway PostgreSQL server for the tests: Debian's `postgresql` (system-packages.txt), a
cluster in a temporary folder, listening on loopback only, removed afterwards.

initdb refuses to run as root, so as root the server runs as the `postgres` user the Debian
package creates, in a folder that user owns."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from orchestration.settings import PostgresSettings


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: `make system-deps` installs Debian's postgresql")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[PostgresSettings]:
    bindir = postgres_bin()
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = Path(tempfile.mkdtemp(prefix="gdw-postgres-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if as_user:
        for path in (root, sockets):
            shutil.chown(path, "postgres", "postgres")
    port = _free_port()
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"

    def run(*args: str) -> None:
        result = subprocess.run([*as_user, *args], check=False, capture_output=True, text=True, timeout=120)
        if result.returncode:
            log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed: {result.stderr or result.stdout}\n{log}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "gdw", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-o", options, "-w", "-t", "60", "start")
        yield PostgresSettings(host="127.0.0.1", port=port, user="gdw", password="", dbname="postgres", schema="public")
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           check=False, capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
