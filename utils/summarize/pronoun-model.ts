// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.52, subjectBefore: 0.37, paragraphTopic: -0.52, recentSubject: 1.89, latest: 0.79, latestSaying: 0.59, lastSpeaker: 0.57, quoted: 1.16, secondLatest: 0.14, spoke: -0.09, spokeJustBefore: 1.34, mentions: -0.41, near: 1.32, sameParagraph: 0.73, genderShown: 0.31, genderUnknown: -0.34, onlyOfGender: -0.29, onlyCandidate: -0.04, firstName: 0.6 },
  abstain: 2.06,
  minProbability: 0.82,
} as const;
