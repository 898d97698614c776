"""CI/CD tools (pipelines, jobs, deployments, rollbacks) for the offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "ci_cd"

_SERVICES = "choice:checkout-api|auth-service|search-worker|billing-api|web-frontend|notifications"
_VERSIONS = "choice:1.4.2|2.0.1|3.7.0|0.18.5|5.2.0|2.11.3"
_JOBS = "choice:lint|unit-tests|integration-tests|build-image|e2e-tests|security-scan"

TOOLS = [
    {
        "name": "trigger_pipeline",
        "descriptions": [
            "Start a CI pipeline run for a project and branch.",
            "Kick off a new continuous-integration build.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "project": {"type": "string", "description": "CI project name."},
                "branch": {"type": "string", "description": "Branch to build."},
                "skip_tests": {"type": "boolean", "description": "Skip the test stages."},
                "env": {
                    "type": "object",
                    "description": "Extra settings passed to the run.",
                    "properties": {
                        "node_version": {
                            "type": "string",
                            "description": "Runtime version to use.",
                        },
                        "timeout_minutes": {
                            "type": "integer",
                            "description": "Time limit for each job, in minutes.",
                        },
                    },
                    "required": ["node_version", "timeout_minutes"],
                },
            },
            "required": ["project", "branch"],
        },
        "values": {
            "project": "pool:project_name",
            "branch": "pool:branch_name",
            "skip_tests": "bool",
            "env": {"node_version": "choice:18|20|22", "timeout_minutes": "int:10:120"},
        },
        "say": {
            "skip_tests": {
                "true": ["skipping tests", "without running the tests"],
                "false": ["with the full test suite", "including tests"],
            }
        },
        "requests": [
            "run the pipeline for {project} on {branch}[ {skip_tests}]",
            "trigger a build of {branch} in {project}",
            "kick off CI for {project}, branch {branch}[, node {env.node_version}, {env.timeout_minutes} minute timeout]",
            "can you start a new pipeline on {branch} ({project})[ {skip_tests}]?",
            "{project}/{branch}: build it",
            "please rebuild {branch} for the {project} project[ using node {env.node_version} and a job timeout of {env.timeout_minutes} minutes]",
            "fire off a CI run on {branch} of {project}[, {skip_tests}]",
            "I pushed to {branch}; start the {project} pipeline",
        ],
        "similar": ["retry_failed_job", "deploy_service", "get_pipeline_status"],
    },
    {
        "name": "get_pipeline_status",
        "descriptions": [
            "Get the current status of a CI pipeline run.",
            "Check whether a pipeline run is running, passed or failed.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "project": {"type": "string", "description": "CI project name."},
                "pipeline_id": {"type": "integer", "description": "Pipeline run number."},
            },
            "required": ["project", "pipeline_id"],
        },
        "values": {"project": "pool:project_name", "pipeline_id": "int:100:99999"},
        "requests": [
            "status of pipeline {pipeline_id} in {project}?",
            "did {project} pipeline #{pipeline_id} pass?",
            "is run {pipeline_id} for {project} still going?",
            "check on pipeline {pipeline_id} ({project})",
            "how's the {project} build {pipeline_id} doing",
            "{project} {pipeline_id} - green or red?",
            "can you tell me where pipeline number {pipeline_id} of {project} is at?",
            "has {project}'s run {pipeline_id} finished yet",
        ],
        "similar": ["get_build_logs", "cancel_pipeline_run", "get_service_uptime"],
    },
    {
        "name": "cancel_pipeline_run",
        "descriptions": [
            "Cancel a running CI pipeline.",
            "Stop an in-progress pipeline run.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "project": {"type": "string", "description": "CI project name."},
                "pipeline_id": {"type": "integer", "description": "Pipeline run number."},
            },
            "required": ["project", "pipeline_id"],
        },
        "values": {"project": "pool:project_name", "pipeline_id": "int:100:99999"},
        "requests": [
            "cancel pipeline {pipeline_id} in {project}",
            "stop {project} run #{pipeline_id}",
            "abort the {project} build {pipeline_id}, I pushed a fix",
            "kill pipeline {pipeline_id} ({project})",
            "please halt run number {pipeline_id} of the {project} pipeline",
            "{project}: cancel {pipeline_id}",
            "can you stop pipeline {pipeline_id} on {project}? it's stuck",
            "no need for run {pipeline_id} anymore - cancel it in {project}",
        ],
        "similar": ["get_pipeline_status", "retry_failed_job", "rollback_deployment"],
    },
    {
        "name": "retry_failed_job",
        "descriptions": [
            "Re-run one failed job of a pipeline.",
            "Retry a single CI job without restarting the whole pipeline.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "project": {"type": "string", "description": "CI project name."},
                "pipeline_id": {"type": "integer", "description": "Pipeline run number."},
                "job_name": {"type": "string", "description": "Name of the job to retry."},
            },
            "required": ["project", "pipeline_id", "job_name"],
        },
        "values": {
            "project": "pool:project_name",
            "pipeline_id": "int:100:99999",
            "job_name": _JOBS,
        },
        "requests": [
            "retry the {job_name} job in pipeline {pipeline_id} of {project}",
            "{job_name} flaked on {project} #{pipeline_id}, rerun it",
            "re-run {job_name} for {project} run {pipeline_id}",
            "can you restart just {job_name} in pipeline {pipeline_id} ({project})?",
            "please retry job {job_name}, pipeline {pipeline_id}, project {project}",
            "{project} {pipeline_id}: retry {job_name}",
            "the {job_name} step failed in {project}'s pipeline {pipeline_id} - give it another go",
            "kick {job_name} again on run {pipeline_id} of {project}",
        ],
        "similar": ["trigger_pipeline", "get_build_logs"],
    },
    {
        "name": "deploy_service",
        "descriptions": [
            "Deploy a version of a service to an environment.",
            "Roll out a service release to dev, staging or production.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Service to deploy."},
                "version": {"type": "string", "description": "Version to roll out."},
                "environment": {
                    "type": "string",
                    "enum": ["dev", "staging", "production"],
                    "description": "Target environment.",
                },
                "strategy": {
                    "type": "string",
                    "enum": ["rolling", "blue-green", "canary"],
                    "description": "Rollout strategy.",
                },
                "canary_percent": {
                    "type": "integer",
                    "description": "Share of traffic sent to the new version first, in percent.",
                },
            },
            "required": ["service", "version", "environment"],
        },
        "values": {
            "service": _SERVICES,
            "version": _VERSIONS,
            "environment": "enum",
            "strategy": "enum",
            "canary_percent": "int:1:50",
        },
        "requests": [
            "deploy {service} {version} to {environment}[ using a {strategy} rollout]",
            "ship version {version} of {service} to {environment}[, start with {canary_percent}% of traffic]",
            "roll out {service}@{version} on {environment}",
            "can you push {service} {version} into {environment}[ ({strategy})]?",
            "{environment} deploy: {service} v{version}[, {strategy}]",
            "please release {service} version {version} to the {environment} environment[ with {canary_percent} percent canary traffic]",
            "put {version} of {service} live in {environment}",
            "[{strategy} deploy - ]{service} {version} to {environment}",
        ],
        "similar": ["rollback_deployment", "approve_deployment", "publish_release"],
    },
    {
        "name": "rollback_deployment",
        "descriptions": [
            "Roll a service back to an earlier version.",
            "Undo the latest deployment of a service in an environment.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "service": {"type": "string", "description": "Service to roll back."},
                "environment": {
                    "type": "string",
                    "enum": ["dev", "staging", "production"],
                    "description": "Environment where the rollback happens.",
                },
                "to_version": {
                    "type": "string",
                    "description": "Version to return to (previous one if omitted).",
                },
            },
            "required": ["service", "environment"],
        },
        "values": {"service": _SERVICES, "environment": "enum", "to_version": _VERSIONS},
        "requests": [
            "roll back {service} in {environment}[ to {to_version}]",
            "revert the last {service} deploy on {environment}",
            "{service} is broken in {environment}, undo the deployment[ and go back to {to_version}]",
            "rollback {service} ({environment})",
            "can you put {service} in {environment} back to the previous version?",
            "please restore {service} on {environment}[ to {to_version}]",
            "{environment}: rollback {service}[ -> {to_version}]",
            "the new {service} release is throwing errors in {environment}; roll it back",
        ],
        "similar": ["deploy_service", "cancel_pipeline_run", "restore_db_backup"],
    },
    {
        "name": "get_build_logs",
        "descriptions": [
            "Fetch the log output of a pipeline or one of its jobs.",
            "Read CI build logs, optionally just the last lines of a job.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "project": {"type": "string", "description": "CI project name."},
                "pipeline_id": {"type": "integer", "description": "Pipeline run number."},
                "job_name": {"type": "string", "description": "Only this job's log."},
                "tail_lines": {"type": "integer", "description": "Return only the last N lines."},
            },
            "required": ["project", "pipeline_id"],
        },
        "values": {
            "project": "pool:project_name",
            "pipeline_id": "int:100:99999",
            "job_name": _JOBS,
            "tail_lines": "int:20:500",
        },
        "requests": [
            "show me the logs for pipeline {pipeline_id} in {project}[, job {job_name}]",
            "why did {project} #{pipeline_id} fail? get the build log[ for {job_name}]",
            "tail the {project} pipeline {pipeline_id} log[, last {tail_lines} lines]",
            "fetch build output: {project}, run {pipeline_id}[, last {tail_lines} lines]",
            "can I see what was printed in {project} pipeline {pipeline_id}[ by the {job_name} job]?",
            "logs please - {project} {pipeline_id}[ ({job_name})]",
            "pull the CI log of run {pipeline_id} for {project}[, just the tail of {tail_lines} lines]",
            "I need the {project} build log from pipeline {pipeline_id}",
        ],
        "similar": ["search_logs", "get_pipeline_status", "list_recent_commits"],
    },
    {
        "name": "approve_deployment",
        "descriptions": [
            "Approve a deployment that is waiting for manual sign-off.",
            "Give the go-ahead on a gated deployment.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "deployment_id": {
                    "type": "integer",
                    "description": "ID of the pending deployment.",
                },
                "comment": {"type": "string", "description": "Optional approval comment."},
            },
            "required": ["deployment_id"],
        },
        "values": {
            "deployment_id": "int:1:9999",
            "comment": "choice:change ticket approved|looks good to me|QA signed off|approved after the freeze",
        },
        "requests": [
            "approve deployment {deployment_id}[ with comment '{comment}']",
            "sign off on deploy #{deployment_id}",
            "deployment {deployment_id} is good to go[ - {comment}]",
            "can you approve the pending deployment {deployment_id}?",
            "green-light {deployment_id}[: {comment}]",
            "please give approval for deployment number {deployment_id}",
            "ok deployment {deployment_id}[, note {comment}]",
            "I'm the approver for {deployment_id}, approve it",
        ],
        "similar": ["deploy_service", "rollback_deployment"],
    },
]
