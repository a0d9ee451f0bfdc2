"""The portfolio audit written as a workbook, a web page or Markdown."""
