import type { Scorer } from "../types";

export type OpenAiSettings = {
  baseURL: string;
  apiKey: string;
  model: string;
  transcriptionModel: string;
};

export function createOpenAiScorer(settings: OpenAiSettings): Scorer {
  return {
    name: "openai",
    score: () => Promise.reject(new Error(`${settings.model} not ready`)),
  };
}
