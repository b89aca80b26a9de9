"""What the order of plain `pdftotext` (no `-layout`) proves about a sparse table 3 of Chromium's PDFs:

    .venv/bin/python benchmarks/plain_reading_order.py DIR [DIR ...]

In plain `pdftotext` of a Chromium PDF, a blank cell prints nothing, and table 3's figures may all stand
after its labels as a short run of lines (`12|5|1||3||15||1|2||…`, empty lines between poppler's blocks):
the parser then leaves the table's rows `figures_apart` / `unplaced_cells` / `short_row` (all unknown). A
placement of such a run by the table's rules would rest on what the run's order says about each figure's
cell. This tool measures that on the class, from the PDF beside each text (`*_chromium.pdf`): poppler's
word boxes in its reading order (`pdftotext -bbox-layout`, the order of the plain text) give each figure's
place on the page.

For each file of DIR/reports whose plain text the parser reads with at least five table 3 rows so left,
it prints the figures of table 3 that stand on lines of figures only (the run), and counts the pairs of
two different figures whose reading order goes against

    column  the later one stands above the earlier one in the same column (columns read top to bottom);
    row     the later one stands left of the earlier one in the same row (rows read left to right);

and the pairs of two of the run's poppler blocks whose reading order goes against

    rows    the later block stands wholly above the earlier one, in any columns (the table's rows read
            top to bottom, a block never set before one wholly above it);

and the poppler blocks of the run, and the groups of the plain text (lines of figures between empty
lines), that hold figures of more than one column, or of more than one row. None of the three orders holds
on every file of the class: poppler's reading order (TextBlock::visitDepthFirst) sets a block after one left
of it whatever their heights, unless a block between them in height spans both in width, and widens a
block to the blocks below it up to its neighbours on its own line; which of two blocks comes first then
turns on the whole page's geometry (the rows' heights, which cells are blank), which the text does not give.
A pair of equal figures is not counted: the text reads the same either way.

Where the folder has the file's truth (DIR/truth) and the run holds as many figures as the truth's table 3
has cells that are not blank (its blank cells print nothing, no mark), it also prints whether the table has a part column
with figures and one without, or an outcome row with figures and a blank one: such two trade places
without changing the text's run or either order above, and every rule still holds (row sums,
APP_OUTCOME_SUM and APP_BALANCE treat the part columns alike, and the outcome rows alike), so no
placement of the run is the only one.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_FIGURE = re.compile(r"^[-0-9０-９]+$")
_WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>')
_APPLICANTS = re.compile("申[请請]人")
_REVIEWS = re.compile("^行政[复複][议議]$")  # table 4's header cell (not the heading before it)
_LEFT_AS_APART = {"figures_apart", "unplaced_cells", "short_row"}
_SAME_COLUMN = 15.0  # points between the centres of two figures of one column, at most
_SAME_ROW = 3.0  # points between the tops of two figures of one row, at most


@dataclass(frozen=True, slots=True)
class Word:
    page: int
    block: int
    left: float
    top: float
    right: float
    text: str
    flow: int = 0  # poppler's flow (its blocks read one after another; see plain_unknown_classes.printed_lines)

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def reading_order(pdf: Path) -> list[list[Word]]:
    """The PDF's lines of words in poppler's reading order (that of plain `pdftotext`)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    page = block = flow = 0
    lines: list[list[Word]] = []
    for tag in out.splitlines():
        if "<page " in tag:
            page += 1
        elif "<flow>" in tag:
            flow += 1
        elif "<block " in tag:
            block += 1
        elif "<line " in tag:
            lines.append([])
        elif match := _WORD.search(tag):
            lines[-1].append(Word(page, block, float(match[1]), float(match[2]), float(match[3]),
                                  html.unescape(match[4]), flow))
    return lines


def table_3_run(lines: list[list[Word]]) -> list[Word]:
    """The figures of table 3 on lines of figures only, in reading order."""
    start = next((i for i, line in enumerate(lines) if any(_APPLICANTS.search(word.text) for word in line)), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines))
                if _REVIEWS.search("".join(word.text for word in lines[i]))), len(lines))
    return [word for line in lines[start:end] if line and all(_FIGURE.match(word.text) for word in line)
            for word in line]


def against_the_order(run: list[Word]) -> tuple[int, int]:
    """Pairs of different figures read against their column's order, and against their row's."""
    column = row = 0
    for i, earlier in enumerate(run):
        for later in run[i + 1:]:
            if earlier.text == later.text:
                continue
            if abs(earlier.centre - later.centre) < _SAME_COLUMN and \
                    (later.page, later.top) < (earlier.page, earlier.top - _SAME_ROW):
                column += 1
            if later.page == earlier.page and abs(later.top - earlier.top) < _SAME_ROW and \
                    later.left < earlier.left - _SAME_ROW:
                row += 1
    return column, row


def blocks_against_the_rows(blocks: list[list[Word]]) -> int:
    """Pairs of the run's blocks (in reading order) whose later one stands wholly above the earlier one."""
    def top(block: list[Word]) -> tuple[int, float]:
        return min((word.page, word.top) for word in block)

    def bottom(block: list[Word]) -> tuple[int, float]:
        return max((word.page, word.top) for word in block)

    return sum(1 for i, earlier in enumerate(blocks) for later in blocks[i + 1:]
               if bottom(later) < (top(earlier)[0], top(earlier)[1] - _SAME_ROW))


def poppler_blocks(run: list[Word]) -> list[list[Word]]:
    """The run's figures by poppler's block."""
    blocks: dict[int, list[Word]] = {}
    for word in run:
        blocks.setdefault(word.block, []).append(word)
    return list(blocks.values())


def text_groups(text: Path, run: list[Word]) -> list[list[Word]] | None:
    """The run's figures grouped as the plain text groups them (lines of figures between empty lines or
    other lines), where the text's run is the PDF's, figure for figure; otherwise None."""
    lines = text.read_text(encoding="utf-8").replace("\f", "\n").splitlines()
    start = next((i for i, line in enumerate(lines) if _APPLICANTS.search(line)), None)
    if start is None:
        return None
    groups: list[list[str]] = [[]]
    for line in lines[start:]:
        if _REVIEWS.search(line.strip()):
            break
        figures = line.split()
        if figures and all(_FIGURE.match(figure) for figure in figures):
            groups[-1] += figures
        elif groups[-1]:
            groups.append([])
    if [figure for group in groups for figure in group] != [word.text for word in run]:
        return None
    words = iter(run)
    return [[next(words) for _ in group] for group in groups if group]


def mixed(groups: list[list[Word]]) -> tuple[int, int, int]:
    """How many groups, how many hold figures of more than one column, of more than one row."""
    columns = sum(1 for words in groups if max(w.centre for w in words) - min(w.centre for w in words)
                  >= _SAME_COLUMN)
    rows = sum(1 for words in groups if max(w.top for w in words) - min(w.top for w in words) >= _SAME_ROW)
    return len(groups), columns, rows


_SPECIAL_ROWS = {"new_received", "carried_over", "results_total", "carried_forward"}


def interchangeable(applications: dict[str, dict[str, object]]) -> tuple[bool, bool]:
    """Whether table 3 (the truth's `applications`) has a part column with figures and one without,
    and whether it has an outcome row with figures and a blank one."""
    parts = [column for column in next(iter(applications.values())) if column != "total"]
    used = [any(row[column] is not None for row in applications.values()) for column in parts]
    outcomes = [any(value is not None for value in row.values()) for key, row in applications.items()
                if key not in _SPECIAL_ROWS]
    return any(used) and not all(used), any(outcomes) and not all(outcomes)


def left_apart(text: Path) -> int:
    """Table 3 rows the parser leaves unknown as figures set apart from their labels."""
    from orchestration.parsing.parse import parse_file

    report = parse_file(text, ocr=False)
    return sum(1 for warning in report.warnings if warning.code in _LEFT_AS_APART
               and warning.message.startswith("table 3"))


def main() -> None:
    files = against_column = against_row = against_rows = grouped = groups_of_columns = groups_of_rows = 0
    judged = open_ = 0
    for folder in sys.argv[1:]:
        for text in sorted(Path(folder, "reports").glob("*_chromium_pdftotext-plain.txt")):
            pdf = text.with_name(text.name.replace("_pdftotext-plain.txt", ".pdf"))
            if not pdf.exists() or left_apart(text) < 5:
                continue
            run = table_3_run(reading_order(pdf))
            column, row = against_the_order(run)
            rows = blocks_against_the_rows(poppler_blocks(run))
            blocks, many_columns, many_rows = mixed(poppler_blocks(run))
            groups = text_groups(text, run)
            files += 1
            against_column += column > 0
            against_row += row > 0
            against_rows += rows > 0
            in_groups = "text's groups not the PDF's run"
            if groups is not None:
                count, of_columns, of_rows = mixed(groups)
                grouped += 1
                groups_of_columns += of_columns > 0
                groups_of_rows += of_rows > 0
                in_groups = f"{count} text groups, {of_columns} of several columns, {of_rows} of several rows"
            truth = Path(folder, "truth", text.name.replace(".txt", ".truth.json"))
            swaps = ""
            applications = json.loads(truth.read_text(encoding="utf-8"))["applications"] if truth.exists() else {}
            if applications and len(run) == sum(value is not None for row in applications.values()
                                                for value in row.values()):
                columns, rows = interchangeable(applications)
                judged += 1
                open_ += columns or rows
                swaps = f"; columns trade places: {columns}, outcome rows trade places: {rows}"
            print(f"{text}: {len(run)} figures; against column order {column}, against row order {row}, "
                  f"blocks against the rows' order {rows}; "
                  f"{blocks} poppler blocks, {many_columns} of several columns, {many_rows} of several rows; "
                  f"{in_groups}{swaps}")
    print(f"\n{files} files; read against their columns' order: {against_column}; against their rows': {against_row}; "
          f"blocks against the rows' order (top to bottom): {against_rows}")
    print(f"{grouped} files whose text groups the PDF's run: with a group of several columns {groups_of_columns}, "
          f"of several rows {groups_of_rows}")
    print(f"{judged} files with their truth whose blank cells print nothing: {open_} with columns or outcome rows "
          "that trade places")


if __name__ == "__main__":
    main()
