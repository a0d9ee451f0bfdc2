"""Evidence a PM is handed: model cards and DVC data lineage, read into the plan."""
