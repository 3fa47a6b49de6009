"""Driving the member area in tests: open it, place an order through the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.platform.client import PlatformClient
from app.platform.models import Order
from app.platform.tokens import TokenStore
from app.storage import ResponseCache
from app.storage.secrets import SecretStore
from app.subsidy import VerificationMethod
from ui.member.area import MemberArea
from ui.member.ordering import OrderDialog
from ui.member.session import PASSWORD_LOGIN, MemberSession
from ui.member.signing import SignatureRequester
from ui.member.solutions import SOLUTION_ROLE

WAIT_MS = 20_000


def open_area(
    qtbot: QtBot,
    member: Any,
    signer: SignatureRequester | None,
    receipts: Path | None = None,
    **kwargs: Any,
) -> MemberArea:
    """A shown member area after its first refresh and first catalogue search."""
    applicant = member.client.lookup_applicant(member.ubn)
    chosen: list[Path] = []

    def choose(_parent: object, receipt: Any) -> Path | None:
        if receipts is None:
            return None
        path = receipts / f"{receipt.file_stem}.pdf"
        chosen.append(path)
        return path

    # A signer stands for a card login; without one, a password login (read only).
    session = MemberSession(
        member.client,
        applicant,
        signer,
        PASSWORD_LOGIN if signer is None else VerificationMethod.MOEACA_CARD,
        tuple(kwargs.pop("recommended_categories", ())),
    )
    area = MemberArea(
        session,
        training=True,
        use_tray=kwargs.pop("use_tray", False),
        choose_path=choose,
        **kwargs,
    )
    qtbot.addWidget(area)
    area.resize(1100, 760)
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
        area.show()  # the first show starts loading
    area.start()  # idempotent
    qtbot.waitUntil(lambda: area.solutions.results.count() > 0, timeout=WAIT_MS)
    return area


def refresh(qtbot: QtBot, area: MemberArea, timeout_ms: int = WAIT_MS) -> None:
    """One refresh, waited for (``timeout_ms`` for each of the two waits)."""
    qtbot.waitUntil(lambda: not area.loading, timeout=timeout_ms)
    outcomes: list[object] = []
    area.refreshed.connect(outcomes.append)
    area.failed.connect(outcomes.append)
    try:
        area.refresh()
        qtbot.waitUntil(lambda: bool(outcomes), timeout=timeout_ms)
    finally:
        area.refreshed.disconnect(outcomes.append)
        area.failed.disconnect(outcomes.append)
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert not failures, f"the refresh failed: {failures[0]!r}"


def select_solution(qtbot: QtBot, area: MemberArea, solution_id: str) -> None:
    """Select a solution in the catalogue list (searching all categories)."""
    page = area.solutions
    page.category.setCurrentIndex(0)
    page.pavilion.setCurrentIndex(0)
    page.query.clear()
    # this search's own answer: the list on screen may still be an earlier search's, and
    # selecting in it would be undone when the answer refills the list
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.search()
    rows = [
        row
        for row in range(page.results.count())
        if getattr(page.results.item(row).data(SOLUTION_ROLE), "id", None) == solution_id
    ]
    assert rows, f"{solution_id} is not in the catalogue"
    page.results.setCurrentRow(rows[0])


def open_order_dialog(
    qtbot: QtBot, area: MemberArea, solution_id: str, plan_row: int
) -> OrderDialog:
    """Pick a plan and press 訂購; returns the dialog once the quote is shown."""
    select_solution(qtbot, area, solution_id)
    area.solutions.plans.selectRow(plan_row)
    assert area.solutions.order_button.isEnabled()
    qtbot.mouseClick(area.solutions.order_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, OrderDialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    return dialog


def place_order(qtbot: QtBot, area: MemberArea, solution_id: str, plan_row: int = 1) -> Order:
    """Order a plan through the dialog (agree, sign, submit) and refresh."""
    dialog = open_order_dialog(qtbot, area, solution_id, plan_row)
    dialog.agree.setChecked(True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=WAIT_MS)
    order = dialog.order
    assert order is not None
    dialog.accept()
    qtbot.waitUntil(lambda: area.orders.model.row_of(order.id) >= 0, timeout=WAIT_MS)
    return order


def make_client(base_url: str, folder: Path, **options: Any) -> PlatformClient:
    """A platform client with memory-only secrets and a private cache folder; ``options``
    go to :class:`PlatformClient` (e.g. :data:`SHORT_TIMEOUTS`)."""
    secrets = SecretStore()
    return PlatformClient(
        base_url,
        tokens=TokenStore(secrets),
        cache=ResponseCache(base_url, secrets=secrets, directory=folder / "cache"),
        backoff_seconds=0.01,
        **options,
    )


SHORT_TIMEOUTS: dict[str, Any] = {
    "timeout": (2.0, 5.0),
    "attempt_deadline": 6.0,
    "total_deadline": 8.0,
    "retries": 1,
}
"""Client deadlines for tests that wait on a platform that is gone: the test's wait must
outlast every timeout of the client, never race one (see :data:`OFFLINE_REFRESH_MS`)."""

SNAPSHOT_CALLS = 5
"""Calls one member-area refresh makes in turn (points, orders, notifications, programme,
the platform's clock): each may run to the client's total deadline when the platform is gone."""

OFFLINE_REFRESH_MS = int(SNAPSHOT_CALLS * SHORT_TIMEOUTS["total_deadline"] * 1000 * 1.5)
"""Long enough for a refresh against a platform that is gone, on a loaded machine."""
