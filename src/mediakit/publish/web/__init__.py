"""The web press page: a static site from a kit, one page per language, without Qt."""
