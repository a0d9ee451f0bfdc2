"""The metrics charts drawn with matplotlib, for the app and for headless export."""
