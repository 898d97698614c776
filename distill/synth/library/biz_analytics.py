"""Analytics tools (reports, KPIs, dashboards, exports, funnels) for the offline synthetic
library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "analytics"

_KPIS = "choice:daily active users|churn rate|average order value|conversion rate|monthly recurring revenue|net promoter score"
_PERIODS = [
    "today",
    "yesterday",
    "this_week",
    "last_week",
    "this_month",
    "last_month",
    "this_quarter",
]
_PERIOD_SAY = {
    "this_week": ["this week"],
    "last_week": ["last week"],
    "this_month": ["this month"],
    "last_month": ["last month"],
    "this_quarter": ["this quarter"],
}
_REPORTS = "choice:weekly sales|signup sources|regional revenue|support volume|marketing spend"

TOOLS = [
    {
        "name": "run_saved_report",
        "descriptions": [
            "Run a saved analytics report for a date range.",
            "Generate a named report between two dates.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "report_name": {"type": "string", "description": "Name of the saved report."},
                "start_date": {"type": "string", "description": "First day of the range."},
                "end_date": {"type": "string", "description": "Last day of the range."},
                "group_by": {
                    "type": "string",
                    "enum": ["day", "week", "month"],
                    "description": "Time bucket for the rows.",
                },
            },
            "required": ["report_name", "start_date", "end_date"],
        },
        "values": {
            "report_name": _REPORTS,
            "start_date": "date",
            "end_date": "date",
            "group_by": "enum",
        },
        "requests": [
            "run the {report_name} report from {start_date} to {end_date}[ by {group_by}]",
            "{report_name} for {start_date} - {end_date}",
            "can you pull the {report_name} report between {start_date} and {end_date}[, grouped per {group_by}]?",
            "I need {report_name} numbers covering {start_date} through {end_date}",
            "generate '{report_name}' ({start_date} to {end_date})[, one row per {group_by}]",
            "please produce the {report_name} report for the range {start_date}..{end_date}",
            "[per {group_by}: ]{report_name}, {start_date} → {end_date}",
            "what does {report_name} look like from {start_date} until {end_date}?",
        ],
        "similar": ["schedule_report_email", "get_kpi_value", "export_dataset"],
    },
    {
        "name": "get_kpi_value",
        "descriptions": [
            "Get the current value of a business KPI for a period.",
            "Look up one key metric such as churn or conversion.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "kpi": {"type": "string", "description": "Name of the KPI."},
                "period": {"type": "string", "enum": _PERIODS, "description": "Time period."},
            },
            "required": ["kpi", "period"],
        },
        "values": {"kpi": _KPIS, "period": "enum"},
        "say": {"period": _PERIOD_SAY},
        "requests": [
            "what's our {kpi} {period}?",
            "{kpi} for {period}",
            "how did {kpi} come out {period}?",
            "can you tell me the {kpi} number for {period}?",
            "give me {period}'s {kpi}",
            "{period}: {kpi}?",
            "check {kpi} - {period} please",
            "I'm curious about {kpi} {period}",
        ],
        "similar": ["compare_kpi_periods", "get_metric_series"],
    },
    {
        "name": "compare_kpi_periods",
        "descriptions": [
            "Compare a KPI between two periods.",
            "Show how a key metric changed from one period to another.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "kpi": {"type": "string", "description": "Name of the KPI."},
                "period_a": {"type": "string", "enum": _PERIODS, "description": "First period."},
                "period_b": {"type": "string", "enum": _PERIODS, "description": "Second period."},
            },
            "required": ["kpi", "period_a", "period_b"],
        },
        "values": {"kpi": _KPIS, "period_a": "enum", "period_b": "enum"},
        "say": {"period_a": _PERIOD_SAY, "period_b": _PERIOD_SAY},
        "requests": [
            "compare {kpi} {period_a} vs {period_b}",
            "how does {kpi} {period_a} stack up against {period_b}?",
            "{kpi}: {period_a} compared with {period_b}",
            "did {kpi} go up or down between {period_a} and {period_b}?",
            "show the change in {kpi} from {period_a} to {period_b}",
            "can you put {period_a}'s {kpi} next to {period_b}'s?",
            "{period_a} versus {period_b} for {kpi}, please",
            "I want a {kpi} comparison, {period_a} against {period_b}",
        ],
        "similar": ["get_kpi_value", "compare_stock_returns"],
    },
    {
        "name": "create_dashboard",
        "descriptions": [
            "Create a new analytics dashboard with some widgets.",
            "Build a dashboard and optionally share it.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "description": "Dashboard title."},
                "widgets": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["revenue", "signups", "churn", "traffic", "conversion"],
                    },
                    "description": "Widgets to place on the dashboard.",
                },
                "share_with": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Email addresses that get view access.",
                },
            },
            "required": ["title", "widgets"],
        },
        "values": {
            "title": "choice:Exec overview|Growth weekly|Support health|Q3 launch|Finance board",
            "widgets": "list:choice:revenue|signups|churn|traffic|conversion:1:3",
            "share_with": "list:pool:email:1:2",
        },
        "requests": [
            "create a dashboard called {title} with {widgets}[ and share it with {share_with}]",
            "new dashboard '{title}': {widgets}",
            "build me a {title} board showing {widgets}",
            "can you set up a dashboard named {title} that tracks {widgets}?[ Give {share_with} access.]",
            "dashboard {title} - widgets {widgets}[ - share {share_with}]",
            'I\'d like a dashboard, title "{title}", with charts for {widgets}',
            "please make the {title} dashboard ({widgets})[ and send it to {share_with}]",
            "{widgets} on one dashboard, call it {title}",
        ],
        "similar": ["add_dashboard_widget", "run_saved_report"],
    },
    {
        "name": "add_dashboard_widget",
        "descriptions": [
            "Add a chart widget to an existing dashboard.",
            "Put a new chart for a metric onto a dashboard.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "dashboard": {"type": "string", "description": "Dashboard to edit."},
                "metric": {"type": "string", "description": "Metric the chart shows."},
                "chart_type": {
                    "type": "string",
                    "enum": ["line", "bar", "pie", "table"],
                    "description": "Kind of chart.",
                },
            },
            "required": ["dashboard", "metric", "chart_type"],
        },
        "values": {
            "dashboard": "choice:Exec overview|Growth weekly|Support health|Q3 launch|Finance board",
            "metric": _KPIS,
            "chart_type": "enum",
        },
        "requests": [
            "add a {chart_type} chart of {metric} to {dashboard}",
            "put {metric} on the {dashboard} dashboard as a {chart_type}",
            "{dashboard}: new {chart_type} widget for {metric}",
            "can you add {metric} to {dashboard}? a {chart_type} chart is fine",
            "I want to see {metric} in {dashboard}, {chart_type} please",
            "please drop a {chart_type} showing {metric} into the {dashboard} board",
            "{chart_type} of {metric} → {dashboard}",
            "on {dashboard}, chart {metric} ({chart_type})",
        ],
        "similar": ["create_dashboard", "get_kpi_value"],
    },
    {
        "name": "schedule_report_email",
        "descriptions": [
            "Email a saved report to people on a schedule.",
            "Subscribe recipients to a recurring report email.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "report_name": {"type": "string", "description": "Saved report to send."},
                "recipients": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Email addresses to send it to.",
                },
                "frequency": {
                    "type": "string",
                    "enum": ["daily", "weekly", "monthly"],
                    "description": "How often it is sent.",
                },
                "send_time": {"type": "string", "description": "Time of day to send."},
            },
            "required": ["report_name", "recipients", "frequency"],
        },
        "values": {
            "report_name": _REPORTS,
            "recipients": "list:pool:email:1:3",
            "frequency": "enum",
            "send_time": "time",
        },
        "requests": [
            "email the {report_name} report to {recipients} {frequency}[ at {send_time}]",
            "schedule {report_name} {frequency} for {recipients}",
            "send {recipients} the {report_name} report on a {frequency} basis[ at {send_time}]",
            "can you set up a {frequency} email of {report_name} to {recipients}?",
            "{frequency} {report_name} → {recipients}[ @ {send_time}]",
            "please have {report_name} mailed {frequency} to {recipients}",
            "subscribe {recipients} to {report_name}, {frequency}[, {send_time}]",
            "[at {send_time} ]{frequency}: {report_name} to {recipients}",
        ],
        "similar": ["run_saved_report", "schedule_campaign"],
    },
    {
        "name": "export_dataset",
        "descriptions": [
            "Export an analytics dataset to a file.",
            "Download a dataset as CSV, Parquet or JSON with an optional filter.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "dataset": {"type": "string", "description": "Dataset to export."},
                "file_format": {
                    "type": "string",
                    "enum": ["csv", "parquet", "json"],
                    "description": "Output file format.",
                },
                "filter": {
                    "type": "object",
                    "description": "Row filter applied before export.",
                    "properties": {
                        "country": {"type": "string", "description": "Only rows for this country."},
                        "since": {
                            "type": "string",
                            "description": "Only rows on or after this date.",
                        },
                    },
                    "required": ["country", "since"],
                },
            },
            "required": ["dataset", "file_format"],
        },
        "values": {
            "dataset": "choice:web-sessions|orders|signups|ad-clicks|support-tickets",
            "file_format": "enum",
            "filter": {"country": "pool:country", "since": "date"},
        },
        "requests": [
            "export {dataset} as {file_format}[ for {filter.country} since {filter.since}]",
            "download the {dataset} dataset in {file_format}",
            "give me a {file_format} of {dataset}[, only {filter.country}, from {filter.since} on]",
            "can you dump {dataset} to {file_format}?",
            "{dataset} → {file_format}[ (country {filter.country}, after {filter.since})]",
            "please export the {dataset} table as a {file_format} file",
            "[filtered to {filter.country} from {filter.since}, ]export {dataset} in {file_format} format",
            "I need {dataset} as {file_format} for a spreadsheet",
        ],
        "similar": ["run_saved_report", "download_signed_document"],
    },
]
