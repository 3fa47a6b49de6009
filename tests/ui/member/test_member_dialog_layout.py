"""Dialogs lay out without overlap at their default size and at a 200 % scale; the plan's
product contract can be opened and read before the tick."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from dialog_layout import layout_problems
from member_helpers import WAIT_MS, open_area, open_order_dialog
from painted import wait_painted
from platform_answers import like_platform
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.member.ordering import ContractDialog

ROOT = Path(__file__).resolve().parents[3]
PLAN_12_MONTHS = 2


def test_the_order_dialog_fits_its_texts_at_the_default_size(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    dialog = open_order_dialog(qtbot, area, "S002", PLAN_12_MONTHS)  # long texts: a shortfall
    qtbot.waitExposed(dialog)
    assert_laid_out(qtbot, dialog)
    dialog.resize(dialog.minimumWidth(), dialog.height())  # narrowed: still nothing cut
    assert_laid_out(qtbot, dialog)


def assert_laid_out(qtbot: QtBot, dialog: QWidget) -> None:
    """Nothing cut or overlapping once the layout has settled (no fixed wait)."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: layout_problems(dialog) == [], timeout=3000)
    assert layout_problems(dialog) == []


def test_the_product_contract_can_be_read_before_the_tick(
    qtbot: QtBot, member: Any, signer: Any, screenshot_dir: Path
) -> None:
    area = open_area(qtbot, member, signer)
    dialog = open_order_dialog(qtbot, area, "S002", PLAN_12_MONTHS)
    assert not dialog.agree.isChecked()
    dialog.contract_button.click()
    qtbot.waitUntil(lambda: isinstance(dialog.contract_dialog, ContractDialog), timeout=WAIT_MS)
    contract = dialog.contract_dialog
    assert contract is not None
    text = contract.text.toPlainText()
    assert dialog.plan.name in text
    assert f"{dialog.plan.price:,}" in text
    assert "退訂" in text
    assert contract.isVisible()
    wait_painted(qtbot, contract)
    assert contract.grab().save(str(screenshot_dir / "member_contract_dialog.png"))
    contract.accept()
    dialog.agree.setChecked(True)
    assert dialog.sign_button.isEnabled()


CANNED = {
    "solution": {
        "id": "S002",
        "name": "雲翔 ERP 標準版",
        "vendor": {"id": "V001", "name": "雲翔資訊股份有限公司（測試）"},
        "category": "erp",
        "pavilion": "general",
        "ratio": "1:1",
        "subsidised": True,
        "plans": [
            {"id": "S002-12M", "name": "雲翔 ERP 標準版 年方案", "months": 12, "price": 108000}
        ],
        "tags": [],
    },
    "points": {
        "balance": 30000,
        "granted": 30000,
        "granted_on": "2026-06-01",
        "first_use_by": "2026-07-01",
        "expires_on": "2026-09-01",
        "earliest_expiry": "2026-09-01",
        "can_reapply": False,
        "pavilion": "general",
        "points_cap": 30000,
        "programme_id": "training",
        "ratio": "1:1",
        "ledger": [
            {
                "at": "2026-06-01T09:00:00+08:00",
                "kind": "grant",
                "amount": 30000,
                "order_id": None,
                "balance_after": 30000,
                "valid_until": None,
            }
        ],
    },
    "quote": {
        "quote_id": "q1",
        "plan_id": "S002-12M",
        "pavilion": "general",
        "price": 108000,
        "points": 30000,
        "self_pay": 78000,
        "ratio": "1:1",
        "points_reason": None,
        "to_be_signed": "e30=",
        "expires_at": "2026-06-01T10:00:00+08:00",
    },
    "order": {
        "id": "20260601090000000001",
        "solution": {"id": "S002", "name": "雲翔 ERP 標準版", "pavilion": "general"},
        "vendor": {"id": "V001", "name": "雲翔資訊股份有限公司（測試）"},
        "plan": {"id": "S002-12M", "name": "雲翔 ERP 標準版 年方案", "months": 12, "price": 108000},
        "price": 108000,
        "points": 30000,
        "self_pay": 78000,
        "ratio": "1:1",
        "status": "in_service",
        "status_text": "服務使用中",
        "history": [],
        "deadlines": {},
        "payment_url": None,
        "invoice": None,
        "service": {"start": "2026-06-02", "end": "2027-06-02"},
        "settlement": None,
        "created_at": "2026-06-01T09:00:00+08:00",
        "updated_at": "2026-06-02T09:00:00+08:00",
    },
    "termination_quote": {
        "order_id": "20260601090000000001",
        "on": "2026-12-10",
        "used_months": 7,
        "term_months": 12,
        "half_reached": True,
        "self_pay_refund": 0,
        "points_returned": 12500,
        "points_valid_until": "2026-12-17",
        "points_not_returned_reason": None,
        "to_be_signed": "e30=",
    },
}
"""What the two dialogs are shown with, in the platform's own shape (checked in the test)."""

SCRIPT = r"""
import json, sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.launch_options import LaunchOptions
from app.platform.models import Order, PointsSummary, Quote, Solution, TerminationQuote
from app.platform._parse import Obj
from app.subsidy.programme import current_year_programme
from ui.application import create_application
from ui.member.ordering import OrderDialog
from ui.member.termination import TerminationDialog
sys.path.insert(0, sys.argv[3])
from dialog_layout import layout_problems

canned = json.loads(Path(sys.argv[4]).read_text(encoding="utf-8"))
app = create_application(LaunchOptions(platform_url="https://platform.example/api/v1", language=sys.argv[2]))
solution = Solution.parse(Obj(canned["solution"], "solution"))
points = PointsSummary.from_json(canned["points"])
quote = Quote.from_json(canned["quote"])
dialog = OrderDialog(None, None, solution=solution, plan=solution.plans[0], points=points,
                     today=date(2026, 6, 1), programme=current_year_programme(date(2026, 6, 1)))
dialog.show()
dialog._quoted(quote)
for _ in range(20):
    app.processEvents()
problems = layout_problems(dialog)
image = dialog.grab()
image.save(sys.argv[1])

order = Order.from_json(canned["order"])
termination = TerminationDialog(None, None, order, date(2026, 12, 10),
                                current_year_programme(date(2026, 6, 1)))
termination.show()
termination._quoted((date(2026, 12, 10), TerminationQuote.from_json(canned["termination_quote"])))
for _ in range(20):
    app.processEvents()
problems += [f"termination: {p}" for p in layout_problems(termination)]
termination.grab().save(sys.argv[1].replace("order_dialog", "termination_dialog"))
print(json.dumps({"problems": problems, "ratio": image.devicePixelRatio(),
                  "size": [dialog.width(), dialog.height()]}))
"""


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_the_order_and_termination_dialogs_at_two_hundred_percent(
    screenshot_dir: Path, language: str, tmp_path: Path
) -> None:
    import json

    answers = tmp_path / "canned.json"
    checked = {kind: like_platform(kind, answer) for kind, answer in CANNED.items()}
    answers.write_text(json.dumps(checked, ensure_ascii=False), encoding="utf-8")
    out = screenshot_dir / f"order_dialog_200pct_{language}.png"
    env = dict(os.environ, QT_SCALE_FACTOR="2", PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    here = str(Path(__file__).parent)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out), language, here, str(answers)],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2
    assert report["problems"] == []


def test_the_termination_dialog_fits_its_texts_at_the_default_size(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    from member_helpers import place_order, refresh

    from ui.member.termination import TerminationDialog

    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, "S002", plan_row=1)
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        member.sandbox.vendor(order.id, action)
    member.sandbox.advance(44)
    refresh(qtbot, area)
    area.show_order(order.id)
    qtbot.waitUntil(area.orders.detail.terminate_button.isEnabled, timeout=WAIT_MS)
    area.orders.detail.terminate_button.click()
    dialog = area.dialog
    assert isinstance(dialog, TerminationDialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    wait_painted(qtbot, dialog)
    assert layout_problems(dialog) == []
