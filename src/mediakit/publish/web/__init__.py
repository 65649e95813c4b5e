"""The web press page: a static site from a kit, one page per language, without Qt.

:func:`export_site` writes it (:mod:`.site`); :mod:`.page` makes each language's
HTML from :mod:`.sections` and :mod:`.media_sections` (built of :mod:`.blocks`),
:mod:`.words` gives the page's own words in its language, :mod:`.markup` escapes
every kit text and :mod:`.markdown` confines the kit's markdown; :mod:`.files` copies the media
and makes the gallery's thumbnails (:mod:`.thumbnails`) and the subtitles'
WebVTT (:mod:`.webvtt`); :mod:`.css`, :mod:`.script` and :mod:`.jsonld`
write the stylesheet, the one script and the machine-readable ``Movie``.
"""

from mediakit.publish.web.site import FolderTakenError, SiteReport, check_folder, export_site

__all__ = ["FolderTakenError", "SiteReport", "check_folder", "export_site"]
