"""Code-repository tools (branches, pull requests, commits, releases, issues) for the offline
synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "code_repositories"

_SHAS = "choice:3f9a2c1|a71be04|9d04f6e|c2e8b57|5b61d0a|e04c9f3"
_TAGS = "choice:v1.2.0|v2.0.0-rc1|v0.9.3|v3.1.4|v1.0.0|v2.5.1"

TOOLS = [
    {
        "name": "create_git_branch",
        "descriptions": [
            "Create a new branch in a git repository.",
            "Start a branch in a repo, optionally from a given base branch.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "branch": {"type": "string", "description": "Name of the new branch."},
                "from_branch": {
                    "type": "string",
                    "description": "Existing branch to start from (defaults to the main branch).",
                },
            },
            "required": ["repo", "branch"],
        },
        "values": {
            "repo": "pool:repo_name",
            "branch": "pool:branch_name",
            "from_branch": "choice:main|develop|staging|release",
        },
        "requests": [
            "create a branch {branch} in {repo}[ off {from_branch}]",
            "new branch '{branch}' on the {repo} repo[, based on {from_branch}]",
            "in {repo}, branch {branch}[ from {from_branch}] please",
            "can you cut a branch named {branch} for {repo}?",
            "I need a fresh branch called {branch} in {repo}[ branched from {from_branch}]",
            "git branch {branch} ({repo})",
            "make {branch} in {repo}",
            "[starting from {from_branch}, ]set up branch {branch} on {repo}",
        ],
        "similar": ["delete_git_branch", "open_pull_request"],
    },
    {
        "name": "delete_git_branch",
        "descriptions": [
            "Delete a branch from a git repository.",
            "Remove a remote branch that is no longer needed.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "branch": {"type": "string", "description": "Branch to delete."},
                "force": {
                    "type": "boolean",
                    "description": "Delete even if the branch has unmerged commits.",
                },
            },
            "required": ["repo", "branch"],
        },
        "values": {"repo": "pool:repo_name", "branch": "pool:branch_name", "force": "bool"},
        "say": {
            "force": {
                "true": ["even if it isn't merged", "force it"],
                "false": ["only if it's merged", "safely"],
            }
        },
        "requests": [
            "delete branch {branch} from {repo}[, {force}]",
            "remove {branch} in the {repo} repo",
            "clean up the {branch} branch on {repo}[ - {force}]",
            "{repo}: drop branch {branch}",
            "we're done with {branch}, can you delete it from {repo}[ {force}]?",
            "get rid of {repo}'s {branch} branch",
            "please prune branch {branch} ({repo})[, {force}]",
            "kill the {branch} branch in {repo}",
        ],
        "similar": ["create_git_branch", "merge_pull_request"],
    },
    {
        "name": "open_pull_request",
        "descriptions": [
            "Open a pull request from one branch into another.",
            "Create a PR for review, optionally as a draft with reviewers.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "source_branch": {"type": "string", "description": "Branch with the changes."},
                "target_branch": {"type": "string", "description": "Branch to merge into."},
                "title": {"type": "string", "description": "Title of the pull request."},
                "draft": {"type": "boolean", "description": "Open it as a draft."},
                "reviewers": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Usernames asked to review.",
                },
            },
            "required": ["repo", "source_branch", "target_branch", "title"],
        },
        "values": {
            "repo": "pool:repo_name",
            "source_branch": "pool:branch_name",
            "target_branch": "choice:main|develop|staging",
            "title": "pool:ticket_title",
            "draft": "bool",
            "reviewers": "list:pool:username:1:3",
        },
        "say": {
            "draft": {
                "true": ["as a draft", "in draft mode"],
                "false": ["ready for review", "not as a draft"],
            }
        },
        "requests": [
            "open a PR in {repo} from {source_branch} to {target_branch} titled '{title}'[ {draft}]",
            'create a pull request on {repo}: {source_branch} -> {target_branch}, "{title}"[, reviewers {reviewers}]',
            "please raise a PR '{title}' merging {source_branch} into {target_branch} ({repo})[ and ask {reviewers} to review]",
            "{repo} PR {source_branch} into {target_branch}, title {title}[ {draft}]",
            "can you put up a pull request for {source_branch} against {target_branch} in {repo}? Call it {title}.",
            "I'm done with {source_branch}; open a PR into {target_branch} on {repo} named '{title}'[ {draft}][, add {reviewers}]",
            "PR: {repo} / {source_branch} → {target_branch} / {title}",
            "[get {reviewers} to look at it: ]new pull request in {repo}, {source_branch} to {target_branch}, titled {title}",
        ],
        "similar": ["merge_pull_request", "create_repo_issue", "create_git_branch"],
    },
    {
        "name": "merge_pull_request",
        "descriptions": [
            "Merge an open pull request.",
            "Land a PR using a merge commit, squash or rebase.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "pr_number": {"type": "integer", "description": "Number of the pull request."},
                "method": {
                    "type": "string",
                    "enum": ["merge", "squash", "rebase"],
                    "description": "How the commits are combined.",
                },
                "delete_branch": {
                    "type": "boolean",
                    "description": "Delete the source branch after merging.",
                },
            },
            "required": ["repo", "pr_number"],
        },
        "values": {
            "repo": "pool:repo_name",
            "pr_number": "int:1:4000",
            "method": "enum",
            "delete_branch": "bool",
        },
        "say": {
            "delete_branch": {
                "true": ["and delete the branch", "then remove the branch"],
                "false": ["but keep the branch", "leaving the branch in place"],
            }
        },
        "requests": [
            "merge PR {pr_number} in {repo}[ with {method}][ {delete_branch}]",
            "land pull request #{pr_number} on {repo}",
            "[use {method}: ]merge {repo}#{pr_number}",
            "can you merge {repo} pull request {pr_number}[ {delete_branch}]?",
            "PR {pr_number} in {repo} is approved, go ahead and merge it[ using {method}]",
            "ship #{pr_number} ({repo})[ {delete_branch}]",
            "please merge pull request number {pr_number} of {repo}",
            "{repo}: merge {pr_number}[, {method} strategy]",
        ],
        "similar": ["open_pull_request", "merge_tickets", "delete_git_branch"],
    },
    {
        "name": "list_recent_commits",
        "descriptions": [
            "List the latest commits in a repository.",
            "Show recent commit history, optionally for one branch or author.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "branch": {
                    "type": "string",
                    "description": "Branch to read (default branch if omitted).",
                },
                "author": {"type": "string", "description": "Only commits by this username."},
                "limit": {"type": "integer", "description": "How many commits to return."},
            },
            "required": ["repo"],
        },
        "values": {
            "repo": "pool:repo_name",
            "branch": "pool:branch_name",
            "author": "pool:username",
            "limit": "int:3:50",
        },
        "requests": [
            "show the last[ {limit}] commits in {repo}[ on {branch}]",
            "what's been committed to {repo} lately?",
            "git log for {repo}[ branch {branch}][ by {author}]",
            "list recent commits[ from {author}] in the {repo} repository",
            "[{limit} ]latest commits on {repo} please",
            "what got pushed to {repo} recently[ by {author}]?",
            "can I see the commit history of {repo}[ for {branch}]?",
            "{repo} commits[, only {author}][, max {limit}]",
        ],
        "similar": ["show_commit_diff", "get_build_logs"],
    },
    {
        "name": "show_commit_diff",
        "descriptions": [
            "Show the changes introduced by one commit.",
            "Return the diff of a commit, optionally for a single file.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "commit_sha": {"type": "string", "description": "Commit hash (short or full)."},
                "file_path": {"type": "string", "description": "Limit the diff to this file."},
            },
            "required": ["repo", "commit_sha"],
        },
        "values": {"repo": "pool:repo_name", "commit_sha": _SHAS, "file_path": "pool:file_name"},
        "requests": [
            "show the diff of {commit_sha} in {repo}[ for {file_path}]",
            "what changed in commit {commit_sha}? ({repo})",
            "{repo} {commit_sha} diff",
            "can you show me what {commit_sha} did in {repo}[ to {file_path}]?",
            "let me see the changes from commit {commit_sha} on the {repo} repo",
            "[only {file_path}: ]diff for {commit_sha}, repo {repo}",
            "what did {commit_sha} touch in {repo}?",
            "I want to review commit {commit_sha} of {repo}[, just the {file_path} part]",
        ],
        "similar": ["list_recent_commits", "explain_sql_query"],
    },
    {
        "name": "publish_release",
        "descriptions": [
            "Tag and publish a release of a repository.",
            "Create a versioned release, optionally marked as a pre-release.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "tag": {"type": "string", "description": "Version tag, e.g. v1.2.0."},
                "title": {"type": "string", "description": "Release title."},
                "prerelease": {
                    "type": "boolean",
                    "description": "Mark the release as a pre-release.",
                },
            },
            "required": ["repo", "tag"],
        },
        "values": {
            "repo": "pool:repo_name",
            "tag": _TAGS,
            "title": "choice:Spring update|Performance release|Bug-fix roundup|First stable release|Security patch",
            "prerelease": "bool",
        },
        "say": {
            "prerelease": {
                "true": ["as a pre-release", "flagged as pre-release"],
                "false": ["as a full release", "as stable"],
            }
        },
        "requests": [
            "publish release {tag} of {repo}[ called '{title}'][ {prerelease}]",
            "cut {tag} for {repo}",
            "tag {repo} at {tag} and make a release[ {prerelease}]",
            "we're ready to ship {repo} {tag}[ - title it {title}]",
            "can you create the {tag} release on {repo}?",
            "release {repo} version {tag}[ {prerelease}]",
            "[{title}: ]new release {tag} for the {repo} repository",
            "please draft and publish {tag} ({repo})",
        ],
        "similar": ["deploy_service", "create_git_branch"],
    },
    {
        "name": "create_repo_issue",
        "descriptions": [
            "Open an issue in a code repository's issue tracker.",
            "File a bug or feature request against a repository.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "repo": {"type": "string", "description": "Repository name."},
                "title": {"type": "string", "description": "Issue title."},
                "labels": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["bug", "enhancement", "docs", "good-first-issue", "regression"],
                    },
                    "description": "Labels to attach.",
                },
                "assignee": {"type": "string", "description": "Username to assign the issue to."},
            },
            "required": ["repo", "title"],
        },
        "values": {
            "repo": "pool:repo_name",
            "title": "pool:ticket_title",
            "labels": "list:choice:bug|enhancement|docs|good-first-issue|regression:1:2",
            "assignee": "pool:username",
        },
        "requests": [
            "open an issue on {repo}: {title}[ labelled {labels}]",
            "file a bug in {repo} called '{title}'[ and assign it to {assignee}]",
            'new issue for {repo} - "{title}"',
            "can you add an issue to the {repo} tracker? Title: {title}[. Labels: {labels}.]",
            "{title} needs an issue in {repo}[, give it to {assignee}]",
            "please track '{title}' as a GitHub-style issue on {repo}",
            "issue → {repo}: {title}[ ({labels})]",
            "log this against {repo}: {title}[; owner {assignee}]",
        ],
        "similar": ["open_support_ticket", "open_pull_request"],
    },
]
