// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.49, subjectBefore: 0.32, paragraphTopic: -0.49, recentSubject: 2, latest: 0.57, latestSaying: 0.44, lastSpeaker: 0.42, quoted: 0.94, secondLatest: 0.22, spoke: 0.2, spokeJustBefore: 1.52, mentions: -0.62, near: 1.51, sameParagraph: 0.97, genderShown: 0.65, genderUnknown: -0.69, onlyOfGender: -0.05, onlyCandidate: 0.1, firstName: 0.44, pronounSince: 0.79 },
  abstain: 2.18,
  minProbability: 0.76,
} as const;
