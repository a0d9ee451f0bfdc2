"""The Retrospective tab: the timeline, the dates that draw it, and the root-cause analysis."""
