"""Contacts: saving, looking up, updating, favouriting, sharing and deleting contacts."""

DOMAIN = "contacts"

TOOLS = [
    {
        "name": "save_new_contact",
        "descriptions": [
            "Save a new contact.",
            "Create an address-book entry with phone, email and address.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Full name."},
                "phone": {"type": "string", "description": "Phone number."},
                "email": {"type": "string", "description": "Email address."},
                "address": {
                    "type": "object",
                    "description": "Postal address.",
                    "properties": {
                        "street": {"type": "string", "description": "Street and number."},
                        "city": {"type": "string", "description": "City."},
                    },
                    "required": ["city"],
                },
            },
            "required": ["name"],
        },
        "values": {
            "name": "pool:person",
            "phone": "pool:phone",
            "email": "pool:email",
            "address": {"street": "pool:street", "city": "pool:city"},
        },
        "requests": [
            "save {name}[, number {phone}]",
            "add {name} to my contacts[ with email {email}]",
            "new contact: {name}[, {phone}][, {email}]",
            "create a contact for {name}[ who lives at {address.street} in {address.city}]",
            "store {name}'s number: {phone}",
            "put {name} in my address book[, {email}][, based in {address.city}]",
            "remember {name}[ - phone {phone}]",
        ],
        "indirect": ["I just met {name} at the conference, their number's {phone}"],
        "result": {"contact_id": "choice:c-101|c-215|c-377"},
        "similar": ["update_contact"],
    },
    {
        "name": "lookup_contact",
        "descriptions": [
            "Look up a contact's details.",
            "Find someone's phone number, email or address.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Contact name."},
                "field": {
                    "type": "string",
                    "enum": ["phone", "email", "address", "birthday", "all"],
                    "description": "Which detail to return.",
                },
            },
            "required": ["name"],
        },
        "values": {"name": "pool:person", "field": "enum"},
        "say": {"field": {"all": ["details", "contact info"]}},
        "requests": [
            "what's {name}'s {field}",
            "look up {name}",
            "find {name} in my contacts",
            "do I have {name}'s {field} saved",
            "get me {name}'s details",
            "{name}'s {field}, please",
            "pull up {name}'s {field}",
            "I need {name}'s {field}",
        ],
        "result": {"phone": "pool:phone", "email": "pool:email"},
        "similar": ["share_contact_card"],
    },
    {
        "name": "update_contact",
        "descriptions": [
            "Change a contact's phone number or email.",
            "Update details of an existing contact.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Contact to update."},
                "phone": {"type": "string", "description": "New phone number."},
                "email": {"type": "string", "description": "New email address."},
            },
            "required": ["name"],
        },
        "values": {"name": "pool:person", "phone": "pool:phone", "email": "pool:email"},
        "requests": [
            "update {name}'s number to {phone}",
            "{name} has a new email: {email}",
            "change {name}'s phone to {phone}[ and email to {email}]",
            "edit {name}: email {email}",
            "{name} got a new number, it's {phone}",
            "fix the contact for {name}, the phone is {phone}",
            "swap {name}'s email for {email}",
            "set {name}'s number to {phone}[ and email {email}]",
        ],
        "similar": ["save_new_contact"],
    },
    {
        "name": "delete_contact",
        "descriptions": ["Delete a contact.", "Remove someone from the address book."],
        "parameters": {
            "type": "object",
            "properties": {"name": {"type": "string", "description": "Contact to delete."}},
            "required": ["name"],
        },
        "values": {"name": "pool:person"},
        "requests": [
            "delete {name} from my contacts",
            "remove {name}",
            "get rid of the contact {name}",
            "I don't need {name}'s number anymore",
            "erase {name} from the address book",
            "delete contact {name}",
            "{name} can go from my contacts",
            "please remove {name} from the phone book",
        ],
        "similar": ["block_phone_number"],
    },
    {
        "name": "set_favorite_contact",
        "descriptions": [
            "Add a contact to favourites or remove them.",
            "Star or unstar a contact.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Contact name."},
                "favorite": {
                    "type": "boolean",
                    "description": "True to add to favourites, false to remove.",
                },
            },
            "required": ["name", "favorite"],
        },
        "values": {"name": "pool:contact", "favorite": "bool"},
        "say": {"favorite": {"true": ["add", "star", "favourite"], "false": ["remove", "unstar"]}},
        "requests": [
            "{favorite} {name} as a favourite",
            "{favorite} {name} in my favourites",
            "please {favorite} {name}",
            "{favorite} the contact {name}",
            "can you {favorite} {name} for me",
            "{favorite} {name} from the favourites list",
            "{favorite} {name} on my favourites",
            "could you {favorite} {name} please",
        ],
    },
    {
        "name": "share_contact_card",
        "descriptions": [
            "Send a contact card to someone.",
            "Share one contact's details with another person.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "contact": {"type": "string", "description": "Contact whose card to share."},
                "recipient": {"type": "string", "description": "Who receives the card."},
            },
            "required": ["contact", "recipient"],
        },
        "values": {"contact": "pool:person", "recipient": "pool:contact"},
        "requests": [
            "send {contact}'s contact to {recipient}",
            "share {contact} with {recipient}",
            "give {recipient} {contact}'s number",
            "forward {contact}'s card to {recipient}",
            "can {recipient} have {contact}'s details",
            "pass {contact}'s info to {recipient}",
            "text {recipient} the contact for {contact}",
            "{recipient} wants {contact}'s number, send it over",
        ],
        "indirect": ["{recipient} needs a plumber, and {contact} did a great job for us"],
        "similar": ["send_text_message"],
    },
]
