"""Food: delivery orders, finding restaurants, table bookings, order status and reviews."""

DOMAIN = "food"

TOOLS = [
    {
        "name": "order_food_delivery",
        "descriptions": [
            "Order food for delivery from a restaurant.",
            "Place a delivery order of dishes.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "restaurant": {"type": "string", "description": "Restaurant to order from."},
                "dishes": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Dishes to order.",
                },
                "delivery_address": {
                    "type": "string",
                    "description": "Where to deliver; home if omitted.",
                },
                "notes": {
                    "type": "string",
                    "description": "Instructions for the kitchen or courier.",
                },
            },
            "required": ["restaurant", "dishes"],
        },
        "values": {
            "restaurant": "pool:restaurant",
            "dishes": "list:pool:dish:1:3",
            "delivery_address": "pool:street",
            "notes": "choice:extra spicy|no onions|leave at the door|ring twice|gluten free please",
        },
        "requests": [
            "order {dishes} from {restaurant}",
            "get {dishes} delivered from {restaurant}[ to {delivery_address}]",
            "can I have {dishes} from {restaurant}[, {notes}]",
            "delivery from {restaurant}: {dishes}",
            "I want {dishes} from {restaurant}[, send it to {delivery_address}]",
            "{restaurant}, {dishes}[, {notes}]",
            "place an order at {restaurant} for {dishes}",
            "feeling like {dishes} tonight, order from {restaurant}",
        ],
        "indirect": ["I'm starving and {restaurant} does great {dishes}[, {notes}]"],
        "result": {"order_id": "pool:order_id", "eta_minutes": "int:15:60"},
        "similar": ["book_restaurant_table", "add_to_cart"],
    },
    {
        "name": "search_restaurants",
        "descriptions": ["Search restaurants by cuisine and area.", "Find places to eat nearby."],
        "parameters": {
            "type": "object",
            "properties": {
                "cuisine": {"type": "string", "description": "Kind of food."},
                "city": {"type": "string", "description": "City or area; nearby if omitted."},
                "price_level": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 4,
                    "description": "1 is cheap, 4 is very expensive.",
                },
                "open_now": {"type": "boolean", "description": "Only places open now."},
            },
            "required": ["cuisine"],
        },
        "values": {
            "cuisine": "pool:cuisine",
            "city": "pool:city",
            "price_level": "int:1:4",
            "open_now": "bool",
        },
        "say": {
            "open_now": {
                "true": ["open now", "that are open right now"],
                "false": ["open or closed"],
            }
        },
        "requests": [
            "find {cuisine} food[ in {city}]",
            "any good {cuisine} places[ {open_now}]?",
            "where can I get {cuisine}[ in {city}]",
            "{cuisine} restaurants[ around {city}][, price level {price_level}]",
            "recommend a {cuisine} spot[ {open_now}]",
            "search for {cuisine} restaurants",
            "I'm craving {cuisine}, what's near me",
        ],
        "indirect": ["we're in {city} and the group wants {cuisine}"],
        "result": {"top_pick": "pool:restaurant", "rating": "float:3:5:1"},
        "similar": ["book_restaurant_table"],
    },
    {
        "name": "book_restaurant_table",
        "descriptions": [
            "Reserve a table at a restaurant.",
            "Book a table for a party at a date and time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "restaurant": {"type": "string", "description": "Restaurant name."},
                "party_size": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20,
                    "description": "Number of guests.",
                },
                "date": {"type": "string", "description": "Day of the booking, YYYY-MM-DD."},
                "time": {"type": "string", "description": "Time of the booking, HH:MM."},
                "seating": {
                    "type": "string",
                    "enum": ["indoor", "outdoor", "bar", "any"],
                    "description": "Seating preference.",
                },
            },
            "required": ["restaurant", "party_size", "time"],
        },
        "values": {
            "restaurant": "pool:restaurant",
            "party_size": "int:1:10",
            "date": "date",
            "time": "time",
            "seating": "enum",
        },
        "requests": [
            "book a table for {party_size} at {restaurant} at {time}[ on {date}]",
            "reserve {restaurant} for {party_size} people, {time}",
            "table for {party_size} at {restaurant}[ {date}] at {time}[, {seating} please]",
            "can you get us into {restaurant} at {time}? we're {party_size}",
            "{restaurant}, {party_size} guests, {time}[, {seating} seating]",
            "I'd like a reservation at {restaurant} for {party_size} at {time}[ on {date}]",
            "grab a {time} table at {restaurant} for {party_size}",
        ],
        "indirect": [
            "it's our anniversary on {date}, {restaurant} at {time} would be perfect for the {party_size} of us"
        ],
        "result": {"confirmation": "choice:RT-5521|RT-0087|RT-3310"},
        "similar": ["order_food_delivery", "create_calendar_event"],
    },
    {
        "name": "check_food_order",
        "descriptions": ["Check the status of a food delivery.", "See when the food arrives."],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {
                    "type": "string",
                    "description": "Order number; the latest order if omitted.",
                }
            },
            "required": [],
        },
        "values": {"order_id": "pool:order_id"},
        "requests": [
            "where's my food",
            "how long until the delivery[ for {order_id}]",
            "status of food order {order_id}",
            "is the food on its way",
            "check on {order_id}",
            "when does dinner arrive",
            "is my order coming[, the {order_id} one]",
            "how far away is my food",
        ],
        "result": {
            "status": "choice:preparing|picked up|arriving|delivered",
            "eta_minutes": "int:1:40",
        },
        "similar": ["track_package"],
    },
    {
        "name": "cancel_food_order",
        "descriptions": [
            "Cancel a food delivery order.",
            "Call off a food order before it is picked up.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {
                    "type": "string",
                    "description": "Order number; the latest order if omitted.",
                }
            },
            "required": [],
        },
        "values": {"order_id": "pool:order_id"},
        "requests": [
            "cancel my food order",
            "cancel order {order_id}",
            "never mind the delivery[ {order_id}], cancel it",
            "stop the food order",
            "I don't want {order_id} anymore",
            "scrap the takeaway order",
            "please cancel the food[ - order {order_id}]",
            "call off my dinner order[ {order_id}]",
        ],
        "similar": ["cancel_ride"],
    },
    {
        "name": "review_restaurant",
        "descriptions": ["Leave a review for a restaurant.", "Rate a place you ate at."],
        "parameters": {
            "type": "object",
            "properties": {
                "restaurant": {"type": "string", "description": "Restaurant name."},
                "stars": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "Rating from 1 to 5.",
                },
                "text": {"type": "string", "description": "Review text."},
            },
            "required": ["restaurant", "stars"],
        },
        "values": {
            "restaurant": "pool:restaurant",
            "stars": "int:1:5",
            "text": "choice:amazing food|slow service|great value|a bit noisy|best noodles in town",
        },
        "requests": [
            "give {restaurant} {stars} stars[: {text}]",
            "rate {restaurant} {stars} out of 5",
            "review {restaurant}, {stars} stars[, {text}]",
            "{restaurant} gets a {stars}[ - {text}]",
            "leave a {stars}-star review for {restaurant}",
            "post a review: {restaurant}, {stars}[, say {text}]",
            "{stars} stars for {restaurant}[, {text}]",
            "I'd rate {restaurant} a {stars}[ - {text}]",
        ],
    },
]
