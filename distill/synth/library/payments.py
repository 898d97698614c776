"""Personal payments: sending and requesting money, bills, splitting, balance and history."""

DOMAIN = "payments"

TOOLS = [
    {
        "name": "send_money",
        "descriptions": ["Send money to a contact.", "Pay a friend an amount with a note."],
        "parameters": {
            "type": "object",
            "properties": {
                "recipient": {"type": "string", "description": "Who receives the money."},
                "amount": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Amount to send.",
                },
                "currency": {
                    "type": "string",
                    "description": "ISO currency code; the account currency if omitted.",
                },
                "note": {"type": "string", "description": "What the payment is for."},
            },
            "required": ["recipient", "amount"],
        },
        "values": {
            "recipient": "pool:payee",
            "amount": "float:2:500:2",
            "currency": "pool:currency",
            "note": "pool:payment_note",
        },
        "requests": [
            "send {recipient} {amount}[ {currency}][ for {note}]",
            "pay {recipient} {amount}[, it's for {note}]",
            "transfer {amount}[ {currency}] to {recipient}",
            "can you send {amount} to {recipient}[ for {note}]",
            "I owe {recipient} {amount}[ for {note}], pay them",
            "give {recipient} {amount}[ {currency}]",
            "{amount} to {recipient}[, note: {note}]",
        ],
        "indirect": ["{recipient} covered the {note} last night, it was {amount}"],
        "result": {
            "transaction_id": "choice:tx-88213|tx-10442|tx-50919",
            "new_balance": "float:10:4000:2",
        },
        "similar": ["request_money", "pay_bill"],
    },
    {
        "name": "request_money",
        "descriptions": ["Ask a contact to pay an amount.", "Send a payment request."],
        "parameters": {
            "type": "object",
            "properties": {
                "payer": {"type": "string", "description": "Who should pay."},
                "amount": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Amount requested.",
                },
                "note": {"type": "string", "description": "What it is for."},
            },
            "required": ["payer", "amount"],
        },
        "values": {"payer": "pool:payee", "amount": "float:2:300:2", "note": "pool:payment_note"},
        "requests": [
            "request {amount} from {payer}[ for {note}]",
            "ask {payer} to pay me {amount}",
            "send {payer} a payment request for {amount}[, {note}]",
            "{payer} owes me {amount}[ for {note}], request it",
            "charge {payer} {amount}",
            "can you bill {payer} {amount}[ for the {note}]",
            "get {amount} back from {payer}[ for {note}]",
            "request {amount} from {payer}",
        ],
        "indirect": ["I paid for the {note} and {payer} still hasn't sent me the {amount}"],
        "similar": ["send_money"],
    },
    {
        "name": "pay_bill",
        "descriptions": ["Pay a utility or service bill.", "Settle a bill from a saved biller."],
        "parameters": {
            "type": "object",
            "properties": {
                "biller": {"type": "string", "description": "Company that sent the bill."},
                "amount": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Amount to pay; the full balance if omitted.",
                },
                "pay_on": {
                    "type": "string",
                    "description": "Date to pay, YYYY-MM-DD; today if omitted.",
                },
            },
            "required": ["biller"],
        },
        "values": {"biller": "pool:company", "amount": "float:10:400:2", "pay_on": "date"},
        "requests": [
            "pay the {biller} bill[ on {pay_on}]",
            "pay {amount} to {biller}",
            "settle my {biller} bill[, {amount}]",
            "schedule the {biller} payment for {pay_on}",
            "can you pay {biller}[ {amount}] today",
            "{biller} bill, pay it[ on {pay_on}]",
            "pay my {biller} bill",
            "send {amount} to {biller} for the bill[ on {pay_on}]",
        ],
        "similar": ["send_money"],
    },
    {
        "name": "split_expense",
        "descriptions": [
            "Split a cost evenly with friends and request their shares.",
            "Divide a bill between people.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "total": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Total amount to split.",
                },
                "people": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Who shares the cost, besides the user.",
                },
                "note": {"type": "string", "description": "What the expense was."},
            },
            "required": ["total", "people"],
        },
        "values": {
            "total": "float:10:600:2",
            "people": "list:pool:first_name:1:3",
            "note": "pool:payment_note",
        },
        "requests": [
            "split {total} with {people}[ for {note}]",
            "divide the {total} bill between me and {people}",
            "{people} and I shared {note}, {total} total, split it",
            "can you split {total} evenly with {people}",
            "share the cost of {total} with {people}[ - {note}]",
            "split {note}: {total} between {people} and me",
            "split the {note} between me and {people}: {total}",
            "{total} split with {people}",
        ],
        "similar": ["request_money"],
    },
    {
        "name": "check_balance",
        "descriptions": [
            "Get the balance of a bank account.",
            "Tell how much money is in an account.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "account": {
                    "type": "string",
                    "enum": ["checking", "savings", "credit_card"],
                    "description": "Which account.",
                },
            },
            "required": [],
        },
        "values": {"account": "enum"},
        "requests": [
            "what's my balance",
            "how much is in my {account}[ account]",
            "check my {account} balance",
            "how much money do I have",
            "balance on {account}?",
            "am I low on money in {account}",
            "how much is left in {account}",
            "balance check",
        ],
        "result": {"balance": "float:-200:9000:2", "currency": "pool:currency"},
        "similar": ["list_transactions"],
    },
    {
        "name": "list_transactions",
        "descriptions": [
            "List recent account transactions.",
            "Show payments in and out, optionally filtered.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "since": {
                    "type": "string",
                    "description": "Only transactions on or after this date, YYYY-MM-DD.",
                },
                "min_amount": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Only transactions at least this large.",
                },
                "merchant": {
                    "type": "string",
                    "description": "Only transactions with this merchant.",
                },
            },
            "required": [],
        },
        "values": {"since": "date", "min_amount": "float:10:500:0", "merchant": "pool:store"},
        "requests": [
            "show my recent transactions",
            "what did I spend since {since}",
            "list payments over {min_amount}[ since {since}]",
            "how much have I spent at {merchant}",
            "transactions with {merchant}[ since {since}]",
            "any charges bigger than {min_amount}?",
            "show transactions since {since}",
            "what have I bought at {merchant}[ since {since}]",
        ],
        "result": {"count": "int:0:30", "total_spent": "float:0:2000:2"},
    },
]
