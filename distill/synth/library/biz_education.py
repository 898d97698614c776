"""Education tools (course catalogue, enrolment, assignments, grades, deadlines) for the
offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "education"

_COURSES = "choice:CS101|MATH210|BIO150|HIST302|ECON120|PHYS201|STAT330"
_TERMS = ["fall", "spring", "summer"]
_ASSIGNMENTS = "choice:problem set 3|lab report 2|midterm essay|final project|quiz 5"

TOOLS = [
    {
        "name": "search_course_catalog",
        "descriptions": [
            "Search the course catalogue by keyword.",
            "Find courses on a subject, by level and format.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "keyword": {"type": "string", "description": "Subject or keyword."},
                "level": {
                    "type": "string",
                    "enum": ["beginner", "intermediate", "advanced"],
                    "description": "Course level.",
                },
                "online_only": {"type": "boolean", "description": "Only online courses."},
            },
            "required": ["keyword"],
        },
        "values": {
            "keyword": "choice:machine learning|organic chemistry|creative writing|macroeconomics|linear algebra|Spanish",
            "level": "enum",
            "online_only": "bool",
        },
        "say": {
            "online_only": {
                "true": ["online only", "that I can take remotely"],
                "false": ["online or on campus", "any format"],
            }
        },
        "requests": [
            "find courses on {keyword}[ at {level} level]",
            "are there any[ {level}] {keyword} classes[ {online_only}]?",
            "search the catalogue for {keyword}",
            "I want to learn {keyword} - what courses exist[, {online_only}]?",
            "{keyword} courses[ ({level})]",
            "can you look up classes about {keyword}?",
            "[{online_only}: ]{keyword}[, {level}]",
            "what does the school offer in {keyword}[ for {level} students]?",
        ],
        "similar": ["enroll_in_course", "recipes_by_ingredients"],
    },
    {
        "name": "enroll_in_course",
        "descriptions": [
            "Enrol the student in a course for a term.",
            "Register for a class, for credit or as an auditor.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "course_code": {"type": "string", "description": "Course code."},
                "term": {"type": "string", "enum": _TERMS, "description": "Academic term."},
                "audit": {"type": "boolean", "description": "Attend without credit."},
            },
            "required": ["course_code", "term"],
        },
        "values": {"course_code": _COURSES, "term": "enum", "audit": "bool"},
        "say": {
            "audit": {
                "true": ["as an auditor", "just auditing, no credit"],
                "false": ["for credit", "for a grade"],
            }
        },
        "requests": [
            "enrol me in {course_code} for {term}[ {audit}]",
            "sign me up for {course_code} in the {term} term",
            "register {course_code}, {term}",
            "can I take {course_code} this {term}?[ {audit}]",
            "add {course_code} to my {term} schedule",
            "please enroll me into {course_code} ({term})[, {audit}]",
            "[{audit}: ]{course_code} {term}",
            "I'd like a seat in {course_code} for {term}",
        ],
        "similar": ["drop_course", "search_course_catalog", "submit_rental_application"],
    },
    {
        "name": "drop_course",
        "descriptions": [
            "Drop a course the student is enrolled in.",
            "Withdraw from a class for a term.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "course_code": {"type": "string", "description": "Course code."},
                "term": {"type": "string", "enum": _TERMS, "description": "Academic term."},
            },
            "required": ["course_code"],
        },
        "values": {"course_code": _COURSES, "term": "enum"},
        "requests": [
            "drop {course_code}[ for {term}]",
            "withdraw me from {course_code}",
            "I want out of {course_code}[ this {term}]",
            "can you unenroll me from {course_code}?",
            "remove {course_code} from my[ {term}] schedule",
            "please drop the class {course_code}",
            "{course_code} - drop[ ({term})]",
            "I'm too busy, get rid of {course_code}",
        ],
        "similar": ["enroll_in_course", "cancel_leave_request"],
    },
    {
        "name": "get_course_grades",
        "descriptions": [
            "Show the student's grades in a course.",
            "Get assignment scores and the running grade for a class.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "course_code": {"type": "string", "description": "Course code."},
                "term": {"type": "string", "enum": _TERMS, "description": "Academic term."},
            },
            "required": ["course_code"],
        },
        "values": {"course_code": _COURSES, "term": "enum"},
        "requests": [
            "what are my grades in {course_code}[ for {term}]?",
            "show my {course_code} scores",
            "how am I doing in {course_code}?",
            "grades for {course_code}[, {term} term]",
            "can you check my marks in {course_code}?",
            "{course_code} grade?",
            "am I passing {course_code}[ this {term}]?",
            "[{term}: ]my results in {course_code}",
        ],
        "similar": ["post_assignment_grade", "get_match_result"],
    },
    {
        "name": "submit_assignment",
        "descriptions": [
            "Hand in an assignment file for a course.",
            "Upload coursework to the learning platform.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "course_code": {"type": "string", "description": "Course code."},
                "assignment": {"type": "string", "description": "Assignment name."},
                "file": {"type": "string", "description": "File to upload."},
                "comment": {"type": "string", "description": "Note to the instructor."},
            },
            "required": ["course_code", "assignment", "file"],
        },
        "values": {
            "course_code": _COURSES,
            "assignment": _ASSIGNMENTS,
            "file": "pool:file_name",
            "comment": "choice:sorry it's a bit late|I used the extension|question 4 is partial",
        },
        "requests": [
            "submit {file} for {assignment} in {course_code}[ - {comment}]",
            "hand in {assignment} ({course_code}) using {file}",
            "upload {file} as my {course_code} {assignment}",
            "can you turn in {file} for {course_code}'s {assignment}?[ Add the note '{comment}'.]",
            "{course_code} {assignment}: {file}",
            "please send {file} to {course_code} as {assignment}[ with comment {comment}]",
            "[{comment}. ]{assignment} for {course_code} is {file}, submit it",
            "done with {assignment} in {course_code}! the file is {file}",
        ],
        "similar": ["send_for_signature", "list_upcoming_deadlines"],
    },
    {
        "name": "list_upcoming_deadlines",
        "descriptions": [
            "List assignment deadlines coming up.",
            "Show what is due in the next days, optionally for one course.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "days": {"type": "integer", "description": "How many days ahead to look."},
                "course_code": {"type": "string", "description": "Only this course."},
            },
            "required": [],
        },
        "values": {"days": "int:1:30", "course_code": _COURSES},
        "requests": [
            "what's due[ in the next {days} days]?",
            "upcoming deadlines[ for {course_code}]",
            "do I have anything due[ in {course_code}][ within {days} days]?",
            "list my assignments coming up",
            "[{course_code}: ]deadlines[ over the next {days} days]",
            "can you show what I need to hand in[ this {days}-day stretch]?",
            "anything urgent[ for {course_code}]?",
            "what's on my plate[ for the coming {days} days]",
        ],
        "similar": ["submit_assignment", "get_course_grades"],
    },
    {
        "name": "post_assignment_grade",
        "descriptions": [
            "Record a student's score for an assignment (instructor tool).",
            "Enter a grade for a student in the gradebook.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "student": {"type": "string", "description": "Student's name."},
                "course_code": {"type": "string", "description": "Course code."},
                "assignment": {"type": "string", "description": "Assignment name."},
                "score": {"type": "number", "description": "Points earned."},
                "max_score": {"type": "integer", "description": "Points possible."},
            },
            "required": ["student", "course_code", "assignment", "score"],
        },
        "values": {
            "student": "pool:person_name",
            "course_code": _COURSES,
            "assignment": _ASSIGNMENTS,
            "score": "float:0:100:1",
            "max_score": "int:10:100",
        },
        "requests": [
            "give {student} {score} on {assignment} in {course_code}[ out of {max_score}]",
            "record {score}[/{max_score}] for {student}, {course_code} {assignment}",
            "{student} got {score} on the {assignment} ({course_code})",
            "enter a grade of {score} for {student} - {course_code}, {assignment}",
            "can you put {score}[ out of {max_score}] in the gradebook for {student}'s {assignment} in {course_code}?",
            "{course_code} / {assignment} / {student} / {score}",
            "please mark {student}'s {assignment} for {course_code} as {score}[ of {max_score} points]",
            "[max {max_score}: ]{student} scored {score}, {assignment}, {course_code}",
        ],
        "similar": ["get_course_grades", "log_symptom"],
    },
]
