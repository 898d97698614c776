"""Date-arithmetic tools (differences, offsets, weekdays, ages, week numbers, business days)
for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "date_math"

TOOLS = [
    {
        "name": "days_between_dates",
        "descriptions": [
            "Count the days between two dates.",
            "Number of calendar days (or working days) from one date to another.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "start_date": {"type": "string", "description": "Earlier date."},
                "end_date": {"type": "string", "description": "Later date."},
                "business_days_only": {
                    "type": "boolean",
                    "description": "Count only Monday to Friday.",
                },
            },
            "required": ["start_date", "end_date"],
        },
        "values": {"start_date": "date", "end_date": "date", "business_days_only": "bool"},
        "say": {
            "business_days_only": {
                "true": ["working days only", "weekdays only"],
                "false": ["including weekends", "calendar days"],
            }
        },
        "requests": [
            "how many days from {start_date} to {end_date}[, {business_days_only}]?",
            "days between {start_date} and {end_date}",
            "count the days {start_date} → {end_date}[ ({business_days_only})]",
            "what's the gap in days between {start_date} and {end_date}?",
            "{start_date} to {end_date}: number of days",
            "can you tell me how long it is from {start_date} until {end_date}[, {business_days_only}]?",
            "[{business_days_only}: ]{start_date} - {end_date}",
            "I started on {start_date} and finish on {end_date}; how many days is that",
        ],
        "similar": ["shift_date", "add_business_days", "countdown_to_date"],
    },
    {
        "name": "shift_date",
        "descriptions": [
            "Add or subtract days, weeks or months from a date.",
            "Find the date a given amount of time before or after another.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "date": {"type": "string", "description": "Starting date."},
                "amount": {
                    "type": "integer",
                    "description": "How many units to move (negative for earlier).",
                },
                "unit": {
                    "type": "string",
                    "enum": ["days", "weeks", "months", "years"],
                    "description": "Unit of the amount.",
                },
            },
            "required": ["date", "amount", "unit"],
        },
        "values": {"date": "date", "amount": "int:-120:365", "unit": "enum"},
        "requests": [
            "what date is {amount} {unit} after {date}?",
            "{date} plus {amount} {unit}",
            "add {amount} {unit} to {date}",
            "move {date} by {amount} {unit}",
            "if I start on {date}, where am I {amount} {unit} later?",
            "can you shift {date} by {amount} {unit}?",
            "{date} + {amount} {unit} = ?",
            "offset {date} by {amount} {unit} please",
        ],
        "similar": ["add_business_days", "days_between_dates"],
    },
    {
        "name": "add_business_days",
        "descriptions": [
            "Date that is N working days after a given date.",
            "Add business days, skipping weekends and optional holidays.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "date": {"type": "string", "description": "Starting date."},
                "business_days": {"type": "integer", "description": "Working days to add."},
                "holiday_country": {
                    "type": "string",
                    "description": "Also skip public holidays of this country.",
                },
            },
            "required": ["date", "business_days"],
        },
        "values": {"date": "date", "business_days": "int:1:60", "holiday_country": "pool:country"},
        "requests": [
            "{business_days} business days after {date}[, skipping {holiday_country} holidays]",
            "add {business_days} working days to {date}",
            "if the invoice is dated {date} with {business_days} working days to pay, when's it due?",
            "what's {date} plus {business_days} weekdays[ (holidays in {holiday_country})]?",
            "count {business_days} business days from {date}",
            "can you find the date {business_days} working days on from {date}[ for {holiday_country}]?",
            "[{holiday_country} calendar: ]{date} + {business_days} bd",
            "delivery takes {business_days} business days from {date} - which date is that",
        ],
        "similar": ["shift_date", "days_between_dates"],
    },
    {
        "name": "weekday_of_date",
        "descriptions": [
            "Which day of the week a date falls on.",
            "Return the weekday name for a date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"date": {"type": "string", "description": "Date to check."}},
            "required": ["date"],
        },
        "values": {"date": "date"},
        "requests": [
            "what day of the week is {date}?",
            "{date} - which weekday?",
            "is {date} a weekend?",
            "day name for {date}",
            "can you tell me what weekday {date} lands on?",
            "my birthday is {date}; what day is that",
            "which day is {date}",
            "weekday of {date} please",
        ],
        "similar": ["iso_week_number", "shift_date"],
    },
    {
        "name": "iso_week_number",
        "descriptions": [
            "ISO calendar week number of a date.",
            "Which week of the year a date belongs to.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"date": {"type": "string", "description": "Date to check."}},
            "required": ["date"],
        },
        "values": {"date": "date"},
        "requests": [
            "what week number is {date}?",
            "ISO week of {date}",
            "which calendar week does {date} fall in?",
            "KW for {date}",
            "{date} is in week...?",
            "can you tell me the week of the year for {date}?",
            "planning sprint: week number of {date}",
            "week no. {date}",
        ],
        "similar": ["weekday_of_date", "days_between_dates"],
    },
    {
        "name": "age_on_date",
        "descriptions": [
            "Age in years (and months) from a birth date.",
            "How old someone is, or will be, on a given date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "birth_date": {"type": "string", "description": "Date of birth."},
                "on_date": {
                    "type": "string",
                    "description": "Date to measure at (today if omitted).",
                },
            },
            "required": ["birth_date"],
        },
        "values": {
            "birth_date": "choice:1987-03-14|1992-11-02|1979-06-30|2001-01-19|1965-09-08|2010-05-27",
            "on_date": "date",
        },
        "requests": [
            "how old is someone born {birth_date}[ on {on_date}]?",
            "age for birth date {birth_date}",
            "I was born on {birth_date}; how old am I[ on {on_date}]?",
            "born {birth_date} - age[ as of {on_date}]?",
            "can you work out the age of a person born {birth_date}?",
            "age calc: {birth_date}[ → {on_date}]",
            "[on {on_date}, ]how many years old will a {birth_date} baby be",
            "my grandmother's birthday is {birth_date}, how old is she",
        ],
        "similar": ["days_between_dates", "countdown_to_date"],
    },
    {
        "name": "countdown_to_date",
        "descriptions": [
            "Time remaining until a future date and time.",
            "Countdown in days, hours and minutes to an event.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "target_date": {"type": "string", "description": "Date of the event."},
                "target_time": {"type": "string", "description": "Time of the event."},
                "event_name": {"type": "string", "description": "Label for the countdown."},
            },
            "required": ["target_date"],
        },
        "values": {
            "target_date": "date",
            "target_time": "time",
            "event_name": "choice:launch day|our wedding|the exam|vacation|the marathon",
        },
        "requests": [
            "how long until {target_date}[ at {target_time}]?",
            "countdown to {target_date}[ for {event_name}]",
            "time left before {target_date}[ - that's {event_name}]",
            "how many days till {target_date}?",
            "[{event_name}: ]{target_date}[ {target_time}] - how long to go",
            "can you count down to {target_date}[, {target_time}]?",
            "is {target_date} soon? how much time remains",
            "start a countdown for {target_date}[ called {event_name}]",
        ],
        "similar": ["days_between_dates", "age_on_date"],
    },
]
