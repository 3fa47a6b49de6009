"""A small real HTTP server for the platform client's tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Seen:
    """A request the local server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: object


Handler = Callable[["Seen"], "tuple[int, dict[str, str], bytes | None] | None"]


@dataclass
class LocalServer:
    """A small real HTTP server; ``routes[(method, path)]`` answer requests.

    A route returning None drops the connection without answering.
    """

    url: str
    routes: dict[tuple[str, str], Handler] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def json_route(
        self,
        method: str,
        path: str,
        status: int,
        body: object,
        headers: dict[str, str] | None = None,
    ) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.routes[(method, path)] = lambda _seen: (status, headers or {}, data)
