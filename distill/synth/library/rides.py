"""Ride hailing: booking, scheduling and cancelling rides, fares, tracking and rating drivers."""

DOMAIN = "rides"

_TIER = {
    "type": "string",
    "enum": ["economy", "comfort", "xl", "premium", "green"],
    "description": "Ride tier.",
}

TOOLS = [
    {
        "name": "book_ride",
        "descriptions": ["Book a car to pick the user up now.", "Request a ride to a destination."],
        "parameters": {
            "type": "object",
            "properties": {
                "pickup": {
                    "type": "string",
                    "description": "Pickup address; current location if omitted.",
                },
                "dropoff": {"type": "string", "description": "Destination address."},
                "tier": _TIER,
                "passengers": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 6,
                    "description": "Number of riders.",
                },
            },
            "required": ["dropoff"],
        },
        "values": {
            "pickup": "pool:address",
            "dropoff": "pool:address",
            "tier": "enum",
            "passengers": "int:1:6",
        },
        "say": {"tier": {"xl": ["XL", "a big car"], "green": ["green", "electric"]}},
        "requests": [
            "get me a ride to {dropoff}[ from {pickup}]",
            "book a {tier} car to {dropoff}",
            "I need a cab to {dropoff}[ for {passengers} people]",
            "order a ride from {pickup} to {dropoff}[, {tier}]",
            "call me a car to {dropoff}",
            "can you get a taxi to {dropoff}[, there are {passengers} of us]",
            "ride to {dropoff} please[, {tier}]",
            "[pick me up at {pickup} and ]take me to {dropoff}",
        ],
        "indirect": [
            "my car's in the shop and I have to be at {dropoff} soon[, {passengers} of us]"
        ],
        "result": {"driver": "pool:first_name", "arrives_in_minutes": "int:2:15"},
        "similar": ["schedule_ride", "start_navigation"],
    },
    {
        "name": "schedule_ride",
        "descriptions": ["Schedule a ride for later.", "Book a car for a future pickup time."],
        "parameters": {
            "type": "object",
            "properties": {
                "dropoff": {"type": "string", "description": "Destination address."},
                "pickup_time": {"type": "string", "description": "Pickup time, HH:MM."},
                "pickup_date": {
                    "type": "string",
                    "description": "Pickup day, YYYY-MM-DD; today if omitted.",
                },
                "tier": _TIER,
            },
            "required": ["dropoff", "pickup_time"],
        },
        "values": {
            "dropoff": "pool:address",
            "pickup_time": "time",
            "pickup_date": "date",
            "tier": "enum",
        },
        "requests": [
            "schedule a ride to {dropoff} at {pickup_time}[ on {pickup_date}]",
            "book a car for {pickup_time}[ {pickup_date}] to {dropoff}",
            "I need a pickup at {pickup_time} going to {dropoff}[, {tier}]",
            "reserve a {tier} ride to {dropoff} for {pickup_time}",
            "[on {pickup_date} ]have a car come at {pickup_time}, heading to {dropoff}",
            "set up a ride for later: {dropoff}, {pickup_time}",
            "book a ride at {pickup_time} to {dropoff}[ on {pickup_date}]",
            "I'll need a car at {pickup_time} to get to {dropoff}[, {tier}]",
        ],
        "indirect": [
            "my flight leaves early, so I'll need to head to {dropoff} at {pickup_time}[ on {pickup_date}]"
        ],
        "similar": ["book_ride"],
    },
    {
        "name": "estimate_ride_fare",
        "descriptions": ["Estimate the price of a ride.", "Get a fare quote between two places."],
        "parameters": {
            "type": "object",
            "properties": {
                "pickup": {"type": "string", "description": "Pickup address."},
                "dropoff": {"type": "string", "description": "Destination address."},
                "tier": _TIER,
            },
            "required": ["dropoff"],
        },
        "values": {"pickup": "pool:address", "dropoff": "pool:address", "tier": "enum"},
        "requests": [
            "how much is a ride to {dropoff}",
            "what would a {tier} cost to {dropoff}[ from {pickup}]",
            "fare estimate from {pickup} to {dropoff}",
            "price check: car to {dropoff}",
            "roughly how much to get a cab to {dropoff}[, {tier}]",
            "is a ride to {dropoff} expensive right now",
            "how much for a car to {dropoff}",
            "quote me a {tier} to {dropoff}[ from {pickup}]",
        ],
        "result": {"estimate": "float:6:80:2", "currency": "pool:currency"},
        "similar": ["book_ride"],
    },
    {
        "name": "cancel_ride",
        "descriptions": ["Cancel the current ride request.", "Call off a booked car."],
        "parameters": {
            "type": "object",
            "properties": {
                "reason": {
                    "type": "string",
                    "enum": ["changed_plans", "driver_too_far", "booked_by_mistake", "other"],
                    "description": "Why the ride is cancelled.",
                },
            },
            "required": [],
        },
        "values": {"reason": "enum"},
        "requests": [
            "cancel my ride",
            "cancel the car[, {reason}]",
            "never mind the taxi",
            "call off the ride[ - reason: {reason}]",
            "I don't need the car anymore",
            "cancel the pickup[, it's {reason}]",
            "stop the ride request",
            "cancel that car[ - {reason}]",
        ],
        "similar": ["cancel_food_order"],
    },
    {
        "name": "track_ride",
        "descriptions": [
            "Show where the driver is and when they arrive.",
            "Track the current ride.",
        ],
        "parameters": {"type": "object", "properties": {}, "required": []},
        "values": {},
        "requests": [
            "where's my driver",
            "how far is the car",
            "when will my ride get here",
            "track my ride",
            "is the taxi close?",
            "how long until pickup",
            "how close is my ride",
            "where's the car now",
        ],
        "result": {
            "arrives_in_minutes": "int:1:12",
            "car": "choice:grey Prius|blue Tesla|white Corolla|black Ioniq",
        },
    },
    {
        "name": "rate_driver",
        "descriptions": [
            "Rate the last ride's driver.",
            "Give the driver stars and an optional tip.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "stars": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "Rating from 1 to 5.",
                },
                "tip": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Tip amount in the local currency.",
                },
                "comment": {"type": "string", "description": "Short feedback."},
            },
            "required": ["stars"],
        },
        "values": {
            "stars": "int:1:5",
            "tip": "float:1:20:2",
            "comment": "choice:great driver|smooth ride|car was dirty|very friendly|took a weird route",
        },
        "requests": [
            "give the driver {stars} stars[ and a {tip} tip]",
            "rate my last ride {stars} out of 5[, {comment}]",
            "{stars} stars for the driver",
            "tip {tip} and rate {stars}",
            "the ride was a {stars}[ - {comment}]",
            "leave {stars} stars[, comment: {comment}]",
            "rate the driver {stars}",
            "{stars} stars[, tip {tip}]",
        ],
    },
]
