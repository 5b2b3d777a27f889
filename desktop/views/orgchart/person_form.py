"""The full key-person record (关键人物信息表) as a form, saved as one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ExternalKind, Gender, Layer, Personality, Stance
from desktop.services.field_rules import RANGES
from desktop.services.labels import label
from desktop.services.orgchart.chart import ROLE_ORDER, age_on
from desktop.services.orgchart.people import FIELD_LABELS, PersonData
from desktop.services.versions import reapply
from desktop.views.common.widgets import EnumCombo, OptionalDateEdit, error_label
from desktop.views.i18n import translate

LINES = (
    "name",
    "organisation",
    "department",
    "title",
    "temperament",
    "outlook",
    "eloquence",
    "birthplace",
    "education",
    "introduced_by",
    "phone",
    "mobile",
    "email",
    "wechat",
)
TEXTS = ("others_rating", "interests", "family", "background", "notes")
COMBOS = {
    "layer": Layer,
    "external_kind": ExternalKind,
    "stance": Stance,
    "personality": Personality,
    "gender": Gender,
}
RATINGS = ("influence_level", "closeness", "trust")
MIN_AGE, MAX_AGE = RANGES["contact.age"]  # the rule validate_person applies


class RatingCombo(QComboBox):
    """1 to 5, or not rated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        for value in range(1, 6):
            self.addItem(str(value), value)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)


def _caption(field: str) -> str:
    return FIELD_LABELS[field].render(translate)


class PersonForm(QWidget):
    save_requested = Signal(object)  # PersonData
    dirty_changed = Signal(bool)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.person_id: int | None = None
        self._loading = False
        self.dirty = False
        self.lines = {field: QLineEdit(self) for field in LINES}
        self.texts = {field: QPlainTextEdit(self) for field in TEXTS}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
        self.texts["notes"].setFixedHeight(80)
        self.combos = {field: EnumCombo(kind, self) for field, kind in COMBOS.items()}
        self.combos["layer"].removeItem(0)  # everyone belongs to a layer
        self.combos["stance"].setItemText(0, label(None, translate))
        self.ratings = {field: RatingCombo(self) for field in RATINGS}
        self.reports_to = QComboBox(self)
        self.could_be_coach = QCheckBox(_caption("could_be_coach"), self)
        self.roles = {role: QCheckBox(label(role, translate), self) for role in ROLE_ORDER}
        self.birthday = OptionalDateEdit(self)
        self.age = QSpinBox(self)
        self.age.setRange(MIN_AGE - 1, MAX_AGE)
        self.age.setSpecialValueText("—")
        self.age_hint = QLabel(self)
        self.age_hint.setStyleSheet("color: #5b6670")
        self.lines["email"].setPlaceholderText("name@example.com")
        self.error = error_label(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._saved: PersonData | None = None
        self._build()
        self._connect_changes()
        self._set_dirty(False)

    # -- layout ----------------------------------------------------------------------------
    def _group(self, title: str, rows: list[tuple[str, QWidget] | QWidget]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in rows:
            if isinstance(row, QWidget):
                form.addRow(row)
            else:
                form.addRow(row[0], row[1])
        return box

    def _field(self, name: str) -> tuple[str, QWidget]:
        widget: QWidget | None = (
            self.lines.get(name)
            or self.texts.get(name)
            or self.combos.get(name)
            or self.ratings.get(name)
        )
        assert widget is not None, name  # every field the form shows has its editor
        return _caption(name), widget

    def _build(self) -> None:
        roles = QWidget(self)
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.roles.values()):
            grid.addWidget(box, number // 2, number % 2)
        age_row = QWidget(self)
        age_layout = QHBoxLayout(age_row)
        age_layout.setContentsMargins(0, 0, 0, 0)
        age_layout.addWidget(self.age)
        age_layout.addWidget(self.age_hint, 1)
        groups = [
            self._group(
                self.tr("Position"),
                [
                    self._field("name"),
                    self._field("organisation"),
                    self._field("department"),
                    self._field("title"),
                    self._field("layer"),
                    self._field("external_kind"),
                    (_caption("reports_to_id"), self.reports_to),
                ],
            ),
            self._group(
                self.tr("Role and stance"),
                [
                    (_caption("roles"), roles),
                    self._field("stance"),
                    self._field("influence_level"),
                    self.could_be_coach,
                ],
            ),
            self._group(
                self.tr("Relationship"),
                [self._field("closeness"), self._field("trust"), self._field("others_rating")],
            ),
            self._group(
                self.tr("Character"),
                [
                    self._field("personality"),
                    self._field("temperament"),
                    self._field("outlook"),
                    self._field("eloquence"),
                ],
            ),
            self._group(
                self.tr("Personal details (sensitive)"),
                [
                    self._field("gender"),
                    (_caption("birthday"), self.birthday),
                    (_caption("age"), age_row),
                    self._field("birthplace"),
                    self._field("education"),
                    self._field("interests"),
                    self._field("family"),
                    self._field("introduced_by"),
                    self._field("background"),
                ],
            ),
            self._group(
                self.tr("Contact details"),
                [
                    self._field("phone"),
                    self._field("mobile"),
                    self._field("email"),
                    self._field("wechat"),
                ],
            ),
            self._group(self.tr("Notes"), [self.texts["notes"]]),
        ]
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        for group in groups:
            layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _connect_changes(self) -> None:
        for edit in self.lines.values():
            edit.textEdited.connect(self._on_edited)
        for text_edit in self.texts.values():
            text_edit.textChanged.connect(self._on_edited)
        for combo in [*self.combos.values(), *self.ratings.values(), self.reports_to]:
            combo.currentIndexChanged.connect(self._on_edited)
        for box in [self.could_be_coach, *self.roles.values()]:
            box.toggled.connect(self._on_edited)
        self.birthday.dateChanged.connect(self._on_edited)
        self.age.valueChanged.connect(self._on_edited)
        self.combos["layer"].currentIndexChanged.connect(self._update_enabled)
        self.birthday.dateChanged.connect(self._update_enabled)

    # -- data ------------------------------------------------------------------------------
    def set_people(self, people: list[tuple[int, str]]) -> None:
        """Whom this person may report to (everyone of the account but themself)."""
        self._loading = True
        current = self.reports_to.currentData()
        self.reports_to.clear()
        self.reports_to.addItem(self.tr("— nobody (top of the chart)"), None)
        for person_id, name in sorted(people, key=lambda p: p[1].casefold()):
            if person_id != self.person_id:
                self.reports_to.addItem(name, person_id)
        self.reports_to.setCurrentIndex(max(self.reports_to.findData(current), 0))
        self._loading = False

    def load(self, person_id: int, data: PersonData, version: int | None = None) -> None:
        """Show ``data``, read at ``version`` (saving checks it: docs/team-server.md#versions)."""
        self.person_id = person_id
        self._saved = data
        self.read_version = version
        self._fill(data)
        self.error.hide()
        self._set_dirty(False)

    def reload_with(self, mine: PersonData, fresh: PersonData, version: int) -> None:
        """The person as saved meanwhile (``fresh``, at ``version``) with the fields this
        form changed set on top, left unsaved for the user to check
        (docs/team-server.md#versions)."""
        assert self._saved is not None
        merged = reapply(self._saved, mine, fresh)
        self._saved, self.read_version = fresh, version
        self._fill(merged)
        self._set_dirty(True)
        self.show_error(
            self.tr("Reloaded with your changes applied on top: check them and save again.")
        )

    def _fill(self, data: PersonData) -> None:
        self._loading = True
        for field, edit in self.lines.items():
            edit.setText(getattr(data, field))
            edit.setCursorPosition(0)
        for field, text_edit in self.texts.items():
            text_edit.setPlainText(getattr(data, field))
        for field, combo in self.combos.items():
            combo.set_value(getattr(data, field))
        for field, rating in self.ratings.items():
            rating.set_value(getattr(data, field))
        for role, box in self.roles.items():
            box.setChecked(role in data.roles)
        self.could_be_coach.setChecked(data.could_be_coach)
        self.birthday.set_value(data.birthday)
        self.age.setValue(data.age if data.age is not None else self.age.minimum())
        index = self.reports_to.findData(data.reports_to_id)
        self.reports_to.setCurrentIndex(max(index, 0))
        self._loading = False
        self._update_enabled()

    def data(self) -> PersonData:
        age = self.age.value()
        fields: dict[str, Any] = {
            **{field: edit.text() for field, edit in self.lines.items()},
            **{field: edit.toPlainText() for field, edit in self.texts.items()},
            **{field: combo.value() for field, combo in self.combos.items()},
            **{field: combo.value() for field, combo in self.ratings.items()},
        }
        return PersonData(
            **fields,
            reports_to_id=self.reports_to.currentData(),
            roles=tuple(role for role, box in self.roles.items() if box.isChecked()),
            could_be_coach=self.could_be_coach.isChecked(),
            birthday=self.birthday.value(),
            age=None if age < MIN_AGE or self.birthday.value() is not None else age,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        if self.person_id is not None:
            self.error.hide()
            self.save_requested.emit(self.data())

    def _on_revert_clicked(self) -> None:
        if self.person_id is not None and self._saved is not None:
            self.load(self.person_id, self._saved)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_enabled(self) -> None:
        self.combos["external_kind"].setEnabled(self.combos["layer"].value() is Layer.EXTERNAL)
        birthday = self.birthday.value()
        self.age.setEnabled(birthday is None)
        hint = ""
        if birthday is not None:
            age = age_on(birthday, self._today())
            hint = self.tr("{age}, from the birthday").format(age=age)
        self.age_hint.setText(hint)
