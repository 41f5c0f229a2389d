// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.87, subjectBefore: 0.66, paragraphTopic: 0.21, recentSubject: 1.83, latest: 0.93, latestSaying: 0.49, lastSpeaker: 0.13, quotedJustBefore: 0.82, quoted: 1.15, secondLatest: 0.03, spoke: 0.33, spokeJustBefore: 1.06, mentions: -0.43, near: 1.18, sameParagraph: 0.65, genderShown: 0.33, genderUnknown: -0.36, onlyOfGender: -0.13, onlyCandidate: -0.29, firstName: 0.28, rolePut: 1.26, pronounSince: 0.08 },
  abstain: 1.29,
  minProbability: 0.74,
} as const;
