"""The centre of the window: one form laid out like the paper, section by section."""
