"""`pdftotext -raw` table 3s whose blank cells print nothing: a row printing two equal figures (`2 2`) reads as one
part and its total, unless the 总计 column's rules refute that and its figures as parts alone (the row's total not
printed) keep them: then its total is unknown, never the figure."""
from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import REVIEWS, applications_of, single_spaced

# every rule kept; `granted` is 2 and 2 in two part columns, total 4
TRUTH = {
    "granted": [None, None, None, 2, 2, None, 4],
    "partially_granted": [None, None, 5, None, None, None, 5],
    "denied_state_secret": [None, None, 1, None, None, None, 1],
    "denied_prohibited_by_law": [None, 2, None, None, None, None, 2],
    "denied_security_stability": [None, None, None, 1, None, None, 1],
    "denied_third_party_rights": [None] * 7,
    "denied_internal_affairs": [None] * 7,
    "denied_process_information": [None, None, None, None, 5, None, 5],
    "denied_enforcement_files": [None, 5, None, None, None, None, 5],
    "denied_administrative_query": [None, None, None, None, 1, None, 1],
    "unavailable_not_held": [5, None, None, None, None, 2, 7],
    "unavailable_needs_creation": [None] * 7,
    "unavailable_unclear": [None, None, 5, 5, 1, None, 11],
    "rejected_petition": [None, 2, None, None, None, 2, 4],
    "rejected_duplicate": [None] * 7,
    "rejected_publication": [None, 2, None, None, None, 1, 3],
    "rejected_excessive": [None, None, None, None, 2, None, 2],
    "rejected_confirmation": [None] * 7,
    "other_no_correction": [None, None, None, 2, None, None, 2],
    "other_no_fee_paid": [None, 1, None, None, None, 1, 2],
    "other_misc": [2, None, None, None, None, 2, 4],
    "new_received": [7, 10, 11, 8, 11, 9, 56],
    "carried_over": [None, 2, None, 2, None, 2, 6],
    "results_total": [7, 12, 11, 10, 11, 8, 59],
    "carried_forward": [None, None, None, None, None, 3, 3],
}


def _read(figures: dict) -> dict:
    return applications_of(parse_text(single_spaced(figures, REVIEWS) + "\f", "raw.txt"))


def _total(read: dict, key: str) -> tuple:
    cell = read[key][-1]
    return cell.state, None if cell.value is None else int(cell.value)


def test_a_row_printing_its_parts_without_its_total_leaves_the_total_unknown():
    read = _read(dict(TRUTH, granted=[None, None, None, 2, 2, None, None]))  # `2 2`: its 总计 not printed
    # one part of 2 and a total of 2 leaves the 总计 column 2 short of results_total's 59; its figures as parts
    # alone (total 4) keep it, and so would any `2 2` row's: none of their totals is proven
    for key in ("granted", "denied_prohibited_by_law", "rejected_excessive", "other_no_correction"):
        assert all(cell.state == "unknown" and cell.value is None for cell in read[key]), key
    # rows whose figures as parts alone do not mend the column keep the total their own rule proves
    assert _total(read, "partially_granted") == ("recovered", 5)
    assert _total(read, "unavailable_unclear") == ("recovered", 11)
    assert _total(read, "results_total") == ("value", 59)


def test_a_row_printing_its_total_reads_it():
    read = _read(TRUTH)  # `2 2 4`: the rules hold, nothing is in doubt
    assert _total(read, "granted") == ("recovered", 4)
    assert _total(read, "rejected_excessive") == ("recovered", 2)
    assert _total(read, "other_no_correction") == ("recovered", 2)


def test_a_report_not_adding_up_where_no_rows_parts_alone_mend_it_keeps_the_rows_reading():
    # granted truly one part of 2 (total 2); the report leaves rejected_petition (4) blank: the 总计 column is 6 short
    # whatever the splits, and no row's figures as parts alone make it up: the rule does not fire
    figures = dict(TRUTH, granted=[None, None, None, 2, None, None, 2], rejected_petition=[None] * 7)
    read = _read(figures)
    assert _total(read, "granted") == ("recovered", 2)
    assert _total(read, "rejected_excessive") == ("recovered", 2)
