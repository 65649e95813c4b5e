"""Find in a kit: Ctrl+F, the count as you type, F3 / Shift+F3 across sections.

Every page of the kit that takes part (:class:`mediakit.gui.find.Findable`)
gives the texts it shows, gathered once for a kit and a language on the GUI
thread (ROPED: 5 ms; a kit of articles of 50 KB, 200 KB and 1 MB: 65 ms, the
hidden articles' markdown parsed for the words it shows). They are folded
(:class:`mediakit.gui.findtext.Folded`) in the pool: 1 ms for ROPED, 190 ms
for that kit, a chunk at a time so the window keeps being served (its event
loop waited at most 23 ms meanwhile). Each query is then a ``str.find`` loop
on the GUI thread once the typing pauses
(:data:`mediakit.gui.findbar.TYPING_PAUSE_MS`): with the count and the
highlights, at most 2 ms on ROPED and 11 ms on that kit, the matches capped
at :data:`mediakit.gui.findtext.MAX_MATCHES` as browsers cap them.

Matches are in section order, then reading order in a page. The current one
is shown where it is: its section comes up, its page scrolls to it and
highlights it; the other matches of the page on screen are highlighted too.
Another kit or another reading language searches again (the pages were
rebuilt); closing the bar clears every highlight.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from mediakit.gui.find import Findable, Hit, Passage
from mediakit.gui.findbar import FindBar
from mediakit.gui.findtext import MAX_MATCHES, Folded, Match, find_matches, fold_sections
from mediakit.gui.sections_view import SectionsView
from mediakit.tasks import TaskRunner


class FindController(QObject):
    def __init__(
        self,
        bar: FindBar,
        sections: SectionsView,
        parent: QObject | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self.sections = sections
        self.matches: list[Match] = []
        self.current: int | None = None  # index in matches
        self.searched = ""  # the words the matches are of
        self._passages: dict[str, list[Passage]] | None = None  # by section, for this kit
        self._folded: list[tuple[str, list[Folded]]] | None = None  # the same, folded
        self._runner = runner or TaskRunner(1, parent=self)
        self._folding = False  # a fold of this kit's texts is under way
        self._shown: set[str] = set()  # sections whose pages show highlights
        bar.query_changed.connect(lambda _query: self.search())
        bar.next_requested.connect(lambda: self.step(1))
        bar.previous_requested.connect(lambda: self.step(-1))
        bar.close_requested.connect(self.close)
        bar.hide()

    # -- what the window asks ---------------------------------------------------

    def open(self) -> None:
        """Ctrl+F: the bar, its field focused with what it holds selected."""
        if self.sections.kit is None:
            return
        self.bar.show()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()
        if self.bar.query().strip() and not self.matches:
            self.search()

    def close(self) -> None:
        """Esc: the bar hidden, every highlight cleared, the keys back on the page."""
        focus = QApplication.focusWidget()
        was_in_bar = focus is not None and self.bar.isAncestorOf(focus)
        if was_in_bar:  # the keys go back to the page, where the match is
            self._reading_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.bar.hide()
        self._clear_highlights()
        self.matches, self.current, self.searched = [], None, ""

    def _reading_widget(self) -> QWidget:
        """Where the reader's keys go after the bar: the text view or grid showing
        the current match (else the page's first), else the list of sections."""
        section = self.sections.current()
        if section is None:
            return self.sections.section_list
        page = self.sections.page(section)
        target: object = page
        if self.current is not None and self.matches[self.current].section == section:
            match = self.matches[self.current]
            target = self.passages(section)[match.passage].target
        root = target if isinstance(target, QWidget) else page
        widgets = [root, *root.findChildren(QWidget)]
        usable = [w for w in widgets if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        views = [w for w in usable if isinstance(w, QAbstractScrollArea)]
        return (views or usable or [self.sections.section_list])[0]

    def step(self, by: int) -> None:
        """F3 (+1) / Shift+F3 (-1): the next or previous match, round the kit."""
        if self.sections.kit is None:
            return
        if self.bar.isHidden():
            self.open()
        self.bar.flush()
        if not self.matches:
            return
        if self.current is None:
            self.current = self._first_from_here() if by > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + by) % len(self.matches)
        self._show()

    def kit_changed(self) -> None:
        """Another kit, or none: nothing found yet in it; searched again if the bar is open."""
        self._forget()
        if self.sections.kit is not None and self.bar.isVisible() and self.bar.query().strip():
            self.search()

    def language_changed(self) -> None:
        """The pages were rebuilt in another language: search them again."""
        self._forget()
        if self.bar.isVisible() and self.bar.query().strip():
            self.search()

    # -- searching ------------------------------------------------------------

    def search(self) -> None:
        """Find the field's words; the current match is the first one in the section
        on screen or after it. The kit's texts are folded first, once, in a worker."""
        self._clear_highlights()
        query = self.bar.query()
        if query.strip() and self._folded is None:
            self.matches, self.current = [], None
            self.bar.show_searching()
            if not self._folding:
                self._fold()
            return
        self._match(query)

    def passages(self, section: str) -> list[Passage]:
        self._collect()
        assert self._passages is not None
        return self._passages.get(section, [])

    def _collect(self) -> None:
        if self._passages is not None:
            return
        self._passages = {}
        for name in self.sections.visible():
            page = self.sections.page(name)  # rendered now if it was not yet
            if isinstance(page, Findable):
                self._passages[name] = page.find_passages()

    def _fold(self) -> None:
        """The pages' texts gathered here (widgets), folded in the pool (plain strings)."""
        self._collect()
        assert self._passages is not None
        texts = [(name, [p.text for p in passages]) for name, passages in self._passages.items()]
        self._folding = True
        self._runner.run(lambda: fold_sections(texts), self._on_folded)

    def _on_folded(self, folded: list[tuple[str, list[Folded]]]) -> None:
        self._folded, self._folding = folded, False
        if self.bar.isVisible():
            self._match(self.bar.query())

    def _match(self, query: str) -> None:
        self.searched = query
        self.matches = find_matches(self._folded or [], query) if query.strip() else []
        self.current = self._first_from_here() if self.matches else None
        self._show()

    def _first_from_here(self) -> int:
        rank = {name: i for i, name in enumerate(self.sections.visible())}
        here = rank.get(self.sections.current() or "", 0)
        return next((i for i, m in enumerate(self.matches) if rank[m.section] >= here), 0)

    def _forget(self) -> None:
        self._clear_highlights()
        self._runner.cancel()  # a fold of the texts that were: thrown away
        self._passages, self._folded, self._folding = None, None, False
        self.matches, self.current, self.searched = [], None, ""
        self._shown.clear()
        self.bar.show_count(None, 0)

    # -- showing --------------------------------------------------------------

    def _show(self) -> None:
        """The count, and the current match's section brought up and highlighted."""
        more = len(self.matches) >= MAX_MATCHES
        self.bar.show_count(self.current, len(self.matches), more=more)
        if self.current is None:
            return
        match = self.matches[self.current]
        if self.sections.current() != match.section:
            self._clear_highlights()
            self.sections.show_section(match.section)
        self._highlight(match.section, match)

    def _highlight(self, section: str, current: Match | None) -> None:
        page = self.sections.page(section)
        if not isinstance(page, Findable):
            return
        passages = self.passages(section)
        hits = [
            Hit(passages[m.passage], m.start, m.end, m is current)
            for m in self.matches
            if m.section == section
        ]
        page.show_matches(hits)
        self._shown.add(section)

    def _clear_highlights(self) -> None:
        for section in list(self._shown):
            # Not page(): that would render a page of a new kit before its turn.
            show = getattr(self.sections.section_pages.get(section), "show_matches", None)
            if show is not None:
                show([])
        self._shown.clear()
