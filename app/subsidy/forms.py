"""附表1 (點數申請表): industry list and field validation."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from app.errors import FieldCode, FieldProblem, FieldProblems

from ._data import read_resource
from .eligibility import (
    IndustryApplication,
    RevenueBasis,
    is_sme_size,
    is_valid_factory_registration_number,
)
from .enums import ApplicantType, Pavilion
from .identifiers import (
    is_valid_email,
    is_valid_extension,
    is_valid_mobile,
    is_valid_phone,
    is_valid_ubn,
)

MAX_TEXT_LENGTH = 200
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Industry:
    """中類: a division such as ``56`` 餐飲業 (``45|46`` for the seed's combined rows)."""

    code: str
    name: str


@dataclass(frozen=True)
class IndustrySection:
    """大類: a section such as ``I`` 住宿及餐飲業 with its divisions."""

    code: str
    name: str
    divisions: tuple[Industry, ...]


def _parse_industries(text: str) -> tuple[IndustrySection, ...]:
    raw = json.loads(text)
    return tuple(
        IndustrySection(
            code=str(section["code"]),
            name=str(section["name"]),
            divisions=tuple(
                Industry(code=str(d["code"]), name=str(d["name"])) for d in section["divisions"]
            ),
        )
        for section in raw["sections"]
    )


@cache
def _industry_data() -> tuple[tuple[IndustrySection, ...], dict[str, Industry]]:
    sections = _parse_industries(read_resource("industries.json"))
    by_code: dict[str, Industry] = {}
    for section in sections:
        for division in section.divisions:
            # "45|46" is one row of the seed; either number alone finds it too.
            for code in (division.code, *division.code.split("|")):
                by_code[code] = division
    return sections, by_code


def industries() -> list[IndustrySection]:
    """The seed's 產業類別 list: every 大類 with its 中類, in the form's order."""
    return list(_industry_data()[0])


OTHER_INDUSTRY = "other"
"""``industry_code`` of 附表1's 「其他：____」 line; the text goes in ``industry_other``."""


def industry_name(code: str) -> str:
    """Name of the 中類 ``code`` (``"56"`` → ``"餐飲業"``, ``"other"`` → ``"其他"``);
    ValueError if unknown."""
    if code == OTHER_INDUSTRY:
        return "其他"
    division = _industry_data()[1].get(code) if isinstance(code, str) else None
    if division is None:
        raise ValueError(f"未知的產業類別代碼：{code!r}")
    return division.name


# --- 附表1 fields -------------------------------------------------------------------------

_REQUIRED = FieldProblem(FieldCode.REQUIRED)
_Check = Callable[[object], FieldProblem | None]


def _text(value: object) -> FieldProblem | None:
    if not isinstance(value, str) or not value.strip():
        return _REQUIRED
    if len(value) > MAX_TEXT_LENGTH:
        return FieldProblem(FieldCode.TEXT_TOO_LONG, {"limit": MAX_TEXT_LENGTH})
    return None


def _optional_text(value: object) -> FieldProblem | None:
    if isinstance(value, str) and not value.strip():
        return None  # blank: whether it is needed is a cross-field rule
    return _text(value)


def _registered_on(value: object) -> FieldProblem | None:
    if isinstance(value, date):
        return None
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return FieldProblem(FieldCode.DATE_FORMAT)
    try:
        date.fromisoformat(value)
    except ValueError:
        return FieldProblem(FieldCode.DATE_NOT_EXIST)
    return None


def _count(value: object) -> FieldProblem | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return FieldProblem(FieldCode.INTEGER_REQUIRED)
    return None if value >= 0 else FieldProblem(FieldCode.NEGATIVE_NUMBER)


def _is_known_industry(value: object) -> bool:
    return isinstance(value, str) and (value == OTHER_INDUSTRY or value in _industry_data()[1])


def _field(check: _Check, *, required: bool) -> _Check:
    """``check`` for a filled-in value; an empty one is ``REQUIRED`` or fine."""

    def checked(value: object) -> FieldProblem | None:
        if value is None or value == "":
            return _REQUIRED if required else None
        return check(value)

    return checked


def _format(valid: Callable[[object], bool], code: FieldCode) -> _Check:
    problem = FieldProblem(code)
    return lambda value: None if valid(value) else problem


APPLICATION_FORM_FIELDS: dict[str, _Check] = {
    "name": _text,
    "ubn": _field(_format(is_valid_ubn, FieldCode.UBN_FORMAT), required=True),
    "industry_code": _field(_format(_is_known_industry, FieldCode.INDUSTRY_UNKNOWN), required=True),
    "registered_on": _field(_registered_on, required=True),
    "paid_in_capital": _field(_count, required=True),
    "employees": _field(_count, required=True),
    "address": _text,
    "representative_name": _text,
    "representative_title": _text,
    "contact_name": _text,
    "contact_title": _text,
    "contact_phone": _field(_format(is_valid_phone, FieldCode.PHONE_FORMAT), required=False),
    "contact_phone_ext": _field(
        _format(is_valid_extension, FieldCode.EXTENSION_FORMAT), required=False
    ),
    "contact_mobile": _field(_format(is_valid_mobile, FieldCode.MOBILE_FORMAT), required=False),
    "contact_email": _field(_format(is_valid_email, FieldCode.EMAIL_FORMAT), required=True),
    "industry_other": _field(_optional_text, required=False),
}
"""附表1 field names of the platform API and the check each value must pass."""


def _is_revenue_basis(value: object) -> bool:
    return isinstance(value, str) and value in {b.value for b in RevenueBasis}


def _is_factory_number(value: object) -> bool:
    return isinstance(value, str) and is_valid_factory_registration_number(value.strip())


INDUSTRY_FORM_FIELDS: dict[str, _Check] = {
    "factory_registration_number": _field(
        _format(_is_factory_number, FieldCode.FACTORY_NUMBER_FORMAT), required=False
    ),
    "factory_exemption_document": _field(_optional_text, required=False),
    "annual_revenue": _field(_count, required=True),
    "revenue_basis": _field(
        _format(_is_revenue_basis, FieldCode.REVENUE_BASIS_REQUIRED), required=True
    ),
}
"""附表1 fields a 工業館 applicant adds (seed 004 貳(1/2) 二, 註1–註2): the factory
registration (or the certificate of exemption), the annual revenue and its 401 basis."""


def industry_application(
    fields: Mapping[str, object], *, cloud_era_subsidy: bool = False
) -> IndustryApplication:
    """The 工業館 facts of a checked 附表1 (seed 004 註1–註3); ``cloud_era_subsidy`` comes
    from the signed 工業館 declaration (False: declared none)."""
    number = fields.get("factory_registration_number")
    exemption = fields.get("factory_exemption_document")
    revenue = fields.get("annual_revenue")
    basis = fields.get("revenue_basis")
    return IndustryApplication(
        factory_registration_number=number.strip() if isinstance(number, str) else None,
        factory_exemption_document=exemption.strip() if isinstance(exemption, str) else None,
        annual_revenue=revenue
        if isinstance(revenue, int) and not isinstance(revenue, bool)
        else None,
        revenue_basis=RevenueBasis(basis)
        if isinstance(basis, str) and _is_revenue_basis(basis)
        else None,
        cloud_era_subsidy=cloud_era_subsidy,
    )


def _sme_size_problems(fields: Mapping[str, object], errors: FieldProblems) -> None:
    """An SME's 附表1 figures must make it one (002 四、用詞定義(一)): both fields are marked,
    since either may be the one mistyped."""
    if "paid_in_capital" in errors or "employees" in errors:
        return  # not both numbers yet: their own problems say what to type
    capital, employees = fields.get("paid_in_capital"), fields.get("employees")
    if (
        isinstance(capital, int)
        and isinstance(employees, int)
        and not is_sme_size(capital, employees)
    ):
        errors["paid_in_capital"] = errors["employees"] = FieldProblem(FieldCode.NOT_SME_SIZE)


def validate_application_form(
    fields: Mapping[str, object],
    *,
    pavilion: Pavilion | str = Pavilion.GENERAL,
    applicant_type: ApplicantType | str | None = None,
) -> FieldProblems:
    """Check 附表1 fields; returns field name → problem, empty when all are valid.

    A phone or a mobile number is needed (either may be left empty, not both); an
    extension needs a phone; 「其他」 as the industry (seed 002 附表1 「其他：____」) needs
    its text in ``industry_other``, which is left empty for a listed 中類. A 工業館
    application (``pavilion`` ``industry``, seed 004 註1–註2) also needs a 工廠登記證號 or,
    for a manufacturer exempt by law, the number of the authority's certificate, and the
    annual revenue with its 401 basis. For an ``sme`` ``applicant_type`` the paid-in
    capital and the employees must fit an SME. Unknown field names are reported.
    """
    industry = Pavilion(pavilion) is Pavilion.INDUSTRY
    checks = {**APPLICATION_FORM_FIELDS, **(INDUSTRY_FORM_FIELDS if industry else {})}
    errors: FieldProblems = {}
    for name, check in checks.items():
        problem = check(fields.get(name))
        if problem:
            errors[name] = problem
    if industry and not any(
        isinstance(fields.get(name), str) and str(fields.get(name)).strip()
        for name in ("factory_registration_number", "factory_exemption_document")
    ):
        errors.setdefault(
            "factory_registration_number", FieldProblem(FieldCode.FACTORY_REGISTRATION_REQUIRED)
        )
    if applicant_type is not None and ApplicantType(applicant_type) is ApplicantType.SME:
        _sme_size_problems(fields, errors)
    if not fields.get("contact_phone") and not fields.get("contact_mobile"):
        errors.setdefault("contact_phone", FieldProblem(FieldCode.PHONE_OR_MOBILE_REQUIRED))
    if fields.get("contact_phone_ext") and not fields.get("contact_phone"):
        errors.setdefault("contact_phone_ext", FieldProblem(FieldCode.EXTENSION_WITHOUT_PHONE))
    other = fields.get("industry_other")
    if fields.get("industry_code") == OTHER_INDUSTRY and not (
        isinstance(other, str) and other.strip()
    ):
        errors.setdefault("industry_other", FieldProblem(FieldCode.INDUSTRY_OTHER_REQUIRED))
    elif other and fields.get("industry_code") != OTHER_INDUSTRY:
        errors.setdefault("industry_other", FieldProblem(FieldCode.INDUSTRY_OTHER_UNEXPECTED))
    for name in fields:
        if name not in checks:
            errors[str(name)] = FieldProblem(FieldCode.UNKNOWN_FIELD)
    return errors
