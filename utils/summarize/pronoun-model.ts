// Weights of the evidence for who "he said" means. Written by tools/fit-pronoun-model.ts; do not edit by hand.
export const PRONOUN_MODEL = {
  weights: { subjectHere: 1.85, subjectBefore: 0.51, paragraphTopic: 0.26, recentSubject: 1.89, latest: 0.93, latestSaying: 0.46, lastSpeaker: 0.26, quotedJustBefore: 0.81, quoted: 0.93, secondLatest: -0.14, spoke: 0.31, spokeJustBefore: 1.05, mentions: -0.29, near: 1.25, sameParagraph: 0.65, genderShown: 0.17, genderUnknown: -0.2, onlyOfGender: -0.06, onlyCandidate: -0.02, firstName: 0.4, rolePut: 1.2, pronounSince: -0.13 },
  abstain: 1.15,
  minProbability: 0.74,
  leadProbability: 0.66,
  lead: 0.6,
} as const;
