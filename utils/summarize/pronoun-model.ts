// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 0.95, subjectBefore: 0.31, paragraphTopic: 0.05, recentSubject: 1.3, latest: 0.6, latestSaying: 0.59, lastSpeaker: 0.33, quoted: 0.91, secondLatest: 0.09, spoke: 0.32, mentions: 0.07, near: 0.82, sameParagraph: 0.48, genderShown: 0.33, genderUnknown: -0.33, onlyOfGender: 0.02 },
  abstain: 1.07,
  minProbability: 0.74,
} as const;
