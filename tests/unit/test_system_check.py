"""A bare machine: when Qt's libraries are missing, the start names the packages and the one command."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from ui.system_check import CORE_LIBRARIES, XCB_LIBRARIES, missing_message, missing_packages

ROOT = Path(__file__).resolve().parents[2]


def test_missing_xcb_libraries_are_named_by_their_packages() -> None:
    absent = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libEGL.so.1"}
    found = missing_packages({}, loads=lambda name: name not in absent, platform="linux")
    assert found == ["libegl1", "libxcb-cursor0", "libxkbcommon-x11-0"]
    # the offscreen plugin needs no X11 libraries; other systems are not checked
    assert missing_packages(
        {"QT_QPA_PLATFORM": "offscreen"}, loads=lambda n: n not in absent, platform="linux"
    ) == ["libegl1"]
    assert missing_packages({}, loads=lambda _n: False, platform="win32") == []
    assert set(missing_packages({}, loads=lambda _n: False, platform="linux")) == {
        *CORE_LIBRARIES.values(),
        *XCB_LIBRARIES.values(),
    }


def test_the_message_gives_the_one_command_and_the_packages() -> None:
    text = missing_message(["libxcb-cursor0"])
    assert "libxcb-cursor0" in text and "scripts/setup-system.sh" in text
    assert "sudo apt-get install libxcb-cursor0" in text
    assert "Traceback" not in text and "qt.qpa" not in text


PROBE = textwrap.dedent(
    """
    import sys
    import ui.system_check as check
    real = check._loads
    check._loads = lambda name: name != "libxcb-cursor.so.0" and real(name)
    check.missing_packages.__defaults__ = (None, check._loads, "linux")
    import main
    code = main.main([])
    print("QT LOADED" if "PySide6.QtWidgets" in sys.modules else "NO QT", code)
    """
)


def test_the_start_on_a_machine_without_a_library_explains_instead_of_aborting() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "NO QT 2"
    assert "libxcb-cursor0" in result.stderr and "setup-system.sh" in result.stderr
    assert "Traceback" not in result.stderr and "platform plugin" not in result.stderr


PROBE_IMPORT = textwrap.dedent(
    """
    import sys
    import ui.system_check as check
    check.missing_packages.__defaults__ = (None, lambda name: True, "linux")
    class Refuse:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6.QtWidgets":
                raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    sys.meta_path.insert(0, Refuse())
    import main
    print("exit", main.main([]))
    """
)


def test_pyside_failing_to_load_a_library_is_explained() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE_IMPORT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "exit 2"
    assert "libEGL.so.1" in result.stderr and "setup-system.sh" in result.stderr
    assert "Traceback" not in result.stderr
