"""Help per verification method, in the seed documents' words."""

from __future__ import annotations

import json

import pytest

from app.subsidy.enums import ApplicantType, VerificationMethod
from app.support.help import HELP_FILE, HelpContentError, load_help, parse_catalogue


def test_every_method_has_needs_and_problems_in_both_languages() -> None:
    catalogue = load_help()
    for method in VerificationMethod:
        help_ = catalogue.method(method)
        assert help_.needs
        assert help_.problems
        for need in help_.needs:
            assert need.text.zh_tw
            assert need.text.en


def test_seed_wording_and_remedies() -> None:
    catalogue = load_help()
    card = catalogue.method("moica_card")
    needs = [n.text.zh_tw for n in card.needs]
    assert "讀卡機" in needs
    assert any("跨平台網頁元件" in n for n in needs)
    assert "https://moica.nat.gov.tw/rac_plugin.html" in [n.link for n in card.needs]
    phone = catalogue.method(VerificationMethod.PHONE)
    assert any("月租型手機門號" in n.text.zh_tw for n in phone.needs)
    assert phone.problems[0].code == "phone_on_wifi"
    assert "4G/5G" in catalogue.problem("phone_on_wifi").fix.zh_tw
    assert "預付卡" in catalogue.problem("phone_prepaid").fix.zh_tw
    assert "戶政事務所" in catalogue.problem("pin_blocked_moica").fix.zh_tw
    assert "工商憑證管理中心" in catalogue.problem("pin_blocked_moeaca").fix.zh_tw
    assert "HiPKI 跨平台網頁元件" in catalogue.problem("hipki_not_running").fix.zh_tw
    assert catalogue.problem("hipki_not_running").link == "https://moica.nat.gov.tw/rac_plugin.html"
    assert "4G" in catalogue.problem("phone_on_wifi").fix.get("en")
    assert "無法切換驗證方式" in catalogue.notes[0].zh_tw


def test_methods_for_an_applicant_type_follow_the_rules() -> None:
    catalogue = load_help()
    assert [h.method for h in catalogue.methods_for(ApplicantType.SOCIAL_INNOVATION)] == [
        VerificationMethod.XCA_CARD
    ]
    tax = {h.method for h in catalogue.methods_for("tax_registered")}
    assert tax == {VerificationMethod.MOICA_CARD, VerificationMethod.MOICA_MOBILE}


def test_broken_help_content_is_a_clear_error() -> None:
    good = json.loads(HELP_FILE.read_text(encoding="utf-8"))
    with pytest.raises(HelpContentError, match="top level"):
        parse_catalogue([])
    broken = json.loads(json.dumps(good))
    broken["methods"]["phone"]["problems"].append("missing_code")
    with pytest.raises(HelpContentError, match="not in the catalogue"):
        parse_catalogue(broken)
    broken = json.loads(json.dumps(good))
    del broken["methods"]["xca_card"]
    with pytest.raises(HelpContentError, match="xca_card"):
        parse_catalogue(broken)
    broken = json.loads(json.dumps(good))
    broken["problems"]["pin_wrong"]["fix"]["en"] = " "
    with pytest.raises(HelpContentError, match="pin_wrong"):
        parse_catalogue(broken)
    broken = json.loads(json.dumps(good))
    broken["problems"]["pin_wrong"]["link"] = "http://insecure.example"
    with pytest.raises(HelpContentError, match="https"):
        parse_catalogue(broken)
    with pytest.raises(HelpContentError, match="unknown verification method"):
        load_help().method("carrier_pigeon")
    with pytest.raises(HelpContentError, match="no help"):
        load_help().problem("nope")
