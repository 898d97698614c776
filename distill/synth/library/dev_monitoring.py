"""Monitoring tools (metric alerts, incidents, logs, uptime, on-call) for the offline synthetic
library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "monitoring"

_SERVICES = (
    "choice:checkout-api|auth-service|search-worker|billing-api|web-frontend|payments-gateway"
)
_METRICS = "choice:cpu usage|memory usage|error rate|p99 latency|queue depth|disk usage"
_ONCALL = "choice:platform|payments|data-eng|mobile|sre|frontend"

TOOLS = [
    {
        "name": "create_metric_alert",
        "descriptions": [
            "Create an alert that fires when a metric crosses a threshold.",
            "Set up a monitoring rule on a service metric.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Service whose metric is watched."},
                "metric": {"type": "string", "description": "Metric name."},
                "comparison": {
                    "type": "string",
                    "enum": ["above", "below"],
                    "description": "Fire when the metric goes above or below the threshold.",
                },
                "threshold": {"type": "number", "description": "Threshold value."},
                "window_minutes": {
                    "type": "integer",
                    "description": "How long the condition must hold before firing.",
                },
                "channel": {"type": "string", "description": "Where notifications go."},
            },
            "required": ["service", "metric", "comparison", "threshold"],
        },
        "values": {
            "service": _SERVICES,
            "metric": _METRICS,
            "comparison": "enum",
            "threshold": "float:0:100:1",
            "window_minutes": "int:1:60",
            "channel": "choice:#ops-alerts|#oncall|pagerduty|email",
        },
        "requests": [
            "alert me when {metric} on {service} goes {comparison} {threshold}[ for {window_minutes} minutes]",
            "create an alert: {service} {metric} {comparison} {threshold}[, notify {channel}]",
            "set up monitoring so that if {service}'s {metric} is {comparison} {threshold}[ for {window_minutes} min] we hear about it",
            "new alert rule on {service}: {metric} {comparison} {threshold}",
            "{comparison} {threshold} on {metric} for {service} should trigger an alert[ in {channel}]",
            "if {metric} gets {comparison} {threshold} in {service}, I want a warning[ sent to {channel}]",
            "I want an alarm on {metric} ({service}) whenever it's {comparison} {threshold}[, sustained {window_minutes} minutes]",
            "{service} / {metric} / {comparison} {threshold}[ / {channel}] - add that alert",
        ],
        "similar": ["silence_alert", "list_active_alerts", "set_price_alert"],
    },
    {
        "name": "silence_alert",
        "descriptions": [
            "Mute an alert for a period of time.",
            "Temporarily silence notifications from an alert rule.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "alert_name": {"type": "string", "description": "Name of the alert to mute."},
                "duration_minutes": {"type": "integer", "description": "How long to mute it."},
                "reason": {"type": "string", "description": "Why it is being muted."},
            },
            "required": ["alert_name", "duration_minutes"],
        },
        "values": {
            "alert_name": "choice:HighErrorRate|DiskAlmostFull|LatencySLOBurn|PodCrashLooping|QueueBacklog",
            "duration_minutes": "int:5:480",
            "reason": "choice:planned maintenance|known issue being fixed|load test running|false positive",
        },
        "requests": [
            "silence {alert_name} for {duration_minutes} minutes[ - {reason}]",
            "mute the {alert_name} alert for {duration_minutes} min",
            "stop {alert_name} from paging for the next {duration_minutes} minutes[, {reason}]",
            "can you snooze {alert_name}? {duration_minutes} minutes is enough",
            "{alert_name}: quiet for {duration_minutes}m[ ({reason})]",
            "[because of {reason}, ]please silence {alert_name} for {duration_minutes} minutes",
            "shh {alert_name} {duration_minutes} minutes",
            "I'm tired of {alert_name} going off, mute it {duration_minutes} minutes",
        ],
        "similar": ["acknowledge_incident", "create_metric_alert"],
    },
    {
        "name": "acknowledge_incident",
        "descriptions": [
            "Acknowledge an open incident so it stops escalating.",
            "Mark an incident as seen by the responder.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "incident_id": {"type": "integer", "description": "Incident number."},
                "note": {"type": "string", "description": "Optional note for the timeline."},
            },
            "required": ["incident_id"],
        },
        "values": {
            "incident_id": "int:100:99999",
            "note": "choice:looking into it|on my laptop now|rolling back|DB team engaged",
        },
        "requests": [
            "ack incident {incident_id}[ - {note}]",
            "acknowledge #{incident_id}",
            "I've got incident {incident_id}[, note: {note}]",
            "can you acknowledge incident number {incident_id} for me?",
            "mark {incident_id} as acknowledged",
            "taking {incident_id}[; {note}]",
            "please ack the incident {incident_id} so it stops paging",
            "incident {incident_id} ack[ '{note}']",
        ],
        "similar": ["silence_alert", "page_on_call", "escalate_ticket"],
    },
    {
        "name": "search_logs",
        "descriptions": [
            "Search application logs of a service.",
            "Query recent log lines by text and level.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Service whose logs are searched."},
                "query": {"type": "string", "description": "Text to look for."},
                "level": {
                    "type": "string",
                    "enum": ["debug", "info", "warn", "error"],
                    "description": "Minimum log level.",
                },
                "since_minutes": {"type": "integer", "description": "Look back this many minutes."},
                "limit": {"type": "integer", "description": "Maximum lines returned."},
            },
            "required": ["service", "query"],
        },
        "values": {
            "service": _SERVICES,
            "query": "choice:timeout|connection refused|NullPointerException|rate limited|OOMKilled|invalid token",
            "level": "enum",
            "since_minutes": "int:5:1440",
            "limit": "int:10:500",
        },
        "requests": [
            "search {service} logs for '{query}'[ in the last {since_minutes} minutes]",
            "grep {service} for {query}[, {level} and up]",
            "any '{query}' in the {service} logs[ over the past {since_minutes} min]?",
            "find log lines with {query} from {service}[, max {limit}]",
            "show me[ {level}] {service} logs mentioning {query}",
            "{service} logs: {query}[ / level {level}][ / {limit} lines]",
            'can you look through the {service} logs for "{query}"?',
            "did {service} log {query}[ in the last {since_minutes} minutes]?",
        ],
        "similar": ["get_build_logs", "search_tickets", "get_metric_series"],
    },
    {
        "name": "get_service_uptime",
        "descriptions": [
            "Report a service's availability percentage.",
            "Get the uptime of a service over the last days.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Service to report on."},
                "days": {"type": "integer", "description": "Length of the window in days."},
            },
            "required": ["service"],
        },
        "values": {"service": _SERVICES, "days": "int:1:90"},
        "requests": [
            "what's the uptime of {service}[ over the last {days} days]?",
            "{service} availability[ for {days} days]",
            "how reliable has {service} been[ in the past {days} days]?",
            "give me the uptime percentage for {service}",
            "did {service} meet its SLA[ these last {days} days]?",
            "uptime {service}[ {days}d]",
            "can you check how much downtime {service} had[ over {days} days]?",
            "report {service}'s availability please",
        ],
        "similar": ["get_metric_series", "get_pipeline_status"],
    },
    {
        "name": "get_metric_series",
        "descriptions": [
            "Fetch a time series of a metric for a service.",
            "Return metric values over a recent time window.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Service emitting the metric."},
                "metric": {"type": "string", "description": "Metric name."},
                "minutes": {"type": "integer", "description": "Window length in minutes."},
                "aggregation": {
                    "type": "string",
                    "enum": ["avg", "max", "min", "p95"],
                    "description": "How points are aggregated.",
                },
            },
            "required": ["service", "metric", "minutes"],
        },
        "values": {
            "service": _SERVICES,
            "metric": _METRICS,
            "minutes": "int:5:1440",
            "aggregation": "enum",
        },
        "say": {"aggregation": {"avg": ["average"], "max": ["maximum"], "min": ["minimum"]}},
        "requests": [
            "show {metric} for {service} over the last {minutes} minutes[ ({aggregation})]",
            "graph {service} {metric}, past {minutes} min",
            "what has {service}'s {metric} looked like in the last {minutes} minutes?",
            "[{aggregation} ]{metric} of {service} for {minutes} minutes",
            "pull the {metric} series for {service} ({minutes} minutes)[, use {aggregation}]",
            "can I see {service} {metric} for the previous {minutes} minutes?",
            "{service}: {metric}, {minutes}m window[, {aggregation}]",
            "how did {metric} trend on {service} during the last {minutes} minutes",
        ],
        "similar": ["get_service_uptime", "get_kpi_value", "search_logs"],
    },
    {
        "name": "page_on_call",
        "descriptions": [
            "Page the on-call engineer of a team.",
            "Send an urgent page to whoever is on call.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "team": {"type": "string", "description": "Team whose on-call is paged."},
                "message": {"type": "string", "description": "What the page says."},
                "severity": {
                    "type": "string",
                    "enum": ["sev1", "sev2", "sev3"],
                    "description": "Incident severity.",
                },
            },
            "required": ["team", "message"],
        },
        "values": {
            "team": _ONCALL,
            "message": "choice:checkout is down|database replication lag|certificates expire tonight|error spike after deploy",
            "severity": "enum",
        },
        "say": {"severity": {"sev1": ["SEV1", "sev 1"], "sev2": ["SEV2"], "sev3": ["SEV3"]}},
        "requests": [
            "page {team} on-call: {message}[ ({severity})]",
            "wake up whoever is on call for {team}, {message}",
            "send a[ {severity}] page to the {team} team saying '{message}'",
            "can you page {team}? {message}",
            "{message} - get {team} on it[, {severity}]",
            'please alert the {team} on-call engineer: "{message}"',
            "[{severity}: ]{team} needs to know {message}, page them",
            "ping {team}'s pager with {message}",
        ],
        "similar": ["acknowledge_incident", "escalate_ticket"],
    },
    {
        "name": "list_active_alerts",
        "descriptions": [
            "List alerts that are currently firing.",
            "Show open alerts, optionally for one service or severity.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Only alerts for this service."},
                "severity": {
                    "type": "string",
                    "enum": ["critical", "warning", "info"],
                    "description": "Only alerts of this severity.",
                },
            },
            "required": [],
        },
        "values": {"service": _SERVICES, "severity": "enum"},
        "requests": [
            "what alerts are firing[ for {service}]?",
            "list active[ {severity}] alerts",
            "anything on fire right now[ in {service}]?",
            "show me the open alerts[ - {severity} only]",
            "current alerts[ on {service}][, severity {severity}]",
            "are there any[ {severity}] alarms going off[ for {service}]?",
            "give me a rundown of firing alerts",
            "which alerts are active at the moment[ for {service}]",
        ],
        "similar": ["create_metric_alert", "silence_alert"],
    },
]
