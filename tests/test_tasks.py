"""The threading module: results on the GUI thread, errors as messages, cancellation, owners."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication

from app.core.errors import CheckError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.ui.application import create_application
from app.ui.tasks import TaskContext, TaskRunner


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    seen: dict[str, object] = {"progress": []}
    worker_threads: list[threading.Thread] = []

    def work(ctx: TaskContext) -> int:
        worker_threads.append(threading.current_thread())
        for i in range(3):
            ctx.progress(i)
        return 42

    def done(value: object) -> None:
        seen["done"] = value
        seen["done_thread"] = QThread.currentThread()

    def progress(value: object) -> None:
        seen["progress"].append((value, QThread.currentThread() is _gui_thread()))  # type: ignore[union-attr]

    runner.run(work, on_done=done, on_progress=progress)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["done"] == 42
    assert seen["done_thread"] is _gui_thread()
    assert worker_threads[0] is not threading.main_thread()
    assert seen["progress"] == [(0, True), (1, True), (2, True)]
    qtbot.waitUntil(lambda: runner.active_count() == 0)


def test_core_errors_become_messages_and_bugs_never_escape(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    errors: list[Msg] = []
    problem = QT_TRANSLATE_NOOP(
        "tasks",
        "Something unexpected went wrong. Nothing you entered "
        "was lost. Details were written to the log file: {path}",
    )

    def fails_cleanly(_ctx: TaskContext) -> None:
        raise CheckError(problem.with_args(path="x"))

    def has_a_bug(_ctx: TaskContext) -> None:
        raise ZeroDivisionError

    runner.run(fails_cleanly, on_done=lambda _v: None, on_error=errors.append)
    runner.run(has_a_bug, on_done=lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    rendered = sorted(m.render("ja") for m in errors)
    assert all("予期しない問題が発生しました" in text for text in rendered)


def test_cancelled_work_reports_cancelled_not_a_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    outcome: list[str] = []
    started = threading.Event()

    def slow(ctx: TaskContext) -> str:
        started.set()
        while not ctx.cancelled:
            time.sleep(0.01)
        return "stale result"

    handle = runner.run(
        slow, on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    assert handle.running
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert not handle.running


def test_no_callback_after_the_owner_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    owner = QObject()
    release = threading.Event()
    calls: list[object] = []
    runner.run(lambda _ctx: release.wait(5), on_done=calls.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    assert runner.wait_idle(5000)
    qtbot.wait(100)
    assert calls == []


def test_named_queue_runs_one_task_at_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    running = 0
    most = 0
    lock = threading.Lock()
    finished: list[object] = []

    def work(_ctx: TaskContext) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.02)
        with lock:
            running -= 1

    for _ in range(5):
        runner.run(work, on_done=finished.append, queue="password")
    qtbot.waitUntil(lambda: len(finished) == 5, timeout=5000)
    assert most == 1


def test_stop_delivers_the_partial_result_and_cancel_drops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    outcomes: list[object] = []
    started = threading.Event()

    def work(ctx: TaskContext) -> str:
        started.set()
        ctx.cancel_event.wait(10)  # runs until asked to end
        return "partial"

    stopped = runner.run(work, on_done=outcomes.append, on_cancelled=lambda: outcomes.append("x"))
    assert started.wait(5)
    stopped.stop()
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=5000)
    assert outcomes == ["partial"]

    started.clear()
    cancelled = runner.run(work, on_done=outcomes.append, on_cancelled=lambda: outcomes.append("x"))
    assert started.wait(5)
    cancelled.stop()
    cancelled.cancel()  # a cancel after stop (closing the app) still drops it
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=5000)
    assert outcomes == ["partial", "x"]


def test_a_callback_finds_its_own_task_finished(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The GUI thread can deliver a result before the worker thread runs another line. A page
    # that kept "the tasks still running" found the one whose result it was handling among
    # them. Here the worker is held right after sending its result until it has been
    # delivered: the order a loaded machine can produce by chance.
    create_application()
    runner = TaskRunner()
    go = threading.Event()
    delivered = threading.Event()
    seen: list[tuple[bool, bool]] = []

    def done(_value: object) -> None:
        seen.append((handle.running, handle.pending))
        delivered.set()

    handle = runner.run(lambda _ctx: go.wait(5), on_done=done)
    handle._relay.finished.connect(
        lambda _value: delivered.wait(5), Qt.ConnectionType.DirectConnection
    )
    go.set()
    qtbot.waitUntil(delivered.is_set, timeout=5000)
    assert seen == [(False, False)]
    assert runner.wait_idle(5000)


def test_a_result_on_its_way_is_pending_and_a_cancel_still_drops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_application()
    runner = TaskRunner()
    outcome: list[str] = []
    handle = runner.run(
        lambda _ctx: "result",
        on_done=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    deadline = time.monotonic() + 5
    while handle.running and time.monotonic() < deadline:
        time.sleep(0.01)  # no event loop runs: the result cannot reach the GUI thread
    assert not handle.running
    assert handle.pending  # ended, but its result has not been handled
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert not handle.pending
