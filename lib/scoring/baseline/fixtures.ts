import type { CefrLevel, WritingResponse } from "../types";

/** One workplace task answered at known levels, for the baseline tests. */
export const EMAIL_PROMPT =
  "Write an email to your manager asking to move next week's team " +
  "meeting. Explain why you cannot attend and suggest two new times.";

export function writing(text: string, prompt = EMAIL_PROMPT): WritingResponse {
  return {
    taskId: "email",
    kind: "writing",
    prompt,
    minWords: 60,
    maxWords: 200,
    text,
  };
}

export const ENGLISH: Record<Exclude<CefrLevel, "C2">, string> = {
  A1: `hello Mark. i can not go to meeting next week. i am sick. i go to
doctor on tuesday. we can meet on wensday or thursday. it is ok? thank you.
bye bye. Anna`,

  A2: `Hello Mark,
I write to you about the team meeting next week. I can't come on Tuesday
because I have a doctor appointment. I am sorry. Can we move the meeting?
I am free on Wednesday morning at ten o'clock. I am also free on Thursday
after lunch, at two o'clock. Please tell me which time is good for you.
Thank you very much.
Best wishes,
Anna`,

  B1: `Dear Mark,
I am writing you about the team meeting next week. Unfortunatly I cannot
come on Tuesday, because I must visit a customer in Leeds and this trip is
planned since a long time. I think the meeting is important for me, so I
want to suggest two other times. We can meet on Wednesday at 10 am, when
most people from the team are in the office. Or Thursday afternoon at 3 pm
is also possible for me. Please tell me which time is better for you and I
will send the new invitation to everybody.
Kind regards,
Anna`,

  B2: `Dear Mark,
I'm afraid I won't be able to attend next week's team meeting on Tuesday,
since I've been asked to present our quarterly figures to the regional
board that morning. Although I realise the date was agreed some time ago, I
would rather not miss the discussion about the new reporting process, which
directly affects my team. Would it be possible to reschedule? I could offer
Wednesday at 9:30, when the meeting room is still available, or Thursday at
2 pm, provided that the sales colleagues can join remotely. However, if
neither suits you, I'm happy to send my notes in advance instead.
Thanks for your understanding.
Best regards,
Anna`,

  C1: `Dear Mark,
I'm writing regarding next week's team meeting, which is currently scheduled
for Tuesday morning. Regrettably, I've been summoned to an external audit
review that clashes with it, and since the auditors' calendar is fixed, I
have little room to manoeuvre. Given that the agenda includes the proposed
restructuring of our procurement workflow, which I have been coordinating, I
would be reluctant to contribute only by email. Would you therefore consider
postponing it? Wednesday at 11:00 would be my preferred alternative, as it
leaves enough time to circulate the revised figures beforehand; otherwise,
Thursday at 15:30 would also be feasible, although two colleagues are
travelling that day. Should neither slot be convenient, I'd gladly
delegate the presentation to Priya, whom I've already briefed thoroughly.
Many thanks for considering this.
Kind regards,
Anna`,
};

/**
 * A lower and a higher answer to the same prompt in three languages,
 * written at A1 and B2.
 */
export const PAIR_LEVELS = { low: "A1", high: "B2" } as const;

export const PAIRS = {
  es: {
    prompt:
      "Escriba un correo a su jefe para cambiar la reunión del equipo de " +
      "la próxima semana. Explique por qué y proponga dos horarios nuevos.",
    low: `hola jefe. no puedo ir a la reunion el martes. estoy enfermo. el
miercoles o el jueves es bien? gracias. adios`,
    high: `Estimado Carlos:
Le escribo para pedirle que cambiemos la reunión del equipo de la próxima
semana. Lamentablemente, el martes tengo que visitar a un cliente importante
en Valencia, y ese viaje se organizó hace varias semanas. Como en la reunión
vamos a hablar del nuevo presupuesto, que afecta directamente a mi
departamento, preferiría estar presente. Por eso, le propongo dos horarios
alternativos: el miércoles a las diez, cuando la sala grande está libre, o
bien el jueves a las cuatro de la tarde. Si ninguno le conviene, puedo
enviarle mis comentarios por escrito antes de la reunión.
Muchas gracias por su comprensión.
Un saludo cordial,
Ana`,
  },
  de: {
    prompt:
      "Schreiben Sie Ihrer Chefin eine E-Mail, um das Teamtreffen der " +
      "nächsten Woche zu verschieben. Erklären Sie warum und schlagen Sie " +
      "zwei neue Termine vor.",
    low: `hallo frau Braun. ich kann nicht kommen am dienstag. ich bin krank.
mitwoch oder donnerstag ist gut? danke. tschüss`,
    high: `Sehr geehrte Frau Braun,
leider kann ich am Dienstag nicht am Teamtreffen teilnehmen, weil ich an
diesem Tag einen wichtigen Kunden in Hamburg besuche. Da wir bei dem Treffen
über die neue Planung für das nächste Quartal sprechen, möchte ich aber
unbedingt dabei sein. Deshalb schlage ich zwei andere Termine vor: Mittwoch
um zehn Uhr, wenn der große Besprechungsraum frei ist, oder Donnerstag um
vierzehn Uhr. Falls keiner der Termine passt, schicke ich Ihnen meine
Anmerkungen gerne vorher schriftlich.
Vielen Dank für Ihr Verständnis.
Mit freundlichen Grüßen
Anna Weber`,
  },
  fr: {
    prompt:
      "Écrivez un courriel à votre responsable pour déplacer la réunion " +
      "d'équipe de la semaine prochaine. Expliquez pourquoi et proposez " +
      "deux nouveaux horaires.",
    low: `bonjour monsieur. je ne peux pas venir a la reunion mardi. je suis
malade. mercredi ou jeudi c'est bien? merci. au revoir`,
    high: `Bonjour Monsieur Martin,
Je vous écris au sujet de la réunion d'équipe prévue mardi prochain.
Malheureusement, je ne pourrai pas y assister, parce que je dois rencontrer
un client important à Lyon, et ce déplacement est organisé depuis plusieurs
semaines. Comme nous devons discuter du nouveau budget, qui concerne
directement mon service, je souhaiterais vraiment être présente. Je vous
propose donc deux autres horaires : mercredi à dix heures, lorsque la grande
salle est libre, ou bien jeudi à quinze heures. Si aucun de ces créneaux ne
vous convient, je peux vous envoyer mes remarques par écrit avant la
réunion.
Je vous remercie de votre compréhension.
Cordialement,
Anne`,
  },
} as const;
