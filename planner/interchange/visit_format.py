"""The visit file: one JSON document that holds a whole visit, exported and imported losslessly.

Writing the file is in :mod:`planner.interchange.visit_export`, reading it back into the database in
:mod:`planner.interchange.visit_import`, and checking it before anything is written in
:mod:`planner.interchange.visit_validation`; this module gathers the names callers use.
"""

from __future__ import annotations

from planner.domain.errors import ValidationError
from planner.interchange.visit_export import (
    FORMAT,
    FORMAT_VERSION,
    dump_visit_json,
    export_visit,
    export_visit_file,
)
from planner.interchange.visit_import import import_visit, import_visit_file, read_visit_file

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ValidationError",
    "dump_visit_json",
    "export_visit",
    "export_visit_file",
    "import_visit",
    "import_visit_file",
    "read_visit_file",
]
