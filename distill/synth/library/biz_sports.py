"""Sports tools (results, live scores, standings, fixtures, player stats, alerts) for the
offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "sports"

_TEAMS = "choice:Arsenal|Real Madrid|Bayern Munich|Boston Celtics|Chicago Bulls|Ajax|Juventus|Golden State Warriors|New York Yankees|Toronto Maple Leafs"
_LEAGUES = "choice:Premier League|La Liga|Bundesliga|NBA|Serie A|Eredivisie|NHL"
_SEASONS = "choice:2021-22|2022-23|2023-24|2024-25"

TOOLS = [
    {
        "name": "get_match_result",
        "descriptions": [
            "Get the final score of a team's most recent (or dated) game.",
            "Look up how a team's match ended.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "team": {"type": "string", "description": "Team name."},
                "date": {"type": "string", "description": "Match date (latest game if omitted)."},
            },
            "required": ["team"],
        },
        "values": {"team": _TEAMS, "date": "date"},
        "requests": [
            "how did {team} do[ on {date}]?",
            "{team} score[ {date}]",
            "did {team} win their last game?",
            "what was the final score for {team}[ on {date}]?",
            "result of the {team} match[ from {date}]",
            "can you tell me if {team} won[ on {date}]?",
            "{team} - win, lose or draw?",
            "I missed the {team} game[ on {date}]; what happened?",
        ],
        "similar": ["get_live_scores", "get_head_to_head", "get_course_grades"],
    },
    {
        "name": "get_live_scores",
        "descriptions": [
            "Show scores of games being played right now.",
            "List live scores for a sport, optionally one league.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "sport": {
                    "type": "string",
                    "enum": [
                        "football",
                        "basketball",
                        "tennis",
                        "ice hockey",
                        "baseball",
                        "cricket",
                    ],
                    "description": "Which sport.",
                },
                "league": {"type": "string", "description": "Only this league or competition."},
            },
            "required": ["sport"],
        },
        "values": {"sport": "enum", "league": _LEAGUES},
        "requests": [
            "live {sport} scores[ in the {league}]",
            "what {sport} games are on right now?",
            "any {sport} happening at the moment[ - {league}]?",
            "show current {sport} scores",
            "{sport} live[ ({league})]",
            "can you give me the in-play {sport} results[ for {league}]?",
            "who's winning in {sport} right now[ in {league}]?",
            "[{league}: ]live {sport} please",
        ],
        "similar": ["get_match_result", "get_league_table"],
    },
    {
        "name": "get_league_table",
        "descriptions": [
            "Get the standings table of a league.",
            "Show league positions and points for a season.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "league": {"type": "string", "description": "League name."},
                "season": {
                    "type": "string",
                    "description": "Season, e.g. 2023-24 (current if omitted).",
                },
                "top_n": {"type": "integer", "description": "Only the top N teams."},
            },
            "required": ["league"],
        },
        "values": {"league": _LEAGUES, "season": _SEASONS, "top_n": "int:3:10"},
        "requests": [
            "{league} table[ for {season}]",
            "show the {league} standings",
            "who's top of the {league}[ in {season}]?",
            "leaders of the {league}[ - top {top_n}]",
            "can you pull up the[ {season}] {league} league table?",
            "where does everyone stand in the {league}[ - top {top_n}]?",
            "standings, {league}[, {season} season]",
            "[first {top_n} only: ]{league} rankings",
        ],
        "similar": ["get_live_scores", "get_team_fixtures"],
    },
    {
        "name": "get_team_fixtures",
        "descriptions": [
            "List a team's upcoming games.",
            "Show the next fixtures on a team's schedule.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "team": {"type": "string", "description": "Team name."},
                "count": {"type": "integer", "description": "How many games to list."},
                "home_only": {"type": "boolean", "description": "Only home games."},
            },
            "required": ["team"],
        },
        "values": {"team": _TEAMS, "count": "int:1:10", "home_only": "bool"},
        "say": {
            "home_only": {
                "true": ["home games only", "just the home matches"],
                "false": ["home and away", "all venues"],
            }
        },
        "requests": [
            "when do {team} play next?",
            "next[ {count}] {team} games[, {home_only}]",
            "{team} fixtures",
            "what's coming up for {team}[ - {home_only}]?",
            "show me {team}'s schedule[ for the next {count} matches]",
            "can you list upcoming {team} games?",
            "[{home_only}: ]{team} upcoming",
            "I want tickets - when are {team} playing[ ({home_only})]?",
        ],
        "similar": ["get_match_result", "follow_team_alerts"],
    },
    {
        "name": "get_player_season_stats",
        "descriptions": [
            "Get a player's statistics for a season.",
            "Look up goals, assists, points or minutes for a player.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "player": {"type": "string", "description": "Player's name."},
                "season": {"type": "string", "description": "Season, e.g. 2023-24."},
                "stats": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["goals", "assists", "points", "minutes", "rebounds", "cards"],
                    },
                    "description": "Which statistics to return.",
                },
            },
            "required": ["player", "season"],
        },
        "values": {
            "player": "pool:person_name",
            "season": _SEASONS,
            "stats": "list:choice:goals|assists|points|minutes|rebounds|cards:1:3",
        },
        "requests": [
            "{player}'s stats for {season}[: {stats}]",
            "how did {player} do in {season}?",
            "show {player} numbers, {season} season[ - {stats}]",
            "what were {player}'s[ {stats}] totals in {season}?",
            "can you look up {player} for {season}?",
            "{player} {season}[ {stats}]",
            "[{stats} - ]{player} in the {season} season",
            "I'm arguing with a friend about {player}'s {season} season; get the stats",
        ],
        "similar": ["get_head_to_head", "get_match_result"],
    },
    {
        "name": "get_head_to_head",
        "descriptions": [
            "Compare two teams' results against each other.",
            "Show the head-to-head record between two teams.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "team_a": {"type": "string", "description": "First team."},
                "team_b": {"type": "string", "description": "Second team."},
                "last_n": {"type": "integer", "description": "Only the last N meetings."},
            },
            "required": ["team_a", "team_b"],
        },
        "values": {"team_a": _TEAMS, "team_b": _TEAMS, "last_n": "int:3:20"},
        "requests": [
            "{team_a} vs {team_b} head to head[, last {last_n} games]",
            "how do {team_a} usually do against {team_b}?",
            "record between {team_a} and {team_b}",
            "who wins more, {team_a} or {team_b}?[ Last {last_n} meetings.]",
            "can you show the history of {team_a} versus {team_b}?",
            "h2h {team_a} {team_b}[ {last_n}]",
            "[over the last {last_n} matches, ]{team_a} against {team_b}",
            "please compare {team_a} and {team_b} results against each other",
        ],
        "similar": ["get_match_result", "compare_stock_returns"],
    },
    {
        "name": "follow_team_alerts",
        "descriptions": [
            "Turn on notifications for a team's games.",
            "Follow a team and choose which match events to be alerted about.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "team": {"type": "string", "description": "Team to follow."},
                "events": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["kickoff", "goals", "half time", "final score", "lineups"],
                    },
                    "description": "Events that trigger a notification.",
                },
            },
            "required": ["team", "events"],
        },
        "values": {
            "team": _TEAMS,
            "events": "list:choice:kickoff|goals|half time|final score|lineups:1:3",
        },
        "requests": [
            "notify me about {events} for {team}",
            "follow {team} - alerts for {events}",
            "I want {events} notifications when {team} play",
            "can you send me {team} {events} alerts?",
            "{team}: alert on {events}",
            "please turn on {events} updates for {team}",
            "ping me with {events} from {team} games",
            "set up {team} alerts ({events})",
        ],
        "similar": ["get_team_fixtures", "set_price_alert"],
    },
]
