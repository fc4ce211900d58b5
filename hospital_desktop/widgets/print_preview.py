"""Print preview for the PDFs reportlab builds: see every page, then print it or save it.

Pages are rendered with PDFium (pypdfium2): the same renderer shows the preview and feeds the printer, so
what the clerk sees is what prints."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget)

PREVIEW_DPI = 110


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of the PDF as an image at the given resolution."""
    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in doc:
            bitmap = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = bitmap.tobytes("raw", "RGB")
            image = QImage(data, bitmap.width, bitmap.height, 3 * bitmap.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # detach from the Python buffer
            page.close()
        return images
    finally:
        doc.close()


class PrintPreviewDialog(QDialog):
    """Pages fitted to the window's width by default (a 280 mm wristband, an A4 invoice: the whole width shows),
    or at their real size; the dialog never opens larger than the screen."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        self.resize(min(900, int(area.width() * 0.9)) if area else 900,
                    min(640, int(area.height() * 0.85)) if area else 520)
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.images = render_pages(pdf)
        self.page_labels: list[QLabel] = []
        for _ in self.images:
            label = QLabel()
            label.setStyleSheet("background: white; border: 1px solid #999; margin: 8px;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
            self.page_labels.append(label)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #d8d8d8; }")
        self.fit_width = QCheckBox(self.tr("Fit to width"), objectName="previewFitWidth", checked=True)
        self.fit_width.toggled.connect(self._show_pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        top = QHBoxLayout()
        top.addWidget(QLabel(PrintPreviewDialog.tr("%Ln page(s)", "", len(self.page_labels))))
        top.addStretch(1)
        top.addWidget(self.fit_width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self._show_pages()

    def _show_pages(self) -> None:
        width = self.scroll.viewport().width() - 40  # the label's margin and border
        for label, image in zip(self.page_labels, self.images, strict=True):
            pixmap = QPixmap.fromImage(image)
            if self.fit_width.isChecked() and width > 50 and pixmap.width() != width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        if self.fit_width.isChecked():
            self._show_pages()

    def save_pdf(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name,
                                                  self.tr("PDF (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        target.write_bytes(self.pdf)
        return target

    def print_pdf(self, printer: QPrinter | None = None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        paint_to(printer, self.pdf)
        return True


def paint_to(printer: QPrinter, pdf: bytes) -> None:
    """Render each page at the printer's resolution and fit it to the printable area."""
    images = render_pages(pdf, dpi=min(printer.resolution(), 600))
    painter = QPainter(printer)
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            area = QRectF(painter.viewport())
            scaled = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), scaled.toSizeF()), image)
    finally:
        painter.end()
