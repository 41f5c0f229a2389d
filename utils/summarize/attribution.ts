// Who said a quotation: the readers quotes.ts asks in turn: the words after its closing mark, else before its opening mark, else the sentence holding it.
export { AFTER_WINDOW, attributionAfter, signatureBelow, speakerWithAnyVerbAfter } from './attribution-after';
export { attributionBefore, heardSpeaking, nameAfterRelation } from './attribution-before';
export { attributionInSentence, closingAttributionBefore } from './attribution-in-sentence';
export { plainClauseSubject } from './clause-subject';
export { OPENING_PRONOUN } from './attribution-patterns';
export { pronounGender, type Attribution, type AttributionContext, type Gender } from './attribution-kinds';
