"""The metrics tab: the metrics table, measurements, imports and the chart panel."""
