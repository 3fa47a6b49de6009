"""Reference platform server ("sandbox") for training and tests."""
