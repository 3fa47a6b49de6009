"""Defensive reading of JSON answers: every surprise becomes a ProtocolError."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import json
import re
import types
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Self, TypeVar, Union, get_args, get_origin, get_type_hints

from .errors import AnswerTooDeep, ImplausibleValue, ProtocolError

# No answer of the contract nests deeper than a handful of levels.
MAX_JSON_DEPTH = 32
# Money and points are whole NT$: a billion is beyond any plan, balance or refund.
MAX_AMOUNT = 1_000_000_000
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
# Outside strings JSON is ASCII: deleting every other ASCII character leaves the brackets.
_KEEP_BRACKETS = {code: None for code in range(128) if chr(code) not in "[]{}"}
_EMPTY_PAIR = re.compile(r"\[\]|\{\}")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class Obj:
    """A JSON object with typed getters that name the offending field on failure."""

    def __init__(self, raw: object, where: str) -> None:
        if not isinstance(raw, dict):
            raise ProtocolError(f"{where}: expected an object, got {type(raw).__name__}")
        self.raw: dict[str, object] = raw
        self.where = where

    def _fail(self, key: str, expected: str) -> ProtocolError:
        value = self.raw.get(key)
        got = "missing" if key not in self.raw else type(value).__name__
        return ProtocolError(f"{self.where}.{key}: expected {expected}, got {got}")

    def has(self, key: str) -> bool:
        """True when ``key`` is present and not null."""
        return self.raw.get(key) is not None

    def text(self, key: str) -> str:
        """A required string."""
        value = self.raw.get(key)
        if not isinstance(value, str):
            raise self._fail(key, "text")
        return value

    def opt_text(self, key: str) -> str | None:
        """An optional string."""
        return self.text(key) if self.has(key) else None

    def ident(self, key: str) -> str:
        """An identifier that may come as text or as an integer."""
        value = self.raw.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self._fail(key, "an id")
        return str(value)

    def opt_ident(self, key: str) -> str | None:
        """An optional identifier."""
        return self.ident(key) if self.has(key) else None

    def integer(self, key: str) -> int:
        """A required integer (booleans refused)."""
        value = self.raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, "an integer")
        return value

    def opt_integer(self, key: str) -> int | None:
        """An optional integer."""
        return self.integer(key) if self.has(key) else None

    def amount(self, key: str, *, signed: bool = False) -> int:
        """Whole NT$ or points: 0 … ``MAX_AMOUNT`` (−MAX … MAX when ``signed``)."""
        value = self.integer(key)
        if value > MAX_AMOUNT or value < (-MAX_AMOUNT if signed else 0):
            raise ImplausibleValue(f"{self.where}.{key}", value)
        return value

    def opt_amount(self, key: str) -> int | None:
        """An optional amount."""
        return self.amount(key) if self.has(key) else None

    def flag(self, key: str, default: bool | None = None) -> bool:
        """A boolean; ``default`` when absent (if given)."""
        value = self.raw.get(key)
        if value is None and default is not None:
            return default
        if not isinstance(value, bool):
            raise self._fail(key, "true/false")
        return value

    def day(self, key: str) -> date:
        """A ``YYYY-MM-DD`` date."""
        text = self.text(key)
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self._fail(key, "a YYYY-MM-DD date") from None

    def opt_day(self, key: str) -> date | None:
        """An optional date."""
        return self.day(key) if self.has(key) else None

    def moment(self, key: str) -> datetime:
        """An ISO 8601 datetime with an offset."""
        text = self.text(key)
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise self._fail(key, "an ISO 8601 datetime") from None
        if value.tzinfo is None:
            raise self._fail(key, "a datetime with an offset")
        return value

    def opt_moment(self, key: str) -> datetime | None:
        """An optional datetime."""
        return self.moment(key) if self.has(key) else None

    def b64(self, key: str) -> bytes:
        """Base64 bytes."""
        text = self.text(key)
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise self._fail(key, "base64") from None

    def enum(self, key: str, kind: type[E]) -> E:
        """One of the values of ``kind``."""
        text = self.text(key)
        try:
            return kind(text)
        except ValueError:
            raise ProtocolError(f"{self.where}.{key}: unknown value {text!r}") from None

    def items(self, key: str) -> list[object]:
        """A required array."""
        value = self.raw.get(key)
        if not isinstance(value, list):
            raise self._fail(key, "an array")
        return value

    def opt_items(self, key: str) -> list[object]:
        """An optional array (absent → empty)."""
        return self.items(key) if self.has(key) else []

    def texts(self, key: str, *, optional: bool = False) -> tuple[str, ...]:
        """An array of strings (``optional``: absent → empty); any other item is refused."""
        values = self.opt_items(key) if optional else self.items(key)
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise ProtocolError(f"{self.where}.{key}[{i}]: expected text")
        return tuple(str(value) for value in values)

    def sub(self, key: str) -> Obj:
        """A nested object."""
        if key not in self.raw:
            raise self._fail(key, "an object")
        return Obj(self.raw[key], f"{self.where}.{key}")

    def opt_sub(self, key: str) -> Obj | None:
        """An optional nested object."""
        return self.sub(key) if self.has(key) else None

    def each(self, key: str, parse: Callable[[Obj], T], *, optional: bool = False) -> tuple[T, ...]:
        """Parse every object of the array ``key``."""
        values = self.opt_items(key) if optional else self.items(key)
        return tuple(parse(Obj(v, f"{self.where}.{key}[{i}]")) for i, v in enumerate(values))


Reader = Callable[[Obj, str], object]

Id = Annotated[str, Obj.ident]
"""An identifier the platform may send as text or as an integer."""
Amount = Annotated[int, Obj.amount]
"""Whole NT$ or points, 0 … ``MAX_AMOUNT``."""
SignedAmount = Annotated[int, functools.partial(Obj.amount, signed=True)]
"""A ledger movement: −``MAX_AMOUNT`` … ``MAX_AMOUNT``."""

_PLAIN_READERS: dict[object, Reader] = {
    str: Obj.text,
    int: Obj.integer,
    bool: Obj.flag,
    date: Obj.day,
    datetime: Obj.moment,
    bytes: Obj.b64,
}


class WireModel:
    """A dataclass read from the JSON object whose keys are its field names.

    Each field is read by its type: ``str`` text, ``Id``, ``int``, ``Amount``, ``bool``,
    ``date``, ``datetime``, ``bytes`` (base64), a ``StrEnum``, another ``WireModel`` or
    dataclass, a tuple of strings or of models, or ``Annotated[type, reader]`` with its own
    reader; ``X | None`` is None when the key is absent or
    null, and a field with a default takes it then. Models with rules beyond their field
    types override ``parse``.
    """

    wire_name: ClassVar[str] = "answer"
    """How error messages name the answer (``quote.price: expected …``)."""

    def __init_subclass__(cls, *, wire_name: str | None = None, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.wire_name = wire_name or re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()

    @classmethod
    def parse(cls, obj: Obj) -> Self:
        """From a parsed object."""
        return read_fields(cls, obj)

    @classmethod
    def from_json(cls, raw: object) -> Self:
        """From the JSON answer."""
        return cls.parse(Obj(raw, cls.wire_name))


def read_fields(model: type[T], obj: Obj) -> T:
    """The dataclass ``model`` read from ``obj`` by its field types (see :class:`WireModel`)."""
    values: dict[str, object] = {}
    # mypy does not see a class object as Hashable; every class is
    for name, (read, default) in _field_readers(model).items():  # type: ignore[arg-type]
        if default is not dataclasses.MISSING and not obj.has(name):
            values[name] = default
        else:
            values[name] = read(obj, name)
    return model(**values)


@functools.cache
def _field_readers(model: type) -> dict[str, tuple[Reader, object]]:
    """Each field's reader and default (``dataclasses.MISSING`` when required)."""
    hints = get_type_hints(model, include_extras=True)
    readers: dict[str, tuple[Reader, object]] = {}
    for spec in dataclasses.fields(model):
        default: object = spec.default
        if spec.default_factory is not dataclasses.MISSING:
            default = spec.default_factory()
        readers[spec.name] = (_reader(hints[spec.name]), default)
    return readers


def _reader(hint: object) -> Reader:
    """How to read a field of type ``hint``."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        read: Reader = args[1]
        return read
    if origin in (Union, types.UnionType):
        (present,) = (arg for arg in args if arg is not type(None))
        read_present = _reader(present)
        return lambda obj, key: read_present(obj, key) if obj.has(key) else None
    if origin is tuple:
        if args[0] is str:
            return lambda obj, key: obj.texts(key)
        return lambda obj, key: obj.each(key, args[0].parse)
    if hint in _PLAIN_READERS:
        return _PLAIN_READERS[hint]
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return lambda obj, key: obj.enum(key, hint)
    if isinstance(hint, type) and issubclass(hint, WireModel):
        return lambda obj, key: hint.parse(obj.sub(key))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        # A value type of app.subsidy (OrderDeadlines) that the platform sends as it is.
        return lambda obj, key: read_fields(hint, obj.sub(key))
    raise TypeError(f"no wire reader for {hint!r}")


def b64encode(data: bytes) -> str:
    """Standard base64 text of ``data``."""
    return base64.b64encode(data).decode("ascii")


def json_depth_exceeds(text: str, limit: int) -> bool:
    """True when the JSON ``text`` nests arrays/objects deeper than ``limit``.

    Counted on the text, before parsing, so a hostile answer never reaches the recursive
    parser: strings are removed first (brackets inside them do not count).
    """
    brackets = _JSON_STRING.sub("", text).translate(_KEEP_BRACKETS)
    too_deep_run = re.compile(r"[\[{]{" + str(limit + 1) + "}")
    # Each pass removes the innermost pairs (one scan: pairs it creates wait for the next
    # pass), so a balanced text loses exactly one level per pass.
    for _ in range(limit):
        if not brackets:
            return False
        if too_deep_run.search(brackets):
            return True
        reduced = _EMPTY_PAIR.sub("", brackets)
        if reduced == brackets:
            return False  # unbalanced: not JSON, which the parser reports
        brackets = reduced
    return bool(brackets)


def decode_json(content: bytes, where: str, *, max_depth: int = MAX_JSON_DEPTH) -> object:
    """Parse a JSON answer; ProtocolError (AnswerTooDeep) for anything unusable."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(f"{where}: the answer is not UTF-8 text") from None
    if json_depth_exceeds(text, max_depth):
        raise AnswerTooDeep(max_depth)
    try:
        return json.loads(text)
    except RecursionError:
        raise AnswerTooDeep(max_depth) from None
    except ValueError:
        raise ProtocolError(f"{where}: the answer is not JSON") from None
