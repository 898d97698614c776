"""Files on the device or cloud drive: finding, sharing, moving, renaming, trashing and folders."""

DOMAIN = "files"

TOOLS = [
    {
        "name": "find_files",
        "descriptions": [
            "Find files by name or type.",
            "Search the drive for documents, photos or other files.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "name_contains": {"type": "string", "description": "Part of the file name."},
                "file_type": {
                    "type": "string",
                    "enum": ["any", "document", "spreadsheet", "image", "video", "audio", "pdf"],
                    "description": "Kind of file.",
                },
                "modified_after": {
                    "type": "string",
                    "description": "Only files changed on or after this date, YYYY-MM-DD.",
                },
            },
            "required": ["name_contains"],
        },
        "values": {
            "name_contains": "choice:invoice|budget|resume|vacation|contract|notes|floorplan|lecture",
            "file_type": "enum",
            "modified_after": "date",
        },
        "say": {
            "file_type": {
                "pdf": ["PDF"],
                "image": ["image", "photo"],
                "document": ["document", "doc"],
            }
        },
        "requests": [
            "find my {name_contains} file",
            "where's the {file_type} called {name_contains}",
            "search files for {name_contains}[ changed since {modified_after}]",
            "look for {name_contains}[, {file_type} only]",
            "do I have a {name_contains} {file_type} somewhere",
            "find files named {name_contains}",
            "where did I save the {name_contains} file",
            "locate {name_contains}[, it's a {file_type}]",
        ],
        "result": {"matches": "list:pool:file_name:1:2"},
        "similar": ["search_notes"],
    },
    {
        "name": "share_file",
        "descriptions": ["Share a file with someone by email.", "Give a person access to a file."],
        "parameters": {
            "type": "object",
            "properties": {
                "file_name": {"type": "string", "description": "File to share."},
                "with_email": {"type": "string", "description": "Email address of the person."},
                "permission": {
                    "type": "string",
                    "enum": ["view", "comment", "edit"],
                    "description": "Access level.",
                },
            },
            "required": ["file_name", "with_email"],
        },
        "values": {"file_name": "pool:file_name", "with_email": "pool:email", "permission": "enum"},
        "requests": [
            "share {file_name} with {with_email}",
            "give {with_email} {permission} access to {file_name}",
            "send {file_name} to {with_email}[, {permission} only]",
            "let {with_email} see {file_name}",
            "share {file_name} to {with_email}[ so they can {permission}]",
            "can {with_email} get {file_name}",
            "{with_email} needs {file_name}, share it",
            "give {with_email} access to {file_name}[ - {permission} only]",
        ],
        "similar": ["compose_email"],
    },
    {
        "name": "move_file",
        "descriptions": ["Move a file into a folder.", "Relocate a file in the drive."],
        "parameters": {
            "type": "object",
            "properties": {
                "file_name": {"type": "string", "description": "File to move."},
                "folder": {"type": "string", "description": "Destination folder."},
            },
            "required": ["file_name", "folder"],
        },
        "values": {"file_name": "pool:file_name", "folder": "pool:folder"},
        "requests": [
            "move {file_name} to {folder}",
            "put {file_name} in {folder}",
            "file {file_name} under {folder}",
            "{file_name} belongs in {folder}, move it",
            "can you drag {file_name} into {folder}",
            "relocate {file_name} to the {folder} folder",
            "stick {file_name} into {folder}",
            "shift {file_name} over to {folder}",
        ],
        "similar": ["rename_file"],
    },
    {
        "name": "rename_file",
        "descriptions": ["Rename a file.", "Give a file a new name."],
        "parameters": {
            "type": "object",
            "properties": {
                "file_name": {"type": "string", "description": "Current name."},
                "new_name": {"type": "string", "description": "New name."},
            },
            "required": ["file_name", "new_name"],
        },
        "values": {"file_name": "pool:file_name", "new_name": "pool:file_name"},
        "requests": [
            "rename {file_name} to {new_name}",
            "call {file_name} {new_name} instead",
            "change the name of {file_name} to {new_name}",
            "{file_name} should be named {new_name}",
            "can you rename {file_name} as {new_name}",
            "new name for {file_name}: {new_name}",
            "{file_name} -> {new_name}, rename it",
            "could you retitle {file_name} to {new_name}",
        ],
        "similar": ["move_file"],
    },
    {
        "name": "trash_file",
        "descriptions": [
            "Move a file to the trash.",
            "Delete a file (it can be restored from the trash).",
        ],
        "parameters": {
            "type": "object",
            "properties": {"file_name": {"type": "string", "description": "File to delete."}},
            "required": ["file_name"],
        },
        "values": {"file_name": "pool:file_name"},
        "requests": [
            "delete {file_name}",
            "trash {file_name}",
            "get rid of {file_name}",
            "throw {file_name} away",
            "remove the file {file_name}",
            "I don't need {file_name}, bin it",
            "send {file_name} to the trash",
            "{file_name} can go, delete it",
        ],
        "similar": ["delete_note"],
    },
    {
        "name": "create_folder",
        "descriptions": ["Create a new folder.", "Make a folder, optionally inside another one."],
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "description": "Folder name."},
                "parent": {
                    "type": "string",
                    "description": "Folder to create it in; the top level if omitted.",
                },
            },
            "required": ["name"],
        },
        "values": {
            "name": "choice:Receipts 2025|Wedding|Kids school|Car|Scans|Recetas|Projekt Ideen",
            "parent": "pool:folder",
        },
        "requests": [
            "make a folder called {name}[ in {parent}]",
            "new folder {name}",
            "create {name}[ under {parent}]",
            "I need a folder named {name}",
            "add a {name} folder[ inside {parent}]",
            "set up a folder for {name}",
            "create a new folder named {name}",
            "I want a {name} folder[ in {parent}]",
        ],
    },
    {
        "name": "backup_photos",
        "descriptions": [
            "Back up the photo library to the cloud.",
            "Upload new photos, on Wi-Fi or not.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "wifi_only": {"type": "boolean", "description": "Only upload on Wi-Fi."},
                "include_videos": {"type": "boolean", "description": "Also upload videos."},
            },
            "required": [],
        },
        "values": {"wifi_only": "bool", "include_videos": "bool"},
        "say": {
            "wifi_only": {"true": ["only on wifi"], "false": ["on mobile data too"]},
            "include_videos": {
                "true": ["videos too", "including videos"],
                "false": ["no videos", "photos only"],
            },
        },
        "requests": [
            "back up my photos",
            "upload my pictures to the cloud[, {include_videos}]",
            "start a photo backup[ {wifi_only}]",
            "sync my camera roll[, {include_videos}][, {wifi_only}]",
            "make sure my photos are backed up",
            "backup photos now[ - {include_videos}]",
            "upload my photos now[, {wifi_only}]",
            "please back up the camera roll[ - {include_videos}]",
        ],
        "indirect": ["my phone is almost full and I don't want to lose my pictures"],
    },
]
