"""Our own Excel workbook, written and read back whole, and the long-form CSV export."""
