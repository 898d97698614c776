"""Geometry tools (circles, triangles, solids, polygons, coordinates) for the offline synthetic
library.

Plain data read by distill/synth/offline.py; see docs/data-format.md for the format.
"""

DOMAIN = "geometry"

_POINT = {
    "type": "object",
    "properties": {
        "x": {"type": "number", "description": "Horizontal coordinate."},
        "y": {"type": "number", "description": "Vertical coordinate."},
    },
    "required": ["x", "y"],
}

TOOLS = [
    {
        "name": "circle_measurements",
        "descriptions": [
            "Area, circumference or diameter of a circle from its radius.",
            "Measure a circle given the radius.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "radius": {"type": "number", "description": "Radius length."},
                "measure": {
                    "type": "string",
                    "enum": ["area", "circumference", "diameter"],
                    "description": "What to compute.",
                },
            },
            "required": ["radius", "measure"],
        },
        "values": {"radius": "float:0.5:50:1", "measure": "enum"},
        "requests": [
            "{measure} of a circle, radius {radius}",
            "a circle has radius {radius} - what's its {measure}?",
            "r = {radius}, find the {measure}",
            "what is the {measure} when the radius is {radius}?",
            "can you give me the {measure} of a {radius}-unit-radius circle?",
            "circle r{radius} {measure}",
            "my round table is {radius} feet in radius; {measure}?",
            "compute {measure} for radius {radius}",
        ],
        "similar": ["arc_length", "triangle_area_from_sides"],
    },
    {
        "name": "arc_length",
        "descriptions": [
            "Length of a circular arc from radius and angle.",
            "How long an arc is for a central angle in degrees.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "radius": {"type": "number", "description": "Circle radius."},
                "angle_degrees": {"type": "number", "description": "Central angle in degrees."},
            },
            "required": ["radius", "angle_degrees"],
        },
        "values": {"radius": "float:0.5:50:1", "angle_degrees": "int:1:359"},
        "requests": [
            "arc length for radius {radius} and {angle_degrees} degrees",
            "how long is a {angle_degrees}° arc on a circle of radius {radius}?",
            "r {radius}, angle {angle_degrees} deg: arc?",
            "what's the arc length when the angle is {angle_degrees} degrees and r = {radius}",
            "can you find the length of the arc subtending {angle_degrees} degrees, radius {radius}?",
            "{angle_degrees} degrees of a {radius} radius circle - length along the edge?",
            "arc: {radius}, {angle_degrees}°",
            "please compute the arc for a radius of {radius} and central angle {angle_degrees}",
        ],
        "similar": ["circle_measurements", "convert_angle"],
    },
    {
        "name": "triangle_area_from_sides",
        "descriptions": [
            "Area of a triangle from its three side lengths (Heron's formula).",
            "Use three sides to get a triangle's area.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "a": {"type": "number", "description": "First side length."},
                "b": {"type": "number", "description": "Second side length."},
                "c": {"type": "number", "description": "Third side length."},
            },
            "required": ["a", "b", "c"],
        },
        "values": {"a": "int:8:12", "b": "int:9:13", "c": "int:10:15"},
        "requests": [
            "triangle with sides {a}, {b}, {c} - area?",
            "Heron's formula for {a}, {b} and {c}",
            "what's the area if the sides are {a}, {b}, {c}?",
            "sides {a} {b} {c}: how big is the triangle",
            "can you compute the area of a {a}-{b}-{c} triangle?",
            "my garden bed is triangular with edges {a}, {b} and {c} metres; area?",
            "area from three sides {a}, {b}, {c}",
            "please use Heron on a={a}, b={b}, c={c}",
        ],
        "similar": ["right_triangle_side", "polygon_angles"],
    },
    {
        "name": "right_triangle_side",
        "descriptions": [
            "Missing side of a right triangle via Pythagoras.",
            "Get the hypotenuse or a leg of a right-angled triangle.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "known_side": {"type": "number", "description": "One leg length."},
                "other_side": {"type": "number", "description": "Second known length."},
                "other_is_hypotenuse": {
                    "type": "boolean",
                    "description": "True when the second length is the hypotenuse.",
                },
            },
            "required": ["known_side", "other_side", "other_is_hypotenuse"],
        },
        "values": {
            "known_side": "int:3:20",
            "other_side": "int:21:40",
            "other_is_hypotenuse": "bool",
        },
        "say": {
            "other_is_hypotenuse": {
                "true": ["is the hypotenuse", "is the long side"],
                "false": ["is the other leg", "is a leg too"],
            }
        },
        "requests": [
            "right triangle: one leg {known_side}, and {other_side} {other_is_hypotenuse} - missing side?",
            "Pythagoras: leg {known_side}, and the {other_side} side {other_is_hypotenuse}",
            "I know a leg is {known_side}; {other_side} {other_is_hypotenuse}. Find the third side",
            "missing side of a right-angled triangle: {known_side}, {other_side} ({other_is_hypotenuse})",
            "can you solve the right triangle with leg {known_side} where {other_side} {other_is_hypotenuse}?",
            "leg {known_side}, {other_side} {other_is_hypotenuse} → third side",
            "ladder problem: {known_side} along the ground and {other_side} {other_is_hypotenuse}; what's left?",
            "third side please - I have {known_side} as a leg, while {other_side} {other_is_hypotenuse}",
        ],
        "similar": ["triangle_area_from_sides", "distance_between_points"],
    },
    {
        "name": "solid_volume",
        "descriptions": [
            "Volume of a cylinder or cone from radius and height.",
            "Compute how much a cylindrical or conical solid holds.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "shape": {
                    "type": "string",
                    "enum": ["cylinder", "cone"],
                    "description": "Shape of the solid.",
                },
                "dimensions": {
                    "type": "object",
                    "description": "Size of the solid.",
                    "properties": {
                        "radius": {"type": "number", "description": "Base radius."},
                        "height": {"type": "number", "description": "Height of the solid."},
                    },
                    "required": ["radius", "height"],
                },
                "units": {"type": "string", "description": "Length unit of the dimensions."},
            },
            "required": ["shape", "dimensions"],
        },
        "values": {
            "shape": "enum",
            "dimensions": {"radius": "float:0.5:20:1", "height": "float:1:50:1"},
            "units": "choice:cm|m|inches|mm",
        },
        "requests": [
            "volume of a {shape} with radius {dimensions.radius} and height {dimensions.height}[ {units}]",
            "how much fits in a {shape}, r = {dimensions.radius}, h = {dimensions.height}?",
            "{shape}: radius {dimensions.radius}[ {units}], height {dimensions.height} - volume?",
            "can you compute the volume of a {dimensions.height}-tall {shape} whose radius is {dimensions.radius}?",
            "{shape} r{dimensions.radius} h{dimensions.height}",
            "what's the capacity of a {shape} {dimensions.height} high with a {dimensions.radius} radius[, all in {units}]?",
            "[units {units}: ]volume, {shape}, radius {dimensions.radius}, height {dimensions.height}",
            "I'm filling a {shape} of radius {dimensions.radius} and height {dimensions.height}; how much volume is that",
        ],
        "similar": ["circle_measurements", "convert_volume"],
    },
    {
        "name": "polygon_angles",
        "descriptions": [
            "Interior angle sum and each interior angle of a regular polygon.",
            "Angles of a regular polygon with n sides.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "sides": {"type": "integer", "description": "Number of sides."},
            },
            "required": ["sides"],
        },
        "values": {"sides": "int:3:20"},
        "requests": [
            "angles of a regular polygon with {sides} sides",
            "interior angle of a {sides}-gon?",
            "what do the angles in a {sides}-sided shape add up to?",
            "{sides} sides - each angle?",
            "can you tell me the angle sum for a polygon with {sides} sides?",
            "regular {sides}-sided polygon: interior angles",
            "I'm building a frame with {sides} equal sides; what angle do I cut?",
            "please give the angles for n = {sides}",
        ],
        "similar": ["triangle_area_from_sides", "arc_length"],
    },
    {
        "name": "distance_between_points",
        "descriptions": [
            "Straight-line distance between two points in the plane.",
            "Euclidean distance (and midpoint) of two 2D points.",
        ],
        "parameters": {
            "type": "object",
            "properties": {
                "point_a": {**_POINT, "description": "First point."},
                "point_b": {**_POINT, "description": "Second point."},
                "include_midpoint": {"type": "boolean", "description": "Also return the midpoint."},
            },
            "required": ["point_a", "point_b"],
        },
        "values": {
            "point_a": {"x": "int:-20:20", "y": "int:-20:20"},
            "point_b": {"x": "int:-20:20", "y": "int:-20:20"},
            "include_midpoint": "bool",
        },
        "say": {
            "include_midpoint": {
                "true": ["and the midpoint", "plus the midpoint"],
                "false": ["no midpoint needed", "distance only"],
            }
        },
        "requests": [
            "distance from ({point_a.x}, {point_a.y}) to ({point_b.x}, {point_b.y})[ {include_midpoint}]",
            "how far apart are ({point_a.x},{point_a.y}) and ({point_b.x},{point_b.y})?",
            "points A({point_a.x}, {point_a.y}) and B({point_b.x}, {point_b.y}): distance[, {include_midpoint}]",
            "length of the segment between ({point_a.x}, {point_a.y}) and ({point_b.x}, {point_b.y})",
            "can you find the distance between x={point_a.x}, y={point_a.y} and x={point_b.x}, y={point_b.y}?",
            "({point_a.x}, {point_a.y}) → ({point_b.x}, {point_b.y}) distance",
            "[{include_midpoint}: ]A = ({point_a.x}, {point_a.y}), B = ({point_b.x}, {point_b.y})",
            "on a grid, how far is ({point_a.x}, {point_a.y}) from ({point_b.x}, {point_b.y})",
        ],
        "similar": ["distance_between_cities", "right_triangle_side"],
    },
]
