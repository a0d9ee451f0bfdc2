"""User-level actions: the edits behind every change a person makes, with undo labels."""
