import type { Wording } from "@/lib/email/copy";

export const german: Wording = (input) => {
  const { organization, expires } = input;
  const reminder = input.kind === "reminder";

  return {
    subject: reminder
      ? `Erinnerung: Ihr Link zum Sprachtest von ${organization} läuft bald ab`
      : `${organization} lädt Sie zu einem Sprachtest ein`,
    preview: reminder
      ? `Ihr Link ist bis ${expires} gültig.`
      : `${input.assessment}: etwa ${input.duration}, online.`,
    heading: reminder ? "Ihr Link läuft bald ab" : "Ihr Sprachtest",
    greeting: input.candidateName
      ? `Guten Tag ${input.candidateName},`
      : "Guten Tag,",
    intro: reminder
      ? `Eine kurze Erinnerung: Ihr Sprachtest für ${organization} steht noch aus, und Ihr persönlicher Link ist nur noch bis ${expires} gültig. Der Test dauert etwa ${input.duration}, Sie haben also noch Zeit.`
      : `${organization} bittet Sie, im Rahmen Ihrer Bewerbung einen Sprachtest abzulegen. Er läuft direkt im Browser, und Sie können jederzeit beginnen, solange der Link gültig ist.`,
    details: [
      { label: "Test", value: input.assessment },
      { label: "Sprache", value: input.language },
      { label: "Dauer", value: `Etwa ${input.duration}` },
      { label: "Link gültig bis", value: expires },
    ],
    notes: [
      input.recordsAudio
        ? "Während des Tests zeichnen wir Ihre gesprochenen Antworten auf und machen gelegentlich Fotos mit der Webcam. Bitte nutzen Sie ein Gerät mit Mikrofon und Kamera und erlauben Sie den Zugriff, wenn Ihr Browser danach fragt."
        : "Während des Tests machen wir gelegentlich Fotos mit der Webcam. Bitte nutzen Sie ein Gerät mit Kamera und erlauben Sie den Zugriff, wenn Ihr Browser danach fragt.",
      "Suchen Sie sich einen ruhigen Ort und planen Sie genug Zeit ein, um den Test ohne Unterbrechung abzuschließen.",
    ],
    action: "Test starten",
    fallback:
      "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
    footer: `${organization} hat Ihnen diese Einladung über Hallo geschickt. Der Link ist persönlich, bitte geben Sie ihn nicht weiter.`,
  };
};
