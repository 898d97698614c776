"""Cloud-resource tools (virtual machines, storage buckets, DNS, cost) for the offline synthetic
library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "cloud_resources"

_VMS = "choice:web-01|build-runner-3|db-replica-2|api-node-7|batch-worker|jump-host"
_TYPES = "choice:small-2cpu|standard-4cpu|standard-8cpu|highmem-16cpu|gpu-a100-1"
_REGIONS = "choice:eu-west-1|us-east-2|ap-southeast-1|eu-central-1|us-west-1"
_BUCKETS = "choice:acme-backups|media-uploads-prod|logs-archive-2024|static-site-assets|ml-datasets"
_ZONES = "choice:example.com|shop.example.org|internal.corp.net|myapp.io"

TOOLS = [
    {
        "name": "launch_vm",
        "descriptions": [
            "Create and start a new virtual machine.",
            "Provision a cloud VM of a given machine type in a region.",
            "Spin up a compute instance.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Name of the new VM."},
                "machine_type": {"type": "string", "description": "Size of the VM."},
                "region": {"type": "string", "description": "Region to create it in."},
                "disk_gb": {"type": "integer", "description": "Boot disk size in GB."},
                "spot": {
                    "type": "boolean",
                    "description": "Use a cheaper spot instance that may be reclaimed.",
                },
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Tags attached to the VM.",
                },
            },
            "required": ["name", "machine_type", "region"],
        },
        "values": {
            "name": _VMS,
            "machine_type": _TYPES,
            "region": _REGIONS,
            "disk_gb": "int:20:1000",
            "spot": "bool",
            "tags": "list:choice:prod|staging|team-data|temporary|ci:1:2",
        },
        "say": {
            "spot": {
                "true": ["as a spot instance", "on spot pricing"],
                "false": ["on-demand", "not spot"],
            }
        },
        "requests": [
            "launch a VM called {name}, {machine_type}, in {region}[ with a {disk_gb} GB disk]",
            "spin up {name} ({machine_type}) in {region}[ {spot}]",
            "create an instance {name} of type {machine_type} in region {region}[, tags {tags}]",
            "I need a new {machine_type} box named {name} in {region}[, {disk_gb}GB of disk][, {spot}]",
            "can you provision {name} on {machine_type} hardware in {region}?",
            "new vm: {name} / {machine_type} / {region}",
            "in {region}, bring up a {machine_type} machine and name it {name}[ {spot}]",
            "please start a fresh server {name} in {region}, size {machine_type}[, tagged {tags}]",
        ],
        "similar": ["stop_vm", "resize_vm", "estimate_cloud_cost"],
    },
    {
        "name": "stop_vm",
        "descriptions": [
            "Stop (power off) a running virtual machine.",
            "Shut down a cloud VM without deleting it.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Name of the VM."},
                "region": {"type": "string", "description": "Region the VM is in."},
            },
            "required": ["name"],
        },
        "values": {"name": _VMS, "region": _REGIONS},
        "requests": [
            "stop {name}[ in {region}]",
            "shut down the {name} VM",
            "power off {name}[ ({region})], we don't need it tonight",
            "can you turn off the instance {name}?",
            "please halt vm {name}[ over in {region}]",
            "{name} - stop it",
            "{name} is costing money idle; switch it off",
            "bring {name} down[ in {region}] please",
        ],
        "similar": ["launch_vm", "resize_vm"],
    },
    {
        "name": "resize_vm",
        "descriptions": [
            "Change the machine type of an existing VM.",
            "Scale a virtual machine up or down to another size.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Name of the VM."},
                "machine_type": {"type": "string", "description": "New size for the VM."},
            },
            "required": ["name", "machine_type"],
        },
        "values": {"name": _VMS, "machine_type": _TYPES},
        "requests": [
            "resize {name} to {machine_type}",
            "change {name}'s machine type to {machine_type}",
            "{name} needs more power - move it to {machine_type}",
            "can you make {name} a {machine_type}?",
            "switch vm {name} over to {machine_type} please",
            "scale {name} -> {machine_type}",
            "downsize {name} to {machine_type}, it's barely used",
            "I'd like {name} running on {machine_type} from now on",
        ],
        "similar": ["launch_vm", "stop_vm"],
    },
    {
        "name": "create_storage_bucket",
        "descriptions": [
            "Create an object-storage bucket.",
            "Make a new storage bucket, optionally public and versioned.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "bucket_name": {"type": "string", "description": "Globally unique bucket name."},
                "region": {"type": "string", "description": "Region that stores the data."},
                "public": {"type": "boolean", "description": "Allow anonymous read access."},
                "versioning": {"type": "boolean", "description": "Keep old versions of objects."},
            },
            "required": ["bucket_name", "region"],
        },
        "values": {
            "bucket_name": _BUCKETS,
            "region": _REGIONS,
            "public": "bool",
            "versioning": "bool",
        },
        "say": {
            "public": {
                "true": ["publicly readable", "open to the public"],
                "false": ["private", "locked down"],
            },
            "versioning": {
                "true": ["with versioning on", "keeping object versions"],
                "false": ["without versioning", "no versioning"],
            },
        },
        "requests": [
            "create a bucket {bucket_name} in {region}[ {versioning}]",
            "make a[ {public}] storage bucket called {bucket_name} ({region})",
            "new bucket {bucket_name}, region {region}[, {public}][, {versioning}]",
            "can you set up the {bucket_name} bucket in {region}?",
            "I need somewhere to store files: bucket {bucket_name} in {region}[, {public}]",
            "please provision an object storage bucket named {bucket_name} in the {region} region",
            "bucket: {bucket_name} @ {region}[ {versioning}]",
            "in {region} create {bucket_name}[ and make it {public}]",
        ],
        "similar": ["set_bucket_lifecycle", "launch_vm"],
    },
    {
        "name": "set_bucket_lifecycle",
        "descriptions": [
            "Set a rule that deletes old objects in a storage bucket.",
            "Configure automatic expiry of objects in a bucket.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "bucket_name": {"type": "string", "description": "Bucket to configure."},
                "delete_after_days": {
                    "type": "integer",
                    "description": "Objects older than this many days are deleted.",
                },
                "prefix": {"type": "string", "description": "Only apply to keys with this prefix."},
            },
            "required": ["bucket_name", "delete_after_days"],
        },
        "values": {
            "bucket_name": _BUCKETS,
            "delete_after_days": "int:1:3650",
            "prefix": "choice:tmp/|logs/|uploads/raw/|exports/",
        },
        "requests": [
            "delete objects in {bucket_name} after {delete_after_days} days[, only under {prefix}]",
            "set a lifecycle rule on {bucket_name}: expire after {delete_after_days} days",
            "auto-clean {bucket_name}[ ({prefix})] - anything older than {delete_after_days} days goes",
            "can files in {bucket_name} expire after {delete_after_days} days?",
            "{bucket_name}: {delete_after_days}-day retention[ for {prefix}]",
            "please purge stuff older than {delete_after_days} days from the {bucket_name} bucket",
            "keep only {delete_after_days} days of data in {bucket_name}[ under the {prefix} prefix]",
            "expire {bucket_name}[/{prefix}] after {delete_after_days} days",
        ],
        "similar": ["create_storage_bucket", "create_db_backup"],
    },
    {
        "name": "upsert_dns_record",
        "descriptions": [
            "Create or update a DNS record in a zone.",
            "Point a hostname at an address by setting a DNS record.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "zone": {"type": "string", "description": "DNS zone (domain) to edit."},
                "host": {"type": "string", "description": "Record name inside the zone, e.g. www."},
                "record_type": {
                    "type": "string",
                    "enum": ["A", "AAAA", "CNAME", "TXT"],
                    "description": "DNS record type.",
                },
                "value": {"type": "string", "description": "Address or text the record holds."},
                "ttl": {"type": "integer", "description": "Time to live in seconds."},
            },
            "required": ["zone", "host", "record_type", "value"],
        },
        "values": {
            "zone": _ZONES,
            "host": "choice:www|api|mail|status|cdn|staging",
            "record_type": "enum",
            "value": "choice:203.0.113.24|198.51.100.7|lb.example.net|origin.myapp.io|192.0.2.88",
            "ttl": "int:60:86400",
        },
        "requests": [
            "add a {record_type} record {host}.{zone} pointing to {value}[ with ttl {ttl}]",
            "point {host} on {zone} at {value} ({record_type})",
            "set DNS: {host} {record_type} {value} in zone {zone}[, TTL {ttl}]",
            "can you create a {record_type} record for {host} in {zone} with value {value}?",
            "{zone}: {host} -> {value}, type {record_type}",
            "please update the {record_type} for {host}.{zone} to {value}[ and use a {ttl} second TTL]",
            "I need {host}.{zone} to resolve to {value}; {record_type} record please",
            "dns {zone} {host} {record_type} {value}[ {ttl}]",
        ],
        "similar": ["delete_dns_record"],
    },
    {
        "name": "delete_dns_record",
        "descriptions": [
            "Delete a DNS record from a zone.",
            "Remove a hostname's DNS entry.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "zone": {"type": "string", "description": "DNS zone (domain) to edit."},
                "host": {"type": "string", "description": "Record name inside the zone."},
                "record_type": {
                    "type": "string",
                    "enum": ["A", "AAAA", "CNAME", "TXT"],
                    "description": "Type of the record to delete.",
                },
            },
            "required": ["zone", "host"],
        },
        "values": {
            "zone": _ZONES,
            "host": "choice:www|api|mail|status|cdn|staging",
            "record_type": "enum",
        },
        "requests": [
            "delete the[ {record_type}] record for {host} in {zone}",
            "remove {host}.{zone} from DNS",
            "drop the {host} entry on {zone}[ (type {record_type})]",
            "can you get rid of the DNS record {host} in zone {zone}?",
            "{zone}: delete {host}[ {record_type}]",
            "{host}.{zone} shouldn't resolve anymore - remove it",
            "please clear out the[ {record_type}] DNS record named {host} under {zone}",
            "unpublish {host} from {zone}",
        ],
        "similar": ["upsert_dns_record"],
    },
    {
        "name": "estimate_cloud_cost",
        "descriptions": [
            "Estimate what a machine type costs for a number of hours.",
            "Price out running a VM size for some time.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "machine_type": {"type": "string", "description": "VM size to price."},
                "hours": {"type": "integer", "description": "Running time in hours."},
                "region": {"type": "string", "description": "Region whose prices apply."},
                "spot": {"type": "boolean", "description": "Use spot prices instead of on-demand."},
            },
            "required": ["machine_type", "hours"],
        },
        "values": {
            "machine_type": _TYPES,
            "hours": "int:1:2000",
            "region": _REGIONS,
            "spot": "bool",
        },
        "say": {
            "spot": {
                "true": ["at spot prices", "using spot"],
                "false": ["on-demand", "at the regular rate"],
            }
        },
        "requests": [
            "how much does a {machine_type} cost for {hours} hours[ in {region}]?",
            "price {hours}h of {machine_type}[ {spot}]",
            "estimate the bill for running {machine_type} for {hours} hours",
            "what would {hours} hours on a {machine_type} set me back[ in {region}][, {spot}]?",
            "cost check: {machine_type} x {hours} hours",
            "can you work out the cost of a {machine_type} instance over {hours} hours[ {spot}]?",
            "[{region}: ]{machine_type} for {hours} hours - how much?",
            "I want to budget {hours} hours of {machine_type}[ in {region}]",
        ],
        "similar": ["launch_vm", "get_shipping_quote"],
    },
]
