"""Shipping and logistics tools (tracking, shipments, quotes, pickups, claims) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "logistics"

_TRACKING = (
    "choice:1Z999AA10123456784|JD014600006281234567|794608811234|CX205512345DE|00340434161234567890"
)

TOOLS = [
    {
        "name": "track_shipment",
        "descriptions": [
            "Track where a parcel is by its tracking number.",
            "Get the latest delivery status of a shipment.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "tracking_number": {"type": "string", "description": "Carrier tracking number."},
                "carrier": {
                    "type": "string",
                    "enum": ["dhl", "ups", "fedex", "usps", "dpd"],
                    "description": "Shipping carrier.",
                },
            },
            "required": ["tracking_number"],
        },
        "values": {"tracking_number": _TRACKING, "carrier": "enum"},
        "say": {
            "carrier": {
                "dhl": ["DHL"],
                "ups": ["UPS"],
                "fedex": ["FedEx"],
                "usps": ["USPS"],
                "dpd": ["DPD"],
            }
        },
        "requests": [
            "where is my parcel {tracking_number}[ ({carrier})]?",
            "track {tracking_number}",
            "any update on[ {carrier}] shipment {tracking_number}?",
            "has {tracking_number} been delivered yet?",
            "status for tracking number {tracking_number}[, it's {carrier}]",
            "can you check on package {tracking_number}?",
            "[{carrier} ]{tracking_number} - where's it at",
            "my order was shipped with tracking {tracking_number}[ via {carrier}]; when does it arrive?",
        ],
        "similar": ["get_flight_status", "report_lost_parcel", "get_store_order"],
    },
    {
        "name": "create_shipment",
        "descriptions": [
            "Create a shipping label for a parcel to a recipient.",
            "Ship a package: recipient address, weight and service level.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "recipient": {
                    "type": "object",
                    "description": "Where the parcel goes.",
                    "properties": {
                        "name": {"type": "string", "description": "Recipient's name."},
                        "street": {"type": "string", "description": "Street address."},
                        "city": {"type": "string", "description": "City or town."},
                        "country": {"type": "string", "description": "Destination country."},
                    },
                    "required": ["name", "street", "city", "country"],
                },
                "weight_kg": {"type": "number", "description": "Parcel weight in kilograms."},
                "service": {
                    "type": "string",
                    "enum": ["standard", "express", "overnight"],
                    "description": "Delivery speed.",
                },
                "insured": {"type": "boolean", "description": "Add insurance."},
            },
            "required": ["recipient", "weight_kg"],
        },
        "values": {
            "recipient": {
                "name": "pool:person_name",
                "street": "pool:street_address",
                "city": "pool:city",
                "country": "pool:country",
            },
            "weight_kg": "float:0.1:30:1",
            "service": "enum",
            "insured": "bool",
        },
        "say": {
            "insured": {
                "true": ["insured", "with insurance"],
                "false": ["uninsured", "no insurance"],
            }
        },
        "requests": [
            "ship a {weight_kg} kg parcel to {recipient.name}, {recipient.street}, {recipient.city}, {recipient.country}[ by {service}]",
            "create a label: {recipient.name} at {recipient.street}, {recipient.city}, {recipient.country}; {weight_kg} kg[; {insured}]",
            "send {weight_kg}kg to {recipient.name} ({recipient.street}, {recipient.city}, {recipient.country})[, {service} please]",
            "I need to post a package of {weight_kg} kg to {recipient.name} in {recipient.city}, {recipient.country} - address {recipient.street}",
            "can you set up a[ {service}] shipment for {recipient.name}, {recipient.street}, {recipient.city} {recipient.country}, weighing {weight_kg} kg?",
            "label → {recipient.name} / {recipient.street} / {recipient.city} / {recipient.country} / {weight_kg} kg[ / {insured}]",
            "please mail {weight_kg} kilos to {recipient.name}, {recipient.street}, {recipient.city}, {recipient.country}[, {insured}]",
            "[{service}, {insured}: ]{recipient.name}, {recipient.street}, {recipient.city}, {recipient.country} - {weight_kg} kg",
        ],
        "similar": ["get_shipping_quote", "schedule_parcel_pickup", "fulfill_store_order"],
    },
    {
        "name": "get_shipping_quote",
        "descriptions": [
            "Get a price quote for shipping a parcel between two cities.",
            "Compare the cost of sending a package by weight and service.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "origin_city": {"type": "string", "description": "City it ships from."},
                "destination_city": {"type": "string", "description": "City it ships to."},
                "weight_kg": {"type": "number", "description": "Parcel weight in kilograms."},
                "service": {
                    "type": "string",
                    "enum": ["standard", "express", "overnight"],
                    "description": "Delivery speed.",
                },
            },
            "required": ["origin_city", "destination_city", "weight_kg"],
        },
        "values": {
            "origin_city": "pool:city",
            "destination_city": "pool:city",
            "weight_kg": "float:0.1:30:1",
            "service": "enum",
        },
        "requests": [
            "how much to ship {weight_kg} kg from {origin_city} to {destination_city}[ {service}]?",
            "quote for a {weight_kg}kg parcel {origin_city} → {destination_city}",
            "what does it cost to send {weight_kg} kg to {destination_city} from {origin_city}?",
            "shipping price {origin_city}-{destination_city}, {weight_kg} kg[, {service}]",
            "can you get me a rate for {weight_kg} kilos, {origin_city} to {destination_city}?",
            "[{service}: ]{origin_city} to {destination_city} at {weight_kg} kg - price?",
            "I'm sending a {weight_kg} kg box from {origin_city} to {destination_city}; how much[ by {service}]?",
            "please quote postage for {weight_kg} kg between {origin_city} and {destination_city}",
        ],
        "similar": ["create_shipment", "estimate_cloud_cost"],
    },
    {
        "name": "schedule_parcel_pickup",
        "descriptions": [
            "Have a courier collect parcels from an address.",
            "Book a pickup slot for outgoing packages.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "address": {"type": "string", "description": "Pickup street address."},
                "date": {"type": "string", "description": "Pickup date."},
                "window": {
                    "type": "string",
                    "enum": ["morning", "afternoon", "evening"],
                    "description": "Time window.",
                },
                "packages": {"type": "integer", "description": "Number of packages."},
            },
            "required": ["address", "date"],
        },
        "values": {
            "address": "pool:street_address",
            "date": "date",
            "window": "enum",
            "packages": "int:1:20",
        },
        "requests": [
            "book a pickup at {address} on {date}[ in the {window}]",
            "have a courier collect from {address} {date}[, {packages} parcels]",
            "schedule collection: {address}, {date}",
            "can someone pick up[ {packages}] packages from {address} on {date}?",
            "pickup {date}[ {window}] at {address}",
            "please send a driver to {address} on {date}[ - {packages} boxes]",
            "[{window} slot: ]collect parcels at {address}, {date}",
            "I've got stuff to send; grab it from {address} on {date}[ during the {window}]",
        ],
        "similar": ["create_shipment", "hire_rental_car"],
    },
    {
        "name": "redirect_delivery",
        "descriptions": [
            "Change the delivery address of a parcel in transit.",
            "Redirect a shipment to another address.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "tracking_number": {"type": "string", "description": "Carrier tracking number."},
                "new_address": {"type": "string", "description": "New street address."},
                "new_city": {"type": "string", "description": "New city."},
            },
            "required": ["tracking_number", "new_address", "new_city"],
        },
        "values": {
            "tracking_number": _TRACKING,
            "new_address": "pool:street_address",
            "new_city": "pool:city",
        },
        "requests": [
            "redirect {tracking_number} to {new_address}, {new_city}",
            "send parcel {tracking_number} to {new_address} in {new_city} instead",
            "change the delivery address of {tracking_number} to {new_address}, {new_city}",
            "I won't be home - can {tracking_number} go to {new_address}, {new_city}?",
            "{tracking_number}: new address {new_address}, {new_city}",
            "please reroute shipment {tracking_number} to {new_address} ({new_city})",
            "deliver {tracking_number} to {new_address}, {new_city} rather than the original address",
            "update address for {tracking_number} → {new_address}, {new_city}",
        ],
        "similar": ["track_shipment", "create_shipment"],
    },
    {
        "name": "report_lost_parcel",
        "descriptions": [
            "Open a claim for a lost or damaged parcel.",
            "Report that a shipment never arrived or arrived broken.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "tracking_number": {"type": "string", "description": "Carrier tracking number."},
                "issue": {
                    "type": "string",
                    "enum": ["lost", "damaged", "missing_items"],
                    "description": "What went wrong.",
                },
                "declared_value": {"type": "number", "description": "Value of the contents."},
            },
            "required": ["tracking_number", "issue"],
        },
        "values": {
            "tracking_number": _TRACKING,
            "issue": "enum",
            "declared_value": "float:5:2000:2",
        },
        "say": {"issue": {"missing_items": ["missing items", "items missing from the box"]}},
        "requests": [
            "my parcel {tracking_number} is {issue}[, it was worth {declared_value}]",
            "report {tracking_number} as {issue}",
            "open a claim: {tracking_number}, {issue}",
            "there's a problem with package {tracking_number}: {issue}",
            "can you file a {issue} claim for {tracking_number}[, value {declared_value}]?",
            "{tracking_number} {issue}",
            "please log a complaint, shipment {tracking_number} is {issue}[; contents worth {declared_value}]",
            "[{declared_value} of goods - ]{tracking_number} {issue}, claim it",
        ],
        "similar": ["track_shipment", "issue_order_refund", "dispute_card_transaction"],
    },
]
