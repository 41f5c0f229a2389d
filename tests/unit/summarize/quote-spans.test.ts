// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../utils/summarize/quote-spans';

/** The words of each quotation `findQuoteSpans` pairs in `text`, in order. */
const quotations = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.open + 1, s.close));

// Scraped pages lose spaces and cut texts inside a quotation: one straight mark taken the wrong way shifts every pair after it.
describe('findQuoteSpans: straight marks in scraped text', () => {
  it.each([
    [
      'a mark that lost its space after a subheading opens the words ("…septembre"Nous allons…")',
      'Le PIB a reculé.Pas de plan de relance avant septembre"Nous allons nous relever, nous allons tout faire", a assuré le ministre.',
      ['Nous allons nous relever, nous allons tout faire'],
    ],
    [
      'a mark that lost its space after a caption opens the words, and the next quotation pairs as written',
      'Il a parlé de la sécurité. (Jean Dupont)par France Inter"Les vols ont augmenté de 93%", a souligné le maire. "Et encore une fois la mairie est absente", a-t-il ajouté.',
      ['Les vols ont augmenté de 93%', 'Et encore une fois la mairie est absente'],
    ],
    [
      'a text cut inside a quotation: the mark before a comma closes words and opens none ("…’Quel con !’", a d’abord expliqué…")',
      'Et je ne me suis pas dit : \'Il doit être triste\'", a expliqué la chanteuse, avant d\'évoquer sa méthode, à savoir "sortir les pots de glace et regarder un film".',
      ['sortir les pots de glace et regarder un film'],
    ],
    [
      'guard: a mark that lost its space, not closed by the next straight mark, is a stray one (the page lost the closing mark)',
      'Une tendance selon le magasin"Une tomate est protégée par sa peau. Un internaute a réagi : "Qui achète ça sérieusement ? Faut vraiment le vouloir", a lancé l\'un d\'eux.',
      ['Qui achète ça sérieusement ? Faut vraiment le vouloir'],
    ],
    [
      'guard: a closing mark that lost its space before a name still closes (`…statements,"Katie Packer said`)',
      '"This ad raises new questions about whether the voters can trust him,"Katie Packer said in a statement.',
      ['This ad raises new questions about whether the voters can trust him,'],
    ],
    [
      'a closing mark that lost its space before a subheading glued on closes too, after a letter (`…c\'est la panique"De leur côté, les pharmaciens…`: the words had run on over the paragraph after; OrangeSum)',
      'Le Synerpa est pour la vaccination obligatoire. "Si on cumule grippe et Covid, c\'est la panique"De leur côté, les pharmaciens de ville ont demandé mercredi à pouvoir vacciner. "Si on a ce vaccin, on l\'utilisera", a dit leur président.',
      ["Si on cumule grippe et Covid, c'est la panique", "Si on a ce vaccin, on l'utilisera"],
    ],
    [
      'a quotation over paragraphs whose breaks the page lost: each paragraph\'s reopening mark after a sentence\'s end starts the next (BBC)',
      '"We did quite well in the first half. "I think we played well. "It was a very good game."',
      ['We did quite well in the first half.', 'I think we played well.', 'It was a very good game.'],
    ],
    [
      'guard: a quotation may open on an ellipsis or a handle (". . . I just want", ".@Sanders")',
      'He told us ". . . I just want somebody who speaks like we do." She tweeted ".@Sanders put the gun makers first."',
      ['. . . I just want somebody who speaks like we do.', '.@Sanders put the gun makers first.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotations(text)).toEqual(expected);
  });
});
