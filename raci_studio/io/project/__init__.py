"""The project file: reading, checking, migrating and saving `.raci.json`, and recovery copies."""
