"""Real-estate tools (listings, viewings, valuations, mortgages, rentals) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "real_estate"

_LISTINGS = "choice:L-20931|L-11876|L-30452|L-07718|L-48200"

TOOLS = [
    {
        "name": "search_property_listings",
        "descriptions": [
            "Search homes for sale or rent in a city.",
            "Find property listings by price, bedrooms and features.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City to search."},
                "listing_type": {
                    "type": "string",
                    "enum": ["sale", "rent"],
                    "description": "Buying or renting.",
                },
                "min_bedrooms": {"type": "integer", "description": "Minimum bedrooms."},
                "max_price": {
                    "type": "number",
                    "description": "Highest price (monthly rent for rentals).",
                },
                "features": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["garden", "parking", "balcony", "elevator", "pets allowed"],
                    },
                    "description": "Features the home must have.",
                },
            },
            "required": ["city", "listing_type"],
        },
        "values": {
            "city": "pool:city",
            "listing_type": "enum",
            "min_bedrooms": "int:1:5",
            "max_price": "float:500:2000000:0",
            "features": "list:choice:garden|parking|balcony|elevator|pets allowed:1:2",
        },
        "say": {"listing_type": {"sale": ["for sale", "to buy"], "rent": ["for rent", "to rent"]}},
        "requests": [
            "find homes {listing_type} in {city}[ with at least {min_bedrooms} bedrooms]",
            "places {listing_type} in {city}[ under {max_price}]",
            "show me listings in {city}, {listing_type}[, must have {features}]",
            "I'm looking for a flat {listing_type} in {city}[, {min_bedrooms}+ bedrooms][, max {max_price}]",
            "{city} property search - {listing_type}",
            "can you search {city} for houses {listing_type}[ that have {features}]?",
            "[{min_bedrooms} bed, ]{city}, {listing_type}[, budget {max_price}]",
            "what's on the market in {city}? {listing_type}[, with {features}]",
        ],
        "similar": ["find_hotel_rooms", "save_favorite_listing", "estimate_home_value"],
    },
    {
        "name": "schedule_property_viewing",
        "descriptions": [
            "Book a viewing of a listed property.",
            "Arrange a time to visit a home that is for sale or rent.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "listing_id": {"type": "string", "description": "Listing reference."},
                "date": {"type": "string", "description": "Viewing date."},
                "time": {"type": "string", "description": "Viewing time."},
                "virtual": {"type": "boolean", "description": "Do a video tour instead."},
            },
            "required": ["listing_id", "date", "time"],
        },
        "values": {"listing_id": _LISTINGS, "date": "date", "time": "time", "virtual": "bool"},
        "say": {
            "virtual": {
                "true": ["as a video tour", "virtually"],
                "false": ["in person", "on site"],
            }
        },
        "requests": [
            "book a viewing of {listing_id} on {date} at {time}[ {virtual}]",
            "can I see {listing_id} {date} at {time}?",
            "arrange a visit to listing {listing_id}, {date}, {time}",
            "{listing_id} viewing {date} {time}[, {virtual}]",
            "I'd like to look round {listing_id} on {date} - {time} works",
            "please set up a[ {virtual}] viewing for {listing_id} at {time} on {date}",
            "[{virtual}: ]{date} {time} tour of {listing_id}",
            "schedule me to view {listing_id} at {time}, {date}",
        ],
        "similar": ["book_doctor_visit", "save_favorite_listing", "reserve_hotel_room"],
    },
    {
        "name": "estimate_home_value",
        "descriptions": [
            "Estimate the market value of a home.",
            "Give a price estimate for a property from its address and size.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "address": {"type": "string", "description": "Street address."},
                "city": {"type": "string", "description": "City the home is in."},
                "area_sqm": {"type": "integer", "description": "Living area in square metres."},
                "bedrooms": {"type": "integer", "description": "Number of bedrooms."},
            },
            "required": ["address", "city", "area_sqm"],
        },
        "values": {
            "address": "pool:street_address",
            "city": "pool:city",
            "area_sqm": "int:25:400",
            "bedrooms": "int:1:6",
        },
        "requests": [
            "what's {address}, {city} worth? it's {area_sqm} m2[ with {bedrooms} bedrooms]",
            "estimate the value of {address} in {city}, {area_sqm} square metres",
            "how much could I sell my {area_sqm} sqm place at {address}, {city} for?",
            "valuation for {address}, {city} ({area_sqm} m²)[, {bedrooms} bed]",
            "can you price {address} in {city}? {area_sqm} sqm[, {bedrooms} bedrooms]",
            "{address} {city} {area_sqm}sqm - value?",
            "please give me a market estimate: {address}, {city}, size {area_sqm} m2",
            "[{bedrooms} bedrooms, ]{area_sqm} sqm at {address}, {city} - what's it worth",
        ],
        "similar": ["estimate_monthly_mortgage", "search_property_listings"],
    },
    {
        "name": "estimate_monthly_mortgage",
        "descriptions": [
            "Work out the monthly repayment on a home loan.",
            "Estimate mortgage repayments from loan size, interest and term.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "loan_amount": {"type": "number", "description": "Amount borrowed."},
                "annual_rate": {
                    "type": "number",
                    "description": "Yearly interest rate in percent.",
                },
                "term_years": {"type": "integer", "description": "Length of the loan in years."},
                "interest_only": {"type": "boolean", "description": "Interest-only repayments."},
            },
            "required": ["loan_amount", "annual_rate", "term_years"],
        },
        "values": {
            "loan_amount": "float:50000:1500000:0",
            "annual_rate": "float:1:9:2",
            "term_years": "int:5:35",
            "interest_only": "bool",
        },
        "say": {
            "interest_only": {
                "true": ["interest-only", "paying interest only"],
                "false": ["repayment", "capital and interest"],
            }
        },
        "requests": [
            "monthly payment on {loan_amount} at {annual_rate}% over {term_years} years[, {interest_only}]?",
            "if I borrow {loan_amount} for {term_years} years at {annual_rate} percent, what do I pay each month?",
            "mortgage: {loan_amount}, {annual_rate}%, {term_years}y",
            "what would a {term_years}-year home loan of {loan_amount} cost me monthly at {annual_rate}%?",
            "can you run the numbers on a {loan_amount} mortgage, rate {annual_rate}, term {term_years} years[, {interest_only}]?",
            "[{interest_only}: ]{loan_amount} over {term_years} years at {annual_rate}% per month?",
            "how much per month for {loan_amount} borrowed at {annual_rate}% across {term_years} years",
            "please estimate repayments - loan {loan_amount}, {annual_rate}% a year, {term_years} years",
        ],
        "similar": ["estimate_home_value", "get_shipping_quote"],
    },
    {
        "name": "submit_rental_application",
        "descriptions": [
            "Apply to rent a listed property.",
            "Send a tenancy application with the applicant's details.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "listing_id": {"type": "string", "description": "Listing reference."},
                "applicant": {
                    "type": "object",
                    "description": "Who is applying.",
                    "properties": {
                        "name": {"type": "string", "description": "Applicant's full name."},
                        "email": {"type": "string", "description": "Applicant's email."},
                        "monthly_income": {"type": "number", "description": "Net monthly income."},
                    },
                    "required": ["name", "email", "monthly_income"],
                },
                "move_in_date": {"type": "string", "description": "Desired move-in date."},
            },
            "required": ["listing_id", "applicant", "move_in_date"],
        },
        "values": {
            "listing_id": _LISTINGS,
            "applicant": {
                "name": "pool:person_name",
                "email": "pool:email",
                "monthly_income": "float:1500:15000:0",
            },
            "move_in_date": "date",
        },
        "requests": [
            "apply for {listing_id} as {applicant.name} ({applicant.email}), income {applicant.monthly_income} a month, moving in {move_in_date}",
            "send a rental application for {listing_id}: {applicant.name}, {applicant.email}, earns {applicant.monthly_income}/month, move-in {move_in_date}",
            "I want to rent {listing_id} from {move_in_date}. I'm {applicant.name}, email {applicant.email}, monthly income {applicant.monthly_income}",
            "please apply to {listing_id} for {applicant.name} - {applicant.email} - {applicant.monthly_income} net - start {move_in_date}",
            "tenancy application {listing_id}, {applicant.name} <{applicant.email}>, {applicant.monthly_income} per month, {move_in_date}",
            "can you put in an application on {listing_id}? name {applicant.name}, contact {applicant.email}, income {applicant.monthly_income}, would move {move_in_date}",
            "{applicant.name} ({applicant.email}, {applicant.monthly_income} monthly) wants {listing_id} from {move_in_date}",
            "apply: listing {listing_id}, move in {move_in_date}, applicant {applicant.name}, {applicant.email}, income {applicant.monthly_income}",
        ],
        "similar": ["schedule_property_viewing", "enroll_in_course"],
    },
    {
        "name": "save_favorite_listing",
        "descriptions": [
            "Save a listing to the user's favourites.",
            "Bookmark a property with an optional note.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "listing_id": {"type": "string", "description": "Listing reference."},
                "note": {"type": "string", "description": "Private note about it."},
            },
            "required": ["listing_id"],
        },
        "values": {
            "listing_id": _LISTINGS,
            "note": "choice:great light|too far from work|ask about parking|partner loved it",
        },
        "requests": [
            "save {listing_id}[ with the note '{note}']",
            "favourite listing {listing_id}",
            "bookmark {listing_id} for later[ - {note}]",
            "can you add {listing_id} to my saved homes?",
            "{listing_id}: ♥[ ({note})]",
            "please keep {listing_id} in my favourites",
            "[{note} - ]star {listing_id}",
            "I like {listing_id}, save it[ and note {note}]",
        ],
        "similar": ["search_property_listings", "schedule_property_viewing"],
    },
    {
        "name": "get_neighborhood_info",
        "descriptions": [
            "Describe a neighbourhood: schools, transport, safety, shops.",
            "Get local area information for a district of a city.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "district": {"type": "string", "description": "Neighbourhood or district name."},
                "city": {"type": "string", "description": "City it is in."},
                "topics": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["schools", "transit", "safety", "shops", "parks"],
                    },
                    "description": "Topics to cover.",
                },
            },
            "required": ["district", "city"],
        },
        "values": {
            "district": "choice:Old Town|Riverside|Northgate|Harbour District|University Quarter",
            "city": "pool:city",
            "topics": "list:choice:schools|transit|safety|shops|parks:1:3",
        },
        "requests": [
            "what's {district} in {city} like[ for {topics}]?",
            "tell me about the {district} area of {city}",
            "is {district}, {city} a nice place to live?[ Mainly {topics}.]",
            "neighbourhood info: {district}, {city}[ - {topics}]",
            "can you describe {district} in {city}[, focusing on {topics}]?",
            "{district} ({city}) - good or bad?",
            "[{topics}: ]how does {district} in {city} score",
            "we might move to {district}, {city}; what should we know[ about {topics}]?",
        ],
        "similar": ["get_country_facts", "search_property_listings"],
    },
]
