"""Banking tools (balances, transfers, payees, cards, disputes) for the offline synthetic
library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "banking"

_ACCOUNTS = ["checking", "savings", "joint", "business"]
_IBANS = "choice:DE89370400440532013000|GB29NWBK60161331926819|FR1420041010050500013M02606|NL91ABNA0417164300|ES9121000418450200051332"

TOOLS = [
    {
        "name": "get_bank_balance",
        "descriptions": [
            "Get the current balance of one of the user's bank accounts.",
            "Check how much money is in an account.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "account": {"type": "string", "enum": _ACCOUNTS, "description": "Which account."},
            },
            "required": ["account"],
        },
        "values": {"account": "enum"},
        "requests": [
            "what's my {account} balance?",
            "how much is in {account}?",
            "balance of the {account} account please",
            "check {account}",
            "can you tell me how much money I've got in {account}?",
            "{account} account - what's left?",
            "am I overdrawn on {account}?",
            "show me my {account} account balance",
        ],
        "similar": ["get_account_transactions", "get_leave_balance", "get_portfolio_summary"],
    },
    {
        "name": "get_account_transactions",
        "descriptions": [
            "List recent transactions on a bank account.",
            "Show account activity, filtered by date or amount.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "account": {"type": "string", "enum": _ACCOUNTS, "description": "Which account."},
                "since": {"type": "string", "description": "Only transactions from this date on."},
                "min_amount": {"type": "number", "description": "Only amounts at least this big."},
                "merchant": {"type": "string", "description": "Only this merchant or payee."},
            },
            "required": ["account"],
        },
        "values": {
            "account": "enum",
            "since": "date",
            "min_amount": "float:10:2000:0",
            "merchant": "choice:Amazon|Uber|Spotify|Tesco|Shell|Airbnb",
        },
        "requests": [
            "show {account} transactions[ since {since}]",
            "what did I spend from {account}[ at {merchant}]?",
            "list {account} activity[ over {min_amount}]",
            "recent transactions on my {account} account[ from {since} onward]",
            "can you pull up the {account} statement[ for {merchant}]?",
            "{account}: payments[ ≥ {min_amount}][ since {since}]",
            "any[ {merchant}] charges on {account}[ above {min_amount}]?",
            "I want to review what went through {account}",
        ],
        "similar": ["get_bank_balance", "dispute_card_transaction", "get_payslip"],
    },
    {
        "name": "transfer_between_accounts",
        "descriptions": [
            "Move money between two of the user's own accounts.",
            "Make an internal transfer, e.g. from checking to savings.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "from_account": {
                    "type": "string",
                    "enum": _ACCOUNTS,
                    "description": "Source account.",
                },
                "to_account": {
                    "type": "string",
                    "enum": _ACCOUNTS,
                    "description": "Destination account.",
                },
                "amount": {"type": "number", "description": "Amount to move."},
            },
            "required": ["from_account", "to_account", "amount"],
        },
        "values": {"from_account": "enum", "to_account": "enum", "amount": "float:10:5000:2"},
        "requests": [
            "move {amount} from {from_account} to {to_account}",
            "transfer {amount} into {to_account} from {from_account}",
            "put {amount} in {to_account}, take it out of {from_account}",
            "can you shift {amount} from my {from_account} account to {to_account}?",
            "{from_account} -> {to_account} {amount}",
            "please send {amount} over from {from_account} into {to_account}",
            "top up {to_account} with {amount} from {from_account}",
            "I'd like to move {amount} between my accounts: {from_account} to {to_account}",
        ],
        "similar": ["send_bank_transfer", "record_journal_entry"],
    },
    {
        "name": "send_bank_transfer",
        "descriptions": [
            "Send money to another person's bank account by IBAN.",
            "Make an outgoing bank transfer to a payee.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "recipient_name": {"type": "string", "description": "Name of the recipient."},
                "iban": {"type": "string", "description": "Recipient's IBAN."},
                "amount": {"type": "number", "description": "Amount to send."},
                "currency": {"type": "string", "description": "Currency code."},
                "reference": {"type": "string", "description": "Payment reference."},
                "instant": {
                    "type": "boolean",
                    "description": "Use instant payment (may cost a fee).",
                },
            },
            "required": ["recipient_name", "iban", "amount", "currency"],
        },
        "values": {
            "recipient_name": "pool:person_name",
            "iban": _IBANS,
            "amount": "float:5:10000:2",
            "currency": "pool:currency_code",
            "reference": "choice:rent March|dinner split|invoice 4471|birthday gift|deposit",
            "instant": "bool",
        },
        "say": {
            "instant": {
                "true": ["instantly", "as an instant payment"],
                "false": ["as a normal transfer", "no need for instant"],
            }
        },
        "requests": [
            "send {amount} {currency} to {recipient_name}, IBAN {iban}[, reference '{reference}']",
            "transfer {amount} {currency} to {recipient_name} ({iban})[ {instant}]",
            "pay {recipient_name} {amount} {currency} at {iban}",
            "can you wire {amount} {currency} to {recipient_name}? their IBAN is {iban}[. Reference: {reference}]",
            "{recipient_name} / {iban} / {amount} {currency}[ / {reference}]",
            "please make a bank transfer of {amount} {currency} to {iban}, name {recipient_name}[, {instant}]",
            "[{reference}: ]{amount} {currency} to {recipient_name} on {iban}",
            "I owe {recipient_name} {amount} {currency} - send it to {iban}[ {instant}]",
        ],
        "similar": ["transfer_between_accounts", "schedule_standing_order", "add_payee"],
    },
    {
        "name": "schedule_standing_order",
        "descriptions": [
            "Set up a recurring payment to a saved payee.",
            "Create a standing order that pays someone on a schedule.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "payee": {"type": "string", "description": "Saved payee's name."},
                "amount": {"type": "number", "description": "Amount each time."},
                "frequency": {
                    "type": "string",
                    "enum": ["weekly", "monthly", "quarterly"],
                    "description": "How often it pays.",
                },
                "start_date": {"type": "string", "description": "Date of the first payment."},
            },
            "required": ["payee", "amount", "frequency"],
        },
        "values": {
            "payee": "pool:person_name",
            "amount": "float:5:3000:2",
            "frequency": "enum",
            "start_date": "date",
        },
        "requests": [
            "pay {payee} {amount} {frequency}[ starting {start_date}]",
            "set up a {frequency} standing order of {amount} to {payee}",
            "I want to send {payee} {amount}, {frequency}[, beginning {start_date}]",
            "can you create a recurring payment: {amount}, {frequency}, to {payee}?",
            "standing order {payee} {amount} {frequency}",
            "please schedule {amount} to go to {payee} on a {frequency} basis[ from {start_date}]",
            "[from {start_date}, ]{frequency} transfer of {amount} for {payee}",
            "automate paying {payee} {amount} {frequency}",
        ],
        "similar": ["send_bank_transfer", "schedule_report_email"],
    },
    {
        "name": "add_payee",
        "descriptions": [
            "Save a new payee for future transfers.",
            "Add a beneficiary's bank details to the address book.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Payee's name."},
                "iban": {"type": "string", "description": "Payee's IBAN."},
                "nickname": {"type": "string", "description": "Short name shown in the app."},
            },
            "required": ["name", "iban"],
        },
        "values": {
            "name": "pool:person_name",
            "iban": _IBANS,
            "nickname": "choice:landlord|mum|babysitter|gym|flatmate",
        },
        "requests": [
            "add {name} as a payee, IBAN {iban}[, nickname {nickname}]",
            "save {iban} for {name}",
            "new payee: {name}, {iban}",
            "can you store {name}'s bank details? IBAN is {iban}[. Call them '{nickname}'.]",
            "[{nickname}: ]{name} {iban} - add to payees",
            "please register {name} ({iban}) as a beneficiary",
            "put {name} with account {iban} in my payee list[ as {nickname}]",
            "I'll be paying {name} regularly; their IBAN is {iban}",
        ],
        "similar": ["send_bank_transfer", "create_crm_contact"],
    },
    {
        "name": "freeze_card",
        "descriptions": [
            "Freeze a payment card so it can't be used.",
            "Block a lost or stolen bank card.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "last_four": {"type": "string", "description": "Last four digits of the card."},
                "reason": {
                    "type": "string",
                    "enum": ["lost", "stolen", "suspicious_activity", "temporary"],
                    "description": "Why it is frozen.",
                },
                "order_replacement": {
                    "type": "boolean",
                    "description": "Send a new card automatically.",
                },
            },
            "required": ["last_four", "reason"],
        },
        "values": {
            "last_four": "choice:4821|0093|7710|3356|9102",
            "reason": "enum",
            "order_replacement": "bool",
        },
        "say": {
            "reason": {"suspicious_activity": ["suspicious activity", "suspicious charges"]},
            "order_replacement": {
                "true": ["and send me a new one", "with a replacement"],
                "false": ["no replacement yet", "don't send a new one"],
            },
        },
        "requests": [
            "freeze my card ending {last_four} ({reason})[ {order_replacement}]",
            "block card {last_four} - {reason}",
            "lock my card ending in {last_four}, reason {reason}[ - {order_replacement}]",
            "can you freeze the {last_four} card? reason: {reason}",
            "card {last_four}: {reason} - freeze please",
            "please stop card {last_four} from working ({reason})[, {order_replacement}]",
            "[{order_replacement}: ]lock {last_four} because of {reason}",
            "urgent: card {last_four} {reason}",
        ],
        "similar": ["dispute_card_transaction", "stop_vm"],
    },
    {
        "name": "dispute_card_transaction",
        "descriptions": [
            "Dispute a card transaction the user doesn't recognise.",
            "Open a chargeback for a charge on the account.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "transaction_id": {"type": "string", "description": "ID of the transaction."},
                "reason": {
                    "type": "string",
                    "enum": [
                        "not_recognised",
                        "charged_twice",
                        "item_not_received",
                        "wrong_amount",
                    ],
                    "description": "Reason for the dispute.",
                },
                "details": {"type": "string", "description": "Extra explanation."},
            },
            "required": ["transaction_id", "reason"],
        },
        "values": {
            "transaction_id": "choice:TX-88412|TX-10977|TX-55230|TX-61009|TX-39458",
            "reason": "enum",
            "details": "choice:I was at home that day|the shop already refunded me|order never arrived",
        },
        "say": {
            "reason": {
                "not_recognised": ["I don't recognise it", "not mine"],
                "charged_twice": ["I was charged twice", "double charge"],
                "item_not_received": ["the item never arrived", "item not received"],
                "wrong_amount": ["wrong amount", "they charged the wrong amount"],
            }
        },
        "requests": [
            "dispute {transaction_id} - {reason}[; {details}]",
            "I want to challenge transaction {transaction_id}: {reason}",
            "{transaction_id} {reason}, open a dispute",
            "can you raise a chargeback on {transaction_id}? {reason}",
            "please dispute charge {transaction_id}, {reason}[ ({details})]",
            "charge {transaction_id} - {reason}. fix it",
            "[{details}. ]{transaction_id}: {reason}",
            "file a dispute for {transaction_id} because {reason}",
        ],
        "similar": ["freeze_card", "issue_order_refund", "explain_payroll_deduction"],
    },
]
