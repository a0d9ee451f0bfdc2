"""Documents written from a project: the MRD (Markdown, HTML) and the model card."""
