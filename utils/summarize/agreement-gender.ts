// The gender French, Spanish, Italian and Portuguese show by agreement right after a name: "Stéphanie, confinée dans…", "Julie Isaacson, une New-Yorkaise", "Marion Cotillard s'était exprimée".
import type { Gender } from './attribution-kinds';

// An apposition opened by an indefinite article whose noun has the article's gender in its form: "Julie Isaacson, une
// New-Yorkaise", "Bhupinder Sharma, un patient de 55 ans", "Carmen, una vecina". Not a noun of one gender for anyone ("Joshua
// Wong, une des figures de l'opposition", "un membre", "une victime"), nor ", le lendemain" (a definite article tells when).
const INDEFINITE_FEMININE = /^,\s+(?:une\s+(?:\p{L}+-)?\p{L}+(?:euse|rice|ière|ienne|ante|ente|aise|oise|ine|ée)|(?:una|uma)\s+(?!(?:persona|pessoa|figura|víctima|vittima|vítima|estrella|stella)(?![\p{L}]))\p{L}+a)(?![\p{L}-])/iu;
const INDEFINITE_MASCULINE = /^,\s+(?:un\s+(?:\p{L}+-)?\p{L}+(?:eur|ier|ien|ant|ent|ais|ois|é)|(?:un|uno|um)\s+(?!(?:miembro|membro|testigo|testimone|individuo|personaggio)(?![\p{L}]))\p{L}+o)(?![\p{L}-])/iu;

// Nouns in -é and -ée that agree with no one: "…, côté syndicats", "…, société de conseil", "…, musée du Louvre".
const NO_AGREEMENT = /^(?:côté|été|société|santé|université|majorité|liberté|communauté|autorité|sécurité|comité|qualité|activité|identité|unité|cité|réalité|vérité|priorité|volonté|capacité|lycée|musée|trophée|année|idée|journée|soirée|armée|entrée|pensée|durée|rentrée|arrivée|vallée|chaussée|assemblée)$/u;

// A participle or adjective set off after the name ("Stéphanie, confinée dans l'Etat de New York", "Patrick Kanner, réconcilié
// avec…"), or after a verb "to be" ("Marion Cotillard s'était rapidement exprimée", "X a été élu"): French writes -ée for a woman.
const SET_OFF = /^,\s+(\p{Ll}+é(e?))(?:s)?(?![\p{L}])/u;
const AFTER_BE = /^\s+(?:s['’])?(?:est|était|sera|fut|a\s+été|avait\s+été)\s+(?:(?:très|bien|déjà|aussi|alors|rapidement|également|notamment|ensuite|finalement|toujours|encore|pourtant|longtemps|vite)\s+)?(\p{Ll}+é(e?))(?:s)?(?![\p{L}])/u;

/** The gender the words right after a name show by agreement, or null. */
export function agreementGender(after: string): Gender {
  if (INDEFINITE_FEMININE.test(after)) return 'f';
  if (INDEFINITE_MASCULINE.test(after)) return 'm';
  const agreeing = SET_OFF.exec(after) ?? AFTER_BE.exec(after);
  if (!agreeing || NO_AGREEMENT.test(agreeing[1]!)) return null;
  return agreeing[2] ? 'f' : 'm';
}
