"""Statistics tools (summaries, percentiles, correlation, z-scores, distributions) for the
offline synthetic library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "statistics"

TOOLS = [
    {
        "name": "summarize_sample",
        "descriptions": [
            "Compute summary statistics of a list of numbers.",
            "Describe a sample: mean, median, mode, spread.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "values": {
                    "type": "array",
                    "items": {"type": "number"},
                    "description": "The data points.",
                },
                "measures": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": ["mean", "median", "mode", "variance", "range", "std dev"],
                    },
                    "description": "Statistics to report (all if omitted).",
                },
            },
            "required": ["values"],
        },
        "values": {
            "values": "list:float:0:100:1:4:7",
            "measures": "list:choice:mean|median|mode|variance|range|std dev:1:3",
        },
        "requests": [
            "summarize {values}[ - I need the {measures}]",
            "stats for {values}",
            "what's the[ {measures} of the] data {values}?",
            "describe this sample: {values}",
            "can you crunch {values}[ and give me {measures}]?",
            "[{measures} - ]numbers {values}",
            "my measurements were {values}; summarise them",
            "here's my data {values}, basic statistics please",
        ],
        "similar": ["percentile_of_sample", "correlation_coefficient"],
    },
    {
        "name": "percentile_of_sample",
        "descriptions": [
            "Return the value at a given percentile of a sample.",
            "Find a percentile (e.g. 90th) of a list of numbers.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "values": {
                    "type": "array",
                    "items": {"type": "number"},
                    "description": "The data points.",
                },
                "percentile": {"type": "integer", "description": "Percentile from 1 to 99."},
            },
            "required": ["values", "percentile"],
        },
        "values": {"values": "list:int:1:500:4:7", "percentile": "int:1:99"},
        "requests": [
            "{percentile}th percentile of {values}",
            "what value sits at percentile {percentile} in {values}?",
            "percentile {percentile} for {values}",
            "given {values}, where's the {percentile}th percentile?",
            "can you find p{percentile} of {values}?",
            "in the data {values}, what's the cut-off for the {percentile} percentile",
            "compute the {percentile} percentile: {values}",
            "my latencies are {values} - p{percentile}?",
        ],
        "similar": ["summarize_sample", "z_score_of_value"],
    },
    {
        "name": "correlation_coefficient",
        "descriptions": [
            "Pearson or Spearman correlation between two lists of numbers.",
            "Measure how strongly two paired samples move together.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "x": {
                    "type": "array",
                    "items": {"type": "number"},
                    "description": "First variable.",
                },
                "y": {
                    "type": "array",
                    "items": {"type": "number"},
                    "description": "Second variable.",
                },
                "method": {
                    "type": "string",
                    "enum": ["pearson", "spearman"],
                    "description": "Correlation method.",
                },
            },
            "required": ["x", "y"],
        },
        "values": {"x": "list:int:1:50:4:6", "y": "list:int:1:50:4:6", "method": "enum"},
        "say": {"method": {"pearson": ["Pearson"], "spearman": ["Spearman", "rank"]}},
        "requests": [
            "correlation between {x} and {y}[ ({method})]",
            "how correlated are {x} and {y}?",
            "[{method} ]r for x = {x}, y = {y}",
            "do {x} and {y} move together? compute the correlation",
            "can you get the[ {method}] correlation coefficient of {x} vs {y}?",
            "x {x} y {y} correlation",
            "is there a relationship between {x} and {y}[ using {method}]?",
            "please correlate {x} with {y}",
        ],
        "similar": ["fit_linear_trend", "summarize_sample"],
    },
    {
        "name": "fit_linear_trend",
        "descriptions": [
            "Fit a straight line y = a + b x to paired data.",
            "Least-squares linear fit, optionally predicting y at a new x.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "x": {"type": "array", "items": {"type": "number"}, "description": "Input values."},
                "y": {
                    "type": "array",
                    "items": {"type": "number"},
                    "description": "Output values.",
                },
                "predict_at": {"type": "number", "description": "Also predict y at this x."},
            },
            "required": ["x", "y"],
        },
        "values": {
            "x": "list:int:1:20:4:6",
            "y": "list:int:1:100:4:6",
            "predict_at": "float:0:40:1",
        },
        "requests": [
            "fit a line to x {x} and y {y}[, then predict at {predict_at}]",
            "best-fit straight line for {x} vs {y}",
            "linear trend of y = {y} over x = {x}",
            "what's the slope and intercept for {x} and {y}?",
            "can you run a least-squares fit on x {x}, y {y}[ and estimate y at x = {predict_at}]?",
            "x: {x} / y: {y} - line of best fit",
            "[extrapolate to {predict_at}: ]regress {y} on {x}",
            "please draw a trend line through {x} and {y}",
        ],
        "similar": ["correlation_coefficient", "find_polynomial_roots"],
    },
    {
        "name": "z_score_of_value",
        "descriptions": [
            "How many standard deviations a value is from the mean.",
            "Standardise a value given the mean and standard deviation.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "value": {"type": "number", "description": "Observed value."},
                "mean": {"type": "number", "description": "Population mean."},
                "std_dev": {"type": "number", "description": "Population standard deviation."},
            },
            "required": ["value", "mean", "std_dev"],
        },
        "values": {"value": "float:0:200:1", "mean": "float:50:150:1", "std_dev": "float:1:30:1"},
        "requests": [
            "z-score of {value} with mean {mean} and sd {std_dev}",
            "how unusual is {value} if the mean is {mean} and std dev is {std_dev}?",
            "standardise {value}: mean {mean}, sigma {std_dev}",
            "how many sigmas is {value} away from {mean} when sigma = {std_dev}?",
            "z for x = {value}, mu = {mean}, sd = {std_dev}",
            "can you compute the standard score of {value} (mean {mean}, sd {std_dev})?",
            "my score was {value}; class mean {mean}, spread {std_dev} - what's my z?",
            "mean {mean}, std {std_dev}: z-score for {value}",
        ],
        "similar": ["normal_tail_probability", "percentile_of_sample"],
    },
    {
        "name": "normal_tail_probability",
        "descriptions": [
            "Probability that a normal variable falls below or above a value.",
            "Normal distribution CDF or upper tail for given mean and spread.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "x": {"type": "number", "description": "Cut-off value."},
                "mean": {"type": "number", "description": "Distribution mean."},
                "std_dev": {"type": "number", "description": "Distribution standard deviation."},
                "tail": {
                    "type": "string",
                    "enum": ["below", "above"],
                    "description": "Lower or upper tail.",
                },
            },
            "required": ["x", "mean", "std_dev", "tail"],
        },
        "values": {
            "x": "float:0:200:1",
            "mean": "float:50:150:1",
            "std_dev": "float:1:30:1",
            "tail": "enum",
        },
        "requests": [
            "probability of being {tail} {x} in a normal with mean {mean} and sd {std_dev}",
            "P(X {tail} {x}) for N({mean}, {std_dev})",
            "if heights are normal, mean {mean}, sd {std_dev}, what share is {tail} {x}?",
            "normal distribution, mu {mean}, sigma {std_dev}: chance of landing {tail} {x}",
            "can you work out how likely a value {tail} {x} is, given mean {mean} and std dev {std_dev}?",
            "tail probability {tail} {x}; mean {mean}; sd {std_dev}",
            "what fraction falls {tail} {x} when the mean's {mean} and the spread's {std_dev}?",
            "mean {mean} sd {std_dev} - P {tail} {x}?",
        ],
        "similar": ["z_score_of_value", "binomial_chance"],
    },
    {
        "name": "binomial_chance",
        "descriptions": [
            "Probability of exactly k successes in n independent trials.",
            "Binomial probability for a success rate and trial count.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "trials": {"type": "integer", "description": "Number of trials n."},
                "successes": {"type": "integer", "description": "Number of successes k."},
                "p": {"type": "number", "description": "Success probability per trial, 0 to 1."},
                "cumulative": {
                    "type": "boolean",
                    "description": "Return P(at most k) instead of P(exactly k).",
                },
            },
            "required": ["trials", "successes", "p"],
        },
        "values": {
            "trials": "int:5:50",
            "successes": "int:0:5",
            "p": "float:0.05:0.95:2",
            "cumulative": "bool",
        },
        "say": {
            "cumulative": {
                "true": ["at most that many", "cumulative"],
                "false": ["exactly that many", "not cumulative"],
            }
        },
        "requests": [
            "chance of {successes} successes in {trials} tries with p = {p}[, {cumulative}]",
            "binomial: n {trials}, k {successes}, p {p}",
            "if each attempt works with probability {p}, how likely are {successes} wins out of {trials}?",
            "P(k={successes}) for {trials} trials at {p}[ - {cumulative}]",
            "I flip a biased coin ({p}) {trials} times; odds of {successes} heads?",
            "can you compute the binomial probability for {successes} of {trials} with success rate {p}?",
            "[{cumulative}: ]{successes} out of {trials}, p={p}",
            "what's the likelihood of getting {successes} hits in {trials} shots when p is {p}",
        ],
        "similar": ["normal_tail_probability", "summarize_sample"],
    },
]
