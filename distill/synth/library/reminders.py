"""Reminders: timed, recurring and location-based reminders; completing, snoozing and listing."""

DOMAIN = "reminders"

TOOLS = [
    {
        "name": "create_reminder",
        "descriptions": [
            "Create a reminder for a date and time.",
            "Remind the user about something at a given moment.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "What to be reminded of."},
                "date": {"type": "string", "description": "Day of the reminder, YYYY-MM-DD."},
                "time": {"type": "string", "description": "Time of the reminder, HH:MM (24-hour)."},
                "priority": {
                    "type": "string",
                    "enum": ["low", "normal", "high"],
                    "description": "How important it is.",
                },
            },
            "required": ["text", "time"],
        },
        "values": {"text": "pool:reminder", "date": "date", "time": "time", "priority": "enum"},
        "requests": [
            "remind me to {text} at {time}[ on {date}]",
            "set a reminder to {text} for {time}[, {priority} priority]",
            "at {time}[ on {date}] remind me: {text}",
            "don't let me forget to {text}, ping me at {time}",
            "reminder: {text}, {time}[, {date}]",
            "can you nudge me to {text} at {time}",
            "[on {date}, ]{time}: {text} - remind me",
            "I need a reminder at {time} to {text}[, it's {priority} priority]",
        ],
        "indirect": [
            "I always forget to {text}... it should happen at {time}[ on {date}]",
            "ugh, I have to {text} at {time} and I know I'll forget",
        ],
        "result": {"reminder_id": "choice:r-18|r-42|r-77"},
        "similar": ["create_location_reminder", "create_calendar_event", "set_wake_alarm"],
    },
    {
        "name": "create_location_reminder",
        "descriptions": [
            "Create a reminder that fires when arriving at or leaving a place.",
            "Remind the user of something at a location.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "What to be reminded of."},
                "place": {"type": "string", "description": "Place that triggers the reminder."},
                "trigger": {
                    "type": "string",
                    "enum": ["arrive", "leave"],
                    "description": "Fire on arriving at or on leaving the place.",
                },
            },
            "required": ["text", "place", "trigger"],
        },
        "values": {"text": "pool:reminder", "place": "pool:place", "trigger": "enum"},
        "say": {
            "trigger": {
                "arrive": ["when I get to", "when I arrive at", "once I reach"],
                "leave": ["when I leave", "as I head out of", "when I'm leaving"],
            }
        },
        "requests": [
            "remind me to {text} {trigger} {place}",
            "{trigger} {place}, remind me to {text}",
            "set a location reminder: {text}, {trigger} {place}",
            "can you tell me to {text} {trigger} {place}",
            "{trigger} {place} I need to {text}, remind me",
            "ping me {trigger} {place} about {text}",
            "{trigger} {place}, tell me to {text}",
            "remind me {trigger} {place} that I need to {text}",
        ],
        "indirect": ["I always forget to {text} {trigger} {place}"],
        "similar": ["create_reminder"],
    },
    {
        "name": "create_recurring_reminder",
        "descriptions": [
            "Create a reminder that repeats.",
            "Set a daily, weekly or monthly reminder.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "What to be reminded of."},
                "every": {
                    "type": "string",
                    "enum": ["day", "weekday", "week", "month"],
                    "description": "How often it repeats.",
                },
                "time": {"type": "string", "description": "Time of day, HH:MM."},
            },
            "required": ["text", "every"],
        },
        "values": {"text": "pool:reminder", "every": "enum", "time": "time"},
        "requests": [
            "remind me to {text} every {every}[ at {time}]",
            "every {every}[ at {time}], remind me to {text}",
            "set a recurring reminder to {text}, once a {every}",
            "I need to {text} each {every}, can you remind me[ at {time}]",
            "repeating reminder: {text}, every {every}",
            "once every {every}, tell me to {text}[ around {time}]",
            "every {every} remind me to {text}",
            "{text} - remind me every {every}[ at {time}]",
        ],
        "similar": ["create_reminder"],
    },
    {
        "name": "complete_reminder",
        "descriptions": ["Mark a reminder as done.", "Tick off a reminder."],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "Text of the reminder to complete."}
            },
            "required": ["text"],
        },
        "values": {"text": "pool:reminder"},
        "requests": [
            "mark {text} as done",
            "I did it - {text} is done",
            "check off {text}",
            "complete the reminder to {text}",
            "you can tick off {text}",
            "done with {text}",
            "{text} is finished",
            "mark the {text} reminder complete",
        ],
        "similar": ["delete_reminder"],
    },
    {
        "name": "delete_reminder",
        "descriptions": ["Delete a reminder.", "Remove a reminder without completing it."],
        "parameters": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": "Text of the reminder to delete."}
            },
            "required": ["text"],
        },
        "values": {"text": "pool:reminder"},
        "requests": [
            "delete the reminder to {text}",
            "remove {text} from my reminders",
            "forget about {text}, delete that reminder",
            "I don't need to {text} anymore, drop the reminder",
            "cancel my reminder about {text}",
            "get rid of the {text} reminder",
            "delete {text} from reminders",
            "drop my {text} reminder",
        ],
        "similar": ["complete_reminder"],
    },
    {
        "name": "list_reminders",
        "descriptions": [
            "List upcoming reminders.",
            "Show reminders, optionally only for one day.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "date": {
                    "type": "string",
                    "description": "Only reminders on this day, YYYY-MM-DD.",
                },
                "include_completed": {
                    "type": "boolean",
                    "description": "Also show completed reminders.",
                },
            },
            "required": [],
        },
        "values": {"date": "date", "include_completed": "bool"},
        "say": {
            "include_completed": {
                "true": ["including the done ones", "finished ones too"],
                "false": ["only open ones"],
            }
        },
        "requests": [
            "what are my reminders[ for {date}]",
            "show reminders[, {include_completed}]",
            "anything I need to remember[ on {date}]?",
            "list my reminders",
            "read out my to-dos for {date}",
            "what did I ask you to remind me about[ - {include_completed}]",
            "what reminders do I have",
            "read my reminders for {date}[, {include_completed}]",
        ],
        "result": {"open": "int:0:8", "next": "pool:reminder"},
    },
]
