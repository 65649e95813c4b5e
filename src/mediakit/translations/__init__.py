"""The compiled translations (``mediakit_<language>.qm``), made from
``translations/*.ts`` by ``scripts/translations.sh compile``."""
