import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import pRetry from "p-retry";
import type { ResolvedOptions } from "../config";
import { notFound } from "../errors";
import { randomHex, randomToken } from "../random";
import type { SimState } from "../state";
import type {
  DeliveryAttempt,
  Origin,
  Webhook,
  WebhookEnvelope,
  WebhookEvent,
} from "../types";
import { signDelivery } from "./signature";

const retriesAfterFailure = 5;

class DeliveryFailed extends Error {}

/** Sends Lever-shaped webhook deliveries and retries failed ones. */
export class WebhookDispatcher {
  private controller = unlimitedController();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly state: () => SimState,
    private readonly options: ResolvedOptions,
  ) {}

  emit(event: WebhookEvent, data: Record<string, unknown>, origin: Origin) {
    const state = this.state();
    if (!state.eventGroups[event]) return;

    const hooks = [...state.webhooks.values()].filter(
      (h) => h.event === event && (!h.origins || h.origins.includes(origin)),
    );
    const triggeredAt = Date.now();
    for (const hook of hooks) {
      const token = randomToken(48);
      const envelope: WebhookEnvelope = {
        triggeredAt,
        event,
        data,
        token,
        signature: signDelivery(hook.signatureToken, token, triggeredAt),
      };
      if (state.held.holding) {
        state.held.deliveries.set(token, { webhookId: hook.id, envelope });
        continue;
      }
      this.track(this.deliver(hook, envelope, this.controller.signal));
    }
  }

  /**
   * Sends a held delivery now, through the same retries as any other.
   * Sending one twice is a duplicate, as Lever's retries produce. A forged
   * copy gets a token of its own and a signature made with another key,
   * so a receiver must refuse it.
   */
  sendHeld(token: string, options: { forge?: boolean } = {}) {
    const held = this.state().held.deliveries.get(token);
    const hook = held && this.state().webhooks.get(held.webhookId);
    if (!held || !hook) throw notFound("Held delivery", token);

    const envelope = options.forge ? forged(held.envelope) : held.envelope;
    const deliveryId = randomUUID();
    this.track(
      this.deliver(hook, envelope, this.controller.signal, deliveryId),
    );
    return { deliveryId, token: envelope.token };
  }

  /** Resolves once every delivery, retries included, has finished. */
  async idle() {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
    }
  }

  /** Stops pending retries, e.g. on reset or shutdown. */
  abortAll() {
    this.controller.abort();
    this.controller = unlimitedController();
  }

  private track(delivery: Promise<void>) {
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
  }

  private async deliver(
    hook: Webhook,
    envelope: WebhookEnvelope,
    signal: AbortSignal,
    deliveryId: string = randomUUID(),
  ) {
    const body = JSON.stringify(envelope);
    const attempt = (n: number) =>
      this.attempt({ hook, envelope, body, deliveryId, attempt: n, signal });
    await pRetry(attempt, {
      retries: retriesAfterFailure,
      minTimeout: this.options.webhookRetryBaseDelayMs,
      factor: 2,
      randomize: false,
      signal,
    }).catch(() => undefined);
  }

  private async attempt(input: {
    hook: Webhook;
    envelope: WebhookEnvelope;
    body: string;
    deliveryId: string;
    attempt: number;
    signal: AbortSignal;
  }) {
    const started = Date.now();
    const timeout = AbortSignal.timeout(this.options.webhookTimeoutMs);
    const outcome = await postOnce(input.hook.url, input.body, [
      input.signal,
      timeout,
    ]);

    this.record({
      deliveryId: input.deliveryId,
      webhookId: input.hook.id,
      event: input.envelope.event,
      url: input.hook.url,
      attempt: input.attempt,
      status: outcome.status,
      error: outcome.error,
      ok: outcome.ok,
      durationMs: Date.now() - started,
      at: started,
    });
    if (!outcome.ok) {
      throw new DeliveryFailed(outcome.error ?? `HTTP ${outcome.status}`);
    }
  }

  private record(attempt: DeliveryAttempt) {
    const log = this.state().deliveries;
    log.push(attempt);
    const kept = this.options.keptDeliveryAttempts;
    if (log.length > kept) log.splice(0, log.length - kept);
    this.options.log(
      `webhook ${attempt.event} -> ${attempt.url} attempt ${attempt.attempt}: ` +
        `${attempt.status ?? attempt.error}`,
    );
  }
}

// Every delivery in flight listens on the one abort signal; thousands at
// once are expected, not a leak.
function unlimitedController() {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

function forged(envelope: WebhookEnvelope): WebhookEnvelope {
  const token = randomToken(48);
  const signature = signDelivery(randomHex(24), token, envelope.triggeredAt);
  return { ...envelope, token, signature };
}

interface Outcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** Any 2xx is success; 3xx counts as failure, as in Lever. */
async function postOnce(
  url: string,
  body: string,
  signals: AbortSignal[],
): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Lever-Webhooks",
      },
      body,
      redirect: "manual",
      signal: AbortSignal.any(signals),
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { ok, status: response.status, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, status: null, error: message };
  }
}
