"""Database-administration tools (queries, schema, backups, grants, sessions) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "database_admin"

_DBS = "choice:orders-db|analytics|crm-prod|inventory|authdb|reporting-replica"
_TABLES = "choice:customers|orders|invoices|sessions|products|events|shipments"
_QUERIES = (
    "choice:SELECT count(*) FROM orders WHERE status = 'failed'"
    "|SELECT email FROM customers ORDER BY joined DESC LIMIT 20"
    "|SELECT sku, sum(qty) FROM lines GROUP BY sku"
    "|UPDATE products SET active = false WHERE stock = 0"
    "|DELETE FROM sessions WHERE expires < now()"
    "|SELECT * FROM invoices WHERE paid = false"
)

TOOLS = [
    {
        "name": "run_sql_query",
        "descriptions": [
            "Execute a SQL statement against a database and return the rows.",
            "Run a SQL query on one of the managed databases.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database to run against."},
                "sql": {"type": "string", "description": "The SQL statement."},
                "read_only": {
                    "type": "boolean",
                    "description": "Run inside a read-only transaction.",
                },
                "max_rows": {"type": "integer", "description": "Cap on the rows returned."},
            },
            "required": ["database", "sql"],
        },
        "values": {
            "database": _DBS,
            "sql": _QUERIES,
            "read_only": "bool",
            "max_rows": "int:10:10000",
        },
        "say": {
            "read_only": {
                "true": ["read-only", "in a read-only transaction"],
                "false": ["with writes allowed", "not read-only"],
            }
        },
        "requests": [
            "run this on {database}: {sql}",
            "execute `{sql}` against {database}[, {read_only}]",
            "on the {database} database please run {sql}[ and return at most {max_rows} rows]",
            'can you query {database} with "{sql}"?',
            "{database} > {sql}",
            "[{read_only}, ]run {sql} in {database}",
            "I need the result of {sql} from {database}[, limit {max_rows} rows]",
            "sql on {database}[ ({read_only})]: {sql}",
        ],
        "similar": ["explain_sql_query", "describe_table"],
    },
    {
        "name": "explain_sql_query",
        "descriptions": [
            "Show the execution plan of a SQL query without running it.",
            "Explain how the database would execute a query.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database whose planner is used."},
                "sql": {"type": "string", "description": "The SQL statement to explain."},
                "analyze": {
                    "type": "boolean",
                    "description": "Actually run the query to get real timings.",
                },
            },
            "required": ["database", "sql"],
        },
        "values": {"database": _DBS, "sql": _QUERIES, "analyze": "bool"},
        "say": {
            "analyze": {
                "true": ["with real timings", "and actually run it for timings"],
                "false": ["without executing it", "plan only"],
            }
        },
        "requests": [
            "explain {sql} on {database}[ {analyze}]",
            "what's the query plan for `{sql}` in {database}?",
            "why is {sql} slow on {database}? show the plan",
            "show me how {database} would execute {sql}[, {analyze}]",
            "EXPLAIN {sql} -- db {database}",
            'can you get the execution plan of "{sql}" from {database}[ {analyze}]?',
            "planner output for {sql} ({database}) please",
            "on {database}, explain this query[ {analyze}]: {sql}",
        ],
        "similar": ["run_sql_query", "show_commit_diff"],
    },
    {
        "name": "list_db_tables",
        "descriptions": [
            "List the tables in a database.",
            "Show which tables exist in a database schema.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database to inspect."},
                "schema": {"type": "string", "description": "Schema inside the database."},
                "include_views": {"type": "boolean", "description": "Also list views."},
            },
            "required": ["database"],
        },
        "values": {
            "database": _DBS,
            "schema": "choice:public|sales|staging|archive",
            "include_views": "bool",
        },
        "say": {
            "include_views": {
                "true": ["including views", "and the views too"],
                "false": ["tables only, no views", "excluding views"],
            }
        },
        "requests": [
            "list the tables in {database}[ under schema {schema}]",
            "what tables does {database} have[, {include_views}]?",
            "show tables {database}[.{schema}]",
            "can you tell me which tables exist in the {database} database[ ({include_views})]?",
            "{database}: table list[ for {schema}]",
            "enumerate tables of {database}[ in the {schema} schema][ {include_views}]",
            "I forgot what's in {database}, list the tables",
            "tables in {database} please",
        ],
        "similar": ["describe_table", "run_sql_query"],
    },
    {
        "name": "describe_table",
        "descriptions": [
            "Describe a table's columns, types and indexes.",
            "Show the structure of one database table.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database holding the table."},
                "table": {"type": "string", "description": "Table to describe."},
            },
            "required": ["database", "table"],
        },
        "values": {"database": _DBS, "table": _TABLES},
        "requests": [
            "describe {table} in {database}",
            "what columns does {database}.{table} have?",
            "show me the schema of the {table} table on {database}",
            "structure of {table} ({database})",
            "can you list the columns and indexes of {table} in {database}?",
            "{database} {table} columns",
            "I need to know what's in the {table} table of {database}",
            "desc {table} -- {database}",
        ],
        "similar": ["list_db_tables", "run_sql_query"],
    },
    {
        "name": "create_db_backup",
        "descriptions": [
            "Take a backup snapshot of a database.",
            "Back up a database now, optionally compressed.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database to back up."},
                "compress": {"type": "boolean", "description": "Compress the backup file."},
                "label": {"type": "string", "description": "Label to find the backup later."},
            },
            "required": ["database"],
        },
        "values": {
            "database": _DBS,
            "compress": "bool",
            "label": "choice:pre-migration|before-upgrade|weekly|end-of-quarter",
        },
        "say": {
            "compress": {
                "true": ["compressed", "with compression"],
                "false": ["uncompressed", "without compression"],
            }
        },
        "requests": [
            "back up {database}[ {compress}]",
            "take a snapshot of {database}[ labelled {label}]",
            "can you make a backup of the {database} database[ and call it {label}]?",
            "{database} backup now[, {compress}]",
            "before I run the migration, back up {database}[ as '{label}']",
            "please dump {database}[ ({compress})]",
            "snapshot {database}[ - {label}]",
            "I want a fresh backup of {database}",
        ],
        "similar": ["restore_db_backup", "set_bucket_lifecycle"],
    },
    {
        "name": "restore_db_backup",
        "descriptions": [
            "Restore a database from a backup.",
            "Load a saved database backup, optionally into a different database.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database the backup came from."},
                "backup_id": {"type": "string", "description": "Backup identifier."},
                "target_database": {
                    "type": "string",
                    "description": "Restore into this database instead of overwriting the original.",
                },
            },
            "required": ["database", "backup_id"],
        },
        "values": {
            "database": _DBS,
            "backup_id": "choice:bk-20240311-0200|bk-20240402-1330|bk-20231229-0000|bk-20240517-0615",
            "target_database": "choice:restore-test|scratch|orders-copy|staging-restore",
        },
        "requests": [
            "restore {database} from {backup_id}[ into {target_database}]",
            "roll {database} back to backup {backup_id}",
            "load backup {backup_id} of {database}[ as {target_database}]",
            "can you restore the {backup_id} snapshot for {database}?",
            "[into {target_database}: ]restore {backup_id} ({database})",
            "please bring back {database} using {backup_id}",
            "{database}: restore {backup_id}[ -> {target_database}]",
            "we lost data in {database}, restore from {backup_id}",
        ],
        "similar": ["create_db_backup", "rollback_deployment"],
    },
    {
        "name": "grant_db_privileges",
        "descriptions": [
            "Grant a database user privileges on a database.",
            "Give a user SELECT, INSERT, UPDATE or DELETE rights.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "username": {"type": "string", "description": "Database user."},
                "database": {"type": "string", "description": "Database the rights apply to."},
                "privileges": {
                    "type": "array",
                    "items": {"type": "string", "enum": ["SELECT", "INSERT", "UPDATE", "DELETE"]},
                    "description": "Privileges to grant.",
                },
            },
            "required": ["username", "database", "privileges"],
        },
        "values": {
            "username": "pool:username",
            "database": _DBS,
            "privileges": "list:choice:SELECT|INSERT|UPDATE|DELETE:1:3",
        },
        "requests": [
            "grant {privileges} on {database} to {username}",
            "give {username} {privileges} rights on {database}",
            "{username} needs {privileges} access to {database}",
            "can you let {username} do {privileges} in {database}?",
            "please add {privileges} privileges for user {username} on the {database} database",
            "GRANT {privileges} ON {database} TO {username}",
            "on {database}, {username} should get {privileges}",
            "set {username} up with {privileges} for {database}",
        ],
        "similar": ["run_sql_query", "kill_db_session"],
    },
    {
        "name": "kill_db_session",
        "descriptions": [
            "Terminate a database session or connection.",
            "End a stuck database backend by its process id.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "database": {"type": "string", "description": "Database the session is on."},
                "session_id": {"type": "integer", "description": "Process id of the session."},
            },
            "required": ["database", "session_id"],
        },
        "values": {"database": _DBS, "session_id": "int:100:65000"},
        "requests": [
            "kill session {session_id} on {database}",
            "terminate pid {session_id} in {database}",
            "{database} has a stuck query from {session_id}, end it",
            "can you close connection {session_id} on the {database} database?",
            "please cancel backend {session_id} ({database})",
            "{database}: kill {session_id}",
            "session {session_id} is holding a lock on {database} - terminate it",
            "drop the {database} connection with id {session_id}",
        ],
        "similar": ["cancel_pipeline_run", "grant_db_privileges"],
    },
]
