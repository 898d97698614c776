"""Navigation: directions, turn-by-turn guidance, travel times, nearby places, traffic, ETAs."""

DOMAIN = "navigation"

_MODE = {
    "type": "string",
    "enum": ["driving", "walking", "cycling", "transit"],
    "description": "How the user travels.",
}

TOOLS = [
    {
        "name": "route_directions",
        "descriptions": [
            "Get directions from one place to another.",
            "Plan a route between an origin and a destination for a travel mode.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "origin": {
                    "type": "string",
                    "description": "Start address or place; current location if omitted.",
                },
                "destination": {"type": "string", "description": "Address or place to go to."},
                "mode": _MODE,
                "avoid": {
                    "type": "array",
                    "items": {"type": "string", "enum": ["tolls", "highways", "ferries"]},
                    "description": "Road types to avoid.",
                },
            },
            "required": ["destination"],
        },
        "values": {
            "origin": "pool:address",
            "destination": "pool:address",
            "mode": "enum",
            "avoid": "list:enum:1:2",
        },
        "requests": [
            "directions to {destination}[ from {origin}]",
            "how do I get to {destination}[ by {mode}]",
            "route from {origin} to {destination}[, avoiding {avoid}]",
            "show me the way to {destination}[, I'm {mode}]",
            "what's the best way to {destination}[ without {avoid}]",
            "{mode} directions to {destination}",
            "take me from {origin} to {destination}",
            "I need to get to {destination}[ from {origin}], how?",
        ],
        "indirect": ["I've never been to {destination} before[ and I'm {mode}]"],
        "result": {"distance_km": "float:0.5:40:1", "duration_minutes": "int:3:90"},
        "similar": ["start_navigation", "estimate_travel_time"],
    },
    {
        "name": "start_navigation",
        "descriptions": [
            "Start turn-by-turn navigation to a destination.",
            "Begin guiding the user to a place.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "destination": {"type": "string", "description": "Where to navigate to."},
                "mode": _MODE,
                "voice_guidance": {"type": "boolean", "description": "Speak the turns aloud."},
            },
            "required": ["destination"],
        },
        "values": {"destination": "pool:address", "mode": "enum", "voice_guidance": "bool"},
        "say": {
            "voice_guidance": {
                "true": ["with voice", "and read the turns out"],
                "false": ["muted", "without voice"],
            }
        },
        "requests": [
            "navigate to {destination}",
            "take me to {destination}[ {voice_guidance}]",
            "start navigation to {destination}[, {mode}]",
            "let's go to {destination}",
            "guide me to {destination}[ {voice_guidance}]",
            "head to {destination}",
            "drive me to {destination}",
            "nav {destination}",
        ],
        "indirect": ["I'm late for a meeting at {destination}, get me there"],
        "similar": ["route_directions", "book_ride"],
    },
    {
        "name": "estimate_travel_time",
        "descriptions": [
            "Estimate how long a trip takes.",
            "Get the travel time to a place, optionally leaving at a set time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "destination": {"type": "string", "description": "Place to travel to."},
                "mode": _MODE,
                "depart_at": {
                    "type": "string",
                    "description": "Departure time, HH:MM; now if omitted.",
                },
            },
            "required": ["destination"],
        },
        "values": {"destination": "pool:address", "mode": "enum", "depart_at": "time"},
        "requests": [
            "how long to get to {destination}[ by {mode}]",
            "how far is {destination} in minutes",
            "if I leave at {depart_at}, when do I reach {destination}",
            "travel time to {destination}[ leaving {depart_at}]",
            "how long will it take to {destination}[, {mode}]",
            "ETA to {destination}?",
            "how many minutes to {destination}[ if I go {mode}]",
            "when would I get to {destination} leaving at {depart_at}",
        ],
        "result": {"duration_minutes": "int:4:120"},
        "similar": ["route_directions"],
    },
    {
        "name": "find_nearby_places",
        "descriptions": [
            "Find places of a kind near the user.",
            "Search for nearby shops, services or points of interest.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "category": {
                    "type": "string",
                    "enum": [
                        "gas_station",
                        "pharmacy",
                        "atm",
                        "parking",
                        "ev_charger",
                        "coffee_shop",
                        "supermarket",
                        "hospital",
                    ],
                    "description": "Kind of place.",
                },
                "radius_km": {
                    "type": "number",
                    "minimum": 0.1,
                    "description": "Search radius in kilometres.",
                },
                "open_now": {"type": "boolean", "description": "Only places open right now."},
            },
            "required": ["category"],
        },
        "values": {"category": "enum", "radius_km": "float:0.5:10:1", "open_now": "bool"},
        "say": {
            "open_now": {"true": ["that's open now", "open right now"], "false": ["open or not"]},
            "category": {
                "atm": ["ATM", "cash machine"],
                "ev_charger": ["EV charger", "charging station"],
                "gas_station": ["gas station", "petrol station"],
            },
        },
        "requests": [
            "find a {category} nearby",
            "where's the closest {category}[ {open_now}]",
            "any {category} within {radius_km} km?",
            "I need a {category}[ {open_now}]",
            "show {category} places around me[ in {radius_km} km]",
            "is there a {category} near here",
            "look for a {category}[ within {radius_km} kilometres]",
        ],
        "indirect": ["I'm almost out of cash, where is the nearest {category}"],
        "result": {"name": "pool:store", "distance_km": "float:0.1:5:1"},
    },
    {
        "name": "check_traffic",
        "descriptions": [
            "Check traffic on the way to a place.",
            "Report delays and incidents on a route.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "destination": {"type": "string", "description": "Place the route goes to."}
            },
            "required": ["destination"],
        },
        "values": {"destination": "pool:address"},
        "requests": [
            "how's traffic to {destination}",
            "any delays on the way to {destination}?",
            "is the road to {destination} jammed",
            "traffic report for {destination}",
            "check the traffic heading to {destination}",
            "will I hit traffic going to {destination}",
            "is traffic bad to {destination}",
            "any jams between me and {destination}",
        ],
        "result": {"delay_minutes": "int:0:40", "incidents": "int:0:3"},
        "similar": ["estimate_travel_time"],
    },
    {
        "name": "share_eta",
        "descriptions": [
            "Send a contact your arrival time.",
            "Share the estimated time of arrival of the current trip.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"contact": {"type": "string", "description": "Who receives the ETA."}},
            "required": ["contact"],
        },
        "values": {"contact": "pool:contact"},
        "requests": [
            "share my ETA with {contact}",
            "let {contact} know when I'll arrive",
            "send {contact} my arrival time",
            "tell {contact} how far away I am",
            "ETA to {contact} please",
            "can {contact} see when I get there",
            "send my ETA to {contact}",
            "{contact} should know when I'll be there",
        ],
        "indirect": ["{contact} is waiting at the door, they'll want to know when I'm arriving"],
        "similar": ["share_live_location", "send_text_message"],
    },
    {
        "name": "save_favorite_place",
        "descriptions": [
            "Save a place as a favourite with a nickname.",
            "Store a named address like home or work.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "address": {"type": "string", "description": "Address to save."},
                "nickname": {"type": "string", "description": "Name to save it under."},
            },
            "required": ["address", "nickname"],
        },
        "values": {
            "address": "pool:street",
            "nickname": "choice:home|work|gym|mum's|school|the cabin",
        },
        "requests": [
            "save {address} as {nickname}",
            "set {nickname} to {address}",
            "my {nickname} address is {address}",
            "remember {address} as {nickname}",
            "add {address} to favourites, call it {nickname}",
            "update {nickname} to {address}",
            "mark {address} as {nickname}",
            "{address} is {nickname}, save it",
        ],
        "indirect": ["we just moved, {nickname} is now {address}"],
    },
]
