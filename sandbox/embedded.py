"""Run the platform inside another program (the desktop client) on a loopback port.

Importing this module is cheap: FastAPI, SQLAlchemy and uvicorn are imported on the
background thread that starts the server, so the caller's GUI never waits for them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any

STARTUP_TIMEOUT_SECONDS = 60.0


class EmbeddedPlatform:
    """A running in-process platform; ``base_url`` ends in ``/api/v1``."""

    def __init__(
        self, server: Any, thread: threading.Thread, host: str, port: int, *, tls: bool = False
    ) -> None:
        self._server = server
        self._thread = thread
        self.host = host
        self.port = port
        self.base_url = f"{'https' if tls else 'http'}://{host}:{port}/api/v1"

    @property
    def running(self) -> bool:
        """True until :meth:`stop` has finished."""
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Shut the server down and wait for its thread to end."""
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)

    def __enter__(self) -> EmbeddedPlatform:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


@contextmanager
def _keeping_level_names() -> Iterator[None]:
    """Let uvicorn configure itself without renaming the host program's log levels.

    ``uvicorn.Config`` registers level 5 as "TRACE"; the desktop client already uses
    level 5 under its own name, which must stay in its log files and menus.
    """
    numbers = set(logging.getLevelNamesMapping().values()) - _STANDARD_LEVELS
    names_before = {number: logging.getLevelName(number) for number in numbers}
    try:
        yield
    finally:
        for number, name in names_before.items():
            if logging.getLevelName(number) != name:
                logging.addLevelName(number, name)


_STANDARD_LEVELS = frozenset(
    {logging.NOTSET, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL}
)


def serve_in_thread(
    app: Any,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    name: str = "sandbox-platform",
    tls_cert: str | None = None,
    tls_key: str | None = None,
) -> EmbeddedPlatform:
    """Start uvicorn for ``app`` on a daemon thread; return once it accepts connections.

    With ``tls_cert`` (PEM, the chain after the server certificate) and ``tls_key`` it
    serves HTTPS, as a platform that other PCs reach must (the client accepts plain HTTP
    on loopback only).
    """
    import uvicorn

    # log_config=None: leave the host program's logging set-up alone.
    with _keeping_level_names():
        # date_header=False: the platform stamps Date itself, on its (movable) clock.
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            log_config=None,
            date_header=False,
            ssl_certfile=tls_cert,
            ssl_keyfile=tls_key,
        )
    server = uvicorn.Server(config)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            server.run()
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(
                f"the platform server did not start: {failure[0] if failure else 'exited'}"
            )
        thread.join(0.01)
    bound = server.servers[0].sockets[0].getsockname()
    return EmbeddedPlatform(server, thread, host, int(bound[1]), tls=tls_cert is not None)


def start_embedded_async(database: str = "sqlite://") -> Future[EmbeddedPlatform]:
    """Start the platform without blocking: the future resolves once it is listening."""
    future: Future[EmbeddedPlatform] = Future()

    def boot() -> None:
        try:
            from .server import create_app

            future.set_result(serve_in_thread(create_app(database)))
        except BaseException as exc:  # handed to whoever waits on the future
            future.set_exception(exc)

    threading.Thread(target=boot, name="sandbox-boot", daemon=True).start()
    return future


def start_embedded(database: str = "sqlite://") -> EmbeddedPlatform:
    """Start the platform on a free loopback port and return once it is listening."""
    return start_embedded_async(database).result(timeout=STARTUP_TIMEOUT_SECONDS)
