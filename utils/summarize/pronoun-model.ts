// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.47, subjectBefore: 0.33, paragraphTopic: -0.48, recentSubject: 1.99, latest: 0.77, latestSaying: 0.47, lastSpeaker: 0.39, quoted: 0.92, secondLatest: 0.23, spoke: 0.17, spokeJustBefore: 1.49, mentions: -0.57, near: 1.36, sameParagraph: 0.97, genderShown: 0.7, genderUnknown: -0.74, onlyOfGender: -0.03, onlyCandidate: 0.27, firstName: 0.35 },
  abstain: 2.01,
  minProbability: 0.78,
} as const;
