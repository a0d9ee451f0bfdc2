"""The kickoff deck: the project as an editable PowerPoint presentation (.pptx).

``writer`` puts the slides together; ``opening`` (title, metrics, scorecard),
``lifecycle_slide`` (phases, gates and glued connectors, placed by ``lifecycle_layout``),
``phases`` and ``governance`` write the slide kinds; ``tables``, ``shapes``, ``fit``, ``style``
and ``frame`` are what they share. python-pptx is imported only while a deck is written.
"""
