"""The main window: header, the list of sections, the pages, and opening kits.

A kit is loaded in a worker; until it has loaded the window keeps what it
shows, and a kit that fails to open leaves the previous one on screen with
the problems in the banner.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from mediakit.gui import settings as conf
from mediakit.gui.afterpaint import after_paint
from mediakit.gui.banner import ProblemBanner
from mediakit.gui.contrast import HighContrastSwitch
from mediakit.gui.credentials import KitCredentials
from mediakit.gui.exports import KitExports
from mediakit.gui.findbar import FindBar
from mediakit.gui.findcontrol import FindController
from mediakit.gui.geometry import default_geometry
from mediakit.gui.header import KitHeader
from mediakit.gui.help import KeysDialog
from mediakit.gui.keymap.keyfile import apply_key_file
from mediakit.gui.language import (
    InterfaceLanguageMenu,
    SystemLanguages,
    reader_language,
    remember_language,
    remembered_language,
    restart_note,
    system_languages,
)
from mediakit.gui.library_bar import SORTS
from mediakit.gui.library_open import HitOpener
from mediakit.gui.library_service import LibraryService
from mediakit.gui.menus import build_menus
from mediakit.gui.messages import Action, Level, MessageRoute
from mediakit.gui.opener import KitOpener
from mediakit.gui.openreport import dropped_path, report_failure, report_opened
from mediakit.gui.pages.film import FilmPage
from mediakit.gui.progress import OpenProgress
from mediakit.gui.sections_view import SectionsView
from mediakit.gui.signature_text import report_broken_signature
from mediakit.gui.start import StartPage
from mediakit.gui.textzoom import TextZoom
from mediakit.kit.manifest.model import Kit
from mediakit.languages import reading_language
from mediakit.qttranslate import tr
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown, shown_name

if TYPE_CHECKING:
    from mediakit.gui.pages.stills import StillsPage
    from mediakit.gui.present.controller import PresentController
    from mediakit.gui.provenance_panel import ProvenancePanel
    from mediakit.kit.archive import ArchiveReport
    from mediakit.kit.source import KitSource
    from mediakit.media.thumbnails import ThumbnailService


__all__ = ["MainWindow", "default_geometry"]


class MainWindow(QMainWindow):
    kit_opened = Signal(object)  # Kit
    kit_failed = Signal(object)  # LoadResult

    def __init__(
        self,
        settings: conf.Settings,
        messages: MessageRoute | None = None,
        loader: TaskRunner | None = None,
        thumbnails: ThumbnailService | None = None,
        key_file: Path | None = None,
        system_languages: SystemLanguages = system_languages,
        library: LibraryService | None = None,
    ) -> None:
        """``key_file``: the user's keys (default: keys.ini in the config folder);
        ``system_languages``: the desktop's languages, most wanted first;
        ``library``: the start page's library (default: the user's)."""
        super().__init__()
        self.settings = settings
        # The interface language in force this session, as a language the reader
        # reads (None on a C locale): kits without a remembered choice open in it.
        self.reader_language = reader_language(settings, system_languages)
        self.messages = messages or MessageRoute(self)
        self.messages.posted.connect(self._on_message)
        self._source: KitSource | None = None  # where the kit on screen came from
        self.opener = KitOpener(loader, parent=self)
        self.opener.opened.connect(self._on_opened)
        self.opener.crashed.connect(self._on_open_crashed)
        self.kit: Kit | None = None
        self.kit_path: Path | None = None
        self.archive_report: ArchiveReport | None = None  # the kit on screen's, if packed
        self.language = ""
        self.exports = KitExports(self)
        self.setWindowTitle("mediakit")
        self.setAcceptDrops(True)
        self.setGeometry(default_geometry(QGuiApplication.primaryScreen().availableGeometry()))

        self.header = KitHeader(self.messages)
        self.header.language_changed.connect(self.set_language)
        self.header.ai_requested.connect(lambda: self.show_section("ai"))
        self.banner = ProblemBanner()
        # Before the pages and menus: every tooltip that names a key names the user's.
        apply_key_file(self.messages, key_file)
        self.film_page = FilmPage()
        self.show_controller: PresentController | None = None  # while presenting
        self.editors: list[QMainWindow] = []  # editor windows opened from here
        self.film_page.volume.setValue(self.settings.get(conf.VOLUME))
        self.film_page.volume.valueChanged.connect(
            lambda value: self.settings.set(conf.VOLUME, value)
        )
        # The media's Content Credentials, read once the kit has painted; the panel when asked.
        self.credentials = KitCredentials(self)
        self.credentials.panel_requested.connect(self.show_provenance)
        self.provenance_panel: ProvenancePanel | None = None
        self.sections = SectionsView(
            self.film_page, self.messages, thumbnails, credentials=self.credentials
        )
        self.section_list, self.pages = self.sections.section_list, self.sections.pages
        kit_view = QWidget()
        column = QVBoxLayout(kit_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        self.find_bar = FindBar()  # Ctrl+F: find in every section, under the header
        column.addWidget(self.find_bar)
        self.finder = FindController(self.find_bar, self.sections, self)
        column.addWidget(self.sections, 1)

        self.library = library or LibraryService(parent=self)
        self.library.message.connect(
            lambda text, warn: (self.messages.warning if warn else self.messages.info)(text)
        )
        if (sort := self.settings.get(conf.LIBRARY_SORT)) in SORTS:
            self.library.sort = sort  # the order the reader chose last time
        self.start_page = StartPage(self.library)
        self.start_page.bar.sort_changed.connect(
            lambda name: self.settings.set(conf.LIBRARY_SORT, name)
        )
        self.start_page.open_requested.connect(self.choose_kit)
        self.start_page.add_folder_requested.connect(self.choose_library_folder)
        self.start_page.kit_chosen.connect(lambda p: self.open_kit(Path(p)))
        self.hit_opener = HitOpener(self)  # a search result: its kit, at its section
        self.start_page.hit_chosen.connect(self.hit_opener.open)
        self.views = QStackedWidget()
        self.views.addWidget(self.start_page)
        self.views.addWidget(kit_view)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addWidget(self.views, 1)
        self.setCentralWidget(central)
        self.high_contrast = HighContrastSwitch(self.settings, self)
        self.text_zoom = TextZoom(self.settings, self.statusBar(), self)
        self._build_menus()
        self._refresh_recent(self.settings.get(conf.RECENT_KITS))
        self._restore_state()
        self.progress = OpenProgress()
        self.progress.cancel_requested.connect(self.cancel_open)
        self.opener.progress.connect(self.progress.show_progress)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().showMessage(tr("Open a kit to begin."))

    # -- opening kits -------------------------------------------------------

    def choose_kit(self) -> None:
        """Open a packed kit (.mediakit) or a folder's kit.yaml."""
        from PySide6.QtWidgets import QFileDialog  # rarely used: not paid for at start-up

        start = self.settings.get(conf.LAST_FOLDER) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Open a kit"), start, tr("Media kits (*.mediakit kit.yaml);;All files (*)")
        )
        if chosen:
            self.open_kit(Path(chosen))

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.settings.get(conf.LAST_FOLDER) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Open a kit folder"), start)
        if folder:
            self.open_kit(Path(folder))

    def choose_library_folder(self) -> None:
        """Add a folder of kits to the library: indexed now, watched while the program runs."""
        from PySide6.QtWidgets import QFileDialog

        start = self.settings.get(conf.LAST_FOLDER) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Add a folder of kits"), start)
        if folder:
            self.settings.set(conf.LAST_FOLDER, folder)
            self.library.add_folder(Path(folder))

    def open_kit(self, path: Path, *, allow_damaged: bool = False) -> None:
        """Open ``path`` (folder, kit.yaml or archive) in a worker; the window
        stays usable and keeps the kit it shows until the new one is ready."""
        self.statusBar().showMessage(tr("Opening {name}…").format(name=shown_name(str(path))))
        self.progress.start(path)
        self.opener.open(path, allow_damaged=allow_damaged)

    def cancel_open(self) -> None:
        self.opener.cancel()
        self.progress.finish()
        self.statusBar().showMessage(tr("Opening cancelled."), 5000)

    def _on_opened(self, source: KitSource) -> None:
        self.progress.finish()
        path, result = source.path, source.result
        if result.kit is None:
            reopen = partial(self.open_kit, path, allow_damaged=True)
            if not report_broken_signature(self.messages, source, self.kit is not None, reopen):
                report_failure(self.messages, source, kept=self.kit is not None, reopen=reopen)
            self.kit_failed.emit(result)
            return
        self.show_kit(result.kit, path, source.archive)
        self.library.remember_opened(path)  # in a worker: the library's recently opened
        self._source = source  # keeps an unpacked archive pinned while its kit is shown
        if not report_opened(self.messages, source):
            self.banner.hide()
        self.kit_opened.emit(result.kit)

    def _on_open_crashed(self, error: str) -> None:
        self.progress.finish()
        self.messages.error(tr("Could not open the kit: {error}").format(error=error))

    def show_kit(self, kit: Kit, path: Path, archive: ArchiveReport | None = None) -> None:
        """Show ``kit``, opened from ``path``: a folder, or an archive with its report."""
        self.close_kit(keep_start=True)
        self.kit, self.kit_path, self.archive_report = kit, path, archive
        self.language = self._initial_language(kit)
        self.header.show_kit(kit, self.language)
        self.header.show_source(archive)
        self.sections.show_kit(kit, self.language, archive.damaged if archive else frozenset())
        self.finder.kit_changed()
        after_paint(self, partial(self._read_credentials, kit))
        self.views.setCurrentIndex(1)
        focus = self.focusWidget()
        if focus is None or not focus.isVisible() or focus is self.header.languages:
            # A kit opens with the keys on its sections, not on the first thing
            # Qt could focus (the language switch, or the start page's button now hidden).
            self.section_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setWindowTitle(
            tr("{title} — mediakit").format(title=shown(kit.text(kit.title, self.language)))
        )
        self.settings.set(conf.LAST_FOLDER, str(path.resolve().parent))
        self._refresh_recent(self.settings.add_recent_kit(str(path.resolve())))
        self.statusBar().showMessage(shown_name(str(path)), 5000)

    def _read_credentials(self, kit: Kit) -> None:
        if self.kit is kit:  # not replaced or closed before the window painted
            self.credentials.read_kit(kit)

    def find_text(self) -> None:
        """Ctrl+F: find in the kit on screen; on the library, its search box."""
        if self.kit is None:
            self.start_page.focus_start()
        else:
            self.finder.open()

    def copy_still(self) -> None:
        """Edit ▸ Copy still with credit: the still selected on the stills page."""
        if self.kit is None or self.current_section() != "stills":
            self.statusBar().showMessage(
                tr("Select a still on the stills page to copy it with its credit."), 5000
            )
            return
        self.stills_page.copy_with_credit()

    def show_provenance(self, path: Path | None = None) -> None:
        """Kit ▸ How this was made: the Content Credentials panel, at ``path`` if given."""
        if self.kit is None:
            self.statusBar().showMessage(tr("Open a kit to see how its media were made."), 5000)
            return
        if self.provenance_panel is None:
            from mediakit.gui.provenance_panel import ProvenancePanel  # only when asked

            self.provenance_panel = ProvenancePanel(self.credentials, self)
        self.provenance_panel.show_file(path)

    def close_kit(self, *, keep_start: bool = False) -> None:
        self.sections.clear()
        self.finder.kit_changed()
        self.credentials.clear()
        if self.provenance_panel is not None:
            self.provenance_panel.hide()
        if self._source is not None:
            self._source.release()
            self._source = None
        self.kit = None
        self.kit_path = None
        self.archive_report = None
        if not keep_start:
            self.views.setCurrentIndex(0)
            self.setWindowTitle("mediakit")
            self.banner.hide()

    def _initial_language(self, kit: Kit) -> str:
        """The language picked for this kit, else the interface's if the kit has it,
        else the kit's first."""
        remembered = remembered_language(self.settings, kit.id)
        return reading_language(kit.languages, remembered, self.reader_language)

    # -- sections and language ----------------------------------------------

    def set_language(self, language: str) -> None:
        if self.kit is None or language == self.language:
            return
        self.language = language
        remember_language(self.settings, self.kit.id, language)  # for this kit only
        self.header.set_language(language)
        self.sections.set_language(language)
        self.finder.language_changed()
        self.setWindowTitle(
            tr("{title} — mediakit").format(title=shown(self.kit.text(self.kit.title, language)))
        )

    def next_language(self) -> None:
        if self.kit is None:
            return
        codes = list(self.kit.languages)
        index = codes.index(self.language) if self.language in codes else -1
        self.set_language(codes[(index + 1) % len(codes)])

    def visible_sections(self) -> list[str]:
        return self.sections.visible()

    def current_section(self) -> str | None:
        return self.sections.current()

    def show_section(self, name: str) -> bool:
        return self.sections.show_section(name)

    def step_section(self, step: int) -> None:
        self.sections.step(step)

    def page(self, name: str) -> QWidget:
        """The page of section ``name``, rendered for the current kit."""
        return self.sections.page(name)

    @property
    def stills_page(self) -> StillsPage:
        return self.sections.stills_page

    # -- menus, keys, recent kits -------------------------------------------

    def _build_menus(self) -> None:
        self.interface_menu = InterfaceLanguageMenu(self.settings, self)
        self.interface_menu.chosen.connect(
            lambda _code: self.statusBar().showMessage(restart_note(), 10_000)
        )
        self.actions_by_name, self.recent_menu = build_menus(
            self,
            {
                "open": self.choose_kit,
                "open_folder": self.choose_folder,
                "add_library_folder": self.choose_library_folder,
                "close_kit": lambda: self.close_kit(),
                "edit": self.edit_kit,
                "provenance": lambda: self.show_provenance(),
                "export_web": self.exports.web,
                "export_sheet": self.exports.export_sheet,
                "export_slides": self.exports.slides,
                "print": self.exports.print_sheet,
                "next_section": lambda: self.step_section(1),
                "previous_section": lambda: self.step_section(-1),
                "focus_sections": self.section_list.setFocus,
                "next_language": self.next_language,
                "copy_still": self.copy_still,
                "find": self.find_text,
                "find_next": lambda: self.finder.step(1),
                "find_previous": lambda: self.finder.step(-1),
                "zoom_in": self.text_zoom.zoom_in,
                "zoom_out": self.text_zoom.zoom_out,
                "zoom_reset": self.text_zoom.reset,
                "full_screen": self.toggle_full_screen,
                "present": lambda: self.present(),
                "help": self.show_keys,
                "quit": self.close,
            },
            view_toggles=(self.high_contrast.action,),
            view_menus=(self.interface_menu,),
            export_extras=(self.stills_page.export_all_action,),
        )

    def _refresh_recent(self, paths: list[str]) -> None:
        self.start_page.set_recent(paths)
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(shown_name(path))
            action.triggered.connect(lambda _=False, p=path: self.open_kit(Path(p)))
        self.recent_menu.setEnabled(bool(paths))

    def edit_kit(self) -> None:
        """Kit ▸ Edit: the kit on screen in an editor window of its own."""
        if self.kit_path is None:
            self.statusBar().showMessage(tr("Open a kit to edit it."), 5000)
            return
        from mediakit.gui.editor.window import open_editor  # only when editing

        editor = open_editor(self.kit_path, self.settings)
        self.editors.append(editor)
        editor.closed.connect(lambda: self.editors.remove(editor))  # closed: let it go

    def show_keys(self) -> None:
        KeysDialog(self).show()

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def present(self, start: int = 1) -> None:
        """Pitch the kit full screen from slide ``start``; Esc comes back here as it was."""
        if self.kit is None:
            self.statusBar().showMessage(tr("Open a kit to present it."), 5000)
            return
        if self.show_controller is not None:
            return
        from mediakit.gui.present.controller import PresentController  # only when presenting

        self.film_page.player.pause()
        self.show_controller = PresentController(self.kit, self.language, self)
        self.show_controller.finished.connect(self._on_presented)
        self.show_controller.start(start)

    def _on_presented(self) -> None:
        if self.show_controller is not None:
            self.show_controller.deleteLater()
            self.show_controller = None
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise, and says so
            self.raise_()
        self.activateWindow()

    def _on_message(self, level: Level, text: str, details: list[str], action: Action) -> None:
        if level is Level.INFO:
            self.statusBar().showMessage(shown(text), 5000)
        else:
            self.banner.show_message(level, text, details, action)
            self.statusBar().showMessage(shown(text))

    # -- drag and drop, state -----------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_path(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_path(event.mimeData().urls())
        if path is not None:
            event.acceptProposedAction()
            self.open_kit(path)

    def _restore_state(self) -> None:
        geometry = self.settings.get(conf.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = self.settings.get(conf.SPLITTER)
        if not splitter.isEmpty():
            self.sections.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(conf.GEOMETRY, self.saveGeometry())
        self.settings.set(conf.SPLITTER, self.sections.saveState())
        self.settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def busy(self, *, on_screen: bool = False) -> bool:
        """Whether a kit, a thumbnail or the poster is still on its way; with
        ``on_screen``, only what the window shows now counts."""
        return (
            self.opener.opening is not None
            or self.sections.busy(on_screen=on_screen)
            or (self.kit is not None and self.credentials.busy())
            or self.header.busy()
        )

    def shutdown(self) -> None:
        """Stop the film and background work before Qt tears windows down."""
        if self.show_controller is not None:
            self.show_controller.stop()
        self.sections.shutdown()
        self.start_page.shutdown()
        self.credentials.shutdown()
        self.opener.cancel()
        if self._source is not None:
            self._source.release()
            self._source = None
