// Open shadow roots are read as visible text; frames are not read (the top document only).
import { describe, expect, it } from 'vitest';
import { blockTexts } from '@/utils/extract/block-texts';
import { extractArticle } from '@/utils/extract/extract-article';

// happy-dom (this suite's environment) implements shadow roots and slots; linkedom does not.
function page(html: string): Document {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${html}</body>`;
  return document;
}

describe('shadow DOM', () => {
  it('reads the text of an open shadow root, with slotted light nodes in their place', () => {
    const doc = page('<story-body><span slot="by">By Ann</span><span>unslotted</span></story-body>');
    const host = doc.querySelector('story-body')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<h1>Headline</h1><p><slot name="by"></slot></p><p>First paragraph of the story.</p>';
    expect(blockTexts(doc.body).blocks).toEqual(['Headline', 'By Ann', 'First paragraph of the story.']);
  });

  it('does not read a closed shadow root (the page hides it from scripts)', () => {
    const doc = page('<x-box></x-box>');
    doc.querySelector('x-box')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Hidden</p>';
    expect(blockTexts(doc.body).blocks).toEqual([]);
  });

  it('offers the shadow text when summarizing anyway', () => {
    const doc = page('<x-story></x-story>');
    doc.querySelector('x-story')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Only here. It is inside a shadow root.</p>';
    const a = extractArticle(doc, { url: 'https://ex.test/' });
    expect(a.isArticle).toBe(false);
    expect(a.paragraphs).toEqual(['Only here. It is inside a shadow root.']);
  });
});

describe('frames', () => {
  it('reads the top document only: an iframe’s article is not part of the page text', () => {
    const doc = page('<header><a href="/">Home</a></header><iframe srcdoc="<p>Framed story text.</p>"></iframe>');
    const a = extractArticle(doc, { url: 'https://ex.test/' });
    expect(a.isArticle).toBe(false);
    expect(a.paragraphs).toEqual(['Home']);
  });
});
