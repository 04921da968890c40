"""HTTP requests that end by their deadline however the server behaves.

httpx's timeouts bound each socket operation (connect, one read, one write), not a request:
a server sending one byte every 10 s never trips a 30 s read timeout, in the headers or the
body, and holds the request as long as it likes. :class:`BoundedHttp` gives each request a
total deadline as well: a timer shuts the client's sockets down when it passes, which ends a
blocked read or write at once, wherever the reply stands. The sockets are learnt through
httpcore's ``trace`` extension as connections open. Only one request is under way at a time
per client in the sync (the pull's read-ahead thread takes turns with the run's), so cutting
every socket of the client cuts the late one; an idle keep-alive one is merely reopened.

A DNS lookup happens before any socket exists and cannot be cut: the reachability probe
(:mod:`cs_desktop.sync.online`) bounds it with a thread instead.

Thread contract: ``send`` may be called from any thread; the timer runs on its own.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from cs_desktop.i18n import _
from cs_desktop.sync import messages
from cs_desktop.sync.adapter import BadReply, TimedOut, Transient
from cs_desktop.sync.deadlines import Deadlines


class BoundedHttp:
    """An ``httpx.Client`` on ``base_url`` whose requests end within a given time."""

    def __init__(self, base_url: str, deadlines: Deadlines) -> None:
        self.base_url = base_url.rstrip("/")
        self.deadlines = deadlines
        timeout = httpx.Timeout(
            deadlines.read_s, connect=deadlines.connect_s, pool=deadlines.connect_s
        )
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout)
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._watch = _Watch(self._cut)

    def close(self) -> None:
        self._watch.close()
        self._http.close()

    def send(
        self,
        method: str,
        path: str,
        *,
        within: float,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The whole response (body read), or an error once ``within`` seconds have passed.

        Raises:
            TimedOut: no complete answer in time.
            Transient: the connection failed or broke off.
            BadReply: the body could not be decoded (e.g. a cut compressed stream).
        """
        url = self.base_url
        cut = threading.Event()
        self._watch.arm(cut, within)
        try:
            return self._http.request(
                method,
                path,
                json=json,
                params=params,
                data=data,
                headers=headers,
                extensions={"trace": self._trace},
            )
        except httpx.ConnectTimeout:
            raise Transient(_(messages.OFFLINE).format(url=url)) from None
        except httpx.DecodingError:
            raise BadReply(_(messages.DAMAGED_REPLY).format(url=url)) from None
        except httpx.RequestError as error:
            if cut.is_set() or isinstance(error, httpx.TimeoutException):
                seconds = min(within, self.deadlines.read_s) if not cut.is_set() else within
                too_slow = _(messages.REQUEST_TOO_SLOW).format(url=url, seconds=_s(seconds))
                raise TimedOut(too_slow) from None
            if isinstance(error, httpx.ConnectError):
                raise Transient(_(messages.OFFLINE).format(url=url)) from None
            raise Transient(_(messages.CONNECTION_LOST).format(url=url)) from None
        finally:
            self._watch.disarm(cut)

    def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        # A new connection (and its TLS layer, which takes the socket over) is one to cut.
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = None if stream is None else stream.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets = [s for s in self._sockets if s.fileno() != -1]
                self._sockets.append(sock)

    def _cut(self, cut: threading.Event) -> None:
        cut.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            # The plain socket's shutdown, also under TLS: it wakes the blocked reader (which
            # then sees the connection end) without touching the TLS object it is using.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watch:
    """One thread that calls ``expire(event)`` for each armed request whose time is up: a
    thread per client, not a timer thread per request (a first push makes over a thousand
    requests; starting a thread for each cost more than some of them)."""

    def __init__(self, expire: Callable[[threading.Event], None]) -> None:
        self._expire = expire
        self._due: dict[threading.Event, float] = {}
        self._changed = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None

    def arm(self, cut: threading.Event, within: float) -> None:
        with self._changed:
            self._due[cut] = time.monotonic() + max(0.0, within)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="crm-request-deadlines", daemon=True
                )
                self._thread.start()
            self._changed.notify()

    def disarm(self, cut: threading.Event) -> None:
        with self._changed:
            self._due.pop(cut, None)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify()

    def _run(self) -> None:
        while True:
            with self._changed:
                if self._closed:
                    return
                now = time.monotonic()
                expired = [cut for cut, due in self._due.items() if due <= now]
                for cut in expired:
                    del self._due[cut]
                if not expired:
                    soonest = min(self._due.values(), default=None)
                    self._changed.wait(None if soonest is None else soonest - now)
                    continue
            for cut in expired:  # outside the lock: cutting may take a moment
                self._expire(cut)


def _s(seconds: float) -> str:
    """Seconds for a message: whole ones, or one decimal below ten (short test limits)."""
    return f"{seconds:.0f}" if seconds >= 10 or seconds == int(seconds) else f"{seconds:.1f}"
