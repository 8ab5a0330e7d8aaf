import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { ScoringRequest, SpeakingResponse } from "../types";
import { ScoringProviderError } from "./errors";
import { createOpenAiScorer } from "./scorer";

type Seen = { path: string; body: Buffer };

let server: Server;
let baseURL: string;
let seen: Seen[] = [];
let modelContent = "";

const RUBRIC = {
  tasks: [
    { taskId: "email", level: "B2", score: 6.84, notes: ["Clear request"] },
    { taskId: "call", level: "B1", score: 5.2, notes: ["Some pauses"] },
  ],
  subScores: { grammar: 6.1, vocabulary: 6.5, coherence: 6, fluency: 5.25 },
  improvements: ["Vary linking words", "Shorter pauses", "Fewer fillers"],
  confidence: 0.8,
};

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function completion(content: string, refusal: string | null = null) {
  return {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 0,
    model: "test-model",
    choices: [
      {
        index: 0,
        finish_reason: "stop",
        message: { role: "assistant", content, refusal },
      },
    ],
  };
}

async function answer(request: IncomingMessage, response: ServerResponse) {
  const body = await readBody(request);
  seen.push({ path: request.url ?? "", body });
  response.setHeader("content-type", "application/json");
  if (request.url === "/v1/audio/transcriptions") {
    response.end(JSON.stringify({ text: "I led the invoice project." }));
  } else if (modelContent === "REFUSE") {
    response.end(JSON.stringify(completion("", "I cannot help.")));
  } else {
    response.end(JSON.stringify(completion(modelContent)));
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  seen = [];
  modelContent = JSON.stringify(RUBRIC);
});

const scorer = () =>
  createOpenAiScorer({
    baseURL,
    apiKey: "test-key",
    model: "test-model",
    transcriptionModel: "test-whisper",
    maxRetries: 0,
  });

const REQUEST: ScoringRequest = {
  language: "en-GB",
  targetLevel: "B2",
  responses: [
    {
      taskId: "email",
      kind: "writing",
      prompt: "Ask your manager to move the meeting.",
      minWords: 60,
      maxWords: 200,
      text: "Dear Mark, could we move the meeting to Wednesday?",
    },
    {
      taskId: "call",
      kind: "speaking",
      prompt: "Describe a project you are proud of.",
      maxAnswerSeconds: 120,
      transcript: null,
      audio: { bytes: Buffer.from("webm-bytes"), contentType: "audio/webm" },
      durationSeconds: 30,
    },
  ],
};

describe("OpenAI-compatible scorer", () => {
  it("transcribes the recording and maps the rubric answer", async () => {
    const result = await scorer().score(REQUEST);

    expect(result.status).toBe("scored");
    expect(result.overall).toEqual({ level: "B1", score: 6 });
    expect(result.subScores).toEqual({
      grammar: 6.1,
      vocabulary: 6.5,
      coherence: 6,
      fluency: 5.3,
    });
    expect(result.tasks[0]).toMatchObject({ level: "B2", score: 6.8 });
    expect(result.tasks[1]?.transcript).toBe("I led the invoice project.");
    expect(result.scorer).toEqual({ name: "openai", version: "test-model" });
  });

  it("sends the model name, the JSON schema and the audio", async () => {
    await scorer().score(REQUEST);

    const upload = seen.find((s) => s.path === "/v1/audio/transcriptions");
    expect(upload?.body.toString()).toContain("test-whisper");
    expect(upload?.body.toString()).toContain("webm-bytes");
    const chat = seen.find((s) => s.path === "/v1/chat/completions");
    const body = JSON.parse(chat!.body.toString());
    expect(body.model).toBe("test-model");
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.schema.required).toContain(
      "subScores",
    );
    expect(body.messages[1].content).toContain("I led the invoice project.");
  });

  it("refuses a malformed model answer", async () => {
    modelContent = JSON.stringify({ ...RUBRIC, confidence: "high" });

    await expect(scorer().score(REQUEST)).rejects.toBeInstanceOf(
      ScoringProviderError,
    );
  });

  it("refuses an answer that is not JSON, or a refusal", async () => {
    modelContent = "Level B2, well done.";
    await expect(scorer().score(REQUEST)).rejects.toThrow(/no JSON/);

    modelContent = "REFUSE";
    await expect(scorer().score(REQUEST)).rejects.toThrow(/refused/);
  });

  it("fails when the model leaves out a task", async () => {
    modelContent = JSON.stringify({ ...RUBRIC, tasks: RUBRIC.tasks.slice(1) });

    await expect(scorer().score(REQUEST)).rejects.toThrow(/left out task 1/);
  });

  it("throws when the API cannot be reached", async () => {
    const offline = createOpenAiScorer({
      baseURL: "http://127.0.0.1:9/v1",
      apiKey: "test-key",
      model: "test-model",
      transcriptionModel: "test-whisper",
      maxRetries: 0,
    });

    await expect(offline.score(REQUEST)).rejects.toBeInstanceOf(
      ScoringProviderError,
    );
  });

  it("sends a recording it cannot transcribe to review", async () => {
    const silent: ScoringRequest = {
      ...REQUEST,
      responses: [
        REQUEST.responses[0]!,
        { ...(REQUEST.responses[1] as SpeakingResponse), audio: null },
      ],
    };
    const result = await scorer().score(silent);

    expect(result.status).toBe("needs_review");
    expect(result.reviewReasons).toEqual([
      "Task 2 is a recording without a transcript; a reviewer must listen",
    ]);
    expect(result.subScores.fluency).toBeUndefined();
  });
});
