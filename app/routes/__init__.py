"""HTTP routes: chat completions, models, and the operational endpoints (health, metrics)."""
