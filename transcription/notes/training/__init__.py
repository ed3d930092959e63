"""Labelled meetings the decision and open-question model of ``point_model`` learns from."""
