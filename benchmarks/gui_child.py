"""Child process: the real desktop application (``workbench --db DB``) offscreen, instrumented.

``gui_child.py startup DB``: start the application the way the ``workbench`` command does, print
``{"event": "painted", ...}`` once its first screen, the Today view, has been painted with its
lists and figures, exit.

``gui_child.py session DB CONFIG_JSON``: the same start showing the queue at once, then search
and sort in the window (subject runs interleaved with the raw-SQL floor, in this process) and
print the timings.
Every line on stdout is one JSON object; the parent reads them.

Only the standard library is imported up front: the command line is entered as ``workbench``
enters it, and Qt with the instruments (gui_probe.py) comes in where the GUI starts.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    mode, db = sys.argv[1], sys.argv[2]
    cfg = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    import workbench.app

    run_gui = workbench.app.run_gui

    def instrumented(db: str | None = None) -> int:
        import gui_probe

        gui_probe.install(mode, str(db), cfg)
        return run_gui(db=db)

    workbench.app.run_gui = instrumented
    from workbench.cli import main as cli_main

    code = cli_main(["--db", db])
    print(json.dumps({"event": "exit", "code": code}), flush=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
