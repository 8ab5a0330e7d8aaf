import { describe, expect, it } from "vitest";

import { ENGLISH, writing } from "./fixtures";
import { measureAnswer } from "./measures";
import { scaled } from "./scales";

const measure = (text: string) => measureAnswer(writing(text), text, "en");

describe("baseline measures are monotone", () => {
  it("never drops on spelling when a misspelling is fixed", async () => {
    const before = await measure(ENGLISH.A1);
    const after = await measure(ENGLISH.A1.replace("wensday", "Wednesday"));

    expect(after.misspelledShare).toBeLessThan(before.misspelledShare);
    expect(scaled(after, "misspelledShare")).toBeGreaterThanOrEqual(
      scaled(before, "misspelledShare")!,
    );
  });

  it("never drops on diversity when a repeated word is replaced", async () => {
    const repeated = ENGLISH.A2.replace("I am also free", "I am also open");
    const before = await measure(ENGLISH.A2);
    const after = await measure(repeated);

    expect(after.diversity).toBeGreaterThan(before.diversity);
  });

  it("never drops on diversity across a long text", async () => {
    const text = ENGLISH.C1;
    const varied = text.replace("Would you therefore", "Could you thus");
    const before = await measure(text);
    const after = await measure(varied);

    expect(after.diversity).toBeGreaterThanOrEqual(before.diversity);
  });

  it("never drops on sophistication when a basic word becomes a rarer one", async () => {
    const before = await measure(ENGLISH.A2);
    const after = await measure(ENGLISH.A2.replace("good", "convenient"));

    expect(after.advancedShare).toBeGreaterThan(before.advancedShare);
  });

  it("never drops on length fit as a short answer grows toward the minimum", async () => {
    const before = await measure(ENGLISH.A1);
    const after = await measure(`${ENGLISH.A1} I hope you feel fine.`);

    expect(after.lengthFit!).toBeGreaterThan(before.lengthFit!);
  });
});

describe("baseline vocabulary measure", () => {
  it("does not count a name as rare vocabulary", async () => {
    const mark = await measure(ENGLISH.B1);
    const rarer = await measure(ENGLISH.B1.replace("Mark", "Thaddeus"));

    expect(rarer.advancedShare).toBe(mark.advancedShare);
  });

  it("counts beginner words the lists rank low as basic", async () => {
    const text = "Bonjour Monsieur, je suis malade mardi. Merci, au revoir.";
    const measures = await measureAnswer(writing(text), text, "fr");

    expect(measures.advancedShare).toBe(0);
  });
});
