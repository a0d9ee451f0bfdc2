"""The scoping view: the Model Requirements Document as a form, tied to the project."""
