// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.4, subjectBefore: 0.47, paragraphTopic: -0.43, recentSubject: 1.91, latest: 0.75, latestSaying: 1.12, lastSpeaker: 0.55, quoted: 1.09, secondLatest: 0.15, spoke: 0.04, mentions: -0.56, near: 1.59, sameParagraph: 0.82, genderShown: 0.21, genderUnknown: -0.25, onlyOfGender: -0.24, onlyCandidate: -0.27, firstName: 0.76 },
  abstain: 2.13,
  minProbability: 0.82,
} as const;
