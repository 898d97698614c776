"""Marketing tools (email campaigns, mailing lists, segments, A/B tests, stats) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "marketing"

_CAMPAIGNS = "choice:Spring Sale|Product Launch|Winback Q2|Black Friday Teaser|Webinar Invite"
_LISTS = "choice:newsletter|beta testers|customers EU|trial users|event attendees"

TOOLS = [
    {
        "name": "create_email_campaign",
        "descriptions": [
            "Create a draft email campaign for a mailing list.",
            "Set up a marketing email with a subject line and audience.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Internal campaign name."},
                "subject": {"type": "string", "description": "Email subject line."},
                "list_name": {"type": "string", "description": "Mailing list to send to."},
                "template": {
                    "type": "string",
                    "enum": ["plain", "newsletter", "promo", "announcement"],
                    "description": "Layout template.",
                },
            },
            "required": ["name", "subject", "list_name"],
        },
        "values": {
            "name": _CAMPAIGNS,
            "subject": "choice:Your exclusive offer inside|Meet our newest feature|We miss you|Last chance to save|Save your seat",
            "list_name": _LISTS,
            "template": "enum",
        },
        "requests": [
            "create a campaign called {name} to {list_name} with subject '{subject}'",
            'new email campaign {name}: subject "{subject}", list {list_name}[, {template} template]',
            "draft an email to the {list_name} list titled {subject} - campaign name {name}",
            "can you set up the {name} campaign? Audience {list_name}, subject line {subject}",
            "{name} / {list_name} / {subject}[ / {template}]",
            "please build a[ {template}] mailing named {name} for {list_name} with the subject {subject}",
            "I want to email {list_name} about '{subject}' - make a campaign, call it {name}",
            "[use the {template} layout: ]campaign {name}, list {list_name}, subject {subject}",
        ],
        "similar": ["schedule_campaign", "send_campaign_now", "create_discount_code"],
    },
    {
        "name": "schedule_campaign",
        "descriptions": [
            "Schedule an email campaign to go out at a later date and time.",
            "Queue a campaign for a future send.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "campaign": {"type": "string", "description": "Campaign name."},
                "date": {"type": "string", "description": "Send date."},
                "time": {"type": "string", "description": "Send time."},
                "recipient_timezone": {
                    "type": "boolean",
                    "description": "Deliver at that time in each recipient's own time zone.",
                },
            },
            "required": ["campaign", "date", "time"],
        },
        "values": {
            "campaign": _CAMPAIGNS,
            "date": "date",
            "time": "time",
            "recipient_timezone": "bool",
        },
        "say": {
            "recipient_timezone": {
                "true": ["in each recipient's local time", "local time per subscriber"],
                "false": ["in our time zone", "one global send time"],
            }
        },
        "requests": [
            "schedule {campaign} for {date} at {time}[ {recipient_timezone}]",
            "send {campaign} on {date} at {time}",
            "queue the {campaign} email for {time}, {date}",
            "can {campaign} go out {date} {time}[, {recipient_timezone}]?",
            "{campaign}: {date} {time}",
            "please set {campaign} to send at {time} on {date}",
            "[{recipient_timezone}: ]{campaign} goes out {date}, {time}",
            "let's have {campaign} land in inboxes on {date} at {time}",
        ],
        "similar": ["send_campaign_now", "schedule_report_email"],
    },
    {
        "name": "send_campaign_now",
        "descriptions": [
            "Send an email campaign immediately.",
            "Launch a drafted campaign right away, optionally as a test first.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "campaign": {"type": "string", "description": "Campaign name."},
                "test_email": {
                    "type": "string",
                    "description": "Send only a test copy to this address.",
                },
            },
            "required": ["campaign"],
        },
        "values": {"campaign": _CAMPAIGNS, "test_email": "pool:email"},
        "requests": [
            "send {campaign} now",
            "launch the {campaign} campaign",
            "blast {campaign} out right away",
            "send {campaign}[ as a test to {test_email}]",
            "can you push {campaign} live[ - test to {test_email} only]?",
            "{campaign} go!",
            "please send {campaign} immediately[, just to {test_email} as a test]",
            "[test copy to {test_email}: ]{campaign}, send",
        ],
        "similar": ["schedule_campaign", "create_email_campaign"],
    },
    {
        "name": "add_subscriber",
        "descriptions": [
            "Add an email address to a mailing list.",
            "Subscribe someone to a list, with optional double opt-in.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "email": {"type": "string", "description": "Subscriber's email."},
                "list_name": {"type": "string", "description": "Mailing list."},
                "first_name": {"type": "string", "description": "Subscriber's first name."},
                "double_opt_in": {
                    "type": "boolean",
                    "description": "Send a confirmation email before subscribing.",
                },
            },
            "required": ["email", "list_name"],
        },
        "values": {
            "email": "pool:email",
            "list_name": _LISTS,
            "first_name": "pool:first_name",
            "double_opt_in": "bool",
        },
        "say": {
            "double_opt_in": {
                "true": ["with double opt-in", "make them confirm first"],
                "false": ["without confirmation", "skip the opt-in email"],
            }
        },
        "requests": [
            "add {email} to {list_name}[ {double_opt_in}]",
            "subscribe {email}[ ({first_name})] to the {list_name} list",
            "put {email} on {list_name}",
            "can you sign {email} up for {list_name}?[ Their name is {first_name}.]",
            "{list_name} += {email}",
            "please add {email}[ (first name {first_name})] to our {list_name} mailing list[, {double_opt_in}]",
            "[{double_opt_in}: ]new subscriber {email} on {list_name}",
            "{email} wants to join {list_name}",
        ],
        "similar": ["remove_subscriber", "create_lead"],
    },
    {
        "name": "remove_subscriber",
        "descriptions": [
            "Unsubscribe an email address from a mailing list.",
            "Take someone off a marketing list.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "email": {"type": "string", "description": "Subscriber's email."},
                "list_name": {"type": "string", "description": "Mailing list."},
            },
            "required": ["email", "list_name"],
        },
        "values": {"email": "pool:email", "list_name": _LISTS},
        "requests": [
            "remove {email} from {list_name}",
            "unsubscribe {email} from the {list_name} list",
            "{email} asked to be taken off {list_name}",
            "can you drop {email} from {list_name}?",
            "take {email} off {list_name} please",
            "{list_name} -= {email}",
            "please stop emailing {email} on {list_name}",
            "opt {email} out of {list_name}",
        ],
        "similar": ["add_subscriber", "delete_git_branch"],
    },
    {
        "name": "get_campaign_stats",
        "descriptions": [
            "Get performance stats for a sent campaign.",
            "Report opens, clicks, bounces and unsubscribes of a campaign.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "campaign": {"type": "string", "description": "Campaign name."},
                "metrics": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["opens", "clicks", "bounces", "unsubscribes", "revenue"],
                    },
                    "description": "Metrics to include.",
                },
            },
            "required": ["campaign"],
        },
        "values": {
            "campaign": _CAMPAIGNS,
            "metrics": "list:choice:opens|clicks|bounces|unsubscribes|revenue:1:3",
        },
        "requests": [
            "how did {campaign} do?",
            "stats for {campaign}[: {metrics}]",
            "show[ {metrics} for] the {campaign} campaign results",
            "what were the results of {campaign}[ - {metrics}]?",
            "can you pull the {campaign} report[ with {metrics}]?",
            "{campaign} performance[ ({metrics})]",
            "[{metrics} - ]numbers for {campaign} please",
            "did people open {campaign}?",
        ],
        "similar": ["get_kpi_value", "create_email_campaign"],
    },
    {
        "name": "create_audience_segment",
        "descriptions": [
            "Create an audience segment from subscriber rules.",
            "Define a group of contacts by country and purchase count.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Segment name."},
                "rules": {
                    "type": "object",
                    "description": "Who belongs to the segment.",
                    "properties": {
                        "country": {"type": "string", "description": "Subscriber country."},
                        "min_purchases": {
                            "type": "integer",
                            "description": "Minimum past purchases.",
                        },
                    },
                    "required": ["country", "min_purchases"],
                },
                "dynamic": {
                    "type": "boolean",
                    "description": "Keep membership updated automatically.",
                },
            },
            "required": ["name", "rules"],
        },
        "values": {
            "name": "choice:loyal buyers|new markets|VIP|lapsed customers|high intent",
            "rules": {"country": "pool:country", "min_purchases": "int:1:20"},
            "dynamic": "bool",
        },
        "say": {
            "dynamic": {
                "true": ["auto-updating", "kept up to date automatically"],
                "false": ["a fixed snapshot", "static"],
            }
        },
        "requests": [
            "create a segment {name}: people in {rules.country} with at least {rules.min_purchases} purchases",
            "new audience '{name}' - {rules.country}, {rules.min_purchases}+ orders[, {dynamic}]",
            "segment customers from {rules.country} who bought {rules.min_purchases} times or more, call it {name}",
            "can you build a {name} segment of {rules.country} subscribers with {rules.min_purchases} or more purchases?",
            "{name} = country {rules.country} AND purchases >= {rules.min_purchases}",
            "please define an audience named {name} for {rules.country}, minimum {rules.min_purchases} purchases[, {dynamic}]",
            "[{dynamic}: ]{name} segment - {rules.country}, {rules.min_purchases} purchases min",
            "I want to target {rules.country} buyers with {rules.min_purchases}+ orders; save that as {name}",
        ],
        "similar": ["add_subscriber", "create_dashboard"],
    },
    {
        "name": "start_subject_line_test",
        "descriptions": [
            "Run an A/B test of subject lines on a campaign.",
            "Split-test two or three subject lines before the full send.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "campaign": {"type": "string", "description": "Campaign name."},
                "subjects": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Subject lines to compare.",
                },
                "test_percent": {
                    "type": "integer",
                    "description": "Share of the list used for the test, in percent.",
                },
            },
            "required": ["campaign", "subjects"],
        },
        "values": {
            "campaign": _CAMPAIGNS,
            "subjects": "list:choice:Don't miss this|A gift for you|New arrivals are here|Quick question|Ends tonight:2:3",
            "test_percent": "int:5:50",
        },
        "requests": [
            "A/B test {subjects} on {campaign}[ with {test_percent}% of the list]",
            "split test subject lines {subjects} for {campaign}",
            "try {subjects} as subjects for {campaign}[, {test_percent} percent test group]",
            "can you run a subject-line test on {campaign}: {subjects}?",
            "{campaign} - test {subjects}",
            "please compare {subjects} on a slice[ of {test_percent}%] of {campaign}",
            "[{test_percent}% sample: ]{campaign} subject test, {subjects}",
            "which works better for {campaign}: {subjects}? set up the test",
        ],
        "similar": ["create_email_campaign", "send_campaign_now"],
    },
]
