"""Platform client tests: no proxy settings, a real local HTTP server.

The root conftest gives every test its own TCLOUD_HOME and an empty in-memory keyring.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from local_http import LocalServer, Seen


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests go straight to the local server, whatever proxy the environment names."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A threaded HTTP server on 127.0.0.1 with a free port."""
    server_box: list[LocalServer] = []

    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def _handle(self) -> None:
            local = server_box[0]
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            path = self.path.split("?", 1)[0]
            seen = Seen(self.command, self.path, dict(self.headers.items()), body)
            local.seen.append(seen)
            route = local.routes.get((self.command, path))
            if route is None:
                self._send(404, {}, b'{"error": {"code": "NOT_FOUND", "message": "no"}}')
                return
            result = route(seen)
            if result is None:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self._send(*result)

        def _send(self, status: int, headers: dict[str, str], data: bytes | None) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if data is not None:
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
            else:
                self.send_header("Content-Length", "0")
            self.end_headers()
            if data:
                self.wfile.write(data)

        do_GET = do_POST = do_PUT = _handle  # noqa: N815

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    port = httpd.server_address[1]
    server_box.append(LocalServer(url=f"http://127.0.0.1:{port}/api/v1"))
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server_box[0]
    httpd.shutdown()
    httpd.server_close()
