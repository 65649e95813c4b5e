"""The editor's header, as the reading window's: the kit's title as it stands
in the text being edited, and the language its texts are edited in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mediakit.gui.editor.context import EditContext
from mediakit.gui.editor.textpaths import kit_languages, read_text
from mediakit.gui.header import language_name
from mediakit.textsafety import shown


class EditorHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitHeader")
        self.context: EditContext | None = None
        self.title = QLabel()
        self.title.setObjectName("kitTitle")
        self.languages = QComboBox()
        self.languages.setAccessibleName(self.tr("Language of the texts"))
        # Its items come once the kit is read, after the first show: grow with them.
        self.languages.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.languages.currentIndexChanged.connect(self._on_language)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 12, 24, 12)
        bar.addWidget(self.title, 1)
        texts_in = QLabel(self.tr("Texts in"))
        texts_in.setObjectName("termLabel")
        texts_in.setBuddy(self.languages)
        bar.addWidget(texts_in)
        bar.addWidget(self.languages)

    def show_context(self, context: EditContext) -> None:
        self.context = context
        self.refresh()

    def refresh(self) -> None:
        """The kit's languages and title, as the document now has them."""
        if self.context is None:
            return
        context = self.context
        codes = kit_languages(context.session.document)
        if [self.languages.itemData(i) for i in range(self.languages.count())] != codes:
            self.languages.blockSignals(True)
            self.languages.clear()
            for code in codes:  # named as the reading window's presenter names them
                self.languages.addItem(f"{language_name(code)} ({code})", code)
            language = context.language if context.language in codes else codes[0]
            self.languages.setCurrentIndex(codes.index(language))
            self.languages.blockSignals(False)
            context.set_language(language)
        document = context.session.document
        title = read_text(document, "title", context.language) or read_text(
            document, "title", codes[0]
        )  # a reader of another language sees the first language's title
        self.title.setText(shown(title if isinstance(title, str) else "") or self.tr("(no title)"))

    def next_language(self) -> None:
        count = self.languages.count()
        if count:
            self.languages.setCurrentIndex((self.languages.currentIndex() + 1) % count)

    def select_language(self, code: str) -> bool:
        """Edit the texts in ``code``, if the kit has it."""
        index = self.languages.findData(code)
        if index >= 0:
            self.languages.setCurrentIndex(index)
        return index >= 0

    def _on_language(self, index: int) -> None:
        code = self.languages.itemData(index)
        if self.context is not None and isinstance(code, str) and code:
            self.context.set_language(code)
            self.refresh()
