// Drives kgassist's /v1/chat/completions with OpenAI's official Node client:
// one completion, the same question streamed, and one call with a wrong
// key. Prints what it saw as one JSON object for server/openai_npm_test.go.
//
// Environment: KGASSIST_NODE_MODULES (the node_modules holding openai),
// KGASSIST_BASE_URL, KGASSIST_KEY, KGASSIST_BAD_KEY, KGASSIST_QUESTION.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const env = process.env;
const load = (file) => import(pathToFileURL(join(env.KGASSIST_NODE_MODULES, 'openai', file)).href);
const sdk = await load('index.mjs');
const { VERSION } = await load('version.mjs');
const OpenAI = sdk.default;
const client = (apiKey) => new OpenAI({ apiKey, baseURL: env.KGASSIST_BASE_URL, maxRetries: 0, timeout: 30_000 });
const params = {
  model: 'kgassist-test',
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: env.KGASSIST_QUESTION },
  ],
};

const good = client(env.KGASSIST_KEY);
const completion = await good.chat.completions.create(params);

const stream = await good.chat.completions.create({ ...params, stream: true });
let streamed = '';
let chunks = 0;
let role = '';
let finish = null;
let streamExtra = null;
for await (const chunk of stream) {
  chunks++;
  for (const choice of chunk.choices) {
    role ||= choice.delta?.role ?? '';
    streamed += choice.delta?.content ?? '';
    finish = choice.finish_reason ?? finish;
  }
  streamExtra = chunk.kgassist ?? streamExtra;
}

let wrongKey = null;
try {
  await client(env.KGASSIST_BAD_KEY).chat.completions.create(params);
} catch (err) {
  wrongKey = {
    class: err.constructor.name,
    authentication: err instanceof sdk.AuthenticationError,
    status: err.status ?? 0,
    type: err.type ?? '',
    code: err.code ?? '',
  };
}

console.log(JSON.stringify({
  sdk_version: VERSION,
  completion: {
    object: completion.object,
    model: completion.model,
    finish: completion.choices[0].finish_reason,
    content: completion.choices[0].message.content,
    kgassist: completion.kgassist,
  },
  stream: { chunks, role, finish, content: streamed, kgassist: streamExtra },
  wrong_key: wrongKey,
}));
