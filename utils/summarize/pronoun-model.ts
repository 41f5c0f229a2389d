// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.59, subjectBefore: 0.46, paragraphTopic: -0.54, recentSubject: 1.81, latest: 0.78, latestSaying: 1.04, lastSpeaker: 0.5, quoted: 1.1, secondLatest: 0.12, spoke: 0.15, mentions: -0.62, near: 1.5, sameParagraph: 0.84, genderShown: 0.31, genderUnknown: -0.35, onlyOfGender: -0.31, onlyCandidate: -0.01, firstName: 0.62 },
  abstain: 2.09,
  minProbability: 0.84,
} as const;
