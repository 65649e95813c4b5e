"""Every action of every mode, declared once: the menus, the dispatchers, the
keys dialog, the presenter's help, the README and the tests read this table.

Keys are QKeySequence portable text, one chord each. Conventions: the film
pane uses VLC's keys; the show uses PowerPoint's and pdfpc's (a clicker sends
PgUp/PgDown, some send ``.`` or ``B`` for "blank").
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mediakit.gui.keymap.registry import QT_TRANSLATE_NOOP, Action, Condition, Message, Mode

W, F, S, P, E = Mode.WINDOW, Mode.FILM, Mode.STILLS, Mode.PRESENT, Mode.EDITOR
LOADED, FULL = Condition.FILM_LOADED, Condition.FULL_SCREEN
ON_FILM, TYPED = Condition.ON_FILM_SLIDE, Condition.NUMBER_TYPED
DIGITS = tuple(str(n) for n in range(10))

# fmt: off
ACTIONS: tuple[Action, ...] = (
    Action(W, "open", ("Ctrl+O",),
           QT_TRANSLATE_NOOP("keys", "Open a kit (.mediakit archive or kit.yaml)")),
    Action(W, "open_folder", ("Ctrl+Shift+O",),
           QT_TRANSLATE_NOOP("keys", "Open a kit folder")),
    Action(W, "add_library_folder", ("Ctrl+Shift+A",),
           QT_TRANSLATE_NOOP("keys", "Add a folder of kits to the library…")),
    Action(W, "close_kit", ("Ctrl+W",),
           QT_TRANSLATE_NOOP("keys", "Close the kit, back to the start page")),
    Action(W, "edit", ("Ctrl+E",),
           QT_TRANSLATE_NOOP("keys", "Edit the kit in the editor")),
    Action(W, "provenance", ("Ctrl+I",),
           QT_TRANSLATE_NOOP("keys", "How this was made (Content Credentials)")),
    # Export: the kit in the forms people pass around (mediakit.gui.exports).
    Action(W, "export_web", ("Ctrl+Shift+W",),
           QT_TRANSLATE_NOOP("keys", "Export a web press page…")),
    Action(W, "export_sheet", ("Ctrl+Shift+P",),
           QT_TRANSLATE_NOOP("keys", "Export the press sheet (PDF)…")),
    Action(W, "export_slides", ("Ctrl+Shift+S",),
           QT_TRANSLATE_NOOP("keys", "Export the slides (PDF)…")),
    Action(W, "print", ("Ctrl+P",),
           QT_TRANSLATE_NOOP("keys", "Print the press sheet…")),
    Action(W, "next_section", ("Ctrl+PgDown", "Ctrl+Tab"),
           QT_TRANSLATE_NOOP("keys", "Next section")),
    Action(W, "previous_section", ("Ctrl+PgUp", "Ctrl+Shift+Tab"),
           QT_TRANSLATE_NOOP("keys", "Previous section")),
    Action(W, "focus_sections", ("Alt+S",),
           QT_TRANSLATE_NOOP("keys", "Focus the list of sections")),
    Action(W, "next_language", ("Ctrl+L",),
           QT_TRANSLATE_NOOP("keys", "Next language of the kit")),
    # Enter and Shift+Enter do the same in the find field (the field's keys, not the window's).
    Action(W, "copy_still", ("Ctrl+Shift+C",),
           QT_TRANSLATE_NOOP("keys", "Copy the selected still with its credit (stills page)")),
    Action(W, "find", ("Ctrl+F",),
           QT_TRANSLATE_NOOP("keys", "Find in every section of the kit (Esc to close)")),
    Action(W, "find_next", ("F3",),
           QT_TRANSLATE_NOOP("keys", "Next match (Enter in the find field)")),
    Action(W, "find_previous", ("Shift+F3",),
           QT_TRANSLATE_NOOP("keys", "Previous match (Shift+Enter in the find field)")),
    Action(W, "zoom_in", ("Ctrl++", "Ctrl+="),
           QT_TRANSLATE_NOOP("keys", "Larger reading text")),
    Action(W, "zoom_out", ("Ctrl+-",),
           QT_TRANSLATE_NOOP("keys", "Smaller reading text")),
    Action(W, "zoom_reset", ("Ctrl+0",),
           QT_TRANSLATE_NOOP("keys", "Reading text at its usual size")),
    Action(W, "full_screen", ("F11",),
           QT_TRANSLATE_NOOP("keys", "Window full screen")),
    Action(W, "present", ("F5",),
           QT_TRANSLATE_NOOP("keys", "Present the kit full screen (Esc to leave)")),
    Action(W, "help", ("F1", "?"),
           QT_TRANSLATE_NOOP("keys", "Show the keys")),
    Action(W, "quit", ("Ctrl+Q",),
           QT_TRANSLATE_NOOP("keys", "Quit")),

    # The film pane's keys wait for a playable film; until then they reach the window.
    Action(F, "play_pause", ("Space",),
           QT_TRANSLATE_NOOP("keys", "Play or pause"), LOADED),
    Action(F, "full_screen", ("F",),
           QT_TRANSLATE_NOOP("keys", "Full screen on or off"), LOADED),
    # Only while full screen: otherwise Esc is left to the window.
    Action(F, "leave_full_screen", ("Esc",),
           QT_TRANSLATE_NOOP("keys", "Leave full screen"), FULL),
    Action(F, "mute", ("M",),
           QT_TRANSLATE_NOOP("keys", "Sound off or on"), LOADED),
    Action(F, "next_subtitles", ("V",),
           QT_TRANSLATE_NOOP("keys", "Next subtitle language, then off"), LOADED),
    Action(F, "back", ("Left",),
           QT_TRANSLATE_NOOP("keys", "Back 10 seconds"), LOADED),
    Action(F, "forward", ("Right",),
           QT_TRANSLATE_NOOP("keys", "Forward 10 seconds"), LOADED),
    Action(F, "volume_up", ("Up",),
           QT_TRANSLATE_NOOP("keys", "Volume up"), LOADED),
    Action(F, "volume_down", ("Down",),
           QT_TRANSLATE_NOOP("keys", "Volume down"), LOADED),

    Action(S, "next", ("Right", "PgDown"),
           QT_TRANSLATE_NOOP("keys", "Next still")),
    Action(S, "previous", ("Left", "PgUp"),
           QT_TRANSLATE_NOOP("keys", "Previous still")),
    Action(S, "first", ("Home",),
           QT_TRANSLATE_NOOP("keys", "First still")),
    Action(S, "last", ("End",),
           QT_TRANSLATE_NOOP("keys", "Last still")),
    Action(S, "toggle_zoom", ("Z",),
           QT_TRANSLATE_NOOP("keys", "Switch between fit to window and 100 %")),
    Action(S, "zoom_fit", ("0",),
           QT_TRANSLATE_NOOP("keys", "Fit to window")),
    Action(S, "zoom_actual", ("1",),
           QT_TRANSLATE_NOOP("keys", "Actual size (100 %); drag to pan")),
    Action(S, "pan_up", ("Up",),
           QT_TRANSLATE_NOOP("keys", "Scroll up at 100 %")),
    Action(S, "pan_down", ("Down",),
           QT_TRANSLATE_NOOP("keys", "Scroll down at 100 %")),
    Action(S, "provenance", ("I",),
           QT_TRANSLATE_NOOP("keys", "How this still was made (Content Credentials)")),
    Action(S, "close", ("Esc",),
           QT_TRANSLATE_NOOP("keys", "Close the stills viewer")),

    Action(P, "next", ("Right", "Down", "PgDown", "Space", "Return", "Enter"),
           QT_TRANSLATE_NOOP("keys", "Next slide")),
    Action(P, "previous", ("Left", "Up", "PgUp", "Backspace"),
           QT_TRANSLATE_NOOP("keys", "Previous slide")),
    Action(P, "first", ("Home",),
           QT_TRANSLATE_NOOP("keys", "First slide")),
    Action(P, "last", ("End",),
           QT_TRANSLATE_NOOP("keys", "Last slide")),
    Action(P, "type_digit", DIGITS,
           QT_TRANSLATE_NOOP("keys", "Type a slide number, then Enter to go to it"),
           takes_text=True),
    # Enter after digits goes to that slide; on its own it is "next".
    Action(P, "go_to_typed", ("Return", "Enter"),
           QT_TRANSLATE_NOOP("keys", "After a slide number: go to that slide"), TYPED),
    Action(P, "black", ("B", "."),
           QT_TRANSLATE_NOOP("keys", "Black screen (again to come back)")),
    Action(P, "white", ("W",),
           QT_TRANSLATE_NOOP("keys", "White screen (again to come back)")),
    # On the film slide these keys drive the film, not the deck.
    Action(P, "film_play_pause", ("Space",),
           QT_TRANSLATE_NOOP("keys", "On the film: play or pause"), ON_FILM),
    Action(P, "film_back", ("Left",),
           QT_TRANSLATE_NOOP("keys", "On the film: back 10 seconds"), ON_FILM),
    Action(P, "film_forward", ("Right",),
           QT_TRANSLATE_NOOP("keys", "On the film: forward 10 seconds"), ON_FILM),
    # Before the pitch or during it: the film's subtitles (the presenter view says which).
    Action(P, "film_subtitles", ("V",),
           QT_TRANSLATE_NOOP("keys", "The film's subtitles: next language, then none")),
    Action(P, "film_sound", ("A",),
           QT_TRANSLATE_NOOP("keys", "The film's sound track: the next one, if it has several")),
    Action(P, "full_screen", ("F",),
           QT_TRANSLATE_NOOP("keys", "Audience view full screen on or off")),
    Action(P, "presenter_view", ("Tab", "P"),
           QT_TRANSLATE_NOOP("keys", "Presenter view on or off (one screen)")),
    Action(P, "swap_screens", ("S",),
           QT_TRANSLATE_NOOP("keys", "Swap the audience and presenter screens")),
    Action(P, "help", ("?",),
           QT_TRANSLATE_NOOP("keys", "Show the keys")),
    Action(P, "leave", ("Esc",),
           QT_TRANSLATE_NOOP("keys", "Stop presenting, back to the window")),

    # The editor's window: its QActions, whatever field has the focus.
    Action(E, "save", ("Ctrl+S",),
           QT_TRANSLATE_NOOP("keys", "Save kit.yaml (a kit with problems is saved as a draft)")),
    Action(E, "undo", ("Ctrl+Z",),
           QT_TRANSLATE_NOOP("keys", "Undo the last change")),
    Action(E, "redo", ("Ctrl+Shift+Z", "Ctrl+Y"),
           QT_TRANSLATE_NOOP("keys", "Redo the change undone")),
    Action(E, "move_up", ("Alt+Up",),
           QT_TRANSLATE_NOOP("keys", "Move the selected item up the list")),
    Action(E, "move_down", ("Alt+Down",),
           QT_TRANSLATE_NOOP("keys", "Move the selected item down the list")),
    Action(E, "next_section", ("Ctrl+PgDown",),
           QT_TRANSLATE_NOOP("keys", "Next section")),
    Action(E, "previous_section", ("Ctrl+PgUp",),
           QT_TRANSLATE_NOOP("keys", "Previous section")),
    Action(E, "next_language", ("Ctrl+L",),
           QT_TRANSLATE_NOOP("keys", "Edit the texts in the next language of the kit")),
    Action(E, "problems", ("F8",),
           QT_TRANSLATE_NOOP("keys", "Go to the next problem")),
    Action(E, "close", ("Ctrl+W",),
           QT_TRANSLATE_NOOP("keys", "Close the editor (asks if there are unsaved changes)")),
)
# fmt: on

HEADINGS: dict[Mode, Message] = {
    Mode.WINDOW: QT_TRANSLATE_NOOP("keys", "Window"),
    Mode.FILM: QT_TRANSLATE_NOOP("keys", "Film"),
    Mode.STILLS: QT_TRANSLATE_NOOP("keys", "Stills viewer"),
    Mode.PRESENT: QT_TRANSLATE_NOOP("keys", "Presenting"),
    Mode.EDITOR: QT_TRANSLATE_NOOP("keys", "Editor"),
}

# Modifiers a mode does not tell apart, in its keys and in the key presses.
# The keypad's digits, "." and arrows are the main keys everywhere; the show
# also ignores Shift: "?" is typed with it, and Shift+B blanks as B does.
IGNORED_MODIFIERS: dict[Mode, Qt.KeyboardModifier] = {
    Mode.WINDOW: Qt.KeyboardModifier.KeypadModifier,
    Mode.FILM: Qt.KeyboardModifier.KeypadModifier,
    Mode.STILLS: Qt.KeyboardModifier.KeypadModifier,
    Mode.PRESENT: Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier,
    Mode.EDITOR: Qt.KeyboardModifier.KeypadModifier,
}


def actions_of(mode: Mode) -> tuple[Action, ...]:
    return tuple(action for action in ACTIONS if action.mode is mode)


def find(mode: Mode, name: str) -> Action | None:
    return next((a for a in ACTIONS if a.mode is mode and a.name == name), None)
