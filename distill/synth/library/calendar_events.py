"""Calendar: creating, moving and cancelling events, the agenda, free slots and invitations."""

DOMAIN = "calendar"

TOOLS = [
    {
        "name": "create_calendar_event",
        "descriptions": [
            "Add an event to the calendar.",
            "Put a new appointment on the calendar with a date, start time and length.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "What the event is."},
                "date": {"type": "string", "description": "Day of the event, YYYY-MM-DD."},
                "start_time": {"type": "string", "description": "Start time, HH:MM (24-hour)."},
                "duration_minutes": {
                    "type": "integer",
                    "minimum": 5,
                    "description": "Length in minutes.",
                },
                "location": {"type": "string", "description": "Where it takes place."},
                "all_day": {
                    "type": "boolean",
                    "description": "True for an all-day event without a time.",
                },
            },
            "required": ["title", "date"],
        },
        "values": {
            "title": "pool:event_title",
            "date": "date",
            "start_time": "time",
            "duration_minutes": "int:15:180",
            "location": "pool:place",
            "all_day": "bool",
        },
        "say": {"all_day": {"true": ["all day", "as an all-day thing"], "false": ["not all day"]}},
        "requests": [
            "add {title} to my calendar on {date}[ at {start_time}]",
            "put {title} in the calendar for {date}[ from {start_time}][ for {duration_minutes} minutes]",
            "schedule {title} on {date}[ at {start_time}][ at {location}]",
            "new event: {title}, {date}[, {start_time}]",
            "can you block {date}[ at {start_time}] for {title}",
            "I have {title} on {date}[ at {location}], save it",
            "calendar: {title} {date}[ {all_day}]",
            "book {title} in my calendar, {date}[ starting {start_time}][, {duration_minutes} min]",
        ],
        "indirect": [
            "don't let me forget, {title} is on {date}[ at {start_time}]",
            "my week is filling up - there's {title} on {date}[ at {location}] too",
        ],
        "result": {"event_id": "choice:ev-102|ev-311|ev-877", "conflicts": "int:0:2"},
        "similar": ["create_reminder", "move_calendar_event"],
    },
    {
        "name": "move_calendar_event",
        "descriptions": [
            "Reschedule an existing calendar event.",
            "Move an event to another date or time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Title of the event to move."},
                "new_date": {"type": "string", "description": "New day, YYYY-MM-DD."},
                "new_start_time": {"type": "string", "description": "New start time, HH:MM."},
                "notify_guests": {
                    "type": "boolean",
                    "description": "Tell the other attendees about the change.",
                },
            },
            "required": ["title"],
        },
        "values": {
            "title": "pool:event_title",
            "new_date": "date",
            "new_start_time": "time",
            "notify_guests": "bool",
        },
        "say": {
            "notify_guests": {
                "true": ["and let everyone know", "notify the guests"],
                "false": ["don't notify anyone", "quietly"],
            }
        },
        "requests": [
            "move {title} to {new_date}[ at {new_start_time}]",
            "reschedule {title} for {new_start_time}[ {notify_guests}]",
            "push {title} to {new_date}",
            "can {title} happen at {new_start_time} instead",
            "shift my {title} to {new_date}[, {new_start_time}][ and {notify_guests}]",
            "change the time of {title} to {new_start_time}",
            "{title} needs to move to {new_date}",
        ],
        "indirect": [
            "I can't make {title} anymore, {new_date} would work better[ around {new_start_time}]"
        ],
        "similar": ["cancel_calendar_event"],
    },
    {
        "name": "cancel_calendar_event",
        "descriptions": [
            "Cancel an event and remove it from the calendar.",
            "Delete a calendar event.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Title of the event."},
                "date": {
                    "type": "string",
                    "description": "Day of the event, YYYY-MM-DD, when the title repeats.",
                },
                "message": {"type": "string", "description": "Note sent to the attendees."},
            },
            "required": ["title"],
        },
        "values": {
            "title": "pool:event_title",
            "date": "date",
            "message": "choice:sorry, something came up|feeling unwell|let's find another time",
        },
        "requests": [
            "cancel {title}[ on {date}]",
            "delete {title} from my calendar",
            "remove the {title}[ on {date}][ and tell them {message}]",
            "call off {title}[, message: {message}]",
            "I'm not doing {title}[ on {date}] anymore, cancel it",
            "scrap {title}",
            "take {title} off the calendar[ for {date}]",
            "{title} isn't happening, remove it[ and send {message}]",
        ],
        "similar": ["move_calendar_event"],
    },
    {
        "name": "get_agenda",
        "descriptions": [
            "List calendar events for a day.",
            "Show what is on the calendar on a date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "date": {"type": "string", "description": "Day to list, YYYY-MM-DD."},
                "calendar": {
                    "type": "string",
                    "enum": ["personal", "work", "family", "all"],
                    "description": "Which calendar to read.",
                },
            },
            "required": ["date"],
        },
        "values": {"date": "date", "calendar": "enum"},
        "requests": [
            "what's on my calendar on {date}",
            "what do I have {date}[ on the {calendar} calendar]",
            "show my agenda for {date}",
            "am I busy on {date}?",
            "read me the {calendar} schedule for {date}",
            "anything planned {date}?",
            "list my events on {date}[, {calendar} calendar]",
            "how does {date} look for me",
            "run me through {date}[ on my {calendar} calendar]",
        ],
        "result": {"events": "list:pool:event_title:1:3", "first_start": "time"},
        "similar": ["find_free_slot"],
    },
    {
        "name": "find_free_slot",
        "descriptions": [
            "Find a free time slot in the calendar.",
            "Look for an opening of a given length on a day.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "date": {"type": "string", "description": "Day to search, YYYY-MM-DD."},
                "duration_minutes": {
                    "type": "integer",
                    "minimum": 5,
                    "description": "Length of the slot needed.",
                },
                "part_of_day": {
                    "type": "string",
                    "enum": ["morning", "afternoon", "evening"],
                    "description": "Preferred part of the day.",
                },
            },
            "required": ["date", "duration_minutes"],
        },
        "values": {"date": "date", "duration_minutes": "int:15:120", "part_of_day": "enum"},
        "requests": [
            "when am I free for {duration_minutes} minutes on {date}",
            "find me a {duration_minutes}-minute gap on {date}[ in the {part_of_day}]",
            "do I have {duration_minutes} free minutes {date}[ {part_of_day}]",
            "look for an opening of {duration_minutes} min on {date}",
            "is there a free slot on {date}[ in the {part_of_day}] for {duration_minutes} minutes",
            "I need {duration_minutes} minutes on {date}, where can I fit it",
            "squeeze in {duration_minutes} minutes somewhere on {date}",
            "when's a good {duration_minutes} minute window on {date}[ in the {part_of_day}]",
        ],
        "result": {"slot_start": "time", "slot_end": "time"},
    },
    {
        "name": "invite_to_event",
        "descriptions": ["Invite people to a calendar event.", "Add guests to an existing event."],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Title of the event."},
                "guests": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Email addresses to invite.",
                },
                "optional_attendance": {
                    "type": "boolean",
                    "description": "Mark the guests as optional.",
                },
            },
            "required": ["title", "guests"],
        },
        "values": {
            "title": "pool:event_title",
            "guests": "list:pool:email:1:3",
            "optional_attendance": "bool",
        },
        "say": {
            "optional_attendance": {
                "true": ["as optional", "but they're optional"],
                "false": ["as required"],
            }
        },
        "requests": [
            "invite {guests} to {title}[ {optional_attendance}]",
            "add {guests} to the {title} event",
            "send a {title} invite to {guests}",
            "can {guests} join {title}? invite them[ {optional_attendance}]",
            "put {guests} on the guest list for {title}",
            "include {guests} in {title}",
            "loop {guests} into {title}",
            "{title}: please invite {guests}[ {optional_attendance}]",
        ],
        "similar": ["create_calendar_event"],
    },
]
