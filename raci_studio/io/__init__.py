"""File formats, one subpackage per kind; shared helpers (atomic writes, exporters) on top."""
