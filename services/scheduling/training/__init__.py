"""Training data and the script that rebuilds the scheduling intent classifier."""
