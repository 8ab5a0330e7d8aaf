import OpenAI from "openai";

import { levelForScore, roundScore } from "../cefr";
import type {
  Scorer,
  ScoringRequest,
  ScoringResult,
  SubSkill,
  TaskNote,
  TaskResponse,
} from "../types";
import {
  RUBRIC_SCHEMA_NAME,
  rubricAnswer,
  rubricJsonSchema,
  type RubricAnswer,
} from "./answer";
import { ScoringProviderError } from "./errors";
import {
  answersMessage,
  RUBRIC_INSTRUCTIONS,
  type PromptTask,
} from "./prompts";
import { transcriptOf } from "./transcribe";

export type OpenAiSettings = {
  baseURL: string;
  apiKey: string;
  model: string;
  transcriptionModel: string;
  /** The SDK's own retries before a call counts as failed. */
  maxRetries?: number;
};

type Prepared = { response: TaskResponse; answer: string | null };

// Network and HTTP failures surface after the SDK's retries; they become
// one error type the job runner retries later.
async function callApi<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof OpenAI.APIError)) throw error;
    throw new ScoringProviderError(`The scoring API failed to ${what}.`, {
      cause: error,
    });
  }
}

async function prepare(
  client: OpenAI,
  settings: OpenAiSettings,
  request: ScoringRequest,
): Promise<Prepared[]> {
  return Promise.all(
    request.responses.map(async (response) => {
      if (response.kind === "writing") {
        return { response, answer: response.text };
      }
      const answer = await callApi("transcribe a recording", () =>
        transcriptOf(
          client,
          settings.transcriptionModel,
          response,
          request.language,
        ),
      );
      return { response, answer };
    }),
  );
}

function promptTask(prepared: Prepared): PromptTask {
  const { response } = prepared;
  const limits =
    response.kind === "writing"
      ? `${response.minWords}-${response.maxWords} words`
      : `up to ${response.maxAnswerSeconds} seconds`;
  return {
    taskId: response.taskId,
    kind: response.kind,
    prompt: response.prompt,
    answer: prepared.answer ?? "",
    limits,
  };
}

async function askRubric(
  client: OpenAI,
  model: string,
  request: ScoringRequest,
  tasks: PromptTask[],
): Promise<RubricAnswer> {
  const completion = await callApi("score the answers", () =>
    client.chat.completions.create({
      model,
      temperature: 0,
      messages: [
        { role: "system", content: RUBRIC_INSTRUCTIONS },
        { role: "user", content: answersMessage(request, tasks) },
      ],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: RUBRIC_SCHEMA_NAME,
          strict: true,
          schema: rubricJsonSchema(),
        },
      },
    }),
  );
  return parseAnswer(completion.choices[0]?.message);
}

function parseAnswer(
  message: OpenAI.Chat.ChatCompletionMessage | undefined,
): RubricAnswer {
  if (message?.refusal) {
    throw new ScoringProviderError("The scoring model refused to score.");
  }

  let json: unknown;
  try {
    json = JSON.parse(message?.content ?? "");
  } catch (cause) {
    throw new ScoringProviderError("The scoring model answered no JSON.", {
      cause,
    });
  }
  const parsed = rubricAnswer.safeParse(json);
  if (!parsed.success) {
    throw new ScoringProviderError(
      "The scoring model's answer does not match the rubric.",
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

function taskNote(
  prepared: Prepared,
  position: number,
  answer: RubricAnswer,
): { note: TaskNote; reason: string | null } {
  const { response } = prepared;
  const transcript = response.kind === "speaking" ? prepared.answer : null;
  if (prepared.answer === null) {
    const reason =
      `Task ${position + 1} is a recording without a transcript; ` +
      "a reviewer must listen";
    const note = { taskId: response.taskId, level: null, score: null };
    return { note: { ...note, notes: [reason], transcript }, reason };
  }

  const scored = answer.tasks.find((t) => t.taskId === response.taskId);
  if (!scored) {
    throw new ScoringProviderError(
      `The scoring model left out task ${position + 1}.`,
    );
  }
  const score = roundScore(scored.score);
  const level = levelForScore(score);
  const note = { taskId: response.taskId, level, score, transcript };
  return { note: { ...note, notes: scored.notes }, reason: null };
}

function subScoresOf(answer: RubricAnswer, spoken: boolean) {
  const { fluency, ...written } = answer.subScores;
  const scores: Partial<Record<SubSkill, number>> = {};
  for (const [skill, value] of Object.entries(written)) {
    scores[skill as SubSkill] = roundScore(value);
  }
  if (spoken && fluency !== null) scores.fluency = roundScore(fluency);
  return scores;
}

function toResult(
  prepared: Prepared[],
  answer: RubricAnswer | null,
  model: string,
): ScoringResult {
  const empty: RubricAnswer = {
    tasks: [],
    subScores: { grammar: 0, vocabulary: 0, coherence: 0, fluency: null },
    improvements: [],
    confidence: 0,
  };
  const notes = prepared.map((p, i) => taskNote(p, i, answer ?? empty));
  const scores = notes.flatMap(({ note }) => note.score ?? []);
  const reviewReasons = notes.flatMap(({ reason }) => reason ?? []);
  const overall = roundScore(
    scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length),
  );
  const spoken = prepared.some(
    (p) => p.response.kind === "speaking" && p.answer !== null,
  );
  const scoredShare = scores.length / Math.max(1, prepared.length);

  return {
    status: reviewReasons.length ? "needs_review" : "scored",
    overall: answer ? { level: levelForScore(overall), score: overall } : null,
    subScores: answer ? subScoresOf(answer, spoken) : {},
    tasks: notes.map(({ note }) => note),
    improvements: answer?.improvements.slice(0, 5) ?? [],
    confidence: Math.round((answer?.confidence ?? 0) * scoredShare * 100) / 100,
    reviewReasons,
    scorer: { name: "openai", version: model },
  };
}

async function scoreRequest(
  client: OpenAI,
  settings: OpenAiSettings,
  request: ScoringRequest,
): Promise<ScoringResult> {
  const prepared = await prepare(client, settings, request);

  const answerable = prepared.filter((p) => p.answer !== null);
  if (answerable.length === 0) return toResult(prepared, null, settings.model);

  const tasks = answerable.map(promptTask);
  const answer = await askRubric(client, settings.model, request, tasks);
  return toResult(prepared, answer, settings.model);
}

/**
 * A scorer backed by an OpenAI-compatible API: recordings are transcribed,
 * then a chat model scores every answer against the rubric.
 */
export function createOpenAiScorer(settings: OpenAiSettings): Scorer {
  const client = new OpenAI({
    baseURL: settings.baseURL,
    apiKey: settings.apiKey,
    maxRetries: settings.maxRetries ?? 2,
  });
  return {
    name: "openai",
    score: (request) => scoreRequest(client, settings, request),
  };
}
