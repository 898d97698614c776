"""Legal and e-signature tools (signature requests, contracts, documents) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "legal_documents"

_ENVELOPES = "choice:ENV-5531|ENV-7720|ENV-1049|ENV-8816|ENV-3302"

TOOLS = [
    {
        "name": "send_for_signature",
        "descriptions": [
            "Send a document to one or more people for e-signature.",
            "Start an electronic signing request for a file.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "document": {"type": "string", "description": "File to be signed."},
                "signers": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Email addresses of the signers.",
                },
                "message": {"type": "string", "description": "Note shown to signers."},
                "deadline": {"type": "string", "description": "Date by which it must be signed."},
                "in_order": {
                    "type": "boolean",
                    "description": "Signers sign one after another in the given order.",
                },
            },
            "required": ["document", "signers"],
        },
        "values": {
            "document": "pool:file_name",
            "signers": "list:pool:email:1:3",
            "message": "choice:please sign by Friday|final version attached|as agreed in the meeting",
            "deadline": "date",
            "in_order": "bool",
        },
        "say": {
            "in_order": {
                "true": ["in that order", "one after another"],
                "false": ["in any order", "all at once"],
            }
        },
        "requests": [
            "send {document} to {signers} for signature[ by {deadline}]",
            "get {signers} to e-sign {document}[ {in_order}]",
            "request signatures on {document} from {signers}[ with the message '{message}']",
            "can you send {document} out for signing? signers: {signers}",
            "{document} → sign → {signers}",
            "please have {signers} sign {document}[, due {deadline}][, {in_order}]",
            "[{message} - ]signature request for {document}, {signers}",
            "{signers} need to sign {document}[ before {deadline}]",
        ],
        "similar": ["send_signature_reminder", "send_invoice", "draft_contract_from_template"],
    },
    {
        "name": "check_signature_status",
        "descriptions": [
            "Check who has signed an e-signature envelope.",
            "Get the status of a signing request.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "envelope_id": {"type": "string", "description": "Signing request ID."},
            },
            "required": ["envelope_id"],
        },
        "values": {"envelope_id": _ENVELOPES},
        "requests": [
            "has {envelope_id} been signed?",
            "status of {envelope_id}",
            "who still needs to sign {envelope_id}?",
            "check signing progress on {envelope_id}",
            "is envelope {envelope_id} complete?",
            "{envelope_id} - signed yet?",
            "can you see where {envelope_id} is at?",
            "did everyone sign {envelope_id}",
        ],
        "similar": ["send_signature_reminder", "download_signed_document", "get_pipeline_status"],
    },
    {
        "name": "send_signature_reminder",
        "descriptions": [
            "Remind signers who haven't signed yet.",
            "Nudge pending signers of an envelope.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "envelope_id": {"type": "string", "description": "Signing request ID."},
                "signer_email": {"type": "string", "description": "Remind only this signer."},
            },
            "required": ["envelope_id"],
        },
        "values": {"envelope_id": _ENVELOPES, "signer_email": "pool:email"},
        "requests": [
            "remind the signers of {envelope_id}",
            "nudge[ {signer_email} on] {envelope_id}",
            "{envelope_id} is still waiting - send a reminder[ to {signer_email}]",
            "can you chase signatures on {envelope_id}?",
            "ping[ {signer_email} about] {envelope_id} again",
            "please resend the signing reminder for {envelope_id}",
            "[only {signer_email}: ]reminder for {envelope_id}",
            "follow up on envelope {envelope_id}[ with {signer_email}]",
        ],
        "similar": ["send_payment_reminder", "check_signature_status", "send_for_signature"],
    },
    {
        "name": "void_signature_request",
        "descriptions": [
            "Cancel a signing request so it can no longer be signed.",
            "Void an e-signature envelope.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "envelope_id": {"type": "string", "description": "Signing request ID."},
                "reason": {"type": "string", "description": "Why it is voided."},
            },
            "required": ["envelope_id", "reason"],
        },
        "values": {
            "envelope_id": _ENVELOPES,
            "reason": "choice:wrong version sent|terms changed|signer left the company|deal fell through",
        },
        "requests": [
            "void {envelope_id} - {reason}",
            "cancel signing request {envelope_id} because {reason}",
            "{reason}, so kill envelope {envelope_id}",
            "can you void {envelope_id}? reason: {reason}",
            "please withdraw {envelope_id} ({reason})",
            "{envelope_id}: void, {reason}",
            "stop {envelope_id} from being signed, {reason}",
            "retract envelope {envelope_id}; the reason is {reason}",
        ],
        "similar": ["void_invoice", "check_signature_status"],
    },
    {
        "name": "draft_contract_from_template",
        "descriptions": [
            "Generate a contract from a standard template.",
            "Draft an NDA, services or employment agreement for a counterparty.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "template": {
                    "type": "string",
                    "enum": ["nda", "master_services", "employment", "consulting"],
                    "description": "Contract template.",
                },
                "counterparty": {"type": "string", "description": "Other party to the contract."},
                "effective_date": {"type": "string", "description": "Date the contract starts."},
                "governing_law": {
                    "type": "string",
                    "description": "Jurisdiction whose law applies.",
                },
                "mutual": {"type": "boolean", "description": "Obligations apply to both parties."},
            },
            "required": ["template", "counterparty"],
        },
        "values": {
            "template": "enum",
            "counterparty": "pool:company",
            "effective_date": "date",
            "governing_law": "choice:England and Wales|New York|Delaware|Ontario|Germany",
            "mutual": "bool",
        },
        "say": {
            "template": {
                "nda": ["NDA", "non-disclosure agreement"],
                "master_services": ["master services agreement", "MSA"],
                "employment": ["employment contract"],
                "consulting": ["consulting agreement"],
            },
            "mutual": {
                "true": ["mutual", "two-way"],
                "false": ["one-way", "one-sided"],
            },
        },
        "requests": [
            "draft a[ {mutual}] {template} with {counterparty}[ effective {effective_date}]",
            "generate a {template} for {counterparty}[ under {governing_law} law]",
            "I need a {template} with {counterparty}",
            "can you prepare the {template} for {counterparty}?[ It starts {effective_date}.]",
            "{template} / {counterparty}[ / {governing_law}]",
            "please create a {template} between us and {counterparty}[, {mutual}]",
            "[governed by {governing_law}: ]{counterparty} {template}",
            "we're starting work with {counterparty} - draw up a {template}[ from {effective_date}]",
        ],
        "similar": ["send_for_signature", "search_contracts"],
    },
    {
        "name": "search_contracts",
        "descriptions": [
            "Search signed contracts by counterparty or expiry.",
            "Find agreements that are active, expired or expiring soon.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "counterparty": {"type": "string", "description": "Other party."},
                "status": {
                    "type": "string",
                    "enum": ["active", "expired", "draft"],
                    "description": "Contract status.",
                },
                "expiring_within_days": {
                    "type": "integer",
                    "description": "Only contracts ending within this many days.",
                },
            },
            "required": [],
        },
        "values": {
            "counterparty": "pool:company",
            "status": "enum",
            "expiring_within_days": "int:7:365",
        },
        "requests": [
            "find contracts[ with {counterparty}]",
            "which[ {status}] contracts do we have[ with {counterparty}]?",
            "contracts[ expiring in the next {expiring_within_days} days], please",
            "show[ {status}] agreements[ for {counterparty}]",
            "what contracts run out[ within {expiring_within_days} days]?",
            "can you search our contracts[ for {counterparty}][, status {status}]?",
            "list every agreement",
            "[{status} ]contract search[: {counterparty}]",
        ],
        "similar": ["draft_contract_from_template", "search_tickets"],
    },
    {
        "name": "download_signed_document",
        "descriptions": [
            "Download the completed, signed copy of an envelope.",
            "Get the final signed document as PDF or DOCX.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "envelope_id": {"type": "string", "description": "Signing request ID."},
                "file_format": {
                    "type": "string",
                    "enum": ["pdf", "docx"],
                    "description": "File format.",
                },
                "include_audit_trail": {
                    "type": "boolean",
                    "description": "Append the signing certificate and audit trail.",
                },
            },
            "required": ["envelope_id"],
        },
        "values": {"envelope_id": _ENVELOPES, "file_format": "enum", "include_audit_trail": "bool"},
        "say": {
            "file_format": {"pdf": ["PDF"], "docx": ["Word", "DOCX"]},
            "include_audit_trail": {
                "true": ["with the audit trail", "including the certificate"],
                "false": ["without the audit trail", "just the document"],
            },
        },
        "requests": [
            "download the signed {envelope_id}[ as {file_format}]",
            "get me the final copy of {envelope_id}[ {include_audit_trail}]",
            "I need the executed document from {envelope_id}",
            "save {envelope_id}[ in {file_format}]",
            "can you fetch the signed version of {envelope_id}[, {include_audit_trail}]?",
            "{envelope_id} signed copy[ ({file_format})]",
            "please export {envelope_id}[ to {file_format}][ {include_audit_trail}]",
            "[{file_format}: ]completed document for {envelope_id}",
        ],
        "similar": ["check_signature_status", "export_dataset"],
    },
]
