// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.54, subjectBefore: 0.44, paragraphTopic: -0.53, recentSubject: 1.83, latest: 0.79, latestSaying: 1.05, lastSpeaker: 0.47, quoted: 1.08, secondLatest: 0.15, spoke: 0.16, mentions: -0.59, near: 1.5, sameParagraph: 0.82, genderShown: 0.27, genderUnknown: -0.31, onlyOfGender: -0.28, onlyCandidate: -0.11, firstName: 0.63 },
  abstain: 2.04,
  minProbability: 0.84,
} as const;
