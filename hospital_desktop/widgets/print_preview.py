"""Print preview for the PDFs reportlab builds: see every page, then print it or save it.

Pages are rendered with PDFium (pypdfium2): the same renderer shows the preview and feeds the printer, so
what the clerk sees is what prints."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

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
    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(f"Print preview — {title}")
        self.resize(900, 520)
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in render_pages(pdf):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #999; margin: 8px;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
            self.page_labels.append(label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #d8d8d8; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton("Print…")
        self.save_button = QPushButton("Save as PDF…")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{len(self.page_labels)} page(s)"))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Save as PDF", self.suggested_name, "PDF (*.pdf)")
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
