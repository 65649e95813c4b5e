"""The press sheet: one or two pages for paper, drawn with Qt's own PDF output."""
