"""Alarms: one-off and repeating wake-up alarms, snoozing, switching and listing them."""

DOMAIN = "alarms"

_DAYS = {
    "type": "array",
    "items": {
        "type": "string",
        "enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    },
    "description": "Weekdays on which the alarm repeats.",
}

TOOLS = [
    {
        "name": "set_wake_alarm",
        "descriptions": [
            "Set an alarm for a time of day.",
            "Create an alarm that rings at a given clock time, with an optional label and sound.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "time": {"type": "string", "description": "Time the alarm rings, 24-hour HH:MM."},
                "label": {"type": "string", "description": "Short name for the alarm."},
                "sound": {
                    "type": "string",
                    "enum": ["chimes", "birdsong", "radar", "gentle_rise", "classic_bell"],
                    "description": "Ringtone to play.",
                },
                "vibrate": {"type": "boolean", "description": "Whether the phone also vibrates."},
            },
            "required": ["time"],
        },
        "values": {"time": "time", "label": "pool:alarm_label", "sound": "enum", "vibrate": "bool"},
        "say": {
            "vibrate": {
                "true": ["with vibration", "and make it vibrate"],
                "false": ["no vibration", "without vibrating"],
            }
        },
        "requests": [
            "set an alarm for {time}[ called {label}]",
            "wake me up at {time}[ with {sound}]",
            "alarm at {time}[, {vibrate}]",
            "can you set an alarm for {time} tomorrow[ labelled {label}]?",
            "I need to be up at {time}[, use the {sound} sound]",
            "please make a {time} alarm[ for {label}][ {vibrate}]",
            "{time} alarm please",
            "get me up at {time}[, it's for {label}]",
        ],
        "indirect": [
            "my {label} is early tomorrow, I have to be up by {time}",
            "I can't oversleep again, I need to wake at {time}",
        ],
        "result": {"alarm_id": "choice:al-3|al-8|al-12", "rings_in_hours": "int:1:23"},
        "similar": ["set_repeating_alarm", "start_countdown_timer"],
    },
    {
        "name": "set_repeating_alarm",
        "descriptions": [
            "Set an alarm that repeats on chosen weekdays.",
            "Create a recurring weekly alarm.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "time": {"type": "string", "description": "Time of day, 24-hour HH:MM."},
                "days": _DAYS,
                "label": {"type": "string", "description": "Short name for the alarm."},
            },
            "required": ["time", "days"],
        },
        "values": {"time": "time", "days": "list:enum:1:4", "label": "pool:alarm_label"},
        "requests": [
            "set an alarm for {time} every {days}[ called {label}]",
            "I want a {time} alarm on {days}",
            "repeat an alarm at {time} on {days}[ for {label}]",
            "every {days} wake me at {time}",
            "recurring alarm, {days}, {time}",
            "can you make a weekly alarm at {time} for {days}[, name it {label}]",
            "on {days} I need to get up at {time}, set that as a repeating alarm",
            "alarm {time} {days}[ {label}]",
        ],
        "indirect": ["I have {label} every {days} and need to be up at {time}"],
        "similar": ["set_wake_alarm"],
    },
    {
        "name": "delete_alarm",
        "descriptions": ["Delete an alarm.", "Remove an alarm by its time or label."],
        "parameters": {
            "type": "object",
            "properties": {
                "time": {"type": "string", "description": "Time of the alarm to delete, HH:MM."},
                "label": {"type": "string", "description": "Label of the alarm to delete."},
            },
            "required": [],
        },
        "values": {"time": "time", "label": "pool:alarm_label"},
        "requests": [
            "delete the {time} alarm",
            "remove my {label} alarm",
            "get rid of the alarm at {time}",
            "I don't need the {label} alarm anymore, delete it",
            "cancel the alarm for {time}[ ({label})]",
            "please trash my {time} alarm",
            "delete the alarm called {label}",
            "no more {time} alarm please",
            "wipe out the alarm named {label}",
        ],
        "similar": ["disable_alarm"],
    },
    {
        "name": "disable_alarm",
        "descriptions": [
            "Switch an alarm off without deleting it.",
            "Turn an alarm on or off; a disabled alarm is kept but does not ring.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "time": {"type": "string", "description": "Time of the alarm, HH:MM."},
                "enabled": {
                    "type": "boolean",
                    "description": "True to switch the alarm on, false to switch it off.",
                },
            },
            "required": ["time", "enabled"],
        },
        "values": {"time": "time", "enabled": "bool"},
        "say": {"enabled": {"true": ["on", "back on"], "false": ["off"]}},
        "requests": [
            "turn the {time} alarm {enabled}",
            "switch {enabled} my alarm at {time}",
            "flip the {time} alarm {enabled} but keep it",
            "can you turn {enabled} the alarm for {time}",
            "{time} alarm {enabled} please",
            "set my {time} alarm to {enabled}",
            "my {time} alarm should be {enabled} for now",
            "keep the {time} alarm but set it {enabled}",
        ],
        "indirect": ["tomorrow's a holiday, so the {time} alarm can go {enabled}"],
        "similar": ["delete_alarm"],
    },
    {
        "name": "snooze_alarm",
        "descriptions": [
            "Snooze the ringing alarm.",
            "Silence the current alarm for a few minutes.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "minutes": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 30,
                    "description": "How long to snooze, in minutes.",
                },
            },
            "required": [],
        },
        "values": {"minutes": "int:3:20"},
        "requests": [
            "snooze",
            "snooze for {minutes} minutes",
            "five more minutes... no, make it {minutes}",
            "snooze the alarm[ {minutes} min]",
            "ugh, hit snooze",
            "give me {minutes} more minutes",
            "stop ringing, try again in {minutes} minutes",
            "not yet... snooze[ {minutes} minutes]",
            "let me sleep {minutes} more minutes",
        ],
        "similar": ["dismiss_alarm"],
    },
    {
        "name": "dismiss_alarm",
        "descriptions": ["Stop the alarm that is ringing now.", "Dismiss the current alarm."],
        "parameters": {"type": "object", "properties": {}, "required": []},
        "values": {},
        "requests": [
            "stop the alarm",
            "turn that alarm off, I'm up",
            "dismiss",
            "ok ok I'm awake",
            "shut the alarm off",
            "alarm off",
            "make it stop",
            "I'm up, you can stop ringing",
            "quiet! alarm off now",
        ],
        "similar": ["snooze_alarm"],
    },
    {
        "name": "list_alarms",
        "descriptions": ["List the alarms that are set.", "Show every alarm and whether it is on."],
        "parameters": {
            "type": "object",
            "properties": {
                "only_enabled": {
                    "type": "boolean",
                    "description": "Only list alarms that are switched on.",
                },
            },
            "required": [],
        },
        "values": {"only_enabled": "bool"},
        "say": {
            "only_enabled": {
                "true": ["just the active ones", "only the ones that are on"],
                "false": ["all of them, even the off ones"],
            }
        },
        "requests": [
            "what alarms do I have",
            "show my alarms[, {only_enabled}]",
            "list alarms",
            "which alarms are set for tomorrow",
            "do I have an alarm set[ - {only_enabled}]",
            "read me my alarms[, {only_enabled}]",
            "when is my next alarm",
            "tell me every alarm I've got[, {only_enabled}]",
        ],
        "result": {"alarms": "list:time:1:3", "enabled": "int:0:3"},
    },
]
