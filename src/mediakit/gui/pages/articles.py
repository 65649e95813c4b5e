"""Press coverage carried in the kit, readable in full."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.external import open_link
from mediakit.gui.find import Hit, Passage, current_hit, show_widget_hits
from mediakit.gui.kittext import KitTextView, shown_plain_text
from mediakit.gui.pages.base import KitPage, MeasureKeeper, plain_label, section_heading
from mediakit.gui.pages.quotes import format_date
from mediakit.gui.textclip import label_text
from mediakit.kit.manifest.model import Article

CHOOSER_CHARS = 300  # a headline is under 200; the list would lay out a longer one at each open


class ArticlesPage(KitPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Heading, chooser, title and byline keep to the measure of the text
        # below; the text's view spans the page so it scrolls at the window's edge.
        masthead = QWidget()
        head = QVBoxLayout(masthead)
        head.setSpacing(theme.SPACING["m"])
        page = theme.page_margins()
        self._measure = MeasureKeeper(
            masthead, head, QMargins(page.left(), page.top(), page.right(), theme.SPACING["l"])
        )
        top = QHBoxLayout()
        top.addWidget(section_heading(self.tr("Articles")), 1)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Article"))
        # Long headlines must not widen the page: the list shows them in full.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(24)
        self.chooser.currentIndexChanged.connect(self._show_article)
        top.addWidget(self.chooser)
        head.addLayout(top)
        self.title = plain_label("", "articleTitle")
        self.byline = plain_label("", "articleByline")
        head.addWidget(self.title)
        byline_row = QHBoxLayout()
        byline_row.addWidget(self.byline, 1)
        self.open_button = QPushButton(self.tr("Open original"))
        self.open_button.setToolTip(self.tr("Open the article's web address in your browser"))
        self.open_button.clicked.connect(self._open_original)
        byline_row.addWidget(self.open_button)
        head.addLayout(byline_row)
        layout.addWidget(masthead)
        self._articles_of: tuple[Article, ...] | None = None  # the kit's, when last shown
        self.body = KitTextView(self)
        self.body.set_accessible_name(self.tr("Text of the article"))
        body_row = QHBoxLayout()
        body_row.setContentsMargins(page.left(), 0, 0, 0)
        body_row.addWidget(self.body)
        layout.addLayout(body_row, 1)

    def refresh(self) -> None:
        assert self.kit is not None
        current = self._preferred(self.chooser.currentIndex())
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for article in self.kit.articles:
            suffix = f" ({article.language})" if article.language else ""
            title = f"{article.publication} — {self.t(article.title)}"
            self.chooser.addItem(label_text(title, CHOOSER_CHARS) + suffix)
        self.chooser.setCurrentIndex(min(current, len(self.kit.articles) - 1))
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.kit.articles) > 1)
        self._show_article(self.chooser.currentIndex())

    def _preferred(self, current: int) -> int:
        """The article to show: the one on screen, unless it is in another language than
        the reader's and the kit has one in theirs (a new kit opens on that one too)."""
        assert self.kit is not None
        articles = self.kit.articles
        if self._articles_of is not articles:  # another kit: nothing on screen to keep
            self._articles_of, current = articles, -1
        shown = articles[current] if 0 <= current < len(articles) else None
        reader = self.language.lower()
        if shown is not None and (shown.language or "").lower() in ("", reader):
            return current
        theirs = [i for i, a in enumerate(articles) if (a.language or "").lower() == reader]
        return theirs[0] if theirs else max(current, 0)

    def current_article(self) -> Article | None:
        if self.kit is None or not 0 <= self.chooser.currentIndex() < len(self.kit.articles):
            return None
        return self.kit.articles[self.chooser.currentIndex()]

    def _show_article(self, _index: int) -> None:
        article = self.current_article()
        if article is None:
            return
        body = self.t(article.body)
        self.title.setText(label_text(self.t(article.title)))
        # An article carried as published usually opens with its own headline.
        self.title.setVisible(not body.lstrip().startswith("#"))
        self.byline.setText(self.byline_text(article))
        self.open_button.setVisible(bool(article.url))
        self.body.set_markdown(body)

    def byline_text(self, article: Article) -> str:
        """Publication · by author · date · address, as the byline shows it."""
        parts = [article.publication]
        if article.author:
            parts.append(self.tr("by %1").replace("%1", article.author))
        if article.date:
            parts.append(format_date(article.date, self.language))
        if article.url:
            parts.append(article.url)
        return label_text(" · ".join(parts))

    def _open_original(self) -> None:
        article = self.current_article()
        if article is not None and article.url:
            open_link(article.url)

    # -- find in a kit (mediakit.gui.find) -------------------------------------

    def find_passages(self) -> list[Passage]:
        """Each article's title, byline and text, as they show once it is chosen."""
        assert self.kit is not None
        passages = []
        for index, article in enumerate(self.kit.articles):
            body = self.t(article.body)
            if not body.lstrip().startswith("#"):  # else the title is not shown
                passages.append(Passage(label_text(self.t(article.title)), ("title", index)))
            passages.append(Passage(self.byline_text(article), ("byline", index)))
            shown = self.body.plain_text() if index == self.chooser.currentIndex() else None
            passages.append(Passage(shown or shown_plain_text(body), ("body", index)))
        return passages

    def show_matches(self, hits: Sequence[Hit]) -> None:
        current = current_hit(hits)
        if current is not None:
            _part, index = cast("tuple[str, int]", current.passage.target)
            if index != self.chooser.currentIndex():
                self.chooser.setCurrentIndex(index)  # the article the match is in
        labels, body = {"title": self.title, "byline": self.byline}, []
        label_hits = []
        for hit in hits:
            part, index = cast("tuple[str, int]", hit.passage.target)
            if index != self.chooser.currentIndex():
                continue  # not on screen
            if part in labels:
                moved = Passage(hit.passage.text, labels[part])
                label_hits.append(Hit(moved, hit.start, hit.end, hit.current))
            else:
                body.append((hit.start, hit.end, hit.current))
        show_widget_hits(self, label_hits, None)
        self.body.show_hits(body)
