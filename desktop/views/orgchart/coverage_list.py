"""The red flags beside the chart; clicking one shows the person (or layer) concerned."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.orgchart.coverage import ALL_CLEAR, Flag, Severity
from desktop.views.i18n import translate

Index = QModelIndex | QPersistentModelIndex
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLOURS = {
    Severity.HIGH: QColor("#c62828"),
    Severity.MEDIUM: QColor("#e0701b"),
    Severity.LOW: QColor("#8d949c"),
}
DOT = 10
MARGIN = 6


class FlagListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._flags: list[Flag] = []

    def set_flags(self, flags: list[Flag]) -> None:
        self.beginResetModel()
        self._flags = list(flags)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._flags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._flags):
            return None
        flag = self._flags[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return flag.message.render(translate)
        if role == Qt.ItemDataRole.DecorationRole:
            return SEVERITY_COLOURS[flag.severity]
        if role == FLAG_ROLE:
            return flag
        return None


class FlagDelegate(QStyledItemDelegate):
    """A coloured dot and the sentence, wrapped to the list's width."""

    def _text_rect(self, option: QStyleOptionViewItem) -> QRectF:
        rect = QRectF(option.rect)
        return rect.adjusted(MARGIN * 2 + DOT, MARGIN, -MARGIN, -MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(option.rect.width(), 160)
        if option.widget is not None:
            width = option.widget.viewport().width()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = QFontMetrics(option.font)
        box = metrics.boundingRect(
            0, 0, width - 3 * MARGIN - DOT, 10_000, Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, box.height() + 2 * MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = option.state & QStyle.StateFlag.State_Selected
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, QColor(0, 0, 0, 14))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(index.data(Qt.ItemDataRole.DecorationRole))
        top = option.rect.top() + MARGIN + 4
        painter.drawEllipse(QRectF(option.rect.left() + MARGIN, top, DOT, DOT))
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(
            self._text_rect(option),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            index.data(Qt.ItemDataRole.DisplayRole) or "",
        )
        painter.setPen(QColor(0, 0, 0, 25))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class CoverageList(QWidget):
    flag_activated = Signal(object)  # Flag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold")
        self.empty = QLabel(ALL_CLEAR.render(translate), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #1b7a3d")
        self.model = FlagListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(FlagDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setMouseTracking(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def set_flags(self, flags: list[Flag], *, account_selected: bool = True) -> None:
        self.model.set_flags(flags)
        self.heading.setText(self.tr("Red flags ({count})").format(count=len(flags)))
        self.empty.setVisible(account_selected and not flags)
        self.view.setVisible(bool(flags))

    def _on_view_clicked(self, index: QModelIndex) -> None:
        flag = index.data(FLAG_ROLE)
        if flag is not None:
            self.flag_activated.emit(flag)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.doItemsLayout()  # re-wrap the sentences to the new width
