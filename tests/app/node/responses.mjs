// The `openai` npm package's Responses API against a running Thimble server: one non-streamed
// function call (`responses.create`) and one streamed through the SDK's ResponseStream, printed
// as one JSON object on stdout for tests/app/test_node_responses.py to check.
//
//   node responses.mjs http://127.0.0.1:8000/v1
import OpenAI from "openai";

const baseURL = process.argv[2];
const client = new OpenAI({ baseURL, apiKey: "unused", maxRetries: 0 });

const request = {
  model: "gpt-4.1-mini",
  input: "Set the thermostat in the living room to warm.",
  tools: [
    {
      type: "function",
      name: "set_thermostat",
      description: "Set a room's thermostat.",
      strict: true,
      parameters: {
        type: "object",
        properties: {
          room: { type: "string", enum: ["living room", "kitchen", "bedroom"] },
          mode: { type: "string", enum: ["warm", "cool", "off"] },
          eco: { type: "boolean" },
        },
        required: ["room", "mode", "eco"],
        additionalProperties: false,
      },
    },
  ],
  tool_choice: { type: "function", name: "set_thermostat" },
  max_output_tokens: 48,
  temperature: 0,
};

const created = await client.responses.create(request);

const stream = client.responses.stream(request);
const types = [];
const fragments = [];
stream.on("event", (event) => types.push(event.type));
stream.on("response.function_call_arguments.delta", (event) => fragments.push(event.delta));
const final = await stream.finalResponse();

console.log(JSON.stringify({ request, created, final, types, fragments }));
