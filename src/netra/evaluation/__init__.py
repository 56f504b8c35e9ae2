"""Measuring the classifier: labelled data, metrics, and the keyword baseline it must beat."""
