"""Before Qt starts: are the libraries its window needs there? (no Qt import here, so it runs when Qt can't)

On a bare Linux system Qt fails with "Could not load the Qt platform plugin xcb" and aborts, or PySide6
cannot even be imported (no libEGL). Neither tells the person what to install. This module finds the
missing shared libraries first and names their Debian/Ubuntu packages and the one command that installs
them all (``scripts/setup-system.sh``).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# what QtGui links (ldd libQt6Gui.so.6), so importing it needs them on every platform plugin
CORE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# what the X11 ("xcb") platform plugin loads on top
XCB_LIBRARIES = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
}
SETUP_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "setup-system.sh"


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_packages(
    env: Mapping[str, str] | None = None,
    loads: Callable[[str], bool] = _loads,
    platform: str = sys.platform,
) -> list[str]:
    """The Debian/Ubuntu packages whose libraries Qt needs here and cannot load (empty off Linux)."""
    if not platform.startswith("linux"):
        return []
    env = os.environ if env is None else env
    needed = dict(CORE_LIBRARIES)
    if env.get("QT_QPA_PLATFORM", "xcb").startswith("xcb"):
        needed.update(XCB_LIBRARIES)
    return sorted({package for library, package in needed.items() if not loads(library)})


def missing_message(packages: list[str], detail: str = "") -> str:
    """What to tell the person when Qt cannot start: the packages and the one command that installs them."""
    script = f"sudo bash {SETUP_SCRIPT}" if SETUP_SCRIPT.is_file() else "sudo bash scripts/setup-system.sh"
    lacking = f"the system lacks {', '.join(packages)}" if packages else "Qt's libraries cannot be loaded"
    return (
        f"delegation-planner: the window cannot open: {lacking}{f' ({detail})' if detail else ''}.\n"
        f"Install what Qt needs with one command:\n    {script}\n"
        + (f"or only these packages:\n    sudo apt-get install {' '.join(packages)}\n" if packages else "")
        + "The command line works without them (delegation-planner --help)."
    )
