"""The window's menu bar: what each window action does is the window's, its
keys and label the registry's; here only which menu holds it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from mediakit.gui.keymap.qactions import window_actions

# Edit, as in document viewers (Evince, Okular): the kit is read-only, so it holds finding.
EDIT_MENU = ("copy_still", "find", "find_next", "find_previous")

# Export: the forms a kit is passed around in; printing the sheet is in the Kit menu.
EXPORT_MENU = ("export_web", "export_sheet", "export_slides")

VIEW_MENU = (
    "next_section",
    "previous_section",
    "next_language",
    "zoom_in",
    "zoom_out",
    "zoom_reset",
    "full_screen",
    "present",
)


def build_menus(
    window: QMainWindow,
    handlers: Mapping[str, Callable[[], object]],
    view_toggles: Sequence[QAction] = (),
    view_menus: Sequence[QMenu] = (),
    export_extras: Sequence[QAction] = (),
) -> tuple[dict[str, QAction], QMenu]:
    """The window's actions by name, in its menus; and the (empty) Open Recent menu.
    ``view_toggles`` (High contrast…) close the View menu, ``export_extras`` the
    Export menu, each after a separator."""
    actions = window_actions(window, handlers)
    bar = window.menuBar()
    kit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Kit"))
    kit_menu.addAction(actions["open"])
    kit_menu.addAction(actions["open_folder"])
    recent = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window)
    kit_menu.addMenu(recent)
    kit_menu.addAction(actions["add_library_folder"])
    kit_menu.addAction(actions["close_kit"])
    kit_menu.addSeparator()
    kit_menu.addAction(actions["edit"])
    kit_menu.addAction(actions["provenance"])
    kit_menu.addSeparator()
    kit_menu.addAction(actions["print"])
    kit_menu.addSeparator()
    kit_menu.addAction(actions["quit"])
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for name in EDIT_MENU:
        edit_menu.addAction(actions[name])
    export_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "E&xport"))
    for name in EXPORT_MENU:
        export_menu.addAction(actions[name])
    if export_extras:  # Export all stills… (the stills page's)
        export_menu.addSeparator()
        export_menu.addActions(list(export_extras))
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for name in VIEW_MENU:
        view_menu.addAction(actions[name])
    if view_toggles:
        view_menu.addSeparator()
        view_menu.addActions(list(view_toggles))
    if view_menus:  # Interface language …
        view_menu.addSeparator()
        for menu in view_menus:
            view_menu.addMenu(menu)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions["help"])
    return actions, recent
