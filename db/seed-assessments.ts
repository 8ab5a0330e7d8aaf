import type { Executor } from "@/db/client";
import { assessments } from "@/db/schema";
import type { AssessmentInput, TaskInput } from "@/lib/assessments/schemas";
import { assignTaskIds } from "@/lib/assessments/task-ids";

function speaking(
  prompt: string,
  preparationSeconds: number,
  maxAnswerSeconds: number,
): TaskInput {
  return { kind: "speaking", prompt, preparationSeconds, maxAnswerSeconds };
}

function writing(
  prompt: string,
  words: [min: number, max: number],
  timeLimitSeconds: number,
): TaskInput {
  const [minWords, maxWords] = words;
  return { kind: "writing", prompt, minWords, maxWords, timeLimitSeconds };
}

const customerSupport: AssessmentInput = {
  name: "Customer support calls (British English)",
  description:
    "Phone support for a broadband provider: diagnosing, explaining delays and de-escalating.",
  language: "en-GB",
  targetLevel: "B2",
  validityDays: 7,
  tasks: [
    speaking(
      "A customer rings because their broadband has dropped three times today and they work from home. Greet them, show that you understand, and ask what you need to know to find the cause.",
      30,
      90,
    ),
    speaking(
      "The only fix is an engineer visit, and the earliest slot is next Thursday. Tell the customer, acknowledge how inconvenient that is, and offer what you can do until then.",
      45,
      120,
    ),
    speaking(
      "A caller wants a full refund for a month they say they never used. Policy allows only a partial credit. Explain the policy politely and say what happens next.",
      45,
      120,
    ),
    speaking(
      "The customer was put on hold twice and is now shouting. Calm the conversation and agree one clear next step with them.",
      30,
      90,
    ),
    writing(
      "Write the follow-up email to the customer from the first call: summarise the problem, what has been tried, the engineer appointment and how to reach you before then.",
      [120, 200],
      900,
    ),
  ],
};

const salesCalls: AssessmentInput = {
  name: "Inbound sales calls (American English)",
  description:
    "Selling point-of-sale software to small restaurants: discovery, objections and next steps.",
  language: "en-US",
  targetLevel: "B2",
  validityDays: 5,
  tasks: [
    speaking(
      "A restaurant owner calls after seeing your ad for point-of-sale software. Introduce yourself and find out how they take orders and payments today.",
      30,
      90,
    ),
    speaking(
      "The owner says your monthly price is higher than their current provider's. Answer the objection without criticizing the competitor.",
      45,
      120,
    ),
    speaking(
      "In plain language, describe how the software would change a busy Friday night for their servers and kitchen staff.",
      60,
      150,
    ),
    speaking(
      "The owner wants time to think it over. Summarize what you discussed and propose a concrete next step with a date.",
      30,
      90,
    ),
    writing(
      "Write the recap email you send after the call: the two features the owner cared about most, the price you quoted, and the next step you agreed on.",
      [100, 180],
      900,
    ),
  ],
};

const writtenEmail: AssessmentInput = {
  name: "Written customer email (English)",
  description:
    "Email and chat support in writing only: tone, clarity and accuracy under time pressure.",
  language: "en",
  targetLevel: "C1",
  validityDays: 10,
  tasks: [
    writing(
      "A customer's parcel arrived with the box crushed and the lamp inside broken. Reply with an apology, explain how to send photos of the damage, and say when a replacement will ship.",
      [120, 220],
      1200,
    ),
    writing(
      "A client of eight years asks for a 20% discount on their renewal, which you cannot give. Decline clearly, keep the relationship warm, and suggest an alternative.",
      [120, 220],
      1200,
    ),
    writing(
      "A customer writes, partly in capital letters, that they were charged twice for one order. Reply calmly, confirm the refund and tell them when it will reach their account.",
      [100, 200],
      1200,
    ),
    writing(
      "Write a note to your team lead about a complaint you have seen several times this week: what customers report, what you think causes it, and one suggestion.",
      [150, 250],
      1500,
    ),
  ],
};

const hotelReception: AssessmentInput = {
  name: "Recepción de hotel (español)",
  description:
    "Front desk of a city hotel: check-in problems, recommendations and complaints.",
  language: "es-ES",
  targetLevel: "B1",
  validityDays: 7,
  tasks: [
    speaking(
      "Un huésped llega a las once de la noche y su reserva no aparece en el sistema. Salúdelo, pídale los datos necesarios y explíquele qué va a hacer para solucionarlo.",
      30,
      90,
    ),
    speaking(
      "Una familia con dos niños pequeños le pregunta qué pueden hacer mañana en la ciudad. Recomiende dos o tres planes y explique cómo llegar a ellos.",
      45,
      120,
    ),
    speaking(
      "Un cliente se queja de que el aire acondicionado de su habitación hace ruido y no le deja dormir. Discúlpese y ofrézcale una solución concreta.",
      30,
      90,
    ),
    speaking(
      "Explique a un huésped el horario del desayuno, las normas de la piscina y a qué hora debe dejar la habitación el último día.",
      30,
      90,
    ),
    writing(
      "Escriba un correo de confirmación para un cliente que ha reservado tres noches con traslado desde el aeropuerto. Incluya los datos de la reserva y la política de cancelación.",
      [80, 150],
      900,
    ),
  ],
};

const warehouseLogistics: AssessmentInput = {
  name: "Lager und Logistik (Deutsch)",
  description:
    "Warehouse team lead: deliveries, shift handover, safety checks and damage reports.",
  language: "de-DE",
  targetLevel: "B1",
  validityDays: 10,
  tasks: [
    speaking(
      "Ein Lkw-Fahrer kommt zwei Stunden zu spät zur Anlieferung, und alle Rampen sind belegt. Erklären Sie ihm die Lage und wie lange er ungefähr warten muss.",
      30,
      90,
    ),
    speaking(
      "Sie übergeben Ihre Schicht an eine Kollegin. Berichten Sie, welche Aufträge noch offen sind, welche Lieferung beschädigt war und worauf sie achten muss.",
      60,
      120,
    ),
    speaking(
      "Ein neuer Kollege fragt, wie man einen Gabelstapler vor Schichtbeginn prüft. Erklären Sie die wichtigsten Schritte in der richtigen Reihenfolge.",
      45,
      120,
    ),
    speaking(
      "Ein Kunde ruft an und fragt, warum seine Sendung noch nicht verladen wurde. Nennen Sie den Grund und schlagen Sie einen neuen Termin vor.",
      30,
      90,
    ),
    writing(
      "Schreiben Sie eine kurze Schadensmeldung: Beim Wareneingang waren drei Paletten Getränke beschädigt. Beschreiben Sie, was Sie gesehen und was Sie schon veranlasst haben.",
      [80, 150],
      900,
    ),
  ],
};

const retailSales: AssessmentInput = {
  name: "Vente en boutique (français)",
  description:
    "Sales floor of an outdoor clothing shop: advice, exchanges and customer messages.",
  language: "fr-FR",
  targetLevel: "B1",
  validityDays: 7,
  tasks: [
    speaking(
      "Une cliente cherche un cadeau pour l'anniversaire de sa mère mais ne sait pas quoi choisir. Accueillez-la et posez-lui des questions pour l'aider.",
      30,
      90,
    ),
    speaking(
      "Un client veut échanger un pull acheté il y a cinq semaines, alors que le délai d'échange est de trente jours. Expliquez la règle avec tact et proposez une solution.",
      45,
      120,
    ),
    speaking(
      "Présentez à un client les différences entre deux modèles de chaussures de randonnée et aidez-le à choisir celui qui lui convient.",
      45,
      120,
    ),
    writing(
      "Rédigez un message à une cliente pour lui annoncer que l'article qu'elle a réservé est arrivé. Précisez jusqu'à quand il lui est gardé et les horaires d'ouverture.",
      [60, 120],
      600,
    ),
  ],
};

/** The catalog a new demo organization starts with. */
export const DEMO_ASSESSMENTS: AssessmentInput[] = [
  customerSupport,
  salesCalls,
  writtenEmail,
  hotelReception,
  warehouseLogistics,
  retailSales,
];

export async function seedAssessments(
  database: Executor,
  organizationId: string,
  createdByUserId: string,
): Promise<void> {
  await database.insert(assessments).values(
    DEMO_ASSESSMENTS.map((assessment) => ({
      ...assessment,
      tasks: assignTaskIds(assessment.tasks),
      organizationId,
      createdByUserId,
    })),
  );
}
