"""Invoicing and bookkeeping tools (invoices, payments, credit notes, ledger) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "invoicing"

_INVOICES = "choice:INV-2024-0113|INV-2024-0388|INV-2023-1207|INV-2024-0542|INV-2025-0019"
_ACCOUNTS = (
    "choice:accounts receivable|accounts payable|office supplies|cash|sales revenue|rent expense"
)

TOOLS = [
    {
        "name": "create_invoice",
        "descriptions": [
            "Draft a new invoice for a customer (does not send it).",
            "Create an invoice with an amount, currency and due date.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "customer": {"type": "string", "description": "Customer being billed."},
                "amount": {"type": "number", "description": "Invoice total."},
                "currency": {"type": "string", "description": "Currency code."},
                "due_date": {"type": "string", "description": "Payment due date."},
                "description": {"type": "string", "description": "Line-item description."},
            },
            "required": ["customer", "amount", "currency"],
        },
        "values": {
            "customer": "pool:company",
            "amount": "float:50:90000:2",
            "currency": "pool:currency_code",
            "due_date": "date",
            "description": "choice:consulting hours|annual licence|website redesign|hardware rental|support retainer",
        },
        "requests": [
            "create an invoice for {customer} for {amount} {currency}[ due {due_date}]",
            "bill {customer} {amount} {currency}[ for {description}]",
            "draft an invoice: {customer}, {amount} {currency}",
            "can you make up an invoice to {customer} of {amount} {currency}?[ Payment due {due_date}.]",
            "new invoice {customer} {amount} {currency}[ ({description})]",
            "please prepare - but don't send - an invoice for {customer}, total {amount} {currency}",
            "[{description}: ]invoice {customer} {amount} {currency}[, payable by {due_date}]",
            "{customer} owes us {amount} {currency}, write up the invoice",
        ],
        "similar": ["send_invoice", "create_credit_note", "create_deal"],
    },
    {
        "name": "send_invoice",
        "descriptions": [
            "Email an existing invoice to the customer.",
            "Send a drafted invoice to a billing address.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "invoice_number": {"type": "string", "description": "Invoice to send."},
                "email": {"type": "string", "description": "Recipient address."},
                "message": {"type": "string", "description": "Cover message in the email."},
            },
            "required": ["invoice_number", "email"],
        },
        "values": {
            "invoice_number": _INVOICES,
            "email": "pool:email",
            "message": "choice:thanks for your business|as discussed on the call|please pay within 30 days",
        },
        "requests": [
            "send {invoice_number} to {email}[ with the note '{message}']",
            "email invoice {invoice_number} over to {email}",
            "can you mail {invoice_number} to {email}?",
            "{invoice_number} -> {email}[: {message}]",
            "please deliver invoice {invoice_number} to {email}[ and say {message}]",
            "fire off {invoice_number} to {email}",
            "the customer at {email} needs invoice {invoice_number}, send it",
            "send out invoice number {invoice_number}, recipient {email}[, message: {message}]",
        ],
        "similar": ["create_invoice", "send_payment_reminder"],
    },
    {
        "name": "send_payment_reminder",
        "descriptions": [
            "Send a reminder for an unpaid invoice.",
            "Nudge a customer about an overdue invoice.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "invoice_number": {"type": "string", "description": "Unpaid invoice."},
                "tone": {
                    "type": "string",
                    "enum": ["friendly", "firm", "final"],
                    "description": "How insistent the reminder is.",
                },
            },
            "required": ["invoice_number"],
        },
        "values": {"invoice_number": _INVOICES, "tone": "enum"},
        "requests": [
            "remind the customer about {invoice_number}[, {tone} tone]",
            "send a[ {tone}] payment reminder for {invoice_number}",
            "{invoice_number} is still unpaid, chase it",
            "can you nudge them on invoice {invoice_number}?",
            "[{tone} ]reminder: {invoice_number}",
            "please follow up on {invoice_number}[ - make it {tone}]",
            "chase payment of {invoice_number}",
            "they haven't paid {invoice_number} yet; send a reminder",
        ],
        "similar": ["send_invoice", "list_overdue_invoices", "send_signature_reminder"],
    },
    {
        "name": "record_payment",
        "descriptions": [
            "Record a payment received against an invoice.",
            "Mark an invoice as (partly) paid.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "invoice_number": {"type": "string", "description": "Invoice being paid."},
                "amount": {"type": "number", "description": "Amount received."},
                "method": {
                    "type": "string",
                    "enum": ["bank_transfer", "card", "cash", "cheque"],
                    "description": "How it was paid.",
                },
                "paid_on": {"type": "string", "description": "Date the money arrived."},
            },
            "required": ["invoice_number", "amount"],
        },
        "values": {
            "invoice_number": _INVOICES,
            "amount": "float:50:90000:2",
            "method": "enum",
            "paid_on": "date",
        },
        "say": {"method": {"bank_transfer": ["bank transfer", "wire"]}},
        "requests": [
            "record a payment of {amount} on {invoice_number}[ by {method}]",
            "{invoice_number} paid {amount}[ on {paid_on}]",
            "we received {amount} for invoice {invoice_number}[ via {method}]",
            "mark {amount} as paid against {invoice_number}",
            "can you log {amount} received on {invoice_number}[, paid {paid_on}]?",
            "payment in: {invoice_number}, {amount}[, {method}]",
            "please apply a {amount} payment to invoice {invoice_number}",
            "[{method}: ]{amount} came in for {invoice_number}",
        ],
        "similar": ["send_invoice", "create_credit_note"],
    },
    {
        "name": "list_overdue_invoices",
        "descriptions": [
            "List invoices that are past their due date.",
            "Show unpaid overdue invoices, optionally for one customer.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "customer": {"type": "string", "description": "Only this customer."},
                "min_days_overdue": {
                    "type": "integer",
                    "description": "Only invoices overdue by at least this many days.",
                },
            },
            "required": [],
        },
        "values": {"customer": "pool:company", "min_days_overdue": "int:1:180"},
        "requests": [
            "which invoices are overdue[ for {customer}]?",
            "list overdue invoices[ older than {min_days_overdue} days]",
            "who hasn't paid us?",
            "show me unpaid invoices past due[ - {customer} only]",
            "overdue report[ ({min_days_overdue}+ days)]",
            "is anything overdue[ on the {customer} account]?",
            "any late payers[ more than {min_days_overdue} days behind]?",
            "give me the list of late invoices",
        ],
        "similar": ["send_payment_reminder", "list_open_deals"],
    },
    {
        "name": "create_credit_note",
        "descriptions": [
            "Issue a credit note against an invoice.",
            "Credit part or all of an invoice back to the customer.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "invoice_number": {"type": "string", "description": "Invoice being credited."},
                "amount": {"type": "number", "description": "Amount credited."},
                "reason": {"type": "string", "description": "Why the credit is given."},
            },
            "required": ["invoice_number", "amount", "reason"],
        },
        "values": {
            "invoice_number": _INVOICES,
            "amount": "float:10:5000:2",
            "reason": "choice:service outage|billed twice|discount agreed|returned goods",
        },
        "requests": [
            "issue a credit note of {amount} on {invoice_number} for {reason}",
            "credit {amount} back on invoice {invoice_number} - {reason}",
            "{reason}: credit {amount} against {invoice_number}",
            "can you raise a {amount} credit note for {invoice_number}? reason is {reason}",
            "please credit the customer {amount} on {invoice_number} because of {reason}",
            "credit note {invoice_number} {amount} ({reason})",
            "we owe them {amount} on {invoice_number} due to {reason}, create the credit",
            "knock {amount} off {invoice_number} - {reason}",
        ],
        "similar": ["issue_order_refund", "void_invoice", "create_invoice"],
    },
    {
        "name": "void_invoice",
        "descriptions": [
            "Void an invoice so it no longer counts.",
            "Cancel an issued invoice entirely.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "invoice_number": {"type": "string", "description": "Invoice to void."},
                "reason": {"type": "string", "description": "Why it is voided."},
            },
            "required": ["invoice_number"],
        },
        "values": {
            "invoice_number": _INVOICES,
            "reason": "choice:wrong customer|duplicate|order cancelled|wrong amount",
        },
        "requests": [
            "void {invoice_number}[ - {reason}]",
            "cancel invoice {invoice_number}",
            "{invoice_number} was a mistake[ ({reason})], void it",
            "can you void invoice number {invoice_number}?",
            "please mark {invoice_number} as void[ because of {reason}]",
            "kill invoice {invoice_number}",
            "[{reason}: ]void out {invoice_number}",
            "scrap {invoice_number}, it shouldn't exist",
        ],
        "similar": ["create_credit_note", "cancel_store_order"],
    },
    {
        "name": "record_journal_entry",
        "descriptions": [
            "Post a double-entry journal entry to the ledger.",
            "Debit one account and credit another for an amount.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "debit_account": {"type": "string", "description": "Account debited."},
                "credit_account": {"type": "string", "description": "Account credited."},
                "amount": {"type": "number", "description": "Amount of the entry."},
                "entry_date": {"type": "string", "description": "Booking date."},
                "memo": {"type": "string", "description": "Memo text."},
            },
            "required": ["debit_account", "credit_account", "amount"],
        },
        "values": {
            "debit_account": _ACCOUNTS,
            "credit_account": _ACCOUNTS,
            "amount": "float:1:50000:2",
            "entry_date": "date",
            "memo": "choice:monthly rent|printer paper|customer payment|year-end accrual",
        },
        "requests": [
            "debit {debit_account} and credit {credit_account} for {amount}[ on {entry_date}]",
            "journal entry: Dr {debit_account} / Cr {credit_account} {amount}[ - {memo}]",
            "post {amount} from {credit_account} to {debit_account}",
            "can you book {amount}, debit {debit_account}, credit {credit_account}?[ Memo: {memo}.]",
            "record a ledger entry of {amount}: {debit_account} debit, {credit_account} credit",
            "please enter {amount}[ dated {entry_date}] debiting {debit_account} and crediting {credit_account}",
            "[{memo}: ]{amount} Dr {debit_account} Cr {credit_account}",
            "I need a journal line for {amount} - debit side {debit_account}, credit side {credit_account}",
        ],
        "similar": ["record_payment", "transfer_between_accounts"],
    },
]
