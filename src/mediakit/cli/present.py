"""``mediakit present PATH [--screen N] [--start SLIDE] [--lang CODE]``: the show,
full screen, until Esc."""

from __future__ import annotations

import argparse
import logging

from mediakit import stopsignals
from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import kit_language, need_screen, open_and_report, reach


def run(args: argparse.Namespace) -> int:
    need_screen()
    reach(args.path)
    kit = open_and_report(args.path).result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    language = kit_language(kit, args.lang)
    from mediakit.gui.app import make_application, stop_on_signals
    from mediakit.gui.keymap.keyfile import apply_key_file
    from mediakit.gui.messages import MessageRoute
    from mediakit.gui.present.controller import PresentController

    logging.basicConfig(level=logging.INFO, format="mediakit: %(message)s")
    screen = None if args.screen is None else args.screen - 1
    with stopsignals.deferred():  # from the first Qt call: never raised inside Qt
        app = make_application()
        apply_key_file(MessageRoute())  # the reader's keys, as in the window; problems logged
        show = PresentController(kit, language, screen=screen)
        if args.start > show.deck.count:
            show.discard()
            raise UsageError(
                translate("cli", "--start {slide}: the presentation has {count} slides").format(
                    slide=args.start, count=show.deck.count
                )
            )
        show.finished.connect(app.quit)
        stop_on_signals(show, show.stop)
        show.start(args.start)
        return app.exec()
