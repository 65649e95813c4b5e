"""Keys and commands, registered once per mode.

- :mod:`.registry` — what an action is (mode, name, default keys, description);
- :mod:`.actions` — every action of every mode, declared once;
- :mod:`.bindings` — the keys in force: the defaults under the user's key file;
- :mod:`.dispatch` — one path from a key press to a handler, for each widget mode;
- :mod:`.qactions` — the window's actions as QActions for its menus;
- :mod:`.keyfile` — the user's ``keys.ini``, checked line by line;
- :mod:`.docs` — the rows of the keys dialog and the README's tables.

``python -m mediakit.gui.keymap --markdown`` prints the README's tables.
"""

from mediakit.gui.keymap.actions import ACTIONS, HEADINGS, actions_of, find
from mediakit.gui.keymap.bindings import Keymap, active, install
from mediakit.gui.keymap.dispatch import HandlerError, KeyDispatcher
from mediakit.gui.keymap.registry import Action, Condition, Mode

__all__ = [
    "ACTIONS",
    "HEADINGS",
    "Action",
    "Condition",
    "HandlerError",
    "KeyDispatcher",
    "Keymap",
    "Mode",
    "actions_of",
    "active",
    "find",
    "install",
]
