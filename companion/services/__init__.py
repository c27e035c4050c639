"""One object per feature between the widgets and the store; Qt signals out, no widgets."""
