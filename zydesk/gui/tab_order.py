"""Tab order along a chain of widgets, touching Qt's focus chain only where it is out of order.

`QWidget.setTabOrder(a, b)` moves `b` alone to follow `a` and costs Qt a walk of the window's focus chain.
Setting every pair of a 200-indicator form (1,400 fields) took seconds on each rebuild (start, switching
forms, adding a row). Widgets are mostly made in paper order, so the chain is a few runs already in order:
the longest run stays where it is and only the widgets of the other runs are moved next to it.
"""

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

# How far to look past a widget for the next one Tab reaches (a text box brings a viewport and scroll bars).
LOOK_AHEAD = 64
# A plain int: `policy & Qt.FocusPolicy.TabFocus` has Python's enum make a flag object at every step of a walk.
_TAB_FOCUS = Qt.FocusPolicy.TabFocus.value


class TabChain:
    """The tab order of one window's chain of fields, set again only when the chain has changed."""

    def __init__(self):
        self._last: list[QWidget] = []

    def apply(self, widgets: Sequence[QWidget]) -> int:
        widgets = list(widgets)
        if len(widgets) == len(self._last) and all(a is b for a, b in zip(widgets, self._last, strict=True)):
            return 0  # the same widgets in the same order: nothing else moves them in the focus chain
        self._last = widgets
        return chain_tab_order(widgets)


def chain_tab_order(widgets: Sequence[QWidget]) -> int:
    """Tab moves from each widget to the next one in `widgets`; returns how many moves that took."""
    widgets = list(widgets)
    breaks = [k for k in range(len(widgets) - 1) if not _follows(widgets[k], widgets[k + 1])]
    if not breaks:
        return 0
    edges = [0, *(k + 1 for k in breaks), len(widgets)]
    start, end = max(itertools.pairwise(edges), key=lambda run: run[1] - run[0])
    moves = 0
    previous = _previous_tab_stop(widgets[start], _common_ancestor(widgets[0], widgets[-1])) if start else None
    if previous is not None:
        # The widgets before the longest run go, one by one, in front of its first widget (Qt moves a widget
        # only to follow one that takes focus: the Tab stop before the run).
        for first, second in itertools.pairwise([previous, *widgets[:start]]):
            QWidget.setTabOrder(first, second)
            moves += 1
    for k in range(end - 1, len(widgets) - 1):
        if not _follows(widgets[k], widgets[k + 1]):
            QWidget.setTabOrder(widgets[k], widgets[k + 1])
            moves += 1
    if not all(_follows(a, b) for a, b in itertools.pairwise(widgets)):
        # Some unusual chain (focus proxies, nested fields): the plain way, every pair.
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)
            moves += 1
    return moves


def _common_ancestor(first: QWidget, second: QWidget) -> QWidget | None:
    ancestor = first.parentWidget()
    while ancestor is not None and not ancestor.isAncestorOf(second):
        ancestor = ancestor.parentWidget()
    return ancestor


def _previous_tab_stop(widget: QWidget, scope: QWidget | None) -> QWidget | None:
    """The Tab stop before `widget`, if it lies inside `scope`: widgets elsewhere in the window (a dock's tree and
    its header) are never moved; reordering those made Qt 6.11 crash in a header's delayed update."""
    current = widget
    for _ in range(LOOK_AHEAD):
        current = current.previousInFocusChain()
        if current is None or current is widget:
            return None
        if current.focusPolicy().value & _TAB_FOCUS and current.focusProxy() is None:
            return current if scope is not None and scope.isAncestorOf(current) else None
    return None


def _follows(first: QWidget, second: QWidget) -> bool:
    """Whether Tab goes from `first` straight to `second`: no other Tab stop between them in the focus chain."""
    current = first
    for _ in range(LOOK_AHEAD):
        current = current.nextInFocusChain()
        if current is second:
            return True
        if current is None or current is first:
            return False
        if first.isAncestorOf(current) or current.focusProxy() is not None:
            continue
        if current.focusPolicy().value & _TAB_FOCUS:
            return False
    return False
