"""The user's data as files: exports (CSV, JSON, the chart's PNG) and erasing everything.

The widgets reach these through here, never through ``companion.storage`` directly.
"""

from __future__ import annotations

from companion.storage.export import (
    DeleteError,
    ExportError,
    ExportProblem,
    delete_all_data,
    export_data,
    write_private_file,
)

__all__ = [
    "DeleteError",
    "ExportError",
    "ExportProblem",
    "delete_all_data",
    "export_data",
    "write_private_file",
]
