"""The one module that owns threads: runs core work off the GUI thread and hands results back.

    handle = tasks.run(
        lambda ctx: check_blacklists(targets, cancel=ctx.cancel_event, on_result=ctx.progress),
        on_done=self.show_results, on_progress=self.add_row, on_error=self.show_error, owner=self)

`fn` runs on a worker thread with a `TaskContext`; `on_done`, `on_progress`, `on_error` and
`on_cancelled` always run on the GUI thread. Exceptions never escape: a core `MamoriError`
arrives at `on_error` as its message, anything else is logged with its traceback and arrives as
a generic message naming the log file. Results of a cancelled task are dropped. Callbacks are
never called after their `owner` widget has been destroyed. Work that is not thread-safe (zxcvbn)
runs on a named queue with a single thread: `queue="password"`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.errors import MamoriError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.logsetup import log_file_path

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "tasks",
    "Something unexpected went wrong. Nothing you entered was lost. "
    "Details were written to the log file: {path}",
)


class TaskContext:
    """What the worker function gets: a cancel flag and a way to report progress."""

    def __init__(self, relay: _Relay) -> None:
        self.cancel_event = threading.Event()
        # Set by TaskHandle.stop(): the work ends early, but what it returns is delivered.
        self.keep_result = False
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        """True once the task was cancelled; long work should check it and stop."""
        return self.cancel_event.is_set()

    def progress(self, value: object) -> None:
        """Send `value` to `on_progress` on the GUI thread (thread-safe; ignored once cancelled)."""
        if not self.cancel_event.is_set():
            self._relay.emit_safely(self._relay.progressed, value)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def emit_safely(self, signal: Any, value: object) -> None:
        # RuntimeError: the owner (and this relay with it) was destroyed; nobody is listening.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class TaskHandle:
    """A running task: cancel it, ask whether it is still running or its result still due."""

    def __init__(self, runner: TaskRunner, relay: _Relay, context: TaskContext) -> None:
        self._runner = runner
        self._relay = relay
        self.context = context
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop; its result (if any) is dropped and `on_cancelled` is called."""
        self.context.keep_result = False
        self.context.cancel_event.set()

    def stop(self) -> None:
        """Ask the work to finish early (it sees `cancel_event` set) but keep what it returns:
        `on_done` gets the partial result, e.g. the files hashed before Stop was pressed.
        Errors are still dropped; a later `cancel()` drops the result too."""
        self.context.keep_result = True
        self.context.cancel_event.set()

    @property
    def running(self) -> bool:
        """True until the worker function has returned or raised (its outcome may still be on
        its way to the GUI thread: see `pending`)."""
        return not self.done.is_set()

    @property
    def pending(self) -> bool:
        """True until the outcome has been handed to a callback on the GUI thread (or dropped
        with its owner). Work that has ended may still be pending: a `cancel()` until then
        turns its result into `on_cancelled`, so this, not `running`, tells a page whether a
        result can still arrive."""
        return self._runner._is_active(self)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        handle = self._handle
        relay = handle._relay
        try:
            result = self._fn(handle.context)
        except MamoriError as error:
            signal, value = relay.failed, error.message
        except BaseException:
            log.exception("background task failed")
            signal, value = relay.failed, UNEXPECTED.with_args(path=str(log_file_path()))
        else:
            signal, value = relay.finished, result
        # Marked done before the outcome is sent: the GUI thread may deliver it before this
        # thread runs another line, and a callback must not find its own task still running.
        handle.done.set()
        relay.emit_safely(signal, value)


class TaskRunner(QObject):
    """Owns the worker pools. One per application; pages reach it through the wizard."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        self._active: set[TaskHandle] = set()
        self._lock = threading.Lock()

    def _pool(self, queue: str) -> QThreadPool:
        pool = self._pools.get(queue)
        if pool is None:
            pool = QThreadPool(self)
            # Named queues are serial; the default one may run a few checks side by side.
            pool.setMaxThreadCount(4 if queue == "default" else 1)
            self._pools[queue] = pool
        return pool

    def run(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[Msg], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        owner: QObject | None = None,
        queue: str = "default",
    ) -> TaskHandle:
        """Start `fn(context)` on a worker thread; the callbacks run on the GUI thread."""
        relay = _Relay(owner)
        context = TaskContext(relay)
        handle = TaskHandle(self, relay, context)

        # The handle (and with it the relay) stays referenced until its result has been delivered
        # on the GUI thread; dropping it earlier could let the relay be collected with the
        # queued signal still pending.
        def finished(result: object) -> None:
            self._forget(handle)
            if context.cancelled and not context.keep_result:
                if on_cancelled:
                    on_cancelled()
            else:
                on_done(result)

        def failed(message: object) -> None:
            self._forget(handle)
            if context.cancelled:
                if on_cancelled:
                    on_cancelled()
            elif on_error:
                on_error(message)  # type: ignore[arg-type]
            else:
                from app.ui.errors import show_error_message

                show_error_message(message)  # type: ignore[arg-type]

        relay.destroyed.connect(lambda *_: self._forget(handle))
        relay.finished.connect(finished)
        relay.failed.connect(failed)
        if on_progress is not None:
            relay.progressed.connect(
                lambda value: None if context.cancelled else on_progress(value)
            )
        with self._lock:
            self._active.add(handle)
        self._pool(queue).start(_Runnable(fn, handle))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        with self._lock:
            self._active.discard(handle)

    def _is_active(self, handle: TaskHandle) -> bool:
        with self._lock:
            return handle in self._active

    @Slot()
    def cancel_all(self) -> None:
        """Cancel every running task (on quit, or when a new case is opened)."""
        with self._lock:
            handles = list(self._active)
        for handle in handles:
            handle.cancel()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until no task runs (tests, shutdown); True if all finished in time."""
        ok = True
        for pool in self._pools.values():
            ok = pool.waitForDone(timeout_ms) and ok
        return ok

    def active_count(self) -> int:
        """How many tasks are still running."""
        with self._lock:
            return len(self._active)


def dialog_tasks(widget: QObject) -> TaskRunner:
    """The task runner for `widget`: the nearest parent's `tasks` (the Settings dialog's, the
    wizard's), else one of its own."""
    parent: QObject | None = widget
    while parent is not None:
        runner = getattr(parent, "tasks", None)
        if isinstance(runner, TaskRunner):
            return runner
        parent = parent.parent()
    own = widget.findChild(TaskRunner, "own_tasks")
    if own is None:
        own = TaskRunner(widget)
        own.setObjectName("own_tasks")
    return own
