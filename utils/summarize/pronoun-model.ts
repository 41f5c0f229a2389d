// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.34, subjectBefore: 0.41, paragraphTopic: -0.49, recentSubject: 1.92, latest: 0.81, latestSaying: 1.09, lastSpeaker: 0.58, quoted: 1.05, secondLatest: 0.23, spoke: 0.05, mentions: -0.6, near: 1.64, sameParagraph: 0.86, genderShown: 0.24, genderUnknown: -0.28, onlyOfGender: -0.26, onlyCandidate: -0.14, firstName: 0.68 },
  abstain: 2.14,
  minProbability: 0.84,
} as const;
