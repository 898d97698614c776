"""Travel tools (flights, hotels, car hire, visas, bookings) for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "travel"

_FLIGHTS = "choice:LH 401|BA 117|AF 1680|KL 1002|UA 934|QF 12|EK 29"
_BOOKINGS = "choice:QX7P2L|HT4K9M|RC88ZD|FL2B6N|ZP3W1Q"

TOOLS = [
    {
        "name": "search_flights",
        "descriptions": [
            "Search available flights between two airports on a date.",
            "Find flight options, optionally round trip, nonstop or in a given cabin.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "origin": {"type": "string", "description": "Departure airport code."},
                "destination": {"type": "string", "description": "Arrival airport code."},
                "depart_date": {"type": "string", "description": "Outbound date."},
                "return_date": {"type": "string", "description": "Return date for a round trip."},
                "cabin": {
                    "type": "string",
                    "enum": ["economy", "premium", "business", "first"],
                    "description": "Cabin class.",
                },
                "passengers": {"type": "integer", "description": "Number of travellers."},
                "nonstop": {"type": "boolean", "description": "Only direct flights."},
            },
            "required": ["origin", "destination", "depart_date"],
        },
        "values": {
            "origin": "pool:airport_code",
            "destination": "pool:airport_code",
            "depart_date": "date",
            "return_date": "date",
            "cabin": "enum",
            "passengers": "int:1:6",
            "nonstop": "bool",
        },
        "say": {
            "nonstop": {
                "true": ["nonstop only", "direct flights only"],
                "false": ["connections are fine", "stops ok"],
            }
        },
        "requests": [
            "find flights from {origin} to {destination} on {depart_date}[ returning {return_date}]",
            "{origin} to {destination}, {depart_date}[, {cabin}][, {nonstop}]",
            "are there any flights {origin}-{destination} leaving {depart_date}[ for {passengers} people]?",
            "search {depart_date} departures from {origin} into {destination}[ in {cabin} class]",
            "I need to get from {origin} to {destination} on {depart_date}[, back on {return_date}] - what's available?",
            "can you look up[ {nonstop}] options flying {origin} → {destination} on {depart_date}?",
            "[{passengers} passengers, ]{origin} {destination} {depart_date}",
            "show me[ {cabin}] seats {origin} to {destination} for {depart_date}",
        ],
        "similar": ["reserve_flight", "get_flight_status", "find_hotel_rooms"],
    },
    {
        "name": "reserve_flight",
        "descriptions": [
            "Book a seat on a specific flight for a passenger.",
            "Reserve a flight by flight number and date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "flight_number": {"type": "string", "description": "Airline flight number."},
                "depart_date": {"type": "string", "description": "Date of the flight."},
                "passenger_name": {"type": "string", "description": "Traveller's full name."},
                "seat_preference": {
                    "type": "string",
                    "enum": ["window", "aisle", "middle"],
                    "description": "Preferred seat.",
                },
            },
            "required": ["flight_number", "depart_date", "passenger_name"],
        },
        "values": {
            "flight_number": _FLIGHTS,
            "depart_date": "date",
            "passenger_name": "pool:person_name",
            "seat_preference": "enum",
        },
        "requests": [
            "book {flight_number} on {depart_date} for {passenger_name}[, {seat_preference} seat]",
            "reserve a seat on {flight_number} ({depart_date}) for {passenger_name}",
            "put {passenger_name} on flight {flight_number}, {depart_date}[, prefers {seat_preference}]",
            "can you get {passenger_name} onto {flight_number} on {depart_date}?",
            "{flight_number} {depart_date} - passenger {passenger_name}[ - {seat_preference}]",
            "please book flight {flight_number} departing {depart_date} in the name of {passenger_name}",
            "[{seat_preference} if possible: ]{passenger_name} on {flight_number}, {depart_date}",
            "I'll take {flight_number} on {depart_date}; passenger is {passenger_name}",
        ],
        "similar": ["search_flights", "get_flight_status", "reserve_hotel_room"],
    },
    {
        "name": "get_flight_status",
        "descriptions": [
            "Get the live status of a flight: on time, delayed, gate.",
            "Check whether a flight is delayed or cancelled.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "flight_number": {"type": "string", "description": "Airline flight number."},
                "date": {"type": "string", "description": "Date of the flight (today if omitted)."},
            },
            "required": ["flight_number"],
        },
        "values": {"flight_number": _FLIGHTS, "date": "date"},
        "requests": [
            "is {flight_number} on time[ on {date}]?",
            "status of flight {flight_number}",
            "has {flight_number} been delayed?",
            "what gate is {flight_number} leaving from[ on {date}]?",
            "{flight_number}[ {date}] status",
            "can you check if {flight_number} is running late?",
            "my mum's on {flight_number}[ {date}] - has it landed?",
            "any delays for {flight_number}[ on {date}]",
        ],
        "similar": ["search_flights", "track_shipment"],
    },
    {
        "name": "find_hotel_rooms",
        "descriptions": [
            "Search hotels with free rooms in a city.",
            "Find hotel availability for a check-in date and number of nights.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City to stay in."},
                "check_in": {"type": "string", "description": "Check-in date."},
                "nights": {"type": "integer", "description": "Number of nights."},
                "guests": {"type": "integer", "description": "Number of guests."},
                "max_price": {"type": "number", "description": "Highest nightly price."},
            },
            "required": ["city", "check_in", "nights"],
        },
        "values": {
            "city": "pool:city",
            "check_in": "date",
            "nights": "int:1:14",
            "guests": "int:1:5",
            "max_price": "float:50:600:0",
        },
        "requests": [
            "find a hotel in {city} from {check_in} for {nights} nights[ for {guests} guests]",
            "hotels in {city}, {nights} nights starting {check_in}[, under {max_price} a night]",
            "any rooms free in {city} on {check_in}? staying {nights} nights",
            "I need somewhere to sleep in {city} - {nights} nights from {check_in}[, {guests} of us]",
            "{city} {check_in} {nights}n",
            "can you search {city} hotels checking in {check_in} for {nights} nights[, max {max_price} per night]?",
            "where can we stay in {city} for {nights} nights starting {check_in}?",
            "[budget {max_price}: ]hotel search {city}, in {check_in}, {nights} nights",
        ],
        "similar": ["reserve_hotel_room", "search_property_listings", "search_flights"],
    },
    {
        "name": "reserve_hotel_room",
        "descriptions": [
            "Book a room at a specific hotel.",
            "Reserve a hotel stay between check-in and check-out dates.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "hotel": {"type": "string", "description": "Hotel name."},
                "check_in": {"type": "string", "description": "Check-in date."},
                "check_out": {"type": "string", "description": "Check-out date."},
                "room_type": {
                    "type": "string",
                    "enum": ["single", "double", "twin", "suite"],
                    "description": "Room type.",
                },
                "breakfast": {"type": "boolean", "description": "Add breakfast."},
            },
            "required": ["hotel", "check_in", "check_out"],
        },
        "values": {
            "hotel": "pool:hotel_name",
            "check_in": "date",
            "check_out": "date",
            "room_type": "enum",
            "breakfast": "bool",
        },
        "say": {
            "breakfast": {
                "true": ["with breakfast", "breakfast included"],
                "false": ["room only", "no breakfast"],
            }
        },
        "requests": [
            "book a[ {room_type}] room at {hotel} from {check_in} to {check_out}",
            "reserve {hotel}, {check_in} - {check_out}[, {breakfast}]",
            "can you get me into {hotel} checking in {check_in} and out {check_out}?",
            "I'd like a room[ ({room_type})] at {hotel}, {check_in} until {check_out}",
            "{hotel} {check_in}→{check_out}[ {room_type}][ {breakfast}]",
            "please book my stay at {hotel}: arrive {check_in}, leave {check_out}",
            "[{breakfast}, ]{hotel} from {check_in} through {check_out}",
            "hold a room at {hotel} for {check_in} to {check_out}[, {room_type} please]",
        ],
        "similar": ["find_hotel_rooms", "reserve_flight", "schedule_property_viewing"],
    },
    {
        "name": "hire_rental_car",
        "descriptions": [
            "Rent a car for pick-up and return dates in a city.",
            "Book a hire car of a given class.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "pickup_city": {"type": "string", "description": "Where the car is collected."},
                "pickup_date": {"type": "string", "description": "Collection date."},
                "return_date": {"type": "string", "description": "Return date."},
                "car_class": {
                    "type": "string",
                    "enum": ["economy", "compact", "suv", "van", "electric"],
                    "description": "Car category.",
                },
                "driver_age": {"type": "integer", "description": "Age of the main driver."},
            },
            "required": ["pickup_city", "pickup_date", "return_date"],
        },
        "values": {
            "pickup_city": "pool:city",
            "pickup_date": "date",
            "return_date": "date",
            "car_class": "enum",
            "driver_age": "int:18:80",
        },
        "say": {"car_class": {"suv": ["SUV"]}},
        "requests": [
            "rent a car in {pickup_city} from {pickup_date} to {return_date}[, {car_class}]",
            "I need a[ {car_class}] hire car at {pickup_city}, {pickup_date} until {return_date}",
            "car rental {pickup_city} {pickup_date}-{return_date}[, driver aged {driver_age}]",
            "can you book me a car? pick up in {pickup_city} on {pickup_date}, drop off {return_date}",
            "get a car[ in the {car_class} class] in {pickup_city} for {pickup_date} through {return_date}",
            "please reserve a rental in {pickup_city} ({pickup_date} to {return_date})[; the driver is {driver_age}]",
            "[{car_class}, ]{pickup_city}, collect {pickup_date}, return {return_date}",
            "we'll need wheels in {pickup_city} between {pickup_date} and {return_date}",
        ],
        "similar": ["reserve_hotel_room", "schedule_parcel_pickup"],
    },
    {
        "name": "check_visa_requirements",
        "descriptions": [
            "Check whether a traveller needs a visa for a destination.",
            "Look up entry and visa rules by passport and destination country.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "passport_country": {
                    "type": "string",
                    "description": "Country that issued the passport.",
                },
                "destination_country": {"type": "string", "description": "Country being visited."},
                "purpose": {
                    "type": "string",
                    "enum": ["tourism", "business", "study", "transit"],
                    "description": "Purpose of the trip.",
                },
                "stay_days": {"type": "integer", "description": "Length of stay in days."},
            },
            "required": ["passport_country", "destination_country"],
        },
        "values": {
            "passport_country": "pool:country",
            "destination_country": "pool:country",
            "purpose": "enum",
            "stay_days": "int:1:180",
        },
        "requests": [
            "do I need a visa for {destination_country} with a {passport_country} passport[ for {purpose}]?",
            "visa rules: {passport_country} citizen going to {destination_country}",
            "can someone from {passport_country} visit {destination_country} visa-free[ for {stay_days} days]?",
            "check entry requirements for {destination_country}, passport {passport_country}",
            "{passport_country} → {destination_country} visa?[ ({purpose}, {stay_days} days)]",
            "I'm a {passport_country} national planning a[ {purpose}] trip to {destination_country} - visa needed?",
            "what does {destination_country} require from {passport_country} travellers[ staying {stay_days} days]?",
            "please look up whether {passport_country} passport holders need a visa to enter {destination_country}",
        ],
        "similar": ["get_country_facts", "search_flights"],
    },
    {
        "name": "cancel_travel_booking",
        "descriptions": [
            "Cancel a flight, hotel or car booking by reference.",
            "Cancel a trip reservation and choose how to be refunded.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "booking_reference": {"type": "string", "description": "Booking reference code."},
                "refund_to": {
                    "type": "string",
                    "enum": ["original_payment", "travel_credit"],
                    "description": "Where the refund goes.",
                },
            },
            "required": ["booking_reference"],
        },
        "values": {"booking_reference": _BOOKINGS, "refund_to": "enum"},
        "say": {
            "refund_to": {
                "original_payment": ["back to my card", "to the original payment method"],
                "travel_credit": ["as travel credit", "as a voucher"],
            }
        },
        "requests": [
            "cancel booking {booking_reference}[ and refund it {refund_to}]",
            "I can't travel anymore, cancel {booking_reference}",
            "please cancel reservation {booking_reference}[, refund {refund_to}]",
            "{booking_reference} - cancel",
            "can you call off trip {booking_reference}?",
            "[refund {refund_to}: ]drop booking {booking_reference}",
            "scrap my reservation with reference {booking_reference}",
            "cancel {booking_reference}[ - I'd prefer the money {refund_to}]",
        ],
        "similar": ["cancel_leave_request", "cancel_store_order", "reserve_flight"],
    },
]
