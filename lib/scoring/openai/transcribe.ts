import type OpenAI from "openai";
import { toFile } from "openai";

import type { SpeakingResponse } from "../types";

const EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "audio/ogg": "ogg",
  "audio/mp4": "m4a",
  "audio/mpeg": "mp3",
  "audio/wav": "wav",
};

/** The file name tells the API the container; webm is what browsers record. */
function fileName(contentType: string): string {
  const base = contentType.split(";")[0]?.trim() ?? "";
  return `answer.${EXTENSIONS[base] ?? "webm"}`;
}

/**
 * What was said in a speaking answer: its stored transcript, otherwise the
 * API's transcription of the recording, or null without either.
 */
export async function transcriptOf(
  client: OpenAI,
  model: string,
  response: SpeakingResponse,
  language: string,
): Promise<string | null> {
  if (response.transcript?.trim()) return response.transcript;
  if (!response.audio) return null;

  const { bytes, contentType } = response.audio;
  const file = await toFile(bytes, fileName(contentType), {
    type: contentType,
  });
  const transcription = await client.audio.transcriptions.create({
    file,
    model,
    language: language.split("-")[0],
  });
  return transcription.text.trim() || null;
}
