"""Health tools (appointments, medication reminders, symptom log, refills, clinics) for the
offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "health"

_SPECIALTIES = [
    "general_practice",
    "dermatology",
    "cardiology",
    "physiotherapy",
    "dentistry",
    "paediatrics",
]
_SPECIALTY_SAY = {"general_practice": ["GP", "general practice"]}
_MEDS = "choice:ibuprofen|metformin|amoxicillin|vitamin D|lisinopril|cetirizine"
_SYMPTOMS = "choice:headache|back pain|cough|fatigue|nausea|dizziness|sore throat"

TOOLS = [
    {
        "name": "book_doctor_visit",
        "descriptions": [
            "Book a medical appointment with a specialty on a date.",
            "Schedule a doctor's visit, in person or by video.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "specialty": {
                    "type": "string",
                    "enum": _SPECIALTIES,
                    "description": "Kind of doctor.",
                },
                "date": {"type": "string", "description": "Preferred date."},
                "time": {"type": "string", "description": "Preferred time of day."},
                "patient_name": {"type": "string", "description": "Patient (the user if omitted)."},
                "video_call": {"type": "boolean", "description": "Hold the visit by video."},
            },
            "required": ["specialty", "date"],
        },
        "values": {
            "specialty": "enum",
            "date": "date",
            "time": "time",
            "patient_name": "pool:person_name",
            "video_call": "bool",
        },
        "say": {
            "specialty": _SPECIALTY_SAY,
            "video_call": {
                "true": ["by video", "as a video call"],
                "false": ["in person", "at the practice"],
            },
        },
        "requests": [
            "book a {specialty} appointment on {date}[ at {time}]",
            "I need to see a {specialty} doctor on {date}[ {video_call}]",
            "get me a {specialty} slot for {date}[ around {time}]",
            "can you book[ {patient_name}] in with {specialty} on {date}?",
            "{specialty} visit {date}[ {time}][ for {patient_name}]",
            "please schedule an appointment - {specialty}, {date}[, {video_call}]",
            "[for {patient_name}: ]doctor's appointment with {specialty} on {date}",
            "not feeling great, book {specialty} for {date}[ at {time}] please",
        ],
        "similar": ["reschedule_appointment", "find_nearby_clinic", "schedule_property_viewing"],
    },
    {
        "name": "reschedule_appointment",
        "descriptions": [
            "Move an existing medical appointment to a new date.",
            "Change the date or time of a booked doctor's visit.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "appointment_id": {"type": "integer", "description": "Appointment number."},
                "new_date": {"type": "string", "description": "New date."},
                "new_time": {"type": "string", "description": "New time."},
            },
            "required": ["appointment_id", "new_date"],
        },
        "values": {"appointment_id": "int:1000:99999", "new_date": "date", "new_time": "time"},
        "requests": [
            "move appointment {appointment_id} to {new_date}[ at {new_time}]",
            "reschedule my visit #{appointment_id} for {new_date}",
            "can appointment {appointment_id} be changed to {new_date}[, {new_time}]?",
            "push {appointment_id} to {new_date}",
            "I can't make appointment {appointment_id}; put it on {new_date} instead[ at {new_time}]",
            "{appointment_id} → {new_date}[ {new_time}]",
            "please shift booking {appointment_id} to {new_date}",
            "[at {new_time} ]on {new_date} - move appointment {appointment_id} there",
        ],
        "similar": ["book_doctor_visit", "schedule_property_viewing"],
    },
    {
        "name": "add_medication_reminder",
        "descriptions": [
            "Set a reminder to take a medication every day.",
            "Create a recurring medicine reminder with dose and times per day.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "medication": {"type": "string", "description": "Medicine name."},
                "dose_mg": {"type": "integer", "description": "Dose in milligrams."},
                "times_per_day": {"type": "integer", "description": "How many doses a day."},
                "with_food": {"type": "boolean", "description": "Remind to take it with food."},
                "until": {"type": "string", "description": "Last day of the course."},
            },
            "required": ["medication", "times_per_day"],
        },
        "values": {
            "medication": _MEDS,
            "dose_mg": "int:5:1000",
            "times_per_day": "int:1:4",
            "with_food": "bool",
            "until": "date",
        },
        "say": {
            "with_food": {
                "true": ["with food", "with meals"],
                "false": ["on an empty stomach", "without food"],
            }
        },
        "requests": [
            "remind me to take {medication} {times_per_day} times a day[, {dose_mg} mg]",
            "set a {medication} reminder, {times_per_day}x daily[ {with_food}]",
            "I have to take[ {dose_mg}mg of] {medication} {times_per_day} times per day[ until {until}] - remind me",
            "can you nag me about {medication}? {times_per_day} doses a day",
            "{medication} {times_per_day}/day[ {with_food}][ till {until}]",
            "please add a medication reminder: {medication}, {times_per_day} times daily",
            "[{with_food}: ]{medication}[ {dose_mg} mg], {times_per_day} a day",
            "new pill reminder for {medication} - {times_per_day} times each day[ until {until}]",
        ],
        "similar": ["request_prescription_refill", "log_symptom"],
    },
    {
        "name": "log_symptom",
        "descriptions": [
            "Record a symptom and its severity in the health diary.",
            "Add an entry to the symptom log.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "symptom": {"type": "string", "description": "Symptom name."},
                "severity": {
                    "type": "integer",
                    "description": "Severity from 1 (mild) to 10 (worst).",
                },
                "started_on": {"type": "string", "description": "Date it started."},
                "notes": {"type": "string", "description": "Extra notes."},
            },
            "required": ["symptom", "severity"],
        },
        "values": {
            "symptom": _SYMPTOMS,
            "severity": "int:1:10",
            "started_on": "date",
            "notes": "choice:worse in the morning|after exercise|better after resting|comes and goes",
        },
        "requests": [
            "log {symptom}, severity {severity}[ - {notes}]",
            "I have a {symptom}, about {severity} out of 10",
            "add {symptom} to my symptom diary at level {severity}[, started {started_on}]",
            "record {symptom} {severity}/10",
            "can you note down that my {symptom} is a {severity} today?[ {notes}]",
            "symptom: {symptom}; severity: {severity}[; since {started_on}]",
            "[{notes} - ]{symptom}, rating {severity}",
            "my {symptom} is back, I'd say {severity} on the scale[, it began {started_on}]",
        ],
        "similar": ["get_symptom_history", "log_meal", "log_sales_call"],
    },
    {
        "name": "get_symptom_history",
        "descriptions": [
            "Show past entries from the symptom log.",
            "Summarise how a symptom has changed over recent days.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "days": {"type": "integer", "description": "How many days back to look."},
                "symptom": {"type": "string", "description": "Only this symptom."},
            },
            "required": ["days"],
        },
        "values": {"days": "int:3:90", "symptom": _SYMPTOMS},
        "requests": [
            "show my symptom log for the last {days} days",
            "how have I been over the past {days} days[ with the {symptom}]?",
            "[{symptom} ]entries from the last {days} days",
            "what did I log in the past {days} days[ about {symptom}]?",
            "symptom history, {days} days[, {symptom} only]",
            "can you summarise my health diary for {days} days?",
            "I'm seeing the doctor - pull the last {days} days[ of {symptom}]",
            "trend over {days} days[ for {symptom}] please",
        ],
        "similar": ["log_symptom", "get_account_transactions"],
    },
    {
        "name": "request_prescription_refill",
        "descriptions": [
            "Ask the pharmacy to refill a prescription.",
            "Order a repeat prescription for pickup or delivery.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "medication": {"type": "string", "description": "Medicine to refill."},
                "pharmacy": {"type": "string", "description": "Pharmacy to send it to."},
                "delivery": {"type": "boolean", "description": "Deliver it instead of pickup."},
            },
            "required": ["medication"],
        },
        "values": {
            "medication": _MEDS,
            "pharmacy": "choice:Main Street Pharmacy|CityCare Chemist|Riverside Apotheke|HealthPlus",
            "delivery": "bool",
        },
        "say": {
            "delivery": {
                "true": ["delivered to my home", "with home delivery"],
                "false": ["for pickup", "I'll collect it"],
            }
        },
        "requests": [
            "refill my {medication}[ at {pharmacy}]",
            "I'm running out of {medication}, order more[ {delivery}]",
            "repeat prescription for {medication}[ - {pharmacy}]",
            "can you request a {medication} refill[ {delivery}]?",
            "{medication} refill please",
            "please send my {medication} prescription[ to {pharmacy}]",
            "[{delivery}: ]top up {medication}",
            "order another pack of {medication}[ from {pharmacy}][, {delivery}]",
        ],
        "similar": ["add_medication_reminder", "reorder_stock"],
    },
    {
        "name": "find_nearby_clinic",
        "descriptions": [
            "Find clinics or doctors' practices near a city.",
            "Search for a clinic by specialty, optionally only open ones.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City to search in."},
                "specialty": {
                    "type": "string",
                    "enum": _SPECIALTIES,
                    "description": "Specialty needed.",
                },
                "open_now": {"type": "boolean", "description": "Only clinics open right now."},
            },
            "required": ["city"],
        },
        "values": {"city": "pool:city", "specialty": "enum", "open_now": "bool"},
        "say": {
            "specialty": _SPECIALTY_SAY,
            "open_now": {
                "true": ["open right now", "that are open now"],
                "false": ["open or not", "any opening hours"],
            },
        },
        "requests": [
            "find a clinic in {city}[ {open_now}]",
            "where's the nearest[ {specialty}] practice in {city}?",
            "clinics near {city}[ - {specialty}]",
            "I'm in {city} and need a doctor[ {open_now}]",
            "can you look for[ {specialty}] clinics around {city}?",
            "{city}: medical centres[, {open_now}]",
            "any[ {specialty}] doctors in {city}[ {open_now}]?",
            "please search {city} for a clinic",
        ],
        "similar": ["book_doctor_visit", "search_property_listings"],
    },
]
