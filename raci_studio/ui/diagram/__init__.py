"""The lifecycle diagram: editor tab, presentation mode and exports."""
