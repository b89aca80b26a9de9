"""The warm dbt (orchestration/core/dbt_warm.py): an invocation forked from the server behaves as
the process dagster-dbt started: its arguments, folder, environment, output and exit code."""

import json
import os
import subprocess
import sys

from orchestration.core.dbt_warm import CLIENT, PYTHON_ENV, SOCKET_ENV, WarmDbt


class _FakeDbt:
    """Stands for dbt's click command in the server's children: prints what it was given, exits
    with the code its first argument names."""

    @staticmethod
    def main(args, prog_name, standalone_mode):
        print(json.dumps({"args": args, "cwd": os.getcwd(), "colour": os.environ.get("GDW_TEST_COLOUR"),
                          "prog": prog_name}), flush=True)
        sys.exit(int(args[0]))


fake_dbt = _FakeDbt()


def _invoke(socket_path, args, cwd, colour):
    env = {**os.environ, PYTHON_ENV: sys.executable, SOCKET_ENV: socket_path, "GDW_TEST_COLOUR": colour}
    return subprocess.run([CLIENT, *args], check=False, env=env, cwd=cwd, capture_output=True, text=True, timeout=30)


def test_each_invocation_is_forked_with_its_own_arguments_folder_environment_and_exit_code(tmp_path):
    warm = WarmDbt(entry=f"{__name__}:fake_dbt")
    warm.start()
    try:
        socket_path = warm.socket(timeout=30)
        assert socket_path is not None
        first = _invoke(socket_path, ["0", "build", "--select", "fqn:*"], tmp_path, "red")
        (tmp_path / "other").mkdir()
        second = _invoke(socket_path, ["3", "test"], tmp_path / "other", "blue")
    finally:
        warm.stop()
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"args": ["0", "build", "--select", "fqn:*"], "cwd": str(tmp_path),
                                        "colour": "red", "prog": "dbt"}
    assert second.returncode == 3
    assert json.loads(second.stdout) == {"args": ["3", "test"], "cwd": str(tmp_path / "other"),
                                         "colour": "blue", "prog": "dbt"}
    assert warm.process.poll() is not None  # stopped with the run
    assert not os.path.exists(socket_path)
