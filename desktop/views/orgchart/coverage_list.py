"""The red flags beside the chart; clicking one shows the person (or layer) concerned. A flag
can become an action; while an open action answers it, the flag says it is being worked on
(docs/actions.md)."""

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
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.actions import ActionSummary
from desktop.services.orgchart.coverage import ALL_CLEAR, Flag, Severity
from desktop.views.common.formatting import format_date
from desktop.views.common.read_only import edits
from desktop.views.i18n import translate

Index = QModelIndex | QPersistentModelIndex
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the flag's stable key (docs/actions.md)
WORKED_ROLE = Qt.ItemDataRole.UserRole + 3  # "being worked on: …", or None
WORKED_COLOUR = QColor("#1f5fa8")
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
        self._keys: list[str] = []
        self._answers: dict[str, ActionSummary] = {}

    def set_flags(
        self,
        flags: list[Flag],
        keys: list[str] | None = None,
        answers: dict[str, ActionSummary] | None = None,
    ) -> None:
        self.beginResetModel()
        self._flags = list(flags)
        self._keys = list(keys or [""] * len(flags))
        self._answers = dict(answers or {})
        self.endResetModel()

    def _worked_on(self, row: int) -> str | None:
        answer = self._answers.get(self._keys[row])
        if answer is None:
            return None
        text = self.tr("Being worked on: {title} ({who}, by {date})")
        return text.format(
            title=answer.title,
            who=answer.assignee,
            date=format_date(answer.due_on) if answer.due_on else "—",
        )

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
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role == WORKED_ROLE:
            return self._worked_on(index.row())
        return None


class FlagDelegate(QStyledItemDelegate):
    """A coloured dot and the sentence, wrapped to the list's width."""

    def _text_rect(self, option: QStyleOptionViewItem) -> QRectF:
        rect = QRectF(option.rect)
        return rect.adjusted(MARGIN * 2 + DOT, MARGIN, -MARGIN, -MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(option.rect.width(), 160)
        if isinstance(option.widget, QAbstractScrollArea):
            width = option.widget.viewport().width()
        return QSize(width, self._text_height(option, index, width) + 2 * MARGIN)

    @staticmethod
    def _text(index: Index) -> str:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        worked = index.data(WORKED_ROLE)
        return f"{text}\n{worked}" if worked else text

    def _text_height(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        metrics = QFontMetrics(option.font)
        flags = Qt.TextFlag.TextWordWrap
        box = metrics.boundingRect(0, 0, width - 3 * MARGIN - DOT, 10_000, flags, self._text(index))
        return box.height()

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
        rect = self._text_rect(option)
        wrap = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(rect, wrap, text)
        worked = index.data(WORKED_ROLE)
        if worked:  # under the sentence, in the colour of work in progress
            used = painter.boundingRect(rect, wrap, text).height()
            if not selected:
                painter.setPen(WORKED_COLOUR)
            painter.drawText(rect.adjusted(0, used, 0, 0), wrap, "\u2713 " + worked)
        painter.setPen(QColor(0, 0, 0, 25))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class CoverageList(QWidget):
    flag_activated = Signal(object)  # Flag
    action_requested = Signal(object, str)  # Flag, its key: make an action answering it

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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.action_button = edits(QPushButton(self.tr("Make an action…"), self))
        self.action_button.setToolTip(
            self.tr("Plan what our team will do about the selected red flag, and by when")
        )
        self.action_button.setEnabled(False)
        self.action_button.setMinimumWidth(1)  # never widens the side panel
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_flags(
        self,
        flags: list[Flag],
        *,
        account_selected: bool = True,
        keys: list[str] | None = None,
        answers: dict[str, ActionSummary] | None = None,
    ) -> None:
        """``keys``: each flag's key; ``answers``: the open action answering a key."""
        current = self.view.currentIndex().data(KEY_ROLE)
        self.model.set_flags(flags, keys, answers)
        self.heading.setText(self.tr("Red flags ({count})").format(count=len(flags)))
        self.empty.setVisible(account_selected and not flags)
        self.view.setVisible(bool(flags))
        self.action_button.setVisible(bool(flags))
        if current and keys and current in keys:  # the same flag stays selected
            self.view.setCurrentIndex(self.model.index(keys.index(current)))
        self._on_current_changed(self.view.currentIndex())

    def _on_current_changed(self, index: QModelIndex, _previous=None) -> None:
        self.action_button.setEnabled(bool(index.isValid() and index.data(KEY_ROLE)))

    def _on_action_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and index.data(KEY_ROLE):
            self.action_requested.emit(index.data(FLAG_ROLE), index.data(KEY_ROLE))

    def _on_view_context_menu(self, point) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        if self.action_button.isEnabled():
            menu = QMenu(self)
            menu.addAction(self.action_button.text(), self._on_action_button_clicked)
            menu.exec(self.view.viewport().mapToGlobal(point))

    def _on_view_clicked(self, index: QModelIndex) -> None:
        flag = index.data(FLAG_ROLE)
        if flag is not None:
            self.flag_activated.emit(flag)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.doItemsLayout()  # re-wrap the sentences to the new width
