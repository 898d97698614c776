"""Messaging: SMS text messages beside chat-app instant messages (a deliberate near-miss pair),
group chats, scheduled texts, reading and replying, and sharing a location."""

DOMAIN = "messaging"

TOOLS = [
    {
        "name": "send_text_message",
        "descriptions": [
            "Send an SMS text message to a contact or phone number.",
            "Text someone over the phone network (SMS).",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "recipient": {"type": "string", "description": "Contact name or phone number."},
                "body": {"type": "string", "description": "Text of the message."},
            },
            "required": ["recipient", "body"],
        },
        "values": {"recipient": "pool:contact", "body": "pool:message"},
        "requests": [
            "text {recipient} {body}",
            "send a text to {recipient} saying {body}",
            "can you SMS {recipient}: {body}",
            "message {recipient} by text, tell them {body}",
            "shoot {recipient} a quick text - {body}",
            'please send an SMS to {recipient} that says "{body}"',
            "tell {recipient} via text: {body}",
            "text message for {recipient}: {body}",
        ],
        "indirect": [
            "I'm going to be late, let {recipient} know by text: {body}",
            "{recipient} is waiting on me, text them {body}",
        ],
        "result": {"delivered": "bool"},
        "similar": ["send_instant_message", "send_group_message", "compose_email"],
    },
    {
        "name": "send_instant_message",
        "descriptions": [
            "Send a chat message through an instant-messaging app such as WhatsApp or Signal.",
            "Post a message to a contact in a messaging app (not SMS).",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "app": {"type": "string", "description": "Messaging app to use."},
                "recipient": {"type": "string", "description": "Contact to message."},
                "body": {"type": "string", "description": "Text of the message."},
            },
            "required": ["app", "recipient", "body"],
        },
        "values": {
            "app": "pool:messaging_app",
            "recipient": "pool:contact",
            "body": "pool:message",
        },
        "requests": [
            "send {recipient} a {app} message: {body}",
            "on {app}, tell {recipient} {body}",
            "{app} {recipient}: {body}",
            "message {recipient} on {app} saying {body}",
            'can you ping {recipient} in {app} with "{body}"',
            "write to {recipient} over {app} - {body}",
            "drop {recipient} a {app} note that says {body}",
            "use {app} to send {body} to {recipient}",
        ],
        "indirect": ["{recipient} only checks {app}, so let them know {body}"],
        "similar": ["send_text_message"],
    },
    {
        "name": "send_group_message",
        "descriptions": ["Send a message to a group chat.", "Post in a named group conversation."],
        "parameters": {
            "type": "object",
            "properties": {
                "group": {"type": "string", "description": "Name of the group chat."},
                "body": {"type": "string", "description": "Text of the message."},
                "mention_all": {
                    "type": "boolean",
                    "description": "Notify every member with an @all mention.",
                },
            },
            "required": ["group", "body"],
        },
        "values": {
            "group": "choice:Family|Book Club|Flatmates|Soccer Moms|Team Lunch|Cousins 💛|Hiking Crew",
            "body": "pool:message",
            "mention_all": "bool",
        },
        "say": {
            "mention_all": {
                "true": ["and ping everyone", "with an @all"],
                "false": ["no need to ping everyone"],
            }
        },
        "requests": [
            "tell the {group} group {body}[ {mention_all}]",
            "post in {group}: {body}",
            "send {body} to the {group} chat",
            "message the {group} group saying {body}[, {mention_all}]",
            "let everyone in {group} know {body}",
            "group text to {group}: {body}",
            "write in the {group} chat that {body}",
            "{group} group: {body}",
            "can you post {body} in {group}[ {mention_all}]",
        ],
        "similar": ["send_instant_message"],
    },
    {
        "name": "schedule_text_message",
        "descriptions": [
            "Schedule an SMS to be sent later.",
            "Queue a text message for a date and time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "recipient": {"type": "string", "description": "Contact name or phone number."},
                "body": {"type": "string", "description": "Text of the message."},
                "send_at": {
                    "type": "object",
                    "description": "When to send the message.",
                    "properties": {
                        "date": {"type": "string", "description": "Day to send, YYYY-MM-DD."},
                        "time": {"type": "string", "description": "Time to send, HH:MM (24-hour)."},
                    },
                    "required": ["date", "time"],
                },
            },
            "required": ["recipient", "body", "send_at"],
        },
        "values": {
            "recipient": "pool:contact",
            "body": "pool:message",
            "send_at": {"date": "date", "time": "time"},
        },
        "requests": [
            "schedule a text to {recipient} on {send_at.date} at {send_at.time}: {body}",
            'text {recipient} "{body}" at {send_at.time} on {send_at.date}',
            "on {send_at.date} at {send_at.time}, send {recipient} a text saying {body}",
            "queue an SMS for {recipient} - {body} - for {send_at.date}, {send_at.time}",
            "can you send {recipient} {body} later, like {send_at.date} {send_at.time}",
            "set up a delayed text: to {recipient}, {send_at.date} {send_at.time}, {body}",
            "send {recipient} {body} on {send_at.date} at {send_at.time}",
            "later on {send_at.date}, around {send_at.time}, text {recipient}: {body}",
        ],
        "indirect": [
            "I'll be asleep, so on {send_at.date} at {send_at.time} text {recipient} {body} for me"
        ],
        "similar": ["send_text_message"],
    },
    {
        "name": "read_unread_messages",
        "descriptions": ["Read out unread messages.", "Fetch the latest unread texts and chats."],
        "parameters": {
            "type": "object",
            "properties": {
                "sender": {"type": "string", "description": "Only messages from this contact."},
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20,
                    "description": "How many messages at most.",
                },
            },
            "required": [],
        },
        "values": {"sender": "pool:contact", "limit": "int:1:10"},
        "requests": [
            "read my messages",
            "any new texts[ from {sender}]?",
            "what did {sender} send me",
            "read me the last {limit} messages",
            "did {sender} reply",
            "check my unread messages[, the last {limit}]",
            "what are my new messages[ from {sender}]",
            "what messages did I get",
            "read the newest {limit} texts",
        ],
        "result": {"unread": "int:0:9", "latest": "pool:message"},
        "similar": ["reply_to_last_message"],
    },
    {
        "name": "reply_to_last_message",
        "descriptions": [
            "Reply to the most recent message received.",
            "Answer the last text or chat in the same thread.",
        ],
        "parameters": {
            "type": "object",
            "properties": {"body": {"type": "string", "description": "Text of the reply."}},
            "required": ["body"],
        },
        "values": {"body": "pool:message"},
        "requests": [
            "reply {body}",
            "write back {body}",
            'answer that with "{body}"',
            "respond: {body}",
            "reply to the last message saying {body}",
            "tell them {body}",
            "send back {body}",
            "just reply with {body}",
            "answer back: {body}",
        ],
        "similar": ["send_text_message", "read_unread_messages"],
    },
    {
        "name": "share_live_location",
        "descriptions": [
            "Share your live location with a contact for a while.",
            "Let someone follow where you are for a number of minutes.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "contact": {"type": "string", "description": "Who to share the location with."},
                "duration_minutes": {
                    "type": "integer",
                    "minimum": 5,
                    "maximum": 480,
                    "description": "How long to share, in minutes.",
                },
            },
            "required": ["contact"],
        },
        "values": {"contact": "pool:contact", "duration_minutes": "int:15:240"},
        "requests": [
            "share my location with {contact}[ for {duration_minutes} minutes]",
            "let {contact} see where I am",
            "send {contact} my live location",
            "can {contact} follow my location[ for the next {duration_minutes} minutes]",
            "share location, {contact}[, {duration_minutes} min]",
            "turn on location sharing with {contact}",
            "let {contact} track where I am[ for {duration_minutes} minutes]",
            "location sharing for {contact} please",
        ],
        "indirect": [
            "{contact} keeps asking where I am, just let them track me[ for {duration_minutes} minutes]"
        ],
    },
]
