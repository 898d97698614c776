"""Geography and time-zone tools (local time, zone conversion, country facts, distances,
daylight, meeting overlap) for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "geography_time"

TOOLS = [
    {
        "name": "local_time_in",
        "descriptions": [
            "Current local time in a city.",
            "What time it is right now somewhere else.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City name."},
                "include_utc_offset": {
                    "type": "boolean",
                    "description": "Also give the UTC offset.",
                },
            },
            "required": ["city"],
        },
        "values": {"city": "pool:city", "include_utc_offset": "bool"},
        "say": {
            "include_utc_offset": {
                "true": ["with the UTC offset", "and its offset from UTC"],
                "false": ["just the time", "no offset needed"],
            }
        },
        "requests": [
            "what time is it in {city}[, {include_utc_offset}]?",
            "local time {city}",
            "is it late in {city} right now?",
            "current time in {city}[ {include_utc_offset}]",
            "can you check the clock in {city}?",
            "{city} time?",
            "before I call my friend in {city} - what time is it there",
            "[{include_utc_offset}: ]time now in {city}",
        ],
        "similar": ["convert_time_between_cities", "sunrise_sunset"],
    },
    {
        "name": "convert_time_between_cities",
        "descriptions": [
            "Convert a clock time in one city to the local time in another.",
            "Translate a meeting time across time zones.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "time": {"type": "string", "description": "Time in the source city."},
                "from_city": {"type": "string", "description": "City the time is given in."},
                "to_city": {"type": "string", "description": "City to convert to."},
                "date": {"type": "string", "description": "Date (matters for daylight saving)."},
            },
            "required": ["time", "from_city", "to_city"],
        },
        "values": {
            "time": "time",
            "from_city": "pool:city",
            "to_city": "pool:city",
            "date": "date",
        },
        "requests": [
            "{time} in {from_city} is what time in {to_city}?",
            "convert {time} {from_city} time to {to_city}[ on {date}]",
            "if it's {time} in {from_city}, what's the time in {to_city}?",
            "meeting at {time} {from_city} - when is that for {to_city}[ on {date}]?",
            "{from_city} {time} → {to_city}",
            "can you translate {time} from {from_city} to {to_city} time?",
            "[on {date}, ]{time} {from_city} equals ? in {to_city}",
            "my colleague in {to_city} needs to join at {time} {from_city} time - what's that for them",
        ],
        "similar": ["local_time_in", "overlap_working_hours"],
    },
    {
        "name": "overlap_working_hours",
        "descriptions": [
            "Find hours when office hours overlap across several cities.",
            "Suggest meeting slots that fall in working hours everywhere.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "cities": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Cities of the participants.",
                },
                "date": {"type": "string", "description": "Day to plan for."},
                "duration_minutes": {"type": "integer", "description": "Meeting length."},
            },
            "required": ["cities"],
        },
        "values": {
            "cities": "list:pool:city:2:3",
            "date": "date",
            "duration_minutes": "int:15:120",
        },
        "requests": [
            "when do working hours overlap in {cities}[ on {date}]?",
            "find a[ {duration_minutes} minute] slot that works for {cities}",
            "best meeting time for people in {cities}",
            "is there any overlap in office hours between {cities}[ on {date}]?",
            "{cities}: common working window",
            "can you suggest a call time across {cities}[ for {duration_minutes} minutes]?",
            "[{date}: ]overlap {cities}",
            "my team is spread over {cities} - when can we all meet",
        ],
        "similar": ["convert_time_between_cities", "local_time_in"],
    },
    {
        "name": "get_country_facts",
        "descriptions": [
            "Basic facts about a country: capital, population, currency, languages, area.",
            "Look up country information.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "country": {"type": "string", "description": "Country name."},
                "fields": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "capital",
                            "population",
                            "currency",
                            "languages",
                            "area",
                            "calling code",
                        ],
                    },
                    "description": "Facts to return (all if omitted).",
                },
            },
            "required": ["country"],
        },
        "values": {
            "country": "pool:country",
            "fields": "list:choice:capital|population|currency|languages|area|calling code:1:3",
        },
        "requests": [
            "tell me about {country}[ - {fields}]",
            "what's the[ {fields} of] {country}?",
            "facts on {country}",
            "{country}[: {fields}]",
            "can you look up {country}[, especially its {fields}]?",
            "I'm visiting {country} - basic info please",
            "[{fields} for ]{country}, quickly",
            "give me an overview of {country}",
        ],
        "similar": ["check_visa_requirements", "element_lookup", "get_neighborhood_info"],
    },
    {
        "name": "distance_between_cities",
        "descriptions": [
            "Great-circle distance between two cities.",
            "How far apart two cities are as the crow flies.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city_a": {"type": "string", "description": "First city."},
                "city_b": {"type": "string", "description": "Second city."},
                "unit": {
                    "type": "string",
                    "enum": ["km", "miles", "nautical miles"],
                    "description": "Distance unit.",
                },
            },
            "required": ["city_a", "city_b"],
        },
        "values": {"city_a": "pool:city", "city_b": "pool:city", "unit": "enum"},
        "requests": [
            "how far is {city_a} from {city_b}[ in {unit}]?",
            "distance {city_a} to {city_b}",
            "{city_a} ↔ {city_b}[, {unit}]",
            "as the crow flies, {city_a} to {city_b}?",
            "can you measure the distance between {city_a} and {city_b}[ in {unit}]?",
            "how many[ {unit}] separate {city_a} and {city_b}",
            "[in {unit}: ]{city_a}-{city_b}",
            "I'm flying {city_a} to {city_b}; what's the straight-line distance",
        ],
        "similar": ["distance_between_points", "get_shipping_quote"],
    },
    {
        "name": "sunrise_sunset",
        "descriptions": [
            "Sunrise and sunset times for a city on a date.",
            "When the sun comes up and goes down somewhere.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City name."},
                "date": {"type": "string", "description": "Date (today if omitted)."},
                "include_twilight": {
                    "type": "boolean",
                    "description": "Also give civil twilight times.",
                },
            },
            "required": ["city"],
        },
        "values": {"city": "pool:city", "date": "date", "include_twilight": "bool"},
        "say": {
            "include_twilight": {
                "true": ["with twilight times", "including dawn and dusk"],
                "false": ["no twilight", "just sunrise and sunset"],
            }
        },
        "requests": [
            "when is sunrise in {city}[ on {date}]?",
            "sunset {city}[ {date}]",
            "what time does the sun rise and set in {city}[, {include_twilight}]?",
            "daylight hours for {city}[ on {date}]",
            "can you get sunrise/sunset for {city}?",
            "[{include_twilight}: ]{city} sun times",
            "how long is the day in {city}[ on {date}]?",
            "I want to photograph the sunrise in {city}[ on {date}] - when?",
        ],
        "similar": ["local_time_in", "weekday_of_date"],
    },
]
