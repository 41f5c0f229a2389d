// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 0.97, subjectBefore: 0.31, paragraphTopic: 0.05, recentSubject: 1.34, latest: 0.62, latestSaying: 0.6, lastSpeaker: 0.31, quoted: 0.85, secondLatest: 0.11, spoke: 0.33, mentions: 0.06, near: 0.82, sameParagraph: 0.48, genderShown: 0.36, genderUnknown: -0.36, onlyOfGender: 0.01 },
  abstain: 1.03,
  minProbability: 0.74,
} as const;
