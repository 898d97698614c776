"""Email: composing, drafting, replying, forwarding, searching, archiving and auto-replies."""

DOMAIN = "email"

TOOLS = [
    {
        "name": "compose_email",
        "descriptions": [
            "Send an email now.",
            "Write and send an email to one or more addresses, with optional CC.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "to": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Recipient email addresses.",
                },
                "subject": {"type": "string", "description": "Subject line."},
                "body": {"type": "string", "description": "Body text."},
                "cc": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Addresses to copy in.",
                },
            },
            "required": ["to", "subject"],
        },
        "values": {
            "to": "list:pool:email:1:2",
            "subject": "pool:email_subject",
            "body": "pool:email_body",
            "cc": "list:pool:email:1:1",
        },
        "requests": [
            "email {to} with the subject {subject}[ saying {body}]",
            'send an email to {to}, subject "{subject}"[, body: {body}][, cc {cc}]',
            "write to {to} about {subject}[ - {body}]",
            "can you mail {to}? subject {subject}[. tell them {body}]",
            "new email: to {to}, re {subject}[, copy {cc}]",
            "fire off an email to {to} titled {subject}[ that says {body}]",
            "please email {to}[ and cc {cc}] - the subject is {subject}",
            "send {to} a note called {subject}[: {body}]",
        ],
        "indirect": [
            "{to} is waiting on the {subject} thing, get an email out to them[ saying {body}]"
        ],
        "similar": ["draft_email", "send_text_message"],
    },
    {
        "name": "draft_email",
        "descriptions": [
            "Save an email as a draft without sending it.",
            "Start an email draft to finish later.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "to": {"type": "string", "description": "Recipient address."},
                "subject": {"type": "string", "description": "Subject line."},
                "body": {"type": "string", "description": "Body text."},
            },
            "required": ["subject"],
        },
        "values": {"to": "pool:email", "subject": "pool:email_subject", "body": "pool:email_body"},
        "requests": [
            "draft an email[ to {to}] about {subject}",
            "start a draft called {subject}[ saying {body}], don't send it",
            "save a draft[ for {to}]: {subject}",
            "write up an email titled {subject} but keep it as a draft",
            "prepare an email[ to {to}] with subject {subject}[, body {body}], I'll send it later",
            "make a draft: {subject}",
            "just draft something about {subject}[ to {to}], don't send",
            "draft: {subject}[ - {body}]",
        ],
        "similar": ["compose_email"],
    },
    {
        "name": "reply_to_email",
        "descriptions": [
            "Reply to the most recent email from a sender.",
            "Answer an email thread.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "sender": {
                    "type": "string",
                    "description": "Whose latest email to reply to (name or address).",
                },
                "body": {"type": "string", "description": "Reply text."},
                "reply_all": {"type": "boolean", "description": "Reply to everyone on the thread."},
            },
            "required": ["sender", "body"],
        },
        "values": {"sender": "pool:email", "body": "pool:email_body", "reply_all": "bool"},
        "say": {
            "reply_all": {
                "true": ["reply all", "to everyone on the thread"],
                "false": ["just to them", "only the sender"],
            }
        },
        "requests": [
            "reply to {sender}'s email: {body}",
            "answer the mail from {sender} saying {body}[, {reply_all}]",
            "write back to {sender} - {body}",
            "respond to {sender}[ ({reply_all})]: {body}",
            'reply to the last email from {sender} with "{body}"',
            "can you get back to {sender} and say {body}",
            "email {sender} back saying {body}",
            "reply to {sender}: {body}[ ({reply_all})]",
        ],
        "similar": ["forward_email", "compose_email"],
    },
    {
        "name": "forward_email",
        "descriptions": [
            "Forward an email to someone else.",
            "Pass on the latest email with a given subject.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "subject": {"type": "string", "description": "Subject of the email to forward."},
                "to": {"type": "string", "description": "Address to forward it to."},
                "note": {
                    "type": "string",
                    "description": "Short note added above the forwarded mail.",
                },
            },
            "required": ["subject", "to"],
        },
        "values": {"subject": "pool:email_subject", "to": "pool:email", "note": "pool:email_body"},
        "requests": [
            "forward the {subject} email to {to}",
            "send the mail about {subject} on to {to}[ with a note: {note}]",
            "fwd {subject} to {to}",
            "pass the {subject} email along to {to}[, and add {note}]",
            "can {to} get a copy of the {subject} email? forward it",
            "forward {subject} to {to}[ and say {note}]",
            "send {to} the {subject} email",
            "forward what I got about {subject} to {to}",
        ],
        "similar": ["reply_to_email"],
    },
    {
        "name": "search_inbox",
        "descriptions": [
            "Search emails by words, sender or date.",
            "Find messages in the mailbox.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Words to look for."},
                "sender": {"type": "string", "description": "Only emails from this address."},
                "since": {
                    "type": "string",
                    "description": "Only emails on or after this date, YYYY-MM-DD.",
                },
                "unread_only": {"type": "boolean", "description": "Only unread emails."},
            },
            "required": [],
        },
        "values": {
            "query": "pool:email_subject",
            "sender": "pool:email",
            "since": "date",
            "unread_only": "bool",
        },
        "say": {
            "unread_only": {
                "true": ["unread", "that I haven't opened"],
                "false": ["read or unread"],
            }
        },
        "requests": [
            "find emails about {query}",
            "search my mail for {query}[ from {sender}]",
            "any emails from {sender}[ since {since}]?",
            "look up the {query} email[ from {since} on]",
            "show {unread_only} mail from {sender}",
            "did I get anything about {query}[ since {since}]",
            "search inbox: {query}",
            "find messages from {sender} about {query}",
        ],
        "result": {"matches": "int:0:12", "newest_subject": "pool:email_subject"},
    },
    {
        "name": "archive_emails",
        "descriptions": [
            "Archive emails from a sender or older than some days.",
            "Clear emails out of the inbox.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "sender": {"type": "string", "description": "Archive emails from this address."},
                "older_than_days": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Archive emails older than this many days.",
                },
            },
            "required": [],
        },
        "values": {"sender": "pool:email", "older_than_days": "int:7:365"},
        "requests": [
            "archive everything from {sender}",
            "archive emails older than {older_than_days} days",
            "clean up my inbox, archive mail from {sender}[ older than {older_than_days} days]",
            "get the {sender} emails out of my inbox",
            "move anything over {older_than_days} days old to the archive",
            "archive the old stuff from {sender}",
            "archive mail older than {older_than_days} days",
            "file away everything {sender} sent me",
        ],
    },
    {
        "name": "set_out_of_office",
        "descriptions": [
            "Turn on an automatic out-of-office reply.",
            "Set an email auto-reply between two dates.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "start_date": {"type": "string", "description": "First day away, YYYY-MM-DD."},
                "end_date": {"type": "string", "description": "Last day away, YYYY-MM-DD."},
                "message": {"type": "string", "description": "Auto-reply text."},
            },
            "required": ["start_date", "end_date"],
        },
        "values": {
            "start_date": "date",
            "end_date": "date",
            "message": "choice:I'm on holiday with limited access to email|I'm at a conference this week|Out sick, back soon|On parental leave",
        },
        "requests": [
            "set my out of office from {start_date} to {end_date}[: {message}]",
            "auto-reply between {start_date} and {end_date}[ saying {message}]",
            "I'm away {start_date} until {end_date}, turn on the out-of-office",
            "vacation responder on from {start_date} through {end_date}[ - {message}]",
            "out of office please, {start_date} to {end_date}",
            'can you set an away message for {start_date}-{end_date}[, "{message}"]',
            "I'm off {start_date} to {end_date}, set an auto-reply",
            "turn on the away reply for {start_date} through {end_date}[: {message}]",
        ],
        "indirect": [
            "I'll be off the grid from {start_date} to {end_date}, people emailing me should know[: {message}]"
        ],
    },
]
