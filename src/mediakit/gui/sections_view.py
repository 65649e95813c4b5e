"""The kit's sections: the side list and the pages beside it.

Pages are built when a kit first needs them (every widget costs style-sheet
work, and a kit rarely has every section) and rendered lazily: the section
on screen at once, the others one per turn of the event loop once the window
has painted, so the reader sees the kit first and the window never stalls long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

from mediakit.gui.afterpaint import after_paint
from mediakit.gui.messages import MessageRoute
from mediakit.gui.pages.film import FilmPage
from mediakit.gui.sections import SECTIONS, Section
from mediakit.kit.manifest.model import Kit

if TYPE_CHECKING:
    from mediakit.gui.credentials import KitCredentials
    from mediakit.gui.pages.stills import StillsPage
    from mediakit.media.thumbnails import ThumbnailService


class Page(Protocol):
    def show_kit(self, kit: Kit, language: str) -> None: ...
    def set_language(self, language: str) -> None: ...
    def clear(self) -> None: ...


class SectionsView(QSplitter):
    def __init__(
        self,
        film_page: FilmPage,
        messages: MessageRoute,
        thumbnails: ThumbnailService | None = None,
        parent: QWidget | None = None,
        credentials: KitCredentials | None = None,
    ) -> None:
        super().__init__(parent)
        self.film_page = film_page
        self._credentials = credentials
        self._messages = messages
        self._thumbnails = thumbnails
        self.kit: Kit | None = None
        self.language = ""
        self._unrendered: list[str] = []  # sections of this kit not rendered yet
        self._damaged: frozenset[str] = frozenset()  # files of a damaged archive
        self.section_list = QListWidget()
        self.section_list.setObjectName("sections")
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.currentRowChanged.connect(self._on_row)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setMinimumWidth(180)
        self.pages = QStackedWidget()
        self.section_pages: dict[str, QWidget] = {}
        self._built("film")
        self.addWidget(self.section_list)
        self.addWidget(self.pages)
        self.setStretchFactor(1, 1)
        self.setCollapsible(0, False)
        self.setSizes([200, 1080])

    def show_kit(self, kit: Kit, language: str, damaged: frozenset[str] = frozenset()) -> None:
        self.clear()
        self.kit, self.language, self._damaged = kit, language, damaged
        self.section_list.blockSignals(True)
        self.section_list.clear()
        for section in SECTIONS:
            if section.present(kit):
                item = QListWidgetItem(section.label.shown())
                item.setData(Qt.ItemDataRole.UserRole, section.name)
                self.section_list.addItem(item)
                self._unrendered.append(section.name)
        self.section_list.blockSignals(False)
        self.section_list.setCurrentRow(0)
        self._on_row(0)
        after_paint(self, self._render_next)  # the page on screen paints first

    def clear(self) -> None:
        self._unrendered.clear()
        for name in list(self.section_pages):
            self._page(name).clear()
        self.kit = None

    def set_language(self, language: str) -> None:
        self.language = language
        if self.kit is None:
            return
        for section in SECTIONS:
            if section.present(self.kit) and section.name not in self._unrendered:
                self._page(section.name).set_language(language)

    def visible(self) -> list[str]:
        return [
            self.section_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.section_list.count())
        ]

    def current(self) -> str | None:
        item = self.section_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_section(self, name: str) -> bool:
        names = self.visible()
        if name not in names:
            return False
        self.section_list.setCurrentRow(names.index(name))
        return True

    def step(self, step: int) -> None:
        count = self.section_list.count()
        if count:
            self.section_list.setCurrentRow((self.section_list.currentRow() + step) % count)

    def page(self, name: str) -> QWidget:
        """The page of section ``name``, rendered for the current kit."""
        if name in self._unrendered and self.kit is not None:
            self._unrendered.remove(name)
            page = self._page(name)
            page.show_kit(self.kit, self.language)
            mark_damaged = getattr(page, "mark_damaged", None)
            if self._damaged and mark_damaged is not None:
                mark_damaged(self._damaged)
        return self._built(name)

    @property
    def stills_page(self) -> StillsPage:
        return cast("StillsPage", self._built("stills"))

    def busy(self, *, on_screen: bool = False) -> bool:
        """Whether a page is still to be rendered, or waits for thumbnails or the
        poster; with ``on_screen``, only the page on screen counts (what a
        picture of the window shows)."""
        if on_screen:
            current = self.current()
            page = self.section_pages.get(current) if current is not None else None
            return page is not None and bool(getattr(page, "busy", lambda: False)())
        return bool(self._unrendered) or any(
            bool(getattr(page, "busy", lambda: False)()) for page in self.section_pages.values()
        )

    def shutdown(self) -> None:
        self._unrendered.clear()
        self.film_page.shutdown()
        if "stills" in self.section_pages:
            self.stills_page.shutdown()

    def _on_row(self, row: int) -> None:
        item = self.section_list.item(row)
        if item is not None:
            self.pages.setCurrentWidget(self.page(item.data(Qt.ItemDataRole.UserRole)))

    def _render_next(self) -> None:
        if self._unrendered:
            self.page(self._unrendered[0])
            QTimer.singleShot(0, self, self._render_next)

    def _built(self, name: str) -> QWidget:
        page = self.section_pages.get(name)
        if page is None:
            page = self._build_page(next(s for s in SECTIONS if s.name == name))
            page.setObjectName(f"page-{name}")
            set_credentials = getattr(page, "set_credentials", None)
            if self._credentials is not None and set_credentials is not None:
                set_credentials(self._credentials)  # the pages that show Content Credentials
            self.section_pages[name] = page
            self.pages.addWidget(page)
        return page

    def _build_page(self, section: Section) -> QWidget:
        if section.name == "film":
            return self.film_page
        if section.name == "stills":
            from mediakit.gui.pages.stills import StillsPage

            stills = StillsPage(self._thumbnails)
            stills.notice.connect(self._messages.info)
            stills.problem.connect(self._messages.error)
            return stills
        assert section.build is not None
        return section.build(self.pages)

    def _page(self, name: str) -> Page:
        return cast(Page, self._built(name))
