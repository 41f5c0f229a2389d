// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.87, subjectBefore: 0.78, paragraphTopic: 0.04, recentSubject: 1.77, latest: 0.88, latestSaying: 0.54, lastSpeaker: 0.11, quotedJustBefore: 0.82, quoted: 1.17, secondLatest: 0.08, spoke: 0.32, spokeJustBefore: 1.01, mentions: -0.4, near: 1.25, sameParagraph: 0.58, genderShown: 0.35, genderUnknown: -0.38, onlyOfGender: 0, onlyCandidate: -0.36, firstName: 0.31, rolePut: 1.26, pronounSince: 0.13 },
  abstain: 1.37,
  minProbability: 0.74,
} as const;
