"""Made-up table 3s of mostly zeros in the order of Chromium's PDF through plain `pdftotext` (column
chunks of random sizes, the total column of some chunks set apart past table 4's heading, the last two
columns of some chunks written as one block), read by the parser and scored against the table written:
the check for silent wrong cells in chunks.py's search (a chunking the search never weighed).

    .venv/bin/python benchmarks/plain_chunks_fuzz.py SEED COUNT [--root WORKTREE] [--show] [--narrow-split]
        [--run-on] [--write DIR | --read DIR]

prints `wrong W unknown U files N worst S` (wrong: cells read, not unknown, whose value is not the
table's; worst: the most CPU seconds one file took). `--root`: the worktree whose parser reads the
files (a detached worktree of main for "before"). The text is written by tests/unit/test_plain_zero_chunks.py's
`plain_text`, of this worktree, whichever parser reads it (or, with `--read DIR`, the texts `--write DIR`
wrote: a worktree before a change may lack the generator's options). `--narrow-split`: a block's row whose left
figure is one digit wide is written as two lines (poppler joins a row's two figures only where the gap
between them is narrow): the blocks the text's lines do not show. `--run-on`: no empty line between
figure lines (not poppler's: it ends each flow with one), so with `--narrow-split` nothing in the lines says
where blocks are: the class chunks.py leaves to the rows' sums (one column a block first).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OUTCOMES = ["granted", "partially_granted", "denied_state_secret", "denied_prohibited_by_law",
            "denied_security_stability", "denied_third_party_rights", "denied_internal_affairs",
            "denied_process_information", "denied_enforcement_files", "denied_administrative_query",
            "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear", "rejected_petition",
            "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirmation",
            "other_no_correction", "other_no_fee_paid", "other_misc"]


def table(rng: random.Random, keys: list[str]) -> dict[str, list[int]]:
    """A table 3 keeping every rule: a few outcome rows with one or two figures, the rest zeros."""
    made = {key: [0] * 7 for key in keys}
    for key in rng.sample(OUTCOMES, rng.randint(0, 4)):
        for column in rng.sample(range(6), rng.randint(1, 2)):
            made[key][column] = rng.choice([1, 1, 2, 3, 10])
        made[key][6] = sum(made[key][:6])
    results = [sum(made[key][column] for key in OUTCOMES) for column in range(7)]
    made["results_total"] = results
    forward = [rng.choice([0, 0, 1, 2]) for _ in range(6)]
    made["carried_forward"] = [*forward, sum(forward)]
    over = [min(rng.choice([0, 0, 1]), results[column] + forward[column]) for column in range(6)]
    made["carried_over"] = [*over, sum(over)]
    made["new_received"] = [results[c] + made["carried_forward"][c] - made["carried_over"][c] for c in range(7)]
    return made


def chunks(rng: random.Random, rows: int) -> list[tuple[int, bool, bool]]:
    """Chunk sizes with, for each, whether its totals are set apart and whether its last two columns are a block."""
    while True:
        out, left = [], rows
        while left:
            size = min(left, rng.choice([1, 1, 1, 3, 5, 6]))
            out.append((size, size > 1 and rng.random() < 0.5, size > 1 and rng.random() < 0.3))
            left -= size
        if any(apart for _, apart, _ in out):
            return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--root", default=str(ROOT))
    parser.add_argument("--show", action="store_true", help="print each wrong cell")
    parser.add_argument("--narrow-split", action="store_true",
                        help="a block's row whose left figure is one digit: two lines, as poppler writes a wide gap")
    parser.add_argument("--run-on", action="store_true",
                        help="no empty line between figure lines (nothing in the lines says where blocks end)")
    parser.add_argument("--write", help="also write each text and its table (JSON) to this folder")
    parser.add_argument("--read", help="read the texts --write wrote there instead of writing new ones (a parser "
                        "whose worktree's generator differs: --root of a worktree before a change)")
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    sys.path.insert(1, str(ROOT))
    from orchestration.parsing.parse import parse_text
    from tests.unit.test_reader_classes import ROWS

    if not args.read:
        from tests.unit.test_column_chunks import figures_run_on
        from tests.unit.test_plain_zero_chunks import plain_text

    keys = [key for key, _, _ in ROWS]
    columns = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
               "legal_service_org", "other_org", "total"]
    rng = random.Random(args.seed)
    wrong = unknown = files = 0
    worst = 0.0
    for index in range(args.count):
        made = table(rng, keys)
        order = chunks(rng, len(keys))
        name = f"{args.seed}_{index}.txt"
        if args.read:
            text = (Path(args.read) / name).read_text()
            made = json.loads((Path(args.read) / f"{name}.json").read_text())
        else:
            text = plain_text([made[key] for key in keys], chunks=order, narrow_split=args.narrow_split)
            text = figures_run_on(text) if args.run_on else text
        if args.write:
            Path(args.write).mkdir(parents=True, exist_ok=True)
            (Path(args.write) / name).write_text(text)
            (Path(args.write) / f"{name}.json").write_text(json.dumps(made))
        started = time.process_time()
        report = parse_text(text, "plain.txt")
        worst = max(worst, time.process_time() - started)
        cells = {(cell.row, cell.column): cell for cell in report.cells if cell.table == "applications"}
        for key in keys:
            for column, value in zip(columns, made[key]):
                cell = cells[(key, column)]
                if cell.state == "unknown":
                    unknown += 1
                elif cell.value != value:
                    wrong += 1
                    if args.show:
                        print("WRONG", args.seed, index, key, column, cell.state, cell.value, "written", value, order)
        files += 1
    print("wrong", wrong, "unknown", unknown, "files", files, "worst", round(worst, 2))


if __name__ == "__main__":
    main()
