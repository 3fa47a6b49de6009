"""PDF receipts: the content from ``app.receipts`` laid out by QTextDocument into QPdfWriter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import ErrorCode
from app.receipts import Receipt

CJK_FAMILIES = ("Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "PingFang TC")


class ReceiptWriteError(OSError):
    """The PDF could not be written where the person chose."""

    code = ErrorCode.RECEIPT_WRITE_FAILED

    def __init__(self, path: Path) -> None:
        super().__init__(f"cannot write {path}")
        self.path = str(path)
        self.message = f"無法將收據儲存到 {path}，請改選其他資料夾。"


def write_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write ``receipt`` as an A4 PDF to ``path`` (suffix .pdf added when missing)."""
    target = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("ab"):
            pass
    except OSError:
        raise ReceiptWriteError(target) from None
    writer = QPdfWriter(str(target))
    writer.setTitle(receipt.title)
    writer.setCreator("tcloud-desktop")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setFamilies(list(CJK_FAMILIES))
    font.setPointSize(10)
    document.setDefaultFont(font)
    document.setHtml(receipt.to_html())
    paint_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(paint_rect.size()))
    document.print_(writer)
    del writer  # finishes the file
    if not target.exists() or target.stat().st_size == 0:
        raise ReceiptWriteError(target)
    return target


def choose_receipt_path(parent: QWidget, receipt: Receipt, folder: Path) -> Path | None:
    """Ask where to save (QFileDialog), in ``folder`` or else the home folder; None when the
    person cancels."""
    # A folder that does not exist makes the dialog open in the working folder instead.
    start = folder if folder.is_dir() else Path.home()
    suggested = str(start / f"{receipt.file_stem}.pdf")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("member", "儲存收據"),
        suggested,
        QCoreApplication.translate("member", "PDF 文件 (*.pdf)"),
    )
    return Path(chosen) if chosen else None
