"""The base of every canvas item: a model id, a layout box, and bounds derived from it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)


class MapItem(QGraphicsItem):
    """A view of one model object. It holds values from the layout, never model objects.

    Items paint in scene coordinates (their position stays (0, 0)); a drag moves an item
    by setting its position as an offset until the edit is committed and the layout
    places it again.
    """

    def __init__(self, object_id: str, box: Any, z: float = 0.0) -> None:
        super().__init__()
        self._id = object_id
        self._box = box
        self._bounds = self.compute_bounds(box)
        self.setZValue(z)
        self.setFlags(self.FLAGS)

    # exposedRect lets wide items (lanes, the band) skip text outside the repaint.
    # Subclasses add theirs; one setFlags call per item (a map builds thousands).
    FLAGS = QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption

    # The pointer shape over this item, set on the first hover rather than for every
    # item of a map at build time (setCursor costs ~4 µs an item; few are ever hovered).
    CURSOR: Qt.CursorShape | None = None

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.CURSOR is not None and not self.hasCursor():
            self.setCursor(self.CURSOR)  # Qt updates the view's cursor at once
        super().hoverEnterEvent(event)

    def model_id(self) -> str:
        """The id of the model object this item shows."""
        return self._id

    @property
    def box(self) -> Any:
        """The layout box this item draws."""
        return self._box

    def set_box(self, box: Any) -> None:
        """Show a new layout box (after an edit or undo) and return to rest position."""
        self.prepareGeometryChange()
        self._box = box
        self._bounds = self.compute_bounds(box)
        self.setPos(0, 0)
        self.update()

    def focus_area(self) -> QRectF:
        """What Tab and the menu key bring into view (scene coordinates)."""
        return self.sceneBoundingRect()

    def compute_bounds(self, box: Any) -> QRectF:
        """The area this item paints, in scene coordinates."""
        raise NotImplementedError

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        raise NotImplementedError

    @staticmethod
    def lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
        """How many device pixels one scene unit covers here (level of detail)."""
        return option.levelOfDetailFromTransform(painter.worldTransform())
