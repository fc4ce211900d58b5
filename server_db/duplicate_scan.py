"""The registry-wide duplicate scan behind `hms-admin find-duplicates` (issue 16).

It runs as an administrator's staff login: the matcher (registry.find_duplicate_candidates) answers only an active
staff member, and the queue is written only by the SECURITY DEFINER scan functions, which check for hms_admin. The
patients' id range is cut into chunks that N connections take in turn (one registry.scan_duplicates call, one short
transaction each), so the work stays balanced when ids are unevenly spread and a progress bar can follow it.
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from .urls import psycopg_url

CHUNK = 1000  # patient ids per call: a few seconds of work, a short transaction


@dataclass
class ScanResult:
    scan_id: int
    patients: int
    pairs: int          # pairs newly queued by this scan
    waiting: int        # pairs waiting for a reviewer after it (this scan's and earlier ones)
    seconds: float

    @property
    def rate(self) -> float:
        return self.patients / self.seconds if self.seconds > 0 else 0.0


def _connect(url: str) -> psycopg.Connection:
    return psycopg.connect(psycopg_url(url), autocommit=True, application_name="hms-admin find-duplicates",
                           connect_timeout=10)


def find_duplicates(url: str, *, workers: int = 2, min_score: float | None = None, chunk: int = CHUNK,
                    progress: Callable[[int, int], None] | None = None,
                    on_start: Callable[[int], None] | None = None, last_id: int | None = None) -> ScanResult:
    """Scan every unmerged patient (up to id last_id when given) with `workers` parallel connections;
    progress(patients, new pairs) after each chunk, on_start(patients to scan) once. Raises psycopg errors as they come (the first worker's failure stops
    the others; the scan then stays open, unfinished, with what it queued)."""
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if min_score is not None and not 0 < min_score <= 1:
        raise ValueError("--min-score must be above 0 and at most 1")
    started = time.perf_counter()
    with _connect(url) as conn:
        lo, hi, total = conn.execute("SELECT min(id), max(id), count(*) FROM registry.patient "
                                     "WHERE merged_into_id IS NULL AND id <= coalesce(%s, id)", (last_id,)).fetchone()
        scan_id = conn.execute("SELECT registry.start_duplicate_scan(%s::real)", (min_score,)).fetchone()[0]
    if on_start:
        on_start(total)
    chunks: queue.Queue[tuple[int, int]] = queue.Queue()
    if total:
        for first in range(lo, hi + 1, chunk):
            chunks.put((first, min(first + chunk - 1, hi)))
    lock = threading.Lock()
    totals = {"patients": 0, "pairs": 0}
    failures: list[BaseException] = []
    stop = threading.Event()

    def work() -> None:
        try:
            with _connect(url) as conn:
                while not stop.is_set():
                    try:
                        first, last = chunks.get_nowait()
                    except queue.Empty:
                        return
                    patients, pairs = conn.execute("SELECT patients, pairs FROM registry.scan_duplicates(%s, %s, %s)",
                                                   (scan_id, first, last)).fetchone()
                    with lock:
                        totals["patients"] += patients
                        totals["pairs"] += pairs
                        if progress:
                            progress(patients, pairs)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            failures.append(exc)
            stop.set()

    threads = [threading.Thread(target=work, name=f"find-duplicates-{i}", daemon=True)
               for i in range(min(workers, max(chunks.qsize(), 1)))]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(0.2)
    except KeyboardInterrupt:
        stop.set()
        raise
    if failures:
        raise failures[0]
    with _connect(url) as conn:
        pairs = conn.execute("SELECT registry.finish_duplicate_scan(%s, %s)", (scan_id, totals["patients"])).fetchone()[0]
        waiting = conn.execute("SELECT count(*) FROM registry.duplicate_pair WHERE decision = 'waiting'").fetchone()[0]
    return ScanResult(scan_id, totals["patients"], pairs, waiting, time.perf_counter() - started)
