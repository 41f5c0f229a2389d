// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.85, subjectBefore: 0.57, paragraphTopic: 0.29, recentSubject: 1.8, latest: 0.91, latestSaying: 0.46, lastSpeaker: 0.15, quotedJustBefore: 0.79, quoted: 1.11, secondLatest: 0, spoke: 0.35, spokeJustBefore: 1.1, mentions: -0.4, near: 1.11, sameParagraph: 0.66, genderShown: 0.26, genderUnknown: -0.29, onlyOfGender: -0.16, onlyCandidate: -0.19, firstName: 0.32, rolePut: 1.21, pronounSince: 0.07 },
  abstain: 1.18,
  minProbability: 0.74,
  leadProbability: 0.6,
  lead: 0.6,
} as const;
