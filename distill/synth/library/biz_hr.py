"""HR tools (leave, payslips, expenses, employee directory, onboarding) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "human_resources"

_MONTHS = (
    "choice:January|February|March|April|May|June|July|August|September|October|November|December"
)

TOOLS = [
    {
        "name": "request_leave",
        "descriptions": [
            "Submit a leave request for a date range.",
            "Ask for time off: vacation, sick, parental or unpaid leave.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "leave_type": {
                    "type": "string",
                    "enum": ["vacation", "sick", "parental", "unpaid"],
                    "description": "Kind of leave.",
                },
                "start_date": {"type": "string", "description": "First day off."},
                "end_date": {"type": "string", "description": "Last day off."},
                "half_day": {
                    "type": "boolean",
                    "description": "Only half of the first day is taken.",
                },
                "note": {"type": "string", "description": "Message to the approver."},
            },
            "required": ["leave_type", "start_date", "end_date"],
        },
        "values": {
            "leave_type": "enum",
            "start_date": "date",
            "end_date": "date",
            "half_day": "bool",
            "note": "choice:family wedding|moving house|doctor's orders|school holidays",
        },
        "say": {
            "half_day": {
                "true": ["starting with a half day", "the first day only half"],
                "false": ["full days", "no half days"],
            }
        },
        "requests": [
            "book {leave_type} leave from {start_date} to {end_date}[ - {note}]",
            "I'd like to take {leave_type} leave {start_date} through {end_date}",
            "request time off: {leave_type}, {start_date} - {end_date}[, {half_day}]",
            "can you put in a {leave_type} leave request for {start_date} until {end_date}?[ Reason: {note}.]",
            "{leave_type} {start_date} to {end_date}",
            "please submit leave ({leave_type}) from {start_date} to {end_date}[, {half_day}]",
            "I'm off on {leave_type} leave between {start_date} and {end_date}[ for {note}]; file it",
            "[{note} - ]need {leave_type} days {start_date}–{end_date}",
        ],
        "similar": ["cancel_leave_request", "get_leave_balance"],
    },
    {
        "name": "cancel_leave_request",
        "descriptions": [
            "Withdraw a leave request that was submitted earlier.",
            "Cancel booked time off by its request number.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "request_id": {"type": "integer", "description": "Leave request number."},
                "reason": {"type": "string", "description": "Why it is withdrawn."},
            },
            "required": ["request_id"],
        },
        "values": {
            "request_id": "int:100:9999",
            "reason": "choice:plans changed|trip postponed|project deadline moved|booked by mistake",
        },
        "requests": [
            "cancel leave request {request_id}[ - {reason}]",
            "withdraw my time-off request #{request_id}",
            "I don't need leave {request_id} anymore[, {reason}]",
            "can you cancel request number {request_id}?",
            "please pull back leave request {request_id}[ because {reason}]",
            "{request_id}: cancel",
            "scrap time off request {request_id}",
            "[{reason}, so ]undo leave {request_id}",
        ],
        "similar": ["request_leave", "cancel_travel_booking"],
    },
    {
        "name": "get_leave_balance",
        "descriptions": [
            "Get how many leave days are left.",
            "Check the remaining holiday or sick-day allowance.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "leave_type": {
                    "type": "string",
                    "enum": ["vacation", "sick", "parental", "unpaid"],
                    "description": "Which allowance to check.",
                },
                "employee": {
                    "type": "string",
                    "description": "Employee to check (the caller if omitted).",
                },
            },
            "required": [],
        },
        "values": {"leave_type": "enum", "employee": "pool:person_name"},
        "requests": [
            "how many[ {leave_type}] days do I have left?",
            "leave balance[ for {employee}]",
            "what's my remaining[ {leave_type}] allowance?",
            "how much time off is still available[ to {employee}]?",
            "check[ {employee}'s] remaining[ {leave_type}] leave",
            "can you tell me my holiday balance?",
            "days off left[ ({leave_type})]?",
            "is there any[ {leave_type}] leave left[ for {employee}]?",
        ],
        "similar": ["request_leave", "get_bank_balance"],
    },
    {
        "name": "get_payslip",
        "descriptions": [
            "Fetch the payslip for a given month.",
            "Retrieve a salary statement for a month and year.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "month": {"type": "string", "description": "Month name."},
                "year": {"type": "integer", "description": "Four-digit year."},
                "as_pdf": {"type": "boolean", "description": "Return a PDF instead of a summary."},
            },
            "required": ["month", "year"],
        },
        "values": {"month": _MONTHS, "year": "int:2019:2025", "as_pdf": "bool"},
        "say": {
            "as_pdf": {
                "true": ["as a PDF", "in PDF form"],
                "false": ["just the summary", "not as a PDF"],
            }
        },
        "requests": [
            "get my payslip for {month} {year}[ {as_pdf}]",
            "show {month} {year} pay slip",
            "can I see what I was paid in {month} {year}?",
            "I need the salary statement from {month} {year}[, {as_pdf}]",
            "payslip {month} {year}",
            "please download my {month} {year} payslip[ {as_pdf}]",
            "what did my pay look like in {month} of {year}?",
            "[{as_pdf}: ]{month} {year} payslip please",
        ],
        "similar": ["explain_payroll_deduction", "get_account_transactions"],
    },
    {
        "name": "explain_payroll_deduction",
        "descriptions": [
            "Explain one deduction on a payslip.",
            "Say why a payroll deduction was taken in a given month.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "deduction": {"type": "string", "description": "Deduction line to explain."},
                "month": {"type": "string", "description": "Payslip month."},
            },
            "required": ["deduction", "month"],
        },
        "values": {
            "deduction": "choice:pension contribution|income tax|health insurance|student loan|union dues",
            "month": _MONTHS,
        },
        "requests": [
            "why was {deduction} taken from my {month} pay?",
            "explain the {deduction} line on my {month} payslip",
            "{deduction} looks high in {month} - what is it?",
            "what's the {deduction} deduction for {month} about?",
            "can someone explain {deduction} on the {month} slip?",
            "{month}: what does {deduction} cover",
            "I don't understand the {deduction} amount in {month}",
            "please break down {deduction} for {month}",
        ],
        "similar": ["get_payslip", "dispute_card_transaction"],
    },
    {
        "name": "submit_expense_claim",
        "descriptions": [
            "Submit an expense claim for reimbursement.",
            "File a work expense with amount, category and receipt.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "amount": {"type": "number", "description": "Amount spent."},
                "currency": {"type": "string", "description": "Currency of the amount."},
                "category": {
                    "type": "string",
                    "enum": ["travel", "meals", "equipment", "training", "software"],
                    "description": "Expense category.",
                },
                "receipt_file": {"type": "string", "description": "Attached receipt file."},
                "description": {"type": "string", "description": "What the expense was for."},
            },
            "required": ["amount", "currency", "category"],
        },
        "values": {
            "amount": "float:5:3000:2",
            "currency": "pool:currency_code",
            "category": "enum",
            "receipt_file": "pool:file_name",
            "description": "choice:client dinner|train to the conference|new keyboard|online course|taxi to the airport",
        },
        "requests": [
            "claim {amount} {currency} for {category}[ - {description}]",
            "file an expense: {category}, {amount} {currency}[, receipt {receipt_file}]",
            "I spent {amount} {currency} on {category}[ ({description})], please reimburse",
            "can you submit a {category} expense of {amount} {currency}?[ The receipt is {receipt_file}.]",
            "expense {amount} {currency} {category}",
            "[{description}: ]{amount} {currency}, category {category} - put in a claim",
            "please log {amount} {currency} under {category} expenses[ with {receipt_file} attached]",
            "reimburse me {amount} {currency} for {category}",
        ],
        "similar": ["create_invoice", "record_payment"],
    },
    {
        "name": "lookup_employee",
        "descriptions": [
            "Look up a colleague in the company directory.",
            "Find an employee's email, phone, manager, department or office.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Employee's name."},
                "field": {
                    "type": "string",
                    "enum": ["email", "phone", "manager", "department", "office"],
                    "description": "Only return this field.",
                },
            },
            "required": ["name"],
        },
        "values": {"name": "pool:person_name", "field": "enum"},
        "requests": [
            "look up {name} in the directory",
            "what are {name}'s details[ - specifically the {field}]?",
            "find {name}[ - I need their {field}]",
            "who is {name}? check the staff directory",
            "directory: {name}[ ({field})]",
            "can you get me the details for {name}[, {field} only]?",
            "I need to get hold of {name}, look them up",
            "I'm trying to reach {name}[, what's their {field}]",
        ],
        "similar": ["find_crm_contact", "onboard_employee"],
    },
    {
        "name": "onboard_employee",
        "descriptions": [
            "Start onboarding for a new hire.",
            "Create accounts and tasks for someone joining the company.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "new_hire": {
                    "type": "object",
                    "description": "The person joining.",
                    "properties": {
                        "name": {"type": "string", "description": "Full name."},
                        "email": {
                            "type": "string",
                            "description": "Personal email for the invite.",
                        },
                    },
                    "required": ["name", "email"],
                },
                "start_date": {"type": "string", "description": "First working day."},
                "department": {"type": "string", "description": "Department they join."},
                "laptop": {
                    "type": "string",
                    "enum": ["mac", "windows", "linux"],
                    "description": "Laptop to order for them.",
                },
            },
            "required": ["new_hire", "start_date", "department"],
        },
        "values": {
            "new_hire": {"name": "pool:person_name", "email": "pool:email"},
            "start_date": "date",
            "department": "choice:engineering|sales|finance|marketing|support|legal",
            "laptop": "enum",
        },
        "requests": [
            "onboard {new_hire.name} ({new_hire.email}) to {department} starting {start_date}[ with a {laptop} laptop]",
            "{new_hire.name} joins {department} on {start_date}; invite {new_hire.email}",
            "new hire: {new_hire.name}, {new_hire.email}, {department}, starts {start_date}",
            "please set up onboarding for {new_hire.name} in {department} - first day {start_date}, email {new_hire.email}[, needs a {laptop}]",
            "can you get {new_hire.name} ready for {start_date}? They're in {department}. Personal email {new_hire.email}.",
            "start the onboarding flow: {department}, {new_hire.name} <{new_hire.email}>, {start_date}",
            "[order a {laptop} and ]onboard {new_hire.name} ({new_hire.email}) into {department} for {start_date}",
            "we hired {new_hire.name} for {department}! start date {start_date}, contact {new_hire.email}",
        ],
        "similar": ["lookup_employee", "create_crm_contact"],
    },
]
