"""The member centre's other items (seeds 001/003): 我的通知, 帳號管理, 查看自評結果 and
我要找諮詢顧問 / 申請專家服務.

Views only: the member area does the platform calls and hands the answers in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.platform.models import Account, Category, Consultation, Notification, SavedAssessment
from ui.member.labels import moment_text
from ui.widgets.buttons import push_button
from ui.widgets.chart import ScoreChart
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import Stretch, column_layout, row_layout
from ui.widgets.lists import wrapped_list

NOTIFICATION_ROLE = Qt.ItemDataRole.UserRole + 2


def notification_item(note: Notification) -> QListWidgetItem:
    """One notification as a list row: unread marked and bold, the order kept for opening."""
    mark = "" if note.read else QCoreApplication.translate("member", "【未讀】")
    item = QListWidgetItem(
        QCoreApplication.translate("member", "{mark}{title}　{at}\n{body}").format(
            mark=mark, title=note.title, at=moment_text(note.at), body=note.body
        )
    )
    item.setData(NOTIFICATION_ROLE, note)
    if not note.read:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageTitle")
    return label


class NotificationsPage(QWidget):
    """我的通知: every notification, unread first; opening one marks it read."""

    notification_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberNotifications")
        self.summary = QLabel()
        self.list = wrapped_list("AllNotifications", self.tr("我的通知（未讀在前）"))
        self.list.itemActivated.connect(self._activated)
        column_layout(self, _title(self.tr("我的通知")), self.summary, (self.list, 1))

    def show_notifications(self, notes: Sequence[Notification]) -> None:
        """Fill the list (already sorted unread first)."""
        self.list.clear()
        for note in notes:
            self.list.addItem(notification_item(note))
        unread = sum(1 for note in notes if not note.read)
        self.summary.setText(
            self.tr("共 {n} 則通知，{unread} 則未讀").format(n=len(notes), unread=unread)
            if notes
            else self.tr("目前沒有通知")
        )

    def _activated(self, item: QListWidgetItem) -> None:
        note = item.data(NOTIFICATION_ROLE)
        if isinstance(note, Notification):
            self.notification_opened.emit(note)


class AccountPage(QWidget):
    """帳號管理: the contact e-mail (changed with a signature) and the password."""

    email_change_requested = Signal(str)
    password_change_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberAccount")
        self.facts = wrapped_label(text=self.tr("正在讀取帳號資料…"))
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        email_box = QGroupBox(self.tr("聯絡人 E-mail"))
        self.email = QLineEdit()
        self.email.setObjectName("contact_email")
        self.email.setAccessibleName(self.tr("新的聯絡人 E-mail"))
        self.email.setPlaceholderText(self.tr("例：name@example.com"))
        self.email_button = push_button(
            self.tr("簽章並變更 E-mail"), self._change_email, name="ChangeEmail"
        )
        self.email_note = wrapped_label(
            "Hint",
            text=self.tr(
                "變更聯絡人 E-mail 需以憑證卡或行動自然人憑證簽章；平台的通知會寄到新的地址。"
            ),
        )
        email_form = QFormLayout(email_box)
        email_form.addRow(self.tr("新的 E-mail"), self.email)
        email_form.addRow(self.email_note)
        email_form.addRow(self.email_button)

        password_box = QGroupBox(self.tr("變更密碼"))
        self.current = QLineEdit()
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("目前的密碼"))
        self.new = QLineEdit()
        self.new.setObjectName("new_password")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("新密碼"))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm_password")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("再輸入一次新密碼"))
        self.password_button = push_button(
            self.tr("變更密碼"), self._change_password, name="ChangePassword"
        )
        password_form = QFormLayout(password_box)
        password_form.addRow(self.tr("目前的密碼"), self.current)
        password_form.addRow(self.tr("新密碼"), self.new)
        password_form.addRow(self.tr("再輸入一次"), self.confirm)
        password_form.addRow(self.password_button)
        # Enter in a field presses its box's button (which does nothing while disabled)
        self.email.returnPressed.connect(self.email_button.click)
        for edit in (self.current, self.new, self.confirm):
            edit.returnPressed.connect(self.password_button.click)

        self.status = wrapped_label("AccountStatus")
        column_layout(
            self,
            _title(self.tr("帳號管理")),
            self.facts,
            email_box,
            password_box,
            self.status,
            Stretch(1),
        )
        self.set_can_sign(False)

    def set_can_sign(self, can_sign: bool) -> None:
        """The e-mail change needs a signature: offered only to a signing session."""
        self.email_button.setEnabled(can_sign)
        self.email_button.setToolTip(
            ""
            if can_sign
            else self.tr("以密碼登入只能查詢；變更 E-mail 需要憑證卡或行動自然人憑證。")
        )

    def show_account(self, account: Account) -> None:
        """The account as the platform has it."""
        self.facts.setText(
            self.tr(
                "帳號（統一編號）：{ubn}\n申請單位：{name}\n聯絡人：{contact}\n"
                "聯絡人 E-mail：{email}\n密碼：{password}"
            ).format(
                ubn=account.ubn,
                name=account.name,
                contact=account.contact_name or "-",
                email=account.contact_email or "-",
                password=self.tr("已設定") if account.password_set else self.tr("尚未設定"),
            )
        )

    def show_status(self, text: str) -> None:
        """A result or an error of the last change."""
        self.status.setText(text)

    def _change_email(self) -> None:
        self.email_change_requested.emit(self.email.text().strip())

    def _change_password(self) -> None:
        if self.new.text() != self.confirm.text():
            self.show_status(self.tr("兩次輸入的新密碼不一致，請重新輸入。"))
            self.confirm.setFocus()
            return
        self.password_change_requested.emit(self.current.text(), self.new.text())

    def clear_passwords(self) -> None:
        """Forget the typed passwords (after a change)."""
        for edit in (self.current, self.new, self.confirm):
            edit.clear()


class AssessmentResultPage(QWidget):
    """查看自評結果: the scores chart and the recommended categories, again."""

    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberAssessment")
        self.when = wrapped_label(text=self.tr("正在讀取自評結果…"))
        self.chart = ScoreChart()
        self.chart.setAccessibleName(self.tr("各構面分數"))
        self.categories = wrapped_label("RecommendedCategories")
        browse = push_button(self.tr("瀏覽推薦類別的雲端方案"), self.browse_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("自評結果")))
        layout.addWidget(self.when)
        self.details = QWidget()
        details = column_layout(
            self.details,
            QLabel(self.tr("各構面分數（0–100）")),
            self.chart,
            QLabel(self.tr("推薦的解決方案類別")),
            self.categories,
            margins=(0, 0, 0, 0),
        )
        details.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        self.details.hide()
        layout.addWidget(self.details)
        layout.addStretch(1)

    def show_result(self, result: SavedAssessment, categories: Sequence[Category]) -> None:
        """Fill the chart and the categories."""
        titles = {d.id: d.title for d in result.dimensions}
        self.chart.set_scores([(titles.get(d, d), score) for d, score in result.scores.items()])
        names = {c.id: c.name for c in categories}
        self.categories.setText(
            "、".join(names.get(c, c) for c in result.recommended_categories) or self.tr("（無）")
        )
        self.when.setText(self.tr("自評時間：{at}").format(at=moment_text(result.at)))
        self.details.show()

    def show_missing(self) -> None:
        """No self-assessment yet."""
        self.when.setText(self.tr("尚未完成數位自評檢測。"))
        self.details.hide()


class ConsultPage(QWidget):
    """我要找諮詢顧問 / 申請專家服務: a request to the platform (it appears in 我的通知)."""

    consult_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberConsult")
        intro = QLabel(
            self.tr(
                "想找人討論數位轉型或挑選方案？送出需求後，雲市集會在 2 個工作天內與您聯絡；"
                "這筆申請也會出現在「我的通知」。"
            )
        )
        intro.setWordWrap(True)
        self.consultant = QRadioButton(self.tr("我要找諮詢顧問"))
        self.consultant.setObjectName("kind_consultant")
        self.consultant.setChecked(True)
        self.expert = QRadioButton(self.tr("申請專家服務"))
        self.expert.setObjectName("kind_expert_service")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.consultant)
        self.kind.addButton(self.expert)
        kinds = row_layout(None, self.consultant, self.expert, Stretch(1))
        self.message = QPlainTextEdit()
        self.message.setObjectName("consult_message")
        self.message.setAccessibleName(self.tr("想諮詢的內容"))
        self.message.setPlaceholderText(
            self.tr("例：想了解哪一種雲端進銷存適合 10 人的門市（這是範例，請寫下您的需求）")
        )
        self.send_button = push_button(self.tr("送出申請"), self._send, name="SendConsult")
        self.status = wrapped_label("ConsultStatus")
        layout = column_layout(
            self,
            _title(self.tr("諮詢顧問／專家服務")),
            intro,
            kinds,
            QLabel(self.tr("想諮詢的內容")),
            (self.message, 1),
        )
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

    def _send(self) -> None:
        text = self.message.toPlainText().strip()
        if not text:
            self.status.setText(self.tr("請先寫下想諮詢的內容。"))
            self.message.setFocus()
            return
        self.send_button.setEnabled(False)
        kind = "expert_service" if self.expert.isChecked() else "consultant"
        self.consult_requested.emit(kind, text)

    def sent(self, consultation: Consultation) -> None:
        """The platform has the request."""
        self.send_button.setEnabled(True)
        self.message.clear()
        self.status.setText(
            self.tr("已送出（{at}）；雲市集將與您聯絡，這筆申請已列在「我的通知」。").format(
                at=moment_text(consultation.at)
            )
        )

    def failed(self, text: str) -> None:
        """The request did not go through; what was typed is kept."""
        self.send_button.setEnabled(True)
        self.status.setText(text)
