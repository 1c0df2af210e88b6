"""Runs sync tool functions off the event loop."""

import concurrent.futures
import itertools
import queue
import threading
from typing import Any, Callable


class DaemonThreadPool:
    """A pool of daemon threads that grows to the number of calls running at once.

    Not `ThreadPoolExecutor`: its threads are joined at interpreter exit, so one stuck sync
    tool would keep the process alive after a drain's grace period. The pool is unbounded
    because the router already bounds the calls sent to this worker (`max_concurrency`), and
    a bound here would queue new calls behind abandoned ones still running.
    """

    def __init__(self, name: str = "toolmesh-sync") -> None:
        self._name = name
        self._jobs: "queue.SimpleQueue" = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0
        self._numbers = itertools.count(1)

    def submit(self, function: Callable[[], Any]) -> "concurrent.futures.Future":
        """Runs `function()` on an idle thread or a new one; its outcome completes the future."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        with self._lock:
            if self._idle > 0:
                self._idle -= 1
            else:
                threading.Thread(target=self._work, name=f"{self._name}-{next(self._numbers)}",
                                 daemon=True).start()
        self._jobs.put((function, future))
        return future

    def _work(self) -> None:
        while True:
            function, future = self._jobs.get()
            if future.set_running_or_notify_cancel():
                try:
                    result = function()
                except BaseException as error:  # delivered to the awaiting call, never lost
                    future.set_exception(error)
                else:
                    future.set_result(result)
            del function, future
            with self._lock:
                self._idle += 1
