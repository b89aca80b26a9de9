"""GX imported on a thread while a step waits for dbt: once per process, never when GX is loaded."""

from __future__ import annotations

from typing import ClassVar

import pytest

from orchestration.quality import gx_adapter


class RecordedThread:
    """Stands for threading.Thread: records what would run, runs nothing (GX's import costs seconds)."""

    started: ClassVar[list[RecordedThread]] = []

    def __init__(self, target, name: str, daemon: bool) -> None:
        self.target, self.name, self.daemon = target, name, daemon

    def start(self) -> None:
        RecordedThread.started.append(self)


@pytest.fixture
def recorded(monkeypatch) -> list[RecordedThread]:
    RecordedThread.started = []
    monkeypatch.setattr(gx_adapter.threading, "Thread", RecordedThread)
    monkeypatch.setattr(gx_adapter, "_BACKGROUND_IMPORT", [])
    monkeypatch.setattr(gx_adapter, "_GX", {})
    return RecordedThread.started


def test_gx_is_imported_on_one_daemon_thread_however_often_it_is_asked(recorded):
    gx_adapter.import_gx_in_background()
    gx_adapter.import_gx_in_background()
    assert len(recorded) == 1
    assert recorded[0].daemon  # a run never waits for it to exit


def test_no_thread_once_a_check_has_loaded_gx(recorded, monkeypatch):
    monkeypatch.setattr(gx_adapter, "_GX", {"gx": object()})
    gx_adapter.import_gx_in_background()
    assert recorded == []
