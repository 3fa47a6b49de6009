"""A small, defensive DER reader and writer for the few structures cryptography leaves opaque.

cryptography exposes Subject Directory Attributes (2.5.29.9) as an
``UnrecognizedExtension`` with raw bytes, so we decode that one structure ourselves:

    SubjectDirectoryAttributes ::= SEQUENCE SIZE (1..MAX) OF Attribute
    Attribute ::= SEQUENCE { type OBJECT IDENTIFIER, values SET OF AttributeValue }

The reader never recurses on input, checks every length against the bytes left, accepts
definite lengths only and raises :class:`DerDecodeError` for anything else, so hostile
input cannot crash it or make it loop. The writer exists for the test hierarchy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from certs.errors import DerDecodeError

TAG_INTEGER = 0x02
TAG_OID = 0x06
TAG_UTF8_STRING = 0x0C
TAG_NUMERIC_STRING = 0x12
TAG_PRINTABLE_STRING = 0x13
TAG_TELETEX_STRING = 0x14
TAG_IA5_STRING = 0x16
TAG_VISIBLE_STRING = 0x1A
TAG_BMP_STRING = 0x1E
TAG_SEQUENCE = 0x30
TAG_SET = 0x31

_MAX_LENGTH_OCTETS = 4
_MAX_OID_ARC_OCTETS = 16
_MAX_INTEGER_OCTETS = 16

_STRING_CODECS: Mapping[int, str] = {
    TAG_UTF8_STRING: "utf-8",
    TAG_NUMERIC_STRING: "ascii",
    TAG_PRINTABLE_STRING: "ascii",
    TAG_TELETEX_STRING: "latin-1",
    TAG_IA5_STRING: "ascii",
    TAG_VISIBLE_STRING: "ascii",
    TAG_BMP_STRING: "utf-16-be",
}


@dataclass(frozen=True)
class Tlv:
    """One decoded tag-length-value element."""

    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        """True when the element contains further elements."""
        return bool(self.tag & 0x20)


def read_tlv(data: bytes, offset: int = 0) -> tuple[Tlv, int]:
    """Read one element at ``offset``; return it and the offset just after it."""
    end = len(data)
    if offset >= end:
        raise DerDecodeError("DER: unexpected end of data")
    tag = data[offset]
    if tag & 0x1F == 0x1F:
        raise DerDecodeError("DER: multi-byte tags are not supported")
    pos = offset + 1
    if pos >= end:
        raise DerDecodeError("DER: missing length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        length = first
    elif first == 0x80:
        raise DerDecodeError("DER: indefinite length is not allowed")
    else:
        count = first & 0x7F
        if count > _MAX_LENGTH_OCTETS:
            raise DerDecodeError("DER: length field too long")
        if pos + count > end:
            raise DerDecodeError("DER: truncated length")
        length_bytes = data[pos : pos + count]
        pos += count
        if length_bytes[0] == 0:
            raise DerDecodeError("DER: length not minimally encoded")
        length = int.from_bytes(length_bytes, "big")
        if length < 0x80:
            raise DerDecodeError("DER: length not minimally encoded")
    if length > end - pos:
        raise DerDecodeError("DER: element longer than the data")
    return Tlv(tag, bytes(data[pos : pos + length])), pos + length


def read_single(data: bytes) -> Tlv:
    """Read exactly one element that spans all of ``data``."""
    tlv, pos = read_tlv(data)
    if pos != len(data):
        raise DerDecodeError("DER: trailing bytes after the element")
    return tlv


def children(tlv: Tlv) -> list[Tlv]:
    """The elements inside a constructed element, in order."""
    if not tlv.constructed:
        raise DerDecodeError(f"DER: tag 0x{tlv.tag:02x} is not constructed")
    items: list[Tlv] = []
    pos = 0
    # Each element takes at least two bytes, so this loop ends within len/2 steps.
    while pos < len(tlv.value):
        item, pos = read_tlv(tlv.value, pos)
        items.append(item)
    return items


def expect(tlv: Tlv, tag: int) -> Tlv:
    """Return ``tlv`` if it carries ``tag``, else raise."""
    if tlv.tag != tag:
        raise DerDecodeError(f"DER: expected tag 0x{tag:02x}, found 0x{tlv.tag:02x}")
    return tlv


def decode_oid(tlv: Tlv) -> str:
    """Decode an OBJECT IDENTIFIER into dotted form."""
    body = expect(tlv, TAG_OID).value
    if not body:
        raise DerDecodeError("DER: empty object identifier")
    if body[-1] & 0x80:
        raise DerDecodeError("DER: truncated object identifier")
    arcs: list[int] = []
    value = 0
    octets = 0
    for byte in body:
        if octets == 0 and byte == 0x80:
            raise DerDecodeError("DER: object identifier arc not minimally encoded")
        octets += 1
        if octets > _MAX_OID_ARC_OCTETS:
            raise DerDecodeError("DER: object identifier arc too long")
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
            octets = 0
    first = arcs[0]
    head = [first // 40, first % 40] if first < 80 else [2, first - 80]
    return ".".join(str(arc) for arc in head + arcs[1:])


def decode_text(tlv: Tlv) -> str:
    """Decode a string-like attribute value (any common string type, or an INTEGER)."""
    if tlv.tag == TAG_INTEGER:
        if not tlv.value or len(tlv.value) > _MAX_INTEGER_OCTETS:
            raise DerDecodeError("DER: bad integer length")
        return str(int.from_bytes(tlv.value, "big", signed=True))
    codec = _STRING_CODECS.get(tlv.tag)
    if codec is None:
        raise DerDecodeError(f"DER: tag 0x{tlv.tag:02x} is not a string type")
    try:
        return tlv.value.decode(codec)
    except UnicodeDecodeError as exc:
        raise DerDecodeError(f"DER: string is not valid {codec}") from exc


def parse_subject_directory_attributes(data: bytes) -> dict[str, tuple[str, ...]]:
    """Decode Subject Directory Attributes into {attribute OID: values as text}.

    Values of a type we cannot read as text are kept out rather than failing, because a
    card may carry attributes we do not use; structural errors always raise.
    """
    outer = expect(read_single(data), TAG_SEQUENCE)
    result: dict[str, list[str]] = {}
    attributes = children(outer)
    if not attributes:
        raise DerDecodeError("DER: Subject Directory Attributes is empty")
    for attribute in attributes:
        parts = children(expect(attribute, TAG_SEQUENCE))
        if len(parts) != 2:
            raise DerDecodeError("DER: an attribute must hold a type and a set of values")
        oid = decode_oid(parts[0])
        values = children(expect(parts[1], TAG_SET))
        texts = result.setdefault(oid, [])
        for value in values:
            if value.tag == TAG_INTEGER or value.tag in _STRING_CODECS:
                texts.append(decode_text(value))
    return {oid: tuple(values) for oid, values in result.items()}


# --- writer (used to build the test hierarchy) ---------------------------------------


def encode_length(length: int) -> bytes:
    """DER length octets."""
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def encode_tlv(tag: int, value: bytes) -> bytes:
    """One DER element."""
    return bytes([tag]) + encode_length(len(value)) + value


def encode_oid(dotted: str) -> bytes:
    """A DER OBJECT IDENTIFIER from dotted form."""
    arcs = [int(part) for part in dotted.split(".")]
    if len(arcs) < 2 or arcs[0] > 2 or (arcs[0] < 2 and arcs[1] >= 40):
        raise ValueError(f"not an object identifier: {dotted!r}")
    body = bytearray()
    for arc in [arcs[0] * 40 + arcs[1], *arcs[2:]]:
        rest = arc >> 7
        chunk = [arc & 0x7F]
        while rest:
            chunk.append(0x80 | (rest & 0x7F))
            rest >>= 7
        body.extend(reversed(chunk))
    return encode_tlv(TAG_OID, bytes(body))


def encode_text(text: str) -> bytes:
    """PrintableString when the text allows it, UTF8String otherwise."""
    printable = all(ch.isascii() and (ch.isalnum() or ch in " '()+,-./:=?") for ch in text)
    if printable:
        return encode_tlv(TAG_PRINTABLE_STRING, text.encode("ascii"))
    return encode_tlv(TAG_UTF8_STRING, text.encode("utf-8"))


def encode_subject_directory_attributes(attributes: Iterable[tuple[str, Sequence[str]]]) -> bytes:
    """Encode (OID, values) pairs as a Subject Directory Attributes extension value."""
    encoded = []
    for oid, values in attributes:
        # DER orders the members of a SET OF by their encodings.
        members = sorted(encode_text(value) for value in values)
        encoded.append(
            encode_tlv(TAG_SEQUENCE, encode_oid(oid) + encode_tlv(TAG_SET, b"".join(members)))
        )
    return encode_tlv(TAG_SEQUENCE, b"".join(encoded))
