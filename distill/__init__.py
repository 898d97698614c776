"""Distillation: synthetic data, teachers, training and export of the Thimble student."""
