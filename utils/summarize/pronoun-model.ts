// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.38, subjectBefore: 0.29, paragraphTopic: -0.24, recentSubject: 2.05, latest: 0.72, latestSaying: 0.48, lastSpeaker: 0.36, quoted: 0.86, secondLatest: 0.41, spoke: 0.35, spokeJustBefore: 1.23, mentions: -0.01, near: 1.26, sameParagraph: 0.8, genderShown: 0.52, genderUnknown: -0.56, onlyOfGender: 0, onlyCandidate: 0.17, firstName: 0.45, rolePut: 0.97, pronounSince: 0.76 },
  abstain: 2.17,
  minProbability: 0.78,
} as const;
