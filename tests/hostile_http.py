"""Hostile HTTP servers on loopback: they trickle, never end, or answer too much.

Each server runs one *behaviour* per connection on a raw socket, after reading the
request head (and a small body), so it can break HTTP in ways a well-behaved server
framework never would.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Behaviour = Callable[[socket.socket, threading.Event], None]
TRICKLE_INTERVAL = 0.05


@dataclass
class HostileServer:
    """A loopback server; ``url`` is its platform base URL, ``connections`` counts visits."""

    url: str
    port: int
    connections: int = 0
    stop: threading.Event = field(default_factory=threading.Event)


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        part = conn.recv(4096)
        if not part:
            return data
        data += part
    head, _, rest = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            missing = int(value.strip()) - len(rest)
            while missing > 0:
                part = conn.recv(missing)
                if not part:
                    break
                missing -= len(part)
    return head


@contextlib.contextmanager
def hostile_server(behaviour: Behaviour) -> Iterator[HostileServer]:
    """Serve ``behaviour`` on 127.0.0.1 until the block ends."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.05)
    port = listener.getsockname()[1]
    server = HostileServer(f"http://127.0.0.1:{port}/api/v1", port)

    def handle(conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            if behaviour is not trickling_tls_handshake:
                _read_request(conn)
            behaviour(conn, server.stop)

    def accept() -> None:
        while not server.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server.connections += 1
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        thread.join(2)
        listener.close()


def trickle(conn: socket.socket, stop: threading.Event, data: bytes) -> None:
    """Send ``data`` one byte at a time, one byte every TRICKLE_INTERVAL."""
    for byte in data:
        if stop.wait(TRICKLE_INTERVAL):
            return
        conn.sendall(bytes([byte]))


def trickling_headers(conn: socket.socket, stop: threading.Event) -> None:
    """A status line, then header lines one byte at a time, for ever."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    trickle(conn, stop, b"X-Slow: a\r\n" * 10_000)


def trickling_tls_handshake(conn: socket.socket, stop: threading.Event) -> None:
    """Answers a TLS ClientHello with a handshake record that arrives a byte at a time."""
    trickle(conn, stop, b"\x16\x03\x03\x40\x00" + b"\x02" * 16_384)


def trickling_body(conn: socket.socket, stop: threading.Event) -> None:
    """Complete headers, then a JSON body one byte at a time."""
    body = b'{"ubn": "' + b"1" * 100_000 + b'"}'
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
    )
    trickle(conn, stop, body)


def endless_chunked(conn: socket.socket, stop: threading.Event) -> None:
    """A chunked body that never ends, as fast as the client takes it."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
    while not stop.is_set():
        conn.sendall(chunk)


def oversize_declared(conn: socket.socket, stop: threading.Event) -> None:
    """Announces 300 MB and starts sending them."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 314572800\r\n\r\n"
    )
    block = b" " * 65536
    for _ in range(4800):
        if stop.is_set():
            return
        conn.sendall(block)


def oversize_until_close(conn: socket.socket, stop: threading.Event) -> None:
    """No length at all: 300 MB until the connection closes."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
    block = b" " * 65536
    for _ in range(4800):
        if stop.is_set():
            return
        conn.sendall(block)


def silent(_conn: socket.socket, stop: threading.Event) -> None:
    """Reads the request and never answers."""
    stop.wait()


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    """A complete answer (any bytes as body)."""

    def send(conn: socket.socket, _stop: threading.Event) -> None:
        head = f"HTTP/1.1 {status} X\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
        for name, value in (headers or {}).items():
            head += f"{name}: {value}\r\n"
        conn.sendall(head.encode() + b"\r\n" + body)
        time.sleep(0.05)

    return send
