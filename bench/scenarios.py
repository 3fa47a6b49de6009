"""GUI-thread stall scenarios, run in this process on the offscreen Qt platform.

Each scenario drives the real widgets the way a person would (as the UI tests do) while a
heartbeat timer on the GUI thread records the longest gap between its ticks. Waiting is
done inside Qt event loops, never by sleeping on the GUI thread.

* ``startup``: from the main window's first paint, when the client starts the training
  platform's child process, until the platform answers.
* ``login``: certificate-card login in the enrolment wizard on the training platform,
  with the emulated demo card in the in-process training reader (press 下一步, PIN, wait
  for the next page).
* ``orders``: the 我的訂單 page shows a list of 500 orders (``OrdersPage.set_orders``).
* ``hotplug``: the demo card is pulled and put back ten times while the wizard's card
  panel follows.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.measure import Heartbeat, wait_until

Scenario = Callable[[], dict[str, float]]
DEMO_UBN = "16480894"
DEMO_CARD = "moeaca-sme-primary"
DEMO_PIN_FOR_TRAINING = "123456"  # the emulated demo cards' published training PIN
WAIT_S = 60.0


def _options(platform_url: str | None = None) -> Any:
    from app.launch_options import LaunchOptions

    return LaunchOptions(
        platform_url=platform_url,
        language="zh_TW",
        privacy=False,
        kiosk=False,
        idle_minutes=10,
        log_level="INFO",
    )


def _application() -> Any:
    from ui.application import create_application

    return create_application(_options())


def startup() -> dict[str, float]:
    """Show the main window and, as the client does, start the embedded training platform
    once the start page has painted; the heartbeat runs from then until it answers (the
    first paint itself is start-up, measured by ``bench.startup``, not a stall)."""
    from ui.first_paint import after_first_paint
    from ui.main_window import MainWindow

    _application()
    window = MainWindow(_options())
    ready: list[str] = []
    window.platform_ready.connect(ready.append)
    heartbeat = Heartbeat()
    started: list[float] = []

    def start_platform() -> None:
        heartbeat.start()
        started.append(time.perf_counter())
        window.backends.start()

    after_first_paint(window.start_page, start_platform)
    window.show()
    try:
        wait_until(lambda: bool(started), WAIT_S, "the main window's first paint")
        wait_until(lambda: bool(ready), WAIT_S, "the training platform")
        return {
            "longest_stall_ms": heartbeat.stop(),
            "platform_ready_s": time.perf_counter() - started[0],
        }
    finally:
        window.close()
        window.shutdown()


@contextlib.contextmanager
def _wizard_with_card() -> Iterator[tuple[Any, Any]]:
    """An enrolment wizard on the identity page of a fresh training platform, with the
    demo card in the training reader and shown as usable by the card panel."""
    from app.flows.enrolment_service import EnrolmentService
    from app.platform.client import PlatformClient
    from app.storage import DraftStore
    from sandbox.embedded import start_embedded
    from ui.card_context import training_cards
    from ui.wiring import OnDemand
    from ui.wizard.wizard import EnrolmentWizard

    _application()
    platform = start_embedded(database="sqlite://")
    cards = training_cards()
    cards.start()
    wizard: Any = None
    try:
        with tempfile.TemporaryDirectory(prefix="tcloud-bench-") as folder:
            client = PlatformClient(platform.base_url)
            drafts = DraftStore(client.platform, directory=Path(folder) / "drafts")
            services = OnDemand.ready((EnrolmentService(client, drafts), drafts))
            wizard = EnrolmentWizard(services, lambda: cards)
            wizard.resize(1100, 760)
            wizard.show()
            page = wizard.ubn_page
            page.ubn.edit.setText(DEMO_UBN)
            page.lookup_button.click()
            wait_until(lambda: bool(page.choices), WAIT_S, "the UBN lookup")
            choice = next(c for c in page.choices if c.method.value == "moeaca_card")
            choice.radio.setChecked(True)
            page.next_button.click()
            wait_until(lambda: wizard.page_name == "identity", WAIT_S, "the identity page")
            _insert_demo_card(cards)
            panel = wizard.card_panel
            wait_until(lambda: panel.usable_identity() is not None, WAIT_S, "the demo card")
            yield wizard, cards
    finally:
        if wizard is not None:
            wizard.close_draft()
            wizard.close()
        cards.stop()
        platform.stop()


def _insert_demo_card(cards: Any) -> None:
    from certs.testpki import DemoPKI
    from sandbox.cardemu.card import EmulatedCard

    cards.virtual_readers.insert(EmulatedCard.from_demo_card(DemoPKI.load().cards[DEMO_CARD]))


def login() -> dict[str, float]:
    """Card login in the wizard: from 下一步 to the next page, PIN typed in between."""
    with _wizard_with_card() as (wizard, _cards):
        panel = wizard.card_panel
        heartbeat = Heartbeat()
        heartbeat.start()
        started = time.perf_counter()
        wizard.current_page.next_button.click()
        wait_until(lambda: panel.pin_dialog is not None, WAIT_S, "the PIN dialog")
        dialog = panel.pin_dialog
        dialog.pin_edit.setText(DEMO_PIN_FOR_TRAINING)
        dialog.ok_button.click()
        wait_until(lambda: wizard.page_name in {"authorizations", "consents"}, WAIT_S, "the login")
        return {
            "longest_stall_ms": heartbeat.stop(),
            "login_s": time.perf_counter() - started,
        }


def hotplug(rounds: int = 10) -> dict[str, float]:
    """Pull the card and put it back ``rounds`` times while the card panel follows."""
    with _wizard_with_card() as (wizard, cards):
        panel = wizard.card_panel
        heartbeat = Heartbeat()
        heartbeat.start()
        started = time.perf_counter()
        for _ in range(rounds):
            cards.virtual_readers.remove()
            wait_until(lambda: panel.usable_identity() is None, WAIT_S, "the card removal")
            _insert_demo_card(cards)
            wait_until(lambda: panel.usable_identity() is not None, WAIT_S, "the card")
        return {
            "longest_stall_ms": heartbeat.stop(),
            "per_round_s": (time.perf_counter() - started) / rounds,
        }


def synthetic_orders(count: int, today: date) -> list[Any]:
    """``count`` orders in every status, parsed from platform-shaped JSON."""
    from app.platform.models import Order
    from app.subsidy import OrderStatus

    statuses = list(OrderStatus)
    orders = []
    for n in range(count):
        status = statuses[n % len(statuses)]
        created = today - timedelta(days=n % 90)
        raw: dict[str, Any] = {
            "id": f"{20260000000000000000 + n}",
            "solution": {"id": f"sol-{n % 40}", "name": f"雲端方案 {n % 40}"},
            "vendor": {"id": f"v-{n % 12}", "name": f"示範廠商 {n % 12}"},
            "plan": {"id": f"p-{n % 3}", "name": f"{(n % 3 + 1) * 6} 個月", "months": 6},
            "price": 12000 + 100 * (n % 50),
            "points": 10000,
            "self_pay": 2000 + 100 * (n % 50),
            "status": status.value,
            "history": [
                {"status": "awaiting_vendor", "at": f"{created.isoformat()}T09:00:00+08:00"}
            ],
            "deadlines": {
                "vendor_confirm_by": (created + timedelta(days=3)).isoformat(),
                "payment_due_by": (created + timedelta(days=10)).isoformat(),
            },
        }
        if status.value in {"in_service", "completed", "claimed", "terminated"}:
            raw["service"] = {
                "start": created.isoformat(),
                "end": (created + timedelta(days=180)).isoformat(),
            }
            raw["invoice"] = {
                "number": f"AB{n:08d}",
                "amount": raw["price"],
                "issued_on": created.isoformat(),
            }
        orders.append(Order.from_json(raw))
    return orders


def orders(count: int = 500) -> dict[str, float]:
    """Refresh the 我的訂單 list with ``count`` orders, then again (the periodic refresh)."""
    from app.subsidy import WorkCalendar
    from ui.member.orders_page import OrdersPage

    _application()
    today = date(2026, 6, 1)
    listed = synthetic_orders(count, today)
    page = OrdersPage(WorkCalendar.taiwan())
    page.resize(1100, 760)
    page.show()
    wait_until(page.isVisible, WAIT_S, "the orders page")
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    page.set_orders(listed, today, can_sign=True)
    first = time.perf_counter() - started
    wait_until(lambda: True, WAIT_S, "the repaint")
    again = time.perf_counter()
    page.set_orders(list(reversed(listed)), today, can_sign=True)
    second = time.perf_counter() - again
    # Let the view paint the new rows before the heartbeat stops.
    deadline = time.perf_counter() + 0.3
    wait_until(lambda: time.perf_counter() > deadline, WAIT_S, "the repaint")
    page.close()
    return {
        "longest_stall_ms": heartbeat.stop(),
        "first_refresh_ms": first * 1000,
        "second_refresh_ms": second * 1000,
    }


SCENARIOS: dict[str, Scenario] = {
    "startup": startup,
    "login": login,
    "orders": orders,
    "hotplug": hotplug,
}


def run_all() -> dict[str, dict[str, float] | str]:
    """Every scenario; a scenario that cannot run is reported with its reason."""
    results: dict[str, dict[str, float] | str] = {}
    for name, scenario in SCENARIOS.items():
        try:
            results[name] = scenario()
        # Widgets change while the client is being built: a scenario that no longer fits
        # is reported in results.md with its reason instead of ending the whole run.
        except Exception as exc:
            results[name] = f"not measured: {type(exc).__name__}: {exc}"
    return results
