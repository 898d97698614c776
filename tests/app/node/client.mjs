// The `openai` npm package against a running Thimble server: one non-streamed tool call and one
// streamed through the SDK's ChatCompletionStream, printed as one JSON object on stdout for
// tests/app/test_node_client.py to check.
//
//   node client.mjs http://127.0.0.1:8000/v1
import OpenAI from "openai";
import { VERSION } from "openai/version";

const baseURL = process.argv[2];
const client = new OpenAI({ baseURL, apiKey: "unused", maxRetries: 0 });

const request = {
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Set the thermostat in the living room to warm." }],
  tools: [
    {
      type: "function",
      function: {
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
    },
  ],
  tool_choice: { type: "function", function: { name: "set_thermostat" } },
  max_tokens: 48,
  temperature: 0,
};

const created = await client.chat.completions.create(request);

const stream = client.chat.completions.stream({ ...request, stream_options: { include_usage: true } });
const chunks = [];
const fragments = [];
stream.on("chunk", (chunk) => chunks.push(chunk));
stream.on("tool_calls.function.arguments.delta", (event) => fragments.push(event.arguments_delta));
const final = await stream.finalChatCompletion();

console.log(JSON.stringify({ version: VERSION, request, created, final, chunks, fragments }));
