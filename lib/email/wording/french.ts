import type { Wording } from "@/lib/email/copy";

// French sets a narrow no-break space before ":" so it never starts a line.
const COLON = "\u202f:";

export const french: Wording = (input) => {
  const { organization, expires } = input;
  const reminder = input.kind === "reminder";

  return {
    subject: reminder
      ? `Rappel${COLON} votre lien pour le test de langue de ${organization} expire bientôt`
      : `${organization} vous invite à passer un test de langue`,
    preview: reminder
      ? `Votre lien expire le ${expires}.`
      : `${input.assessment}${COLON} environ ${input.duration}, en ligne.`,
    heading: reminder ? "Votre lien expire bientôt" : "Votre test de langue",
    greeting: input.candidateName
      ? `Bonjour ${input.candidateName},`
      : "Bonjour,",
    intro: reminder
      ? `Petit rappel${COLON} votre test de langue pour ${organization} vous attend toujours, et votre lien personnel expire le ${expires}. Il faut environ ${input.duration}, vous avez donc encore le temps.`
      : `${organization} vous invite à passer un test de langue dans le cadre de votre candidature. Il se déroule en ligne, dans votre navigateur, et vous pouvez le commencer quand vous le souhaitez avant l’expiration du lien.`,
    details: [
      { label: "Test", value: input.assessment },
      { label: "Langue", value: input.language },
      { label: "Durée", value: `Environ ${input.duration}` },
      { label: "Lien valable jusqu’au", value: expires },
    ],
    notes: [
      input.recordsAudio
        ? "Pendant le test, nous enregistrons vos réponses orales et prenons quelques photos avec votre webcam. Utilisez un appareil équipé d’un micro et d’une caméra, et autorisez l’accès lorsque votre navigateur le demande."
        : "Pendant le test, nous prenons quelques photos avec votre webcam. Utilisez un appareil équipé d’une caméra et autorisez l’accès lorsque votre navigateur le demande.",
      "Installez-vous dans un endroit calme et prévoyez assez de temps pour le terminer d’une traite.",
    ],
    action: "Commencer le test",
    fallback: `Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur${COLON}`,
    footer: `${organization} vous a envoyé cette invitation via Hallo. Ce lien est personnel${COLON} merci de ne pas le partager.`,
  };
};
