import type { Wording } from "@/lib/email/copy";

export const spanish: Wording = (input) => {
  const { organization, expires } = input;
  const reminder = input.kind === "reminder";

  return {
    subject: reminder
      ? `Recordatorio: su enlace para la evaluación de ${organization} caduca pronto`
      : `${organization} le invita a una evaluación de idioma`,
    preview: reminder
      ? `Su enlace caduca el ${expires}.`
      : `${input.assessment}: unos ${input.duration}, en línea.`,
    heading: reminder ? "Su enlace caduca pronto" : "Su evaluación de idioma",
    greeting: input.candidateName ? `Hola, ${input.candidateName}:` : "Hola:",
    intro: reminder
      ? `Le recordamos que su evaluación de idioma para ${organization} sigue pendiente y que su enlace personal caduca el ${expires}. Solo necesita unos ${input.duration}, así que aún está a tiempo.`
      : `${organization} le invita a realizar una evaluación de idioma como parte de su candidatura. Se hace en línea, desde el navegador, y puede empezarla cuando le venga bien antes de que caduque el enlace.`,
    details: [
      { label: "Evaluación", value: input.assessment },
      { label: "Idioma", value: input.language },
      { label: "Duración aproximada", value: input.duration },
      { label: "Enlace válido hasta", value: expires },
    ],
    notes: [
      input.recordsAudio
        ? "Durante la evaluación grabaremos sus respuestas orales y tomaremos algunas fotos con la cámara web. Use un dispositivo con micrófono y cámara, y permita el acceso cuando el navegador lo solicite."
        : "Durante la evaluación tomaremos algunas fotos con la cámara web. Use un dispositivo con cámara y permita el acceso cuando el navegador lo solicite.",
      "Busque un lugar tranquilo y reserve tiempo suficiente para terminarla sin interrupciones.",
    ],
    action: "Comenzar la evaluación",
    fallback: "Si el botón no funciona, copie este enlace en su navegador:",
    footer: `${organization} le envía esta invitación a través de Hallo. El enlace es personal: por favor, no lo comparta.`,
  };
};
