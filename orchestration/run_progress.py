"""`make run`, told as a person follows it: one run of `gdw_everything`, a line per stage.

The run is `dagster job execute` into $DAGSTER_HOME (the instance the UI reads), as before; its
whole log, every engine event at DEBUG, goes to $GDW_WAREHOUSE_DIR/logs/run-<UTC time>.log. This
process follows the run's events in the instance and prints what a person wants to see: files
scanned, parsed x of y, rows staged, dbt models built and tests passed, checks passed, the steps'
seconds, and at the end where the full log is.

    python -m orchestration.run_progress [--tags JSON]     (what `make run` calls)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg

from orchestration.settings import PROJECT_ROOT, load_settings

LAUNCH_TAG = "gdw/launch"
POLL_SECONDS = 1.0

# The steps whose own log lines are progress a person reads (the dbt steps' own lines are dbt's
# commands: they are summarised by count instead).
STAGES = {
    "landing__raw_reports": "scan",
    "parsing__parsed_reports": "parse",
    "staging_models": "stage",
    "staging__agencies": "agencies",
    "warehouse_models": "dbt (whole)",
    "warehouse_year_models": "dbt (years)",
    "quality__rule_findings": "findings",
    "quality__season_report": "report",
    "publish__published_warehouse": "publish",
    "postgres__warehouse": "postgres",
}


def _node(step_key: str | None) -> str:
    """The asset's step a step belongs to: a graph asset's steps are `<node>.<op>[<shard>]`."""
    return (step_key or "").split(".", 1)[0]


# The dbt steps: their own log lines are dbt's output, so a person reads the models they built instead.
DBT_STEPS = {"staging_models", "warehouse_models", "warehouse_year_models"}


def _stage(step_key: str | None) -> str:
    return STAGES.get(_node(step_key), step_key or "run")


class RunNarrator:
    """Turns a run's event log records into progress lines, and a summary at the end."""

    def __init__(self):
        self.built: Counter[str] = Counter()  # step -> assets materialized
        self.checks: Counter[tuple[str, str]] = Counter()  # (kind, outcome) -> checks
        self.failed_checks: list[str] = []

    def feed(self, record) -> list[str]:
        event = record.dagster_event
        stage = _stage(record.step_key)
        if event is None:  # a step's own log line
            if record.level >= 20 and _node(record.step_key) in STAGES and record.step_key not in DBT_STEPS:
                return [f"  {stage:<12} {record.user_message}"]
            return []
        kind = event.event_type
        if kind == dg.DagsterEventType.ASSET_MATERIALIZATION:
            self.built[record.step_key] += 1
        elif kind == dg.DagsterEventType.ASSET_CHECK_EVALUATION:
            evaluation = event.asset_check_evaluation_data
            checks = "GX checks" if evaluation.check_name.startswith("gx_") else "dbt tests"
            severity = evaluation.severity.value if evaluation.severity else "ERROR"
            outcome = "passed" if evaluation.passed else ("warned" if severity == "WARN" else "failed")
            self.checks[(checks, outcome)] += 1
            if not evaluation.passed:
                self.failed_checks.append(
                    f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name} ({severity})")
        elif kind == dg.DagsterEventType.STEP_SUCCESS and _node(record.step_key) in STAGES:  # a check's step: counted
            seconds = event.event_specific_data.duration_ms / 1000
            done = f"{self.built[record.step_key]} assets" if record.step_key in DBT_STEPS else "done"
            if record.step_key != _node(record.step_key):  # one of a graph asset's steps: say which
                done = f"{record.step_key.split('.', 1)[1]} {done}"
            return [f"  {stage:<12} {done} in {seconds:.1f} s"]
        elif kind == dg.DagsterEventType.STEP_FAILURE:
            error = event.event_specific_data.error
            return [f"  {stage:<12} FAILED: {error.message.strip().splitlines()[0] if error else 'see the log'}"]
        elif kind in (dg.DagsterEventType.RUN_SUCCESS, dg.DagsterEventType.RUN_FAILURE):
            return [f"run {record.run_id[:8]} {'succeeded' if kind == dg.DagsterEventType.RUN_SUCCESS else 'FAILED'}"]
        return []

    def summary(self) -> list[str]:
        lines = []
        for checks in ("dbt tests", "GX checks"):
            counts = {outcome: self.checks[(checks, outcome)] for outcome in ("passed", "warned", "failed")}
            if any(counts.values()):
                lines.append(f"  {checks}: {counts['passed']} passed, {counts['warned']} warned, "
                             f"{counts['failed']} failed")
        lines += [f"    not passed: {name}" for name in self.failed_checks[:20]]
        return lines


def follow(instance: dg.DagsterInstance, token: str, process: subprocess.Popen, out=sys.stdout) -> tuple[str | None, RunNarrator]:
    """Print the progress of the run launched with tag `token` until `process` ends."""
    narrator, run_id, cursor = RunNarrator(), None, None
    while True:
        running = process.poll() is None
        if run_id is None:
            records = instance.get_run_records(dg.RunsFilter(tags={LAUNCH_TAG: token}), limit=1)
            run_id = records[0].dagster_run.run_id if records else None
        if run_id is not None:
            while True:
                page = instance.get_records_for_run(run_id, cursor=cursor, limit=1000)
                cursor = page.cursor
                for record in page.records:
                    for line in narrator.feed(record.event_log_entry):
                        print(line, file=out, flush=True)
                if not page.has_more:
                    break
        if not running:
            return run_id, narrator
        time.sleep(POLL_SECONDS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tags", default="{}", help="run tags (JSON), e.g. the partition range")
    parser.add_argument("--job", default="gdw_everything")
    args = parser.parse_args(argv)
    settings = load_settings()
    logs = settings.warehouse_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"run-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.log"
    token = uuid.uuid4().hex
    tags = {**json.loads(args.tags), LAUNCH_TAG: token}
    command = [str(Path(sys.executable).parent / "dagster"), "job", "execute", "-m", "orchestration.definitions",
               "-j", args.job, "--tags", json.dumps(tags)]
    years = (f"{tags['dagster/asset_partition_range_start']}–{tags['dagster/asset_partition_range_end']}"
             if "dagster/asset_partition_range_start" in tags else tags.get("dagster/partition", "every year"))
    print(f"gdw: {args.job} on {settings.landing_dir}, report years {years}")
    started = time.perf_counter()
    with dg.DagsterInstance.get() as instance, open(log, "w", encoding="utf-8") as handle:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=handle, stderr=subprocess.STDOUT)
        try:
            run_id, narrator = follow(instance, token, process)
        except KeyboardInterrupt:
            process.terminate()
            raise
    for line in narrator.summary():
        print(line)
    print(f"  {time.perf_counter() - started:.0f} s in all; the full log: {log}")
    if process.returncode or run_id is None:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        print("gdw: the run failed; the end of its log:\n" + "\n".join(f"    {line}" for line in tail))
        return process.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
