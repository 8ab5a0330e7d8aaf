import type { CefrLevel } from "@/lib/assessments/schemas";

// What the demo candidates said and wrote, and what the scorer noted, in
// three bands of ability so the reports read true to their level.

export type Band = "low" | "mid" | "high";

export function bandOf(level: CefrLevel): Band {
  if (level === "A1" || level === "A2" || level === "B1") return "low";
  return level === "B2" ? "mid" : "high";
}

export const TRANSCRIPTS: Record<Band, string[]> = {
  low: [
    "Hello, good morning. I am sorry for the problem. Can you tell me, eh, when it start? And you are working from home, yes? I will check the line now.",
    "So, the engineer can come next Thursday. I know it is long time. Sorry. Maybe you can use the mobile data until this day, I can give you some extra data.",
    "I understand you want the money back. But the rules say only part of the money. I am sorry. I send you an email with the details.",
  ],
  mid: [
    "Good morning, thanks for calling. I'm really sorry to hear the connection keeps dropping, especially when you're working from home. Could you tell me roughly what time it first happened, and whether the lights on the router changed?",
    "I've checked and the earliest engineer visit is next Thursday. I realise that's not ideal. In the meantime I can add a free mobile data boost to your account so you can keep working.",
    "I completely understand why you'd expect a full refund. Our policy only allows a partial credit in this case, but I'll apply it today and send you a written summary of what happens next.",
  ],
  high: [
    "Good morning, you're through to the support team. I'm sorry the line has been dropping; that's particularly frustrating when your work depends on it. To narrow it down, could you tell me when the first drop happened and whether anything changed at home around then?",
    "I've looked at availability and, honestly, the earliest engineer slot is next Thursday. I appreciate that's a long wait. What I can do right now is enable a mobile data bundle at no cost and flag the case so we call you if an earlier slot opens up.",
    "I can hear this has been a really poor experience, and I'd like to put it right. Let me be straightforward: the policy allows a partial credit rather than a full refund, but I'll apply the maximum today and confirm it by email within the hour.",
  ],
};

export const WRITING: Record<Band, string> = {
  low: `Dear Mr Hughes,

Thank you for your call today. Your internet is stop three times and we try to restart the router but it not help. The engineer come on Thursday between 8 and 12. Before this you can call me on 0113 496 0000.

Best regards,
Support team`,
  mid: `Dear Mr Hughes,

Thank you for speaking with me today. As discussed, your broadband has dropped three times since this morning. We restarted the router and ran a line test, which showed a fault outside your home.

An engineer will visit next Thursday between 8am and 12pm. Until then, I have added 50 GB of mobile data to your account so you can keep working. If anything changes, you can reach me directly on 0113 496 0000.

Kind regards,
Priya`,
  high: `Dear Mr Hughes,

Thank you for your patience on the phone this morning. To summarise: your connection has dropped three times today, and although restarting the router briefly restored it, our line test points to a fault on the street cabinet rather than in your home.

I have booked an engineer for next Thursday between 8am and 12pm and asked to be alerted if an earlier slot becomes available. In the meantime, a complimentary 50 GB mobile data bundle is active on your account, which should keep you working without interruption.

Should anything change before the visit, please call me directly on 0113 496 0000; I will make sure you do not have to explain the situation again.

Kind regards,
Priya Shah`,
};

export const TASK_NOTES: Record<Band, string[]> = {
  low: [
    "Gets the main message across, but verb forms are often wrong.",
    "Relies on a small set of common words.",
  ],
  mid: [
    "Clear and polite; structures the answer well.",
    "Some repetition of linking words.",
  ],
  high: [
    "Natural, precise and well organised.",
    "Adjusts tone to the customer's mood.",
  ],
};

export const IMPROVEMENTS: Record<Band, string[]> = {
  low: [
    "Practise past tense forms when describing what happened.",
    "Learn set phrases for apologising and reassuring customers.",
    "Slow down slightly and finish each sentence before starting the next.",
    "Build vocabulary for appointments, refunds and technical faults.",
  ],
  mid: [
    "Vary linking words beyond 'and' and 'so'.",
    "Use more precise verbs instead of 'get' and 'do'.",
    "Check articles before nouns such as 'engineer' and 'account'.",
  ],
  high: [
    "Keep summaries shorter when the customer is in a hurry.",
    "Signpost the next step explicitly at the end of each call.",
    "Watch for occasional over-formal phrasing in spoken answers.",
  ],
};
