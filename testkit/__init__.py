"""Test and benchmark tools: the sample reports (`samples.py`) and the labeled corpus (`corpus.py`).

They write reports with known answers (DOCX through python-docx, PDF through reportlab), so they
live outside the runtime package: `orchestration` never imports them, and reportlab is a
development dependency only.

    python -m testkit.samples OUT_DIR [TRUTH_DIR]
    python -m testkit.corpus DIR --count N [--seed S]
"""
