"""Edit ▸ Find: a bar under the canvas that shows, one by one, what mentions a text.

Ctrl+F opens the bar (or selects its text again); typing selects the first match and
brings it into view; Enter and F3 go to the next one, Shift+Enter and Shift+F3 to the
previous one, going round at the ends; Esc closes the bar and gives the canvas back the
keyboard. F3 also works with the bar closed, for the last text looked for. A match in a
lane's notes selects its stage and brings the note into view; a match in a lane's title
(after all the rest, where Tab reaches lanes) selects the lane. Matches are worked out
afresh after each edit, so what was changed in between is taken into account.

Edit ▸ Replace (Ctrl+H) shows a second field: Replace changes the match on show (every
mention in that object, one undo step) and goes to the next; Replace All changes every
mention in the map in one undo step. A replacement the map would refuse (an empty title,
a text too long) replaces nothing and says which object stopped it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar

from cjdesigner.canvas.items import LaneItem
from cjdesigner.commands import MacroCommand, SetFieldsCommand
from cjdesigner.model.search import Match, SearchIndex, find_in, replacements, search_index
from cjdesigner.translate import tr

from .dialogs import busy
from .forms import plain_error

if TYPE_CHECKING:
    from cjdesigner.document import Document

    from .main_window import MainWindow


class FindBar(QToolBar):
    """The find bar of one window (hidden until Ctrl+F)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Find"), window)
        self.setObjectName("find_bar")
        self.setMovable(False)
        self.window_ = window
        self.field = QLineEdit(self)
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(
            tr("Find in stages, touchpoints, pains, opportunities, notes and lanes")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(420)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(120)
        self.replacement = QLineEdit(self)
        self.replacement.setObjectName("replace_field")
        self.replacement.setPlaceholderText(tr("Replace with"))
        self.replacement.setMaximumWidth(300)
        self.replacement.installEventFilter(self)
        self.addWidget(self.field)
        self.addAction(tr("Previous"), lambda: self.step(forward=False))
        self.addAction(tr("Next"), lambda: self.step(forward=True))
        self._replace_actions = [
            self.addAction(tr("Replace"), self.replace_one),
            self.addAction(tr("Replace All"), self.replace_all),
        ]
        self._replace_widgets = [self.insertWidget(self._replace_actions[0], self.replacement)]
        self._replace_widgets += self._replace_actions
        for action in self._replace_actions:
            action.setEnabled(False)  # until there is something to look for
        self.addWidget(self.count)
        self.addSeparator()
        self.addAction(tr("Close"), self.close_bar)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.hide()
        self._index: SearchIndex | None = None  # the map's folded texts, until it changes
        self._shown: tuple[Match, list[str]] | None = None  # the last match, what it selected
        self._document: Document | None = None
        window.document_changed.connect(self._attach)
        self._attach(window.document)

    def _attach(self, document: Document) -> None:
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._stale)
            self._document.reset.disconnect(self._stale)
        self._document = document
        document.undo_stack.indexChanged.connect(self._stale)  # every edit, merged ones too
        document.reset.connect(self._stale)
        self._stale()

    def _stale(self, *_args: object) -> None:
        self._index = None

    def open_bar(self, replacing: bool = False) -> None:
        """Show the bar with its text selected, ready to type over (``replacing``: with
        the Replace field too)."""
        for action in self._replace_widgets:
            action.setVisible(replacing)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def replace_one(self) -> None:
        """Replace every mention in the match on show, then show the next match."""
        found = self.matches()
        at = self._position(found) if found else None
        if at is None:
            self.step(forward=True)  # nothing shown yet: show the first, replace on the next
            return
        match = found[at]
        note_stage = match.stage_id if match.kind == "note" else None
        if not self._replace({match.id}, note_stage, lane_title=match.kind == "lane"):
            return
        left = self.matches()
        if not left:
            return  # the count says how many were replaced
        # on to the match after it (the same place in the list, unless it still matches)
        following = at + 1 if match in left else at
        chosen = left[following % len(left)]
        self._show(chosen)

    def replace_all(self) -> None:
        """Replace every mention in the map, as one undo step (20,000 touchpoints: ~2 s,
        under the wait cursor)."""
        with busy():
            self._replace(None)

    def _replace(
        self, only: set[str] | None, note_stage: str | None = None, lane_title: bool = False
    ) -> bool:
        document = self.window_.document
        query, new = self.field.text(), self.replacement.text()
        changes = replacements(document.journey_map, query, new, only, note_stage, lane_title)
        if not changes:
            self._say([], None)
            return False
        count = sum(n for _, _, n in changes)
        text = tr("Replace “{old}” with “{new}”").format(old=query.strip(), new=new)
        macro = MacroCommand(text)
        try:
            for object_id, fields, _n in changes:
                SetFieldsCommand(document, object_id, fields, text, parent=macro)
        except ValueError as exc:
            name = _name(document, object_id)
            self.count.setText(
                tr("Nothing replaced: {name} would not accept it ({reason})").format(
                    name=name, reason=plain_error(exc)[:160]
                )
            )
            return False
        document.undo_stack.push(macro)
        self.count.setText(tr("Replaced: {count}").format(count=count))
        return True

    def close_bar(self) -> None:
        """Hide the bar; the canvas gets the keyboard back (the selection stays)."""
        self.hide()
        self.window_.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def matches(self) -> list[Match]:
        """What the map holds now that mentions the bar's text, in reading order."""
        if self._index is None:
            self._index = search_index(self.window_.document.journey_map)
        return find_in(self._index, self.field.text())

    def step(self, forward: bool = True) -> Match | None:
        """Show the next (or previous) match after the current one; returns it."""
        if not self.field.text().strip():
            self.open_bar()  # F3 before anything was looked for: ask what to find
            return None
        found = self.matches()
        if not found:
            self._say(found, None)
            return None
        at = self._position(found)
        if at is None:
            chosen = found[0] if forward else found[-1]
        else:
            chosen = found[(at + (1 if forward else -1)) % len(found)]
        self._show(chosen)
        self._say(found, chosen)
        return chosen

    def _position(self, found: list[Match]) -> int | None:
        """Where the search stands: the match shown last, while the selection is still
        the one it made (a lane note selects its stage, which may match too); otherwise
        the first match the user has selected."""
        selected = self.window_.scene.selected_ids()
        if self._shown is not None and self._shown[0] in found and selected == self._shown[1]:
            return found.index(self._shown[0])
        chosen = set(selected)
        return next((k for k, m in enumerate(found) if m.kind != "note" and m.id in chosen), None)

    def _typed(self, text: str) -> None:
        for action in self._replace_actions:
            action.setEnabled(bool(text.strip()))
        found = self.matches()
        chosen = found[0] if found else None
        if chosen is not None:
            self._show(chosen)
        self._say(found, chosen)

    def _show(self, match: Match) -> None:
        """Select what matched and bring it into view (a lane note: its stage, and the
        note's cell)."""
        scene, view = self.window_.scene, self.window_.view
        target = match.stage_id if match.kind == "note" else match.id
        scene.select_ids([target] if target else [])
        item = scene.item_for(match.id if match.kind == "note" else target or "")
        area = item.focus_area() if item is not None else None
        if match.kind == "note" and isinstance(item, LaneItem):
            area = item.cell_rect(match.stage_id or "") or area
        if area is not None:
            view.reveal(area)
        self._shown = (match, scene.selected_ids())

    def _say(self, found: list[Match], chosen: Match | None) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not found:
            self.count.setText(tr("No matches"))
        else:
            index = found.index(chosen) + 1 if chosen in found else 0
            self.count.setText(tr("{index} of {count}").format(index=index, count=len(found)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched not in (self.field, self.replacement) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
            event.accept()  # Esc closes the bar first (in presentation mode, then leaves)
            return True
        if event.type() == QEvent.Type.KeyPress:
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replacement:
                    self.replace_one()  # Enter in the Replace field: replace and go on
                else:
                    backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.step(forward=not backwards)
                return True
        return super().eventFilter(watched, event)


def _name(document: Document, object_id: str) -> str:
    """How a message names an object: its title or name, quoted."""
    obj = document.object(object_id)
    name = getattr(obj, "title", None) or getattr(obj, "name", None) or ""
    return f"“{name}”"


def install_find(window: MainWindow) -> FindBar:
    """Edit ▸ Find… (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3)."""
    bar = FindBar(window)
    menu = window.menus["edit"]
    menu.addSeparator()
    for key, text, shortcut, slot in (
        ("find", tr("&Find…"), QKeySequence.StandardKey.Find, bar.open_bar),
        (
            "replace",
            tr("Rep&lace…"),
            QKeySequence.StandardKey.Replace,
            lambda: bar.open_bar(replacing=True),
        ),
        (
            "find_next",
            tr("Find Ne&xt"),
            QKeySequence.StandardKey.FindNext,
            lambda: bar.step(forward=True),
        ),
        (
            "find_previous",
            tr("Find Pre&vious"),
            QKeySequence.StandardKey.FindPrevious,
            lambda: bar.step(forward=False),
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(f"action_{key}")
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
    return bar
