"""Timers and stopwatches: countdowns with labels, pausing, extending, and a stopwatch."""

DOMAIN = "timers"

TOOLS = [
    {
        "name": "start_countdown_timer",
        "descriptions": [
            "Start a countdown timer that rings when the time is up.",
            "Set a timer for a number of minutes and seconds.",
            "Begin a kitchen-style countdown with an optional label.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "minutes": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Whole minutes on the timer.",
                },
                "seconds": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 59,
                    "description": "Extra seconds on top of the minutes.",
                },
                "label": {
                    "type": "string",
                    "description": "Name the timer shows and announces when it rings.",
                },
            },
            "required": ["minutes"],
        },
        "values": {"minutes": "int:1:90", "seconds": "int:5:55", "label": "pool:timer_label"},
        "requests": [
            "set a timer for {minutes} minutes[ and {seconds} seconds][ called {label}]",
            "can you start a {minutes} minute timer[ for the {label}]",
            "timer {minutes} min[ {label}]",
            "{minutes} minutes on the clock please[, label it {label}]",
            "could you count down {minutes} minutes[ and {seconds} seconds] for me",
            "start a countdown: {minutes} min[ {seconds} sec]",
            "I need a {minutes}-minute timer[ for {label}]",
            "put a timer on for {minutes} minutes[ named {label}], thanks",
            "hey, time {minutes} minutes for me[, it's for the {label}]",
        ],
        "indirect": [
            "the {label} needs {minutes} minutes, tell me when it's done",
            "I'm putting the {label} in now, it takes {minutes} minutes",
            "remind me in {minutes} minutes that the {label} is ready",
        ],
        "result": {"timer_id": "choice:tm-1|tm-2|tm-7", "rings_at": "time"},
        "similar": ["set_wake_alarm", "start_stopwatch"],
    },
    {
        "name": "cancel_timer",
        "descriptions": [
            "Cancel a running timer.",
            "Stop and delete a countdown timer, by label or all of them.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "label": {
                    "type": "string",
                    "description": "Label of the timer to cancel; omit to cancel the most recent one.",
                },
                "all_timers": {"type": "boolean", "description": "Cancel every running timer."},
            },
            "required": [],
        },
        "values": {"label": "pool:timer_label", "all_timers": "bool"},
        "say": {"all_timers": {"true": ["all", "every"], "false": ["just the one"]}},
        "requests": [
            "cancel the {label} timer",
            "stop the timer[ for {label}]",
            "kill the timer",
            "never mind the {label} timer, cancel it",
            "cancel {all_timers} timers",
            "please get rid of the {label} countdown",
            "turn off the timer[ called {label}]",
            "delete {all_timers} of my timers",
        ],
        "similar": ["pause_timer"],
    },
    {
        "name": "pause_timer",
        "descriptions": [
            "Pause a running timer so it can be resumed later.",
            "Freeze a countdown timer.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "label": {
                    "type": "string",
                    "description": "Label of the timer to pause; the latest one if omitted.",
                },
            },
            "required": [],
        },
        "values": {"label": "pool:timer_label"},
        "requests": [
            "pause the timer",
            "pause the {label} timer",
            "hold the {label} countdown for a sec",
            "can you freeze the timer[ for {label}]",
            "stop the clock on the {label}, I'll resume it later",
            "timer on hold please",
            "wait, pause my timer",
            "put the {label} timer on pause",
        ],
        "similar": ["cancel_timer", "resume_timer"],
    },
    {
        "name": "resume_timer",
        "descriptions": [
            "Resume a paused timer.",
            "Continue counting down a timer that was paused.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "label": {
                    "type": "string",
                    "description": "Label of the paused timer; the latest one if omitted.",
                },
            },
            "required": [],
        },
        "values": {"label": "pool:timer_label"},
        "requests": [
            "resume the timer",
            "unpause the {label} timer",
            "start the {label} countdown again",
            "ok, continue the timer",
            "keep going with the timer[ for {label}]",
            "resume my {label} timer please",
            "get the paused timer running again",
            "unpause my timer",
            "continue the {label} timer",
        ],
        "similar": ["pause_timer"],
    },
    {
        "name": "add_time_to_timer",
        "descriptions": [
            "Add minutes to a running timer.",
            "Extend a countdown that is already running.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "minutes": {"type": "integer", "minimum": 1, "description": "Minutes to add."},
                "label": {
                    "type": "string",
                    "description": "Label of the timer to extend; the latest one if omitted.",
                },
            },
            "required": ["minutes"],
        },
        "values": {"minutes": "int:1:30", "label": "pool:timer_label"},
        "requests": [
            "add {minutes} minutes to the timer",
            "give the {label} {minutes} more minutes",
            "extend the timer by {minutes} min[ for {label}]",
            "put {minutes} more minutes on the {label} timer",
            "plus {minutes} minutes on the timer",
            "can the timer run {minutes} minutes longer[, the {label} one]",
            "bump the {label} timer up by {minutes} minutes",
        ],
        "indirect": ["the {label} isn't done yet, it needs about {minutes} more minutes"],
        "similar": ["start_countdown_timer"],
    },
    {
        "name": "list_timers",
        "descriptions": [
            "List running timers and the time left on each.",
            "Show all active countdowns.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "include_paused": {
                    "type": "boolean",
                    "description": "Also list timers that are paused.",
                },
            },
            "required": [],
        },
        "values": {"include_paused": "bool"},
        "say": {
            "include_paused": {
                "true": ["including paused ones", "paused ones too"],
                "false": ["only the running ones", "not the paused ones"],
            }
        },
        "requests": [
            "how much time is left on my timers",
            "what timers do I have[, {include_paused}]",
            "show my timers",
            "list the timers[ - {include_paused}]",
            "any timers running?",
            "how long until the timer goes off",
            "check my countdowns[, {include_paused}]",
            "what's left on the timer",
            "list all my timers[, {include_paused}]",
        ],
        "result": {"timers": "list:pool:timer_label:1:3", "next_rings_in_minutes": "int:1:60"},
    },
    {
        "name": "start_stopwatch",
        "descriptions": [
            "Start a stopwatch that counts up.",
            "Begin timing something with a stopwatch.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "label": {"type": "string", "description": "What is being timed."},
            },
            "required": [],
        },
        "values": {"label": "pool:exercise"},
        "requests": [
            "start the stopwatch",
            "start a stopwatch for {label}",
            "time my {label}",
            "stopwatch go",
            "can you time how long my {label} take",
            "count up from zero[, it's for {label}]",
            "begin timing[ my {label}] now",
            "start timing",
            "stopwatch for {label}",
        ],
        "similar": ["start_countdown_timer"],
    },
]
