"""Support-desk tools (tickets, assignment, escalation) for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "support_tickets"

_NOTES = "choice:customer confirmed the fix|waiting on logs from the customer|duplicate of an older report|fixed in the latest release|could not reproduce"

TOOLS = [
    {
        "name": "open_support_ticket",
        "descriptions": [
            "Open a new ticket in the support desk.",
            "File a customer support ticket with a title and optional priority.",
            "Create a helpdesk ticket so the support team can track a problem.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Short summary of the problem."},
                "priority": {
                    "type": "string",
                    "enum": ["low", "normal", "high", "urgent"],
                    "description": "How quickly the ticket needs attention.",
                },
                "requester_email": {
                    "type": "string",
                    "description": "Email address of the person reporting the problem.",
                },
                "tags": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["billing", "login", "bug", "feature", "outage", "mobile"],
                    },
                    "description": "Labels used to route the ticket.",
                },
            },
            "required": ["title"],
        },
        "values": {
            "title": "pool:ticket_title",
            "priority": "enum",
            "requester_email": "pool:email",
            "tags": "list:choice:billing|login|bug|feature|outage|mobile:1:2",
        },
        "requests": [
            "open a ticket: {title}[, priority {priority}]",
            "please file a support ticket titled '{title}'[ on behalf of {requester_email}]",
            'new ticket "{title}"[ tagged {tags}][ - {priority} priority]',
            "can you log a helpdesk ticket for me? The issue is: {title}",
            "{title} -- make a ticket[ for {requester_email}] please",
            "a customer just reported '{title}'[, from {requester_email}]; create a ticket[ and mark it {priority}]",
            "raise a[ {priority}] ticket called {title}[ with the tags {tags}]",
            "I'd like the support team to look into this: {title}. Could you open a ticket?",
            "ticket: {title}",
        ],
        "similar": ["create_repo_issue", "update_ticket_status", "escalate_ticket"],
    },
    {
        "name": "update_ticket_status",
        "descriptions": [
            "Change the status of an existing support ticket.",
            "Move a helpdesk ticket to open, pending, solved or closed.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticket_id": {"type": "integer", "description": "Number of the ticket."},
                "status": {
                    "type": "string",
                    "enum": ["open", "pending", "solved", "closed"],
                    "description": "New status for the ticket.",
                },
                "note": {
                    "type": "string",
                    "description": "Optional note explaining the change.",
                },
            },
            "required": ["ticket_id", "status"],
        },
        "values": {"ticket_id": "int:1000:99999", "status": "enum", "note": _NOTES},
        "requests": [
            "mark ticket {ticket_id} as {status}[ with the note '{note}']",
            "set #{ticket_id} to {status}",
            "can you change the status of ticket {ticket_id} to {status}?[ Reason: {note}.]",
            "ticket {ticket_id} should be {status} now[ - {note}]",
            "please move ticket number {ticket_id} into {status}",
            "{status} ticket {ticket_id}[, note: {note}]",
            "the customer on {ticket_id} is sorted, put it to {status}[ and add '{note}']",
            "status of {ticket_id} -> {status}",
        ],
        "similar": ["escalate_ticket", "assign_ticket", "get_ticket_details"],
    },
    {
        "name": "assign_ticket",
        "descriptions": [
            "Assign a support ticket to an agent.",
            "Hand a helpdesk ticket over to a specific team member.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticket_id": {"type": "integer", "description": "Number of the ticket."},
                "assignee": {"type": "string", "description": "Username of the agent."},
                "notify": {
                    "type": "boolean",
                    "description": "Whether to send the agent a notification.",
                },
            },
            "required": ["ticket_id", "assignee"],
        },
        "values": {"ticket_id": "int:1000:99999", "assignee": "pool:username", "notify": "bool"},
        "say": {
            "notify": {
                "true": ["and let them know", "and ping them", "with a notification"],
                "false": ["without notifying them", "quietly, no notification"],
            }
        },
        "requests": [
            "assign ticket {ticket_id} to {assignee}[ {notify}]",
            "give #{ticket_id} to {assignee}",
            "can {assignee} take ticket {ticket_id}? please assign it[ {notify}]",
            "{assignee} should own ticket {ticket_id} from now on",
            "reassign {ticket_id} -> {assignee}[ {notify}]",
            "hand ticket number {ticket_id} over to {assignee}[ {notify}], thanks",
            "put {assignee} on ticket {ticket_id}",
            "I want ticket {ticket_id} in {assignee}'s queue",
        ],
        "similar": ["update_ticket_status", "escalate_ticket"],
    },
    {
        "name": "comment_on_ticket",
        "descriptions": [
            "Add a reply or internal note to a support ticket.",
            "Post a comment on an existing helpdesk ticket.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticket_id": {"type": "integer", "description": "Number of the ticket."},
                "comment": {"type": "string", "description": "Text of the comment."},
                "internal": {
                    "type": "boolean",
                    "description": "True for a private note only agents can see.",
                },
            },
            "required": ["ticket_id", "comment"],
        },
        "values": {
            "ticket_id": "int:1000:99999",
            "comment": "choice:we are looking into it|a fix is being deployed today|please try clearing your cache|can you send a screenshot|your refund has been processed",
            "internal": "bool",
        },
        "say": {
            "internal": {
                "true": ["as an internal note", "privately, agents only"],
                "false": ["as a public reply", "visible to the customer"],
            }
        },
        "requests": [
            "reply to ticket {ticket_id}: {comment}",
            "add a comment to #{ticket_id} saying '{comment}'[ {internal}]",
            "post '{comment}' on ticket {ticket_id}[ {internal}]",
            'on {ticket_id}, write "{comment}"',
            "could you let the customer on ticket {ticket_id} know that {comment}?",
            "note on ticket {ticket_id}[ {internal}]: {comment}",
            "tell ticket {ticket_id} {comment}",
            "please update ticket number {ticket_id} with this message[ {internal}] - {comment}",
        ],
        "similar": ["update_ticket_status", "send_signature_reminder"],
    },
    {
        "name": "search_tickets",
        "descriptions": [
            "Search support tickets by text, status or assignee.",
            "Find helpdesk tickets that match a query.",
            "List tickets in the support desk filtered by keywords and state.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Words to look for in the ticket."},
                "status": {
                    "type": "string",
                    "enum": ["open", "pending", "solved", "closed"],
                    "description": "Only return tickets in this status.",
                },
                "assignee": {"type": "string", "description": "Only tickets owned by this user."},
                "limit": {"type": "integer", "description": "Maximum number of results."},
            },
            "required": ["query"],
        },
        "values": {
            "query": "choice:password reset|refund|invoice|crash|slow|timeout|dark mode|export",
            "status": "enum",
            "assignee": "pool:username",
            "limit": "int:5:50",
        },
        "requests": [
            "find tickets about {query}[ that are {status}]",
            "search the helpdesk for '{query}'[, top {limit}]",
            "any[ {status}] tickets mentioning {query}[ assigned to {assignee}]?",
            "show me[ {limit}] tickets that talk about {query}",
            "look up support tickets with {query} in them[ owned by {assignee}]",
            "{query} tickets[ - {status} only]",
            "how many customers wrote in about {query}? list the tickets[ assigned to {assignee}]",
            'pull up tickets matching "{query}"[, status {status}][, at most {limit}]',
        ],
        "similar": ["get_ticket_details", "search_contracts", "search_logs"],
    },
    {
        "name": "get_ticket_details",
        "descriptions": [
            "Fetch one support ticket with its fields and conversation.",
            "Show the full details of a single helpdesk ticket.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticket_id": {"type": "integer", "description": "Number of the ticket."},
                "include_history": {
                    "type": "boolean",
                    "description": "Also return every past status change and comment.",
                },
            },
            "required": ["ticket_id"],
        },
        "values": {"ticket_id": "int:1000:99999", "include_history": "bool"},
        "say": {
            "include_history": {
                "true": ["with the full history", "including all past comments"],
                "false": ["without the history", "just the current state"],
            }
        },
        "requests": [
            "show ticket {ticket_id}[ {include_history}]",
            "what's going on with ticket #{ticket_id}?",
            "open up {ticket_id}[ {include_history}] for me",
            "details for ticket {ticket_id} please",
            "can you pull the ticket numbered {ticket_id}[, {include_history}]?",
            "I need to read ticket {ticket_id}",
            "ticket {ticket_id} info[ {include_history}]",
            "who reported {ticket_id} and what did they say?",
        ],
        "similar": ["search_tickets", "update_ticket_status"],
    },
    {
        "name": "merge_tickets",
        "descriptions": [
            "Merge duplicate support tickets into one primary ticket.",
            "Fold one or more duplicate helpdesk tickets into another.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "primary_id": {
                    "type": "integer",
                    "description": "Ticket that is kept and receives the others.",
                },
                "duplicate_ids": {
                    "type": "array",
                    "items": {"type": "integer"},
                    "description": "Tickets that are closed and merged into the primary one.",
                },
            },
            "required": ["primary_id", "duplicate_ids"],
        },
        "values": {"primary_id": "int:1000:99999", "duplicate_ids": "list:int:1000:99999:1:3"},
        "requests": [
            "merge {duplicate_ids} into ticket {primary_id}",
            "tickets {duplicate_ids} are duplicates of {primary_id}, combine them",
            "fold {duplicate_ids} into #{primary_id}",
            "please merge ticket(s) {duplicate_ids} with {primary_id} and keep the latter",
            "can you mark {duplicate_ids} as dupes and merge them into {primary_id}?",
            "keep {primary_id}; merge in {duplicate_ids}",
            "{primary_id} is the main one - merge {duplicate_ids} into it",
            "same problem as ticket {primary_id}: {duplicate_ids}. Merge those.",
        ],
        "similar": ["update_ticket_status", "merge_pull_request"],
    },
    {
        "name": "escalate_ticket",
        "descriptions": [
            "Escalate a support ticket to a higher support tier.",
            "Send a helpdesk ticket up to tier 2, tier 3 or engineering.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "ticket_id": {"type": "integer", "description": "Number of the ticket."},
                "level": {
                    "type": "string",
                    "enum": ["tier2", "tier3", "engineering"],
                    "description": "Where the ticket is escalated to.",
                },
                "reason": {"type": "string", "description": "Why the ticket needs escalation."},
            },
            "required": ["ticket_id", "level"],
        },
        "values": {
            "ticket_id": "int:1000:99999",
            "level": "enum",
            "reason": "choice:customer is a key account|outage affects many users|workaround failed|security concern|data loss reported",
        },
        "say": {"level": {"tier2": ["tier 2", "second line"], "tier3": ["tier 3", "third line"]}},
        "requests": [
            "escalate ticket {ticket_id} to {level}[ because {reason}]",
            "bump #{ticket_id} up to {level}",
            "this needs {level}: ticket {ticket_id}[ ({reason})]",
            "can you push ticket {ticket_id} to {level}?",
            "send {ticket_id} to {level}[, reason: {reason}]",
            "{ticket_id} is beyond us, escalate to {level}",
            "please raise ticket number {ticket_id} to {level}[ - {reason}]",
            "get {level} involved on ticket {ticket_id}",
        ],
        "similar": ["update_ticket_status", "assign_ticket", "page_on_call"],
    },
]
