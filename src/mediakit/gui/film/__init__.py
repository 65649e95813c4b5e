"""The film pane's parts; :class:`mediakit.gui.pages.film.FilmPage` composes them.

- :mod:`.poster` — the poster on black, with the play button placed off its title;
- :mod:`.playbutton` — that button: "Play film" and the running time;
- :mod:`.controlbar` — the bar under the picture (play/pause, position, sound,
  subtitles, full screen);
- :mod:`.seekbar` — the position slider in it;
- :mod:`.fullscreen` — the window the picture and its bar move into for full screen.
"""
