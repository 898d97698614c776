"""CRM tools (leads, contacts, deals, activities) for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "crm"

_STAGES = ["prospecting", "qualified", "proposal", "negotiation", "won", "lost"]

TOOLS = [
    {
        "name": "create_lead",
        "descriptions": [
            "Add a new sales lead to the CRM.",
            "Record a prospective customer as a lead.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "full_name": {"type": "string", "description": "Lead's full name."},
                "company": {"type": "string", "description": "Company the lead works for."},
                "email": {"type": "string", "description": "Lead's email address."},
                "source": {
                    "type": "string",
                    "enum": ["website", "referral", "trade_show", "cold_call", "webinar"],
                    "description": "Where the lead came from.",
                },
            },
            "required": ["full_name", "company"],
        },
        "values": {
            "full_name": "pool:person_name",
            "company": "pool:company",
            "email": "pool:email",
            "source": "enum",
        },
        "say": {
            "source": {
                "trade_show": ["trade show", "a trade show"],
                "cold_call": ["cold call", "a cold call"],
            }
        },
        "requests": [
            "add {full_name} from {company} as a lead[, email {email}]",
            "new lead: {full_name} ({company})[, source {source}]",
            "I met {full_name} of {company}[ at the {source}] - put them in the CRM as a lead",
            "can you create a lead for {full_name} at {company}?[ Their email is {email}.]",
            "log a lead - {company}, contact {full_name}",
            "please record {full_name}, who works at {company}, as a new prospect[ (came via {source})]",
            "lead {full_name} / {company}[ / {email}]",
            "[via {source}: ]{company}'s {full_name} is interested, make a lead",
        ],
        "similar": ["create_crm_contact", "convert_lead", "add_subscriber"],
    },
    {
        "name": "convert_lead",
        "descriptions": [
            "Convert a qualified lead into a contact and account.",
            "Turn a lead into a customer record, optionally opening a deal.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "lead_id": {"type": "integer", "description": "ID of the lead."},
                "create_deal": {
                    "type": "boolean",
                    "description": "Also open a deal for the new account.",
                },
            },
            "required": ["lead_id"],
        },
        "values": {"lead_id": "int:1:20000", "create_deal": "bool"},
        "say": {
            "create_deal": {
                "true": ["and open a deal", "with a new deal"],
                "false": ["without a deal", "no deal yet"],
            }
        },
        "requests": [
            "convert lead {lead_id}[ {create_deal}]",
            "lead #{lead_id} is qualified, convert it",
            "turn lead {lead_id} into a contact[ {create_deal}]",
            "can you convert lead number {lead_id} to a customer?",
            "{lead_id}: convert[, {create_deal}]",
            "please promote lead {lead_id} to an account",
            "lead {lead_id} said yes - convert[ {create_deal}]",
            "make lead {lead_id} a proper contact",
        ],
        "similar": ["create_lead", "create_deal"],
    },
    {
        "name": "create_crm_contact",
        "descriptions": [
            "Create a contact record in the CRM.",
            "Save a person's contact details to the customer database.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "full_name": {"type": "string", "description": "Contact's full name."},
                "email": {"type": "string", "description": "Contact's email address."},
                "phone": {"type": "string", "description": "Contact's phone number."},
                "company": {"type": "string", "description": "Company the contact belongs to."},
            },
            "required": ["full_name", "email"],
        },
        "values": {
            "full_name": "pool:person_name",
            "email": "pool:email",
            "phone": "pool:phone",
            "company": "pool:company",
        },
        "requests": [
            "add a contact {full_name}, {email}[, phone {phone}]",
            "save {full_name} ({email}) to the CRM[ under {company}]",
            "new contact: {full_name} <{email}>[ {phone}]",
            "can you create a CRM contact for {full_name}? email is {email}[ and they're at {company}]",
            "store {email} as {full_name}'s address in contacts",
            "please put {full_name}[ from {company}] in contacts - {email}[, {phone}]",
            "contact {full_name} {email}",
            "[{company}: ]record {full_name}, reachable at {email}",
        ],
        "similar": ["create_lead", "find_crm_contact", "add_payee"],
    },
    {
        "name": "find_crm_contact",
        "descriptions": [
            "Look up contacts in the CRM by name.",
            "Search the customer database for a person.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Name (or part of it) to search."},
                "company": {"type": "string", "description": "Restrict to this company."},
            },
            "required": ["name"],
        },
        "values": {"name": "pool:person_name", "company": "pool:company"},
        "requests": [
            "find {name} in the CRM[ at {company}]",
            "look up the contact {name}",
            "do we have {name}[ from {company}] in our contacts?",
            "search contacts for {name}",
            "what's {name}'s contact info?",
            "pull up {name}[ ({company})] in the CRM",
            "who is {name}[ at {company}]? check the CRM",
            "contact lookup: {name}",
        ],
        "similar": ["create_crm_contact", "lookup_employee"],
    },
    {
        "name": "create_deal",
        "descriptions": [
            "Open a new sales deal (opportunity) for an account.",
            "Create an opportunity with an expected value and close date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "account": {"type": "string", "description": "Company the deal is with."},
                "amount": {"type": "number", "description": "Expected deal value."},
                "currency": {"type": "string", "description": "Currency of the amount."},
                "close_date": {"type": "string", "description": "Expected close date."},
                "stage": {
                    "type": "string",
                    "enum": _STAGES,
                    "description": "Starting pipeline stage.",
                },
            },
            "required": ["account", "amount"],
        },
        "values": {
            "account": "pool:company",
            "amount": "float:1000:500000:0",
            "currency": "pool:currency_code",
            "close_date": "date",
            "stage": "enum",
        },
        "requests": [
            "create a deal with {account} worth {amount}[ {currency}][ closing {close_date}]",
            "new opportunity: {account}, {amount}[, stage {stage}]",
            "open a {amount}[ {currency}] deal for {account}",
            "can you add an opportunity for {account}? about {amount}[, expected to close on {close_date}]",
            "{account} - deal - {amount}",
            "please log a deal with {account} valued at {amount}[ in {currency}][, currently {stage}]",
            "we're pitching {account} for {amount}[, target close {close_date}]; add it to the pipeline",
            "[{stage} stage: ]deal {account} {amount}",
        ],
        "similar": ["update_deal_stage", "convert_lead", "create_invoice"],
    },
    {
        "name": "update_deal_stage",
        "descriptions": [
            "Move a deal to another pipeline stage.",
            "Update where an opportunity stands in the sales pipeline.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "deal_id": {"type": "integer", "description": "ID of the deal."},
                "stage": {"type": "string", "enum": _STAGES, "description": "New stage."},
                "lost_reason": {
                    "type": "string",
                    "description": "Why the deal was lost, if it was.",
                },
            },
            "required": ["deal_id", "stage"],
        },
        "values": {
            "deal_id": "int:1:9000",
            "stage": "enum",
            "lost_reason": "choice:price too high|chose a competitor|no budget|project cancelled",
        },
        "requests": [
            "move deal {deal_id} to {stage}[ - {lost_reason}]",
            "deal #{deal_id} is now {stage}",
            "set the stage of deal {deal_id} to {stage}",
            "can you update opportunity {deal_id}? it's at {stage} now[ ({lost_reason})]",
            "{deal_id} -> {stage}",
            "please mark deal number {deal_id} as {stage}[, reason: {lost_reason}]",
            "good news/bad news on {deal_id}: {stage}",
            "bump deal {deal_id} into {stage}[ because {lost_reason}]",
        ],
        "similar": ["create_deal", "list_open_deals", "update_ticket_status"],
    },
    {
        "name": "log_sales_call",
        "descriptions": [
            "Log a phone call with a contact as a CRM activity.",
            "Record the outcome and length of a sales call.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "contact_name": {"type": "string", "description": "Who was called."},
                "duration_minutes": {"type": "integer", "description": "Call length in minutes."},
                "outcome": {
                    "type": "string",
                    "enum": ["connected", "voicemail", "no_answer", "meeting_booked"],
                    "description": "Result of the call.",
                },
                "notes": {"type": "string", "description": "Free-text notes."},
            },
            "required": ["contact_name", "outcome"],
        },
        "values": {
            "contact_name": "pool:person_name",
            "duration_minutes": "int:1:90",
            "outcome": "enum",
            "notes": "choice:wants a demo next week|asked for pricing|not the decision maker|send the case study",
        },
        "say": {
            "outcome": {
                "no_answer": ["no answer", "they didn't pick up"],
                "meeting_booked": ["meeting booked", "booked a meeting"],
            }
        },
        "requests": [
            "log a call with {contact_name}: {outcome}[, {duration_minutes} minutes]",
            "called {contact_name}, {outcome}[ - {notes}]",
            "record a sales call to {contact_name}, outcome {outcome}[, lasted {duration_minutes} min]",
            "can you note that I rang {contact_name} and it was {outcome}?[ Notes: {notes}]",
            "{contact_name} call - {outcome}",
            "just spoke to {contact_name}[ for {duration_minutes} minutes]; result: {outcome}[; {notes}]",
            "activity for {contact_name}: phone call, {outcome}",
            "please log my call with {contact_name} ({outcome})[, about {duration_minutes} minutes long]",
        ],
        "similar": ["create_crm_contact", "log_symptom"],
    },
    {
        "name": "list_open_deals",
        "descriptions": [
            "List open deals in the sales pipeline.",
            "Show opportunities filtered by owner, stage or minimum value.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "owner": {"type": "string", "description": "Sales rep who owns the deals."},
                "stage": {"type": "string", "enum": _STAGES, "description": "Only this stage."},
                "min_amount": {"type": "number", "description": "Only deals worth at least this."},
            },
            "required": [],
        },
        "values": {"owner": "pool:username", "stage": "enum", "min_amount": "float:1000:200000:0"},
        "requests": [
            "list open deals[ owned by {owner}]",
            "show me the pipeline[ in {stage}]",
            "which deals[ over {min_amount}] are still open?",
            "what's on the board? list the open deals[ that {owner} owns]",
            "open opportunities[ at {stage} stage][ above {min_amount}]",
            "give me all deals that haven't closed yet[ for {owner}]",
            "pipeline report[ - {owner}][ - {stage}]",
            "any[ {stage}] deals[ worth more than {min_amount}] still open?",
        ],
        "similar": ["update_deal_stage", "list_overdue_invoices"],
    },
]
