"""A pool of worker processes with a time limit and a memory limit per item.

`concurrent.futures.ProcessPoolExecutor` cannot stop one worker: a file that makes the parser run
for an hour, or grow to 6 GB, holds the whole batch (or gets the run OOM-killed). Here each worker
is a process of its own, with its address space capped (`RLIMIT_AS`), and the parent keeps a
deadline for the item each worker is on. A worker that overruns is killed and replaced; its item
comes back as an `Outcome` naming the limit it hit, and the items queued behind it go to the new
worker. An item's time is the wall-clock time its worker spent on it less the time the worker
waited for a core (Linux schedstat): a loaded machine slows every file, but only a file that itself
takes too long is stopped (a worker that sleeps or blocks on I/O is charged). Workers are forked
from a forkserver that imported the parser once, so replacing one is cheap and its address space
starts small (not a copy of the Dagster process that started the pool).

With a `Collector`, a worker keeps the bulk of its items' results (a parse's staging rows) and sends
it in batches, in whatever form the collector makes of it (Arrow, so the parent never touches a row),
instead of one pickled result per item. An item whose result the worker holds is answered at once but
yielded only with (after) the batch that holds it: if the worker dies or is killed before it sends
that batch, the items it held go to its replacement and are worked on again, so none is lost.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any, Protocol

# Items sent ahead to each worker, so that it never waits for the parent between two small files,
# nor while the parent is busy or waits for a core (a batch being written beside it holds the GIL;
# on a loaded machine the parent is scheduled late): about AHEAD_SECONDS of the worker's recent items,
# between MIN_AHEAD and MAX_AHEAD (few for OCR's seconds a page, so the last ones spread over workers).
PREFETCH, MIN_AHEAD, MAX_AHEAD, AHEAD_SECONDS = 4, 2, 32, 0.5
# A message (a parse result) can be large; cap what an exception message may add to it.
MESSAGE_CHARS = 500

TIME, MEMORY, CRASH = "time", "memory", "crash"
# A worker freezes its heap after its 1st, 2nd, 4th, ... item, then every FREEZE_EVERY items (see
# `WorkerHeap`): its caches fill in the first hundreds of items, and change little after.
FREEZE_EVERY = 128
YOUNG_THRESHOLD = 10_000
# For a new process to load what it needs, counted as an item's time is (its waits for a busy core
# are not counted: on a loaded machine a start can take minutes of wall-clock time).
STARTUP_SECONDS = 120
_UNOPENED = -1  # a worker's schedstat not opened yet (None: opened and unavailable)


@dataclass(frozen=True)
class Limits:
    """Per item: seconds of time charged to it (wall-clock, less the waits for a core), and bytes
    of address space of the worker process."""

    seconds: float = 60.0
    memory_bytes: int = 1 << 30

    @classmethod
    def of(cls, seconds: float, memory_mib: int) -> Limits:
        return cls(seconds, memory_mib * 2**20)

    def describe(self, failure: str) -> str:
        if failure == TIME:
            return f"time limit of {self.seconds:g} s per file (not counting waits for a busy core)"
        return f"memory limit of {self.memory_bytes / 2**20:.0f} MiB per parse process"


@dataclass(frozen=True)
class Outcome:
    """One item's result, or why there is none (`failure`: time, memory or crash)."""

    index: int
    value: Any = None
    failure: str | None = None
    message: str | None = None
    peak_rss_bytes: int = 0  # the worker's peak resident memory when it answered (or was killed)
    # with a collector: a batch of what the worker collected, carried by the first outcome of the items
    # it holds (the rest follow at once); None otherwise
    collected: Any = None


class Collector(Protocol):
    """Lives in a worker: keeps the bulk of each item's result, and gives it up in batches."""

    def add(self, value: Any) -> tuple[Any, bool]:
        """What to answer for an item whose function returned `value`, and whether the collector
        now holds part of it (then the item is yielded only with the batch that holds it)."""

    def held(self) -> int:
        """How many items it holds the results of."""

    def full(self) -> bool:
        """Whether to send its batch now rather than after more items."""

    def take(self) -> Any:
        """Its batch (picklable), emptied."""


def _peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _schedstat_fd(pid: int | str) -> int | None:
    try:
        return os.open(f"/proc/{pid}/schedstat", os.O_RDONLY)
    except OSError:  # a kernel without schedstat: the limit is plain wall-clock time
        return None


def _core_wait_seconds(fd: int | None) -> float:
    """Seconds the process's main thread has spent runnable but waiting for a core (0 when unknown):
    the second field of /proc/<pid>/schedstat, in nanoseconds. One pread of an open file (~3 µs)."""
    if fd is None:
        return 0.0
    try:
        return int(os.pread(fd, 64, 0).split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


def _cap_cpu(seconds: float) -> None:
    """A backstop for when the parent is gone (killed) and no deadline is kept: the kernel stops
    this process (SIGXCPU) once the item has used twice its time limit in CPU seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(used + 2 * seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


class WorkerHeap:
    """Keeps the cycle collector off what a worker holds for good.

    A worker's long-lived objects (the imported modules, the parser's caches: ~110,000 objects after
    a few hundred reports) sit in the oldest generation, and every full collection walks them all,
    for nothing, as they are never garbage (the collector took 0.14 ms a file over 4,000 season
    files, 0.05 ms with what follows). After its 1st, 2nd, 4th, ... item, then every FREEZE_EVERY
    items, the worker collects what is garbage now, then freezes what is left (`gc.freeze`), so
    that collections walk only what later items made.
    Collecting first means no garbage is ever frozen; a frozen object freed by its count (a cache
    entry pushed out) is freed as any other. The youngest generation is collected every
    YOUNG_THRESHOLD allocations, not 700: a report allocates thousands of short-lived objects, and
    its cycles (few) wait a little longer."""

    def __init__(self) -> None:
        self.items = 0
        gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])

    def after_item(self) -> None:
        self.items += 1
        if self.items & (self.items - 1) == 0 or self.items % FREEZE_EVERY == 0:
            gc.collect()
            gc.freeze()


def _serve(conn: Connection, function: Callable, memory_bytes: int, seconds: float,
           collector_factory: Callable[[], Collector] | None = None) -> None:
    """The worker: cap the address space, then answer items until told to stop."""
    before = _address_space_bytes()
    collector = collector_factory() if collector_factory else None
    # what the collector loads (Arrow) is the worker's, not its items': the cap leaves them the same room
    memory_bytes += max(0, _address_space_bytes() - before)
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    heap = WorkerHeap()
    schedstat = _schedstat_fd("self")
    conn.send(_core_wait_seconds(schedstat))  # started: from now on a death is the item's doing
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the parent is gone (killed): nothing left to answer
            return
        if task is None:
            return
        index, item = task
        _cap_cpu(seconds)
        held, batch = False, None
        try:
            reply = (index, None, function(item), None)
            if collector is not None:
                value, held = collector.add(reply[2])
                reply = (index, None, value, None)
        except MemoryError:
            reply = (index, MEMORY, None, "MemoryError")
        except Exception as error:  # noqa: BLE001 - `function` should not raise; if it does, the item fails, not the pool
            reply = (index, CRASH, None, f"{type(error).__name__}: {error}"[:MESSAGE_CHARS])
        if collector is not None and reply[1] != MEMORY and collector.held():
            # Sent when full, or when no item waits (the parent may have no more to send): an item
            # the parent has sent is always answered, and so every item held is sent in a batch.
            try:
                batch = collector.take() if collector.full() or not conn.poll() else None
            except MemoryError:
                reply, held = (index, MEMORY, None, "MemoryError while collecting the results"), False
            except Exception as error:  # noqa: BLE001 - a collector's bug, not an item's: the run stops (below)
                conn.send(f"{type(error).__name__}: {error}"[:MESSAGE_CHARS])
                return
        # the wait for a core so far: the parent's baseline for the next item's time
        waited = _core_wait_seconds(schedstat)
        try:
            conn.send((*reply, _peak_rss_bytes(), waited, held, batch))
        except MemoryError:  # the result itself does not fit under the cap
            conn.send((index, MEMORY, None, "MemoryError while sending the result", _peak_rss_bytes(), waited,
                       False, None))
        if reply[1] == MEMORY:
            return  # after a MemoryError the process may be in any state: the parent starts a fresh one
        heap.after_item()  # after the answer is sent: the parent is not kept waiting


def _address_space_bytes() -> int:
    """This process's address space (what RLIMIT_AS caps), 0 when unknown."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _vm_hwm_bytes(pid: int) -> int:
    """Peak resident memory of a live process, read before it is killed (0 when unknown)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class _Worker:
    def __init__(self, context, function: Callable, limits: Limits, collector: Callable[[], Collector] | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, daemon=True,
                                       args=(child, function, limits.memory_bytes, limits.seconds, collector))
        self.process.start()
        child.close()
        self.queue: deque[tuple[int, Any]] = deque()  # items sent, the first is being worked on
        # items answered whose results it holds (its collector's), with their outcomes: not yielded yet
        self.held: list[tuple[tuple[int, Any], Outcome]] = []
        self.head_since = 0.0  # when the worker started on the first item of the queue
        self.waited_before_head = 0.0  # its seconds of waiting for a core before that item
        self.started = False  # it said so: it imported what it needs and capped its memory
        self.deadline = 0.0  # when the head item may have used up its time, at the earliest
        self._schedstat: int | None = _UNOPENED
        self.ahead = PREFETCH  # items to keep sent ahead
        self._item_seconds = 0.0  # moving average of its items' wall-clock seconds

    def charged_seconds(self) -> float:
        """The head item's time so far (before the worker said it started: its start's time so far):
        wall-clock since it started, less the waits for a core."""
        if self._schedstat == _UNOPENED:  # once: a kernel without schedstat is not asked again
            self._schedstat = _schedstat_fd(self.process.pid)
        waited = max(0.0, _core_wait_seconds(self._schedstat) - self.waited_before_head)
        return time.monotonic() - self.head_since - waited

    def answered(self, waited: float, limit: float) -> None:
        """A reply came: the next item's clock starts now."""
        now = time.monotonic()
        if self.started:  # an item's answer, not the start: how many items make AHEAD_SECONDS
            seconds = now - self.head_since
            self._item_seconds = seconds if not self._item_seconds else 0.9 * self._item_seconds + 0.1 * seconds
            self.ahead = max(MIN_AHEAD, min(MAX_AHEAD, int(AHEAD_SECONDS / max(self._item_seconds, 1e-4))))
        self.head_since = now
        self.waited_before_head = waited
        self.deadline = self.head_since + limit

    def send(self, index: int, item: Any, limit: float) -> None:
        if not self.queue:
            self.head_since = time.monotonic()
            self.deadline = self.head_since + limit
        self.queue.append((index, item))
        try:
            self.conn.send((index, item))
        except OSError:  # it died after its last answer: its sentinel says so, and the item goes to its replacement
            pass

    def stop(self, kill: bool) -> None:
        if self.process.is_alive():
            if kill:
                self.process.kill()
            else:
                try:
                    self.conn.send(None)
                except OSError:
                    self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        if self._schedstat not in (None, _UNOPENED):
            os.close(self._schedstat)


def _context(preload: Sequence[str]):
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    return context


def bounded_map(
    function: Callable, items: Iterable[Any], workers: int, limits: Limits, preload: Sequence[str] = (),
    collector: Callable[[], Collector] | None = None,
) -> Iterator[Outcome]:
    """`function(item)` for every item in `workers` processes, as Outcomes in completion order.

    `function` must be picklable (a module-level function or a partial of one). Every item yields
    exactly one Outcome, whatever it does to its worker. `preload`: modules the forkserver imports
    once, so that each worker (and each replacement) starts with them. `collector`: makes each
    worker's Collector (picklable); an outcome's `collected` is then a batch of it, holding the
    results of that outcome's item and of the items yielded after it up to the next batch (each
    item's outcome comes with or after the batch that holds its result, never before)."""
    pending: deque[tuple[int, Any]] = deque(enumerate(items))
    if not pending:  # no process to start (a run with nothing new to parse)
        return
    context = _context(preload)
    pool = [_Worker(context, function, limits, collector) for _ in range(max(1, min(workers, len(pending))))]
    try:
        while pending or any(w.queue for w in pool):
            for worker in pool:
                while pending and len(worker.queue) < worker.ahead:
                    worker.send(*pending.popleft(), limits.seconds)
            now = time.monotonic()
            busy = [w for w in pool if w.queue]
            timeout = max(0.0, min(w.deadline for w in busy) - now)
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout))
            for position, worker in enumerate(pool):
                if not worker.queue:
                    # it sends what it holds with the answer to the last item it was sent
                    assert not worker.held, "a worker kept results of items it answered"
                    continue
                failed = None
                if worker.conn in ready or worker.process.sentinel in ready:
                    try:
                        while worker.queue and worker.conn.poll():
                            reply = worker.conn.recv()
                            if isinstance(reply, str):  # its collector failed: a bug, not an item's doing
                                raise RuntimeError(f"a parse process could not collect its results: {reply}")  # noqa: TRY004
                            if not isinstance(reply, tuple):  # started, with its wait for a core so far
                                worker.answered(reply, limits.seconds)
                                worker.started = True
                                continue
                            index, failure, value, message, peak, waited, held, batch = reply
                            worker.answered(waited, limits.seconds)
                            assert index == worker.queue[0][0], "a worker answered out of order"
                            task = worker.queue.popleft()
                            outcome = Outcome(index, value, failure, message, peak)
                            if held:
                                worker.held.append((task, outcome))
                            if batch is not None:  # every item it held, with their results
                                (_, first), *rest = worker.held
                                worker.held = []
                                yield replace(first, collected=batch)
                                yield from (later for _, later in rest)
                            if not held:
                                yield outcome
                            if failure == MEMORY:
                                failed = (None, None)
                                break
                    except (EOFError, OSError):  # died mid-message
                        pass
                    if failed is None and not worker.process.is_alive() and worker.queue:
                        worker.process.join()
                        if not worker.started:  # not the item's fault: no item would get through
                            raise RuntimeError(f"a parse process could not start: "
                                               f"{_exit_description(worker.process.exitcode)}")
                        failed = (CRASH, _exit_description(worker.process.exitcode))
                elif not worker.started:  # still loading: the item's clock has not started
                    allowed = max(limits.seconds, STARTUP_SECONDS)
                    charged = worker.charged_seconds()
                    if charged >= allowed:
                        raise RuntimeError(f"a parse process did not start in {allowed:g} s "
                                           "(not counting waits for a busy core)")
                    worker.deadline = time.monotonic() + allowed - charged
                elif time.monotonic() >= worker.deadline:
                    # Wall-clock time is up; the time the worker waited for a core is not the item's.
                    charged = worker.charged_seconds()
                    if charged >= limits.seconds:
                        wall = time.monotonic() - worker.head_since
                        failed = (TIME, f"still parsing after {charged:.0f} s ({wall:.0f} s of wall-clock time)")
                    else:
                        worker.deadline = time.monotonic() + limits.seconds - charged
                if failed is None:
                    continue
                kind, message = failed
                peak = _vm_hwm_bytes(worker.process.pid) if worker.process.is_alive() else 0
                worker.stop(kill=True)
                if kind is not None:
                    index, _ = worker.queue.popleft()
                    yield Outcome(index, None, kind, message, peak)
                # the items it held but never sent, and the rest it was sent, go to the replacement, first
                pending.extendleft(reversed([task for task, _ in worker.held] + list(worker.queue)))
                pool[position] = _Worker(context, function, limits, collector)
    finally:
        for worker in pool:
            worker.stop(kill=bool(worker.queue))


def _exit_description(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"the parse process died of {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"the parse process exited with status {exitcode}"


def worker_count(requested: int | None) -> int:
    return max(1, requested or os.cpu_count() or 1)
