"""Write an output file so that a failed write never costs the previous good file.

Every file the program writes for a user (visit files, calendars, lists, PDFs) goes through
:func:`write_file`: the bytes go to a temporary file beside the target, are flushed to the disk, and only
then renamed over the target, so a reader sees the old file or the new one, never half of one. A full
disk or a killed process leaves the previous file as it was. Targets that are not regular files (a
folder, a device such as ``/dev/full``, a named pipe, a socket) are refused: renaming over them would
replace a device node with a plain file.

Files holding personal data are created readable by their owner only (0600), like the database.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from planner.domain.errors import PlannerError, ValidationError

PRIVATE_MODE = 0o600


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_target(path: Path) -> Path:
    """The real path to write ``path`` at; ValidationError when it is not a file or its folder is missing.

    A symbolic link is followed, so the file it points to is replaced and the link stays.
    """
    path = Path(path)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror}") from exc
    if mode is not None and (kind := _kind(mode)) is not None:
        raise ValidationError(f"{path} is {kind}, not a file; give the name of a file to write")
    parent = real.parent if str(real.parent) else Path(".")
    if not parent.is_dir():
        raise ValidationError(f"cannot write {path}: the folder {parent} does not exist")
    return real


def write_file(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically and durably; return the path.

    ``private``: the file holds personal data and is created 0600. Otherwise a new file gets the usual
    mode (0666 less the umask) and a replaced file keeps its mode. On any failure the previous file is
    left untouched, the temporary file is removed and :class:`PlannerError` says what went wrong.
    """
    target = check_target(Path(path))
    existed = target.exists()
    keep_mode = stat.S_IMODE(target.stat().st_mode) if existed and not private else None
    tmp: Path | None = None
    try:
        # 0666 for a list anyone may read: the kernel takes the umask off (reading the umask is not
        # thread-safe, and the GUI writes from a worker thread)
        fd, tmp = _create_beside(target, PRIVATE_MODE if private else 0o666)
        with os.fdopen(fd, "wb") as handle:
            if keep_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), keep_mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = None
        _sync_folder(target.parent)
    except OSError as exc:
        kept = "; the previous file is unchanged" if existed else ""
        raise PlannerError(f"cannot write {path}: {exc.strerror or exc}{kept}") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return Path(path)


def _create_beside(target: Path, mode: int) -> tuple[int, Path]:
    """A new temporary file in the target's folder (so the rename stays on one file system)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _sync_folder(folder: Path) -> None:
    # the rename itself must reach the disk, or a power cut may bring back the old name
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and Windows) cannot sync a folder; the data itself is synced
    finally:
        os.close(fd)
