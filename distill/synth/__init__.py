"""Offline synthetic tool-calling data: a library of domains, value pools, noise and the engine.

Run the generator with `python -m distill.synth.offline --rows 100000 --out data/synth`.
"""
