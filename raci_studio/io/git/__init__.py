"""Plans in git: the ``git`` command run as a subprocess, never a git library.

:mod:`~raci_studio.io.git.run` finds git, tells whether a file lives in a work tree and reads
a file as the last commit has it; :mod:`~raci_studio.io.git.history` reads every committed
version of a file (for the handoffs in its history); :mod:`~raci_studio.io.git.setup` writes the
``.gitattributes`` line and the config that make git use our merge and diff drivers.
"""
