"""RACI sheets other people made: guarded reading, layout detection, letters, the project built."""
